// The story editor: a long article's text in a plain text editor beside the page, the
// page reflowing as it is typed in (Chinese input methods work as in any Qt text field).
// Every change becomes a TypeTextCommand; undo brings the text back here too.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace paiban::editor {

class EditSession;

class StoryPanel : public QWidget {
    Q_OBJECT
public:
    explicit StoryPanel(EditSession* session, QWidget* parent = nullptr);
    // The story to edit (empty: none).
    void setStory(const QString& storyId);
    QString storyId() const { return storyId_; }
    QPlainTextEdit* textEdit() const { return edit_; }
    QComboBox* characterStyleBox() const { return characterStyles_; }
    // Gives the selected text the character style chosen in the panel.
    void applyCharacterStyleToSelection() { applyCharacterStyle(); }

private:
    void showStory();
    void contentsChanged(int position, int removed, int added);
    void applyStyle();
    void applyCharacterStyle();

    EditSession* session_;
    QString storyId_;
    QString shown_;  // the text the editor holds, as the story had it
    bool updating_ = false;
    QLabel* title_;
    QPlainTextEdit* edit_;
    QComboBox* styles_;
    QComboBox* characterStyles_;
};

}  // namespace paiban::editor
