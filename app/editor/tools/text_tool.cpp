#include "editor/tools/text_tool.h"

#include <QApplication>
#include <QClipboard>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleHints>

#include "editor/canvas/page_canvas.h"
#include "editor/edit_session.h"
#include "io/pasted_text.h"
#include "model/text_edit.h"
#include "text/text_boundaries.h"

namespace paiban::editor {
namespace {

// A triple-click is a press this close (screen pixels) to the double-click before it.
constexpr double kTripleClickSlopPx = 4;
// The selection's colour and the caret's, as the page view has always drawn them.
const QColor kSelection(30, 120, 220, 70);
const QColor kCaret(220, 30, 30);
const QColor kPreedit(30, 120, 220);

}  // namespace

QString TextTool::text() const {
    const Story* s = session_->hasDocument() ? session_->edition().story(story_) : nullptr;
    return s ? storyPlainText(*s) : QString();
}

void TextTool::edit(const QString& storyId, int offset) {
    story_ = storyId;
    const QString t = text();
    caret_ = anchor_ = graphemeBoundaryAtOrBefore(t, offset);
    atLineEnd_ = false;
    goalX_.reset();
    preedit_.clear();
    canvas_->setFocus();
    update();
}

void TextTool::select(int anchor, int caret) {
    const QString t = text();
    anchor_ = graphemeBoundaryAtOrBefore(t, anchor);
    caret_ = graphemeBoundaryAtOrBefore(t, caret);
    atLineEnd_ = false;
    goalX_.reset();
    update();
}

void TextTool::followLayout() {
    if (story_.isEmpty())
        return;
    if (!session_->hasDocument() || !session_->edition().story(story_)) {
        story_.clear();
        Q_EMIT finished();  // its story went (an undo, a deleted frame)
        return;
    }
    const QString t = text();
    caret_ = graphemeBoundaryAtOrBefore(t, caret_);
    anchor_ = graphemeBoundaryAtOrBefore(t, anchor_);
    update();
}

void TextTool::update() {
    canvas_->viewport()->update();
    Q_EMIT caretMoved(story_, anchor_, caret_);
}

void TextTool::deactivate() {
    story_.clear();
    preedit_.clear();
    dragging_ = false;
    canvas_->viewport()->update();
}

void TextTool::moveCaret(int to, bool extend, bool atLineEnd) {
    caret_ = to;
    atLineEnd_ = atLineEnd;
    if (!extend)
        anchor_ = caret_;
    update();
}

void TextTool::replace(int from, int to, const QString& inserted, TextEditKind kind) {
    if (hasSelection()) {
        from = selectionStart();
        to = selectionEnd();
        kind = TextEditKind::Replacing;  // a selection typed over or deleted: a step alone
    }
    caret_ = anchor_ = from + static_cast<int>(inserted.size());
    atLineEnd_ = false;
    goalX_.reset();
    if (from != to || !inserted.isEmpty()) {
        auto* command = new TypeTextCommand(session_, story_, from, to - from, inserted, kind);
        if (command->changesSomething())
            session_->push(command);
        else
            delete command;
    }
    update();
}

// Clipboard ------------------------------------------------------------------------------

void TextTool::copy() const {
    if (hasSelection())
        QGuiApplication::clipboard()->setText(
            text().mid(selectionStart(), selectionEnd() - selectionStart()));
}

void TextTool::cut() {
    if (!hasSelection())
        return;
    copy();
    replace(caret_, caret_, QString(), TextEditKind::Replacing);
}

// Plain text and HTML, as Word, WPS and browsers put them on the clipboard: paragraphs
// kept, formatting dropped. An empty clipboard does nothing.
void TextTool::paste(bool joinLines) {
    const QMimeData* data = QGuiApplication::clipboard()->mimeData();
    if (!data)
        return;
    const QString pasted = pastedText(data->hasText() ? data->text() : QString(),
                                      data->hasHtml() ? data->html() : QString(),
                                      joinLines ? PasteLines::Joined : PasteLines::AsTheyAre);
    if (!pasted.isEmpty())
        replace(caret_, caret_, pasted, TextEditKind::Replacing);
}

void TextTool::selectAll() {
    anchor_ = 0;
    caret_ = static_cast<int>(text().size());
    update();
}

// Mouse ----------------------------------------------------------------------------------

void TextTool::mousePress(QMouseEvent& event, const QPointF& at) {
    if (event.button() != Qt::LeftButton)
        return;
    const LineIndex* lines = canvas_->lines();
    const auto hit = lines->textAt(canvas_->pageIndex(), at);
    if (!hit) {
        // Away from any text: editing ends, and the press is the select tool's.
        Q_EMIT pressedOutside(event, at);
        return;
    }
    const bool extend = event.modifiers() & Qt::ShiftModifier;
    if (hit->storyId != story_) {
        edit(hit->storyId, hit->offset);
    } else if (sinceDoubleClick_.isValid() &&
               sinceDoubleClick_.elapsed() <
                   QGuiApplication::styleHints()->mouseDoubleClickInterval() &&
               QLineF(canvas_->toViewport(at), canvas_->toViewport(doubleClickedAt_)).length() <
                   kTripleClickSlopPx) {
        // A triple-click: the paragraph.
        const QString t = text();
        const int start = static_cast<int>(t.lastIndexOf(u'\n', std::max(0, hit->offset - 1)) + 1);
        int end = static_cast<int>(t.indexOf(u'\n', hit->offset));
        if (end < 0)
            end = static_cast<int>(t.size());
        select(hit->offset < start ? 0 : start, end);
        sinceDoubleClick_.invalidate();
        return;
    } else {
        moveCaret(graphemeBoundaryAtOrBefore(text(), hit->offset), extend, hit->atLineEnd);
    }
    goalX_.reset();
    dragging_ = true;
}

// A drag selects across lines, columns and the frames of the story's thread on the page:
// the nearest caret place of the story to the pointer, wherever it is.
void TextTool::mouseMove(QMouseEvent&, const QPointF& at) {
    if (!dragging_ || story_.isEmpty())
        return;
    if (const auto hit = canvas_->lines()->nearestIn(story_, canvas_->pageIndex(), at))
        moveCaret(graphemeBoundaryAtOrBefore(text(), hit->offset), true, hit->atLineEnd);
}

void TextTool::mouseRelease(QMouseEvent&, const QPointF&) {
    dragging_ = false;
}

// A double-click: the word (an ideograph word from ICU's dictionary).
void TextTool::mouseDoubleClick(QMouseEvent& event, const QPointF& at) {
    const auto hit = canvas_->lines()->textAt(canvas_->pageIndex(), at);
    if (!hit) {
        Q_EMIT pressedOutside(event, at);
        return;
    }
    if (hit->storyId != story_)
        edit(hit->storyId, hit->offset);
    const QString t = text();
    // Within its paragraph: a word never runs across a paragraph break.
    const int start = static_cast<int>(t.lastIndexOf(u'\n', std::max(0, hit->offset - 1)) + 1);
    int end = static_cast<int>(t.indexOf(u'\n', hit->offset));
    if (end < 0)
        end = static_cast<int>(t.size());
    const QString paragraph = t.mid(start, end - start);
    const auto [from, to] = wordAround(paragraph, hit->offset - start);
    select(start + from, start + to);
    dragging_ = false;
    sinceDoubleClick_.start();
    doubleClickedAt_ = at;
}

// Keys -----------------------------------------------------------------------------------

bool TextTool::overridesShortcut(const QKeyEvent& key) const {
    if (story_.isEmpty())
        return false;
    const Qt::KeyboardModifiers commands =
        key.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    switch (key.key()) {
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Home:
        case Qt::Key_End:
            return !(commands & ~Qt::ControlModifier);  // with Ctrl too: by word, by story
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Escape:
            return !commands;
        default:
            break;
    }
    // Typed text: letters are not tool shortcuts while text is edited.
    return !key.text().isEmpty() && key.text().at(0).isPrint() && !commands;
}

bool TextTool::keyPress(QKeyEvent& event) {
    if (story_.isEmpty())
        return false;
    const QString t = text();
    const bool extend = event.modifiers() & Qt::ShiftModifier;
    const bool byWord = event.modifiers() & Qt::ControlModifier;
    const LineIndex* lines = canvas_->lines();
    switch (event.key()) {
        case Qt::Key_Escape:
            Q_EMIT finished();
            return true;
        case Qt::Key_Left:
        case Qt::Key_Right: {
            const bool forward = event.key() == Qt::Key_Right;
            goalX_.reset();
            if (!extend && hasSelection() && !byWord) {  // a selection collapses to its edge
                moveCaret(forward ? selectionEnd() : selectionStart(), false);
            } else if (byWord) {
                moveCaret(forward ? nextWordStart(t, caret_) : previousWordStart(t, caret_),
                          extend);
            } else {
                moveCaret(
                    forward ? nextGraphemeBoundary(t, caret_) : previousGraphemeBoundary(t, caret_),
                    extend);
            }
            return true;
        }
        case Qt::Key_Up:
        case Qt::Key_Down: {
            if (!goalX_)
                goalX_ = lines->xInLine(story_, caret_, atLineEnd_);
            const double goal = *goalX_;
            const LineIndex::TextHit to = event.key() == Qt::Key_Up
                                              ? lines->lineAbove(story_, caret_, atLineEnd_, goal)
                                              : lines->lineBelow(story_, caret_, atLineEnd_, goal);
            moveCaret(graphemeBoundaryAtOrBefore(t, to.offset), extend, to.atLineEnd);
            goalX_ = goal;  // kept through a column of short lines
            return true;
        }
        case Qt::Key_Home:
        case Qt::Key_End: {
            goalX_.reset();
            const bool home = event.key() == Qt::Key_Home;
            const int to = byWord ? (home ? 0 : static_cast<int>(t.size()))
                           : home ? lines->lineStart(story_, caret_, atLineEnd_)
                                  : lines->lineEnd(story_, caret_, atLineEnd_);
            moveCaret(to, extend, !byWord && !home);  // End: at the end of this line
            return true;
        }
        case Qt::Key_Backspace:
            replace(byWord ? previousWordStart(t, caret_) : previousGraphemeBoundary(t, caret_),
                    caret_, QString(), TextEditKind::Deleting);
            return true;
        case Qt::Key_Delete:
            replace(caret_, byWord ? nextWordStart(t, caret_) : nextGraphemeBoundary(t, caret_),
                    QString(), TextEditKind::Deleting);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            replace(caret_, caret_, QStringLiteral("\n"), TextEditKind::Typing);
            return true;
        default:
            break;
    }
    const QString typed = event.text();
    if (!typed.isEmpty() && typed.at(0).isPrint() &&
        !(event.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        replace(caret_, caret_, typed, TextEditKind::Typing);
        return true;
    }
    return false;
}

// Chinese input: the pre-edit string shows at the caret; only what is committed enters
// the story.
void TextTool::inputMethod(QInputMethodEvent& event) {
    if (story_.isEmpty())
        return;
    if (!event.commitString().isEmpty())
        replace(caret_, caret_, event.commitString(), TextEditKind::Typing);
    preedit_ = event.preeditString();
    canvas_->viewport()->update();
}

QVariant TextTool::inputMethodQuery(Qt::InputMethodQuery query) const {
    if (story_.isEmpty())
        return {};
    switch (query) {
        case Qt::ImEnabled:
            return true;
        case Qt::ImCursorRectangle: {
            const auto caret = canvas_->lines()->caretAt(story_, caret_, atLineEnd_);
            if (!caret)
                return QRect();
            const QPointF top = canvas_->toViewport(caret->top);
            return QRectF(top, QSizeF(1, caret->height * canvas_->pixelsPerPoint()))
                .toAlignedRect();
        }
        case Qt::ImCursorPosition:
            return caret_;
        case Qt::ImAnchorPosition:
            return anchor_;
        default:
            return {};
    }
}

void TextTool::paintOverlay(QPainter& painter) const {
    if (story_.isEmpty())
        return;
    const LineIndex* lines = canvas_->lines();
    const int page = canvas_->pageIndex();
    for (const LineIndex::Band& band : lines->bandsOf(story_, selectionStart(), selectionEnd())) {
        if (band.page == page)
            painter.fillRect(QRectF(band.rect.x, band.rect.y, band.rect.width, band.rect.height),
                             kSelection);
    }
    const auto caret = lines->caretAt(story_, caret_, atLineEnd_);
    if (!caret || caret->page != page)
        return;
    const double px = canvas_->pixelsToPoints(1);
    if (!preedit_.isEmpty()) {
        QFont font = painter.font();
        font.setPointSizeF(caret->height * 0.8);
        painter.setFont(font);
        const QRectF box(caret->top, QSizeF(caret->height * preedit_.size(), caret->height));
        painter.fillRect(box, Qt::white);
        painter.setPen(QPen(kPreedit, px));
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, preedit_);
        painter.drawLine(box.bottomLeft(), box.bottomRight());  // pre-edit is underlined
    }
    painter.setPen(QPen(kCaret, 1.5 * px));
    painter.drawLine(caret->top, caret->top + QPointF(0, caret->height));
}

}  // namespace paiban::editor
