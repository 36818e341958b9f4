// A keystroke in the editor, end to end: one character typed into the story panel (the
// longest story on page 1 of the sample), the edition laid out again, and the page view
// repainted at fit-page zoom — what an editor waits for between two keys. Prints the
// median and 90th percentile of N keystrokes (issue 6's target: under 16 ms, one frame
// at 60 Hz). Runs offscreen.
//
//   QT_QPA_PLATFORM=offscreen build/bench/editor_bench [N]
#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "editor/main_window.h"
#include "editor/page_view.h"
#include "editor/story_panel.h"

using namespace paiban::editor;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PaibanBench"));
    const int keys = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200;
    MainWindow window;
    window.resize(1400, 1000);
    window.show();
    if (!window.openDocument(
            QStringLiteral(PAIBAN_SOURCE_DIR "/resources/sample/weidu-weekly.paiban"))) {
        return 1;
    }
    window.pageView()->setSelectedFrame(QStringLiteral("business-body"));
    QPlainTextEdit* edit = window.storyPanel()->textEdit();
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(40);
    edit->setTextCursor(cursor);
    std::vector<double> ms;
    const QString typed = QStringLiteral("魏都区生态环境分局通过转变执法方式提升审批效能");
    for (int k = 0; k < keys; ++k) {
        QElapsedTimer timer;
        timer.start();
        QKeyEvent key(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier,
                      QString(typed[k % typed.size()]));
        QApplication::sendEvent(edit, &key);
        window.pageView()->viewport()->repaint();
        ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("keystroke → reflow → repaint: median %.2f ms, p90 %.2f ms (%d keys)\n",
                ms[ms.size() / 2], ms[ms.size() * 9 / 10], keys);
    return 0;
}
