#include "monkey.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTabBar>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QWheelEvent>
#include <chrono>
#include <functional>

#include "editor/canvas/page_canvas.h"
#include "editor/edit_session.h"
#include "editor/main_window.h"
#include "editor/side_panels.h"
#include "io/document_io.h"

namespace paiban::monkey {
namespace {

const QStringList kChinese{QStringLiteral("新闻"),
                           QStringLiteral("许昌数字电商孵化基地"),
                           QStringLiteral("。"),
                           QStringLiteral("，"),
                           QStringLiteral("“温度”"),
                           QStringLiteral("（记者 许廷合）"),
                           QStringLiteral("《人民日报》"),
                           QStringLiteral("——"),
                           QStringLiteral("……"),
                           QStringLiteral("2022年11月"),
                           QStringLiteral("𠀀𪚥"),
                           QStringLiteral("葛\U000E0100"),
                           QStringLiteral("\U0001F1E8\U0001F1F3"),
                           QStringLiteral("\uE000"),
                           QStringLiteral("魏都区")};
const QStringList kLatin{QStringLiteral("Paiban"),  QStringLiteral("5G"),    QStringLiteral("3.5%"),
                         QStringLiteral("e\u0301"), QStringLiteral(" "),     QStringLiteral("\t"),
                         QStringLiteral("10.5pt"),  QStringLiteral("-2000"), QStringLiteral("0")};
// What the clipboard holds when a paste comes.
const QStringList kClipboards{
    QString(),
    QStringLiteral("【快讯】"),
    QStringLiteral("第一段\r\n第二段\n\n第四段"),
    QStringLiteral("\u0000\u0001控制字符"),
    QString(3000, QChar(0x5B57)),  // 字 × 3000: a whole story pasted
    QStringLiteral("<b>not html</b>"),
};

constexpr int kEditingKeys[] = {
    Qt::Key_Backspace, Qt::Key_Delete, Qt::Key_Left,  Qt::Key_Right,    Qt::Key_Up,
    Qt::Key_Down,      Qt::Key_Return, Qt::Key_Home,  Qt::Key_End,      Qt::Key_Escape,
    Qt::Key_Tab,       Qt::Key_Enter,  Qt::Key_Space, Qt::Key_PageDown, Qt::Key_PageUp,
};

struct Shortcut {
    Qt::Key key;
    Qt::KeyboardModifiers modifiers;
};
const Shortcut kShortcuts[] = {
    {Qt::Key_Z, Qt::ControlModifier},
    {Qt::Key_Y, Qt::ControlModifier},
    {Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier},
    {Qt::Key_X, Qt::ControlModifier},
    {Qt::Key_C, Qt::ControlModifier},
    {Qt::Key_V, Qt::ControlModifier},
    {Qt::Key_A, Qt::ControlModifier},
    {Qt::Key_0, Qt::ControlModifier},
    {Qt::Key_Plus, Qt::ControlModifier},
    {Qt::Key_Minus, Qt::ControlModifier},
    {Qt::Key_PageDown, Qt::ControlModifier},
    {Qt::Key_PageUp, Qt::ControlModifier},
    {Qt::Key_V, Qt::NoModifier},  // the tools' single keys, wherever the focus is
    {Qt::Key_T, Qt::NoModifier},
    {Qt::Key_F, Qt::NoModifier},
    {Qt::Key_B, Qt::NoModifier},
    {Qt::Key_L, Qt::NoModifier},
};

qint64 nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QString number(int v) {
    return QString::number(v);
}

}  // namespace

Monkey::Monkey(editor::MainWindow& window, Options options)
    : window_(window), options_(std::move(options)), random_(options_.seed) {
    setWorkFolder(options_.workDir);
    if (!options_.logPath.isEmpty())
        log_ = std::fopen(QFile::encodeName(options_.logPath).constData(), "w");
    windowSize_ = window_.size();
    // A modal dialog runs its own event loop: this answers it from inside that loop.
    auto* answer = new QTimer(this);
    answer->setInterval(5);
    connect(answer, &QTimer::timeout, this, &Monkey::answerModal);
    answer->start();
    connect(window_.session(), &editor::EditSession::documentReplaced, this, &Monkey::rebaseline);
    rebaseline();
}

Monkey::~Monkey() {
    stopping_ = true;
    if (watchdog_.joinable())
        watchdog_.join();
    if (log_)
        std::fclose(log_);
}

int Monkey::uniform(int lowest, int highest) {
    if (highest <= lowest)
        return lowest;
    return std::uniform_int_distribution<int>(lowest, highest)(random_);
}

double Monkey::real(double lowest, double highest) {
    return std::uniform_real_distribution<double>(lowest, highest)(random_);
}

bool Monkey::chance(double p) {
    return real(0, 1) < p;
}

QPoint Monkey::pointIn(const QWidget* widget) {
    return QPoint(uniform(0, std::max(0, widget->width() - 1)),
                  uniform(0, std::max(0, widget->height() - 1)));
}

void Monkey::log(const QString& line) {
    recent_ << line;
    if (recent_.size() > 60)
        recent_.removeFirst();
    if (log_) {
        std::fputs(line.toUtf8().constData(), log_);
        std::fputc('\n', log_);
        std::fflush(log_);  // a crash still leaves the events that led to it
    }
}

QWidget* Monkey::focusTarget() const {
    QWidget* focus = QApplication::focusWidget();
    return focus ? focus : static_cast<QWidget*>(&window_);
}

void Monkey::rebaseline() {
    if (window_.session()->hasDocument())
        baseline_ = serializeEdition(window_.session()->edition());
}

// A thread that watches the events: one that takes longer than options_.hangSeconds is a
// hang, reported with the event and the document as it was before it and as the event
// left it (so that the hang can be replayed in a test without the monkey).
void Monkey::watch() {
    while (!stopping_) {
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
        const qint64 since = watchedSince_.load();
        const qint64 now = nowMs();
        if (since == 0 || now - since < options_.hangSeconds * 1000)
            continue;
        std::shared_ptr<const Edition> document;
        {
            std::lock_guard lock(watchedMutex_);
            document = watchedDocument_;
        }
        const QDir beside(options_.workDir + QStringLiteral("/.."));
        const QString before = beside.absoluteFilePath(
            QStringLiteral("monkey-hang-%1-before.paiban").arg(options_.seed));
        const QString during = beside.absoluteFilePath(
            QStringLiteral("monkey-hang-%1-during.paiban").arg(options_.seed));
        if (document) {
            QFile file(before);
            if (file.open(QIODevice::WriteOnly))
                file.write(serializeEdition(*document));
        }
        // The main thread is inside the layout, which only reads the document: reading it
        // here as well is safe enough for a last word.
        if (window_.session()->hasDocument()) {
            QFile file(during);
            if (file.open(QIODevice::WriteOnly))
                file.write(serializeEdition(window_.session()->edition()));
        }
        std::fprintf(stderr,
                     "editor_monkey: FAILED: event %ld of seed %llu has run for %.0f s (a "
                     "hang); the document before it: %s, and as the event left it: %s\n",
                     watchedEvent_.load(), static_cast<unsigned long long>(options_.seed),
                     (now - since) / 1000.0, qPrintable(before), qPrintable(during));
        std::fflush(stderr);
        std::abort();  // the crash handler prints the events
    }
}

Result Monkey::run() {
    Result result;
    QElapsedTimer clock;
    clock.start();
    // A replay: the log's acts, event by event, with each event's dialog answers.
    std::vector<std::pair<long, Act>> replay;
    if (!options_.replayPath.isEmpty()) {
        QFile file(options_.replayPath);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            result.failure = QStringLiteral("cannot read %1").arg(options_.replayPath);
            return result;
        }
        QTextStream in(&file);
        while (!in.atEnd()) {
            const QString line = in.readLine();
            if (line.startsWith(u'#'))
                continue;
            const qsizetype space = line.indexOf(u' ');
            Act act;
            bool ok = false;
            const long event = line.left(space).toLong(&ok);
            if (ok && space > 0 && Act::parse(line.mid(space + 1), &act))
                replay.emplace_back(event, act);
        }
        options_.maxEvents = replay.empty() ? 0 : replay.back().first;
    }
    watchdog_ = std::thread([this] { watch(); });
    size_t next = 0;
    while (events_ < options_.maxEvents &&
           (options_.maxSeconds <= 0 || clock.elapsed() < options_.maxSeconds * 1000)) {
        ++events_;
        if (window_.session()->hasDocument()) {
            auto document = std::make_shared<const Edition>(window_.session()->edition());
            std::lock_guard lock(watchedMutex_);
            watchedDocument_ = std::move(document);
        }
        watchedEvent_ = events_;
        watchedSince_ = nowMs();
        // As a person brings the window to the front before using it (a dialog closed, a
        // panel floated): keys go to its focus widget.
        if (window_.isVisible() && !window_.isActiveWindow() &&
            !QApplication::activeModalWidget() && !QApplication::activePopupWidget())
            window_.activateWindow();
        if (options_.replayPath.isEmpty()) {
            step();
        } else {
            answers_.clear();
            for (size_t i = next; i < replay.size() && replay[i].first == events_; ++i) {
                if (replay[i].second.isAnswer())
                    answers_.push_back(replay[i].second);
            }
            for (; next < replay.size() && replay[next].first == events_; ++next) {
                if (!replay[next].second.isAnswer())
                    perform(replay[next].second);
            }
        }
        QCoreApplication::processEvents();
        watchedSince_ = 0;
        // A replay that went another way (a timer fired at another moment) says so and goes
        // on: what it replays up to there is exact, and the failure often comes all the same.
        if (!divergence_.isEmpty()) {
            std::fprintf(stderr, "editor_monkey: %s; going on\n", qPrintable(divergence_));
            log(QStringLiteral("# ") + divergence_);
            ++result.divergences;
            divergence_.clear();
        }
        if (events_ % options_.checkEvery == 0) {
            ++result.checks;
            result.failure = check();
            if (!result.failure.isEmpty())
                break;
        }
    }
    if (result.failure.isEmpty()) {
        ++result.checks;
        result.failure = check();
    }
    result.events = events_;
    result.undoneSteps = undone_;
    result.seconds = clock.elapsed() / 1000.0;
    if (!result.failure.isEmpty())
        result.failure += QStringLiteral("\nthe last events:\n") + recent_.join(u'\n');
    return result;
}

