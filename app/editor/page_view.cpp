#include "editor/page_view.h"

#include <QClipboard>
#include <QDataStream>
#include <QGuiApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <limits>

#include "model/grid.h"
#include "model/text_edit.h"
#include "render/painter_renderer.h"
#include "text/text_boundaries.h"

namespace paiban::editor {
namespace {

// Zoom limits: a whole broadsheet on a laptop screen is about 15 %; 800 % shows a
// punctuation mark's spacing.
constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 8.0;
constexpr double kZoomStep = 1.25;
constexpr int kPagePaddingPx = 24;
// Edges snap to a column edge or grid line within this many screen pixels, whatever the
// zoom: what a hand lets go of near a line is meant to be on it.
constexpr double kSnapDistancePx = 8;
// A drag shorter than this is a click.
constexpr double kDragThresholdPx = 3;
// Handles of the selected frame, in screen pixels.
constexpr double kHandlePx = 7;

// Rulers along the top and left of the page, in millimetres, as the newsroom measures.
constexpr int kRulerPx = 20;
constexpr double kMmPerPt = 25.4 / 72;

QRectF toQRect(const Rect& r) {
    return QRectF(r.x, r.y, r.width, r.height);
}

Rect normalized(const QPointF& a, const QPointF& b) {
    return {std::min(a.x(), b.x()), std::min(a.y(), b.y()), std::abs(a.x() - b.x()),
            std::abs(a.y() - b.y())};
}

}  // namespace

// A ruler in millimetres from the page's top-left corner; ticks thin out as the zoom
// shrinks so that labels never crowd.
class PageView::Ruler : public QWidget {
public:
    Ruler(PageView* view, Qt::Orientation orientation)
        : QWidget(view), view_(view), orientation_(orientation) {
        setAutoFillBackground(true);
        setBackgroundRole(QPalette::Window);
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        painter.setPen(palette().color(QPalette::WindowText));
        QFont font = painter.font();
        font.setPixelSize(9);
        painter.setFont(font);
        const bool across = orientation_ == Qt::Horizontal;
        const double pxPerMm = view_->pixelsPerPoint() / kMmPerPt;
        // The labelled step: the first of 1, 5, 10, 50, 100 mm at least 40 pixels apart.
        double major = 100;
        for (double step : {1.0, 5.0, 10.0, 50.0, 100.0}) {
            if (step * pxPerMm >= 40) {
                major = step;
                break;
            }
        }
        const double minor = major / (major == 1 || major == 10 || major == 100 ? 10 : 5);
        const QPointF origin = view_->pageOrigin();
        const double zero = across ? origin.x() + kRulerPx : origin.y() + kRulerPx;
        const double length = across ? width() : height();
        const double firstMm = std::floor(-zero / pxPerMm / minor) * minor;
        for (double mm = firstMm; zero + mm * pxPerMm <= length; mm += minor) {
            const double at = zero + mm * pxPerMm;
            const bool labelled = std::abs(std::remainder(mm, major)) < minor / 2;
            const double tick = labelled ? kRulerPx * 0.6 : kRulerPx * 0.25;
            if (across) {
                painter.drawLine(QPointF(at, kRulerPx), QPointF(at, kRulerPx - tick));
                if (labelled)
                    painter.drawText(QPointF(at + 2, 10), QString::number(qRound(mm)));
            } else {
                painter.drawLine(QPointF(kRulerPx, at), QPointF(kRulerPx - tick, at));
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

    // Dragging out of the ruler draws a guide: from the top ruler a horizontal one.
    void mousePressEvent(QMouseEvent*) override { dragging_ = true; }
    void mouseMoveEvent(QMouseEvent* event) override {
        if (!dragging_)
            return;
        // Siblings: through the screen.
        const QPointF inView =
            view_->viewport()->mapFromGlobal(mapToGlobal(event->position().toPoint()));
        const QPointF onPage = view_->toPage(inView);
        const bool vertical = orientation_ == Qt::Vertical;
        view_->guidePreview_ = Guide{vertical, vertical ? onPage.x() : onPage.y()};
        view_->viewport()->update();
    }
    void mouseReleaseEvent(QMouseEvent*) override {
        dragging_ = false;
        const std::optional<Guide> guide = view_->guidePreview_;
        view_->guidePreview_.reset();
        view_->viewport()->update();
        if (guide && view_->display_ && guide->positionPt > 0 &&
            guide->positionPt <
                (guide->vertical ? view_->display_->widthPt : view_->display_->heightPt)) {
            Q_EMIT view_->guideAdded(guide->vertical, guide->positionPt);
        }
    }

private:
    PageView* view_;
    Qt::Orientation orientation_;
    bool dragging_ = false;
};

PageView::PageView(QWidget* parent) : QAbstractScrollArea(parent) {
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setViewportMargins(kRulerPx, kRulerPx, 0, 0);
    topRuler_ = new Ruler(this, Qt::Horizontal);
    leftRuler_ = new Ruler(this, Qt::Vertical);
    placeRulers();
}

void PageView::placeRulers() {
    const QRect area = viewport()->geometry();
    topRuler_->setGeometry(area.left() - kRulerPx, area.top() - kRulerPx, area.width() + kRulerPx,
                           kRulerPx);
    leftRuler_->setGeometry(area.left() - kRulerPx, area.top() - kRulerPx, kRulerPx,
                            area.height() + kRulerPx);
    topRuler_->update();
    leftRuler_->update();
}

void PageView::setPage(const Page* page, const PageDisplayList* display) {
    page_ = page;
    display_ = display;
    if (mode_ == ZoomMode::FitPage)
        fitPage();
    updateScrollBars();
    viewport()->update();
}

double PageView::pixelsPerPoint() const {
    return zoom_ * logicalDpiX() / 72.0;
}

QSizeF PageView::pageSizePx() const {
    if (!display_)
        return {};
    return QSizeF(display_->widthPt, display_->heightPt) * pixelsPerPoint();
}

QPointF PageView::pageOrigin() const {
    const QSizeF size = pageSizePx();
    const double x = std::max<double>(kPagePaddingPx, (viewport()->width() - size.width()) / 2);
    const double y = std::max<double>(kPagePaddingPx, (viewport()->height() - size.height()) / 2);
    return QPointF(x - horizontalScrollBar()->value(), y - verticalScrollBar()->value());
}

void PageView::setZoom(double zoom) {
    mode_ = ZoomMode::Fixed;
    const double clamped = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (std::abs(clamped - zoom_) < 1e-9)
        return;
    zoom_ = clamped;
    updateScrollBars();
    viewport()->update();
    Q_EMIT zoomChanged(zoom_);
}

void PageView::fitPage() {
    mode_ = ZoomMode::FitPage;
    if (!display_ || display_->widthPt <= 0)
        return;
    const double available =
        std::min((viewport()->width() - 2.0 * kPagePaddingPx) / display_->widthPt,
                 (viewport()->height() - 2.0 * kPagePaddingPx) / display_->heightPt);
    zoom_ = std::clamp(available * 72.0 / logicalDpiX(), kMinZoom, kMaxZoom);
    updateScrollBars();
    viewport()->update();
    Q_EMIT zoomChanged(zoom_);
}

void PageView::zoomIn() {
    setZoom(zoom_ * kZoomStep);
}
void PageView::zoomOut() {
    setZoom(zoom_ / kZoomStep);
}

void PageView::setGuidesVisible(bool visible) {
    guides_ = visible;
    viewport()->update();
}

void PageView::updateScrollBars() {
    const QSizeF size = pageSizePx();
    const int w = static_cast<int>(std::ceil(size.width())) + 2 * kPagePaddingPx;
    const int h = static_cast<int>(std::ceil(size.height())) + 2 * kPagePaddingPx;
    horizontalScrollBar()->setRange(0, std::max(0, w - viewport()->width()));
    verticalScrollBar()->setRange(0, std::max(0, h - viewport()->height()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(40);
    horizontalScrollBar()->setSingleStep(40);
}

void PageView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    placeRulers();
    if (mode_ == ZoomMode::FitPage)
        fitPage();
    updateScrollBars();
}

void PageView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            setZoom(zoom_ * std::pow(kZoomStep, steps));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PageView::drawGuides(QPainter& painter) const {
    if (!page_)
        return;
    const Margins& m = page_->margins;
    const double typeHeight = page_->heightPt - m.top - m.bottom;
    painter.setBrush(Qt::NoBrush);
    // The baseline grid, where its lines stand far enough apart to read.
    const ColumnGrid& g = page_->grid;
    if (g.baselinePt * pixelsPerPoint() >= 5) {
        painter.setPen(QPen(QColor(80, 170, 230, 60), 0));
        const double first = m.top + g.baselineOffsetPt;
        for (double y = first; y <= m.top + typeHeight + 1e-6; y += g.baselinePt)
            painter.drawLine(QPointF(m.left, y), QPointF(page_->widthPt - m.right, y));
    }
    // Margins in magenta, columns in violet, as layout editors know them from FIT/InDesign.
    painter.setPen(QPen(QColor(230, 80, 200, 160), 0));
    painter.drawRect(QRectF(m.left, m.top, page_->widthPt - m.left - m.right, typeHeight));
    painter.setPen(QPen(QColor(140, 110, 230, 140), 0));
    for (int c = 0; c < g.columns; ++c) {
        const Rect column = columnSpan(*page_, c, 1);
        painter.drawLine(QPointF(column.x, m.top), QPointF(column.x, m.top + typeHeight));
        painter.drawLine(QPointF(column.right(), m.top),
                         QPointF(column.right(), m.top + typeHeight));
    }
    // Ruler guides in cyan, across the whole page.
    painter.setPen(QPen(QColor(0, 180, 220, 200), 0));
    std::vector<Guide> guides = page_->guides;
    if (guidePreview_)
        guides.push_back(*guidePreview_);
    for (const Guide& guide : guides) {
        if (guide.vertical)
            painter.drawLine(QPointF(guide.positionPt, 0),
                             QPointF(guide.positionPt, page_->heightPt));
        else
            painter.drawLine(QPointF(0, guide.positionPt),
                             QPointF(page_->widthPt, guide.positionPt));
    }
    painter.setPen(QPen(QColor(120, 140, 170, 110), 0, Qt::DashLine));
    for (const Frame& f : page_->frames) {
        if (f.kind == FrameKind::Text || f.kind == FrameKind::Image) {
            painter.drawRect(QRectF(f.rect.x, f.rect.y, f.rect.width, f.rect.height));
        }
    }
}

QPointF PageView::toPage(const QPointF& p) const {
    return (p - pageOrigin()) / pixelsPerPoint();
}

QPointF PageView::toViewport(const QPointF& p) const {
    return p * pixelsPerPoint() + pageOrigin();
}

void PageView::setTool(Tool tool) {
    const bool changed = tool != tool_;
    tool_ = tool;
    viewport()->setCursor(tool == Tool::Select ? Qt::ArrowCursor : Qt::CrossCursor);
    if (changed)
        Q_EMIT toolChanged(tool);  // the tool buttons show which is active
}

void PageView::setSelectedFrame(const QString& id) {
    if (selected_ == id)
        return;
    selected_ = id;
    viewport()->update();
    Q_EMIT selectionChanged(id);
}

void PageView::setProofView(bool on) {
    proofView_ = on;
    viewport()->update();
}

void PageView::setProofMarks(std::vector<ProofMark> marks) {
    proofMarks_ = std::move(marks);
    viewport()->update();
}

void PageView::setThread(std::vector<Rect> frames) {
    thread_ = std::move(frames);
    viewport()->update();
}

const Frame* PageView::frameAt(const QPointF& p) const {
    if (!page_)
        return nullptr;
    // Topmost first: the page lists its frames bottom to top.
    for (auto it = page_->frames.rbegin(); it != page_->frames.rend(); ++it) {
        const QRectF r = toQRect(it->rect).normalized();
        const double slop = kHandlePx / pixelsPerPoint();  // rules are thin
        if (r.adjusted(-slop, -slop, slop, slop).contains(p))
            return &*it;
    }
    return nullptr;
}

int PageView::handleAt(const QPointF& p) const {
    if (!page_ || selected_.isEmpty())
        return 0;
    for (const Frame& f : page_->frames) {
        if (f.id != selected_ || f.kind == FrameKind::Rule)
            continue;
        const double d = kHandlePx / pixelsPerPoint();
        const QRectF r = toQRect(f.rect);
        if (!r.adjusted(-d, -d, d, d).contains(p))
            return 0;
        int edges = 0;
        if (std::abs(p.x() - r.left()) <= d)
            edges |= 1;
        if (std::abs(p.x() - r.right()) <= d)
            edges |= 2;
        if (std::abs(p.y() - r.top()) <= d)
            edges |= 4;
        if (std::abs(p.y() - r.bottom()) <= d)
            edges |= 8;
        return edges;
    }
    return 0;
}

Rect PageView::snapped(const Rect& rect) const {
    if (!page_)
        return rect;
    return snapToGrid(*page_, rect, kSnapDistancePx / pixelsPerPoint());
}

Rect PageView::dragResult(const QPointF& p) const {
    const QPointF delta = p - dragStart_;
    switch (drag_) {
        case Drag::Move: {
            Rect moved{dragFrom_.x + delta.x(), dragFrom_.y + delta.y(), dragFrom_.width,
                       dragFrom_.height};
            // The nearer of the moved frame's edges snaps; its size stays.
            const Rect s = snapped(moved);
            moved.x = std::abs(s.x - moved.x) <= std::abs(s.right() - moved.right())
                          ? s.x
                          : moved.x + (s.right() - moved.right());
            moved.y = std::abs(s.y - moved.y) <= std::abs(s.bottom() - moved.bottom())
                          ? s.y
                          : moved.y + (s.bottom() - moved.bottom());
            return moved;
        }
        case Drag::Resize: {
            double left = dragFrom_.x, top = dragFrom_.y, right = dragFrom_.right(),
                   bottom = dragFrom_.bottom();
            if (dragEdges_ & 1)
                left += delta.x();
            if (dragEdges_ & 2)
                right += delta.x();
            if (dragEdges_ & 4)
                top += delta.y();
            if (dragEdges_ & 8)
                bottom += delta.y();
            const Rect free = normalized({left, top}, {right, bottom});
            const Rect s = snapped(free);
            // Only the edges being dragged snap.
            const double l = (dragEdges_ & 1) ? s.x : free.x;
            const double r = (dragEdges_ & 2) ? s.right() : free.right();
            const double t = (dragEdges_ & 4) ? s.y : free.y;
            const double b = (dragEdges_ & 8) ? s.bottom() : free.bottom();
            return {l, t, std::max(r - l, 1.0), std::max(b - t, 1.0)};
        }
        case Drag::Draw: {
            if (tool_ == Tool::Rule) {  // rules run across or down, snapped at both ends
                const bool across = std::abs(delta.x()) >= std::abs(delta.y());
                const Rect s = snapped(normalized(dragStart_, p));
                return across ? Rect{s.x, dragStart_.y(), s.width, 0}
                              : Rect{dragStart_.x(), s.y, 0, s.height};
            }
            return snapped(normalized(dragStart_, p));
        }
        case Drag::None:
            break;
    }
    return dragFrom_;
}

void PageView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !page_) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const QPointF p = toPage(event->position());
    dragStart_ = p;
    dragPreview_.reset();
    if (!editedStory_.isEmpty() && layout_) {
        // While editing in place a click in the text moves the caret (Shift: extends the
        // selection); a click elsewhere ends the editing.
        const auto hit = layout_->textAt(pageIndex_, p);
        if (hit && hit->storyId == editedStory_) {
            caret_ = hit->offset;
            if (!(event->modifiers() & Qt::ShiftModifier))
                anchor_ = caret_;
            drag_ = Drag::None;
            viewport()->update();
            return;
        }
        stopEditing();
    }
    if (tool_ != Tool::Select) {
        drag_ = Drag::Draw;
        dragFrom_ = Rect{p.x(), p.y(), 0, 0};
        return;
    }
    if (const int edges = handleAt(p)) {
        drag_ = Drag::Resize;
        dragEdges_ = edges;
        for (const Frame& f : page_->frames) {
            if (f.id == selected_)
                dragFrom_ = f.rect;
        }
        return;
    }
    const Frame* hit = frameAt(p);
    setSelectedFrame(hit ? hit->id : QString());
    drag_ = hit ? Drag::Move : Drag::None;
    if (hit)
        dragFrom_ = hit->rect;
}

void PageView::mouseMoveEvent(QMouseEvent* event) {
    const QPointF p = toPage(event->position());
    if (drag_ == Drag::None) {
        // Resize cursors over the selected frame's edges.
        const int edges = tool_ == Tool::Select ? handleAt(p) : 0;
        const bool horizontal = edges & 3, vertical = edges & 12;
        Qt::CursorShape shape = tool_ == Tool::Select ? Qt::ArrowCursor : Qt::CrossCursor;
        if (horizontal && vertical)
            shape = ((edges & 1) != 0) == ((edges & 4) != 0) ? Qt::SizeFDiagCursor
                                                             : Qt::SizeBDiagCursor;
        else if (horizontal)
            shape = Qt::SizeHorCursor;
        else if (vertical)
            shape = Qt::SizeVerCursor;
        viewport()->setCursor(shape);
        return;
    }
    if (!dragPreview_ &&
        QLineF(toViewport(dragStart_), event->position()).length() < kDragThresholdPx) {
        return;
    }
    dragPreview_ = dragResult(p);
    viewport()->update();
}

void PageView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || drag_ == Drag::None) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = drag_;
    drag_ = Drag::None;
    const std::optional<Rect> result = dragPreview_;
    dragPreview_.reset();
    viewport()->update();
    if (!result)
        return;  // a click
    if (drag == Drag::Draw) {
        const FrameKind kind = tool_ == Tool::TextFrame    ? FrameKind::Text
                               : tool_ == Tool::ImageFrame ? FrameKind::Image
                               : tool_ == Tool::Box        ? FrameKind::Box
                                                           : FrameKind::Rule;
        const bool tooSmall = kind == FrameKind::Rule ? std::max(result->width, result->height) < 2
                                                      : (result->width < 2 || result->height < 2);
        if (!tooSmall)
            Q_EMIT frameDrawn(kind, *result);
        return;
    }
    if (!(*result == dragFrom_))
        Q_EMIT frameRectEdited(selected_, *result);
}

void PageView::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void PageView::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT imagesDropped(paths, toPage(viewport()->mapFrom(this, event->position().toPoint())));
}

