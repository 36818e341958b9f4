// The editor's canvas: one page of the open edition at any zoom, drawn from its display
// list over a background layer (the page, its shadow, the column and baseline grid, frame
// edges, ruler guides), with rulers, the proof view's marks, the thread of the selected
// frame, the selection, and the active tool's overlay. It owns geometry (page points ↔
// viewport pixels, zoom, scrolling) and painting; what a gesture means is the active
// tool's (tools/tool.h), to which it passes every mouse, key and input-method event.
//
// It reads the page, its display list and the line index from the session each time it
// needs them: nothing it holds can outlive a change of the edition.
#pragma once

#include <QAbstractScrollArea>
#include <QPixmap>
#include <optional>
#include <vector>

#include "display/display_list.h"
#include "editor/canvas/proof_overlay.h"
#include "model/document.h"
#include "model/find_text.h"

class QTimer;

namespace paiban::editor {

class EditSession;
class Ruler;
class Tool;

class PageCanvas : public QAbstractScrollArea {
    Q_OBJECT
public:
    enum class ZoomMode { FitPage, Fixed };

    PageCanvas(EditSession* session, QWidget* parent = nullptr);

    // The page shown, by index (the session holds it).
    void showPage(int pageIndex);
    int pageIndex() const { return pageIndex_; }
    const Page* page() const;
    const PageDisplayList* pageDisplay() const;
    const LineIndex* lines() const;
    EditSession* session() const { return session_; }
    QSizeF pageSizePt() const;

    double zoom() const { return zoom_; }  // 1.0 = actual size on this screen
    ZoomMode zoomMode() const { return mode_; }
    double pixelsPerPoint() const;
    QPointF pageOrigin() const;  // the page's top-left corner in the viewport
    // Page points ↔ viewport pixels.
    QPointF toPage(const QPointF& viewportPoint) const;
    QPointF toViewport(const QPointF& pagePoint) const;

    // The frame under a point of the page, topmost first (a rule's thin line is widened to
    // a handle's width).
    const Frame* frameAt(const QPointF& pagePoint) const;
    // A rectangle with the edges near a column edge, grid line or guide snapped to it
    // (within a few screen pixels, whatever the zoom).
    Rect snapped(const Rect& rect) const;
    // Screen pixels as page points at the current zoom.
    double pixelsToPoints(double pixels) const { return pixels / pixelsPerPoint(); }

    QString selectedFrame() const { return selected_; }

    // Problems outlined on the page in proof view: areas in page points.
    struct ProofMark {
        Rect area;
        bool error = false;
    };
    void setProofMarks(std::vector<ProofMark> marks);
    // The story whose thread is drawn, on every page it crosses: between frames on the
    // shown page a line from out-port to in-port, and where it leaves for another page or
    // comes from one, that page's number (empty: none).
    void setThreadStory(const QString& storyId);
    QString threadStory() const { return threadStory_; }
    // Scrolls so that an area of the page (points) is in view, with a margin around it
    // where there is room: a note or change shown from its panel.
    void scrollToShow(const Rect& area);
    // Proofreading's marks: changes since a round, notes (canvas/proof_overlay.h).
    void setProofOverlay(ProofOverlay overlay);
    const ProofOverlay& proofOverlay() const { return proofOverlay_; }
    // The paragraphs of a story that a newer revision from the newsroom's pool changed: a
    // bar beside their lines, until a few seconds pass or the next edit.
    void markChangedParagraphs(const QString& storyId, const std::vector<int>& paragraphs);
    // Where those marks are now (page points, on every page): for tests.
    std::vector<std::pair<int, Rect>> changedParagraphMarks() const;
    // How long a live update's marks stay.
    static constexpr int kUpdateMarkMs = 6000;
    // The mime type of a story dragged from the story pool panel (its pool id as text).
    static constexpr const char* kPoolStoryMimeType = "application/x-paiban-pool-story";
    // Find's hits, highlighted where they stand on the page.
    void setFindHits(std::vector<TextMatch> hits);
    // A guide being dragged out of a ruler.
    void setGuidePreview(std::optional<Guide> guide);
    std::optional<Guide> guidePreview() const { return guidePreview_; }

    // The tool that gestures go to (not owned; tools/tool_box.h owns them).
    void setTool(Tool* tool);
    Tool* tool() const { return tool_; }

public Q_SLOTS:
    void setZoom(double zoom);
    void fitPage();
    void zoomIn();
    void zoomOut();
    void setGuidesVisible(bool visible);
    void setProofView(bool on);
    void setSelectedFrame(const QString& id);
    // Redraws what the session's layout shows now (after every change).
    void refresh();

Q_SIGNALS:
    void zoomChanged(double zoom);
    void selectionChanged(const QString& frameId);
    // Image files dropped from the file manager, at a point of the page.
    void imagesDropped(const QStringList& paths, const QPointF& pagePoint);
    // A story dragged from the story pool panel and dropped at a point of the page.
    void poolStoryDropped(qint64 poolId, const QPointF& pagePoint);
    // A guide dragged out of a ruler onto the page.
    void guideAdded(bool vertical, double positionPt);
    // The right button or the menu key over the page (page point, screen point).
    void contextMenuRequested(const QPointF& pagePoint, const QPoint& globalPos);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void inputMethodEvent(QInputMethodEvent* event) override;
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QSizeF pageSizePx() const;
    void updateScrollBars();
    void placeRulers();
    QByteArray backgroundKey() const;
    void drawGuides(QPainter& painter) const;
    void drawMarks(QPainter& painter) const;
    void drawThread(QPainter& painter) const;

    EditSession* session_;
    int pageIndex_ = 0;
    Tool* tool_ = nullptr;
    Ruler* topRuler_ = nullptr;
    Ruler* leftRuler_ = nullptr;
    QString selected_;
    std::optional<Guide> guidePreview_;
    std::vector<ProofMark> proofMarks_;
    QString threadStory_;
    std::vector<TextMatch> findHits_;
    struct UpdateMark {
        QString storyId;
        int from = 0, to = 0;  // plain text offsets of a changed paragraph
    };
    std::vector<UpdateMark> updateMarks_;
    QTimer* updateMarksTimer_ = nullptr;
    ProofOverlay proofOverlay_;
    bool proofView_ = false;
    bool guides_ = true;
    double zoom_ = 1.0;
    ZoomMode mode_ = ZoomMode::FitPage;
    QPixmap background_;        // the page, its shadow and guides, as last drawn
    QByteArray backgroundKey_;  // what they were drawn from
};

}  // namespace paiban::editor
