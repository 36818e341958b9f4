// Proofreading's marks over the page: the changes since a chosen round (inserted text
// underlined, deleted text in a struck label above its place, a bar beside each changed
// line) and the notes (a translucent highlight over their text, a numbered marker at
// their start, the selected one emphasised). The marks are worked out once per layout or
// choice of round (proof/proof_marks) and only drawn here.
#pragma once

#include <QHash>
#include <QPainter>
#include <QSet>
#include <optional>
#include <vector>

#include "proof/proof_marks.h"

namespace paiban::editor {

struct ProofOverlay {
    std::vector<ProofMark> changes;  // every page's; none while no round is chosen
    std::vector<ProofMark> notes;
    struct NoteLook {
        QString number;  // as the Notes panel numbers it
        bool resolved = false;
    };
    QHash<QString, NoteLook> looks;  // by note id
    QString selectedNote;
    bool showResolved = true;  // resolved notes drawn faint, or not at all
    // The notes the Notes panel lists (its filters); unset: every note.
    std::optional<QSet<QString>> listed;
};

// Draws the overlay's marks of one page; the painter is in page points, `px` one screen
// pixel in points (so that lines and labels keep their size on screen at any zoom).
void paintProofOverlay(QPainter& painter, const ProofOverlay& overlay, int page, double px);

}  // namespace paiban::editor
