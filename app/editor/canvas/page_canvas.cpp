#include "editor/canvas/page_canvas.h"

#include <QContextMenuEvent>
#include <QDataStream>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QUndoStack>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

#include "editor/canvas/frame_ports.h"
#include "editor/canvas/ruler.h"
#include "editor/edit_session.h"
#include "editor/tools/tool.h"
#include "model/grid.h"
#include "model/text_edit.h"
#include "render/painter_renderer.h"

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
// A rule is hit within this many screen pixels of its line.
constexpr double kRuleSlopPx = 7;

}  // namespace

PageCanvas::PageCanvas(EditSession* session, QWidget* parent)
    : QAbstractScrollArea(parent), session_(session) {
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setViewportMargins(Ruler::kThicknessPx, Ruler::kThicknessPx, 0, 0);
    topRuler_ = new Ruler(this, Qt::Horizontal);
    leftRuler_ = new Ruler(this, Qt::Vertical);
    for (Ruler* ruler : {topRuler_, leftRuler_})
        connect(ruler, &Ruler::guideDropped, this, &PageCanvas::guideAdded);
    placeRulers();
    updateMarksTimer_ = new QTimer(this);
    updateMarksTimer_->setSingleShot(true);
    updateMarksTimer_->setInterval(kUpdateMarkMs);
    const auto clearMarks = [this] {
        if (updateMarks_.empty())
            return;
        updateMarks_.clear();
        viewport()->update();
    };
    connect(updateMarksTimer_, &QTimer::timeout, this, clearMarks);
    // The next edit (or undo) clears them: they mark what came from the pool, not from here.
    connect(session_->undoStack(), &QUndoStack::indexChanged, this, clearMarks);
}

void PageCanvas::markChangedParagraphs(const QString& storyId, const std::vector<int>& paragraphs) {
    const Story* story = session_->edition().story(storyId);
    if (!story)
        return;
    const QStringList texts = storyPlainText(*story).split(QLatin1Char('\n'));
    int start = 0;
    for (int i = 0; i < texts.size(); ++i) {
        const int end = start + static_cast<int>(texts[i].size());
        if (std::find(paragraphs.begin(), paragraphs.end(), i) != paragraphs.end())
            updateMarks_.push_back({storyId, start, std::max(end, start + 1)});
        start = end + 1;
    }
    updateMarksTimer_->start();
    viewport()->update();
}

std::vector<std::pair<int, Rect>> PageCanvas::changedParagraphMarks() const {
    std::vector<std::pair<int, Rect>> marks;
    if (const LineIndex* index = lines()) {
        for (const UpdateMark& mark : updateMarks_) {
            for (const LineIndex::Band& band : index->bandsOf(mark.storyId, mark.from, mark.to))
                marks.emplace_back(band.page, band.rect);
        }
    }
    return marks;
}

void PageCanvas::placeRulers() {
    const QRect area = viewport()->geometry();
    const int t = Ruler::kThicknessPx;
    topRuler_->setGeometry(area.left() - t, area.top() - t, area.width() + t, t);
    leftRuler_->setGeometry(area.left() - t, area.top() - t, t, area.height() + t);
    topRuler_->update();
    leftRuler_->update();
}

// Page and layout ------------------------------------------------------------------------

void PageCanvas::showPage(int pageIndex) {
    pageIndex_ = pageIndex;
    refresh();
}

void PageCanvas::refresh() {
    if (mode_ == ZoomMode::FitPage)
        fitPage();
    updateScrollBars();
    viewport()->update();
}

const Page* PageCanvas::page() const {
    if (!session_->hasDocument() || pageIndex_ < 0 ||
        pageIndex_ >= static_cast<int>(session_->edition().pages.size()))
        return nullptr;
    return &session_->edition().pages[static_cast<size_t>(pageIndex_)];
}

const PageDisplayList* PageCanvas::pageDisplay() const {
    const auto& pages = session_->display().pages;
    if (pageIndex_ < 0 || pageIndex_ >= static_cast<int>(pages.size()))
        return nullptr;
    return &pages[static_cast<size_t>(pageIndex_)];
}

const LineIndex* PageCanvas::lines() const {
    return session_->hasDocument() ? &session_->display().lines : nullptr;
}

