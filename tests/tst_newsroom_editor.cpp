// The editor's side of the newsroom (issue 19), against a PostgreSQL the suite starts
// itself (postgres_fixture.h): editors as separate processes on one page (the second
// opens it read-only naming the first, and can edit it as soon as the first is killed; a
// story changed by this process reflows their page within a second, as their --report
// says), and a window in this process: the story pool panel's filters, a story dropped
// onto a text frame as one undo step, a save that ran into a newer revision keeping both
// versions, a read-only page refusing every edit.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <csignal>

#include "articles/pool_text.h"
#include "editor/canvas/page_canvas.h"
#include "editor/commands.h"
#include "editor/edit_session.h"
#include "editor/main_window.h"
#include "editor/newsroom/newsroom_session.h"
#include "editor/newsroom/story_pool_panel.h"
#include "io/document_io.h"
#include "model/page_alone.h"
#include "model/thread_edits.h"
#include "newsroom/connection.h"
#include "newsroom/pages.h"
#include "newsroom/schema.h"
#include "newsroom/story_pool.h"
#include "postgres_fixture.h"
#include "sample_text.h"

using namespace paiban;
using namespace paiban::newsroom;
using namespace paiban::test;
using editor::MainWindow;
using editor::NewsroomSession;

namespace {

struct Person {
    const char* name;
    const char* role;
};
constexpr Person kPeople[] = {
    {"reporter_li", "paiban_reporter"}, {"desk_zhao", "paiban_desk"},
    {"layout_chen", "paiban_layout"},   {"layout_sun", "paiban_layout"},
    {"layout_he", "paiban_layout"},     {"chief_wu", "paiban_chief"},
};

// The sample's body story on its first page, which the pages here link to the pool.
const QString kLinkedStory = QStringLiteral("business");
const QString kLinkedFrame = QStringLiteral("business-body");

// "expected | actual" a row, marked where they differ: what a failed comparison prints.
QString table(const QStringList& expected, const QStringList& actual) {
    QString out = QStringLiteral("\n  %1 | %2\n")
                      .arg(QStringLiteral("expected"), -30)
                      .arg(QStringLiteral("actual"));
    for (qsizetype i = 0; i < std::max(expected.size(), actual.size()); ++i) {
        const QString e = expected.value(i), a = actual.value(i);
        out += QStringLiteral("%1 %2 | %3\n")
                   .arg(e == a ? QStringLiteral(" ") : QStringLiteral("≠"))
                   .arg(e, -30)
                   .arg(a);
    }
    return out;
}

QStringList paragraphTexts(const std::vector<Paragraph>& paragraphs) {
    QStringList texts;
    for (const Paragraph& p : paragraphs) {
        texts << p.style + QStringLiteral(": ") + p.text();
    }
    return texts;
}

// An editor started as a program, with its --report read back.
class EditorProcess {
public:
    EditorProcess(const QString& connection, qint64 page, const QString& folder,
                  const QString& name)
        : report_(folder + u'/' + name + QStringLiteral(".jsonl")) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Its settings and recovery files in the test's folder, not the user's.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                   folder + u'/' + name + QStringLiteral("-config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), folder + u'/' + name + QStringLiteral("-data"));
        process_.setProcessEnvironment(env);
        process_.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process_.start(QStringLiteral(PAIBAN_EDITOR_BINARY),
                       {QStringLiteral("--newsroom"), connection, QStringLiteral("--page"),
                        QString::number(page), QStringLiteral("--report"), report_});
    }
    ~EditorProcess() {
        if (process_.state() != QProcess::NotRunning) {
            process_.kill();
            process_.waitForFinished(5000);
        }
    }
    bool started() { return process_.waitForStarted(10000); }
    void killHard() {
        ::kill(static_cast<pid_t>(process_.processId()), SIGKILL);
        process_.waitForFinished(5000);
    }
    std::vector<QJsonObject> events() const {
        std::vector<QJsonObject> all;
        QFile file(report_);
        if (!file.open(QIODevice::ReadOnly))
            return all;
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                all.push_back(QJsonDocument::fromJson(line).object());
        }
        return all;
    }
    std::optional<QJsonObject> event(const QString& name) const {
        for (const QJsonObject& e : events()) {
            if (e.value(QStringLiteral("event")).toString() == name)
                return e;
        }
        return std::nullopt;
    }
    QString eventNames() const {
        QStringList names;
        for (const QJsonObject& e : events())
            names << QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact));
        return names.join(u'\n');
    }

private:
    QString report_;
    QProcess process_;
};

}  // namespace

class TestNewsroomEditor : public QObject {
    Q_OBJECT
    PostgresServer server_;
    QTemporaryDir folder_;
    int connections_ = 0;
    QHash<QString, QString> open_;
    qint64 editionId_ = 0;
    int nextPageNumber_ = 1;

