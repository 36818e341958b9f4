// What the window shows of proofreading, shared by the 校对 menu, the Notes and Changes
// panels and the canvas: the round whose changes are shown (Show Changes Since), those
// changes, the marks of the changes and notes on the pages, and the note selected. Marks
// are worked out again only when the layout or the chosen round changes, never on a paint.
#pragma once

#include <QObject>

#include "editor/canvas/proof_overlay.h"
#include "proof/text_changes.h"

namespace paiban::editor {

class EditSession;

// A note's number as the panel and its marker show it: the digits of its id ("n12": 12),
// so that it stays the same whatever is filtered, added or deleted.
QString noteNumber(const Note& note);

class ProofState : public QObject {
    Q_OBJECT
public:
    ProofState(EditSession* session, QObject* parent);

    // The round the changes are shown since (empty: none).
    QString round() const { return round_; }
    void setRound(const QString& name);
    const std::vector<TextChange>& changes() const { return changes_; }
    const ProofOverlay& overlay() const { return overlay_; }
    QString selectedNote() const { return overlay_.selectedNote; }
    void setSelectedNote(const QString& noteId);
    // Resolved notes drawn faint on the page, or hidden (the Notes panel's filter).
    void setShowResolved(bool show);
    // The notes the Notes panel lists under its filters: the page draws only those (and
    // the selected one).
    void setListedNotes(const QSet<QString>& ids);

Q_SIGNALS:
    // The round, the changes or the marks are new.
    void changed();

private:
    void recompute();
    EditSession* session_;
    QString round_;
    std::vector<TextChange> changes_;
    ProofOverlay overlay_;
};

}  // namespace paiban::editor
