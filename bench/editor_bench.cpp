// The editor's waits, end to end, with every panel showing (none tabbed away):
//  - a keystroke on the page (editing in place) and in the story panel, and a paste of
//    2,000 characters on the page: the character
//    typed, the edition laid out again, the page repainted, and the panels brought up to
//    date (they follow once the event is done) — what an editor waits for between two keys;
//  - the recovery file: how long the main thread spends starting a write (a copy of the
//    document), and how long the write takes on its thread (serialising and saving).
// Prints medians and 90th percentiles; asserts nothing. Runs offscreen.
//
//   QT_QPA_PLATFORM=offscreen build/bench/editor_bench [N] [EDITION.paiban]
//   (the sample edition unless one is named; bench/make_edition.py makes 24 pages)
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "editor/canvas/page_canvas.h"
#include "editor/commands.h"
#include "editor/edit_session.h"
#include "editor/main_window.h"
#include "editor/story_panel.h"
#include "editor/tools/text_tool.h"
#include "editor/tools/tool_box.h"
#include "io/document_io.h"

using namespace paiban;
using namespace paiban::editor;

namespace {

// A wire story's length, pasted at once (issue 15's figure).
constexpr int kPastedCharacters = 2000;

struct Spread {
    double median, p90;
};

Spread spread(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[ms.size() * 9 / 10]};
}

// Every dock in an area of its own side, none behind a tab: the most the editor redraws.
void showEveryPanel(MainWindow& window) {
    const Qt::DockWidgetArea areas[] = {Qt::LeftDockWidgetArea, Qt::RightDockWidgetArea};
    int i = 0;
    for (QDockWidget* dock : window.findChildren<QDockWidget*>()) {
        if (dock->objectName() == QLatin1String("preflight"))
            continue;
        window.addDockWidget(areas[i++ % 2], dock);  // moved out of its tab group
        dock->show();
    }
    QCoreApplication::processEvents();
}

// N keystrokes into `target`, each timed until the page is repainted and the panels are
// up to date.
struct Keystroke {
    Spread total, edit, repaint, panels;  // the whole, and its three parts
};

Keystroke typeInto(MainWindow& window, QWidget* target, int keys) {
    const QString typed = QStringLiteral("魏都区生态环境分局通过转变执法方式提升审批效能");
    std::vector<double> total, edit, repaint, panels;
    for (int k = 0; k < keys; ++k) {
        QElapsedTimer timer;
        timer.start();
        QKeyEvent key(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier,
                      QString(typed[k % typed.size()]));
        QApplication::sendEvent(target, &key);  // the edit and the layout
        const qint64 edited = timer.nsecsElapsed();
        window.canvas()->viewport()->repaint();
        const qint64 repainted = timer.nsecsElapsed();
        QCoreApplication::processEvents();  // the panels' refresh, as the event loop runs it
        const qint64 done = timer.nsecsElapsed();
        total.push_back(done / 1e6);
        edit.push_back(edited / 1e6);
        repaint.push_back((repainted - edited) / 1e6);
        panels.push_back((done - repainted) / 1e6);
    }
    return {spread(total), spread(edit), spread(repaint), spread(panels)};
}

void print(const char* what, const Keystroke& k) {
    std::printf(
        "  %s: median %.2f ms, p90 %.2f ms\n"
        "      (edit and layout %.2f, repaint %.2f, panels %.2f: medians)\n",
        what, k.total.median, k.total.p90, k.edit.median, k.repaint.median, k.panels.median);
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);  // recovery files of its own
    QCoreApplication::setOrganizationName(QStringLiteral("PaibanBench"));
    const int keys = argc > 1 ? std::max(5, std::atoi(argv[1])) : 200;
    const QString source =
        argc > 2 ? QString::fromLocal8Bit(argv[2])
                 : QStringLiteral(PAIBAN_SOURCE_DIR "/resources/sample/weidu-weekly.paiban");
    // A copy: the bench types into it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.paiban"));
    if (!QFile::copy(source, path))
        return 1;
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    if (!window.openDocument(path))
        return 1;
    showEveryPanel(window);
    EditSession* session = window.session();
    const int pages = window.pageCount();
    // The sample's lead story (in an edition made by make_edition.py, its first copy).
    QString story, frame;
    for (const Story& s : session->edition().stories) {
        if (story.isEmpty() &&
            (s.id == QLatin1String("business") || s.id == QLatin1String("business-0")) &&
            !s.frameIds.empty()) {
            story = s.id;
            frame = s.frameIds.front();
        }
    }
    if (story.isEmpty())
        return 1;

    window.canvas()->setSelectedFrame(frame);
    window.tools()->editText(story, 40);
    const Keystroke onPage = typeInto(window, window.canvas(), keys);
    // A paste of 2,000 characters (a story from the wire) at the caret, to repaint: the
    // text tool's Paste, then undone, each time.
    QString wire;
    const QString sentence =
        QStringLiteral("魏都区生态环境分局通过转变执法方式提升审批效能，助力绿色发展。");
    while (wire.size() < kPastedCharacters)
        wire += sentence;
    wire.truncate(kPastedCharacters);
    QGuiApplication::clipboard()->setText(wire);
    std::vector<double> pasteMs;
    for (int k = 0; k < std::max(5, keys / 10); ++k) {
        window.tools()->editText(story, 40);
        QElapsedTimer timer;
        timer.start();
        window.tools()->textTool()->paste();
        window.canvas()->viewport()->repaint();
        QCoreApplication::processEvents();
        pasteMs.push_back(timer.nsecsElapsed() / 1e6);
        session->undoStack()->undo();
        QCoreApplication::processEvents();
    }
    const Spread paste = spread(pasteMs);
    window.tools()->setCurrent(ToolKind::Select);
    QCoreApplication::processEvents();
    QPlainTextEdit* edit = window.storyPanel()->textEdit();
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(40);
    edit->setTextCursor(cursor);
    const Keystroke inPanel = typeInto(window, edit, keys);

    // Recovery: the main thread's share (starting the write copies the document) against
    // the write itself (on its thread), one change before each.
    std::vector<double> copyMs, writeMs;
    for (int k = 0; k < std::max(5, keys / 10); ++k) {
        session->push(new TypeTextCommand(session, story, 0, 0, QStringLiteral("字")));
        QElapsedTimer timer;
        timer.start();
        const Edition copy = session->edition();
        copyMs.push_back(timer.nsecsElapsed() / 1e6);
        QString error;
        if (!session->writeRecovery(&error)) {
            std::fprintf(stderr, "editor_bench: %s\n", qPrintable(error));
            return 1;
        }
        writeMs.push_back(session->lastRecoveryWriteMs());
    }
    const Spread copy = spread(copyMs), write = spread(writeMs);
    session->removeRecovery();

    std::printf("%d page(s), every panel showing, %d keys each:\n", pages, keys);
    print("keystroke on the page → reflow → repaint → panels", onPage);
    print("keystroke in the story panel → reflow → repaint → panels", inPanel);
    std::printf(
        "  paste of %d characters on the page → reflow → repaint → panels: median %.2f "
        "ms, p90 %.2f ms\n",
        kPastedCharacters, paste.median, paste.p90);
    std::printf(
        "  recovery: main thread (copy of the document) median %.3f ms, p90 %.3f ms;\n"
        "            write on its thread (serialise + atomic save) median %.1f ms, p90 %.1f ms\n",
        copy.median, copy.p90, write.median, write.p90);
    return 0;
}
