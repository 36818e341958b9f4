#include "editor/tools/select_tool.h"

#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QPainter>
#include <cmath>

#include <QCoreApplication>
#include <QWheelEvent>

#include "editor/canvas/frame_ports.h"
#include "editor/canvas/page_canvas.h"
#include "editor/commands.h"
#include "editor/edit_session.h"
#include "model/image_crop.h"
#include "model/thread_edits.h"

namespace paiban::editor {
namespace {

// Handles of the selected frame, in screen pixels.
constexpr double kHandlePx = 7;
// An arrow key moves the selected frame by a point; with Shift by a line of the page's
// baseline grid (a body line), the step layout editors move things by.
constexpr double kNudgePt = 1.0;
// One notch of the wheel scales a photo in its frame by 5 %: fine enough to frame a face,
// a dozen notches to double it.
constexpr double kWheelScaleStep = 1.05;

}  // namespace

void SelectTool::deactivate() {
    drag_ = Drag::None;
    preview_.reset();
    cropping_.clear();
}

void SelectTool::cropImage(const QString& frameId) {
    const Frame* frame = session_->edition().frame(frameId).second;
    cropping_ = frame && frame->kind == FrameKind::Image ? frameId : QString();
    if (!cropping_.isEmpty()) {
        canvas_->setSelectedFrame(frameId);
        Q_EMIT message(
            tr("Cropping the photo: drag to move it in its frame, turn the wheel to "
               "scale it; Esc or a click outside to finish."));
    }
    canvas_->viewport()->update();
}

const ImageItem* SelectTool::croppedItem() const {
    const PageDisplayList* display = canvas_->pageDisplay();
    if (cropping_.isEmpty() || !display)
        return nullptr;
    for (const DisplayItem& item : display->items) {
        if (const auto* image = std::get_if<ImageItem>(&item); image && image->frameId == cropping_)
            return image->missing ? nullptr : image;
    }
    return nullptr;
}

const Frame* SelectTool::selectedFrame() const {
    const Page* page = canvas_->page();
    if (!page)
        return nullptr;
    for (const Frame& f : page->frames) {
        if (f.id == canvas_->selectedFrame())
            return &f;
    }
    return nullptr;
}

int SelectTool::handleAt(const QPointF& p) const {
    const Frame* f = selectedFrame();
    if (!f || f->kind == FrameKind::Rule)
        return 0;
    const double d = canvas_->pixelsToPoints(kHandlePx);
    const Rect& r = f->rect;
    if (p.x() < r.x - d || p.x() > r.right() + d || p.y() < r.y - d || p.y() > r.bottom() + d)
        return 0;
    int edges = 0;
    if (std::abs(p.x() - r.x) <= d)
        edges |= 1;
    if (std::abs(p.x() - r.right()) <= d)
        edges |= 2;
    if (std::abs(p.y() - r.y) <= d)
        edges |= 4;
    if (std::abs(p.y() - r.bottom()) <= d)
        edges |= 8;
    return edges;
}

Rect SelectTool::dragResult(const QPointF& p) const {
    const QPointF delta = p - start_;
    if (drag_ == Drag::Move) {
        Rect moved{from_.x + delta.x(), from_.y + delta.y(), from_.width, from_.height};
        // The nearer of the moved frame's edges snaps; its size stays.
        const Rect s = canvas_->snapped(moved);
        moved.x = std::abs(s.x - moved.x) <= std::abs(s.right() - moved.right())
                      ? s.x
                      : moved.x + (s.right() - moved.right());
        moved.y = std::abs(s.y - moved.y) <= std::abs(s.bottom() - moved.bottom())
                      ? s.y
                      : moved.y + (s.bottom() - moved.bottom());
        return moved;
    }
    double left = from_.x, top = from_.y, right = from_.right(), bottom = from_.bottom();
    if (edges_ & 1)
        left += delta.x();
    if (edges_ & 2)
        right += delta.x();
    if (edges_ & 4)
        top += delta.y();
    if (edges_ & 8)
        bottom += delta.y();
    const Rect free = spanOf({left, top}, {right, bottom});
    const Rect s = canvas_->snapped(free);
    // Only the edges being dragged snap.
    const double l = (edges_ & 1) ? s.x : free.x;
    const double r = (edges_ & 2) ? s.right() : free.right();
    const double t = (edges_ & 4) ? s.y : free.y;
    const double b = (edges_ & 8) ? s.bottom() : free.bottom();
    return {l, t, std::max(r - l, 1.0), std::max(b - t, 1.0)};
}

void SelectTool::mousePress(QMouseEvent& event, const QPointF& p) {
    if (event.button() != Qt::LeftButton)
        return;
    start_ = p;
    preview_.reset();
    if (!cropping_.isEmpty()) {
        const Frame* frame = session_->edition().frame(cropping_).second;
        if (frame && croppedItem() && toQRect(frame->rect).normalized().contains(p)) {
            drag_ = Drag::Pan;
            panBy_ = {};
            return;
        }
        cropping_.clear();  // a click outside ends the cropping and does what it does
        Q_EMIT message(QString());
    }
    if (const Frame* f = selectedFrame(); f && f->kind == FrameKind::Text) {
        const double px = canvas_->pixelsToPoints(1);
        if (outPort(f->rect, px).contains(p)) {
            Q_EMIT threadRequested(f->id);
            return;
        }
        // The in-port of a frame the story comes into: the thread from the frame before it
        // is picked up, as in InDesign (a click back on this frame then breaks it).
        if (inPort(f->rect, px).contains(p)) {
            if (const Story* story = storyOfFrame(session_->edition(), f->id)) {
                const auto& ids = story->frameIds;
                const auto at = std::find(ids.begin(), ids.end(), f->id);
                if (at != ids.begin() && at != ids.end()) {
                    Q_EMIT threadRequested(*(at - 1));
                    return;
                }
            }
        }
    }
    if (const int edges = handleAt(p)) {
        drag_ = Drag::Resize;
        edges_ = edges;
        from_ = selectedFrame()->rect;
        return;
    }
    const Frame* hit = canvas_->frameAt(p);
    canvas_->setSelectedFrame(hit ? hit->id : QString());
    drag_ = hit ? Drag::Move : Drag::None;
    if (hit)
        from_ = hit->rect;
}

void SelectTool::mouseMove(QMouseEvent& event, const QPointF& p) {
    if (drag_ == Drag::None)
        return;
    if (drag_ == Drag::Pan) {
        panBy_ = p - start_;
        canvas_->viewport()->update();
        return;
    }
    if (!preview_ &&
        QLineF(canvas_->toViewport(start_), event.position()).length() < kDragThresholdPx)
        return;
    preview_ = dragResult(p);
    canvas_->viewport()->update();
}

void SelectTool::mouseRelease(QMouseEvent& event, const QPointF&) {
    if (event.button() != Qt::LeftButton || drag_ == Drag::None)
        return;
    if (drag_ == Drag::Pan) {
        drag_ = Drag::None;
        const Frame* frame = session_->edition().frame(cropping_).second;
        if (frame && !panBy_.isNull())
            session_->push(new CropImageCommand(
                session_, pannedImage(*frame, panBy_.x(), panBy_.y()), CropGesture::Drag));
        panBy_ = {};
        canvas_->viewport()->update();
        return;
    }
    drag_ = Drag::None;
    const std::optional<Rect> result = preview_;
    preview_.reset();
    canvas_->viewport()->update();
    const QString id = canvas_->selectedFrame();
    if (result && !(*result == from_) && session_->edition().frame(id).second)
        session_->push(new MoveFrameCommand(session_, id, *result));
}

void SelectTool::mouseDoubleClick(QMouseEvent&, const QPointF& p) {
    if (const Frame* frame = canvas_->frameAt(p); frame && frame->kind == FrameKind::Image) {
        cropImage(frame->id);
        return;
    }
    if (const auto hit = canvas_->lines()->textAt(canvas_->pageIndex(), p)) {
        Q_EMIT editTextRequested(hit->storyId, hit->offset);
        return;
    }
    // An empty text frame: its story from its head.
    const Frame* frame = canvas_->frameAt(p);
    if (!frame || frame->kind != FrameKind::Text)
        return;
    for (const Story& s : session_->edition().stories) {
        if (!s.frameIds.empty() && s.frameIds.front() == frame->id)
            Q_EMIT editTextRequested(s.id, 0);
    }
}

// Arrow keys nudge the selected frame; nudges in a row are one undo step.
bool SelectTool::keyPress(QKeyEvent& event) {
    if (!cropping_.isEmpty() && event.key() == Qt::Key_Escape) {
        cropImage(QString());
        Q_EMIT message(QString());
        return true;
    }
    const Frame* f = selectedFrame();
    const Page* page = canvas_->page();
    if (!f || !page || (event.modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)))
        return false;
    const double step = (event.modifiers() & Qt::ShiftModifier) ? page->grid.baselinePt : kNudgePt;
    QPointF by;
    switch (event.key()) {
        case Qt::Key_Left:
            by = {-step, 0};
            break;
        case Qt::Key_Right:
            by = {step, 0};
            break;
        case Qt::Key_Up:
            by = {0, -step};
            break;
        case Qt::Key_Down:
            by = {0, step};
            break;
        default:
            return false;
    }
    if (f->id == cropping_) {  // the photo moves under its frame
        session_->push(
            new CropImageCommand(session_, pannedImage(*f, by.x(), by.y()), CropGesture::Wheel));
        return true;
    }
    Rect to = f->rect;
    to.x += by.x();
    to.y += by.y();
    session_->push(new MoveFrameCommand(session_, f->id, to, MoveGesture::Nudge));
    return true;
}