// Acts ---------------------------------------------------------------------------------

void Monkey::mouse(const QString& verb, QWidget* widget, QPoint at,
                   Qt::KeyboardModifiers modifiers) {
    perform({verb,
             {pathOf(widget, window_), number(at.x()), number(at.y()),
              number(static_cast<int>(modifiers))}},
            widget);
}

bool Monkey::perform(const Act& act, QWidget* target) {
    log(QStringLiteral("%1 %2").arg(events_).arg(act.line()));
    const QStringList& a = act.args;
    // The widget the act names: the one it was chosen for while recording (a path may
    // not single out a popup among windows of its class), found by its path in a replay.
    auto widget = [&](int i) -> QWidget* {
        QWidget* w = target ? target : i < a.size() ? widgetAt(a[i], window_) : nullptr;
        if (!w)
            divergence_ = QStringLiteral("the replay went another way: no widget %1 at event %2")
                              .arg(i < a.size() ? a[i] : QString(), QString::number(events_));
        return w;
    };
    auto integer = [&](int i) { return i < a.size() ? a[i].toInt() : 0; };
    const QString& v = act.verb;
    if (v == QLatin1String("press") || v == QLatin1String("release") ||
        v == QLatin1String("dclick") || v == QLatin1String("move")) {
        QWidget* w = widget(0);
        if (!w)
            return false;
        const QPoint at(integer(1), integer(2));
        const auto modifiers = Qt::KeyboardModifiers(integer(3));
        if (v == QLatin1String("press"))
            QTest::mousePress(w, Qt::LeftButton, modifiers, at);
        else if (v == QLatin1String("release"))
            QTest::mouseRelease(w, Qt::LeftButton, modifiers, at);
        else if (v == QLatin1String("dclick"))
            QTest::mouseDClick(w, Qt::LeftButton, modifiers, at);
        else
            QTest::mouseMove(w, at);
    } else if (v == QLatin1String("context")) {
        QWidget* w = widget(0);
        if (!w)
            return false;
        const QPoint at(integer(1), integer(2));
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, w->mapToGlobal(at));
        ++inContextMenu_;
        QApplication::sendEvent(w, &event);  // returns when the menu closes
        --inContextMenu_;
    } else if (v == QLatin1String("wheel")) {
        QWidget* w = widget(0);
        if (!w)
            return false;
        const QPoint at(integer(1), integer(2));
        QWheelEvent event(at, w->mapToGlobal(at), QPoint(), QPoint(0, integer(3)), Qt::NoButton,
                          Qt::KeyboardModifiers(integer(4)), Qt::NoScrollPhase, false);
        QApplication::sendEvent(w, &event);
    } else if (v == QLatin1String("key")) {
        QWidget* w = widget(0);
        if (!w)
            return false;
        QTest::keyClick(w, Qt::Key(integer(1)), Qt::KeyboardModifiers(integer(2)));
    } else if (v == QLatin1String("char")) {
        QWidget* w = widget(0);
        if (!w || a.size() < 2 || a[1].isEmpty())
            return false;
        QTest::keyClick(w, a[1].at(0).toLatin1());
    } else if (v == QLatin1String("text")) {
        QWidget* w = widget(0);
        if (!w)
            return false;
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, a.value(1));
        QApplication::sendEvent(w, &press);
    } else if (v == QLatin1String("im")) {
        QWidget* w = widget(0);
        if (!w)
            return false;
        QPointer<QWidget> alive(w);
        QInputMethodEvent preedit(a.value(1), {});
        QApplication::sendEvent(w, &preedit);
        if (!alive)
            return true;
        QInputMethodEvent commit;
        commit.setCommitString(a.value(2));
        QApplication::sendEvent(w, &commit);
    } else if (v == QLatin1String("clip")) {
        QGuiApplication::clipboard()->setText(a.value(0));
    } else if (v == QLatin1String("clip-empty")) {
        QGuiApplication::clipboard()->clear();
    } else if (v == QLatin1String("action")) {
        QAction* action = actionAt(a.value(0), window_);
        if (!action || !action->isEnabled()) {
            divergence_ = QStringLiteral("the replay went another way: no action %1 at event %2")
                              .arg(a.value(0), QString::number(events_));
            return false;
        }
        action->trigger();
    } else if (v == QLatin1String("resize")) {
        windowSize_ = QSize(integer(0), integer(1));
        window_.resize(windowSize_);
    } else if (v == QLatin1String("show")) {
        window_.show();
    } else if (v == QLatin1String("reopen")) {
        reopen();
    } else if (v == QLatin1String("popup") || v == QLatin1String("popup-key")) {
        QWidget* popup = QApplication::activePopupWidget();
        if (!popup) {
            divergence_ =
                QStringLiteral("the replay went another way: no popup at event %1").arg(events_);
            return false;
        }
        if (auto* menu = qobject_cast<QMenu*>(popup); menu && v == QLatin1String("popup")) {
            for (QAction* entry : menu->actions()) {
                if (entry->text() == a.value(0)) {
                    menu->setActiveAction(entry);
                    QTest::keyClick(menu, Qt::Key_Return);
                    break;
                }
            }
        } else {
            QTest::keyClick(popup, Qt::Key(integer(0)));
        }
        if (QApplication::activePopupWidget() == popup)
            popup->close();
    }
    return true;
}

