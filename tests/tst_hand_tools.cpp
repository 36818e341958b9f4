// The hand's tools on the page, offscreen, driven with clicks, drags, keys and the wheel as
// a person would: threading by a frame's out-port and the next frame (on this page or
// another), placing photos by a click on a column or a drag, cropping a photo in its frame,
// the stacking order, and what the right button offers.
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>
#include <QWheelEvent>

#include "editor/canvas/frame_ports.h"
#include "editor/finding_wording.h"
#include "editor/masters_dialog.h"
#include "editor/side_panels.h"
#include "editor/tools/select_tool.h"
#include "editor/tools/tool_box.h"
#include "editor_fixture.h"
#include "io/document_io.h"
#include "model/grid.h"
#include "model/thread_edits.h"

using namespace paiban;
using namespace paiban::editor;
using paiban::test::EditorFixture;

namespace {

// Two new text frames in the empty top of page 2's margin area: "from" with a story of its
// own (text that overflows it), "to" empty; both on top of whatever is there.
struct TwoFrames {
    QString from, to, story;
};

TwoFrames addTwoFrames(EditorFixture& f, int page) {
    EditSession* session = f.window.session();
    Frame frame;
    frame.kind = FrameKind::Text;
    frame.rect = {100, 300, 150, 60};
    auto* first = new AddFrameCommand(session, page, frame);
    TwoFrames out;
    out.from = first->frameId();
    session->push(first);
    frame.rect = {300, 300, 150, 60};
    auto* second = new AddFrameCommand(session, page, frame);
    out.to = second->frameId();
    session->push(second);
    out.story = storyOfFrame(f.edition(), out.from)->id;
    session->push(new TypeTextCommand(session, out.story, 0, 0,
                                      QString(200, QChar(0x5B57))));  // 字 × 200: overset
    QCoreApplication::processEvents();
    return out;
}

QString threadOf(EditorFixture& f, const QString& storyId) {
    QStringList ids;
    if (const Story* s = f.edition().story(storyId)) {
        for (const QString& id : s->frameIds)
            ids << id;
    }
    return ids.join(u' ');
}

void click(EditorFixture& f, QPoint at, Qt::MouseButton button = Qt::LeftButton) {
    QTest::mouseClick(f.window.canvas()->viewport(), button, {}, at);
    QCoreApplication::processEvents();  // the tools are put down after the click
}

QPoint outPortOf(EditorFixture& f, const QString& frameId) {
    const Frame* frame = f.edition().frame(frameId).second;
    const QPointF centre = outPort(frame->rect, f.window.canvas()->pixelsToPoints(1)).center();
    return f.window.canvas()->toViewport(centre).toPoint();
}

QPoint centreOf(EditorFixture& f, const QString& frameId) {
    const Rect r = f.edition().frame(frameId).second->rect;
    return f.at(r.x + r.width / 2, r.y + r.height / 2);
}

// The entries of the next menu that pops up, read and closed.
QStringList menuEntriesWhen(const std::function<void()>& open) {
    QStringList entries;
    QTimer::singleShot(50, [&entries] {
        if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
            for (QAction* a : menu->actions()) {
                if (!a->isSeparator())
                    entries << a->text().remove(u'&') + (a->isEnabled() ? QString() : u" (off)"_qs);
            }
            menu->close();
        }
    });
    open();
    return entries;
}

}  // namespace

