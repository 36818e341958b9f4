// The text tool: editing a story on the page. A caret and a selection by grapheme cluster,
// word (double-click; Chinese words from ICU's dictionary) and paragraph (triple-click);
// drag selection across lines, columns and threaded frames; Shift+click and Shift+keys
// extend; Home/End by line, Ctrl+Home/End by story, Ctrl+Left/Right by word, Up/Down
// keeping the caret's place across lines and columns; typing, Backspace and Delete (Ctrl:
// a word), Return; an input method's pre-edit drawn at the caret; cut, copy, paste (and
// paste joining a PDF's lines), select all. Every edit is a TypeTextCommand.
#pragma once

#include <QElapsedTimer>
#include <QString>
#include <optional>

#include "editor/commands.h"
#include "editor/tools/tool.h"

namespace paiban::editor {

class TextTool : public Tool {
    Q_OBJECT
public:
    using Tool::Tool;
    ToolKind kind() const override { return ToolKind::Text; }

    // Starts editing a story with the caret at `offset` (clamped to a caret place).
    void edit(const QString& storyId, int offset);
    QString story() const { return story_; }
    int caret() const { return caret_; }
    int anchor() const { return anchor_; }
    int selectionStart() const { return std::min(anchor_, caret_); }
    int selectionEnd() const { return std::max(anchor_, caret_); }
    bool hasSelection() const { return anchor_ != caret_; }
    void select(int anchor, int caret);
    // After every layout: editing ends if the story has gone (an undo), the caret stays
    // within its text.
    void followLayout();

    void cut();
    void copy() const;
    void paste(bool joinLines = false);
    void selectAll();

    void deactivate() override;
    void mousePress(QMouseEvent& event, const QPointF& at) override;
    void mouseMove(QMouseEvent& event, const QPointF& at) override;
    void mouseRelease(QMouseEvent& event, const QPointF& at) override;
    void mouseDoubleClick(QMouseEvent& event, const QPointF& at) override;
    bool keyPress(QKeyEvent& event) override;
    bool overridesShortcut(const QKeyEvent& event) const override;
    bool acceptsInputMethod() const override { return true; }
    void inputMethod(QInputMethodEvent& event) override;
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;
    void paintOverlay(QPainter& painter) const override;
    QCursor cursorAt(const QPointF&) const override { return Qt::IBeamCursor; }

Q_SIGNALS:
    // Editing ends (Escape, a click away from the text: the press, to pass on to the select
    // tool).
    void finished();
    void pressedOutside(QMouseEvent& event, const QPointF& at);
    // The caret or the selection moved, or the story changed: the panels show the styles
    // at the caret and apply theirs to the selection.
    void caretMoved(const QString& storyId, int anchor, int caret);

private:
    QString text() const;
    void moveCaret(int to, bool extend, bool atLineEnd = false);
    // Replaces the selection, or else [from, to), with `inserted`.
    void replace(int from, int to, const QString& inserted, TextEditKind kind);
    void update();

    QString story_;
    int caret_ = 0, anchor_ = 0;
    bool atLineEnd_ = false;       // the caret shows at the end of its line, not the next's
    std::optional<double> goalX_;  // Up/Down keep it, from the line's left edge
    QString preedit_;              // an input method's text not yet committed
    bool dragging_ = false;
    // A press soon after a double-click at the same place selects the paragraph.
    QElapsedTimer sinceDoubleClick_;
    QPointF doubleClickedAt_;
};

}  // namespace paiban::editor
