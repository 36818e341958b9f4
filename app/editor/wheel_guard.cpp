#include "editor/wheel_guard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QWheelEvent>

namespace paiban::editor {

namespace {

bool isValueBox(QObject* object) {
    return qobject_cast<QAbstractSpinBox*>(object) || qobject_cast<QComboBox*>(object);
}

}  // namespace

bool WheelGuard::eventFilter(QObject* watched, QEvent* event) {
    // A box takes the focus by a click or the Tab key, never by the wheel passing over it
    // (Qt gives the focus before the wheel event reaches any filter).
    if (event->type() == QEvent::Polish && isValueBox(watched)) {
        auto* box = static_cast<QWidget*>(watched);
        if (box->focusPolicy() == Qt::WheelFocus)
            box->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (event->type() != QEvent::Wheel || !isValueBox(watched))
        return false;
    auto* box = static_cast<QWidget*>(watched);
    if (box->hasFocus())
        return false;
    // Not the box's: the panel it sits in scrolls instead (if it can).
    if (QWidget* parent = box->parentWidget())
        QApplication::sendEvent(parent, event);
    return true;
}

}  // namespace paiban::editor
