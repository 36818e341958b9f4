#include "editor/tools/frame_tool.h"

#include <QLineF>
#include <QMouseEvent>
#include <QPainter>
#include <cmath>

#include "editor/canvas/page_canvas.h"

namespace paiban::editor {
namespace {

// The least a frame drawn may measure (a rule: its length), in page points.
constexpr double kSmallestDrawnPt = 2;

}  // namespace

FrameTool::FrameTool(PageCanvas* canvas, EditSession* session, ToolKind kind)
    : Tool(canvas, session), kind_(kind) {}

FrameKind FrameTool::frameKind() const {
    switch (kind_) {
        case ToolKind::ImageFrame:
            return FrameKind::Image;
        case ToolKind::Box:
            return FrameKind::Box;
        case ToolKind::Rule:
            return FrameKind::Rule;
        default:
            return FrameKind::Text;
    }
}

void FrameTool::deactivate() {
    drawing_ = false;
    preview_.reset();
}

Rect FrameTool::drawn(const QPointF& p) const {
    if (kind_ == ToolKind::Rule) {  // rules run across or down, snapped at both ends
        const bool across = std::abs(p.x() - start_.x()) >= std::abs(p.y() - start_.y());
        const Rect s = canvas_->snapped(spanOf(start_, p));
        return across ? Rect{s.x, start_.y(), s.width, 0} : Rect{start_.x(), s.y, 0, s.height};
    }
    return canvas_->snapped(spanOf(start_, p));
}

void FrameTool::mousePress(QMouseEvent& event, const QPointF& p) {
    if (event.button() != Qt::LeftButton)
        return;
    drawing_ = true;
    start_ = p;
    preview_.reset();
}

void FrameTool::mouseMove(QMouseEvent& event, const QPointF& p) {
    if (!drawing_)
        return;
    if (!preview_ &&
        QLineF(canvas_->toViewport(start_), event.position()).length() < kDragThresholdPx)
        return;
    preview_ = drawn(p);
    canvas_->viewport()->update();
}

void FrameTool::mouseRelease(QMouseEvent& event, const QPointF&) {
    if (event.button() != Qt::LeftButton || !drawing_)
        return;
    drawing_ = false;
    const std::optional<Rect> result = preview_;
    preview_.reset();
    canvas_->viewport()->update();
    if (!result)
        return;  // a click
    const bool tooSmall =
        kind_ == ToolKind::Rule
            ? std::max(result->width, result->height) < kSmallestDrawnPt
            : (result->width < kSmallestDrawnPt || result->height < kSmallestDrawnPt);
    if (!tooSmall)
        Q_EMIT frameDrawn(frameKind(), *result);
}

void FrameTool::paintOverlay(QPainter& painter) const {
    if (!preview_)
        return;
    painter.setPen(QPen(QColor(30, 120, 220), canvas_->pixelsToPoints(1), Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(preview_->x, preview_->y, preview_->width, preview_->height));
}

}  // namespace paiban::editor
