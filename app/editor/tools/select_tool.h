// The select tool: click to select the frame on top, drag to move it (snapping to columns,
// grid lines and guides; its captions come along), drag a handle to resize it, arrow keys
// to nudge it (Shift: a larger step), double-click into text to edit it.
#pragma once

#include <optional>

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
    void paintOverlay(QPainter& painter) const override;
    QCursor cursorAt(const QPointF& at) const override;

Q_SIGNALS:
    // A double-click in a text frame: edit its story there (offset in its plain text).
    void editTextRequested(const QString& storyId, int offset);

private:
    enum class Drag { None, Move, Resize };
    // Which edges of the selected frame are under the point, as bits: 1 left, 2 right,
    // 4 top, 8 bottom (0: none).
    int handleAt(const QPointF& at) const;
    const Frame* selectedFrame() const;
    Rect dragResult(const QPointF& at) const;

    Drag drag_ = Drag::None;
    int edges_ = 0;
    QPointF start_;
    Rect from_;
    std::optional<Rect> preview_;
};

}  // namespace paiban::editor