void PageView::drawSelection(QPainter& painter) const {
    const double px = 1 / pixelsPerPoint();
    // The thread of the selected text frame: its frames joined in reading order.
    if (thread_.size() > 1) {
        painter.setPen(QPen(QColor(30, 120, 220, 200), 1.5 * px));
        for (size_t i = 1; i < thread_.size(); ++i) {
            const QPointF from(thread_[i - 1].right(), thread_[i - 1].bottom());
            const QPointF to(thread_[i].x, thread_[i].y);
            painter.drawLine(from, to);
            painter.drawEllipse(to, 3 * px, 3 * px);
        }
    }
    if (proofView_) {
        for (const ProofMark& mark : proofMarks_) {
            const QColor colour = mark.error ? QColor(230, 30, 30) : QColor(240, 150, 0);
            QColor fill = colour;
            fill.setAlpha(45);
            painter.fillRect(toQRect(mark.area), fill);
            painter.setPen(QPen(colour, 1.5 * px));
            painter.drawRect(toQRect(mark.area));
        }
    }
    painter.setBrush(Qt::NoBrush);
    if (page_) {
        for (const Frame& f : page_->frames) {
            if (f.id != selected_)
                continue;
            painter.setPen(QPen(QColor(30, 120, 220), 1.5 * px));
            painter.drawRect(toQRect(f.rect));
            if (f.kind == FrameKind::Rule)
                continue;
            const double h = kHandlePx * px;
            painter.setBrush(Qt::white);
            const Rect& r = f.rect;
            for (const double x : {r.x, r.x + r.width / 2, r.right()}) {
                for (const double y : {r.y, r.y + r.height / 2, r.bottom()}) {
                    if (x != r.x + r.width / 2 || y != r.y + r.height / 2)
                        painter.drawRect(QRectF(x - h / 2, y - h / 2, h, h));
                }
            }
            painter.setBrush(Qt::NoBrush);
        }
    }
    if (dragPreview_) {
        painter.setPen(QPen(QColor(30, 120, 220), px, Qt::DashLine));
        painter.drawRect(toQRect(*dragPreview_));
    }
}

