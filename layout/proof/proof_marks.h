// Where proofreading's marks stand on the pages: the changes since a round (inserted text
// underlined, deleted text at its place, a bar beside every changed line) and the notes'
// anchors. One function for the proof view on screen and the proof PDF alike.
#pragma once

#include <QString>
#include <vector>

#include "display/line_index.h"
#include "model/document.h"
#include "proof/text_changes.h"

namespace paiban {

struct ProofMark {
    enum class Kind : uint8_t {
        Inserted,  // under text typed since the round: one rectangle per line it covers
        Deleted,   // where text was deleted: a caret-high rectangle of no width, `text` the deleted
        ChangeBar,  // beside a changed line, in the column's left margin
        Note,       // a note's text, line by line (a note marking a place: no width)
    };
    Kind kind = Kind::Inserted;
    int page = 0;
    Rect rect;
    int change = -1;  // the change it shows (index into the list given), or −1
    QString noteId;   // the note it shows
    QString text;     // Deleted: the deleted text
    friend bool operator==(const ProofMark&, const ProofMark&) = default;
};

// The marks of `changes` where their stories' text stands (none for overset text).
std::vector<ProofMark> changeMarks(const Edition& edition, const LineIndex& lines,
                                   const std::vector<TextChange>& changes);
// The marks of `notes` (a note on deleted text marks the place its text stood).
std::vector<ProofMark> noteMarks(const LineIndex& lines, const std::vector<const Note*>& notes,
                                 const std::vector<QString>& storyIds);

// Where a change or note is first seen: its page and the top-left of its first mark.
struct MarkPlace {
    int page = -1;
    Rect rect;
};
MarkPlace firstPlace(const LineIndex& lines, const QString& storyId, int from, int to);

}  // namespace paiban
