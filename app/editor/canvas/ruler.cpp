#include "editor/canvas/ruler.h"

#include <QMouseEvent>
#include <QPainter>
#include <cmath>

#include "editor/canvas/page_canvas.h"
#include "editor/settings.h"
#include "model/grid.h"

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
    const QPointF origin = canvas_->pageOrigin();
    const double pageZero = across ? origin.x() + kThicknessPx : origin.y() + kThicknessPx;
    const double length = across ? width() : height();
    const Page* page = canvas_->page();
    const LengthUnit unit = settings::lengthUnit();
    // In 字 and 栏 the ruler counts from the type area's edge (版心), as FIT's does.
    const bool inZi = page && (unit == LengthUnit::Zi || unit == LengthUnit::Lan);
    const double zero = inZi ? pageZero + (across ? page->margins.left : page->margins.top) *
                                              canvas_->pixelsPerPoint()
                             : pageZero;
    const double unitPt = inZi ? page->grid.bodySizePt : 1 / kMmPerPt;  // one 字 or one mm
    const double pxPerUnit = canvas_->pixelsPerPoint() * unitPt;
    // The labelled step: the first of 1, 5, 10, 50, 100 units far enough apart.
    double major = 100;
    for (double step : {1.0, 5.0, 10.0, 50.0, 100.0}) {
        if (step * pxPerUnit >= kLabelSpacingPx) {
            major = step;
            break;
        }
    }
    const double minor = major / (major == 1 || major == 10 || major == 100 ? 10 : 5);
    auto tickAt = [&](double at, double size, const QString& label) {
        if (across) {
            painter.drawLine(QPointF(at, kThicknessPx), QPointF(at, kThicknessPx - size));
            if (!label.isEmpty())
                painter.drawText(QPointF(at + 2, 10), label);
        } else {
            painter.drawLine(QPointF(kThicknessPx, at), QPointF(kThicknessPx - size, at));
            if (!label.isEmpty()) {
                painter.save();
                painter.translate(10, at + 2);
                painter.rotate(90);
                painter.drawText(QPointF(0, 0), label);
                painter.restore();
            }
        }
    };
    if (unit == LengthUnit::Lan && across && page) {
        // 栏: each basic column's edges marked and numbered, 字 between them.
        for (int c = 0; c < page->grid.columns; ++c) {
            const Rect column = columnSpan(*page, c, 1);
            tickAt(pageZero + column.x * canvas_->pixelsPerPoint(), kThicknessPx * 0.6,
                   QString::number(c + 1));
            tickAt(pageZero + column.right() * canvas_->pixelsPerPoint(), kThicknessPx * 0.6,
                   QString());
        }
        return;
    }
    const double first = std::floor(-zero / pxPerUnit / minor) * minor;
    for (double u = first; zero + u * pxPerUnit <= length; u += minor) {
        const bool labelled = std::abs(std::remainder(u, major)) < minor / 2;
        tickAt(zero + u * pxPerUnit, labelled ? kThicknessPx * 0.6 : kThicknessPx * 0.25,
               labelled ? QString::number(qRound(u)) : QString());
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