QSizeF PageCanvas::pageSizePt() const {
    const PageDisplayList* display = pageDisplay();
    return display ? QSizeF(display->widthPt, display->heightPt) : QSizeF();
}

const Frame* PageCanvas::frameAt(const QPointF& p) const {
    const Page* shown = page();
    if (!shown)
        return nullptr;
    // Topmost first: the page lists its frames bottom to top.
    for (auto it = shown->frames.rbegin(); it != shown->frames.rend(); ++it) {
        const QRectF r = toQRect(it->rect).normalized();
        const double slop = pixelsToPoints(kRuleSlopPx);  // rules are thin
        if (r.adjusted(-slop, -slop, slop, slop).contains(p))
            return &*it;
    }
    return nullptr;
}

Rect PageCanvas::snapped(const Rect& rect) const {
    const Page* shown = page();
    return shown ? snapToGrid(*shown, rect, pixelsToPoints(kSnapDistancePx)) : rect;
}

void PageCanvas::setTool(Tool* tool) {
    if (tool_ == tool)
        return;
    if (tool_)
        tool_->deactivate();
    tool_ = tool;
    if (tool_)
        tool_->activate();
    setAttribute(Qt::WA_InputMethodEnabled, tool_ && tool_->acceptsInputMethod());
    viewport()->unsetCursor();
    viewport()->update();
}

void PageCanvas::setSelectedFrame(const QString& id) {
    if (selected_ == id)
        return;
    selected_ = id;
    viewport()->update();
    Q_EMIT selectionChanged(id);
}

void PageCanvas::setProofView(bool on) {
    proofView_ = on;
    viewport()->update();
}

void PageCanvas::setProofMarks(std::vector<ProofMark> marks) {
    proofMarks_ = std::move(marks);
    viewport()->update();
}

void PageCanvas::setThreadStory(const QString& storyId) {
    if (storyId == threadStory_)
        return;
    threadStory_ = storyId;
    viewport()->update();
}
void PageCanvas::setFindHits(std::vector<TextMatch> hits) {
    findHits_ = std::move(hits);
    viewport()->update();
}

void PageCanvas::setProofOverlay(ProofOverlay overlay) {
    proofOverlay_ = std::move(overlay);
    viewport()->update();
}

void PageCanvas::setGuidePreview(std::optional<Guide> guide) {
    guidePreview_ = guide;
    viewport()->update();
}

void PageCanvas::setGuidesVisible(bool visible) {
    guides_ = visible;
    viewport()->update();
}

// Geometry -------------------------------------------------------------------------------

double PageCanvas::pixelsPerPoint() const {
    return zoom_ * logicalDpiX() / 72.0;
}

QSizeF PageCanvas::pageSizePx() const {
    return pageSizePt() * pixelsPerPoint();
}

QPointF PageCanvas::pageOrigin() const {
    const QSizeF size = pageSizePx();
    const double x = std::max<double>(kPagePaddingPx, (viewport()->width() - size.width()) / 2);
    const double y = std::max<double>(kPagePaddingPx, (viewport()->height() - size.height()) / 2);
    return QPointF(x - horizontalScrollBar()->value(), y - verticalScrollBar()->value());
}

void PageCanvas::scrollToShow(const Rect& area) {
    // Room around the area: the lines before and after it read with it.
    constexpr double kMarginPx = 80;
    const QRectF shown(toViewport(QPointF(area.x, area.y)),
                       toViewport(QPointF(area.right(), area.bottom())));
    const QRectF room =
        QRectF(viewport()->rect()).adjusted(kMarginPx, kMarginPx, -kMarginPx, -kMarginPx);
    auto shift = [](double low, double high, double from, double to) {
        if (low >= from && high <= to)
            return 0.0;
        return low < from || high - low > to - from ? low - from : high - to;
    };
    QScrollBar* h = horizontalScrollBar();
    QScrollBar* v = verticalScrollBar();
    h->setValue(h->value() + qRound(shift(shown.left(), shown.right(), room.left(), room.right())));
    v->setValue(v->value() + qRound(shift(shown.top(), shown.bottom(), room.top(), room.bottom())));
}