    QString connection(const QString& person) const {
        return server_.connection(QStringLiteral("newsroom"), person);
    }
    QSqlDatabase as(const QString& person) {
        if (open_.contains(person))
            return QSqlDatabase::database(open_.value(person), false);
        const QString name = QStringLiteral("test-%1").arg(++connections_);
        open_.insert(person, name);
        Result<QSqlDatabase> db =
            openConnection(connection(person), name, QStringLiteral("tst_newsroom_editor"));
        if (!db)
            qWarning("cannot connect as %s: %s", qPrintable(person),
                     qPrintable(englishText(db.error())));
        return db ? db.value() : QSqlDatabase();
    }
    // After a server restart every connection of the test's is dead: opened again as asked.
    void forgetConnections() {
        for (const QString& name : open_)
            closeConnection(name);
        open_.clear();
    }
    void exec(QSqlDatabase db, const QString& sql) {
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + QStringLiteral(": ") + sql));
    }

    struct LinkedPage {
        qint64 page = 0, story = 0;
        QString slug;
    };
    // A story filed by a reporter and a new page of the sample whose body story shows it.
    LinkedPage aLinkedPage(const QString& slug) {
        LinkedPage made;
        made.slug = slug;
        const PoolText text{QStringLiteral("引题"),
                            QStringLiteral("主题 %1").arg(slug),
                            {},
                            {},
                            {QStringLiteral("第一段。"), QStringLiteral("第二段。")}};
        const Result<PoolStory> filed =
            fileStory(as(QStringLiteral("reporter_li")), slug, QStringLiteral("要闻"), text);
        if (!filed) {
            qWarning("filing failed: %s", qPrintable(englishText(filed.error())));
            return made;
        }
        made.story = filed->id;
        LoadResult sample = loadEdition(sampleEditionPath());
        Edition& edition = *sample.edition;
        for (Story& s : edition.stories) {
            if (s.id == kLinkedStory)
                s = storyWithPoolText(s, text, PoolLink{filed->id, filed->revision, slug},
                                      edition.styles);
        }
        // As the newsroom keeps a page: the sample's first page alone, numbered as the
        // edition's, its photos by absolute paths.
        const int number = nextPageNumber_++;
        const Edition page1 =
            pageAlone(edition, 0, number, QFileInfo(sampleEditionPath()).absolutePath()).edition;
        const Result<PageRow> page = addPage(as(QStringLiteral("layout_chen")), editionId_, number,
                                             QStringLiteral("要闻"), serializeEdition(page1));
        if (!page)
            qWarning("adding a page failed: %s", qPrintable(englishText(page.error())));
        made.page = page ? page->id : 0;
        return made;
    }

    // A window of this process connected as `person`, messages caught rather than shown.
    struct Window {
        MainWindow window;
        QStringList problems;
        Window() {
            window.showNewsroomProblem = [this](const QString& title, const QString& text) {
                problems << title + QStringLiteral(": ") + text;
            };
            window.resize(1280, 800);
            window.show();
        }
    };

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(server_.start(), qPrintable(server_.error()));
        QVERIFY(folder_.isValid());
        {
            Result<QSqlDatabase> admin =
                openConnection(server_.connection(QStringLiteral("postgres")),
                               QStringLiteral("admin"), QStringLiteral("tst_newsroom_editor"));
            QVERIFY(admin);
            exec(admin.value(), QStringLiteral("CREATE DATABASE newsroom"));
        }
        closeConnection(QStringLiteral("admin"));
        Result<QSqlDatabase> newsroom =
            openConnection(connection(PostgresServer::adminRole()),
                           QStringLiteral("newsroom-admin"), QStringLiteral("tst_newsroom_editor"));
        QVERIFY(newsroom);
        const Result<int> schema = prepareSchema(newsroom.value(), Migration::Apply);
        QVERIFY2(schema, qPrintable(schema ? QString() : englishText(schema.error())));
        for (const Person& p : kPeople)
            exec(newsroom.value(),
                 QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(p.name, p.role));
        const Result<EditionRow> edition = editionFor(
            as(QStringLiteral("layout_chen")), QDate(2026, 11, 30), QStringLiteral("魏都周刊"));
        QVERIFY(edition);
        editionId_ = edition->id;
    }

    // Headless: what the drop and a live update mean. The story keeps its id, name and
    // thread; its paragraphs are the pool text's by their styles' roles; it links to the
    // pool's story and revision.
    void aPoolStoryInAStoryHeadless() {
        const LoadResult sample = loadEdition(sampleEditionPath());
        QVERIFY(sample.edition);
        const Story& story = *sample.edition->story(kLinkedStory);
        const PoolText text{QStringLiteral("引题"),
                            QStringLiteral("主题"),
                            QStringLiteral("副题"),
                            QStringLiteral("记者 李"),
                            {QStringLiteral("甲。"), QStringLiteral("乙。")}};
        const PoolLink link{42, 7, QStringLiteral("slug")};
        const Story placed = storyWithPoolText(story, text, link, sample.edition->styles);
        QCOMPARE(placed.id, story.id);
        QCOMPARE(placed.name, story.name);
        QVERIFY(placed.frameIds == story.frameIds);
        QVERIFY(placed.pool && *placed.pool == link);
        const QStringList expected =
            paragraphTexts(paragraphsOfPoolText(text, story, sample.edition->styles));
        const QStringList actual = paragraphTexts(placed.paragraphs);
        QVERIFY2(expected == actual, qPrintable(table(expected, actual)));
        // Read back by the same roles, it is the pool text again.
        QCOMPARE(poolTextOfStory(placed, sample.edition->styles, PoolText{}).paragraphs,
                 text.paragraphs);
    }

    // Two editors on one page: the second sees it read-only and who holds it; the first
    // killed, the second may edit it within a few seconds; that one killed too, a third
    // started at once opens it editable.
    void aHeldPageFreesWhenItsHolderIsKilled() {
        const LinkedPage page = aLinkedPage(QStringLiteral("lock-test"));
        QVERIFY(page.page);
        EditorProcess first(connection(QStringLiteral("layout_chen")), page.page, folder_.path(),
                            QStringLiteral("first"));
        QVERIFY(first.started());
        QTRY_VERIFY2_WITH_TIMEOUT(first.event(QStringLiteral("opened-editable")),
                                  qPrintable(first.eventNames()), 30000);
        EditorProcess second(connection(QStringLiteral("layout_sun")), page.page, folder_.path(),
                             QStringLiteral("second"));
        QVERIFY(second.started());
        QTRY_VERIFY2_WITH_TIMEOUT(second.event(QStringLiteral("opened-read-only")),
                                  qPrintable(second.eventNames()), 30000);
        QCOMPARE(second.event(QStringLiteral("opened-read-only"))
                     ->value(QStringLiteral("holder"))
                     .toString(),
                 QStringLiteral("layout_chen"));

        QElapsedTimer sinceKill;
        first.killHard();
        sinceKill.start();
        QTRY_VERIFY2_WITH_TIMEOUT(second.event(QStringLiteral("became-editable")),
                                  qPrintable(second.eventNames()),
                                  NewsroomSession::kLockRetryMs * 3);
        qInfo("the second editor could edit %lld ms after the first was killed",
              sinceKill.elapsed());

        second.killHard();
        EditorProcess third(connection(QStringLiteral("layout_he")), page.page, folder_.path(),
                            QStringLiteral("third"));
        QVERIFY(third.started());
        QTRY_VERIFY2_WITH_TIMEOUT(!third.events().empty(), "the third editor reported nothing",
                                  30000);
        QCOMPARE(third.events().front().value(QStringLiteral("event")).toString(),
                 QStringLiteral("opened-editable"));
    }

    // A story changed by another client (this process) is on the editor's page, laid out
    // again, within a second of the server telling it.
    void aStoryChangedElsewhereReflowsWithinASecond() {
        const LinkedPage page = aLinkedPage(QStringLiteral("live-test"));
        QVERIFY(page.page);
        EditorProcess editor(connection(QStringLiteral("layout_chen")), page.page, folder_.path(),
                             QStringLiteral("live"));
        QVERIFY(editor.started());
        QTRY_VERIFY2_WITH_TIMEOUT(editor.event(QStringLiteral("opened-editable")),
                                  qPrintable(editor.eventNames()), 30000);
        QElapsedTimer sinceSave;
        sinceSave.start();
        const Result<StorySave> saved =
            saveStoryText(as(QStringLiteral("desk_zhao")), page.story, 1,
                          PoolText{QStringLiteral("引题"),
                                   QStringLiteral("主题改了"),
                                   {},
                                   {},
                                   {QStringLiteral("第一段。"), QStringLiteral("第二段改了。"),
                                    QStringLiteral("第三段。")}});
        QVERIFY(saved && saved->saved);
        QTRY_VERIFY2_WITH_TIMEOUT(editor.event(QStringLiteral("story-updated")),
                                  qPrintable(editor.eventNames()), 5000);
        const QJsonObject updated = *editor.event(QStringLiteral("story-updated"));
        qInfo("reflowed %d ms after the notification came; seen here %lld ms after the save",
              updated.value(QStringLiteral("ms")).toInt(), sinceSave.elapsed());
        QCOMPARE(updated.value(QStringLiteral("story")).toInteger(), page.story);
        QCOMPARE(updated.value(QStringLiteral("revision")).toInt(), 2);
        QCOMPARE(updated.value(QStringLiteral("by")).toString(), QStringLiteral("desk_zhao"));
        QVERIFY2(updated.value(QStringLiteral("ms")).toInt() < 1000,
                 qPrintable(editor.eventNames()));
    }

    // In a window: the newer revision is on the page at once, its changed paragraphs
    // marked beside their lines, the status bar naming story, revision and who; an edit
    // clears the marks. Undo takes the update back like any edit.
    void aLiveUpdateIsMarkedAndUndoable() {
        const LinkedPage page = aLinkedPage(QStringLiteral("marked-test"));
        Window w;
        QVERIFY(w.window.connectToNewsroom(connection(QStringLiteral("layout_chen"))));
        QVERIFY(w.window.openNewsroomPage(page.page));
        editor::EditSession* session = w.window.session();
        const Story before = *session->edition().story(kLinkedStory);
        const PoolText desk{QStringLiteral("引题"),
                            QStringLiteral("主题 marked-test"),
                            {},
                            {},
                            {QStringLiteral("第一段。"), QStringLiteral("第二段换了。")}};
        QVERIFY(saveStoryText(as(QStringLiteral("desk_zhao")), page.story, 1, desk)->saved);
        QTRY_VERIFY_WITH_TIMEOUT(session->edition().story(kLinkedStory)->pool->revision == 2, 2000);
        const Story* after = session->edition().story(kLinkedStory);
        const QStringList expected =
            paragraphTexts(paragraphsOfPoolText(desk, before, session->edition().styles));
        QVERIFY2(paragraphTexts(after->paragraphs) == expected,
                 qPrintable(table(expected, paragraphTexts(after->paragraphs))));
        // One paragraph changed: its lines (one, at this measure) are marked.
        const auto marks = w.window.canvas()->changedParagraphMarks();
        QVERIFY2(!marks.empty(), "no marks beside the changed paragraph");
        const QString said = w.window.statusBar()->currentMessage();
        QVERIFY2(
            said.contains(u"marked-test") && said.contains(u"desk_zhao") && said.contains(u'2'),
            qPrintable(said));
        session->undoStack()->undo();
        QVERIFY(*session->edition().story(kLinkedStory) == before);
        QVERIFY(w.window.canvas()->changedParagraphMarks().empty());
    }

    // Every open page that shows a story follows it, the one open read-only too: it
    // shows the newest revision, marked, with no undo step and nothing to save.
    void aReadOnlyPageFollowsTheStoryToo() {
        const LinkedPage page = aLinkedPage(QStringLiteral("read-only-follows"));
        QVERIFY(tryLockPage(as(QStringLiteral("layout_sun")), page.page).value());
        Window w;
        QVERIFY(w.window.connectToNewsroom(connection(QStringLiteral("layout_chen"))));
        QVERIFY(w.window.openNewsroomPage(page.page));
        editor::EditSession* session = w.window.session();
        QVERIFY(session->isReadOnly());
        const PoolText desk{{}, QStringLiteral("主题"), {}, {}, {QStringLiteral("只读也跟着变。")}};
        QElapsedTimer since;
        since.start();
        QVERIFY(saveStoryText(as(QStringLiteral("desk_zhao")), page.story, 1, desk)->saved);
        QTRY_VERIFY_WITH_TIMEOUT(session->edition().story(kLinkedStory)->pool->revision == 2, 1000);
        qInfo("the read-only page followed %lld ms after the save", since.elapsed());
        QVERIFY(paragraphTexts(session->edition().story(kLinkedStory)->paragraphs)
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("只读也跟着变。")));
        QVERIFY(!w.window.canvas()->changedParagraphMarks().empty());
        QCOMPARE(session->undoStack()->count(), 0);
        QVERIFY(session->isReadOnly());
        QVERIFY(unlockPage(as(QStringLiteral("layout_sun")), page.page));
    }

    // Pages › History…: an older version restored is unsaved work; saved, it is the newest
    // version, and the versions between stay.
    void aRestoredVersionSavesAsTheNewest() {
        const LinkedPage page = aLinkedPage(QStringLiteral("history-test"));
        Window w;
        QVERIFY(w.window.connectToNewsroom(connection(QStringLiteral("layout_chen"))));
        QVERIFY(w.window.openNewsroomPage(page.page));
        editor::EditSession* session = w.window.session();
        const QByteArray first = serializeEdition(session->edition());
        session->push(new editor::DeleteFrameCommand(session, kLinkedFrame));
        QVERIFY(w.window.save());
        QVERIFY(w.window.newsroom()->restoreVersion(1));
        QVERIFY(session->isModified());
        // File › Save is on, as for any unsaved work.
        QAction* saveAction = nullptr;
        for (QAction* a : w.window.findChildren<QAction*>()) {
            if (a->shortcut() == QKeySequence(QKeySequence::Save))
                saveAction = a;
        }
        QVERIFY(saveAction);
        QVERIFY(saveAction->isEnabled());
        QCOMPARE(serializeEdition(session->edition()), first);
        QVERIFY2(w.window.save(), qPrintable(w.problems.join(u'\n')));
        QStringList versions;
        for (const PageVersion& v :
             pageVersions(as(QStringLiteral("layout_chen")), page.page).value())
            versions << QString::number(v.version);
        QCOMPARE(versions.join(u' '), QStringLiteral("3 2 1"));
        QCOMPARE(pageVersionDocument(as(QStringLiteral("layout_chen")), page.page, 3).value(),
                 first);
    }

    void thePoolPanelFilters() {
        fileStory(as(QStringLiteral("reporter_li")), QStringLiteral("filter-sports"),
                  QStringLiteral("体育"),
                  PoolText{{}, QStringLiteral("足球联赛开幕"), {}, {}, {QStringLiteral("比赛。")}});
        const Result<PoolStory> economy =
            fileStory(as(QStringLiteral("reporter_li")), QStringLiteral("filter-economy"),
                      QStringLiteral("经济"),
                      PoolText{{}, QStringLiteral("粮价平稳"), {}, {}, {QStringLiteral("粮食。")}});
        QVERIFY(economy);
        QVERIFY(
            setStoryStatus(as(QStringLiteral("reporter_li")), economy->id, StoryStatus::Editing));
        Window w;
        QVERIFY(w.window.connectToNewsroom(connection(QStringLiteral("layout_chen"))));
        editor::StoryPoolPanel* panel = w.window.storyPoolPanel();
        panel->refreshNow();
        const auto listed = [&](const QStringList& expected) {
            panel->refreshNow();
            QStringList actual;
            for (const QString& slug : panel->listedSlugs()) {
                if (slug.startsWith(u"filter-"))
                    actual << slug;
            }
            return actual == expected ? QString() : table(expected, actual);
        };
        QString diff = listed({QStringLiteral("filter-sports"), QStringLiteral("filter-economy")});
        // Sorted by section, then slug: 体育 before 经济? Whatever the server's collation
        // says; compare as sets for the unfiltered list.
        if (!diff.isEmpty())
            diff = listed({QStringLiteral("filter-economy"), QStringLiteral("filter-sports")});
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        panel->textBox()->setText(QStringLiteral("足球"));
        diff = listed({QStringLiteral("filter-sports")});
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        panel->textBox()->clear();
        panel->statusBox()->setCurrentIndex(
            panel->statusBox()->findData(static_cast<int>(StoryStatus::Editing)));
        diff = listed({QStringLiteral("filter-economy")});
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        panel->statusBox()->setCurrentIndex(0);
        panel->refreshNow();  // the sections come with a listing
        panel->sectionBox()->setCurrentIndex(panel->sectionBox()->findData(QStringLiteral("体育")));
        diff = listed({QStringLiteral("filter-sports")});
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // A pool story dropped onto a text frame: its text there by its styles' roles and its
    // link kept, in one undo step; dropped beside every frame: nothing, and why.
    void aDroppedStoryIsOneUndoStep() {
        const LinkedPage page = aLinkedPage(QStringLiteral("drop-target"));
        const Result<PoolStory> dropped = fileStory(
            as(QStringLiteral("reporter_li")), QStringLiteral("dropped"), QStringLiteral("要闻"),
            PoolText{{},
                     QStringLiteral("落下的稿件"),
                     {},
                     QStringLiteral("记者 李"),
                     {QStringLiteral("甲。"), QStringLiteral("乙。")}});
        QVERIFY(dropped);
        Window w;
        QVERIFY(w.window.connectToNewsroom(connection(QStringLiteral("layout_chen"))));
        QVERIFY2(w.window.openNewsroomPage(page.page), qPrintable(w.problems.join(u'\n')));
        editor::EditSession* session = w.window.session();
        const Story before = *storyOfFrame(session->edition(), QStringLiteral("signing-body"));
        const auto [pageIndex, frame] = session->edition().frame(QStringLiteral("signing-body"));
        QCOMPARE(pageIndex, 0);
        const QPointF centre(frame->rect.x + frame->rect.width / 2,
                             frame->rect.y + frame->rect.height / 2);
        const int steps = session->undoStack()->count();
        // As a real drag from the panel arrives: at the viewport, entering, then dropped.
        {
            editor::PageCanvas* canvas = w.window.canvas();
            QMimeData data;
            data.setData(editor::PageCanvas::kPoolStoryMimeType, QByteArray::number(dropped->id));
            const QPoint at = canvas->toViewport(centre).toPoint();
            QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(canvas->viewport(), &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(canvas->viewport(), &drop);
        }
        const Story* placed = session->edition().story(before.id);
        QVERIFY(placed && placed->pool);
        QCOMPARE(placed->pool->id, dropped->id);
        QCOMPARE(placed->pool->revision, 1);
        QCOMPARE(placed->pool->slug, QStringLiteral("dropped"));
        const QStringList expected =
            paragraphTexts(paragraphsOfPoolText(dropped->text, before, session->edition().styles));
        const QStringList actual = paragraphTexts(placed->paragraphs);
        QVERIFY2(expected == actual, qPrintable(table(expected, actual)));
        QCOMPARE(session->undoStack()->count(), steps + 1);
        session->undoStack()->undo();
        QVERIFY(*session->edition().story(before.id) == before);
        session->undoStack()->redo();
        QCOMPARE(paragraphTexts(session->edition().story(before.id)->paragraphs), expected);

        // In the page's margin: no frame there.
        QVERIFY(!w.window.placePoolStory(dropped->id, QPointF(2, 2)));
        QCOMPARE(session->undoStack()->count(), steps + 1);
        QVERIFY(!w.window.statusBar()->currentMessage().isEmpty());
        // On a rule: not a text frame either.
        const auto [rulePage, rule] = session->edition().frame(QStringLiteral("signing-rule"));
        QVERIFY(rule);
        QVERIFY(!w.window.placePoolStory(
            dropped->id, QPointF(rule->rect.x + rule->rect.width / 2, rule->rect.y)));
        QCOMPARE(session->undoStack()->count(), steps + 1);
    }

    // The page's edit of a story and the desk's newer revision: the save keeps both — the
    // pool has the desk's, the conflict row has the page's, the page keeps its text.
    void aConflictingSaveKeepsBothVersions() {
        const LinkedPage page = aLinkedPage(QStringLiteral("conflict-test"));
        Window w;
        const QString reportPath = folder_.filePath(QStringLiteral("conflict.jsonl"));
        w.window.newsroom()->setReportPath(reportPath);
        QVERIFY(w.window.connectToNewsroom(connection(QStringLiteral("layout_chen"))));
        QVERIFY(w.window.openNewsroomPage(page.page));
        editor::EditSession* session = w.window.session();
        session->push(
            new editor::TypeTextCommand(session, kLinkedStory, 0, 0, QStringLiteral("版面改：")));
        const PoolText desk{QStringLiteral("引题"),
                            QStringLiteral("编辑部改的"),
                            {},
                            {},
                            {QStringLiteral("编辑部的段落。")}};
        QVERIFY(saveStoryText(as(QStringLiteral("desk_zhao")), page.story, 1, desk)->saved);
        // The editor hears of it and leaves the page's text alone.
        QTest::qWait(500);
        const Story* onPage = session->edition().story(kLinkedStory);
        QVERIFY(paragraphTexts(onPage->paragraphs).join(u'\n').contains(u"版面改："));
        QVERIFY(w.window.save());
        QCOMPARE(w.problems.size(), 1);
        QVERIFY2(w.problems.first().contains(page.slug), qPrintable(w.problems.first()));
        QCOMPARE(fetchStory(as(QStringLiteral("desk_zhao")), page.story)->text, desk);
        const Result<std::vector<StoryConflict>> conflicts =
            openConflicts(as(QStringLiteral("desk_zhao")), page.story);
        QVERIFY(conflicts && conflicts->size() == 1);
        QCOMPARE(conflicts->front().basedOn, 1);
        // The body frame's story shows the body only: the typing is in its first paragraph.
        QVERIFY(!conflicts->front().text.paragraphs.isEmpty() &&
                conflicts->front().text.paragraphs.first().startsWith(u"版面改："));
        QVERIFY(!session->isModified());
        QCOMPARE(loadPage(as(QStringLiteral("layout_chen")), page.page)->page.version, 2);
        // The report says so too: the story refused (with its conflict), the page saved.
        QFile report(reportPath);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QStringList events;
        for (const QByteArray& line : report.readAll().split('\n')) {
            const QJsonObject e = QJsonDocument::fromJson(line).object();
            if (!e.isEmpty())
                events << e.value(QStringLiteral("event")).toString();
        }
        const QStringList expected{QStringLiteral("opened-editable"), QStringLiteral("story-kept"),
                                   QStringLiteral("story-save-refused"), QStringLiteral("saved")};
        QVERIFY2(events == expected, qPrintable(table(expected, events)));
    }

    // Held by someone else: no edit of any kind reaches the document, Save is off, the
    // title names the holder; let go, the page becomes editable.
    // Two people changing different paragraphs of one story: the save merges them, and
    // the page shows the merge; saving again files nothing more.
    void editsInDifferentParagraphsAreMerged() {
        const LinkedPage page = aLinkedPage(QStringLiteral("merge-test"));
        Window w;
        QVERIFY(w.window.connectToNewsroom(connection(QStringLiteral("layout_chen"))));
        QVERIFY(w.window.openNewsroomPage(page.page));
        editor::EditSession* session = w.window.session();
        session->push(
            new editor::TypeTextCommand(session, kLinkedStory, 0, 0, QStringLiteral("版面改：")));
        const Result<PoolStory> pooled = fetchStory(as(QStringLiteral("desk_zhao")), page.story);
        PoolText desk = pooled->text;
        desk.paragraphs.last() += QStringLiteral("（编辑部补）");
        QVERIFY(saveStoryText(as(QStringLiteral("desk_zhao")), page.story, 1, desk)->saved);
        QTest::qWait(500);
        QVERIFY(w.window.save());
        QVERIFY2(w.problems.isEmpty(), qPrintable(w.problems.join(u'\n')));
        const PoolText merged = fetchStory(as(QStringLiteral("desk_zhao")), page.story)->text;
        QCOMPARE(fetchStory(as(QStringLiteral("desk_zhao")), page.story)->revision, 3);
        QVERIFY(merged.paragraphs.first().startsWith(u"版面改："));
        QVERIFY(merged.paragraphs.last().endsWith(u"（编辑部补）"));
        QVERIFY(openConflicts(as(QStringLiteral("desk_zhao")), page.story)->empty());
        const QString onPage =
            paragraphTexts(session->edition().story(kLinkedStory)->paragraphs).join(u'\n');
        QVERIFY2(onPage.contains(u"版面改：") && onPage.contains(u"（编辑部补）"),
                 qPrintable(onPage));
        QCOMPARE(session->edition().story(kLinkedStory)->pool->revision, 3);
        // A conflict that stays is filed once, however often the page is saved.
        session->push(
            new editor::TypeTextCommand(session, kLinkedStory, 0, 0, QStringLiteral("再改：")));
        const PoolText other{{}, merged.headline, {}, {}, {QStringLiteral("整篇换掉。")}};
        QVERIFY(saveStoryText(as(QStringLiteral("desk_zhao")), page.story, 3, other)->saved);
        QTest::qWait(500);
        QVERIFY(w.window.save());
        QVERIFY(w.window.save());
        QCOMPARE(openConflicts(as(QStringLiteral("desk_zhao")), page.story)->size(), size_t(1));
        // Edited again, it is a new text to keep.
        session->push(
            new editor::TypeTextCommand(session, kLinkedStory, 0, 0, QStringLiteral("又")));
        QVERIFY(w.window.save());
        QCOMPARE(openConflicts(as(QStringLiteral("desk_zhao")), page.story)->size(), size_t(2));
    }

    // The server goes down under an open page with unsaved work: saving says so and keeps
    // the work; when the server is back the editor connects again by itself, and since
    // someone took the page meanwhile, it is read-only with a warning — the work still in it.
    void aLostConnectionLosesNothing() {
        const LinkedPage page = aLinkedPage(QStringLiteral("lost-test"));
        Window w;
        QVERIFY(w.window.connectToNewsroom(connection(QStringLiteral("layout_chen"))));
        QVERIFY(w.window.openNewsroomPage(page.page));
        editor::EditSession* session = w.window.session();
        session->push(
            new editor::TypeTextCommand(session, kLinkedStory, 0, 0, QStringLiteral("未保存：")));
        QVERIFY(server_.restart(/*stayDown=*/true));
        QVERIFY(!w.window.save());
        QCOMPARE(w.problems.size(), 1);
        QVERIFY2(w.problems.first().contains(u"Save As"), qPrintable(w.problems.first()));
        QVERIFY(session->isModified());
        QVERIFY(!w.window.newsroom()->isReachable());
        QVERIFY(server_.startAgain());
        forgetConnections();
        QVERIFY(tryLockPage(as(QStringLiteral("layout_sun")), page.page).value());
        QTRY_VERIFY_WITH_TIMEOUT(w.window.newsroom()->isReachable(),
                                 NewsroomSession::kConnectionCheckMs * 3);
        QTRY_VERIFY_WITH_TIMEOUT(session->isReadOnly(), 2000);
        QCOMPARE(w.problems.size(), 2);
        QVERIFY2(w.problems.last().contains(u"layout_sun"), qPrintable(w.problems.last()));
        QVERIFY(paragraphTexts(session->edition().story(kLinkedStory)->paragraphs)
                    .join(u'\n')
                    .contains(u"未保存："));
        QVERIFY(unlockPage(as(QStringLiteral("layout_sun")), page.page));
    }

    void readOnlyRefusesEdits() {
        const LinkedPage page = aLinkedPage(QStringLiteral("read-only-test"));
        QVERIFY(tryLockPage(as(QStringLiteral("layout_sun")), page.page).value());
        Window w;
        QVERIFY(w.window.connectToNewsroom(connection(QStringLiteral("layout_chen"))));
        QVERIFY(w.window.openNewsroomPage(page.page));
        editor::EditSession* session = w.window.session();
        QVERIFY(session->isReadOnly());
        QVERIFY2(w.window.windowTitle().contains(u"layout_sun"),
                 qPrintable(w.window.windowTitle()));
        const QByteArray before = serializeEdition(session->edition());
        session->push(
            new editor::TypeTextCommand(session, kLinkedStory, 0, 0, QStringLiteral("x")));
        const auto [index, frame] = session->edition().frame(kLinkedFrame);
        Rect moved = frame->rect;
        moved.x += 20;
        session->push(new editor::MoveFrameCommand(session, kLinkedFrame, moved));
        session->push(new editor::DeleteFrameCommand(session, kLinkedFrame));
        QCOMPARE(serializeEdition(session->edition()), before);
        QCOMPARE(session->undoStack()->count(), 0);
        QVERIFY(!w.window.save());
        QVERIFY(
            !w.window.placePoolStory(page.story, QPointF(frame->rect.x + 5, frame->rect.y + 5)));
        QCOMPARE(serializeEdition(session->edition()), before);

        QVERIFY(unlockPage(as(QStringLiteral("layout_sun")), page.page));
        QTRY_VERIFY_WITH_TIMEOUT(!session->isReadOnly(), NewsroomSession::kLockRetryMs * 3);
        QVERIFY(!w.window.windowTitle().contains(u"layout_sun"));
        session->push(
            new editor::TypeTextCommand(session, kLinkedStory, 0, 0, QStringLiteral("x")));
        QCOMPARE(session->undoStack()->count(), 1);
    }

    // A layout editor may not sign a page off (the refusal worded); once the chief editor
    // has, the page opens read-only for everyone and is not even locked.
    void aSignedPageIsNobodysToEdit() {
        const LinkedPage page = aLinkedPage(QStringLiteral("signed-test"));
        {
            Window w;
            QVERIFY(w.window.connectToNewsroom(connection(QStringLiteral("layout_chen"))));
            QVERIFY(w.window.openNewsroomPage(page.page));
            w.window.setNewsroomPageStatus(static_cast<int>(PageStatus::Signed));
            QCOMPARE(w.problems.size(), 1);
            QVERIFY2(w.problems.first().contains(u"may not move page"),
                     qPrintable(w.problems.first()));
            QVERIFY(!w.window.session()->isReadOnly());
        }
        QVERIFY(setPageStatus(as(QStringLiteral("chief_wu")), page.page, PageStatus::Signed));
        Window w;
        QVERIFY(w.window.connectToNewsroom(connection(QStringLiteral("layout_chen"))));
        QVERIFY(w.window.openNewsroomPage(page.page));
        editor::EditSession* session = w.window.session();
        QVERIFY(session->isReadOnly());
        QVERIFY(w.window.newsroom()->isSigned());
        QVERIFY2(w.window.windowTitle().contains(u"signed off"),
                 qPrintable(w.window.windowTitle()));
        session->push(new editor::DeleteFrameCommand(session, kLinkedFrame));
        QVERIFY(session->edition().frame(kLinkedFrame).second);
        QVERIFY(!w.window.save());
        QVERIFY(!pageHolder(as(QStringLiteral("layout_sun")), page.page).value());
    }

    // Closing the page (File › Close, or opening another document) lets its lock go.
    void closingThePageUnlocksIt() {
        const LinkedPage page = aLinkedPage(QStringLiteral("close-test"));
        Window w;
        QVERIFY(w.window.connectToNewsroom(connection(QStringLiteral("layout_chen"))));
        QVERIFY(w.window.openNewsroomPage(page.page));
        QVERIFY(w.window.newsroom()->isEditable());
        QCOMPARE(tryLockPage(as(QStringLiteral("layout_sun")), page.page).value(), false);
        QVERIFY(w.window.closeDocument());
        QVERIFY(!w.window.newsroom()->page());
        QCOMPARE(tryLockPage(as(QStringLiteral("layout_sun")), page.page).value(), true);
        QVERIFY(unlockPage(as(QStringLiteral("layout_sun")), page.page));
    }

    void cleanupTestCase() { server_.stop(); }
};

QTEST_MAIN(TestNewsroomEditor)
#include "tst_newsroom_editor.moc"
