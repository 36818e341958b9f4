#include "editor/proof_commands.h"

#include <QCoreApplication>

namespace paiban::editor {
namespace {

QString translated(const char* text) {
    return QCoreApplication::translate("paiban::editor::ProofCommands", text);
}

}  // namespace

void ProofCommand::recordProof(const std::function<std::optional<ProofRefusal>(Edition&)>& edit) {
    record([&](Edition& e) { refusal_ = edit(e); });
}

StartProofRoundCommand::StartProofRoundCommand(EditSession* session, const QString& name,
                                               const QString& by, const QDateTime& started)
    : ProofCommand(session, translated(QT_TRANSLATE_NOOP("paiban::editor::ProofCommands",
                                                         "Start Proof Round"))) {
    recordProof([&](Edition& e) { return startProofRound(e, name, by, started); });
}

AddNoteCommand::AddNoteCommand(EditSession* session, const QString& storyId, Note note)
    : ProofCommand(session,
                   translated(QT_TRANSLATE_NOOP("paiban::editor::ProofCommands", "Add Note"))) {
    recordProof([&](Edition& e) {
        if (note.id.isEmpty())
            note.id = nextNoteId(e);
        noteId_ = note.id;
        return addNote(e, storyId, std::move(note));
    });
}

EditNoteCommand::EditNoteCommand(EditSession* session, const QString& noteId, NoteKind kind,
                                 const QString& text)
    : ProofCommand(session,
                   translated(QT_TRANSLATE_NOOP("paiban::editor::ProofCommands", "Edit Note"))) {
    recordProof([&](Edition& e) { return editNote(e, noteId, kind, text); });
}

ResolveNoteCommand::ResolveNoteCommand(EditSession* session, const QString& noteId,
                                       const QString& by, const QDateTime& at)
    : ProofCommand(session,
                   translated(QT_TRANSLATE_NOOP("paiban::editor::ProofCommands", "Resolve Note"))) {
    recordProof([&](Edition& e) { return resolveNote(e, noteId, by, at); });
}

ReopenNoteCommand::ReopenNoteCommand(EditSession* session, const QString& noteId)
    : ProofCommand(session,
                   translated(QT_TRANSLATE_NOOP("paiban::editor::ProofCommands", "Reopen Note"))) {
    recordProof([&](Edition& e) { return reopenNote(e, noteId); });
}

DeleteNoteCommand::DeleteNoteCommand(EditSession* session, const QString& noteId)
    : ProofCommand(session,
                   translated(QT_TRANSLATE_NOOP("paiban::editor::ProofCommands", "Delete Note"))) {
    recordProof([&](Edition& e) { return deleteNote(e, noteId); });
}

ImportNotesCommand::ImportNotesCommand(EditSession* session, const NotesImport& imported)
    : ProofCommand(session, translated(QT_TRANSLATE_NOOP("paiban::editor::ProofCommands",
                                                         "Import Proof Notes"))) {
    recordProof([&](Edition& e) -> std::optional<ProofRefusal> {
        added_ = addImportedNotes(e, imported);
        return std::nullopt;
    });
}

}  // namespace paiban::editor
