// The editor's documents and masters on the offscreen platform: File › New from a template,
// File › Close leaving an empty window that copes with every gesture and action, Document
// Setup applied and undone, a page's master chosen and an item released from the Pages
// menu, a master item edited in Master Pages, the Window and Help menus.
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <functional>

#include "editor/canvas/page_canvas.h"
#include "editor/commands.h"
#include "editor/document_setup_dialog.h"
#include "editor/edit_session.h"
#include "editor/main_window.h"
#include "editor/masters_dialog.h"
#include "editor/new_document_dialog.h"
#include "editor/unit_boxes.h"
#include "model/grid.h"
#include "model/masters.h"
#include "sample_text.h"

using namespace paiban;
using namespace paiban::editor;

namespace {

// Runs `answer` on the next modal dialog of type D once it is open (polled from a timer,
// since the dialog runs its own event loop); `asked` says it came.
template <typename D>
void answerNextDialog(std::function<void(D*)> answer, bool* asked) {
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer, asked] {
        auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        *asked = true;
        poll->deleteLater();
        answer(dialog);
    });
    poll->start();
}

// Any modal window closed as it opens (a file dialog, a message box), for as long as the
// returned timer lives.
QTimer* dismissModals() {
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                for (QAbstractButton* b : box->buttons()) {
                    if (box->buttonRole(b) == QMessageBox::RejectRole ||
                        box->buttonRole(b) == QMessageBox::DestructiveRole) {
                        b->click();
                        return;
                    }
                }
            }
            modal->close();
        }
    });
    poll->start();
    return poll;
}

QMenu* menuNamed(QMainWindow& window, const QString& name) {
    for (QAction* a : window.menuBar()->actions()) {
        if (a->menu() && a->text().remove(u'&') == name)
            return a->menu();
    }
    return nullptr;
}

QAction* actionNamed(QMenu* menu, const QString& startsWith) {
    for (QAction* a : menu->actions()) {
        if (a->text().remove(u'&').startsWith(startsWith))
            return a;
    }
    return nullptr;
}

QString pageText(const EditionDisplay& display, int page) {
    QString text;
    for (const DisplayItem& item : display.pages[static_cast<size_t>(page)].items) {
        if (const auto* run = std::get_if<GlyphRunItem>(&item))
            text += run->text;
    }
    return text;
}

// A window with a new edition from the default template (through File › New's dialog).
struct NewEditionFixture {
    MainWindow window;
    bool asked = false;
    NewEditionFixture() {
        window.resize(1280, 800);
        window.show();
        QTest::qWaitForWindowExposed(&window);
        answerNextDialog<NewDocumentDialog>([](NewDocumentDialog* d) { d->accept(); }, &asked);
        window.newDocument();
        QCoreApplication::processEvents();
    }
    EditSession* session() { return window.session(); }
    const Edition& edition() { return window.session()->edition(); }
};

}  // namespace

