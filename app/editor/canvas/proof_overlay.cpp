#include "editor/canvas/proof_overlay.h"

#include <QPaintDevice>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace paiban::editor {
namespace {

// Inserted text: blue-green, apart from the red of deletions and the yellow of notes.
const QColor kInsertedColour(0, 150, 140);
const QColor kDeletedColour(215, 40, 40);
const QColor kChangeBarColour(215, 40, 40);
const QColor kNoteColour(255, 205, 0);
const QColor kSelectedNoteColour(240, 120, 0);
constexpr int kNoteAlpha = 90;
constexpr int kSelectedNoteAlpha = 150;
// A resolved note stays findable without hiding the text under it.
constexpr int kResolvedNoteAlpha = 30;
// Line weights and label sizes in screen pixels.
constexpr double kUnderlinePx = 1.6;
constexpr double kMarkerRadiusPx = 6.0;
// Markers closer than this share of their width overlap; past this many at one place
// the rest are drawn where they fall.
constexpr double kMarkerOverlap = 0.9;
constexpr int kMostMarkersSideBySide = 16;
constexpr double kLabelFontPx = 10.0;
// The deleted text stands small in the space between the lines, over as little of the
// line above as can still be read, on a veil that lets that line show through.
constexpr double kDeletedFontPx = 8.0;
constexpr int kDeletedVeilAlpha = 170;
constexpr double kBarWidthPx = 2.5;
// A deletion's label shows its first characters: enough to recognise, never a paragraph
// reaching across the next column (the Changes panel has the whole of it).
constexpr int kDeletedLabelChars = 6;

QRectF toQRect(const Rect& r) {
    return QRectF(r.x, r.y, r.width, r.height);
}

// Type `pixels` high on screen whatever the zoom (the painter is scaled to page points).
QFont labelFont(const QPainter& painter, double pixels, double px) {
    QFont font = painter.font();
    constexpr double kPointsPerInch = 72.0;
    const int dpi = painter.device() ? painter.device()->logicalDpiY() : 96;
    font.setPointSizeF(std::max(0.5, pixels * px * kPointsPerInch / dpi));
    return font;
}

void drawDeletion(QPainter& painter, const ProofMark& mark, double px) {
    const QRectF place = toQRect(mark.rect);
    painter.setPen(QPen(kDeletedColour, kUnderlinePx * px));
    painter.drawLine(place.topLeft(), place.bottomLeft());
    QString text = mark.text;
    text.replace(u'\n', QStringLiteral("¶"));
    if (text.size() > kDeletedLabelChars)
        text = text.left(kDeletedLabelChars) + QStringLiteral("…");
    const QFont font = labelFont(painter, kDeletedFontPx, px);
    painter.setFont(font);
    const QRectF measured = painter.fontMetrics().boundingRect(text);
    // The font metrics are of the scaled painter's font in page points.
    const double pad = 2 * px;
    const QRectF label(place.left(), place.top() - measured.height() - 2 * pad,
                       measured.width() + 2 * pad, measured.height() + pad);
    painter.fillRect(label, QColor(255, 255, 255, kDeletedVeilAlpha));
    painter.setPen(QPen(kDeletedColour, 0.8 * px));
    painter.drawRect(label);
    painter.drawText(label, Qt::AlignCenter, text);
    const double strikeY = label.center().y();
    painter.setPen(QPen(kDeletedColour, 1.2 * px));
    painter.drawLine(QPointF(label.left() + pad, strikeY), QPointF(label.right() - pad, strikeY));
}

void drawMarker(QPainter& painter, const QRectF& at, const QString& number, bool selected,
                double px) {
    const double r = kMarkerRadiusPx * px;
    const QPointF centre(at.left(), at.top());  // over the corner: it hides little text
    painter.setPen(QPen(Qt::white, 1 * px));
    painter.setBrush(selected ? kSelectedNoteColour : QColor(200, 140, 0));
    painter.drawEllipse(centre, r, r);
    painter.setBrush(Qt::NoBrush);
    painter.setFont(labelFont(painter, kLabelFontPx * 0.9, px));
    painter.setPen(Qt::white);
    painter.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt::AlignCenter, number);
}

}  // namespace