// What the page's background layer depends on: while it stays the same (typing does not
// change it), the layer is drawn once and copied, not stroked line by line again.
QByteArray PageView::backgroundKey() const {
    QByteArray key;
    QDataStream out(&key, QIODevice::WriteOnly);
    out << viewport()->size() << pageOrigin() << pixelsPerPoint() << guides_ << devicePixelRatioF();
    if (page_) {
        const Margins& m = page_->margins;
        const ColumnGrid& g = page_->grid;
        out << page_->widthPt << page_->heightPt << m.top << m.right << m.bottom << m.left
            << g.columns << g.gutterPt << g.baselinePt << g.baselineOffsetPt;
        for (const Guide& guide : page_->guides)
            out << guide.vertical << guide.positionPt;
        if (guidePreview_)
            out << guidePreview_->vertical << guidePreview_->positionPt;
        for (const Frame& f : page_->frames)
            out << int(f.kind) << f.rect.x << f.rect.y << f.rect.width << f.rect.height;
    }
    return key;
}

void PageView::paintEvent(QPaintEvent*) {
    topRuler_->update();  // they follow zoom and scrolling
    leftRuler_->update();
    QPainter painter(viewport());
    if (!display_)
        return;
    const QPointF origin = pageOrigin();
    // The page, its shadow and its guides: drawn into a layer of their own when they
    // change, copied in one blit at every other repaint (a keystroke's included).
    const QByteArray key = backgroundKey();
    if (key != backgroundKey_ || background_.isNull()) {
        const qreal ratio = devicePixelRatioF();
        background_ = QPixmap(viewport()->size() * ratio);
        background_.setDevicePixelRatio(ratio);
        background_.fill(Qt::transparent);
        QPainter layer(&background_);
        const QRectF pageRect(origin, pageSizePx());
        layer.fillRect(pageRect.translated(3, 3), QColor(0, 0, 0, 60));
        layer.fillRect(pageRect, Qt::white);
        layer.translate(origin);
        layer.scale(pixelsPerPoint(), pixelsPerPoint());
        if (guides_)
            drawGuides(layer);
        backgroundKey_ = key;
    }
    painter.drawPixmap(0, 0, background_);
    painter.translate(origin);
    painter.scale(pixelsPerPoint(), pixelsPerPoint());
    RenderOptions options;
    options.screenMarks = true;
    renderPage(painter, *display_, options);
    drawSelection(painter);
    drawCaret(painter);
}
// Editing in place ----------------------------------------------------------------------