// The wheel over the photo being cropped scales it about the pointer.
bool SelectTool::wheel(QWheelEvent& event, const QPointF& p) {
    const ImageItem* image = croppedItem();
    const Frame* frame = session_->edition().frame(cropping_).second;
    if (!image || !frame || (event.modifiers() & Qt::ControlModifier) ||
        !toQRect(frame->rect).normalized().contains(p))
        return false;
    const int steps = event.angleDelta().y() / 120;
    if (steps == 0)
        return true;
    session_->push(
        new CropImageCommand(session_,
                             scaledImage(*frame, image->pixels.width(), image->pixels.height(),
                                         std::pow(kWheelScaleStep, steps), p.x(), p.y()),
                             CropGesture::Wheel));
    return true;
}

// A text frame's ports: the in-port filled when the story comes from an earlier frame, the
// out-port with ▸ when it goes on, red with + when its text does not fit.
void SelectTool::paintPorts(QPainter& painter, const Frame& frame) const {
    const double px = canvas_->pixelsToPoints(1);
    const Story* story = storyOfFrame(session_->edition(), frame.id);
    bool continues = false, continued = false, overset = false;
    if (story) {
        const auto& ids = story->frameIds;
        const auto at = std::find(ids.begin(), ids.end(), frame.id);
        continued = at != ids.begin();
        continues = at + 1 != ids.end();
        if (!continues) {
            if (const PageDisplayList* display = canvas_->pageDisplay()) {
                for (const DisplayItem& item : display->items) {
                    if (const auto* mark = std::get_if<OversetMarkItem>(&item))
                        overset = overset || mark->storyId == story->id;
                }
            }
        }
    }
    const QColor blue(30, 120, 220), red(210, 30, 30);
    const QRectF in = inPort(frame.rect, px), out = outPort(frame.rect, px);
    painter.setPen(QPen(blue, px));
    painter.setBrush(continued ? QBrush(blue) : QBrush(Qt::white));
    painter.drawRect(in);
    painter.setPen(QPen(overset ? red : blue, px));
    painter.setBrush(Qt::white);
    painter.drawRect(out);
    const double m = out.width() / 4;
    if (overset) {
        painter.drawLine(QPointF(out.left() + m, out.center().y()),
                         QPointF(out.right() - m, out.center().y()));
        painter.drawLine(QPointF(out.center().x(), out.top() + m),
                         QPointF(out.center().x(), out.bottom() - m));
    } else if (continues) {
        painter.setBrush(blue);
        painter.drawPolygon(QPolygonF({QPointF(out.left() + m, out.top() + m),
                                       QPointF(out.right() - m, out.center().y()),
                                       QPointF(out.left() + m, out.bottom() - m)}));
    }
    painter.setBrush(Qt::NoBrush);
}

