#include "editor/page_view.h"

#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

#include "render/painter_renderer.h"

namespace paiban::editor {
namespace {

// Zoom limits: a whole broadsheet on a laptop screen is about 15 %; 800 % shows a
// punctuation mark's spacing.
constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 8.0;
constexpr double kZoomStep = 1.25;
constexpr int kPagePaddingPx = 24;

}  // namespace

PageView::PageView(QWidget* parent) : QAbstractScrollArea(parent) {
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
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
    const double typeWidth = page_->widthPt - m.left - m.right;
    const double typeHeight = page_->heightPt - m.top - m.bottom;
    painter.setBrush(Qt::NoBrush);
    // Margins in magenta, columns in violet, as layout editors know them from FIT/InDesign.
    painter.setPen(QPen(QColor(230, 80, 200, 160), 0));
    painter.drawRect(QRectF(m.left, m.top, typeWidth, typeHeight));
    const ColumnGrid& g = page_->grid;
    const double column = (typeWidth - (g.columns - 1) * g.gutterPt) / g.columns;
    painter.setPen(QPen(QColor(140, 110, 230, 140), 0));
    for (int c = 1; c < g.columns; ++c) {
        const double left = m.left + c * (column + g.gutterPt) - g.gutterPt;
        painter.drawLine(QPointF(left, m.top), QPointF(left, m.top + typeHeight));
        painter.drawLine(QPointF(left + g.gutterPt, m.top),
                         QPointF(left + g.gutterPt, m.top + typeHeight));
    }
    painter.setPen(QPen(QColor(120, 140, 170, 110), 0, Qt::DashLine));
    for (const Frame& f : page_->frames) {
        if (f.kind == FrameKind::Text || f.kind == FrameKind::Image) {
            painter.drawRect(QRectF(f.rect.x, f.rect.y, f.rect.width, f.rect.height));
        }
    }
}

void PageView::paintEvent(QPaintEvent*) {
    QPainter painter(viewport());
    if (!display_)
        return;
    const QPointF origin = pageOrigin();
    const QRectF pageRect(origin, pageSizePx());
    painter.fillRect(pageRect.translated(3, 3), QColor(0, 0, 0, 60));
    painter.fillRect(pageRect, Qt::white);
    painter.translate(origin);
    painter.scale(pixelsPerPoint(), pixelsPerPoint());
    if (guides_)
        drawGuides(painter);
    RenderOptions options;
    options.screenMarks = true;
    renderPage(painter, *display_, options);
}

}  // namespace paiban::editor
