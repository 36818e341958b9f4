// Threading by clicks: started by a click on a text frame's out-port (or Edit › Thread
// Frames), the tool carries the story; a click on another text frame continues the story
// there, a click on the frame that already follows (or a double-click on the out-port)
// breaks the thread there, a click on nothing, Escape or the right button puts it down. A
// click on a frame's in-port picks up the thread coming into it. Pages may be changed in between:
// the thread runs across pages as the story does.
#pragma once

#include <QString>

#include "editor/tools/tool.h"

namespace paiban::editor {

class ThreadTool : public Tool {
    Q_OBJECT
public:
    using Tool::Tool;
    ToolKind kind() const override { return ToolKind::Thread; }
    // The frame whose story the next click continues.
    void start(const QString& fromFrameId);
    QString from() const { return from_; }
    void deactivate() override;
    void mousePress(QMouseEvent& event, const QPointF& at) override;
    void mouseMove(QMouseEvent& event, const QPointF& at) override;
    // A double-click on the out-port that started the thread breaks the thread there.
    void mouseDoubleClick(QMouseEvent& event, const QPointF& at) override;
    bool keyPress(QKeyEvent& event) override;
    void paintOverlay(QPainter& painter) const override;
    QCursor cursorAt(const QPointF& at) const override;

Q_SIGNALS:
    // The tool is put down (threaded, broken, or given up): back to selecting.
    void finished(const QString& selectFrameId);
    // Why a click did nothing, in the user's language, for the status bar.
    void refused(const QString& why);

private:
    enum class Outcome { Nothing, Thread, Break, Refused };
    Outcome outcomeAt(const QPointF& at, QString* frameId, QString* why) const;

    QString from_;
    QPointF hover_;
    bool hovering_ = false;
};

}  // namespace paiban::editor