void SelectTool::paintOverlay(QPainter& painter) const {
    const double px = canvas_->pixelsToPoints(1);
    if (const ImageItem* image = croppedItem()) {
        // The whole photo's edge beyond the frame, where the pan would put it.
        const Rect& r = image->placed;
        painter.setPen(QPen(QColor(230, 120, 0), 1.5 * px, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(r.x, r.y, r.width, r.height).translated(panBy_));
    }
    if (const Frame* f = selectedFrame(); f && f->kind != FrameKind::Rule) {
        const double h = kHandlePx * px;
        painter.setPen(QPen(QColor(30, 120, 220), px));
        painter.setBrush(Qt::white);
        const Rect& r = f->rect;
        for (const double x : {r.x, r.x + r.width / 2, r.right()}) {
            for (const double y : {r.y, r.y + r.height / 2, r.bottom()}) {
                if (x != r.x + r.width / 2 || y != r.y + r.height / 2)
                    painter.drawRect(QRectF(x - h / 2, y - h / 2, h, h));
            }
        }
        painter.setBrush(Qt::NoBrush);
        if (f->kind == FrameKind::Text)
            paintPorts(painter, *f);
    }
    if (preview_) {
        painter.setPen(QPen(QColor(30, 120, 220), px, Qt::DashLine));
        painter.drawRect(QRectF(preview_->x, preview_->y, preview_->width, preview_->height));
    }
}

// Resize cursors over the selected frame's edges.
QCursor SelectTool::cursorAt(const QPointF& p) const {
    if (const Frame* f = selectedFrame(); f && !cropping_.isEmpty() && f->id == cropping_ &&
                                          toQRect(f->rect).normalized().contains(p))
        return drag_ == Drag::Pan ? Qt::ClosedHandCursor : Qt::OpenHandCursor;
    if (const Frame* f = selectedFrame();
        f && f->kind == FrameKind::Text && outPort(f->rect, canvas_->pixelsToPoints(1)).contains(p))
        return Qt::PointingHandCursor;
    const int edges = handleAt(p);
    const bool horizontal = edges & 3, vertical = edges & 12;
    if (horizontal && vertical)
        return ((edges & 1) != 0) == ((edges & 4) != 0) ? Qt::SizeFDiagCursor : Qt::SizeBDiagCursor;
    if (horizontal)
        return Qt::SizeHorCursor;
    if (vertical)
        return Qt::SizeVerCursor;
    return Qt::ArrowCursor;
}

}  // namespace paiban::editor
