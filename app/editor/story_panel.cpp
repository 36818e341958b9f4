#include "editor/story_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

#include "editor/commands.h"
#include "editor/deferred_call.h"
#include "editor/edit_session.h"
#include "model/text_edit.h"

namespace paiban::editor {
namespace {

// The story's text: undo and redo are the edition's (Edit › Undo, Ctrl+Z, Ctrl+Y), not a
// second history of the text field's own that would disagree with it.
class StoryTextEdit : public QPlainTextEdit {
public:
    explicit StoryTextEdit(QWidget* parent) : QPlainTextEdit(parent) { setUndoRedoEnabled(false); }

protected:
    bool event(QEvent* event) override {
        if (event->type() == QEvent::ShortcutOverride) {
            auto* key = static_cast<QKeyEvent*>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
                (key->key() == Qt::Key_Y && key->modifiers() == Qt::ControlModifier)) {
                event->ignore();  // left to the window's Undo and Redo actions
                return true;
            }
        }
        return QPlainTextEdit::event(event);
    }
};

}  // namespace

StoryPanel::StoryPanel(EditSession* session, QWidget* parent) : QWidget(parent), session_(session) {
    title_ = new QLabel(this);
    title_->setWordWrap(true);  // a long story name wraps; it never widens the window
    edit_ = new StoryTextEdit(this);
    edit_->setEnabled(false);
    styles_ = new QComboBox(this);
    styles_->setToolTip(tr("Paragraph style"));
    auto* apply = new QPushButton(tr("Apply to Paragraph"), this);
    auto* styleRow = new QHBoxLayout;
    styleRow->addWidget(styles_, 1);
    styleRow->addWidget(apply);
    characterStyles_ = new QComboBox(this);
    characterStyles_->setToolTip(tr("Character style"));
    auto* applyCharacter = new QPushButton(tr("Apply to Selection"), this);
    auto* characterRow = new QHBoxLayout;
    characterRow->addWidget(characterStyles_, 1);
    characterRow->addWidget(applyCharacter);
    connect(applyCharacter, &QPushButton::clicked, this, &StoryPanel::applyCharacterStyle);
    connect(edit_, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (!updating_)
            showStylesAtCursor();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(edit_, 1);
    layout->addLayout(styleRow);
    layout->addLayout(characterRow);
    connect(edit_->document(), &QTextDocument::contentsChange, this, &StoryPanel::contentsChanged);
    connect(apply, &QPushButton::clicked, this, &StoryPanel::applyStyle);
    refresh_ = new DeferredCall(this, [this] { showStory(); });
    connect(session_, &EditSession::laidOut, refresh_, &DeferredCall::request);
}

void StoryPanel::showSelection(const QString& storyId, int anchor, int caret) {
    pendingSelection_ = std::pair{anchor, caret};
    storyId_ = storyId;
    refresh_->request();
}

// The paragraph style of the paragraph at the cursor, and the character style of the run
// the cursor stands after (the one typed text would take), shown in the boxes.
void StoryPanel::showStylesAtCursor() {
    const Story* story = session_->hasDocument() ? session_->edition().story(shownStory_) : nullptr;
    if (!story)
        return;
    const TextPosition at = positionOf(*story, edit_->textCursor().position());
    if (at.paragraph >= static_cast<int>(story->paragraphs.size()))
        return;
    const Paragraph& paragraph = story->paragraphs[static_cast<size_t>(at.paragraph)];
    const QSignalBlocker blockStyles(styles_);
    styles_->setCurrentText(paragraph.style);
    QString character;
    int start = 0;
    for (const TextRun& run : paragraph.runs) {
        const int end = start + static_cast<int>(run.text.size());
        if (at.offset > start && at.offset <= end) {
            character = run.characterStyle;
            break;
        }
        if (at.offset == 0 && start == 0) {
            character = run.characterStyle;
            break;
        }
        start = end;
    }
    const QSignalBlocker blockCharacters(characterStyles_);
    if (character.isEmpty())
        characterStyles_->setCurrentIndex(0);
    else
        characterStyles_->setCurrentText(character);
}

void StoryPanel::setStory(const QString& storyId) {
    if (storyId == storyId_)
        return;
    storyId_ = storyId;
    refresh_->request();
}

void StoryPanel::showStory() {
    const Story* story = session_->hasDocument() && !storyId_.isEmpty()
                             ? session_->edition().story(storyId_)
                             : nullptr;
    edit_->setEnabled(story != nullptr);
    title_->setText(story ? tr("Story: %1").arg(story->name.isEmpty() ? story->id : story->name)
                          : tr("Select a text frame to edit its story."));
    // The style lists follow the sheet (typing changes no style: they stay as they are).
    const std::optional<StyleSheet> sheet =
        session_->hasDocument() ? std::optional(session_->edition().styles) : std::nullopt;
    if (sheet != shownStyles_) {
        shownStyles_ = sheet;
        const QString current = styles_->currentText();
        styles_->clear();
        if (sheet) {
            for (const ParagraphStyle& s : sheet->paragraphStyles)
                styles_->addItem(QString::fromStdString(s.name));
        }
        styles_->setCurrentText(current);
        const QString currentCharacter = characterStyles_->currentText();
        characterStyles_->clear();
        characterStyles_->addItem(tr("(none)"));
        if (sheet) {
            for (const CharacterStyle& s : sheet->characterStyles)
                characterStyles_->addItem(QString::fromStdString(s.name));
        }
        characterStyles_->setCurrentText(currentCharacter);
    }
    const QString text = story ? storyPlainText(*story) : QString();
    shownStory_ = story ? storyId_ : QString();
    shownText_ = text;
    if (text != edit_->toPlainText()) {
        // Changed elsewhere (undo, the page): show it, keeping the caret where it was.
        updating_ = true;
        const int caret = edit_->textCursor().position();
        edit_->setPlainText(text);
        QTextCursor cursor = edit_->textCursor();
        cursor.setPosition(std::min(caret, static_cast<int>(text.size())));
        edit_->setTextCursor(cursor);
        updating_ = false;
    }
    if (pendingSelection_) {  // the page's selection, mirrored
        const int size = static_cast<int>(text.size());
        QTextCursor cursor = edit_->textCursor();
        cursor.setPosition(std::clamp(pendingSelection_->first, 0, size));
        cursor.setPosition(std::clamp(pendingSelection_->second, 0, size), QTextCursor::KeepAnchor);
        const QSignalBlocker block(edit_);
        edit_->setTextCursor(cursor);
        edit_->ensureCursorVisible();
        pendingSelection_.reset();
    }
    showStylesAtCursor();
}

void StoryPanel::contentsChanged(int position, int removed, int added) {
    if (updating_ || shownStory_.isEmpty() || !session_->hasDocument())
        return;
    const Story* story = session_->edition().story(shownStory_);
    if (!story)
        return;
    const QString now = edit_->toPlainText();
    const QString storyText = storyPlainText(*story);
    TypeTextCommand* command = nullptr;
    if (storyText == shownText_ && position >= 0 && position + added <= now.size()) {
        command =
            new TypeTextCommand(session_, shownStory_, position, removed, now.mid(position, added));
    } else {
        // The story changed elsewhere since it was shown here (the refresh has not run
        // yet): what the editor holds now replaces what differs, so nothing typed is lost
        // and nothing lands in the wrong place.
        const int common = static_cast<int>(
            std::mismatch(storyText.begin(), storyText.end(), now.begin(), now.end()).first -
            storyText.begin());
        int tail = 0;
        while (tail < storyText.size() - common && tail < now.size() - common &&
               storyText[storyText.size() - 1 - tail] == now[now.size() - 1 - tail])
            ++tail;
        command = new TypeTextCommand(session_, shownStory_, common,
                                      static_cast<int>(storyText.size()) - common - tail,
                                      now.mid(common, now.size() - common - tail));
    }
    shownText_ = now;
    if (!command->changesSomething()) {
        delete command;
        return;
    }
    session_->push(command);
}

void StoryPanel::applyStyle() {
    if (storyId_.isEmpty() || styles_->currentText().isEmpty())
        return;
    const QTextCursor cursor = edit_->textCursor();
    const int first = edit_->document()->findBlock(cursor.selectionStart()).blockNumber();
    const int last = edit_->document()->findBlock(cursor.selectionEnd()).blockNumber();
    session_->push(
        new ApplyParagraphStyleCommand(session_, storyId_, first, last, styles_->currentText()));
}

void StoryPanel::applyCharacterStyle() {
    const QTextCursor cursor = edit_->textCursor();
    if (storyId_.isEmpty() || !cursor.hasSelection())
        return;
    const QString style =
        characterStyles_->currentIndex() <= 0 ? QString() : characterStyles_->currentText();
    session_->push(new ApplyCharacterStyleCommand(session_, storyId_, cursor.selectionStart(),
                                                  cursor.selectionEnd(), style));
}

}  // namespace paiban::editor
