#include "model/notes.h"

#include <algorithm>

#include "model/name_table.h"

namespace paiban {

namespace {
constexpr detail::NameTable<NoteKind, 5> kNoteKindNames{{
    {NoteKind::Typo, "typo"},
    {NoteKind::Punctuation, "punctuation"},
    {NoteKind::Fact, "fact"},
    {NoteKind::Layout, "layout"},
    {NoteKind::Other, "other"},
}};
constexpr detail::NameTable<NoteAction, 4> kNoteActionNames{{
    {NoteAction::Remark, "remark"},
    {NoteAction::Delete, "delete"},
    {NoteAction::Insert, "insert"},
    {NoteAction::Replace, "replace"},
}};
}  // namespace

const char* toString(NoteAction a) {
    return detail::nameOf(kNoteActionNames, a);
}
std::optional<NoteAction> noteActionFromString(std::string_view s) {
    return detail::valueOf(kNoteActionNames, s);
}

const char* toString(NoteKind k) {
    return detail::nameOf(kNoteKindNames, k);
}
std::optional<NoteKind> noteKindFromString(std::string_view s) {
    return detail::valueOf(kNoteKindNames, s);
}

void followTextEdit(std::vector<Note>& notes, int offset, int removed, int inserted) {
    const int editEnd = offset + removed;
    const int shift = inserted - removed;
    for (Note& note : notes) {
        if (editEnd <= note.from) {  // before the note, or typed at its start: it moves along
            note.from += shift;
            note.to += shift;
            continue;
        }
        if (offset >= note.to)
            continue;  // after it (typing at its end does not join it)
        // The edit overlaps the note: what it deletes leaves the note, what it puts in the
        // note's stretch joins it (the correction of a typo stays under its note).
        const bool hadText = note.to > note.from;
        const int newFrom = std::min(note.from, offset);
        const int newTo = note.to > editEnd ? note.to + shift : offset + inserted;
        note.from = newFrom;
        note.to = std::max(newFrom, newTo);
        if (hadText && note.to == note.from)
            note.textDeleted = true;
    }
}

}  // namespace paiban
