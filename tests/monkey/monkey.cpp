#include "monkey.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QWheelEvent>

#include "editor/edit_session.h"
#include "editor/main_window.h"
#include "editor/page_view.h"
#include "io/document_io.h"

namespace paiban::monkey {
namespace {

// What the monkey types: newsroom Chinese with its punctuation, Latin and digits, and the
// characters that have broken editors before (outside the BMP, combining marks,
// variation selectors, a character no font has, tabs and spaces).
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

QString describe(const QWidget* w) {
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        name += u'#' + w->objectName();
    return name;
}

bool isPageViewport(const QWidget* w, const editor::MainWindow& window) {
    return w == window.pageView()->viewport();
}

}  // namespace

Monkey::Monkey(editor::MainWindow& window, Options options)
    : window_(window), options_(std::move(options)), random_(options_.seed) {
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

// A thread that watches the events: one that takes longer than options_.hangSeconds is a
// hang, reported with the event and the document as it was before it (so that the hang
// can be replayed in a test without the monkey), and the process ends.
void Monkey::watch() {
    using namespace std::chrono;
    while (!stopping_) {
        std::this_thread::sleep_for(milliseconds(250));
        const qint64 since = watchedSince_.load();
        const qint64 now =
            duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
        if (since == 0 || now - since < options_.hangSeconds * 1000)
            continue;
        std::shared_ptr<const Edition> document;
        {
            std::lock_guard lock(watchedMutex_);
            document = watchedDocument_;
        }
        const QString path =
            QDir(options_.workDir)
                .filePath(QStringLiteral("../monkey-hang-%1.paiban").arg(options_.seed));
        if (document) {
            QFile file(path);
            if (file.open(QIODevice::WriteOnly))
                file.write(serializeEdition(*document));
        }
        // The document as the stuck event left it: the main thread is inside the layout,
        // which only reads it, so reading it here as well is safe enough for a last word.
        const QString after =
            QDir(options_.workDir)
                .filePath(QStringLiteral("../monkey-hang-%1-during.paiban").arg(options_.seed));
        if (window_.session()->hasDocument()) {
            QFile file(after);
            if (file.open(QIODevice::WriteOnly))
                file.write(serializeEdition(window_.session()->edition()));
        }
        std::fprintf(stderr,
                     "editor_monkey: FAILED: event %ld of seed %llu has run for %.0f s (a hang); "
                     "the document before it: %s, and as the event left it: %s\n",
                     watchedEvent_.load(), static_cast<unsigned long long>(options_.seed),
                     (now - since) / 1000.0, qPrintable(QFileInfo(path).absoluteFilePath()),
                     qPrintable(QFileInfo(after).absoluteFilePath()));
        std::fflush(stderr);
        std::abort();  // the crash handler prints the events
    }
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

void Monkey::log(const QString& event) {
    const QString line = QStringLiteral("%1 %2").arg(events_).arg(event);
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

Result Monkey::run() {
    Result result;
    QElapsedTimer clock;
    clock.start();
    watchdog_ = std::thread([this] { watch(); });
    while (events_ < options_.maxEvents &&
           (options_.maxSeconds <= 0 || clock.elapsed() < options_.maxSeconds * 1000)) {
        ++events_;
        if (window_.session()->hasDocument()) {
            auto document = std::make_shared<const Edition>(window_.session()->edition());
            std::lock_guard lock(watchedMutex_);
            watchedDocument_ = std::move(document);
        }
        watchedEvent_ = events_;
        watchedSince_ = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::steady_clock::now().time_since_epoch())
                            .count();
        step();
        QCoreApplication::processEvents();
        watchedSince_ = 0;
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

void Monkey::step() {
    if (closePopup())
        return;
    if (!window_.isVisible()) {  // closed by Quit: opened again, as a person would
        log(QStringLiteral("show the window again"));
        window_.show();
    }
    if (!window_.isActiveWindow() && !QApplication::activeModalWidget())
        window_.activateWindow();
    const int roll = uniform(0, 99);
    if (roll < 14)
        clickOnPage(false);
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
        reopen();
}

// Clicks land mostly on frames (where the work is), sometimes anywhere on the canvas.
void Monkey::clickOnPage(bool doubleClick) {
    editor::PageView* view = window_.pageView();
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
    log(QStringLiteral("%1 page at %2,%3%4")
            .arg(doubleClick ? QStringLiteral("double-click") : QStringLiteral("click"))
            .arg(at.x())
            .arg(at.y())
            .arg(modifiers ? QStringLiteral(" with Shift") : QString()));
    QTest::mouseClick(viewport, Qt::LeftButton, modifiers, at);
    if (doubleClick) {
        QTest::mousePress(viewport, Qt::LeftButton, modifiers, at);
        QTest::mouseDClick(viewport, Qt::LeftButton, modifiers, at);
        QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, at);
    }
}

void Monkey::dragOnPage() {
    QWidget* viewport = window_.pageView()->viewport();
    const QPoint from = pointIn(viewport);
    const QPoint to =
        chance(0.5) ? from + QPoint(uniform(-60, 60), uniform(-60, 60)) : pointIn(viewport);
    log(QStringLiteral("drag page %1,%2 → %3,%4")
            .arg(from.x())
            .arg(from.y())
            .arg(to.x())
            .arg(to.y()));
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    const int steps = uniform(1, 5);
    for (int i = 1; i <= steps; ++i)
        QTest::mouseMove(viewport, from + (to - from) * i / steps);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

// A widget in one of the docks, the toolbar or the status bar: buttons, boxes, lists and
// text fields, at a random place of theirs (an item of a list, more often than not).
void Monkey::clickInPanels(bool doubleClick) {
    std::vector<QWidget*> targets;
    for (QWidget* w : window_.findChildren<QWidget*>()) {
        if (!w->isVisible() || !w->isEnabled() || w->width() < 2 || w->height() < 2 ||
            isPageViewport(w, window_) || w->window() != &window_)
            continue;
        const bool wanted = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) ||
                            qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QComboBox*>(w) ||
                            qobject_cast<QTabBar*>(w) ||
                            (w->parentWidget() &&
                             (qobject_cast<QAbstractItemView*>(w->parentWidget()) ||
                              qobject_cast<QPlainTextEdit*>(w->parentWidget())) &&
                             w == static_cast<QAbstractScrollArea*>(w->parentWidget())->viewport());
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
        list->scrollTo(index);
        const QRect rect = list->visualRect(index);
        if (rect.isValid())
            at = rect.center();
    }
    log(QStringLiteral("%1 %2 at %3,%4")
            .arg(doubleClick ? QStringLiteral("double-click") : QStringLiteral("click"))
            .arg(describe(target))
            .arg(at.x())
            .arg(at.y()));
    QPointer<QWidget> alive(target);
    QTest::mouseClick(target, Qt::LeftButton, {}, at);
    if (doubleClick && alive) {
        QTest::mousePress(target, Qt::LeftButton, {}, at);
        if (alive)
            QTest::mouseDClick(target, Qt::LeftButton, {}, at);
        if (alive)
            QTest::mouseRelease(target, Qt::LeftButton, {}, at);
    }
}

// Typing where the focus is: key by key as a keyboard sends it, or committed by an input
// method after a pre-edit, as Chinese is typed.
void Monkey::typeText() {
    const bool chinese = chance(0.6);
    const QString text = chinese ? pick(kChinese) : pick(kLatin);
    QWidget* target = focusTarget();
    QPointer<QWidget> alive(target);
    if (chinese && chance(0.6)) {
        log(QStringLiteral("input method %1 into %2").arg(text, describe(target)));
        QInputMethodEvent preedit(QStringLiteral("xinwen"), {});
        QApplication::sendEvent(target, &preedit);
        if (!alive)
            return;
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(target, &commit);
        return;
    }
    log(QStringLiteral("type %1 into %2").arg(text, describe(target)));
    for (const QChar c : text) {
        if (!alive)
            return;
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f) {  // on the keyboard: QTest knows it
            QTest::keyClick(alive.data(), static_cast<char>(c.unicode()));
        } else {  // from an input method or a compose key: the text alone
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(alive.data(), &press);
        }
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
    log(QStringLiteral("key %1 in %2")
            .arg(QKeySequence(key | modifiers).toString(), describe(target)));
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void Monkey::pressShortcut() {
    const Shortcut& s = kShortcuts[uniform(0, int(std::size(kShortcuts)) - 1)];
    if (s.key == Qt::Key_V && s.modifiers == Qt::ControlModifier) {
        const QString text = pick(kClipboards);
        if (text.isEmpty())
            QGuiApplication::clipboard()->clear();
        else
            QGuiApplication::clipboard()->setText(text);
        log(QStringLiteral("clipboard holds %1 characters").arg(text.size()));
    }
    QWidget* target = focusTarget();
    log(QStringLiteral("shortcut %1 in %2")
            .arg(QKeySequence(s.key | s.modifiers).toString(), describe(target)));
    QTest::keyClick(target, s.key, s.modifiers);
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
            if (!a->isSeparator() && a->isEnabled() && a->isVisible())
                actions.push_back(a);
        }
    }
    if (actions.empty())
        return;
    QAction* action = pick(actions);
    log(QStringLiteral("action %1").arg(action->text().remove(u'&')));
    action->trigger();
}

void Monkey::wheel() {
    QWidget* viewport = window_.pageView()->viewport();
    const QPoint at = pointIn(viewport);
    const bool zoom = chance(0.5);
    const int delta = chance(0.5) ? 120 : -120;
    log(QStringLiteral("wheel %1 %2 at %3,%4")
            .arg(zoom ? QStringLiteral("zoom") : QStringLiteral("scroll"))
            .arg(delta)
            .arg(at.x())
            .arg(at.y()));
    QWheelEvent event(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                      zoom ? Qt::ControlModifier : Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &event);
}

// A guide dragged out of a ruler (the rulers are the view's thin children).
void Monkey::dragFromRuler() {
    editor::PageView* view = window_.pageView();
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
    log(QStringLiteral("drag from ruler %1,%2 → %3,%4")
            .arg(from.x())
            .arg(from.y())
            .arg(to.x())
            .arg(to.y()));
    QTest::mousePress(ruler, Qt::LeftButton, {}, from);
    QTest::mouseMove(ruler, to);
    QTest::mouseRelease(ruler, Qt::LeftButton, {}, to);
}

void Monkey::resizeWindow() {
    const QSize sizes[] = {{1280, 800}, {1600, 1000}, {1024, 700}, {1920, 1080}};
    const QSize size = sizes[uniform(0, 3)];
    log(QStringLiteral("resize window to %1×%2").arg(size.width()).arg(size.height()));
    window_.resize(size);
    windowSize_ = size;
}

// Saves to a file of the work folder and opens it again: a new baseline, a short undo
// stack, and the save and open paths exercised.
void Monkey::reopen() {
    if (!window_.session()->hasDocument())
        return;
    const QString path = QDir(options_.workDir).filePath(QStringLiteral("reopened.paiban"));
    log(QStringLiteral("save as %1 and open it again").arg(path));
    QString error;
    if (!saveEdition(window_.session()->edition(), path, &error))
        return;
    window_.confirmRecovery = [](const QDateTime&) { return false; };
    window_.openDocument(path);
}

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
    log(QStringLiteral("check: undo %1 steps and redo them").arg(index));
    stack->setIndex(0);
    undone_ += index;
    const QByteArray undone = serializeEdition(session->edition());
    if (undone != baseline_) {
        // Both documents beside the work folder, to compare and to replay in a test.
        for (const auto& [name, bytes] :
             {std::pair{"expected", baseline_}, std::pair{"undone", undone}}) {
            QFile file(QDir(options_.workDir)
                           .filePath(QStringLiteral("../monkey-%1-%2.paiban")
                                         .arg(options_.seed)
                                         .arg(QLatin1String(name))));
            if (file.open(QIODevice::WriteOnly))
                file.write(bytes);
        }
        return QStringLiteral(
                   "undoing all %1 steps did not give back the document at the "
                   "start (%2 bytes, %3 expected)")
            .arg(index)
            .arg(undone.size())
            .arg(baseline_.size());
    }
    stack->setIndex(index);
    if (serializeEdition(session->edition()) != now)
        return QStringLiteral("redoing all %1 steps did not give the last state").arg(index);
    QCoreApplication::processEvents();
    if (stack->count() > options_.reopenAfterSteps)
        reopen();
    return {};
}

}  // namespace paiban::monkey
