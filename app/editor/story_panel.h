// The story editor: a long article's text in a plain text editor beside the page, the
// page reflowing as it is typed in (Chinese input methods work as in any Qt text field).
// Every change becomes a TypeTextCommand; undo brings the text back here too.
#pragma once

#include <QWidget>
#include <optional>

#include "display/line_index.h"
#include "model/document.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace paiban::editor {

class DeferredCall;
class EditSession;

class StoryPanel : public QWidget {
    Q_OBJECT
public:
    explicit StoryPanel(EditSession* session, QWidget* parent = nullptr);
    // The story to edit (empty: none); shown once the event being handled is done.
    void setStory(const QString& storyId);
    QString storyId() const { return storyId_; }
    QPlainTextEdit* textEdit() const { return edit_; }
    QComboBox* characterStyleBox() const { return characterStyles_; }
    // Gives the selected text the character style chosen in the panel.
    void applyCharacterStyleToSelection() { applyCharacterStyle(); }
    // Characters, lines set, and how far the story runs over or under its frames.
    static QString fitCount(const StoryLines* lines);
    // Shows a story with [anchor, caret) selected (the caret on the page): the boxes show
    // the styles at the caret, and apply theirs to that selection.
    void showSelection(const QString& storyId, int anchor, int caret);
    // The story whose text the editor shows now and its selection [from, to) (from == to:
    // the cursor); empty when it shows none.
    QString shownStory() const { return shownStory_; }
    std::pair<int, int> selection() const;

Q_SIGNALS:
    // Add Note… from the text's context menu, on [from, to) of the story shown.
    void addNoteRequested(const QString& storyId, int from, int to);

private:
    void showStory();
    void showStylesAtCursor();
    void contentsChanged(int position, int removed, int added);
    void applyStyle();
    void applyCharacterStyle();

    EditSession* session_;
    DeferredCall* refresh_;
    QString storyId_;
    // The story whose text the editor holds, and that text as the story had it when it was
    // last shown or changed here (a change elsewhere may not be shown yet).
    QString shownStory_, shownText_;
    std::optional<StyleSheet> shownStyles_;                // the sheet the style boxes list
    std::optional<std::pair<int, int>> pendingSelection_;  // to show once the text is shown
    bool updating_ = false;
    QLabel* title_;
    QLabel* count_;
    QPlainTextEdit* edit_;
    QComboBox* styles_;
    QComboBox* characterStyles_;
};

}  // namespace paiban::editor