QPointF PageCanvas::toPage(const QPointF& p) const {
    return (p - pageOrigin()) / pixelsPerPoint();
}

QPointF PageCanvas::toViewport(const QPointF& p) const {
    return p * pixelsPerPoint() + pageOrigin();
}

void PageCanvas::setZoom(double zoom) {
    mode_ = ZoomMode::Fixed;
    const double clamped = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (std::abs(clamped - zoom_) < 1e-9)
        return;
    zoom_ = clamped;
    updateScrollBars();
    viewport()->update();
    Q_EMIT zoomChanged(zoom_);
}

void PageCanvas::fitPage() {
    mode_ = ZoomMode::FitPage;
    const QSizeF size = pageSizePt();
    if (size.width() <= 0 || size.height() <= 0)
        return;
    const double available =
        std::min((viewport()->width() - 2.0 * kPagePaddingPx) / size.width(),
                 (viewport()->height() - 2.0 * kPagePaddingPx) / size.height());
    const double zoom = std::clamp(available * 72.0 / logicalDpiX(), kMinZoom, kMaxZoom);
    if (std::abs(zoom - zoom_) < 1e-9)
        return;
    zoom_ = zoom;
    updateScrollBars();
    viewport()->update();
    Q_EMIT zoomChanged(zoom_);
}

void PageCanvas::zoomIn() {
    setZoom(zoom_ * kZoomStep);
}
void PageCanvas::zoomOut() {
    setZoom(zoom_ / kZoomStep);
}

void PageCanvas::updateScrollBars() {
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

void PageCanvas::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    placeRulers();
    if (mode_ == ZoomMode::FitPage)
        fitPage();
    updateScrollBars();
}

void PageCanvas::scrollContentsBy(int, int) {
    viewport()->update();
    topRuler_->update();
    leftRuler_->update();
}