// Gestures -----------------------------------------------------------------------------

void Monkey::step() {
    if (QApplication::activePopupWidget()) {
        choosePopupEntry();
        return;
    }
    if (!window_.isVisible())  // closed by Quit: opened again, as a person would
        perform({QStringLiteral("show"), {}});
    const int roll = uniform(0, 99);
    if (roll < 12)
        clickOnPage(false);
    else if (roll < 14)
        openContextMenu();
    else if (roll < 22)
        clickOnPage(true);
    else if (roll < 30)
        dragOnPage();
    else if (roll < 40)
        clickInPanels(false);
    else if (roll < 43)
        clickInPanels(true);
    else if (roll < 58)
        typeText();
    else if (roll < 72)
        pressKey();
    else if (roll < 82)
        pressShortcut();
    else if (roll < 90)
        triggerAction();
    else if (roll < 94)
        wheel();
    else if (roll < 97)
        dragFromRuler();
    else if (roll < 99)
        resizeWindow();
    else if (chance(0.3))
        perform({QStringLiteral("reopen"), {}});
}

// Clicks land mostly on frames (where the work is), sometimes anywhere on the canvas.
void Monkey::clickOnPage(bool doubleClick) {
    editor::PageCanvas* view = window_.canvas();
    QWidget* viewport = view->viewport();
    QPoint at = pointIn(viewport);
    if (window_.session()->hasDocument() && chance(0.8)) {
        const auto& pages = window_.session()->edition().pages;
        const int page = window_.currentPage();
        if (page >= 0 && page < static_cast<int>(pages.size()) &&
            !pages[static_cast<size_t>(page)].frames.empty()) {
            const auto& frames = pages[static_cast<size_t>(page)].frames;
            const Rect& r = frames[static_cast<size_t>(uniform(0, int(frames.size()) - 1))].rect;
            at = view->toViewport(QPointF(r.x + real(0, r.width), r.y + real(0, r.height)))
                     .toPoint();
        }
    }
    const Qt::KeyboardModifiers modifiers =
        chance(0.15) ? Qt::ShiftModifier : Qt::KeyboardModifiers();
    mouse(QStringLiteral("press"), viewport, at, modifiers);
    mouse(QStringLiteral("release"), viewport, at, modifiers);
    if (doubleClick) {  // as Qt 6 delivers one: press, double-click, release
        mouse(QStringLiteral("press"), viewport, at, modifiers);
        mouse(QStringLiteral("dclick"), viewport, at, modifiers);
        mouse(QStringLiteral("release"), viewport, at, modifiers);
    }
}