void paintProofOverlay(QPainter& painter, const ProofOverlay& overlay, int page, double px) {
    painter.save();
    for (const ProofMark& mark : overlay.changes) {
        if (mark.page != page)
            continue;
        const QRectF rect = toQRect(mark.rect);
        switch (mark.kind) {
            case ProofMark::Kind::Inserted: {
                QColor wash = kInsertedColour;
                wash.setAlpha(28);
                painter.fillRect(rect, wash);
                painter.setPen(QPen(kInsertedColour, kUnderlinePx * px));
                painter.drawLine(rect.bottomLeft(), rect.bottomRight());
                break;
            }
            case ProofMark::Kind::ChangeBar:
                painter.fillRect(QRectF(rect.center().x() - kBarWidthPx * px / 2, rect.top(),
                                        kBarWidthPx * px, rect.height()),
                                 kChangeBarColour);
                break;
            case ProofMark::Kind::Deleted:
            case ProofMark::Kind::Note:
                break;  // deletions last, over the underlines; notes are the other list's
        }
    }
    for (const ProofMark& mark : overlay.changes) {
        if (mark.page == page && mark.kind == ProofMark::Kind::Deleted)
            drawDeletion(painter, mark, px);
    }
    QSet<QString> marked;  // notes whose marker is drawn: at their first mark only
    struct Marker {
        QRectF at;
        QString number;
        bool selected;
    };
    std::vector<Marker> markers;
    for (const ProofMark& mark : overlay.notes) {
        const auto look = overlay.looks.constFind(mark.noteId);
        const bool resolved = look != overlay.looks.cend() && look->resolved;
        const bool selected = mark.noteId == overlay.selectedNote;
        if (!selected && ((resolved && !overlay.showResolved) ||
                          (overlay.listed && !overlay.listed->contains(mark.noteId))))
            continue;
        const bool first = !marked.contains(mark.noteId);
        marked.insert(mark.noteId);
        if (mark.page != page)
            continue;
        QRectF rect = toQRect(mark.rect);
        QColor fill = selected ? kSelectedNoteColour : kNoteColour;
        fill.setAlpha(selected ? kSelectedNoteAlpha : resolved ? kResolvedNoteAlpha : kNoteAlpha);
        if (rect.width() <= 0) {  // a place: a wedge where text is to go in
            rect.setWidth(2 * px);
            painter.fillRect(rect.adjusted(-px, 0, px, 0), fill);
        } else {
            painter.fillRect(rect, fill);
        }
        if (selected) {
            painter.setPen(QPen(kSelectedNoteColour, 1.2 * px));
            painter.drawRect(rect);
        }
        if (first)
            markers.push_back(
                {rect, look != overlay.looks.cend() ? look->number : QString(), selected});
    }
    // Over every highlight; notes starting at one place stand side by side, not on top of
    // each other.
    std::vector<QPointF> taken;
    const double step = 2 * kMarkerRadiusPx * px;
    for (Marker& m : markers) {
        // Right of the marker it would cover; a bounded walk, so that rounding can never
        // keep two markers trading places.
        for (int tries = 0; tries < kMostMarkersSideBySide; ++tries) {
            const auto clash = std::find_if(taken.begin(), taken.end(), [&](const QPointF& p) {
                return std::abs(p.x() - m.at.left()) < step * kMarkerOverlap &&
                       std::abs(p.y() - m.at.top()) < step * kMarkerOverlap;
            });
            if (clash == taken.end())
                break;
            m.at.moveLeft(clash->x() + step);
        }
        taken.push_back(m.at.topLeft());
        drawMarker(painter, m.at, m.number, m.selected, px);
    }
    painter.restore();
}

}  // namespace paiban::editor
