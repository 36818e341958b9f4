#include "editor/story_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPaintEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>
#include <memory>

#include "editor/commands.h"
#include "editor/deferred_call.h"
#include "editor/edit_session.h"
#include "model/text_edit.h"

namespace paiban::editor {
namespace {

// How wide the gutter of paragraph style names is, in average characters of the font.
constexpr int kStyleGutterChars = 12;

// The story's text, each paragraph's style beside it in a gutter (InCopy's galley view).
// Undo and redo are the edition's (Edit › Undo, Ctrl+Z, Ctrl+Y), not a second history of
// the text field's own that would disagree with it.
class StoryTextEdit : public QPlainTextEdit {
public:
    explicit StoryTextEdit(QWidget* parent) : QPlainTextEdit(parent), gutter_(new Gutter(this)) {
        setUndoRedoEnabled(false);
        setViewportMargins(gutterWidth(), 0, 0, 0);
        connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect& rect, int dy) {
            if (dy != 0)
                gutter_->scroll(0, dy);
            else
                gutter_->update(0, rect.y(), gutter_->width(), rect.height());
        });
    }
    // The paragraph styles to show beside the paragraphs, in order.
    void setStyles(QStringList styles) {
        styles_ = std::move(styles);
        gutter_->update();
    }

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
    void resizeEvent(QResizeEvent* event) override {
        QPlainTextEdit::resizeEvent(event);
        const QRect area = contentsRect();
        gutter_->setGeometry(area.left(), area.top(), gutterWidth(), area.height());
    }

private:
    class Gutter : public QWidget {
    public:
        explicit Gutter(StoryTextEdit* edit) : QWidget(edit), edit_(edit) {}

    protected:
        void paintEvent(QPaintEvent* event) override {
            QPainter painter(this);
            painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
            painter.setPen(palette().color(QPalette::PlaceholderText));
            QTextBlock block = edit_->firstVisibleBlock();
            double top =
                edit_->blockBoundingGeometry(block).translated(edit_->contentOffset()).top();
            const QFontMetrics metrics(font());
            while (block.isValid() && top <= event->rect().bottom()) {
                const double height = edit_->blockBoundingRect(block).height();
                const int number = block.blockNumber();
                if (block.isVisible() && number < edit_->styles_.size()) {
                    painter.drawText(
                        QRectF(2, top, width() - 6, metrics.height()),
                        Qt::AlignRight | Qt::AlignTop,
                        metrics.elidedText(edit_->styles_[number], Qt::ElideRight, width() - 8));
                }
                block = block.next();
                top += height;
            }
        }

    private:
        StoryTextEdit* edit_;
    };

    int gutterWidth() const { return fontMetrics().averageCharWidth() * kStyleGutterChars; }

    Gutter* gutter_;
    QStringList styles_;
};

}  // namespace

StoryPanel::StoryPanel(EditSession* session, QWidget* parent) : QWidget(parent), session_(session) {
    title_ = new QLabel(this);
    title_->setWordWrap(true);  // a long story name wraps; it never widens the window
    count_ = new QLabel(this);
    count_->setWordWrap(true);
    edit_ = new StoryTextEdit(this);
    edit_->setEnabled(false);
    // The text box's own menu, and a note on its selection.
    edit_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(edit_, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        std::unique_ptr<QMenu> menu(edit_->createStandardContextMenu());
        menu->addSeparator();
        QAction* add = menu->addAction(tr("Add &Note…"));
        add->setEnabled(!shownStory_.isEmpty());
        connect(add, &QAction::triggered, this, [this] {
            const auto [from, to] = selection();
            Q_EMIT addNoteRequested(shownStory_, from, to);
        });
        menu->exec(edit_->viewport()->mapToGlobal(at));
    });
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
    layout->addWidget(count_);
    layout->addWidget(edit_, 1);
    layout->addLayout(styleRow);
    layout->addLayout(characterRow);
    connect(edit_->document(), &QTextDocument::contentsChange, this, &StoryPanel::contentsChanged);
    connect(apply, &QPushButton::clicked, this, &StoryPanel::applyStyle);
    refresh_ = new DeferredCall(this, [this] { showStory(); });
    connect(session_, &EditSession::laidOut, refresh_, &DeferredCall::request);
}

// Copy-fitting at a glance: characters, lines as set in the page's columns, and how far
// the story runs over its frames (characters overset) or under them (lines free).
QString StoryPanel::fitCount(const StoryLines* lines) {
    if (!lines)
        return {};
    QString count =
        tr("%1 characters · %n line(s) set", nullptr, static_cast<int>(lines->lines.size()))
            .arg(QLocale().toString(lines->characters));
    if (lines->oversetCharacters > 0)
        count += tr(" · %n character(s) over", nullptr, lines->oversetCharacters);
    else
        count += tr(" · %n line(s) free", nullptr, lines->spareLines);
    return count;
}

std::pair<int, int> StoryPanel::selection() const {
    const QTextCursor cursor = edit_->textCursor();
    return {cursor.selectionStart(), cursor.selectionEnd()};
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
    count_->setText(story ? fitCount(session_->display().lines.story(storyId_)) : QString());
    QStringList paragraphStyles;
    if (story) {
        for (const Paragraph& p : story->paragraphs)
            paragraphStyles << p.style;
    }
    static_cast<StoryTextEdit*>(edit_)->setStyles(paragraphStyles);
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