void Monkey::openContextMenu() {
    QWidget* target = window_.canvas()->viewport();
    if (chance(0.2)) {
        if (auto* pages = window_.findChild<editor::PagesPanel*>(); pages && pages->isVisible())
            target = pages->list()->viewport();
    }
    const QPoint at = pointIn(target);
    perform({QStringLiteral("context"), {pathOf(target, window_), number(at.x()), number(at.y())}},
            target);
}

// An entry of the open context menu chosen (or Escape), logged as the menu's answer.
void Monkey::answerContextMenu(QWidget* popup) {
    auto* menu = qobject_cast<QMenu*>(popup);
    if (!menu)
        return;
    Act answer;
    if (options_.replayPath.isEmpty()) {
        std::vector<QAction*> entries;
        for (QAction* a : menu->actions()) {
            if (!a->isSeparator() && a->isEnabled() && !a->menu())
                entries.push_back(a);
        }
        answer =
            !entries.empty() && chance(0.8)
                ? Act{QStringLiteral("answer"), {QStringLiteral("menu"), pick(entries)->text()}}
                : Act{QStringLiteral("answer"), {QStringLiteral("menu-escape")}};
    } else if (!answers_.empty()) {
        answer = answers_.front();
        answers_.pop_front();
    } else {
        answer = {QStringLiteral("answer"), {QStringLiteral("menu-escape")}};
    }
    log(QStringLiteral("%1 %2").arg(events_).arg(answer.line()));
    if (answer.args.value(0) == QLatin1String("menu")) {
        for (QAction* entry : menu->actions()) {
            if (entry->text() == answer.args.value(1)) {
                menu->setActiveAction(entry);
                QTest::keyClick(menu, Qt::Key_Return);
                break;
            }
        }
    }
    if (QApplication::activePopupWidget() == menu)
        menu->close();
}

