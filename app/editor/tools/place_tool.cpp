#include "editor/tools/place_tool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QPainter>
#include <algorithm>

#include "editor/canvas/page_canvas.h"
#include "editor/commands.h"
#include "editor/edit_session.h"
#include "model/place_photo.h"

namespace paiban::editor {
namespace {

// A photo clicked onto the page spans three of a broadsheet's eight columns, the usual
// width of a news photo; on a page of fewer columns, as many as fit.
constexpr int kDefaultPhotoColumns = 3;
// The photo under the pointer is shown this many pixels wide: enough to tell which it is.
constexpr int kPreviewPx = 96;

}  // namespace

void PlaceTool::load(const QStringList& paths) {
    queue_.clear();
    for (const QString& path : paths) {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        Photo photo{path, reader.size(), {}};
        if (photo.pixels.isValid() && photo.pixels.width() > 0)
            reader.setScaledSize(photo.pixels.scaled(kPreviewPx, kPreviewPx, Qt::KeepAspectRatio));
        photo.preview = reader.read();
        queue_.push_back(std::move(photo));
    }
}

void PlaceTool::deactivate() {
    pressed_ = false;
    dragged_.reset();
    hovering_ = false;
}

Rect PlaceTool::clickRect(const QPointF& at) const {
    const Page* page = canvas_->page();
    if (!page || queue_.empty())
        return {};
    const int count = columns_ > 0 ? columns_ : std::min(kDefaultPhotoColumns, page->grid.columns);
    const QSize pixels = queue_.front().pixels;
    return photoRectOnColumns(*page, columnAt(*page, at.x()), count, at.y(), pixels.width(),
                              pixels.height());
}

void PlaceTool::place(const Rect& rect) {
    if (queue_.empty())
        return;
    const Photo photo = queue_.front();
    queue_.erase(queue_.begin());
    auto* command =
        new PlacePhotoCommand(session_, canvas_->pageIndex(), rect,
                              QDir(session_->documentDir()).relativeFilePath(photo.path));
    const PlacedPhoto placed = command->placed();
    session_->push(command);
    Q_EMIT this->placed(placed.photoId, placed.captionStoryId);
    if (queue_.empty())
        Q_EMIT finished();
}

void PlaceTool::mousePress(QMouseEvent& event, const QPointF& at) {
    if (event.button() == Qt::RightButton) {
        queue_.clear();
        Q_EMIT finished();
        return;
    }
    if (event.button() != Qt::LeftButton)
        return;
    pressed_ = true;
    start_ = at;
    dragged_.reset();
}

void PlaceTool::mouseMove(QMouseEvent& event, const QPointF& at) {
    hover_ = at;
    hovering_ = true;
    if (pressed_ && (dragged_ || QLineF(canvas_->toViewport(start_), event.position()).length() >=
                                     kDragThresholdPx))
        dragged_ = canvas_->snapped(spanOf(start_, at));
    canvas_->viewport()->update();
}

void PlaceTool::mouseRelease(QMouseEvent& event, const QPointF& at) {
    if (event.button() != Qt::LeftButton || !pressed_)
        return;
    pressed_ = false;
    const std::optional<Rect> dragged = dragged_;
    dragged_.reset();
    place(dragged && dragged->width > 1 && dragged->height > 1 ? *dragged : clickRect(at));
    canvas_->viewport()->update();
}

bool PlaceTool::keyPress(QKeyEvent& event) {
    const Page* page = canvas_->page();
    switch (event.key()) {
        case Qt::Key_Escape:
            queue_.clear();
            Q_EMIT finished();
            return true;
        case Qt::Key_Left:
        case Qt::Key_Right: {
            if (!page)
                return false;
            const int now =
                columns_ > 0 ? columns_ : std::min(kDefaultPhotoColumns, page->grid.columns);
            const int step = event.key() == Qt::Key_Right ? 1 : -1;
            columns_ = std::clamp(now + step, 1, std::max(1, page->grid.columns));
            canvas_->viewport()->update();
            return true;
        }
        default:
            return false;
    }
}

// Where a click would put the photo (or the rectangle being dragged), the photo itself
// faint inside it, and what the next click does.
void PlaceTool::paintOverlay(QPainter& painter) const {
    if (!hovering_ || queue_.empty())
        return;
    const Rect r = dragged_ ? *dragged_ : clickRect(hover_);
    const QRectF area(r.x, r.y, r.width, r.height);
    const double px = canvas_->pixelsToPoints(1);
    if (!queue_.front().preview.isNull()) {
        painter.setOpacity(0.45);
        const QImage& preview = queue_.front().preview;
        // Cropped to fill, as the photo will be.
        const QSizeF shown =
            QSizeF(preview.size()).scaled(area.size(), Qt::KeepAspectRatioByExpanding);
        painter.save();
        painter.setClipRect(area);
        painter.drawImage(
            QRectF(area.center() - QPointF(shown.width() / 2, shown.height() / 2), shown), preview);
        painter.restore();
        painter.setOpacity(1);
    }
    painter.setPen(QPen(QColor(30, 120, 220), 1.5 * px, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area);
    const int count = dragged_ ? 0 : (columns_ > 0 ? columns_ : 0);
    QString hint =
        dragged_
            ? tr("Release to place the photo here")
            : tr("Click to place %1 on %2 columns (← → change), or drag a frame; Esc to stop")
                  .arg(QFileInfo(queue_.front().path).fileName())
                  .arg(count > 0 ? count
                                 : std::min(kDefaultPhotoColumns,
                                            canvas_->page() ? canvas_->page()->grid.columns : 1));
    if (queue_.size() > 1)
        hint += u'\n' + tr("%n more to place", nullptr, static_cast<int>(queue_.size()) - 1);
    drawHint(painter, canvas_->toViewport(hover_), hint, QColor(30, 90, 180));
}

}  // namespace paiban::editor
