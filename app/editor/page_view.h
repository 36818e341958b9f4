// The editor's canvas: one page of the edition, drawn from its display list at a zoom,
// with the guides an editor works by (margins, the column grid, frame edges).
#pragma once

#include <QAbstractScrollArea>
#include <QPixmap>
#include <optional>
#include <vector>

#include "display/display_list.h"
#include "display/edition_layout.h"
#include "editor/commands.h"
#include "model/document.h"

namespace paiban::editor {

class PageView : public QAbstractScrollArea {
    Q_OBJECT
public:
    enum class ZoomMode { FitPage, Fixed };
    // What a drag on the page does: select, move and resize frames, or draw a new one.
    enum class Tool { Select, TextFrame, ImageFrame, Box, Rule };

    explicit PageView(QWidget* parent = nullptr);

    // The page to show; pointers stay owned by the caller and must outlive the view's use.
    void setPage(const Page* page, const PageDisplayList* display);
    double zoom() const { return zoom_; }  // 1.0 = actual size on this screen
    ZoomMode zoomMode() const { return mode_; }
    Tool tool() const { return tool_; }
    QString selectedFrame() const { return selected_; }
    // Page points ↔ viewport pixels.
    QPointF toPage(const QPointF& viewportPoint) const;
    QPointF toViewport(const QPointF& pagePoint) const;
    // Problems to outline on the page in proof view: areas in page points.
    struct ProofMark {
        Rect area;
        bool error = false;
    };
    void setProofMarks(std::vector<ProofMark> marks);
    // The frames of the selected frame's thread, in order, to draw the thread between them.
    void setThread(std::vector<Rect> frames);
    // Where the text on this page is, for editing in place (double-click on text), and the
    // edition whose stories it shows. Editing stops if its story has gone (an undo), and
    // the caret stays within the story's text.
    void setTextLayout(const LayoutCache* layout, const Edition* edition, int pageIndex);
    // Editing a story in place: its id (empty: not editing) and the caret's offset in its
    // plain text.
    QString editedStory() const { return editedStory_; }
    bool isEditingText() const { return !editedStory_.isEmpty(); }
    int caret() const { return caret_; }
    int selectionAnchor() const { return anchor_; }
    void editStory(const QString& storyId, int caret);
    void stopEditing();

public Q_SLOTS:
    void setZoom(double zoom);
    void fitPage();
    void zoomIn();
    void zoomOut();
    void setGuidesVisible(bool visible);
    void setProofView(bool on);
    void setTool(Tool tool);
    void setSelectedFrame(const QString& id);

Q_SIGNALS:
    void zoomChanged(double zoom);
    void toolChanged(paiban::editor::PageView::Tool tool);
    void selectionChanged(const QString& frameId);
    // A frame dragged or resized to a new rectangle (snapped), when the mouse is let go.
    void frameRectEdited(const QString& frameId, const paiban::Rect& rect);
    // A new frame drawn with a frame tool (snapped).
    void frameDrawn(paiban::FrameKind kind, const paiban::Rect& rect);
    // Image files dropped from the file manager, at a point of the page.
    void imagesDropped(const QStringList& paths, const QPointF& pagePoint);
    // Text typed on the page: `removed` units at `offset` replaced by `inserted`.
    void textEdited(const QString& storyId, int offset, int removed, const QString& inserted,
                    paiban::editor::TextEditKind kind);
    void storyEditingStarted(const QString& storyId);
    // Editing in place began or ended: Delete then means a character, not the frame.
    void textEditingChanged(bool editing);
    // A guide dragged out of a ruler onto the page.
    void guideAdded(bool vertical, double positionPt);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void inputMethodEvent(QInputMethodEvent* event) override;
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    double pixelsPerPoint() const;
    QSizeF pageSizePx() const;
    QPointF pageOrigin() const;
    void updateScrollBars();
    void placeRulers();
    void drawGuides(QPainter& painter) const;
    QByteArray backgroundKey() const;
    void drawSelection(QPainter& painter) const;
    void drawCaret(QPainter& painter) const;
    // Replaces the selection, or else the text between `from` and `to` around the caret
    // (caret positions), with `inserted`.
    void replaceText(int from, int to, const QString& inserted, TextEditKind kind);
    QString editedText() const;
    void copySelection() const;
    bool handleEditingKey(QKeyEvent* event);
    const Frame* frameAt(const QPointF& pagePoint) const;
    // Which edge or corner of the selected frame is under the point (0: none), as bits:
    // 1 left, 2 right, 4 top, 8 bottom.
    int handleAt(const QPointF& pagePoint) const;
    Rect snapped(const Rect& rect) const;
    Rect dragResult(const QPointF& pagePoint) const;

    enum class Drag { None, Move, Resize, Draw };
    class Ruler;
    std::optional<Guide> guidePreview_;  // a guide being dragged out of a ruler
    Ruler* topRuler_ = nullptr;
    Ruler* leftRuler_ = nullptr;
    const Page* page_ = nullptr;
    Tool tool_ = Tool::Select;
    QString selected_;
    Drag drag_ = Drag::None;
    int dragEdges_ = 0;
    QPointF dragStart_;
    Rect dragFrom_;
    std::optional<Rect> dragPreview_;
    std::vector<ProofMark> proofMarks_;
    std::vector<Rect> thread_;
    bool proofView_ = false;
    const LayoutCache* layout_ = nullptr;
    const Edition* edition_ = nullptr;
    int pageIndex_ = 0;
    QString editedStory_;
    int caret_ = 0, anchor_ = 0;  // the selection runs from anchor to caret
    QString preedit_;             // an input method's text not yet committed
    const PageDisplayList* display_ = nullptr;
    double zoom_ = 1.0;
    ZoomMode mode_ = ZoomMode::FitPage;
    bool guides_ = true;
    QPixmap background_;        // the page, its shadow and guides, as last drawn
    QByteArray backgroundKey_;  // what they were drawn from
};

}  // namespace paiban::editor
