#include "editor/tools/thread_tool.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include "editor/canvas/frame_ports.h"
#include "editor/canvas/page_canvas.h"
#include "editor/commands.h"
#include "editor/edit_session.h"
#include "model/thread_edits.h"

namespace paiban::editor {
namespace {

QString tr(const char* text) {
    // lupdate files free functions' tr() calls under the namespace they are in.
    return QCoreApplication::translate("paiban::editor", text);
}

QString wording(ThreadRefusal refusal) {
    switch (refusal) {
        case ThreadRefusal::NotText:
            return tr("Only a text frame can continue a story.");
        case ThreadRefusal::SameFrame:
            return tr("Click another text frame to continue the story there.");
        case ThreadRefusal::NotThreaded:
            return tr("This frame holds no story to continue.");
        case ThreadRefusal::HoldsOtherStory:
            return tr(
                "That frame holds a story of its own. Delete its text or the frame first: "
                "threading would leave that story with nowhere to stand.");
        case ThreadRefusal::WouldLoop:
            return tr(
                "That frame comes earlier in the same story: the story would run in a "
                "circle.");
        case ThreadRefusal::UnknownFrame:
        case ThreadRefusal::None:
            break;
    }
    return tr("The frame is no longer there.");
}

}  // namespace

void ThreadTool::start(const QString& fromFrameId) {
    from_ = fromFrameId;
}

void ThreadTool::deactivate() {
    hovering_ = false;
}

ThreadTool::Outcome ThreadTool::outcomeAt(const QPointF& at, QString* frameId, QString* why) const {
    const Frame* hit = canvas_->frameAt(at);
    if (!hit)
        return Outcome::Nothing;
    *frameId = hit->id;
    const Edition& edition = session_->edition();
    if (const Story* story = storyOfFrame(edition, from_)) {
        const auto& ids = story->frameIds;
        const auto at = std::find(ids.begin(), ids.end(), from_);
        if (at != ids.end() && at + 1 != ids.end() && *(at + 1) == hit->id)
            return Outcome::Break;
    }
    const ThreadRefusal refusal = checkThreadAfter(edition, from_, hit->id);
    if (refusal == ThreadRefusal::None)
        return Outcome::Thread;
    *why = wording(refusal);
    return Outcome::Refused;
}

void ThreadTool::mousePress(QMouseEvent& event, const QPointF& at) {
    if (event.button() == Qt::RightButton) {
        Q_EMIT finished(from_);
        return;
    }
    if (event.button() != Qt::LeftButton)
        return;
    QString frameId, why;
    switch (outcomeAt(at, &frameId, &why)) {
        case Outcome::Nothing:
            Q_EMIT finished(from_);
            return;
        case Outcome::Refused:
            Q_EMIT refused(why);
            return;
        case Outcome::Break:
            session_->push(new BreakThreadCommand(session_, from_));
            Q_EMIT finished(from_);
            return;
        case Outcome::Thread:
            session_->push(new ThreadAfterCommand(session_, from_, frameId));
            Q_EMIT finished(frameId);
            return;
    }
}

void ThreadTool::mouseDoubleClick(QMouseEvent& event, const QPointF& at) {
    const Frame* from = session_->edition().frame(from_).second;
    if (event.button() != Qt::LeftButton || !from ||
        !outPort(from->rect, canvas_->pixelsToPoints(1)).contains(at))
        return;
    const Story* story = storyOfFrame(session_->edition(), from_);
    if (story && story->frameIds.back() != from_)
        session_->push(new BreakThreadCommand(session_, from_));
    Q_EMIT finished(from_);
}

void ThreadTool::mouseMove(QMouseEvent&, const QPointF& at) {
    hover_ = at;
    hovering_ = true;
    canvas_->viewport()->update();
}

bool ThreadTool::keyPress(QKeyEvent& event) {
    if (event.key() != Qt::Key_Escape)
        return false;
    Q_EMIT finished(from_);
    return true;
}

// The frame under the pointer outlined, and what a click there does, beside the pointer.
void ThreadTool::paintOverlay(QPainter& painter) const {
    if (!hovering_)
        return;
    QString frameId, why;
    const Outcome outcome = outcomeAt(hover_, &frameId, &why);
    const double px = canvas_->pixelsToPoints(1);
    QString label;
    QColor colour(30, 120, 220);
    switch (outcome) {
        case Outcome::Nothing:
            label = tr("Click a text frame to continue the story; Esc to stop");
            break;
        case Outcome::Thread:
            label = tr("Continue the story here");
            break;
        case Outcome::Break:
            label = tr("Break the thread here");
            colour = QColor(220, 120, 0);
            break;
        case Outcome::Refused:
            label = why;
            colour = QColor(200, 40, 40);
            break;
    }
    if (const Frame* hit = session_->edition().frame(frameId).second) {
        painter.setPen(QPen(colour, 2 * px));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(hit->rect.x, hit->rect.y, hit->rect.width, hit->rect.height));
    }
    drawHint(painter, canvas_->toViewport(hover_), label, colour);
}

QCursor ThreadTool::cursorAt(const QPointF& at) const {
    QString frameId, why;
    switch (outcomeAt(at, &frameId, &why)) {
        case Outcome::Thread:
            return Qt::PointingHandCursor;
        case Outcome::Break:
            return Qt::SplitVCursor;
        case Outcome::Refused:
            return Qt::ForbiddenCursor;
        case Outcome::Nothing:
            break;
    }
    return Qt::CrossCursor;
}

}  // namespace paiban::editor