void PageCanvas::wheelEvent(QWheelEvent* event) {
    if (tool_ && page() && tool_->wheel(*event, toPage(event->position()))) {
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            setZoom(zoom_ * std::pow(kZoomStep, steps));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PageCanvas::contextMenuEvent(QContextMenuEvent* event) {
    if (!page())
        return;
    Q_EMIT contextMenuRequested(toPage(event->pos()), event->globalPos());
    event->accept();
}

// Events, to the active tool -------------------------------------------------------------

bool PageCanvas::event(QEvent* event) {
    // While a tool takes keys (the text tool: Delete, letters, Ctrl+C…), they are its,
    // not the window's shortcuts'.
    if (event->type() == QEvent::ShortcutOverride && tool_ &&
        tool_->overridesShortcut(*static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    return QAbstractScrollArea::event(event);
}

void PageCanvas::mousePressEvent(QMouseEvent* event) {
    if (tool_ && page())
        tool_->mousePress(*event, toPage(event->position()));
}

void PageCanvas::mouseMoveEvent(QMouseEvent* event) {
    if (tool_ && page()) {
        tool_->mouseMove(*event, toPage(event->position()));
        viewport()->setCursor(tool_->cursorAt(toPage(event->position())));
    }
}

void PageCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (tool_ && page())
        tool_->mouseRelease(*event, toPage(event->position()));
}

void PageCanvas::mouseDoubleClickEvent(QMouseEvent* event) {
    if (tool_ && page())
        tool_->mouseDoubleClick(*event, toPage(event->position()));
}

void PageCanvas::keyPressEvent(QKeyEvent* event) {
    if (tool_ && page() && tool_->keyPress(*event))
        return;
    QAbstractScrollArea::keyPressEvent(event);
}

void PageCanvas::inputMethodEvent(QInputMethodEvent* event) {
    if (tool_ && tool_->acceptsInputMethod()) {
        tool_->inputMethod(*event);
        event->accept();
        return;
    }
    event->ignore();
}

QVariant PageCanvas::inputMethodQuery(Qt::InputMethodQuery query) const {
    if (tool_ && tool_->acceptsInputMethod()) {
        const QVariant answer = tool_->inputMethodQuery(query);
        if (answer.isValid())
            return answer;
    }
    return QAbstractScrollArea::inputMethodQuery(query);
}

void PageCanvas::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() || event->mimeData()->hasFormat(kPoolStoryMimeType))
        event->acceptProposedAction();
}

void PageCanvas::dragMoveEvent(QDragMoveEvent* event) {
    if (event->mimeData()->hasUrls() || event->mimeData()->hasFormat(kPoolStoryMimeType))
        event->acceptProposedAction();
}

void PageCanvas::dropEvent(QDropEvent* event) {
    // A drag arrives at the viewport (QAbstractScrollArea passes its events on as they are):
    // the position is the viewport's already, not this widget's, which the rulers offset.
    const QPointF at = toPage(event->position());
    if (event->mimeData()->hasFormat(kPoolStoryMimeType)) {
        bool ok = false;
        const qint64 id = event->mimeData()->data(kPoolStoryMimeType).toLongLong(&ok);
        if (ok) {
            event->acceptProposedAction();
            Q_EMIT poolStoryDropped(id, at);
        }
        return;
    }
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT imagesDropped(paths, at);
}

// Painting -------------------------------------------------------------------------------

void PageCanvas::drawGuides(QPainter& painter) const {
    const Page* shown = page();
    if (!shown)
        return;
    const Margins& m = shown->margins;
    const double typeHeight = shown->heightPt - m.top - m.bottom;
    painter.setBrush(Qt::NoBrush);
    // The baseline grid, where its lines stand far enough apart to read.
    const ColumnGrid& g = shown->grid;
    if (g.baselinePt * pixelsPerPoint() >= 5) {
        painter.setPen(QPen(QColor(80, 170, 230, 60), 0));
        const double first = m.top + g.baselineOffsetPt;
        for (double y = first; y <= m.top + typeHeight + 1e-6; y += g.baselinePt)
            painter.drawLine(QPointF(m.left, y), QPointF(shown->widthPt - m.right, y));
    }
    // Margins in magenta, columns in violet, as layout editors know them from FIT/InDesign.
    painter.setPen(QPen(QColor(230, 80, 200, 160), 0));
    painter.drawRect(QRectF(m.left, m.top, shown->widthPt - m.left - m.right, typeHeight));
    painter.setPen(QPen(QColor(140, 110, 230, 140), 0));
    for (int c = 0; c < g.columns; ++c) {
        const Rect column = columnSpan(*shown, c, 1);
        painter.drawLine(QPointF(column.x, m.top), QPointF(column.x, m.top + typeHeight));
        painter.drawLine(QPointF(column.right(), m.top),
                         QPointF(column.right(), m.top + typeHeight));
    }
    // Ruler guides in cyan, across the whole page.
    painter.setPen(QPen(QColor(0, 180, 220, 200), 0));
    std::vector<Guide> guides = shown->guides;
    if (guidePreview_)
        guides.push_back(*guidePreview_);
    for (const Guide& guide : guides) {
        if (guide.vertical)
            painter.drawLine(QPointF(guide.positionPt, 0),
                             QPointF(guide.positionPt, shown->heightPt));
        else
            painter.drawLine(QPointF(0, guide.positionPt),
                             QPointF(shown->widthPt, guide.positionPt));
    }
    painter.setPen(QPen(QColor(120, 140, 170, 110), 0, Qt::DashLine));
    for (const Frame& f : shown->frames) {
        if (f.kind == FrameKind::Text || f.kind == FrameKind::Image)
            painter.drawRect(toQRect(f.rect));
    }
}

// What the page's background layer depends on: while it stays the same (typing does not
// change it), the layer is drawn once and copied, not stroked line by line again (each
// long line woke Qt's fill threads: 17 ms a repaint on this machine, 4 ms with the layer).
QByteArray PageCanvas::backgroundKey() const {
    QByteArray key;
    QDataStream out(&key, QIODevice::WriteOnly);
    out << viewport()->size() << pageOrigin() << pixelsPerPoint() << guides_ << devicePixelRatioF()
        << pageSizePt();
    if (const Page* shown = page()) {
        const Margins& m = shown->margins;
        const ColumnGrid& g = shown->grid;
        out << m.top << m.right << m.bottom << m.left << g.columns << g.gutterPt << g.baselinePt
            << g.baselineOffsetPt;
        for (const Guide& guide : shown->guides)
            out << guide.vertical << guide.positionPt;
        if (guidePreview_)
            out << guidePreview_->vertical << guidePreview_->positionPt;
        for (const Frame& f : shown->frames)
            out << int(f.kind) << f.rect.x << f.rect.y << f.rect.width << f.rect.height;
    }
    return key;
}

void PageCanvas::drawThread(QPainter& painter) const {
    const Story* story = threadStory_.isEmpty() ? nullptr : session_->edition().story(threadStory_);
    if (!story || story->frameIds.size() < 2)
        return;
    const double px = pixelsToPoints(1);
    const QColor blue(30, 120, 220, 210);
    painter.setPen(QPen(blue, 1.5 * px));
    QFont font = painter.font();
    font.setPixelSize(std::max(1, int(std::lround(11 * px))));
    painter.setFont(font);
    // "→ 第3版" beside an out-port, "第1版 →" beside an in-port, at screen size.
    auto label = [&](const QRectF& port, const QString& text, bool after) {
        const QRectF box = painter.boundingRect(QRectF(), Qt::AlignLeft, text);
        const QPointF at =
            after
                ? QPointF(port.right() + 3 * px, port.center().y() + box.height() / 3)
                : QPointF(port.left() - box.width() - 3 * px, port.center().y() + box.height() / 3);
        painter.drawText(at, text);
    };
    for (size_t i = 1; i < story->frameIds.size(); ++i) {
        const auto [fromPage, from] = session_->edition().frame(story->frameIds[i - 1]);
        const auto [toPage, to] = session_->edition().frame(story->frameIds[i]);
        if (!from || !to)
            continue;
        const QRectF out = outPort(from->rect, px), in = inPort(to->rect, px);
        if (fromPage == pageIndex_ && toPage == pageIndex_) {
            painter.drawLine(out.center(), in.center());
            painter.drawEllipse(in.center(), 3 * px, 3 * px);
        } else if (fromPage == pageIndex_) {
            painter.drawRect(out);
            label(out, tr("→ page %1").arg(pageNumber(toPage)), true);
        } else if (toPage == pageIndex_) {
            painter.drawRect(in);
            label(in, tr("page %1 →").arg(pageNumber(fromPage)), false);
        }
    }
}

// Over the page: the thread of the selected frame, the proof view's marks, the selected
// frame's outline.
void PageCanvas::drawMarks(QPainter& painter) const {
    const double px = pixelsToPoints(1);
    drawThread(painter);
    // Find's hits in yellow, under the selection the text tool draws over the current one.
    if (const LineIndex* index = lines()) {
        for (const TextMatch& hit : findHits_) {
            for (const LineIndex::Band& band : index->bandsOf(hit.storyId, hit.from, hit.to)) {
                if (band.page == pageIndex_)
                    painter.fillRect(toQRect(band.rect), QColor(255, 220, 0, 110));
            }
        }
    }
    paintProofOverlay(painter, proofOverlay_, pageIndex_, px);
    // A live update's changed lines: an orange bar in the column's margin and a faint wash.
    for (const auto& [page, rect] : changedParagraphMarks()) {
        if (page != pageIndex_)
            continue;
        painter.fillRect(toQRect(rect), QColor(255, 150, 30, 40));
        painter.fillRect(QRectF(rect.x - 5 * px, rect.y, 3 * px, rect.height),
                         QColor(235, 120, 20));
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
    if (const Page* shown = page()) {
        painter.setBrush(Qt::NoBrush);
        for (const Frame& f : shown->frames) {
            if (f.id == selected_) {
                painter.setPen(QPen(QColor(30, 120, 220), 1.5 * px));
                painter.drawRect(toQRect(f.rect));
            }
        }
    }
}

void PageCanvas::paintEvent(QPaintEvent*) {
    topRuler_->update();  // they follow zoom and scrolling
    leftRuler_->update();
    QPainter painter(viewport());
    const PageDisplayList* display = pageDisplay();
    if (!display)
        return;
    const QPointF origin = pageOrigin();
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
    renderPage(painter, *display, options);
    drawMarks(painter);
    if (tool_)
        tool_->paintOverlay(painter);
}

}  // namespace paiban::editor
