// The select tool: click to select the frame on top, drag to move it (snapping to columns,
// grid lines and guides; its captions come along), drag a handle to resize it, arrow keys
// to nudge it (Shift: a larger step), double-click into text to edit it. A selected text
// frame shows its ports: a click on the out-port starts threading. A double-click on a
// photo crops it by hand: a drag moves the photo under its frame, the wheel scales it
// about the pointer, arrow keys move it by a point; Escape or a click outside ends it.
#pragma once

#include <optional>

#include "display/display_list.h"
#include "editor/tools/tool.h"
#include "model/document.h"

namespace paiban::editor {

class SelectTool : public Tool {
    Q_OBJECT
public:
    using Tool::Tool;
    ToolKind kind() const override { return ToolKind::Select; }
    void deactivate() override;
    void mousePress(QMouseEvent& event, const QPointF& at) override;
    void mouseMove(QMouseEvent& event, const QPointF& at) override;
    void mouseRelease(QMouseEvent& event, const QPointF& at) override;
    void mouseDoubleClick(QMouseEvent& event, const QPointF& at) override;
    bool keyPress(QKeyEvent& event) override;
    bool wheel(QWheelEvent& event, const QPointF& at) override;
    void paintOverlay(QPainter& painter) const override;
    QCursor cursorAt(const QPointF& at) const override;

Q_SIGNALS:
    // A double-click in a text frame: edit its story there (offset in its plain text).
    void editTextRequested(const QString& storyId, int offset);
    // A click on a text frame's out-port: thread from it.
    void threadRequested(const QString& frameId);
    // A sentence for the status bar.
    void message(const QString& text);

public:
    // Cropping this photo by hand (empty: none).
    void cropImage(const QString& frameId);
    QString croppedImage() const { return cropping_; }

private:
    enum class Drag { None, Move, Resize, Pan };
    // Which edges of the selected frame are under the point, as bits: 1 left, 2 right,
    // 4 top, 8 bottom (0: none).
    int handleAt(const QPointF& at) const;
    const Frame* selectedFrame() const;
    Rect dragResult(const QPointF& at) const;
    // The cropped photo's image, as laid out (nullptr: none, or not drawn).
    const ImageItem* croppedItem() const;
    void paintPorts(QPainter& painter, const Frame& frame) const;

    Drag drag_ = Drag::None;
    int edges_ = 0;
    QPointF start_;
    Rect from_;
    std::optional<Rect> preview_;
    QString cropping_;
    QPointF panBy_;  // the pan under way, page points
};

}  // namespace paiban::editor
