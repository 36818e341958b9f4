// The editor monkey: drives the real MainWindow with a seeded random stream of what a
// person does — clicks, double-clicks and drags on the page and in every dock, typing
// Chinese and Latin text, editing keys, shortcuts with empty and full clipboards, every
// menu and toolbar action with its dialogs answered at random, page changes and zoom —
// and every few hundred events checks that the document still validates and that undo
// and redo take it exactly back and forth. A failure names its seed and events so that
// `editor_monkey --seed S --events N` replays it.
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
#include <memory>
#include <mutex>
#include <random>
#include <thread>

#include "model/document.h"

class QAction;
class QWidget;

namespace paiban::editor {
class MainWindow;
}

namespace paiban::monkey {

using paiban::Edition;

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
    QString logPath;          // every event, one a line, flushed as it happens
};

struct Result {
    long events = 0;
    long checks = 0;
    long undoneSteps = 0;  // commands undone and redone by the checks
    double seconds = 0;
    QString failure;  // empty: none
};

class Monkey : public QObject {
public:
    Monkey(editor::MainWindow& window, Options options);
    ~Monkey() override;
    Result run();

private:
    // One random gesture; false if it found nothing to do.
    void step();
    void clickOnPage(bool doubleClick);
    void dragOnPage();
    void clickInPanels(bool doubleClick);
    void typeText();
    void pressKey();
    void pressShortcut();
    void triggerAction();
    void wheel();
    void dragFromRuler();
    void resizeWindow();
    // Modal dialogs and popups, answered as a hurried person would.
    void answerModal();
    void answer(QWidget* modal);
    bool closePopup();
    QString fileFor(class QFileDialog* dialog);
    // The invariants; the failure, or empty.
    QString check();
    void rebaseline();
    void reopen();

    // Random choices, all from one seeded generator.
    int uniform(int lowest, int highest);
    double real(double lowest, double highest);
    bool chance(double p);
    QPoint pointIn(const QWidget* widget);
    template <typename List>
    auto& pick(List& list) {
        return list[static_cast<size_t>(uniform(0, static_cast<int>(list.size()) - 1))];
    }

    void log(const QString& event);
    QWidget* focusTarget() const;

    editor::MainWindow& window_;
    Options options_;
    std::mt19937_64 random_;
    std::FILE* log_ = nullptr;
    long events_ = 0;
    long undone_ = 0;
    QByteArray baseline_;  // the document's JSON when its undo stack was last empty
    QSize windowSize_;     // the window never resizes itself
    QStringList recent_;   // the last events, for a failure's report
    QSet<QWidget*> answering_;
    // For the watchdog: the event under way, since when, and the document before it.
    void watch();
    std::atomic<long> watchedEvent_{0};
    std::atomic<qint64> watchedSince_{0};
    std::mutex watchedMutex_;
    std::shared_ptr<const Edition> watchedDocument_;
    std::thread watchdog_;
    std::atomic<bool> stopping_{false};  // dialogs being answered (an answer may open another)
};

}  // namespace paiban::monkey
