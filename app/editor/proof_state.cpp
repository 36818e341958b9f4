#include "editor/proof_state.h"

#include "editor/edit_session.h"
#include "model/proof_edits.h"

namespace paiban::editor {

QString noteNumber(const Note& note) {
    if (note.id.size() > 1 && note.id.front() == u'n') {
        bool ok = false;
        const int n = note.id.mid(1).toInt(&ok);
        if (ok)
            return QString::number(n);
    }
    return note.id;
}

ProofState::ProofState(EditSession* session, QObject* parent) : QObject(parent), session_(session) {
    // At once, as the canvas follows the layout: the marks never lag the text.
    connect(session_, &EditSession::laidOut, this, &ProofState::recompute);
    connect(session_, &EditSession::documentReplaced, this, [this] {
        round_.clear();
        overlay_.selectedNote.clear();
        recompute();
    });
}

void ProofState::setRound(const QString& name) {
    if (name == round_)
        return;
    round_ = name;
    recompute();
}

void ProofState::setSelectedNote(const QString& noteId) {
    if (noteId == overlay_.selectedNote)
        return;
    overlay_.selectedNote = noteId;
    Q_EMIT changed();
}

void ProofState::setShowResolved(bool show) {
    if (show == overlay_.showResolved)
        return;
    overlay_.showResolved = show;
    Q_EMIT changed();
}

void ProofState::setListedNotes(const QSet<QString>& ids) {
    if (overlay_.listed && *overlay_.listed == ids)
        return;
    overlay_.listed = ids;
    Q_EMIT changed();
}

void ProofState::recompute() {
    const Edition& edition = session_->edition();
    const LineIndex& lines = session_->display().lines;
    // A round undone away (or another document) shows no changes rather than stale ones.
    const ProofRound* round = round_.isEmpty() ? nullptr : proofRound(edition, round_);
    if (!round)
        round_.clear();
    changes_ = round ? changesSince(*round, edition) : std::vector<TextChange>{};
    overlay_.changes = changeMarks(edition, lines, changes_);
    overlay_.looks.clear();
    std::vector<const Note*> notes;
    std::vector<QString> storyIds;  // each note's, side by side with them
    bool selectedThere = false;
    for (const Story& story : edition.stories) {
        for (const Note& note : story.notes) {
            notes.push_back(&note);
            storyIds.push_back(story.id);
            overlay_.looks.insert(note.id, {noteNumber(note), note.resolved});
            selectedThere = selectedThere || note.id == overlay_.selectedNote;
        }
    }
    overlay_.notes = noteMarks(lines, notes, storyIds);
    if (!selectedThere)
        overlay_.selectedNote.clear();
    Q_EMIT changed();
}

}  // namespace paiban::editor