void PageView::setTextLayout(const LayoutCache* layout, const Edition* edition, int pageIndex) {
    layout_ = layout;
    edition_ = edition;
    pageIndex_ = pageIndex;
    if (isEditingText()) {
        const Story* story = edition_ ? edition_->story(editedStory_) : nullptr;
        if (!story) {
            stopEditing();  // its story went (an undo, a deleted frame)
        } else {
            const QString text = storyPlainText(*story);
            caret_ = graphemeBoundaryAtOrBefore(text, caret_);
            anchor_ = graphemeBoundaryAtOrBefore(text, anchor_);
        }
    }
    viewport()->update();
}

QString PageView::editedText() const {
    const Story* story = edition_ && isEditingText() ? edition_->story(editedStory_) : nullptr;
    return story ? storyPlainText(*story) : QString();
}

void PageView::editStory(const QString& storyId, int caret) {
    const bool was = isEditingText();
    editedStory_ = storyId;
    caret_ = anchor_ = graphemeBoundaryAtOrBefore(editedText(), caret);
    preedit_.clear();
    setAttribute(Qt::WA_InputMethodEnabled, true);
    setFocus();
    viewport()->update();
    Q_EMIT storyEditingStarted(storyId);
    if (!was)
        Q_EMIT textEditingChanged(true);
}