void Monkey::dragOnPage() {
    QWidget* viewport = window_.canvas()->viewport();
    const QPoint from = pointIn(viewport);
    const QPoint to =
        chance(0.5) ? from + QPoint(uniform(-60, 60), uniform(-60, 60)) : pointIn(viewport);
    mouse(QStringLiteral("press"), viewport, from);
    const int steps = uniform(1, 5);
    for (int i = 1; i <= steps; ++i)
        mouse(QStringLiteral("move"), viewport, from + (to - from) * i / steps);
    mouse(QStringLiteral("release"), viewport, to);
}

// A widget in one of the docks, the toolbar or the status bar: buttons, boxes, lists and
// text fields, at a random place of theirs (an item of a list, more often than not).
void Monkey::clickInPanels(bool doubleClick) {
    std::vector<QWidget*> targets;
    for (QWidget* w : window_.findChildren<QWidget*>()) {
        if (!w->isVisible() || !w->isEnabled() || w->width() < 2 || w->height() < 2 ||
            w == window_.canvas()->viewport() || w->window() != &window_)
            continue;
        auto* scroll = qobject_cast<QAbstractScrollArea*>(w->parentWidget());
        const bool wanted =
            qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) ||
            qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QComboBox*>(w) ||
            qobject_cast<QTabBar*>(w) ||
            (scroll && w == scroll->viewport() &&
             (qobject_cast<QAbstractItemView*>(scroll) || qobject_cast<QPlainTextEdit*>(scroll)));
        if (wanted)
            targets.push_back(w);
    }
    if (targets.empty())
        return;
    QWidget* target = pick(targets);
    QPoint at = pointIn(target);
    if (auto* list = qobject_cast<QAbstractItemView*>(target->parentWidget());
        list && list->model() && list->model()->rowCount() > 0 && chance(0.8)) {
        const QModelIndex index =
            list->model()->index(uniform(0, list->model()->rowCount() - 1), 0);
        const QRect rect = list->visualRect(index);
        if (rect.isValid() && target->rect().contains(rect.center()))
            at = rect.center();
    }
    QPointer<QWidget> alive(target);
    mouse(QStringLiteral("press"), target, at);
    if (alive)
        mouse(QStringLiteral("release"), target, at);
    if (doubleClick && alive) {
        mouse(QStringLiteral("press"), target, at);
        if (alive)
            mouse(QStringLiteral("dclick"), target, at);
        if (alive)
            mouse(QStringLiteral("release"), target, at);
    }
}

