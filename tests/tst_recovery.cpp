// Unsaved work kept and offered back: the recovery file written after an edit, restored
// when the document is next opened after a crash or a kill, offered once at start for
// another document, and cleared by a save or by undoing back to the saved state.
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <cstdio>
#include <memory>

#include "editor/canvas/page_canvas.h"
#include "editor/commands.h"
#include "editor/edit_session.h"
#include "editor/main_window.h"
#include "editor/tools/tool_box.h"
#include "editor_fixture.h"
#include "model/text_edit.h"
#include "sample_text.h"

using namespace paiban;
using namespace paiban::editor;
using paiban::test::answerNextMessageBox;
using paiban::test::EditorFixture;

namespace {

// A file naming the document a recovery file belongs to, as writeRecovery() leaves.
QString recoveryOwnerFile(const QString& document) {
    static QTemporaryDir dir;
    const QString owner = dir.filePath(QStringLiteral("owner"));
    QFile file(owner);
    file.open(QIODevice::WriteOnly);
    file.write(document.toUtf8());
    return owner;
}

}  // namespace

class TestRecovery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("PaibanTest"));
        // Recovery files and settings out of the user's folders, where an editor session
        // of the same user could leave work that a test would be asked to restore.
        QStandardPaths::setTestModeEnabled(true);
        // Work a killed run of these tests left behind is not this run's to offer.
        QDir(QFileInfo(EditSession::recoveryPathFor(QStringLiteral("x.paiban"))).absolutePath())
            .removeRecursively();
    }

    // Unsaved work goes to a recovery file; if Paiban ends without closing (a crash, a
    // kill), opening the document again offers it back; a save clears it.
    void recoversUnsavedWork() {
        QString path;
        QString recovery;
        QTemporaryDir keep;
        {
            auto f = std::make_unique<EditorFixture>();
            QVERIFY(f->exposed && f->opened);
            path = f->window.session()->path();
            recovery = f->window.session()->recoveryPath();
            QFile::remove(recovery);
            EditSession* session = f->window.session();
            session->push(new TypeTextCommand(session, QStringLiteral("business"), 0, 0,
                                              QStringLiteral("【急】")));
            f->window.autosave();
            QVERIFY(QFile::exists(recovery));
            // "Crash": the document folder is kept, the window never closes normally.
            QVERIFY(QFile::copy(path, keep.filePath(QStringLiteral("sample.paiban"))));
            QVERIFY(QDir().mkpath(keep.filePath(QStringLiteral("images"))));
            path = keep.filePath(QStringLiteral("sample.paiban"));
            QVERIFY(QFile::copy(recovery, EditSession::recoveryPathFor(path)));
            QFile::remove(recovery);
            recovery = EditSession::recoveryPathFor(path);
            QFile newer(recovery);  // written after the document's last save, as in life
            QVERIFY(newer.open(QIODevice::ReadWrite));
            QVERIFY(newer.setFileTime(QDateTime::currentDateTime().addSecs(5),
                                      QFileDevice::FileModificationTime));
            newer.close();
            f.reset();  // destroyed without closeEvent, as a killed process would be
        }
        QVERIFY(QFile::exists(recovery));
        QVERIFY(QFile::copy(recoveryOwnerFile(path), recovery + QStringLiteral(".path")) ||
                QFile::exists(recovery + QStringLiteral(".path")));
        QVERIFY(EditSession::pendingRecoveries().contains(path));  // what the next start offers
        MainWindow window;
        bool asked = false;
        window.confirmRecovery = [&](const QDateTime&) { return asked = true; };
        QVERIFY(window.openDocument(path));
        QVERIFY(asked);
        QVERIFY(storyPlainText(*window.session()->edition().story(QStringLiteral("business")))
                    .startsWith(QStringLiteral("【急】")));
        QVERIFY(window.session()->isModified());
        QVERIFY(window.save());
        QVERIFY(!QFile::exists(recovery));
        QVERIFY(!QFile::exists(recovery + QStringLiteral(".path")));
        QVERIFY(!EditSession::pendingRecoveries().contains(path));
    }

    // Undone back to the saved document, nothing is left to recover: the recovery file
    // goes (the newcomer was offered back work they had undone).
    void undoneToCleanLeavesNoRecovery() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        EditSession* session = f.window.session();
        session->push(
            new TypeTextCommand(session, QStringLiteral("business"), 0, 0, QStringLiteral("快")));
        f.window.autosave();
        QVERIFY(QFile::exists(session->recoveryPath()));
        session->undoStack()->undo();
        QVERIFY(!session->isModified());
        QVERIFY(!QFile::exists(session->recoveryPath()));
    }

    // Work left on another document is offered once at start: Later keeps it, Discard
    // lets it go, Open and Restore opens that document with the work, without a second
    // question.
    void startOffersWorkLeftElsewhere() {
        QTemporaryDir dir;
        const QString other = dir.filePath(QStringLiteral("other.paiban"));
        QVERIFY(QFile::copy(test::sampleEditionPath(), other));
        QFile::setPermissions(other, QFile::ReadOwner | QFile::WriteOwner);
        auto leaveWork = [&] {
            MainWindow window;
            window.confirmRecovery = [](const QDateTime&) { return false; };
            QVERIFY(window.openDocument(other));
            window.session()->push(new TypeTextCommand(window.session(), QStringLiteral("business"),
                                                       0, 0, QStringLiteral("【留】")));
            window.autosave();
            QFile newer(EditSession::recoveryPathFor(other));  // after the document's save
            QVERIFY(newer.open(QIODevice::ReadWrite));
            QVERIFY(newer.setFileTime(QDateTime::currentDateTime().addSecs(5),
                                      QFileDevice::FileModificationTime));
        };  // destroyed without closing, as a crash leaves it
        leaveWork();
        const QString sample = test::sampleEditionPath();
        MainWindow window;
        bool asked = false;
        answerNextMessageBox(QStringLiteral("Keep for Later"), &asked);
        QCOMPARE(window.startupDocument(sample), sample);
        QVERIFY(asked);
        QVERIFY(EditSession::pendingRecoveries().contains(QFileInfo(other).absoluteFilePath()));
        asked = false;
        answerNextMessageBox(QStringLiteral("Open and Restore"), &asked);
        QCOMPARE(window.startupDocument(sample), QFileInfo(other).absoluteFilePath());
        bool askedAgain = false;
        window.confirmRecovery = [&](const QDateTime&) { return askedAgain = true; };
        QVERIFY(window.openDocument(QFileInfo(other).absoluteFilePath()));
        QVERIFY(!askedAgain);
        QVERIFY(storyPlainText(*window.session()->edition().story(QStringLiteral("business")))
                    .startsWith(QStringLiteral("【留】")));
        window.session()->removeRecovery();
        leaveWork();
        asked = false;
        answerNextMessageBox(QStringLiteral("Discard"), &asked);
        QCOMPARE(window.startupDocument(sample), sample);
        QVERIFY(!EditSession::pendingRecoveries().contains(QFileInfo(other).absoluteFilePath()));
    }

    // Run by recoversAfterAKill in a process of its own, which it then kills: opens the
    // document named by PAIBAN_RECOVERY_CHILD, types as a person would, says so, and goes
    // on running (the recovery file is the session's business, not the test's).
    void recoveryChild() {
        const QString document = qEnvironmentVariable("PAIBAN_RECOVERY_CHILD");
        if (document.isEmpty())
            QSKIP("run by recoversAfterAKill, in a process it kills");
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDocument(document));
        PageCanvas* view = window.canvas();
        const Frame* frame =
            window.session()->edition().frame(QStringLiteral("business-body")).second;
        QVERIFY(frame);
        window.showPage(0);
        window.tools()->editText(QStringLiteral("business"), 0);
        QTest::keyClicks(view, QStringLiteral("Flash "));
        QInputMethodEvent commit;
        commit.setCommitString(QStringLiteral("快讯"));
        QApplication::sendEvent(view, &commit);
        std::printf("edited\n");
        std::fflush(stdout);
        QTest::qWait(60000);  // killed long before this
    }

    // A real kill: the editor process dies a few seconds after an edit, with the work
    // unsaved, and the next one to open the document offers that edit back.
    void recoversAfterAKill() {
        QTemporaryDir dir;
        const QString document = dir.filePath(QStringLiteral("kill.paiban"));
        QVERIFY(QFile::copy(test::sampleEditionPath(), document));
        QFile::setPermissions(document, QFile::ReadOwner | QFile::WriteOwner);
        QFile(EditSession::recoveryPathFor(document)).remove();
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAIBAN_RECOVERY_CHILD"), document);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("recoveryChild")});
        QVERIFY(child.waitForStarted());
        QByteArray said;
        while (!said.contains("edited") && child.waitForReadyRead(60000))
            said += child.readAllStandardOutput();
        QVERIFY2(said.contains("edited"), said.constData());
        // The recovery file is due 2 s after the last change (settings::recoveryDelayMs);
        // the kill comes 2 s after that, time enough for a slow (sanitizer) build to write.
        QTest::qWait(4000);
        child.kill();  // SIGKILL: no close, no clean-up
        child.waitForFinished();
        QVERIFY(QFile::exists(EditSession::recoveryPathFor(document)));
        QVERIFY(EditSession::pendingRecoveries().contains(QFileInfo(document).absoluteFilePath()));
        MainWindow window;
        window.confirmRecovery = [](const QDateTime&) { return true; };
        QVERIFY(window.openDocument(document));
        QCOMPARE(
            storyPlainText(*window.session()->edition().story(QStringLiteral("business"))).left(8),
            QStringLiteral("Flash 快讯"));
        window.session()->removeRecovery();
    }
};

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
