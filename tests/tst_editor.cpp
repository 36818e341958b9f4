// The editor window on the offscreen platform: it opens the sample edition, pages and
// zooms, and draws the page (text included) from the display list.
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QMenuBar>
#include <QTest>

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QRadioButton>

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>
#include <cstdio>
#include <memory>

#include "editor/canvas/page_canvas.h"
#include "editor/commands.h"
#include "editor/edit_session.h"
#include "editor/export_dialog.h"
#include "editor/main_window.h"
#include "editor/side_panels.h"
#include "editor/story_panel.h"
#include "editor/tools/text_tool.h"
#include "editor/tools/tool_box.h"
#include "editor_fixture.h"
#include "io/document_io.h"
#include "model/grid.h"
#include "model/text_edit.h"
#include "sample_text.h"

using namespace paiban;
using namespace paiban::editor;
using paiban::test::answerNextMessageBox;
using paiban::test::EditorFixture;

namespace {

// A double-click as Qt 6 delivers a real one to a widget: press, release, press,
// double-click, release (QTest::mouseDClick sends the double-click event alone).
void doubleClick(QWidget* widget, QPoint at) {
    QTest::mousePress(widget, Qt::LeftButton, {}, at);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, at);
    QTest::mousePress(widget, Qt::LeftButton, {}, at);
    QTest::mouseDClick(widget, Qt::LeftButton, {}, at);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, at);
}

}  // namespace

class TestEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("PaibanTest"));
        // Recovery files and settings out of the user's folders, where an editor session
        // of the same user could leave work that a test would be asked to restore.
        QStandardPaths::setTestModeEnabled(true);
    }

    void opensTheSample() {
        MainWindow window;
        QVERIFY(window.openDocument(test::sampleEditionPath()));
        QCOMPARE(window.pageCount(), 2);
        QCOMPARE(window.currentPage(), 0);
        QVERIFY(window.windowTitle().contains(QStringLiteral("weidu-weekly.paiban")));
        window.nextPage();
        QCOMPARE(window.currentPage(), 1);
        window.nextPage();
        QCOMPARE(window.currentPage(), 1);
        window.previousPage();
        QCOMPARE(window.currentPage(), 0);
    }

    void zooms() {
        MainWindow window;
        window.resize(1000, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDocument(test::sampleEditionPath()));
        PageCanvas* view = window.canvas();
        QCOMPARE(view->zoomMode(), PageCanvas::ZoomMode::FitPage);
        const double fit = view->zoom();
        QVERIFY(fit > 0.05 && fit < 1);
        view->zoomIn();
        QVERIFY(view->zoom() > fit);
        QCOMPARE(view->zoomMode(), PageCanvas::ZoomMode::Fixed);
        view->setZoom(1.0);
        QCOMPARE(view->zoom(), 1.0);
        view->fitPage();
        QCOMPARE(view->zoom(), fit);
    }

    void drawsThePage() {
        MainWindow window;
        window.resize(1000, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDocument(test::sampleEditionPath()));
        window.canvas()->setGuidesVisible(false);
        window.canvas()->setZoom(1.0);
        const QImage image = window.canvas()->viewport()->grab().toImage();
        // At 100 % the top left of the page shows the masthead in red and body text in black.
        int dark = 0, red = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                const QColor c = image.pixelColor(x, y);
                if (c.red() < 80 && c.green() < 80 && c.blue() < 80)
                    ++dark;
                if (c.red() > 180 && c.green() < 80 && c.blue() < 80)
                    ++red;
            }
        }
        QVERIFY2(dark > 500, qPrintable(QString::number(dark)));
        QVERIFY2(red > 50, qPrintable(QString::number(red)));
    }

    void fileMenuHasStandardShortcuts() {
        MainWindow window;
        QStringList shortcuts;
        for (QAction* menu : window.menuBar()->actions()) {
            for (QAction* action : menu->menu()->actions())
                shortcuts << action->shortcut().toString();
        }
        for (QKeySequence::StandardKey key :
             {QKeySequence::Open, QKeySequence::Save, QKeySequence::SaveAs, QKeySequence::ZoomIn}) {
            QVERIFY2(shortcuts.contains(QKeySequence(key).toString()),
                     qPrintable(QKeySequence(key).toString()));
        }
    }

    // File › Export PDF offers what `paiban export` does: press or proof (in colour or
    // greys), pages, crop marks and bleed (the press's); a page range that is not one is
    // refused.
    void exportDialogGivesTheOptions() {
        editor::ExportDialog dialog(2, {});
        dialog.findChildren<QRadioButton*>()[1]->setChecked(true);  // proof
        dialog.findChild<QLineEdit*>()->setText(QStringLiteral("2"));
        dialog.findChildren<QRadioButton*>()[3]->setChecked(true);  // these pages
        dialog.findChild<QCheckBox*>()->setChecked(true);
        dialog.findChild<QDoubleSpinBox*>()->setValue(3);
        auto* colour = dialog.findChild<QComboBox*>();
        QVERIFY(colour->isEnabled());  // a proof's choice, offered with the proof
        QVERIFY(!dialog.findChild<QCheckBox*>()->isEnabled());  // marks are the press's
        colour->setCurrentIndex(1);
        PdfOptions options;
        QVERIFY(dialog.options(&options));
        QCOMPARE(options.intent, PdfIntent::Proof);
        QCOMPARE(options.proofColour, ProofColour::Gray);
        QCOMPARE(options.pages, std::vector<int>{1});
        QVERIFY(options.cropMarks);
        QVERIFY(std::abs(options.bleedPt - 3 * 72 / 25.4) < 1e-9);
        dialog.findChild<QLineEdit*>()->setText(QStringLiteral("3-4"));
        QVERIFY(!dialog.options(&options));
        dialog.findChildren<QRadioButton*>()[0]->setChecked(true);  // press: no proof colours
        QVERIFY(!colour->isEnabled());
        QVERIFY(dialog.findChild<QCheckBox*>()->isEnabled());
    }

    // Drawing a text frame with the text tool: a new frame snapped to the columns and the
    // grid, with a story of its own; undo takes it away, redo brings it back.
    void createsAFrameSnappedToTheGrid() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        const Page& page = f.edition().pages[0];
        const Rect columns = columnSpan(page, 1, 2);
        f.window.tools()->setCurrent(ToolKind::TextFrame);
        const double top = page.margins.top + 60 * page.grid.baselinePt;
        f.drag(f.at(columns.x + 3, top + 2),
               f.at(columns.right() - 2, top + 4 * page.grid.baselinePt - 3));
        const auto frames = f.edition().pages[0].frames.size();
        const Frame& added = f.edition().pages[0].frames.back();
        QCOMPARE(added.kind, FrameKind::Text);
        QVERIFY2(std::abs(added.rect.x - columns.x) < 1e-6,
                 qPrintable(QString::number(added.rect.x)));
        QVERIFY(std::abs(added.rect.right() - columns.right()) < 1e-6);
        QVERIFY(std::abs(added.rect.y - top) < 1e-6);
        QVERIFY(std::abs(added.rect.height - 4 * page.grid.baselinePt) < 1e-6);
        QVERIFY(std::any_of(
            f.edition().stories.begin(), f.edition().stories.end(),
            [&](const Story& s) { return s.frameIds == std::vector<QString>{added.id}; }));
        QCOMPARE(f.window.canvas()->selectedFrame(), added.id);
        f.window.session()->undoStack()->undo();
        QCOMPARE(f.edition().pages[0].frames.size(), frames - 1);
        f.window.session()->undoStack()->redo();
        QCOMPARE(f.edition().pages[0].frames.size(), frames);
    }

    // Dragging a photo: it lands on the nearest column edge and grid line, its caption
    // comes along, and the text around it reflows; undo puts everything back.
    void movesAFrameWithSnapping() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        f.window.showPage(1);
        const Frame photo = *f.edition().frame(QStringLiteral("pangzhuang-photo")).second;
        const Frame caption = *f.edition().frame(QStringLiteral("pangzhuang-caption")).second;
        const Page& page = f.edition().pages[1];
        const double step = page.grid.baselinePt;
        const QPoint grab = f.at(photo.rect.x + 40, photo.rect.y + 40);
        // Two lines and a point down (its top is then the edge nearest a grid line: the
        // photo is 4 pt short of whole lines), a little to the right of where it was.
        f.drag(grab, grab + QPoint(3, qRound((2 * step + 1) * f.window.canvas()->zoom() *
                                             f.window.canvas()->logicalDpiX() / 72.0)));
        const Frame moved = *f.edition().frame(QStringLiteral("pangzhuang-photo")).second;
        QVERIFY2(std::abs(moved.rect.x - photo.rect.x) < 1e-6,
                 qPrintable(QString::number(moved.rect.x - photo.rect.x)));
        QVERIFY2(std::abs(moved.rect.y - (photo.rect.y + 2 * step)) < 1e-6,
                 qPrintable(QString::number((moved.rect.y - photo.rect.y) / step)));
        const Frame captionMoved = *f.edition().frame(QStringLiteral("pangzhuang-caption")).second;
        QVERIFY(std::abs(captionMoved.rect.y - caption.rect.y - 2 * step) < 1e-6);
        f.window.session()->undoStack()->undo();
        QCOMPARE(f.edition().frame(QStringLiteral("pangzhuang-photo")).second->rect, photo.rect);
    }

    // Typing in the story panel sets the page again at once; undo brings the text back
    // in the panel and on the page.
    void typingReflowsThePage() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        f.window.canvas()->setSelectedFrame(QStringLiteral("business-body"));
        QCoreApplication::processEvents();  // the panels follow once the event is done
        StoryPanel* panel = f.window.storyPanel();
        QCOMPARE(panel->storyId(), QStringLiteral("business"));
        QPlainTextEdit* edit = panel->textEdit();
        const QString before = edit->toPlainText();
        const int runsBefore = f.linesOn(0);
        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(10);
        edit->setTextCursor(cursor);
        edit->setFocus();
        for (const QChar c : QStringLiteral("魏都区魏都区魏都区魏都区魏都区魏都区魏都区魏都区")) {
            QKeyEvent key(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(edit, &key);
        }
        const Story* story = f.edition().story(QStringLiteral("business"));
        QVERIFY(storyPlainText(*story).startsWith(before.left(10) + QStringLiteral("魏都区")));
        QVERIFY2(f.linesOn(0) > runsBefore, qPrintable(QString::number(f.linesOn(0))));
        QCOMPARE(f.window.session()->undoStack()->count(), 1);  // typing merges into one step
        f.window.session()->undoStack()->undo();
        QCoreApplication::processEvents();
        QCOMPARE(storyPlainText(*f.edition().story(QStringLiteral("business"))), before);
        QCOMPARE(edit->toPlainText(), before);
        QCOMPARE(f.linesOn(0), runsBefore);
        f.window.session()->undoStack()->redo();
        QCoreApplication::processEvents();
        QVERIFY(edit->toPlainText().contains(QStringLiteral("魏都区魏都区魏都区")));
    }

    // Chinese input: the pre-edit string shows inline and only the committed text enters
    // the story.
    void inputMethodCommitsText() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        f.window.canvas()->setSelectedFrame(QStringLiteral("signing-body"));
        QCoreApplication::processEvents();  // the panels follow once the event is done
        QPlainTextEdit* edit = f.window.storyPanel()->textEdit();
        edit->setFocus();
        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(0);
        edit->setTextCursor(cursor);
        QInputMethodEvent preedit(QStringLiteral("weidu"), {});
        QApplication::sendEvent(edit, &preedit);
        QVERIFY(!storyPlainText(*f.edition().story(QStringLiteral("signing"))).startsWith(u'w'));
        QInputMethodEvent commit;
        commit.setCommitString(QStringLiteral("魏都"));
        QApplication::sendEvent(edit, &commit);
        QVERIFY(storyPlainText(*f.edition().story(QStringLiteral("signing")))
                    .startsWith(QStringLiteral("魏都")));
    }

    // A paragraph style made smaller: every paragraph in it reflows, in fewer lines (the
    // sample's pages are full to the foot, so larger type would only run over); undo
    // restores it.
    void styleChangeReflows() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        const int runsBefore = f.linesOn(0);
        StylesPanel* styles = f.window.stylesPanel();
        const auto items = styles->list()->findItems(QStringLiteral("body"), Qt::MatchExactly);
        QVERIFY(!items.isEmpty());
        styles->list()->setCurrentItem(items.front());
        styles->sizeBox()->setValue(7.5);
        QCOMPARE(f.edition().styles.paragraphStyle(QStringLiteral("body"))->sizePt, 7.5);
        QVERIFY2(f.linesOn(0) < runsBefore, qPrintable(QString::number(f.linesOn(0))));
        f.window.session()->undoStack()->undo();
        QCOMPARE(f.edition().styles.paragraphStyle(QStringLiteral("body"))->sizePt, 9.0);
        QCOMPARE(f.linesOn(0), runsBefore);
    }

    // Pages: one added, moved in front (the 报眉 numbers follow), removed again.
    void pagesAreAddedMovedAndRemoved() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        EditSession* session = f.window.session();
        session->push(new AddPageCommand(session, 1));
        QCOMPARE(f.window.pageCount(), 3);
        session->push(new MovePageCommand(session, 1, 0));
        QCOMPARE(f.edition().pages[0].section, QStringLiteral("学习贯彻党的二十大精神"));
        session->push(new RemovePageCommand(session, 2));
        QCOMPARE(f.window.pageCount(), 2);
        while (session->undoStack()->canUndo())
            session->undoStack()->undo();
        QCOMPARE(f.edition().pages[0].section, QStringLiteral("一周要闻"));
        QVERIFY(f.window.windowTitle().endsWith(QStringLiteral("— Paiban")));  // clean again
    }

    // Editing in place: a double-click puts the caret in the text on the page; typed and
    // input-method text go into the story there; Backspace and Escape do what they say.
    void typesOnThePage() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        PageCanvas* view = f.window.canvas();
        // The first body line of the lead story, a little way in.
        const Frame* frame = f.edition().frame(QStringLiteral("business-body")).second;
        const QPoint point = f.at(frame->rect.x + 5 * 9 + 2, frame->rect.y + 6);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(f.window.tools()->textTool()->story(), QStringLiteral("business"));
        const int caret = f.window.tools()->textTool()->caret();
        QVERIFY2(caret > 0 && caret < 12, qPrintable(QString::number(caret)));
        const QString before = storyPlainText(*f.edition().story(QStringLiteral("business")));
        for (const QChar c : QStringLiteral("新闻")) {
            QKeyEvent key(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(view, &key);
        }
        QInputMethodEvent preedit(QStringLiteral("bao"), {});
        QApplication::sendEvent(view, &preedit);
        QInputMethodEvent commit;
        commit.setCommitString(QStringLiteral("报"));
        QApplication::sendEvent(view, &commit);
        QString after = storyPlainText(*f.edition().story(QStringLiteral("business")));
        QCOMPARE(after, before.left(caret) + QStringLiteral("新闻报") + before.mid(caret));
        QCOMPARE(f.window.tools()->textTool()->caret(), caret + 3);
        QTest::keyClick(view, Qt::Key_Backspace);
        after = storyPlainText(*f.edition().story(QStringLiteral("business")));
        QCOMPARE(after, before.left(caret) + QStringLiteral("新闻") + before.mid(caret));
        // The caret stands on the page where the text is.
        const auto place = f.window.display().lines.caretAt(QStringLiteral("business"),
                                                            f.window.tools()->textTool()->caret());
        QVERIFY(place && place->page == 0);
        QVERIFY(static_cast<QWidget*>(view)
                    ->inputMethodQuery(Qt::ImCursorRectangle)
                    .toRect()
                    .isValid());
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(f.window.tools()->textTool()->story().isEmpty());
        // The deletion is a step of its own, after the typing (one step for three
        // characters, the input method's included).
        f.window.session()->undoStack()->undo();
        QCOMPARE(storyPlainText(*f.edition().story(QStringLiteral("business"))),
                 before.left(caret) + QStringLiteral("新闻报") + before.mid(caret));
        f.window.session()->undoStack()->undo();
        QCOMPARE(storyPlainText(*f.edition().story(QStringLiteral("business"))), before);
    }

    // A character style on the story panel's selection.
    void appliesACharacterStyle() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        f.window.canvas()->setSelectedFrame(QStringLiteral("business-body"));
        QCoreApplication::processEvents();  // the panels follow once the event is done
        StoryPanel* panel = f.window.storyPanel();
        QTextCursor cursor = panel->textEdit()->textCursor();
        cursor.setPosition(0);
        cursor.setPosition(3, QTextCursor::KeepAnchor);
        panel->textEdit()->setTextCursor(cursor);
        panel->characterStyleBox()->setCurrentText(QStringLiteral("credit"));
        panel->applyCharacterStyleToSelection();
        const Paragraph& first = f.edition().story(QStringLiteral("business"))->paragraphs[0];
        QCOMPARE(first.runs.front().characterStyle, QStringLiteral("credit"));
        QCOMPARE(first.runs.front().text.size(), 3);
        f.window.session()->undoStack()->undo();
        QVERIFY(f.edition()
                    .story(QStringLiteral("business"))
                    ->paragraphs[0]
                    .runs.front()
                    .characterStyle.isEmpty());
    }

    // A guide dragged out of the top ruler lies across the page; frames snap to it.
    void guidesFromTheRuler() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        PageCanvas* view = f.window.canvas();
        QWidget* ruler = nullptr;
        for (QWidget* child : view->findChildren<QWidget*>()) {
            if (child != view->viewport() && child->parent() == view && child->height() == 20 &&
                child->width() > 200)
                ruler = child;
        }
        QVERIFY(ruler);
        const QPoint target = f.at(300, 994.3);  // halfway between two grid lines
        const QPoint inRuler = ruler->mapFromGlobal(view->viewport()->mapToGlobal(target));
        QTest::mousePress(ruler, Qt::LeftButton, {}, QPoint(inRuler.x(), 10));
        QMouseEvent move(QEvent::MouseMove, inRuler, ruler->mapToGlobal(inRuler), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(ruler, &move);
        QTest::mouseRelease(ruler, Qt::LeftButton, {}, inRuler);
        const auto& guides = f.edition().pages[0].guides;
        QCOMPARE(guides.size(), size_t(1));
        QVERIFY(!guides[0].vertical);
        QVERIFY2(std::abs(guides[0].positionPt - 994.3) < 1.5,
                 qPrintable(QString::number(guides[0].positionPt)));
        const Rect snapped =
            snapToGrid(f.edition().pages[0], Rect{100, guides[0].positionPt + 2, 50, 50}, 4);
        QCOMPARE(snapped.y, guides[0].positionPt);
    }

    // A character style edited: the runs in it change (here the photo credits go light).
    void characterStyleChangeReflows() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        StylesPanel* styles = f.window.stylesPanel();
        const auto items =
            styles->characterList()->findItems(QStringLiteral("credit"), Qt::MatchExactly);
        QVERIFY(!items.isEmpty());
        styles->characterList()->setCurrentItem(items.front());
        QCOMPARE(styles->characterWeightBox()->value(), 700);
        styles->characterWeightBox()->setValue(400);
        QCOMPARE(*f.edition().styles.characterStyle(QStringLiteral("credit"))->fontWeight, 400);
        f.window.session()->undoStack()->undo();
        QCOMPARE(*f.edition().styles.characterStyle(QStringLiteral("credit"))->fontWeight, 700);
    }

    // Links: a photo whose file has gone is listed as missing and relinked to another.
    void relinksAMissingPhoto() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        const QString images = f.dir.filePath(QStringLiteral("images"));
        QVERIFY(QFile::rename(images + QStringLiteral("/aerogel.jpg"),
                              images + QStringLiteral("/moved.jpg")));
        f.window.session()->changed();  // as after any edit: the layout looks at the files again
        QCoreApplication::processEvents();
        LinksPanel* links = f.window.linksPanel();
        QListWidgetItem* missing = nullptr;
        for (int i = 0; i < links->list()->count(); ++i) {
            if (links->list()->item(i)->text().contains(QStringLiteral("aerogel.jpg")))
                missing = links->list()->item(i);
        }
        QVERIFY(missing);
        QVERIFY2(missing->text().contains(QStringLiteral("missing")), qPrintable(missing->text()));
        links->list()->setCurrentItem(missing);
        links->relinkSelected(images + QStringLiteral("/moved.jpg"));
        QCOMPARE(f.edition().frame(QStringLiteral("aerogel-photo")).second->imagePath,
                 QStringLiteral("images/moved.jpg"));
        bool found = false;
        for (const Diagnostic& d : f.window.display().diagnostics)
            found = found || d.kind == DiagnosticKind::MissingImage;
        QVERIFY(!found);
    }

    // Regression (issue 14): Ctrl+V in the story panel with nothing on the clipboard,
    // first thing after start and with a story shown, crashed inside QtWidgets.
    void pastingNothingInTheStoryPanel() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        QGuiApplication::clipboard()->clear();
        QPlainTextEdit* edit = f.window.storyPanel()->textEdit();
        QTest::mouseClick(edit->viewport(), Qt::LeftButton, {}, QPoint(10, 10));
        QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
        f.window.canvas()->setSelectedFrame(QStringLiteral("business-body"));
        QCoreApplication::processEvents();  // the panels follow once the event is done
        QCoreApplication::processEvents();
        const QString before = storyPlainText(*f.edition().story(QStringLiteral("business")));
        QTest::mouseClick(edit->viewport(), Qt::LeftButton, {}, QPoint(10, 10));
        QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
        QCoreApplication::processEvents();
        QCOMPARE(storyPlainText(*f.edition().story(QStringLiteral("business"))), before);
        QGuiApplication::clipboard()->setText(QStringLiteral("【快讯】\r\n第二段"));
        QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
        QCoreApplication::processEvents();
        QVERIFY(storyPlainText(*f.edition().story(QStringLiteral("business")))
                    .contains(QStringLiteral("【快讯】")));
        QCOMPARE(edit->toPlainText(),
                 storyPlainText(*f.edition().story(QStringLiteral("business"))));
    }

    // Regression (issue 14): double-clicking a preflight finding whose frame is on another
    // page replaced the list while its own signal was still running.
    void activatingAFindingOnAnotherPage() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        // Make a finding on page 2: a frame off its page.
        f.addFrameOffPage(1);  // a preflight error there
        QCoreApplication::processEvents();
        QListWidget* findings = nullptr;
        for (QListWidget* list : f.window.findChildren<QListWidget*>()) {
            if (list->objectName() == QStringLiteral("preflightList"))
                findings = list;
        }
        QVERIFY(findings);
        QListWidgetItem* onPage2 = nullptr;
        for (int i = 0; i < findings->count(); ++i) {
            if (findings->item(i)->data(Qt::UserRole).toInt() == 1)
                onPage2 = findings->item(i);
        }
        QVERIFY(onPage2);
        QCOMPARE(f.window.currentPage(), 0);
        findings->scrollToItem(onPage2);
        const QRect where = findings->visualItemRect(onPage2);
        QVERIFY2(findings->viewport()->rect().contains(where.center()),
                 qPrintable(QStringLiteral("the finding is out of sight: %1,%2 in %3×%4")
                                .arg(where.center().x())
                                .arg(where.center().y())
                                .arg(findings->viewport()->width())
                                .arg(findings->viewport()->height())));
        doubleClick(findings->viewport(), where.center());
        QCoreApplication::processEvents();
        QCOMPARE(f.window.currentPage(), 1);
    }

    // Delete while text is edited on the page deletes the next character, never the frame,
    // even when the frame was selected before the double-click; with no text edited it
    // deletes the selected frame (and undo brings it back).
    void deleteKeyBelongsToTheText() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        PageCanvas* view = f.window.canvas();
        const Frame* frame = f.edition().frame(QStringLiteral("business-body")).second;
        const QPoint point = f.at(frame->rect.x + 5 * 9 + 2, frame->rect.y + 6);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(view->selectedFrame(), QStringLiteral("business-body"));
        doubleClick(view->viewport(), point);
        QVERIFY(f.window.tools()->isEditingText());
        const int caret = f.window.tools()->textTool()->caret();
        const QString before = storyPlainText(*f.edition().story(QStringLiteral("business")));
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(f.edition().frame(QStringLiteral("business-body")).second);
        QCOMPARE(storyPlainText(*f.edition().story(QStringLiteral("business"))),
                 before.left(caret) + before.mid(caret + 1));
        // Letters that are tool shortcuts elsewhere are text here.
        QTest::keyClicks(view, QStringLiteral("TVFBL"));
        QCOMPARE(storyPlainText(*f.edition().story(QStringLiteral("business"))).mid(caret, 5),
                 QStringLiteral("TVFBL"));
        QCOMPARE(f.window.tools()->current(), ToolKind::Text);  // not a tool the letters name
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(!f.window.tools()->isEditingText());
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(!f.edition().frame(QStringLiteral("business-body")).second);
        f.window.session()->undoStack()->undo();
        QVERIFY(f.edition().frame(QStringLiteral("business-body")).second);
    }

    // One gesture, one undo step: a move and then a resize are two; typing in a row is
    // one and the deletions after it another; Ctrl+Y and Ctrl+Shift+Z both redo; the
    // toolbar's Undo keeps its width whatever step it would undo.
    void oneGestureOneUndoStep() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        EditSession* session = f.window.session();
        QUndoStack* stack = session->undoStack();
        QToolButton* undoButton = nullptr;
        for (QToolButton* b : f.window.findChildren<QToolButton*>()) {
            if (b->defaultAction() && b->defaultAction()->text() == QStringLiteral("Undo"))
                undoButton = b;
        }
        QVERIFY(undoButton);
        const int width = undoButton->width();
        const Rect start = f.edition().frame(QStringLiteral("aerogel-photo")).second->rect;
        session->push(new MoveFrameCommand(session, QStringLiteral("aerogel-photo"),
                                           Rect{start.x, start.y + 20, start.width, start.height}));
        session->push(
            new MoveFrameCommand(session, QStringLiteral("aerogel-photo"),
                                 Rect{start.x, start.y + 20, start.width - 30, start.height}));
        QCOMPARE(stack->count(), 2);
        PageCanvas* view = f.window.canvas();
        f.window.tools()->editText(QStringLiteral("business"), 0);
        QTest::keyClicks(view, QStringLiteral("abc"));
        QTest::keyClick(view, Qt::Key_Backspace);
        QTest::keyClick(view, Qt::Key_Backspace);
        QCOMPARE(stack->count(), 4);
        QCoreApplication::processEvents();
        QCOMPARE(undoButton->width(), width);
        QTest::keyClick(view, Qt::Key_Escape);
        const QString typed = storyPlainText(*f.edition().story(QStringLiteral("business")));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(storyPlainText(*f.edition().story(QStringLiteral("business"))).startsWith(u"abc"));
        QTest::keyClick(view, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(storyPlainText(*f.edition().story(QStringLiteral("business"))), typed);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(storyPlainText(*f.edition().story(QStringLiteral("business"))), typed);
        stack->setIndex(2);
        QCOMPARE(f.edition().frame(QStringLiteral("aerogel-photo")).second->rect.width,
                 start.width - 30);
        stack->undo();
        QCOMPARE(f.edition().frame(QStringLiteral("aerogel-photo")).second->rect,
                 (Rect{start.x, start.y + 20, start.width, start.height}));
        stack->undo();
        QCOMPARE(f.edition().frame(QStringLiteral("aerogel-photo")).second->rect, start);
    }

    // A page with frames goes only when the user says so; Undo brings it back.
    void deletingAPageWithFramesAsks() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        f.window.showPage(1);
        bool asked = false;
        answerNextMessageBox(QStringLiteral("Cancel"), &asked);
        f.window.findChild<PagesPanel*>()->removeCurrentPage();
        QVERIFY(asked);
        QCOMPARE(f.window.pageCount(), 2);
        asked = false;
        answerNextMessageBox(QStringLiteral("Yes"), &asked);
        f.window.findChild<PagesPanel*>()->removeCurrentPage();
        QVERIFY(asked);
        QCOMPARE(f.window.pageCount(), 1);
        f.window.session()->undoStack()->undo();
        QCOMPARE(f.window.pageCount(), 2);
        QVERIFY(f.edition().frame(QStringLiteral("aerogel-photo")).second);
    }

    // The window fits a 1280 × 800 screen with every panel open, and selecting a frame
    // never resizes it; Reset Panels brings a closed panel back.
    void windowFitsASmallScreen() {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDocument(test::sampleEditionPath()));
        QCoreApplication::processEvents();
        const QSize least = window.minimumSizeHint();
        QVERIFY2(least.width() <= 1280 && least.height() <= 800,
                 qPrintable(QStringLiteral("%1×%2").arg(least.width()).arg(least.height())));
        QCOMPARE(window.size(), QSize(1280, 800));
        for (const QString& id : {QStringLiteral("business-body"), QStringLiteral("aerogel-photo"),
                                  QStringLiteral("brief-discipline-head")}) {
            window.canvas()->setSelectedFrame(id);
            QCoreApplication::processEvents();
            QCOMPARE(window.size(), QSize(1280, 800));
        }
        QVERIFY(window.statusBar()->isVisible());
        QVERIFY(window.statusBar()->geometry().bottom() < 800);
        auto* story = window.findChild<QDockWidget*>(QStringLiteral("story"));
        QVERIFY(story);
        story->close();
        window.resetPanels();
        QVERIFY(!story->isHidden());
    }

    // Whatever the panels' boxes let a hand set — each box at its least and its most —
    // the document still opens again (the monkey found negative gutters and standoffs,
    // which the file format refuses: a saved edition that would not open).
    void panelBoxesKeepTheDocumentValid() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        for (const QString& frame :
             {QStringLiteral("business-body"), QStringLiteral("aerogel-photo"),
              QStringLiteral("masthead-rule-1")}) {
            if (!f.edition().frame(frame).second)
                continue;
            f.window.canvas()->setSelectedFrame(frame);
            QCoreApplication::processEvents();
            for (auto* panel : std::initializer_list<QWidget*>{
                     f.window.findChild<PropertiesPanel*>(), f.window.stylesPanel()}) {
                for (QAbstractSpinBox* box : panel->findChildren<QAbstractSpinBox*>()) {
                    for (int end = 0; end < 2; ++end) {
                        if (!box->isEnabled())
                            continue;
                        box->setFocus();
                        box->selectAll();
                        QTest::keyClick(box, end ? Qt::Key_End : Qt::Key_Home);
                        QTest::keyClicks(box,
                                         end ? QStringLiteral("99999") : QStringLiteral("-99999"));
                        QTest::keyClick(box, Qt::Key_Return);
                        box->stepBy(end ? 50 : -50);
                        QCoreApplication::processEvents();
                        const LoadResult reread =
                            parseEdition(serializeEdition(f.edition()), QStringLiteral("edited"));
                        QVERIFY2(reread.edition, qPrintable(box->objectName() + u' ' + box->text() +
                                                            u'\n' + reread.errorText()));
                    }
                }
            }
        }
    }

    // A text frame just drawn has the caret in it; the tool buttons show the text tool, not
    // the frame tool; deleting the empty frame leaves no story behind (no preflight error).
    void aNewTextFrameIsReadyForTyping() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        QAction* textFrameTool = f.window.tools()->actions()[1];
        QAction* editTextTool = f.window.tools()->actions().back();
        const Page& page = f.edition().pages[0];
        const Rect columns = columnSpan(page, 1, 2);
        f.window.tools()->setCurrent(ToolKind::TextFrame);
        QVERIFY(textFrameTool->isChecked());
        const double top = page.margins.top + 60 * page.grid.baselinePt;
        f.drag(f.at(columns.x + 3, top + 2), f.at(columns.right() - 2, top + 40));
        QVERIFY(editTextTool->isChecked());
        QVERIFY(!textFrameTool->isChecked());
        PageCanvas* view = f.window.canvas();
        QVERIFY(f.window.tools()->isEditingText());
        const size_t stories = f.edition().stories.size();
        QTest::keyClicks(view, QStringLiteral("Hello"));
        QCOMPARE(storyPlainText(*f.edition().story(f.window.tools()->textTool()->story())),
                 QStringLiteral("Hello"));
        f.window.session()->undoStack()->undo();  // the typing
        QTest::keyClick(view, Qt::Key_Escape);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(f.edition().stories.size(), stories - 1);
        QVERIFY(pressExportBlockers(preflight(f.edition(), f.window.display()), {}).empty());
    }

    // Another page shown: the selection of a frame on the page left goes, and Properties
    // with it; Ctrl+Z in a Properties box undoes the edition, not the box's typing.
    void propertiesFollowThePageAndUndo() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        f.window.canvas()->setSelectedFrame(QStringLiteral("business-body"));
        QCoreApplication::processEvents();
        auto* properties = f.window.findChild<PropertiesPanel*>();
        QVERIFY(properties->isEnabled());
        auto* x = properties->findChildren<QDoubleSpinBox*>().front();
        const Rect before = f.edition().frame(QStringLiteral("business-body")).second->rect;
        x->setFocus();
        x->selectAll();
        QTest::keyClicks(x, QStringLiteral("30"));
        QTest::keyClick(x, Qt::Key_Return);
        QVERIFY(f.edition().frame(QStringLiteral("business-body")).second->rect.x != before.x);
        QTest::keyClick(x, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(f.edition().frame(QStringLiteral("business-body")).second->rect, before);
        f.window.showPage(1);
        QCoreApplication::processEvents();
        QVERIFY(f.window.canvas()->selectedFrame().isEmpty());
        QVERIFY(!properties->isEnabled());
    }

    // A page's thumbnail dropped on another's place moves the page there (undoable).
    void pagesDraggedToReorder() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        QCoreApplication::processEvents();
        QTest::qWait(600);  // the thumbnails, drawn once the edition settles
        QListWidget* list = f.window.findChild<PagesPanel*>()->list();
        QCOMPARE(list->count(), 2);
        const QPoint target = list->visualItemRect(list->item(0)).center();
        std::unique_ptr<QMimeData> data(list->model()->mimeData({list->model()->index(1, 0)}));
        // As a real drag arrives: the viewport takes the drag on entering, then the drop
        // (Qt delivers a drop only to the widget that accepted the drag).
        QDragEnterEvent enter(target, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(target, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list->viewport(), &drop);
        QCOMPARE(f.edition().pages[0].section, QStringLiteral("学习贯彻党的二十大精神"));
        QCOMPARE(f.window.currentPage(), 0);
        f.window.session()->undoStack()->undo();
        QCOMPARE(f.edition().pages[0].section, QStringLiteral("一周要闻"));
        // Something else dropped on the list (text from another program) is refused.
        QMimeData text;
        text.setText(QStringLiteral("第1版"));
        QDragEnterEvent stranger(target, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list->viewport(), &stranger);
        QVERIFY(!stranger.isAccepted());
    }
};

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