// Typing where the focus is: key by key as a keyboard sends it, or committed by an input
// method after a pre-edit, as Chinese is typed.
void Monkey::typeText() {
    const bool chinese = chance(0.6);
    const QString text = chinese ? pick(kChinese) : pick(kLatin);
    QPointer<QWidget> target = focusTarget();
    if (chinese && chance(0.6)) {
        perform({QStringLiteral("im"), {pathOf(target, window_), QStringLiteral("xinwen"), text}},
                target);
        return;
    }
    for (const QChar c : text) {
        if (!target)
            return;
        const bool onKeyboard = c.unicode() >= 0x20 && c.unicode() < 0x7f;
        perform({onKeyboard ? QStringLiteral("char") : QStringLiteral("text"),
                 {pathOf(target, window_), QString(c)}},
                target);
    }
}

void Monkey::pressKey() {
    const int key = kEditingKeys[uniform(0, int(std::size(kEditingKeys)) - 1)];
    Qt::KeyboardModifiers modifiers;
    if (chance(0.25))
        modifiers |= Qt::ShiftModifier;
    if (chance(0.1))
        modifiers |= Qt::ControlModifier;
    QWidget* target = focusTarget();
    perform({QStringLiteral("key"),
             {pathOf(target, window_), number(key), number(static_cast<int>(modifiers))}},
            target);
}

void Monkey::pressShortcut() {
    const Shortcut& s = kShortcuts[uniform(0, int(std::size(kShortcuts)) - 1)];
    if (s.key == Qt::Key_V && s.modifiers == Qt::ControlModifier) {
        const QString text = pick(kClipboards);
        perform(text.isEmpty() ? Act{QStringLiteral("clip-empty"), {}}
                               : Act{QStringLiteral("clip"), {text}});
    }
    QWidget* target = focusTarget();
    perform({QStringLiteral("key"),
             {pathOf(target, window_), number(s.key), number(static_cast<int>(s.modifiers))}},
            target);
}

// Any enabled action of the menus or toolbars, as if chosen there.
void Monkey::triggerAction() {
    std::vector<QAction*> actions;
    std::function<void(QMenu*)> collect = [&](QMenu* menu) {
        for (QAction* a : menu->actions()) {
            if (a->menu())
                collect(a->menu());
            else if (!a->isSeparator() && a->isEnabled())
                actions.push_back(a);
        }
    };
    for (QAction* a : window_.menuBar()->actions()) {
        if (a->menu())
            collect(a->menu());
    }
    for (QToolBar* bar : window_.findChildren<QToolBar*>()) {
        for (QAction* a : bar->actions()) {
            if (!a->isSeparator() && a->isEnabled() && a->isVisible() && !a->menu())
                actions.push_back(a);
        }
    }
    if (actions.empty())
        return;
    perform({QStringLiteral("action"), {actionPath(pick(actions), window_)}});
}

void Monkey::wheel() {
    QWidget* viewport = window_.canvas()->viewport();
    const QPoint at = pointIn(viewport);
    const bool zoom = chance(0.5);
    const int delta = chance(0.5) ? 120 : -120;
    perform({QStringLiteral("wheel"),
             {pathOf(viewport, window_), number(at.x()), number(at.y()), number(delta),
              number(zoom ? static_cast<int>(Qt::ControlModifier) : 0)}},
            viewport);
}

