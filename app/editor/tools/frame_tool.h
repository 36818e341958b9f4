// A frame tool: a drag draws a new frame of its kind (text, image, box, rule), snapped to
// the columns, grid lines and guides; rules run across or down.
#pragma once

#include <optional>

#include "editor/tools/tool.h"
#include "model/document.h"

namespace paiban::editor {

class FrameTool : public Tool {
    Q_OBJECT
public:
    FrameTool(PageCanvas* canvas, EditSession* session, ToolKind kind);
    ToolKind kind() const override { return kind_; }
    FrameKind frameKind() const;
    void deactivate() override;
    void mousePress(QMouseEvent& event, const QPointF& at) override;
    void mouseMove(QMouseEvent& event, const QPointF& at) override;
    void mouseRelease(QMouseEvent& event, const QPointF& at) override;
    void paintOverlay(QPainter& painter) const override;
    QCursor cursorAt(const QPointF&) const override { return Qt::CrossCursor; }

Q_SIGNALS:
    // A frame drawn (the window asks for an image's file, adds the frame, goes on).
    void frameDrawn(paiban::FrameKind kind, const paiban::Rect& rect);

private:
    Rect drawn(const QPointF& at) const;

    ToolKind kind_;
    bool drawing_ = false;
    QPointF start_;
    std::optional<Rect> preview_;
};

}  // namespace paiban::editor
