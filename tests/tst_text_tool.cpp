// Editing text on the page, as galley proofs: a story set in a frame of two columns, each
// line exactly ten ideographs (so that where every line starts is known), a script of keys
// and clicks, and the story with its caret "|" and selection "[…]" after it.
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "editor/canvas/page_canvas.h"
#include "editor/commands.h"
#include "editor/edit_session.h"
#include "editor/find_dialog.h"
#include "editor/main_window.h"
#include "editor/story_panel.h"
#include "editor/tools/text_tool.h"
#include "editor/tools/tool_box.h"
#include "io/document_io.h"
#include "model/text_edit.h"
#include "sample_text.h"

using namespace paiban;
using namespace paiban::editor;

namespace {

// Paragraph 1: three full lines in column 1 and four ideographs atop column 2; paragraph 2:
// one short line below them.
const QString kLine1 = QStringLiteral("一二三四五六七八九十");
const QString kLine2 = QStringLiteral("甲乙丙丁戊己庚辛壬癸");
const QString kLine3 = QStringLiteral("子丑寅卯辰巳午未申酉");
const QString kLine4 = QStringLiteral("春夏秋冬");
const QString kParagraph2 = QStringLiteral("东南西北中");
constexpr double kEm = 9, kLead = 13.5;

// The sample's page and styles, one text frame of two 10-字 columns three lines deep.
QString writeGalley(const QTemporaryDir& dir) {
    Edition e = *loadEdition(test::sampleEditionPath()).edition;
    ParagraphStyle plain = *e.styles.paragraphStyle(QStringLiteral("body"));
    plain.name = "plain";
    plain.firstLineIndentEm = 0;
    e.styles.paragraphStyles.push_back(plain);
    Page page = e.pages.front();
    page.frames.clear();
    page.guides.clear();
    Frame frame;
    frame.id = "galley";
    frame.rect = {page.margins.left, page.margins.top, 2 * 10 * kEm + kEm, 3 * kLead};
    frame.columns = 2;
    frame.gutterPt = kEm;
    page.frames.push_back(frame);
    e.pages = {page};
    Story story;
    story.id = "story";
    story.frameIds = {"galley"};
    story.paragraphs = {
        Paragraph{QStringLiteral("plain"), {{kLine1 + kLine2 + kLine3 + kLine4, {}}}},
        Paragraph{QStringLiteral("plain"), {{kParagraph2, {}}}}};
    e.stories = {story};
    const QString path = dir.filePath(QStringLiteral("galley.paiban"));
    QString error;
    saveEdition(e, path, &error);
    return path;
}

// The story with the caret and selection marked: "一二[三|]四…".
QString marked(const QString& text, int anchor, int caret) {
    QString out = text;
    const int from = std::min(anchor, caret), to = std::max(anchor, caret);
    if (from == to)
        return out.insert(caret, u'|');
    out.insert(to, caret == to ? QStringLiteral("|]") : QStringLiteral("]"));
    out.insert(from, caret == from ? QStringLiteral("[|") : QStringLiteral("["));
    return out;
}

}  // namespace