// A guide dragged out of a ruler (the rulers are the view's thin children).
void Monkey::dragFromRuler() {
    editor::PageCanvas* view = window_.canvas();
    std::vector<QWidget*> rulers;
    for (QWidget* child : view->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (child->isVisible() && (child->height() == 20 || child->width() == 20) &&
            child != view->viewport())
            rulers.push_back(child);
    }
    if (rulers.empty())
        return;
    QWidget* ruler = pick(rulers);
    const QPoint from = pointIn(ruler);
    const QPoint to =
        ruler->mapFromGlobal(view->viewport()->mapToGlobal(pointIn(view->viewport())));
    mouse(QStringLiteral("press"), ruler, from);
    mouse(QStringLiteral("move"), ruler, to);
    mouse(QStringLiteral("release"), ruler, to);
}

void Monkey::resizeWindow() {
    const QSize sizes[] = {{1280, 800}, {1600, 1000}, {1024, 700}, {1920, 1080}};
    const QSize size = sizes[uniform(0, 3)];
    perform({QStringLiteral("resize"), {number(size.width()), number(size.height())}});
}

// An open menu or combo box list: an entry chosen, or Return or Escape.
void Monkey::choosePopupEntry() {
    QWidget* popup = QApplication::activePopupWidget();
    if (auto* menu = qobject_cast<QMenu*>(popup); menu && chance(0.6)) {
        std::vector<QAction*> entries;
        for (QAction* a : menu->actions()) {
            if (!a->isSeparator() && a->isEnabled() && !a->menu())
                entries.push_back(a);
        }
        if (!entries.empty()) {
            perform({QStringLiteral("popup"), {pick(entries)->text()}});
            return;
        }
    }
    perform({QStringLiteral("popup-key"), {number(chance(0.5) ? Qt::Key_Return : Qt::Key_Escape)}});
}

// Saves to a file of the work folder and opens it again: a new baseline, a short undo
// stack, and the save and open paths exercised.
void Monkey::reopen() {
    if (!window_.session()->hasDocument())
        return;
    const QString path = QDir(options_.workDir).filePath(QStringLiteral("reopened.paiban"));
    QString error;
    if (!saveEdition(window_.session()->edition(), path, &error))
        return;
    window_.confirmRecovery = [](const QDateTime&) { return false; };
    window_.openDocument(path);
}

// Invariants ---------------------------------------------------------------------------

QString Monkey::check() {
    editor::EditSession* session = window_.session();
    if (QApplication::activeModalWidget() || !session->hasDocument())
        return {};
    if (window_.size() != windowSize_ && window_.isVisible()) {
        return QStringLiteral("the window resized itself from %1×%2 to %3×%4")
            .arg(windowSize_.width())
            .arg(windowSize_.height())
            .arg(window_.width())
            .arg(window_.height());
    }
    const QByteArray now = serializeEdition(session->edition());
    const LoadResult reread = parseEdition(now, QStringLiteral("the edited document"));
    if (!reread.edition)
        return QStringLiteral("the document no longer validates:\n") + reread.errorText();
    if (serializeEdition(*reread.edition) != now)
        return QStringLiteral("the document reads back differently from how it was written");
    QUndoStack* stack = session->undoStack();
    const int index = stack->index();
    log(QStringLiteral("# %1 check: undo %2 steps and redo them").arg(events_).arg(index));
    stack->setIndex(0);
    undone_ += index;
    const QByteArray undone = serializeEdition(session->edition());
    if (undone != baseline_) {
        // Both documents beside the work folder, to compare and to replay in a test.
        const QDir beside(options_.workDir + QStringLiteral("/.."));
        for (const auto& [name, bytes] :
             {std::pair{"expected", baseline_}, std::pair{"undone", undone}}) {
            QFile file(beside.absoluteFilePath(
                QStringLiteral("monkey-%1-%2.paiban").arg(options_.seed).arg(QLatin1String(name))));
            if (file.open(QIODevice::WriteOnly))
                file.write(bytes);
        }
        return QStringLiteral(
                   "undoing all %1 steps did not give back the document at the "
                   "start (%2 bytes, %3 expected; both written beside the work "
                   "folder)")
            .arg(index)
            .arg(undone.size())
            .arg(baseline_.size());
    }
    stack->setIndex(index);
    if (serializeEdition(session->edition()) != now)
        return QStringLiteral("redoing all %1 steps did not give the last state").arg(index);
    QCoreApplication::processEvents();
    if (stack->count() > options_.reopenAfterSteps) {  // as in a replay, by the check itself
        log(QStringLiteral("# %1 reopen: the undo stack is long").arg(events_));
        reopen();
    }
    return {};
}

}  // namespace paiban::monkey