class TestMastersEditor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("PaibanTest")); }

    void newFromTemplate() {
        NewEditionFixture f;
        QVERIFY(f.asked);
        QVERIFY(f.session()->hasDocument());
        QCOMPARE(f.window.pageCount(), 4);
        QCOMPARE(f.edition().masters.size(), size_t(3));
        QVERIFY(f.session()->path().isEmpty());
        QVERIFY(f.window.windowTitle().contains(QStringLiteral("Untitled")) ||
                f.window.windowTitle().contains(QStringLiteral("未命名")));
        QVERIFY(pageText(f.session()->display(), 1).contains(QStringLiteral("第2版")));
        QVERIFY(pageText(f.session()->display(), 2).contains(QStringLiteral("第3版")));
        // Cancelled, the document stays.
        bool asked = false;
        answerNextDialog<NewDocumentDialog>([](NewDocumentDialog* d) { d->reject(); }, &asked);
        f.window.newDocument();
        QVERIFY(asked);
        QCOMPARE(f.window.pageCount(), 4);
    }

    void closeLeavesAWindowThatCopes() {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("sample.paiban"));
        QVERIFY(QFile::copy(test::sampleEditionPath(), copy));
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDocument(copy));
        window.canvas()->setSelectedFrame(window.session()->edition().pages[0].frames[0].id);
        // A change: Close asks whether to save it.
        window.session()->push(new AddGuideCommand(window.session(), 0, Guide{false, 100}));
        bool asked = false;
        answerNextDialog<QMessageBox>(
            [](QMessageBox* box) { box->button(QMessageBox::Discard)->click(); }, &asked);
        QVERIFY(window.closeDocument());
        QVERIFY(asked);
        QVERIFY(!window.session()->hasDocument());
        QCOMPARE(window.pageCount(), 0);
        QVERIFY(window.canvas()->selectedFrame().isEmpty());
        QCoreApplication::processEvents();  // the lists refresh after the event
        for (const QListWidget* list : window.findChildren<QListWidget*>())
            QCOMPARE(list->count(), 0);  // no page, no finding of the document gone
        // Every gesture and every action on the empty window: nothing crashes.
        QWidget* canvas = window.canvas()->viewport();
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(200, 200));
        QTest::mousePress(canvas, Qt::LeftButton, {}, QPoint(100, 100));
        QTest::mouseMove(canvas, QPoint(300, 300));
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, QPoint(300, 300));
        QTest::keyClick(canvas, Qt::Key_Delete);
        QTest::keyClick(canvas, Qt::Key_Right);
        QTest::keyClicks(canvas, QStringLiteral("tx"));
        std::unique_ptr<QTimer> dismiss(dismissModals());
        // (Open Recent would open a document: left out. A menu may rebuild itself when
        // an action runs: its actions are held weakly.)
        std::function<void(QMenu*)> triggerAll = [&](QMenu* menu) {
            Q_EMIT menu->aboutToShow();
            QList<QPointer<QAction>> actions;
            for (QAction* a : menu->actions())
                actions << a;
            for (const QPointer<QAction>& a : actions) {
                if (!a)
                    continue;
                const QString text = a->text().remove(u'&');
                if (a->menu()) {
                    if (!text.contains(QStringLiteral("Recent")))
                        triggerAll(a->menu());
                } else if (a->isEnabled() && !a->isSeparator() &&
                           !text.startsWith(QStringLiteral("Quit"))) {
                    a->trigger();
                    QCoreApplication::processEvents();
                }
            }
        };
        for (QAction* top : window.menuBar()->actions()) {
            if (top->menu())
                triggerAll(top->menu());
        }
        QVERIFY(!window.grab().isNull());
        // New and Open work from there.
        asked = false;
        answerNextDialog<NewDocumentDialog>([](NewDocumentDialog* d) { d->accept(); }, &asked);
        dismiss.reset();
        window.newDocument();
        QVERIFY(asked);
        QCOMPARE(window.pageCount(), 4);
        QCoreApplication::processEvents();  // the lists fill: "No problems found."
        const auto lists = window.findChildren<QListWidget*>();
        QVERIFY(std::any_of(lists.begin(), lists.end(), [](const QListWidget* list) {
            return !list->findItems(QStringLiteral("No problems found."), Qt::MatchExactly)
                        .isEmpty();
        }));
        // Unchanged, it closes without asking: by its shortcut on the page.
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(window.canvas(), Qt::Key_W, Qt::ControlModifier);
        QVERIFY(!window.session()->hasDocument());
        QCoreApplication::processEvents();
        for (const QListWidget* list : window.findChildren<QListWidget*>())
            QCOMPARE(list->count(), 0);  // not even "No problems found."
        QVERIFY(window.openDocument(copy));
        QCOMPARE(window.pageCount(), 2);
    }

    void documentSetupAppliedAndUndone() {
        NewEditionFixture f;
        const Edition before = f.edition();
        const int steps = f.session()->undoStack()->count();
        bool asked = false;
        answerNextDialog<DocumentSetupDialog>(
            [](DocumentSetupDialog* d) {
                auto* paper = d->findChild<QComboBox*>();
                paper->setCurrentIndex(1);
                Q_EMIT paper->activated(1);  // as a click on 4开 does
                d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            },
            &asked);
        f.window.documentSetup();
        QVERIFY(asked);
        QCOMPARE(f.session()->undoStack()->count(), steps + 1);
        for (const Page& page : f.edition().pages) {
            QCOMPARE(page.widthPt, mmToPt(271.5));
            QCOMPARE(page.grid.columns, 6);
        }
        f.session()->undoStack()->undo();
        QVERIFY(f.edition() == before);
        f.session()->undoStack()->redo();
        QCOMPARE(f.edition().pages[3].grid.columns, 6);
    }

    void masterChosenAndReleasedFromTheMenu() {
        NewEditionFixture f;
        f.window.showPage(1);
        QMenu* pages = menuNamed(f.window, QStringLiteral("Pages"));
        QVERIFY(pages);
        QMenu* master = actionNamed(pages, QStringLiteral("Master of This"))->menu();
        Q_EMIT master->aboutToShow();
        QAction* none = actionNamed(master, QStringLiteral("None"));
        QVERIFY(none);
        QVERIFY(actionNamed(master, QStringLiteral("By Rule (报眉左)"))->isChecked());
        none->trigger();
        QCOMPARE(f.edition().pages[1].master, std::optional<QString>(QString()));
        QVERIFY(!pageText(f.session()->display(), 1).contains(QStringLiteral("第2版")));
        f.session()->undoStack()->undo();
        QVERIFY(pageText(f.session()->display(), 1).contains(QStringLiteral("第2版")));

        QMenu* release = actionNamed(pages, QStringLiteral("Release from Master"))->menu();
        Q_EMIT release->aboutToShow();
        QCOMPARE(release->actions().size(), 3);  // folio, dateline, header-rule
        actionNamed(release, QStringLiteral("folio"))->trigger();
        QCOMPARE(f.edition().pages[1].frames.size(), size_t(1));
        QCOMPARE(f.window.canvas()->selectedFrame(), QStringLiteral("folio-1"));
        QVERIFY(pageText(f.session()->display(), 1).contains(QStringLiteral("第2版")));
        Q_EMIT release->aboutToShow();
        QCOMPARE(release->actions().size(), 2);
        f.session()->undoStack()->undo();
        QVERIFY(f.edition().pages[1].frames.empty());
        QVERIFY(f.edition().pages[1].releasedItems.empty());
    }

    void masterItemEditedInMasterPages() {
        NewEditionFixture f;
        const Edition before = f.edition();
        MastersDialog dialog(f.session(), &f.window);
        auto lists = dialog.findChildren<QListWidget*>();
        QCOMPARE(lists.size(), 2);
        QListWidget* masters = lists[0];
        QListWidget* items = lists[1];
        QCOMPARE(masters->count(), 3);
        masters->setCurrentRow(1);  // 报眉左
        QCOMPARE(items->count(), 3);
        items->setCurrentRow(0);  // folio
        auto boxes = dialog.findChildren<LengthBox*>();
        QCOMPARE(boxes.size(), 4);
        boxes[0]->setValue(boxes[0]->value() + 30);  // x
        const int steps = f.session()->undoStack()->count();
        dialog.findChild<QPushButton*>()->click();
        QCOMPARE(f.session()->undoStack()->count(), steps + 1);
        const Rect now = findMaster(f.edition(), QStringLiteral("报眉左"))->frames[0].rect;
        const Rect was = findMaster(before, QStringLiteral("报眉左"))->frames[0].rect;
        QVERIFY(std::abs(now.x - (was.x + 30)) < 0.01);
        // The boxes not edited leave their values to the last bit.
        QCOMPARE(now.y, was.y);
        QCOMPARE(now.width, was.width);
        QCOMPARE(now.height, was.height);
        f.session()->undoStack()->undo();
        QVERIFY(f.edition() == before);
    }

    void windowAndHelpMenus() {
        NewEditionFixture f;
        QMenu* window = menuNamed(f.window, QStringLiteral("Window"));
        QVERIFY(window);
        QVERIFY(window->actions().size() >= 5);  // the panels, Reset Panels
        QVERIFY(actionNamed(window, QStringLiteral("Reset Panels")));
        QMenu* help = menuNamed(f.window, QStringLiteral("Help"));
        QVERIFY(help);
        bool asked = false;
        int rows = 0;
        bool hasNew = false;
        answerNextDialog<QDialog>(
            [&](QDialog* d) {
                auto* table = d->findChild<QTableWidget*>();
                rows = table ? table->rowCount() : 0;
                for (int r = 0; table && r < rows; ++r)
                    hasNew = hasNew || table->item(r, 0)->text() == QStringLiteral("File › New…");
                d->reject();
            },
            &asked);
        actionNamed(help, QStringLiteral("Keyboard Shortcuts"))->trigger();
        QVERIFY(asked);
        QVERIFY2(rows > 15, qPrintable(QString::number(rows)));
        QVERIFY(hasNew);
        asked = false;
        answerNextDialog<QMessageBox>([](QMessageBox* box) { box->accept(); }, &asked);
        actionNamed(help, QStringLiteral("About Paiban"))->trigger();
        QVERIFY(asked);
    }
};

QTEST_MAIN(TestMastersEditor)
#include "tst_masters_editor.moc"
