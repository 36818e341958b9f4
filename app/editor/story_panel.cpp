#include "editor/story_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

#include "editor/commands.h"
#include "editor/edit_session.h"
#include "model/text_edit.h"

namespace paiban::editor {

StoryPanel::StoryPanel(EditSession* session, QWidget* parent) : QWidget(parent), session_(session) {
    title_ = new QLabel(this);
    edit_ = new QPlainTextEdit(this);
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
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(edit_, 1);
    layout->addLayout(styleRow);
    layout->addLayout(characterRow);
    connect(edit_->document(), &QTextDocument::contentsChange, this, &StoryPanel::contentsChanged);
    connect(apply, &QPushButton::clicked, this, &StoryPanel::applyStyle);
    connect(session_, &EditSession::laidOut, this, &StoryPanel::showStory);
}

void StoryPanel::setStory(const QString& storyId) {
    storyId_ = storyId;
    shown_.clear();
    showStory();
}

void StoryPanel::showStory() {
    const Story* story = session_->hasDocument() && !storyId_.isEmpty()
                             ? session_->edition().story(storyId_)
                             : nullptr;
    edit_->setEnabled(story != nullptr);
    title_->setText(story ? tr("Story: %1").arg(story->name.isEmpty() ? story->id : story->name)
                          : tr("Select a text frame to edit its story."));
    // The style list follows the sheet.
    const QString current = styles_->currentText();
    styles_->clear();
    if (session_->hasDocument()) {
        for (const ParagraphStyle& s : session_->edition().styles.paragraphStyles)
            styles_->addItem(QString::fromStdString(s.name));
    }
    styles_->setCurrentText(current);
    const QString currentCharacter = characterStyles_->currentText();
    characterStyles_->clear();
    characterStyles_->addItem(tr("(none)"));
    if (session_->hasDocument()) {
        for (const CharacterStyle& s : session_->edition().styles.characterStyles)
            characterStyles_->addItem(QString::fromStdString(s.name));
    }
    characterStyles_->setCurrentText(currentCharacter);
    const QString text = story ? storyPlainText(*story) : QString();
    if (text == edit_->toPlainText())
        return;  // typed here: the editor already shows it
    // Changed elsewhere (undo, another panel): show it, keeping the caret where it was.
    updating_ = true;
    const int caret = edit_->textCursor().position();
    edit_->setPlainText(text);
    QTextCursor cursor = edit_->textCursor();
    cursor.setPosition(std::min(caret, static_cast<int>(text.size())));
    edit_->setTextCursor(cursor);
    updating_ = false;
}

void StoryPanel::contentsChanged(int position, int removed, int added) {
    if (updating_ || storyId_.isEmpty() || !session_->hasDocument())
        return;
    const QString inserted = edit_->toPlainText().mid(position, added);
    auto* command = new TypeTextCommand(session_, storyId_, position, removed, inserted);
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