void PageView::stopEditing() {
    const bool was = isEditingText();
    editedStory_.clear();
    preedit_.clear();
    setAttribute(Qt::WA_InputMethodEnabled, false);
    viewport()->update();
    if (was)
        Q_EMIT textEditingChanged(false);
}

void PageView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (tool_ != Tool::Select || !layout_) {
        QAbstractScrollArea::mouseDoubleClickEvent(event);
        return;
    }
    if (const auto hit = layout_->textAt(pageIndex_, toPage(event->position()))) {
        editStory(hit->storyId, hit->offset);
        return;
    }
    // An empty text frame: its story starts at its head.
    if (const Frame* frame = frameAt(toPage(event->position()));
        frame && frame->kind == FrameKind::Text) {
        Q_EMIT storyEditingStarted(QString());  // the window finds the story and calls back
    }
}

// Replaces the selection, if there is one, else [from, to), with `inserted`.
void PageView::replaceText(int from, int to, const QString& inserted, TextEditKind kind) {
    if (anchor_ != caret_) {
        from = std::min(anchor_, caret_);
        to = std::max(anchor_, caret_);
        kind = TextEditKind::Replacing;  // a selection typed over or deleted: a step alone
    }
    const QString story = editedStory_;
    caret_ = anchor_ = from + static_cast<int>(inserted.size());
    if (from != to || !inserted.isEmpty())
        Q_EMIT textEdited(story, from, to - from, inserted, kind);
    viewport()->update();
}

