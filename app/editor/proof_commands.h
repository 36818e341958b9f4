// The undoable edits of proofreading: a round started, notes added, edited, resolved,
// reopened, deleted, and a proof PDF's notes imported. What each means is a function of
// layout/model/proof_edits; each command records it as an EditionPatch (StructureCommand):
// notes live in their stories and rounds in the edition's list, so undo gives back both.
// A refused edit changes nothing and leaves its reason for the window to word.
#pragma once

#include <optional>

#include "editor/commands.h"
#include "model/proof_edits.h"
#include "proof/pdf_notes_import.h"

namespace paiban::editor {

// A command whose edit may be refused (a taken round name, a note gone): nothing is
// pushed then, and the reason is kept.
class ProofCommand : public StructureCommand {
public:
    std::optional<ProofRefusal> refusal() const { return refusal_; }

protected:
    using StructureCommand::StructureCommand;
    void recordProof(const std::function<std::optional<ProofRefusal>(Edition&)>& edit);

private:
    std::optional<ProofRefusal> refusal_;
};

// 一校, 二校 …: every story's text recorded now, to compare later rounds with.
class StartProofRoundCommand : public ProofCommand {
public:
    StartProofRoundCommand(EditSession* session, const QString& name, const QString& by,
                           const QDateTime& started);
};

// A note anchored to [note.from, note.to) of a story's text.
class AddNoteCommand : public ProofCommand {
public:
    AddNoteCommand(EditSession* session, const QString& storyId, Note note);
    QString noteId() const { return noteId_; }

private:
    QString noteId_;
};

// A note's kind and words changed.
class EditNoteCommand : public ProofCommand {
public:
    EditNoteCommand(EditSession* session, const QString& noteId, NoteKind kind,
                    const QString& text);
};

// A note resolved (kept, with who and when) or reopened.
class ResolveNoteCommand : public ProofCommand {
public:
    ResolveNoteCommand(EditSession* session, const QString& noteId, const QString& by,
                       const QDateTime& at);
};
class ReopenNoteCommand : public ProofCommand {
public:
    ReopenNoteCommand(EditSession* session, const QString& noteId);
};

class DeleteNoteCommand : public ProofCommand {
public:
    DeleteNoteCommand(EditSession* session, const QString& noteId);
};

// Every placed note of a proof PDF added at once: one undo step for the whole import.
class ImportNotesCommand : public ProofCommand {
public:
    ImportNotesCommand(EditSession* session, const NotesImport& imported);
    int added() const { return added_; }

private:
    int added_ = 0;
};

}  // namespace paiban::editor
