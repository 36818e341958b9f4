#include "editor/canvas/ruler.h"

#include <QMouseEvent>
#include <QPainter>
#include <cmath>

#include "editor/canvas/page_canvas.h"

namespace paiban::editor {
namespace {

constexpr double kMmPerPt = 25.4 / 72;
// Labelled ticks at least this far apart on screen.
constexpr double kLabelSpacingPx = 40;

}  // namespace

Ruler::Ruler(PageCanvas* canvas, Qt::Orientation orientation)
    : QWidget(canvas), canvas_(canvas), orientation_(orientation) {
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
}

void Ruler::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::WindowText));
    QFont font = painter.font();
    font.setPixelSize(9);
    painter.setFont(font);
    const bool across = orientation_ == Qt::Horizontal;
    const double pxPerMm = canvas_->pixelsPerPoint() / kMmPerPt;
    // The labelled step: the first of 1, 5, 10, 50, 100 mm far enough apart.
    double major = 100;
    for (double step : {1.0, 5.0, 10.0, 50.0, 100.0}) {
        if (step * pxPerMm >= kLabelSpacingPx) {
            major = step;
            break;
        }
    }
    const double minor = major / (major == 1 || major == 10 || major == 100 ? 10 : 5);
    const QPointF origin = canvas_->pageOrigin();
    const double zero = across ? origin.x() + kThicknessPx : origin.y() + kThicknessPx;
    const double length = across ? width() : height();
    const double firstMm = std::floor(-zero / pxPerMm / minor) * minor;
    for (double mm = firstMm; zero + mm * pxPerMm <= length; mm += minor) {
        const double at = zero + mm * pxPerMm;
        const bool labelled = std::abs(std::remainder(mm, major)) < minor / 2;
        const double tick = labelled ? kThicknessPx * 0.6 : kThicknessPx * 0.25;
        if (across) {
            painter.drawLine(QPointF(at, kThicknessPx), QPointF(at, kThicknessPx - tick));
            if (labelled)
                painter.drawText(QPointF(at + 2, 10), QString::number(qRound(mm)));
        } else {
            painter.drawLine(QPointF(kThicknessPx, at), QPointF(kThicknessPx - tick, at));
            if (labelled) {
                painter.save();
                painter.translate(10, at + 2);
                painter.rotate(90);
                painter.drawText(QPointF(0, 0), QString::number(qRound(mm)));
                painter.restore();
            }
        }
    }
}

void Ruler::mousePressEvent(QMouseEvent*) {
    dragging_ = true;
}

void Ruler::mouseMoveEvent(QMouseEvent* event) {
    if (!dragging_)
        return;
    // The canvas's viewport is a sibling: through the screen.
    const QPointF inView =
        canvas_->viewport()->mapFromGlobal(mapToGlobal(event->position().toPoint()));
    const QPointF onPage = canvas_->toPage(inView);
    const bool vertical = orientation_ == Qt::Vertical;
    canvas_->setGuidePreview(Guide{vertical, vertical ? onPage.x() : onPage.y()});
}

void Ruler::mouseReleaseEvent(QMouseEvent*) {
    dragging_ = false;
    const std::optional<Guide> guide = canvas_->guidePreview();
    canvas_->setGuidePreview(std::nullopt);
    const QSizeF page = canvas_->pageSizePt();
    if (guide && guide->positionPt > 0 &&
        guide->positionPt < (guide->vertical ? page.width() : page.height())) {
        Q_EMIT guideDropped(guide->vertical, guide->positionPt);
    }
}

}  // namespace paiban::editor
