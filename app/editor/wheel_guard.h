// The wheel scrolls a panel; it changes a box only when the box has the focus. Qt turns a
// spin box's or a combo box's value under the pointer as the wheel passes over it, so an
// editor scrolling the Styles panel once set every body paragraph right-aligned. One
// filter for the application, installed by the main window.
#pragma once

#include <QObject>

namespace paiban::editor {

class WheelGuard : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

}  // namespace paiban::editor
