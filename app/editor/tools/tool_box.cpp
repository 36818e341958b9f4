#include "editor/tools/tool_box.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <limits>

#include "editor/canvas/page_canvas.h"
#include "editor/edit_session.h"
#include "editor/tools/frame_tool.h"
#include "editor/tools/place_tool.h"
#include "editor/tools/select_tool.h"
#include "editor/tools/text_tool.h"
#include "editor/tools/thread_tool.h"

namespace paiban::editor {
namespace {

struct ToolEntry {
    ToolKind kind;
    const char* name;
    const char* key;  // while the page has the focus (empty: none)
};

// The Tools menu, with FIT's and InDesign's single keys.
const ToolEntry kTools[] = {
    {ToolKind::Select, QT_TRANSLATE_NOOP("paiban::editor::ToolBox", "&Select"), "V"},
    {ToolKind::TextFrame, QT_TRANSLATE_NOOP("paiban::editor::ToolBox", "&Text Frame"), "T"},
    {ToolKind::ImageFrame, QT_TRANSLATE_NOOP("paiban::editor::ToolBox", "&Image Frame"), "F"},
    {ToolKind::Box, QT_TRANSLATE_NOOP("paiban::editor::ToolBox", "&Box"), "B"},
    {ToolKind::Rule, QT_TRANSLATE_NOOP("paiban::editor::ToolBox", "&Rule"), "L"},
    {ToolKind::Text, QT_TRANSLATE_NOOP("paiban::editor::ToolBox", "&Edit Text"), ""},
};

}  // namespace

ToolBox::ToolBox(PageCanvas* canvas, EditSession* session, QObject* parent)
    : QObject(parent), canvas_(canvas), group_(new QActionGroup(this)) {
    select_ = new SelectTool(canvas, session);
    text_ = new TextTool(canvas, session);
    tools_ = {select_};
    for (ToolKind kind :
         {ToolKind::TextFrame, ToolKind::ImageFrame, ToolKind::Box, ToolKind::Rule}) {
        auto* frame = new FrameTool(canvas, session, kind);
        frames_.push_back(frame);
        tools_.push_back(frame);
        // A frame drawn: back to selecting (the window selects the new frame).
        connect(
            frame, &FrameTool::frameDrawn, this, [this] { setCurrent(ToolKind::Select); },
            Qt::QueuedConnection);
    }
    tools_.push_back(text_);
    thread_ = new ThreadTool(canvas, session);
    place_ = new PlaceTool(canvas, session);
    tools_.push_back(thread_);
    tools_.push_back(place_);
    for (Tool* tool : tools_)
        tool->setParent(this);

    for (const ToolEntry& entry : kTools) {
        auto* action = new QAction(tr(entry.name), this);
        action->setCheckable(true);
        if (*entry.key) {
            action->setShortcut(QKeySequence(QString::fromLatin1(entry.key)));
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            canvas->addAction(action);
        }
        group_->addAction(action);
        const ToolKind kind = entry.kind;
        connect(action, &QAction::triggered, this, [this, kind] {
            if (kind == ToolKind::Text) {  // the selected text frame's story, from its end
                editText(QString(), -1);
                return;
            }
            setCurrent(kind);
        });
        actions_.push_back(action);
    }
    connect(select_, &SelectTool::editTextRequested, this, &ToolBox::editText);
    connect(text_, &TextTool::finished, this, [this] { setCurrent(ToolKind::Select); });
    connect(text_, &TextTool::pressedOutside, this, [this](QMouseEvent& event, const QPointF& at) {
        setCurrent(ToolKind::Select);
        select_->mousePress(event, at);  // the press selects what it landed on
    });
    connect(select_, &SelectTool::threadRequested, this, &ToolBox::startThreading);
    connect(select_, &SelectTool::message, this, &ToolBox::message);
    // Put down after the click that ends it: the tool must not be switched inside its own
    // event handler's call.
    connect(
        thread_, &ThreadTool::finished, this,
        [this](const QString& frameId) {
            setCurrent(ToolKind::Select);
            if (!frameId.isEmpty() && canvas_->session()->edition().frame(frameId).second)
                canvas_->setSelectedFrame(frameId);
        },
        Qt::QueuedConnection);
    connect(thread_, &ThreadTool::refused, this, &ToolBox::message);
    connect(
        place_, &PlaceTool::finished, this, [this] { setCurrent(ToolKind::Select); },
        Qt::QueuedConnection);
    connect(place_, &PlaceTool::placed, this,
            [this](const QString& photoId, const QString&) { canvas_->setSelectedFrame(photoId); });
    group_->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    canvas_->setTool(select_);
    actions_.front()->setChecked(true);
}

void ToolBox::startThreading(const QString& fromFrameId) {
    if (!canvas_->session()->edition().frame(fromFrameId).second)
        return;
    thread_->start(fromFrameId);
    setCurrent(ToolKind::Thread);
    Q_EMIT message(
        tr("Threading: click the text frame the story continues in (on any page); "
           "Esc to stop."));
}

void ToolBox::placePhotos(const QStringList& paths) {
    if (paths.isEmpty())
        return;
    place_->load(paths);
    setCurrent(ToolKind::Place);
    Q_EMIT message(
        tr("Placing: click a column or drag a frame; ← → change the columns; Esc to "
           "stop."));
}

Tool* ToolBox::tool(ToolKind kind) const {
    for (Tool* t : tools_) {
        if (t->kind() == kind)
            return t;
    }
    return select_;
}

ToolKind ToolBox::current() const {
    return canvas_->tool() ? canvas_->tool()->kind() : ToolKind::Select;
}

void ToolBox::setCurrent(ToolKind kind) {
    if (kind == current())
        return;
    const ToolKind was = current();
    canvas_->setTool(tool(kind));
    // A held tool's instructions go with it.
    if (was == ToolKind::Thread || was == ToolKind::Place)
        Q_EMIT message(QString());
    // The tools held only during a gesture have no entry: none is checked meanwhile.
    if (static_cast<size_t>(kind) < actions_.size())
        actions_[static_cast<size_t>(kind)]->setChecked(true);
    else if (QAction* checked = group_->checkedAction())
        checked->setChecked(false);
    Q_EMIT currentChanged(kind);
}

// Editing a story (empty: the selected text frame's, from the end of its text).
void ToolBox::editText(const QString& storyId, int offset) {
    QString story = storyId;
    if (story.isEmpty()) {
        const QString frame = canvas_->selectedFrame();
        for (const Story& s : canvas_->session()->edition().stories) {
            if (std::find(s.frameIds.begin(), s.frameIds.end(), frame) != s.frameIds.end())
                story = s.id;
        }
        if (story.isEmpty()) {  // nothing to edit: the button does not stay pressed
            if (static_cast<size_t>(current()) < actions_.size())
                actions_[static_cast<size_t>(current())]->setChecked(true);
            return;
        }
    }
    setCurrent(ToolKind::Text);
    text_->edit(story, offset < 0 ? std::numeric_limits<int>::max() : offset);
}

}  // namespace paiban::editor
