// The one place that owns the tools and their actions: the Tools menu's and toolbar's
// checkable entries (with FIT's and InDesign's single-key shortcuts while the page has the
// focus), which tool the canvas passes gestures to, and the moves between them (a
// double-click into text starts the text tool; Escape or a click away from the text ends
// it; a frame drawn goes back to selecting).
#pragma once

#include <QObject>
#include <vector>

#include "editor/tools/tool.h"

class QAction;
class QActionGroup;

namespace paiban::editor {

class FrameTool;
class PlaceTool;
class SelectTool;
class ThreadTool;
class TextTool;

class ToolBox : public QObject {
    Q_OBJECT
public:
    ToolBox(PageCanvas* canvas, EditSession* session, QObject* parent);

    Tool* tool(ToolKind kind) const;
    ToolKind current() const;
    void setCurrent(ToolKind kind);
    SelectTool* selectTool() const { return select_; }
    TextTool* textTool() const { return text_; }
    std::vector<FrameTool*> frameTools() const { return frames_; }
    // The checkable actions, in the Tools menu's order.
    const std::vector<QAction*>& actions() const { return actions_; }

    // Editing a story on the page, with the caret at `offset`.
    void editText(const QString& storyId, int offset);
    bool isEditingText() const { return current() == ToolKind::Text; }
    // Threading by clicks from this frame's out-port (the thread tool until it is put down).
    void startThreading(const QString& fromFrameId);
    // Placing these photos (absolute paths of readable images) by clicks or drags.
    void placePhotos(const QStringList& paths);
    ThreadTool* threadTool() const { return thread_; }
    PlaceTool* placeTool() const { return place_; }

Q_SIGNALS:
    void currentChanged(paiban::editor::ToolKind kind);
    // A sentence for the status bar (why a click did nothing).
    void message(const QString& text);

private:
    PageCanvas* canvas_;
    SelectTool* select_;
    TextTool* text_;
    ThreadTool* thread_;
    PlaceTool* place_;
    std::vector<FrameTool*> frames_;
    std::vector<Tool*> tools_;  // by ToolKind
    std::vector<QAction*> actions_;
    QActionGroup* group_;
};

}  // namespace paiban::editor