void PageView::copySelection() const {
    const int from = std::min(anchor_, caret_), to = std::max(anchor_, caret_);
    if (from != to)
        QGuiApplication::clipboard()->setText(editedText().mid(from, to - from));
}

// While text is edited on the page, the keys that edit it are the text's, not the
// shortcuts' of the window (Delete would delete the frame, V would pick the select tool).
bool PageView::event(QEvent* event) {
    if (event->type() == QEvent::ShortcutOverride && isEditingText()) {
        auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers commands =
            key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
        const bool typed = !key->text().isEmpty() && key->text().at(0).isPrint() && !commands;
        switch (key->key()) {
            case Qt::Key_Delete:
            case Qt::Key_Backspace:
            case Qt::Key_Left:
            case Qt::Key_Right:
            case Qt::Key_Up:
            case Qt::Key_Down:
            case Qt::Key_Home:
            case Qt::Key_End:
            case Qt::Key_Return:
            case Qt::Key_Enter:
            case Qt::Key_Escape:
                if (!commands || key->key() == Qt::Key_Left || key->key() == Qt::Key_Right) {
                    event->accept();
                    return true;
                }
                break;
            default:
                break;
        }
        if (typed || key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut) ||
            key->matches(QKeySequence::Paste) || key->matches(QKeySequence::SelectAll)) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

bool PageView::handleEditingKey(QKeyEvent* event) {
    const QString text = editedText();
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    if (event->matches(QKeySequence::Paste)) {
        // Plain text only: line breaks become paragraphs, the rest of the clipboard's
        // formatting is the newsroom system's, not ours.
        QString pasted = QGuiApplication::clipboard()->text();
        pasted.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
        if (!pasted.isEmpty())
            replaceText(caret_, caret_, pasted, TextEditKind::Replacing);
        return true;
    }
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return true;
    }
    if (event->matches(QKeySequence::Cut)) {
        copySelection();
        if (anchor_ != caret_)
            replaceText(caret_, caret_, QString(), TextEditKind::Replacing);
        return true;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        anchor_ = 0;
        caret_ = static_cast<int>(text.size());
        viewport()->update();
        return true;
    }
    switch (event->key()) {
        case Qt::Key_Escape:
            stopEditing();
            return true;
        case Qt::Key_Left:
        case Qt::Key_Right: {
            const bool forward = event->key() == Qt::Key_Right;
            if (!extend && anchor_ != caret_) {  // a selection collapses to its edge
                caret_ = forward ? std::max(anchor_, caret_) : std::min(anchor_, caret_);
            } else {
                caret_ = forward ? nextGraphemeBoundary(text, caret_)
                                 : previousGraphemeBoundary(text, caret_);
            }
            if (!extend)
                anchor_ = caret_;
            viewport()->update();
            return true;
        }
        case Qt::Key_Backspace:
            replaceText(previousGraphemeBoundary(text, caret_), caret_, QString(),
                        TextEditKind::Deleting);
            return true;
        case Qt::Key_Delete:
            replaceText(caret_, nextGraphemeBoundary(text, caret_), QString(),
                        TextEditKind::Deleting);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            replaceText(caret_, caret_, QStringLiteral("\n"), TextEditKind::Typing);
            return true;
        default:
            break;
    }
    const QString typed = event->text();
    if (!typed.isEmpty() && typed.at(0).isPrint() &&
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        replaceText(caret_, caret_, typed, TextEditKind::Typing);
        return true;
    }
    return false;
}

