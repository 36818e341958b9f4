// The editor's window on a copy of the sample edition, for the tests that drive it as a
// person would (offscreen): clicks and drags at page points.
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <variant>

#include "display/display_list.h"
#include "editor/canvas/page_canvas.h"
#include "editor/commands.h"
#include "editor/edit_session.h"
#include "editor/main_window.h"
#include "sample_text.h"

namespace paiban::test {

using editor::AddFrameCommand;
using editor::EditSession;
using editor::MainWindow;

// A window on a copy of the sample (tests edit it), shown, the page at 100 %.
struct EditorFixture {
    QTemporaryDir dir;
    MainWindow window;
    bool exposed = false, opened = false;
    EditorFixture() {
        const QString source = test::sampleEditionPath();
        const QString copy = dir.filePath(QStringLiteral("sample.paiban"));
        QFile::copy(source, copy);
        QDir(dir.path()).mkdir(QStringLiteral("images"));
        for (const QFileInfo& image :
             QDir(QFileInfo(source).absolutePath() + QStringLiteral("/images"))
                 .entryInfoList(QDir::Files))
            QFile::copy(image.absoluteFilePath(),
                        dir.filePath(QStringLiteral("images/") + image.fileName()));
        window.resize(1400, 1000);
        window.show();
        exposed = QTest::qWaitForWindowExposed(&window);
        opened = window.openDocument(copy);
        window.canvas()->setZoom(1.0);
        QCoreApplication::processEvents();  // the panels fill once the event is done
    }
    const Edition& edition() { return window.session()->edition(); }
    // A box wholly off a page: an error that preflight finds there, and a press export
    // refuses.
    void addFrameOffPage(int page) {
        Frame off;
        off.kind = FrameKind::Box;
        off.rect = Rect{-400, -400, 50, 50};
        EditSession* session = window.session();
        session->push(new AddFrameCommand(session, page, off));
    }
    QPoint at(double xPt, double yPt) {
        return window.canvas()->toViewport(QPointF(xPt, yPt)).toPoint();
    }
    void drag(QPoint from, QPoint to) {
        QWidget* viewport = window.canvas()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        for (int i = 1; i <= 4; ++i) {
            QMouseEvent move(QEvent::MouseMove, from + (to - from) * i / 4,
                             viewport->mapToGlobal(from + (to - from) * i / 4), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(viewport, &move);
        }
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    }
    int linesOn(int page) {
        int runs = 0;
        for (const DisplayItem& item : window.display().pages[static_cast<size_t>(page)].items)
            runs += std::holds_alternative<GlyphRunItem>(item);
        return runs;
    }
};

// Answers the next message box that opens with the button whose text contains `button`
// (polled from a timer, since the box runs its own event loop); `asked` says it came.
inline void answerNextMessageBox(const QString& button, bool* asked) {
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, button, asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton* b : box->buttons()) {
            if (b->text().remove(u'&').contains(button)) {
                *asked = true;
                poll->deleteLater();
                b->click();
                return;
            }
        }
    });
    poll->start();
}

}  // namespace paiban::test
