// What a gesture on the page means: the canvas passes every mouse, key and input-method
// event to the active tool, which turns it into commands on the session's undo stack and
// paints its own overlay. A tool holds no document state, only its gesture's (a drag under
// way, a caret). Tiled's AbstractTool is the model.
#pragma once

#include <QCursor>
#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QVariant>
#include <algorithm>
#include <cmath>

#include "model/document.h"

class QInputMethodEvent;
class QKeyEvent;
class QWheelEvent;
class QColor;
class QString;
class QMouseEvent;
class QPainter;

namespace paiban::editor {

class EditSession;
class PageCanvas;

inline QRectF toQRect(const Rect& r) {
    return QRectF(r.x, r.y, r.width, r.height);
}

// A drag shorter than this (screen pixels) is a click.
inline constexpr double kDragThresholdPx = 3;

// The rectangle two corners span, whichever way the drag went.
inline Rect spanOf(const QPointF& a, const QPointF& b) {
    return {std::min(a.x(), b.x()), std::min(a.y(), b.y()), std::abs(a.x() - b.x()),
            std::abs(a.y() - b.y())};
}

// The tools, in the order of the Tools menu.
// Thread and Place are held only while a gesture lasts (started from a frame's out-port or
// File › Place Image) and have no entry of their own.
enum class ToolKind { Select, TextFrame, ImageFrame, Box, Rule, Text, Thread, Place };

// A short sentence beside the pointer (what a click would do), in screen pixels whatever
// the zoom.
void drawHint(QPainter& painter, const QPointF& pointerInViewport, const QString& text,
              const QColor& colour);

class Tool : public QObject {
    Q_OBJECT
public:
    Tool(PageCanvas* canvas, EditSession* session) : canvas_(canvas), session_(session) {}

    virtual ToolKind kind() const = 0;
    virtual void activate() {}
    virtual void deactivate() {}

    // Page points, as the canvas converts them.
    virtual void mousePress(QMouseEvent&, const QPointF&) {}
    virtual void mouseMove(QMouseEvent&, const QPointF&) {}
    virtual void mouseRelease(QMouseEvent&, const QPointF&) {}
    virtual void mouseDoubleClick(QMouseEvent&, const QPointF&) {}
    // True when the key was the tool's.
    virtual bool keyPress(QKeyEvent&) { return false; }
    // True when the wheel turn was the tool's (scaling a photo in its frame).
    virtual bool wheel(QWheelEvent&, const QPointF&) { return false; }
    // True for keys the tool takes before the window's shortcuts (a text tool's Delete).
    virtual bool overridesShortcut(const QKeyEvent&) const { return false; }
    virtual bool acceptsInputMethod() const { return false; }
    virtual void inputMethod(QInputMethodEvent&) {}
    virtual QVariant inputMethodQuery(Qt::InputMethodQuery) const { return {}; }
    // Drawn over the page, in page points.
    virtual void paintOverlay(QPainter&) const {}
    virtual QCursor cursorAt(const QPointF&) const { return Qt::ArrowCursor; }

protected:
    PageCanvas* canvas_;
    EditSession* session_;
};

}  // namespace paiban::editor