class TestHandTools : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("PaibanTest")); }

    // Select a frame, click its out-port, click the empty frame: the story runs on into it,
    // one undoable step; the frame clicked is selected after.
    void threadingByClicks() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        const TwoFrames t = addTwoFrames(f, 0);
        ToolBox* tools = f.window.tools();
        click(f, centreOf(f, t.from));
        QCOMPARE(f.window.canvas()->selectedFrame(), t.from);
        click(f, outPortOf(f, t.from));
        QCOMPARE(tools->current(), ToolKind::Thread);
        click(f, centreOf(f, t.to));
        QCOMPARE(tools->current(), ToolKind::Select);
        QCOMPARE(threadOf(f, t.story), t.from + u' ' + t.to);
        QCOMPARE(f.window.canvas()->selectedFrame(), t.to);
        QCOMPARE(f.window.canvas()->threadStory(), t.story);
        f.window.session()->undoStack()->undo();
        QCOMPARE(threadOf(f, t.story), t.from);
        f.window.session()->undoStack()->redo();

        // The same two clicks on the frame that follows break the thread there.
        click(f, centreOf(f, t.from));
        click(f, outPortOf(f, t.from));
        click(f, centreOf(f, t.to));
        QCOMPARE(threadOf(f, t.story), t.from);
        QVERIFY(!storyOfFrame(f.edition(), t.to));

        // As in InDesign: a double-click on the out-port breaks the thread there; a click
        // on the next frame's in-port picks up the thread into it, and a click back on
        // that frame breaks it.
        f.window.session()->undoStack()->undo();
        QCOMPARE(threadOf(f, t.story), t.from + u' ' + t.to);
        click(f, centreOf(f, t.from));
        // As Qt delivers a double-click: press, release, press, double-click, release.
        QWidget* viewport = f.window.canvas()->viewport();
        const QPoint port = outPortOf(f, t.from);
        QTest::mousePress(viewport, Qt::LeftButton, {}, port);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, port);
        QTest::mousePress(viewport, Qt::LeftButton, {}, port);
        QTest::mouseDClick(viewport, Qt::LeftButton, {}, port);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, port);
        QCoreApplication::processEvents();
        QCOMPARE(threadOf(f, t.story), t.from);
        QCOMPARE(f.window.tools()->current(), ToolKind::Select);
        f.window.session()->undoStack()->undo();
        click(f, centreOf(f, t.to));
        const Rect toRect = f.edition().frame(t.to).second->rect;
        const QPointF inCentre = inPort(toRect, f.window.canvas()->pixelsToPoints(1)).center();
        click(f, f.window.canvas()->toViewport(inCentre).toPoint());
        QCOMPARE(f.window.tools()->current(), ToolKind::Thread);
        click(f, centreOf(f, t.to));
        QCOMPARE(threadOf(f, t.story), t.from);
    }

    // A photo is no place for a story: the click says why in the status bar, and the tool
    // waits for another; Escape puts it down with nothing changed.
    void threadingRefusedWithAReason() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        const TwoFrames t = addTwoFrames(f, 0);
        click(f, centreOf(f, t.from));
        click(f, outPortOf(f, t.from));
        const QString before = threadOf(f, t.story);
        const int steps = f.window.session()->undoStack()->count();
        click(f, f.at(270, 450));  // the big photo (page 1's lead photo, below the two frames)
        QCOMPARE(f.window.tools()->current(), ToolKind::Thread);
        QVERIFY2(f.window.statusBar()->currentMessage().contains(u"text frame"),
                 qPrintable(f.window.statusBar()->currentMessage()));
        QTest::keyClick(f.window.canvas(), Qt::Key_Escape);
        QCoreApplication::processEvents();
        QCOMPARE(f.window.tools()->current(), ToolKind::Select);
        QCOMPARE(threadOf(f, t.story), before);
        QCOMPARE(f.window.session()->undoStack()->count(), steps);
    }

    // Threading runs across pages: start on page 1, turn to page 2, click a frame there.
    void threadingOnToAnotherPage() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        const TwoFrames here = addTwoFrames(f, 0);
        const TwoFrames there = addTwoFrames(f, 1);
        // The second page's "to" frame is empty: the story of page 1 continues there.
        click(f, centreOf(f, here.from));
        click(f, outPortOf(f, here.from));
        f.window.showPage(1);
        QCoreApplication::processEvents();
        QCOMPARE(f.window.tools()->current(), ToolKind::Thread);
        QCOMPARE(f.window.canvas()->threadStory(), here.story);
        click(f, centreOf(f, there.to));
        QCOMPARE(threadOf(f, here.story), here.from + u' ' + there.to);
    }

    // Place Image's photos: a click on a column puts the photo on three columns from it
    // with its caption below, tied and in the caption style; a drag puts the next in the
    // rectangle drawn; the tool is put down when none are left. One undo step each.
    void placingPhotosByClickAndDrag() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        f.window.showPage(1);
        QCoreApplication::processEvents();
        const QString photo = f.dir.filePath(QStringLiteral("images/aerogel.jpg"));
        f.window.tools()->placePhotos({photo, photo});
        QCOMPARE(f.window.tools()->current(), ToolKind::Place);
        const Page& page = f.edition().pages[1];
        const Rect second = columnSpan(page, 1, 1);
        const size_t framesBefore = page.frames.size();
        const int steps = f.window.session()->undoStack()->count();
        click(f, f.at(second.x + 10, 400));
        const Page& after = f.edition().pages[1];
        QCOMPARE(after.frames.size(), framesBefore + 2);
        const Frame& placed = after.frames[framesBefore];
        const Frame& caption = after.frames[framesBefore + 1];
        QCOMPARE(placed.kind, FrameKind::Image);
        QCOMPARE(placed.imagePath, QStringLiteral("images/aerogel.jpg"));
        QCOMPARE(placed.rect.x, second.x);
        QCOMPARE(placed.rect.width, columnSpan(page, 1, 3).width);
        QCOMPARE(caption.captionOf, placed.id);
        QCOMPARE(storyOfFrame(f.edition(), caption.id)->paragraphs[0].style, u"caption"_qs);
        QCOMPARE(f.window.session()->undoStack()->count(), steps + 1);
        QCOMPARE(f.window.tools()->current(), ToolKind::Place);  // one more to place

        f.drag(f.at(400, 800), f.at(700, 1000));
        QCoreApplication::processEvents();
        QCOMPARE(f.edition().pages[1].frames.size(), framesBefore + 4);
        const Rect drawn = f.edition().pages[1].frames[framesBefore + 2].rect;
        QVERIFY2(std::abs(drawn.width - 300) < 20 && std::abs(drawn.height - 200) < 20,
                 qPrintable(QStringLiteral("%1×%2").arg(drawn.width).arg(drawn.height)));
        QCOMPARE(f.window.tools()->current(), ToolKind::Select);
        f.window.session()->undoStack()->undo();
        f.window.session()->undoStack()->undo();
        QCOMPARE(f.edition().pages[1].frames.size(), framesBefore);
    }

    // Escape while placing: what is left is not placed.
    void placingGivenUp() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        f.window.tools()->placePhotos({f.dir.filePath(QStringLiteral("images/aerogel.jpg"))});
        QTest::keyClick(f.window.canvas(), Qt::Key_Escape);
        QCoreApplication::processEvents();
        QCOMPARE(f.window.tools()->current(), ToolKind::Select);
        QVERIFY(!f.window.session()->undoStack()->canUndo());
    }

    // A double-click on a photo crops it by hand: a drag moves it under its frame, the
    // wheel scales it (turns in a row are one step), Escape ends it.
    void croppingAPhotoByHand() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        const QString id = QStringLiteral("photo-disinfection-photo");
        const QPoint centre = centreOf(f, id);
        QTest::mouseDClick(f.window.canvas()->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(f.window.tools()->selectTool()->croppedImage(), id);
        const Rect frameBefore = f.edition().frame(id).second->rect;
        f.drag(centre, centre + QPoint(0, 40));
        const Frame* photo = f.edition().frame(id).second;
        QVERIFY(photo->imageOffsetY > 10);
        QCOMPARE(photo->rect, frameBefore);  // the frame stays
        const int steps = f.window.session()->undoStack()->count();
        for (int i = 0; i < 3; ++i) {
            QWheelEvent wheel(centre, f.window.canvas()->viewport()->mapToGlobal(centre), {},
                              QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                              false);
            QApplication::sendEvent(f.window.canvas()->viewport(), &wheel);
        }
        QCOMPARE(f.edition().frame(id).second->fit, ImageFit::Manual);
        QCOMPARE(f.window.session()->undoStack()->count(), steps + 1);
        QTest::keyClick(f.window.canvas(), Qt::Key_Escape);
        QVERIFY(f.window.tools()->selectTool()->croppedImage().isEmpty());
        f.window.session()->undoStack()->undo();
        f.window.session()->undoStack()->undo();
        QCOMPARE(f.edition().frame(id).second->fit, ImageFit::Fill);
        QCOMPARE(f.edition().frame(id).second->imageOffsetY, 0.0);
    }

    // The right button: on a photo, what can be done to a photo; on a text frame, its
    // thread; on the empty page, the page's.
    void contextMenus() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        auto menuAt = [&](QPoint at) {
            return menuEntriesWhen([&] {
                QContextMenuEvent event(QContextMenuEvent::Mouse, at,
                                        f.window.canvas()->viewport()->mapToGlobal(at));
                QApplication::sendEvent(f.window.canvas()->viewport(), &event);
            });
        };
        const QStringList photo = menuAt(f.at(270, 450));  // the lead photo
        QVERIFY2(photo.contains(u"Crop with the Mouse"_qs) &&
                     photo.contains(u"Bring to Front"_qs) && photo.contains(u"Delete Frame"_qs) &&
                     !photo.contains(u"Add Caption"_qs),
                 qPrintable(photo.join(u", ")));
        QCOMPARE(f.window.canvas()->selectedFrame(), u"photo-disinfection-photo"_qs);
        const QStringList text = menuAt(f.at(300, 900));  // the business story's body
        QVERIFY2(text.contains(u"Thread to Next Frame"_qs) &&
                     text.contains(u"Break Thread After Frame (off)"_qs),
                 qPrintable(text.join(u", ")));
        const QStringList empty = menuAt(f.at(20, 20));
        QVERIFY2(empty.contains(u"Place Image…"_qs) && empty.contains(u"Add Page After This"_qs),
                 qPrintable(empty.join(u", ")));
    }

    // The wheel over a panel scrolls it: a box under the pointer changes only when it has
    // the focus (an editor scrolling the Styles panel once right-aligned the whole paper).
    void wheelOverABoxChangesNothingUnfocused() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        StylesPanel* styles = f.window.stylesPanel();
        styles->list()->setCurrentItem(
            styles->list()->findItems(QStringLiteral("body"), Qt::MatchExactly).front());
        QCoreApplication::processEvents();
        auto* alignment = styles->findChildren<QComboBox*>().front();
        const Alignment before = f.edition().styles.paragraphStyle(u"body"_qs)->alignment;
        const int steps = f.window.session()->undoStack()->count();
        auto turn = [&] {
            const QPoint at = alignment->rect().center();
            QWheelEvent wheel(at, alignment->mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(alignment, &wheel);
            QCoreApplication::processEvents();
        };
        f.window.canvas()->setFocus();
        turn();
        QCOMPARE(f.edition().styles.paragraphStyle(u"body"_qs)->alignment, before);
        QCOMPARE(f.window.session()->undoStack()->count(), steps);
        QVERIFY(!alignment->hasFocus());
        // Clicked into, the box is the wheel's.
        alignment->setFocus();
        turn();
        QVERIFY(f.edition().styles.paragraphStyle(u"body"_qs)->alignment != before);
    }

    // Pages › Page Information: the page's 版名 and 责任编辑, which its 报眉 then shows; one
    // undo step.
    void pageInformationShownInTheFolio() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        QTimer::singleShot(50, [] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            const auto edits = dialog->findChildren<QLineEdit*>();
            edits[0]->setText(QStringLiteral("要闻速递"));
            edits[1]->setText(QStringLiteral("王编辑"));
            dialog->accept();
        });
        f.window.editPageInfo();
        QCOMPARE(f.edition().pages[0].section, QStringLiteral("要闻速递"));
        QCOMPARE(f.edition().pages[0].editor, QStringLiteral("王编辑"));
        QCoreApplication::processEvents();
        QString text;
        for (const DisplayItem& item : f.window.display().pages[0].items) {
            if (const auto* run = std::get_if<GlyphRunItem>(&item))
                text += run->text;
        }
        QVERIFY2(
            text.contains(QStringLiteral("要闻速递")) && text.contains(QStringLiteral("王编辑")),
            qPrintable(text.left(120)));
        f.window.session()->undoStack()->undo();
        QCOMPARE(f.edition().pages[0].section, QStringLiteral("一周要闻"));
    }

    // Pages › Master Pages: a master item's text retyped, its fields kept as fields; the
    // change shows on the page, one undo step.
    void masterTextRetyped() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        auto pageText = [&](int page) {
            QString text;
            for (const DisplayItem& item : f.window.display().pages[size_t(page)].items) {
                if (const auto* run = std::get_if<GlyphRunItem>(&item))
                    text += run->text;
            }
            return text;
        };
        MastersDialog dialog(f.window.session(), &f.window);
        auto* items = dialog.findChildren<QListWidget*>()[1];
        auto* text = dialog.findChild<QPlainTextEdit*>();
        auto* apply = dialog.findChildren<QPushButton*>().front();
        // The masthead: the paper's name.
        items->setCurrentItem(items->findItems(u"masthead"_qs, Qt::MatchStartsWith).front());
        QCOMPARE(text->toPlainText(), u"魏都周刊"_qs);
        text->setPlainText(u"魏都周末"_qs);
        apply->click();
        QCoreApplication::processEvents();
        QVERIFY2(pageText(0).contains(u"魏都周末"_qs), qPrintable(pageText(0).left(60)));
        // The folio: words around its fields; a word added, the fields still filled in.
        items->setCurrentItem(items->findItems(u"folio"_qs, Qt::MatchStartsWith).front());
        QVERIFY2(text->toPlainText().contains(u"〔page number〕"_qs),
                 qPrintable(text->toPlainText()));
        text->setPlainText(text->toPlainText().replace(u"第"_qs, u"本报第"_qs));
        apply->click();
        QCoreApplication::processEvents();
        QVERIFY2(pageText(0).contains(u"本报第1版"_qs), qPrintable(pageText(0).left(80)));
        f.window.session()->undoStack()->undo();
        f.window.session()->undoStack()->undo();
        QCoreApplication::processEvents();
        QVERIFY(pageText(0).contains(u"魏都周刊"_qs) && !pageText(0).contains(u"本报第"_qs));
    }

    // A document that cannot be read says why in the user's language: each of the reader's
    // problems is a code with arguments. In English the editor's words are the reader's own,
    // for every broken file of tests/data/broken; in Chinese they are Chinese.
    void unreadableDocumentsWordedFromTheirCodes() {
        int problems = 0;
        for (const QFileInfo& file :
             QDir(test::corpusFolder(QStringLiteral("broken")))
                 .entryInfoList({QStringLiteral("*.paiban")}, QDir::Files)) {
            QFile f(file.absoluteFilePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const LoadResult loaded = parseEdition(f.readAll(), file.fileName());
            if (loaded.edition)
                continue;
            problems += int(loaded.errors.size());
            QCOMPARE(wordedLoadErrors(loaded.errors), loaded.errorText());
        }
        QVERIFY2(problems >= 10, qPrintable(QString::number(problems)));
        QTranslator chinese;
        QVERIFY(chinese.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("paiban"),
                             QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&chinese);
        const LoadResult wrongType =
            parseEdition(R"({"format": "paiban", "version": 1, "pages": [{"width": "wide"}]})",
                         QStringLiteral("wrong.paiban"));
        const QString worded = wordedLoadErrors(wrongType.errors);
        QCoreApplication::removeTranslator(&chinese);
        QVERIFY2(worded.contains(QStringLiteral("pages[0].width：应为数字，实为字符串")),
                 qPrintable(worded));
    }

    // Bring to Front and Send to Back: the page's stacking order, undoable.
    void stackingOrder() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        const QString id = QStringLiteral("signing-label-box");
        const auto& frames = f.edition().pages[0].frames;
        const auto place = std::find_if(frames.begin(), frames.end(),
                                        [&](const Frame& frame) { return frame.id == id; }) -
                           frames.begin();
        f.window.canvas()->setSelectedFrame(id);
        f.window.bringToFront();
        QCOMPARE(f.edition().pages[0].frames.back().id, id);
        f.window.sendToBack();
        QCOMPARE(f.edition().pages[0].frames.front().id, id);
        f.window.session()->undoStack()->undo();
        f.window.session()->undoStack()->undo();
        QCOMPARE(f.edition().pages[0].frames[size_t(place)].id, id);
    }
};

QTEST_MAIN(TestHandTools)
#include "tst_hand_tools.moc"
