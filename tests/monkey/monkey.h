// The editor monkey: drives the real MainWindow with a seeded random stream of what a
// person does — clicks, double-clicks and drags on the page and in every dock, typing
// Chinese and Latin text, editing keys, shortcuts with empty and full clipboards, every
// menu and toolbar action with its dialogs answered at random, page changes and zoom —
// and every few hundred events checks that the document still validates and that undo
// and redo take it exactly back and forth. Every act is written to an event log
// (monkey_acts.h) from which `editor_monkey --replay LOG` does the same again.
#pragma once

#include <QObject>
#include <QPoint>
#include <QSet>
#include <QSize>
#include <QString>
#include <QStringList>
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <memory>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

#include "model/document.h"
#include "monkey_acts.h"

class QAction;
class QFileDialog;
class QWidget;

namespace paiban::editor {
class MainWindow;
}

namespace paiban::monkey {

struct Options {
    uint64_t seed = 1;
    long maxEvents = 10000;
    double maxSeconds = 0;  // 0: no time limit
    int checkEvery = 250;   // events between invariant checks
    // Past this many steps on the undo stack the document is saved and opened again
    // (as a person does), so that undoing everything stays quick.
    int reopenAfterSteps = 150;
    double hangSeconds = 60;  // one event taking longer than this is a hang: a failure
    QString workDir;          // copies of the sample and the files the dialogs pick
    QString logPath;          // every act, one a line, flushed as it happens
    QString replayPath;       // an event log to do again instead of choosing at random
};

struct Result {
    long events = 0;
    long checks = 0;
    long undoneSteps = 0;  // commands undone and redone by the checks
    double seconds = 0;
    long divergences = 0;  // acts of a replay that found their widget gone
    QString failure;       // empty: none
};

class Monkey : public QObject {
public:
    Monkey(editor::MainWindow& window, Options options);
    ~Monkey() override;
    Result run();

private:
    // One random gesture, as acts.
    void step();
    void clickOnPage(bool doubleClick);
    // The right button on the page or the Pages panel: its context menu, answered from
    // inside the menu's own event loop (answerContextMenu).
    void openContextMenu();
    void answerContextMenu(QWidget* menu);
    void dragOnPage();
    void clickInPanels(bool doubleClick);
    void typeText();
    void pressKey();
    void pressShortcut();
    void triggerAction();
    void wheel();
    void dragFromRuler();
    void resizeWindow();
    void choosePopupEntry();

    // Does an act (and writes it to the log); false if its widget or action is not there,
    // which can only happen in a replay that has gone another way.
    bool perform(const Act& act, QWidget* target = nullptr);
    void mouse(const QString& verb, QWidget* widget, QPoint at,
               Qt::KeyboardModifiers modifiers = {});
    void reopen();

    // Modal dialogs, answered as a hurried person would (or as the log says).
    void answerModal();
    Act chooseAnswer(QWidget* modal);
    void performAnswer(QWidget* modal, const Act& answer);
    QString fileFor(QFileDialog* dialog);

    // The invariants; the failure, or empty.
    QString check();
    void rebaseline();
    void watch();

    // Random choices, all from one seeded generator.
    int uniform(int lowest, int highest);
    double real(double lowest, double highest);
    bool chance(double p);
    QPoint pointIn(const QWidget* widget);
    template <typename List>
    auto& pick(List& list) {
        return list[static_cast<size_t>(uniform(0, static_cast<int>(list.size()) - 1))];
    }

    void log(const QString& line);
    QWidget* focusTarget() const;

    editor::MainWindow& window_;
    Options options_;
    std::mt19937_64 random_;
    std::FILE* log_ = nullptr;
    long events_ = 0;
    long undone_ = 0;
    QString divergence_;        // a replay that could not do what its log says
    std::deque<Act> answers_;   // replaying: the answers to this event's dialogs
    QByteArray baseline_;       // the document's JSON when its undo stack was last empty
    QSize windowSize_;          // the window never resizes itself
    QStringList recent_;        // the last events, for a failure's report
    QSet<QWidget*> answering_;  // dialogs being answered (an answer may open another)
    int inContextMenu_ = 0;     // context menus open (each blocks in its own event loop)
    // For the watchdog: the event under way, since when, and the document before it.
    std::atomic<long> watchedEvent_{0};
    std::atomic<qint64> watchedSince_{0};
    std::mutex watchedMutex_;
    std::shared_ptr<const Edition> watchedDocument_;
    std::thread watchdog_;
    std::atomic<bool> stopping_{false};
};

}  // namespace paiban::monkey
