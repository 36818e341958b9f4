// What proofreading does to an edition, as functions the editor's undo commands and the
// command line call: proof rounds started, notes added, edited, resolved, reopened and
// deleted. Each changes only the edition it is given; refusals are values.
#pragma once

#include <optional>

#include "model/document.h"

namespace paiban {

enum class ProofRefusal : uint8_t {
    RoundNameEmpty,  // a round needs a name (一校 …)
    RoundNameTaken,  // another round has that name
    NoSuchStory,
    RangeOutsideText,  // the note's anchor is not within the story's text
    NoSuchNote,
};

// The text of every story as it stands, as a round would record it.
std::vector<RecordedStory> recordStories(const Edition& edition);

// Starts a round named `name` (recording every story's text now); refused if the name is
// empty or taken.
std::optional<ProofRefusal> startProofRound(Edition& edition, const QString& name,
                                            const QString& by, const QDateTime& started);
// The round a note made now belongs to: the latest started, or none.
QString currentRound(const Edition& edition);
const ProofRound* proofRound(const Edition& edition, const QString& name);

// A note's place in the edition.
struct NoteRef {
    const Story* story = nullptr;
    const Note* note = nullptr;
    explicit operator bool() const { return note != nullptr; }
};
NoteRef findNote(const Edition& edition, const QString& noteId);
// Every note of the edition, story by story.
std::vector<NoteRef> allNotes(const Edition& edition);
// An id no note of the edition has ("n1", "n2" …).
QString nextNoteId(const Edition& edition);

// Adds `note` to the story, anchored at [note.from, note.to) of its plain text; its quote
// is taken from there, its id given when empty, its round the current one when empty.
// Refused when the story or the range is not there.
std::optional<ProofRefusal> addNote(Edition& edition, const QString& storyId, Note note);
std::optional<ProofRefusal> editNote(Edition& edition, const QString& noteId, NoteKind kind,
                                     const QString& text);
// Resolved notes are kept, with who resolved them and when; reopening clears that.
std::optional<ProofRefusal> resolveNote(Edition& edition, const QString& noteId, const QString& by,
                                        const QDateTime& at);
std::optional<ProofRefusal> reopenNote(Edition& edition, const QString& noteId);
std::optional<ProofRefusal> deleteNote(Edition& edition, const QString& noteId);

}  // namespace paiban