void PageView::keyPressEvent(QKeyEvent* event) {
    if (isEditingText() && handleEditingKey(event))
        return;
    QAbstractScrollArea::keyPressEvent(event);
}

// Chinese input: the pre-edit string shows at the caret; only what is committed enters
// the story.
void PageView::inputMethodEvent(QInputMethodEvent* event) {
    if (editedStory_.isEmpty()) {
        event->ignore();
        return;
    }
    if (!event->commitString().isEmpty())
        replaceText(caret_, caret_, event->commitString(), TextEditKind::Typing);
    preedit_ = event->preeditString();
    viewport()->update();
    event->accept();
}

QVariant PageView::inputMethodQuery(Qt::InputMethodQuery query) const {
    if (editedStory_.isEmpty() || !layout_)
        return QAbstractScrollArea::inputMethodQuery(query);
    switch (query) {
        case Qt::ImEnabled:
            return true;
        case Qt::ImCursorRectangle: {
            const auto caret = layout_->caretAt(editedStory_, caret_);
            if (!caret)
                return QRect();
            const QPointF top = toViewport(caret->top);
            return QRectF(top, QSizeF(1, caret->height * pixelsPerPoint())).toAlignedRect();
        }
        default:
            return QAbstractScrollArea::inputMethodQuery(query);
    }
}

