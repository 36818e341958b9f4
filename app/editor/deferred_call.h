// A refresh that runs once, after the event being handled, however often it is asked
// for. Panels bring themselves up to date from the session this way and never inside the
// signal that changed the session: a list cleared while its own itemActivated signal is
// running, or a text edit's document replaced inside its own contentsChange, is the class
// of crash that issue 14 found in the Story and Preflight panels.
#pragma once

#include <QObject>
#include <QTimer>
#include <functional>

namespace paiban::editor {

class DeferredCall : public QObject {
public:
    DeferredCall(QObject* parent, std::function<void()> call)
        : QObject(parent), call_(std::move(call)) {
        timer_.setSingleShot(true);
        timer_.setInterval(0);
        QObject::connect(&timer_, &QTimer::timeout, this, [this] { call_(); });
    }
    // Asks for the call once control is back in the event loop (asked twice: once).
    void request() {
        if (!timer_.isActive())
            timer_.start();
    }
    bool pending() const { return timer_.isActive(); }

private:
    std::function<void()> call_;
    QTimer timer_;
};

}  // namespace paiban::editor