class TestTextTool : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::unique_ptr<MainWindow> window_;

    TextTool* tool() { return window_->tools()->textTool(); }
    QString storyText() {
        return storyPlainText(*window_->session()->edition().story(QStringLiteral("story")));
    }
    // Just inside the `column`-th character of the story's `line`-th line (a quarter of
    // the way in: the caret goes before it), in the canvas's viewport.
    QPoint at(int line, double column) {
        const IndexedLine& l = window_->display()
                                   .lines.story(QStringLiteral("story"))
                                   ->lines[static_cast<size_t>(line)];
        return window_->canvas()
            ->toViewport(QPointF(l.left() + (column + 0.25) * kEm, l.baseline - 2))
            .toPoint();
    }
    void click(QPoint p, Qt::KeyboardModifiers modifiers = {}) {
        QWidget* viewport = window_->canvas()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, modifiers, p);
        QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, p);
    }
    void doubleClick(QPoint p) {
        click(p);
        QWidget* viewport = window_->canvas()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, p);
        QTest::mouseDClick(viewport, Qt::LeftButton, {}, p);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, p);
    }
    void drag(QPoint from, QPoint to) {
        QWidget* viewport = window_->canvas()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        for (int i = 1; i <= 5; ++i)
            QTest::mouseMove(viewport, from + (to - from) * i / 5);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    }

    // One step of a script: a key ("Shift+Ctrl+Right"), "type:文字", or a gesture at a
    // line and character ("click@1.4", "shift-click@3.2", "dclick@0.4", "tclick@0.4",
    // "drag@0.5-3.2").
    void run(const QString& step) {
        QWidget* canvas = window_->canvas();
        auto place = [&](const QString& where) {
            const QStringList lc = where.split(u'.');
            return at(lc[0].toInt(), lc[1].toDouble());
        };
        if (step.startsWith(QLatin1String("type:"))) {
            for (const QChar c : step.mid(5)) {
                QKeyEvent key(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
                QApplication::sendEvent(canvas, &key);
            }
        } else if (step.startsWith(QLatin1String("click@"))) {
            click(place(step.mid(6)));
        } else if (step.startsWith(QLatin1String("shift-click@"))) {
            click(place(step.mid(12)), Qt::ShiftModifier);
        } else if (step.startsWith(QLatin1String("dclick@"))) {
            doubleClick(place(step.mid(7)));
        } else if (step.startsWith(QLatin1String("tclick@"))) {
            doubleClick(place(step.mid(7)));
            click(place(step.mid(7)));
        } else if (step.startsWith(QLatin1String("drag@"))) {
            const QStringList ends = step.mid(5).split(u'-');
            drag(place(ends[0]), place(ends[1]));
        } else {
            const QKeySequence key = QKeySequence::fromString(step);
            QVERIFY2(!key.isEmpty(), qPrintable(step));
            const QKeyCombination combination = key[0];
            QTest::keyClick(canvas, combination.key(), combination.keyboardModifiers());
        }
    }

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("PaibanTest"));
        window_ = std::make_unique<MainWindow>();
        window_->resize(1400, 1000);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        window_->confirmRecovery = [](const QDateTime&) { return false; };
        QVERIFY(window_->openDocument(writeGalley(dir_)));
        window_->canvas()->setZoom(2.0);
        // The galley is set as it must be: ten ideographs a line.
        const StoryLines* lines = window_->display().lines.story(QStringLiteral("story"));
        QVERIFY(lines);
        QStringList starts;
        for (const IndexedLine& line : lines->lines)
            starts << QStringLiteral("%1-%2").arg(line.start()).arg(line.end());
        QCOMPARE(starts.join(u' '), QStringLiteral("0-10 10-20 20-30 30-34 35-40"));
    }

    void keysAndClicks_data() {
        QTest::addColumn<int>("caret");       // where editing starts
        QTest::addColumn<QString>("script");  // steps, separated by spaces
        QTest::addColumn<QString>("expected");
        const QString p1 = kLine1 + kLine2 + kLine3 + kLine4;
        auto with = [&](int anchor, int caret, const QString& text = QString()) {
            return marked((text.isEmpty() ? p1 + u'\n' + kParagraph2 : text), anchor, caret);
        };
        QTest::newRow("right, by grapheme") << 0 << "Right Right" << with(2, 2);
        QTest::newRow("left at the start stays") << 0 << "Left" << with(0, 0);
        QTest::newRow("end of a line that runs on") << 3 << "End" << with(10, 10);
        QTest::newRow("end, then typing goes on that line")
            << 3 << "End type:末"
            << marked(
                   kLine1 + QStringLiteral("末") + kLine2 + kLine3 + kLine4 + u'\n' + kParagraph2,
                   11, 11);
        QTest::newRow("home") << 14 << "Home" << with(10, 10);
        QTest::newRow("ctrl+end, ctrl+home") << 14 << "Ctrl+End" << with(40, 40);
        QTest::newRow("ctrl+home") << 14 << "Ctrl+Home" << with(0, 0);
        QTest::newRow("down keeps the column") << 3 << "Down Down" << with(23, 23);
        QTest::newRow("down into the next column, across the gutter")
            << 23 << "Down" << with(33, 33);
        QTest::newRow("down past a short line's end, then beyond it")
            << 8 << "Down Down Down" << with(34, 34);
        QTest::newRow("the place kept through a short line")
            << 3 << "Down Down Down Down" << with(38, 38);
        QTest::newRow("up on the first line: to the start") << 4 << "Up" << with(0, 0);
        QTest::newRow("shift extends, shift+end to the line's end")
            << 2 << "Shift+Right Shift+End" << with(2, 10);
        QTest::newRow("shift+down across lines") << 2 << "Shift+Down" << with(2, 12);
        QTest::newRow("a selection collapses to its edge")
            << 2 << "Shift+Right Shift+Right Left" << with(2, 2);
        QTest::newRow("typing over a selection")
            << 0 << "Shift+Right Shift+Right type:新"
            << marked(QStringLiteral("新") + p1.mid(2) + u'\n' + kParagraph2, 1, 1);
        QTest::newRow("backspace joins paragraphs")
            << 35 << "Backspace" << marked(p1 + kParagraph2, 34, 34);
        QTest::newRow("delete takes the next character")
            << 0 << "Delete" << marked(p1.mid(1) + u'\n' + kParagraph2, 0, 0);
        QTest::newRow("return splits the paragraph")
            << 5 << "Return" << marked(p1.left(5) + u'\n' + p1.mid(5) + u'\n' + kParagraph2, 6, 6);
        QTest::newRow("click places the caret") << 0 << "click@1.4" << with(14, 14);
        QTest::newRow("shift+click extends") << 11 << "click@0.2 shift-click@2.3" << with(2, 23);
        QTest::newRow("drag selects across lines") << 0 << "drag@0.5-2.3" << with(5, 23);
        QTest::newRow("drag selects across the column break")
            << 0 << "drag@2.6-3.2" << with(26, 32);
        QTest::newRow("triple-click: the paragraph") << 0 << "tclick@1.4" << with(0, 34);
    }
    void keysAndClicks() {
        QFETCH(int, caret);
        QFETCH(QString, script);
        QFETCH(QString, expected);
        window_->tools()->editText(QStringLiteral("story"), caret);
        for (const QString& step : script.split(u' '))
            run(step);
        const QString got = marked(storyText(), tool()->anchor(), tool()->caret());
        // Galley proof: both as text, not as escapes.
        QVERIFY2(got == expected,
                 qPrintable(QStringLiteral("\n   after: %1\nexpected: %2").arg(got, expected)));
        QUndoStack* stack = window_->session()->undoStack();
        while (stack->canUndo())
            stack->undo();
        window_->tools()->setCurrent(ToolKind::Select);
    }

    // A double-click selects a word of Chinese text, from ICU's dictionary and the
    // newsroom's words (电商 is one word, not two).
    void doubleClickSelectsAChineseWord() {
        Edition e = window_->session()->edition();
        window_->tools()->editText(QStringLiteral("story"), 0);
        tool()->selectAll();
        run(QStringLiteral("type:许昌数字电商孵化基地"));
        run(QStringLiteral("dclick@0.4"));  // on 电
        QCOMPARE(marked(storyText(), tool()->anchor(), tool()->caret()),
                 QStringLiteral("许昌数字[电商|]孵化基地"));
        run(QStringLiteral("Ctrl+Right"));  // from after 电商 to 基地
        QCOMPARE(tool()->caret(), 8);
        run(QStringLiteral("Ctrl+Left"));
        QCOMPARE(tool()->caret(), 6);
        run(QStringLiteral("Ctrl+Left"));
        QCOMPARE(tool()->caret(), 4);
        QUndoStack* stack = window_->session()->undoStack();
        while (stack->canUndo())
            stack->undo();
        window_->tools()->setCurrent(ToolKind::Select);
    }

    // Copy puts plain text with its paragraph break; paste takes the clipboard's HTML
    // (what Word puts there) without its formatting; an empty clipboard does nothing.
    void clipboard() {
        window_->tools()->editText(QStringLiteral("story"), 32);
        run(QStringLiteral("Shift+Down"));  // 秋冬, the paragraph break, 东南
        QVERIFY(tool()->hasSelection());
        tool()->copy();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("秋冬\n东南"));
        auto* word = new QMimeData;
        word->setText(QStringLiteral("ignored"));
        word->setHtml(QStringLiteral("<p class=MsoNormal><b>　　粘贴</b></p><p>第二段</p>"));
        QGuiApplication::clipboard()->setMimeData(word);
        window_->tools()->editText(QStringLiteral("story"), 40);
        tool()->paste();
        QCOMPARE(storyText().mid(35), QStringLiteral("东南西北中粘贴\n第二段"));
        QGuiApplication::clipboard()->clear();
        const QString before = storyText();
        tool()->paste();
        QCOMPARE(storyText(), before);
        QUndoStack* stack = window_->session()->undoStack();
        QCOMPARE(stack->count(), 1);  // a paste is one step
        stack->undo();
        window_->tools()->setCurrent(ToolKind::Select);
    }

    // Edit › Find: hits highlighted, the next one selected on the page (across the column
    // break); Replace All is one undo step.
    void findAndReplace() {
        QAction* find = nullptr;
        for (QAction* a : window_->findChildren<QAction*>()) {
            if (a->shortcut() == QKeySequence(QKeySequence::Find))
                find = a;
        }
        QVERIFY(find);
        find->trigger();
        auto* dialog = window_->findChild<FindDialog*>();
        QVERIFY(dialog);
        const QList<QLineEdit*> fields = dialog->findChildren<QLineEdit*>();
        fields[0]->setText(QStringLiteral("冬"));
        QVERIFY(dialog->findNext());
        QCOMPARE(marked(storyText(), tool()->anchor(), tool()->caret()).mid(30, 9),
                 QStringLiteral("春夏秋[冬|]\n东"));
        fields[0]->setText(QStringLiteral("[甲乙]"));
        dialog->findChildren<QCheckBox*>()[0]->setChecked(true);  // a regular expression
        QCOMPARE(dialog->matches().size(), size_t(2));
        fields[1]->setText(QStringLiteral("Ａ"));
        dialog->replaceAll();
        QVERIFY(storyText().startsWith(kLine1 + QStringLiteral("ＡＡ丙")));
        QCOMPARE(window_->session()->undoStack()->count(), 1);
        window_->session()->undoStack()->undo();
        QVERIFY(storyText().startsWith(kLine1 + kLine2));
        dialog->close();
        window_->tools()->setCurrent(ToolKind::Select);
    }

    // Copy-fitting: characters, lines as set, and how far the story runs under its frames
    // (lines free) or over them (characters overset), in the story panel and status bar.
    void copyFittingCount() {
        const StoryLines* lines = window_->display().lines.story(QStringLiteral("story"));
        QCOMPARE(lines->characters, 39);
        QCOMPARE(lines->lines.size(), size_t(5));
        QCOMPARE(lines->spareLines, 1);  // two columns of three lines, five set
        QCOMPARE(lines->oversetCharacters, 0);
        window_->tools()->editText(QStringLiteral("story"), 40);
        run(QStringLiteral("type:一二三四五六七八九十一二三四五六七八九十"));
        QCoreApplication::processEvents();
        lines = window_->display().lines.story(QStringLiteral("story"));
        QCOMPARE(lines->characters, 59);
        QCOMPARE(lines->spareLines, 0);
        QCOMPARE(lines->oversetCharacters, 5);  // 25 for the last two lines of 10
        QString statusBar;
        for (QLabel* label : window_->statusBar()->findChildren<QLabel*>())
            statusBar += label->text() + u' ';
        QVERIFY2(
            statusBar.contains(QStringLiteral("59")) && statusBar.contains(QStringLiteral(" 5 ")),
            qPrintable(statusBar));
        window_->session()->undoStack()->undo();
        window_->tools()->setCurrent(ToolKind::Select);
    }

    // A drag from one frame of a thread into the next selects everything between; the
    // styles chosen in the story panel apply to the page's selection, and its boxes show
    // the style at the caret.
    void acrossThreadedFramesAndStyles() {
        EditSession* session = window_->session();
        const Frame galley = *session->edition().frame(QStringLiteral("galley")).second;
        Frame second;
        second.rect = {galley.rect.right() + 2 * kEm, galley.rect.y, 10 * kEm, 3 * kLead};
        auto* add = new AddFrameCommand(session, 0, second);
        const QString secondId = add->frameId();
        session->push(add);
        session->push(new ThreadFrameCommand(session, QStringLiteral("story"), secondId));
        window_->tools()->editText(QStringLiteral("story"), 40);
        run(QStringLiteral(
            "type:天地玄黄宇宙洪荒日月盈昃辰宿列张"));  // 15 more: into the second frame
        QCoreApplication::processEvents();
        const StoryLines* lines = window_->display().lines.story(QStringLiteral("story"));
        QCOMPARE(lines->lines.back().frameId, secondId);
        const int lastLine = static_cast<int>(lines->lines.size()) - 1;
        run(QStringLiteral("drag@1.2-%1.1").arg(lastLine));
        QCOMPARE(tool()->selectionStart(), 12);
        QCOMPARE(tool()->selectionEnd(), lines->lines.back().start() + 1);
        // Paragraph style "body" on the selection's paragraphs, from the story panel.
        StoryPanel* panel = window_->storyPanel();
        QCoreApplication::processEvents();
        auto* styles = panel->findChildren<QComboBox*>().front();
        QCOMPARE(styles->currentText(), QStringLiteral("plain"));  // the style at the caret
        styles->setCurrentText(QStringLiteral("body"));
        for (QPushButton* b : panel->findChildren<QPushButton*>()) {
            if (b->text() == QStringLiteral("Apply to Paragraph"))
                b->click();
        }
        const Story* story = session->edition().story(QStringLiteral("story"));
        QCOMPARE(story->paragraphs[0].style, QStringLiteral("body"));
        QCOMPARE(story->paragraphs[1].style, QStringLiteral("body"));
        while (session->undoStack()->canUndo())
            session->undoStack()->undo();
        window_->tools()->setCurrent(ToolKind::Select);
    }

    void cleanupTestCase() {
        window_->session()->removeRecovery();
        window_.reset();
    }
};

QTEST_MAIN(TestTextTool)
#include "tst_text_tool.moc"