void PageView::drawCaret(QPainter& painter) const {
    if (editedStory_.isEmpty() || !layout_)
        return;
    const double px = 1 / pixelsPerPoint();
    // The selection: one band per character between anchor and caret.
    const int from = std::min(anchor_, caret_), to = std::max(anchor_, caret_);
    for (int o = from; o < to; ++o) {
        const auto a = layout_->caretAt(editedStory_, o);
        const auto b = layout_->caretAt(editedStory_, o + 1);
        if (a && b && a->page == pageIndex_ && b->page == pageIndex_ && a->top.y() == b->top.y())
            painter.fillRect(QRectF(a->top, QPointF(b->top.x(), b->top.y() + b->height)),
                             QColor(30, 120, 220, 70));
    }
    const auto caret = layout_->caretAt(editedStory_, caret_);
    if (!caret || caret->page != pageIndex_)
        return;
    if (!preedit_.isEmpty()) {
        QFont font = painter.font();
        font.setPointSizeF(caret->height * 0.8);
        painter.setFont(font);
        const QRectF box(caret->top, QSizeF(caret->height * preedit_.size(), caret->height));
        painter.fillRect(box, Qt::white);
        painter.setPen(QPen(QColor(30, 120, 220), px));
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, preedit_);
        painter.drawLine(box.bottomLeft(), box.bottomRight());  // pre-edit is underlined
    }
    painter.setPen(QPen(QColor(220, 30, 30), 1.5 * px));
    painter.drawLine(caret->top, caret->top + QPointF(0, caret->height));
}

}  // namespace paiban::editor
