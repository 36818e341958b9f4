// The newsroom against a real PostgreSQL the suite starts itself (postgres_fixture.h):
// connection strings, the schema's versions, the story pool's revisions and conflicts,
// what each newsroom role may do, page locks that die with their session, changes told
// within a second, pages' versions; and `paiban newsroom` as a script would run it. (The
// story text without a server: tst_pool_text.)
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

#include "articles/pool_text.h"
#include "io/document_io.h"
#include "newsroom/connection.h"
#include "newsroom/newsroom_watch.h"
#include "newsroom/pages.h"
#include "newsroom/schema.h"
#include "newsroom/story_pool.h"
#include "postgres_fixture.h"
#include "sample_text.h"
#include "tool_runner.h"

using namespace paiban;
using namespace paiban::newsroom;
using namespace paiban::test;

namespace {

// Each person of the tests' newsroom and the role they act in.
struct Person {
    const char* name;
    const char* role;
};
constexpr Person kPeople[] = {
    {"reporter_li", "paiban_reporter"}, {"reporter_wang", "paiban_reporter"},
    {"desk_zhao", "paiban_desk"},       {"layout_chen", "paiban_layout"},
    {"layout_sun", "paiban_layout"},    {"proof_zhou", "paiban_proofreader"},
    {"chief_wu", "paiban_chief"},
};

QString problemName(Problem p) {
    return QString::fromLatin1(toString(p));
}

template <typename T>
QString outcome(const Result<T>& r) {
    return r ? QStringLiteral("ok") : problemName(r.error().problem);
}

QByteArray sampleDocument() {
    QFile file(sampleEditionPath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TestNewsroom : public QObject {
    Q_OBJECT
    PostgresServer server_;
    int connections_ = 0;

    QHash<QString, QString> open_;  // person@database → connection name

    // A connection to `database` as `person` (the administrator when empty): one each.
    QSqlDatabase as(const QString& person, const QString& database = QStringLiteral("newsroom")) {
        const QString key = person + QLatin1Char('@') + database;
        if (open_.contains(key))
            return QSqlDatabase::database(open_.value(key), false);
        const QString name = QStringLiteral("test-%1").arg(++connections_);
        open_.insert(key, name);
        Result<QSqlDatabase> db = openConnection(server_.connection(database, person), name,
                                                 QStringLiteral("tst_newsroom %1").arg(person));
        if (!db)
            qWarning("cannot connect as %s: %s", qPrintable(person),
                     qPrintable(englishText(db.error())));
        return db ? db.value() : QSqlDatabase();
    }
    void exec(QSqlDatabase db, const QString& sql) {
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + QStringLiteral(": ") + sql));
    }
    qint64 fileAStory(const QString& person, const QString& slug) {
        const Result<PoolStory> s =
            fileStory(as(person), slug, QStringLiteral("要闻"),
                      PoolText{{}, QStringLiteral("标题"), {}, {}, {QStringLiteral("正文。")}});
        if (!s)
            qWarning("filing %s failed: %s", qPrintable(slug), qPrintable(englishText(s.error())));
        return s ? s->id : 0;
    }
    qint64 aPage(int number) {
        QSqlDatabase db = as(QStringLiteral("layout_chen"));
        const Result<EditionRow> e =
            editionFor(db, QDate(2026, 11, 30), QStringLiteral("魏都周刊"));
        if (!e)
            return 0;
        const Result<PageRow> p =
            addPage(db, e->id, number, QStringLiteral("要闻"), sampleDocument());
        return p ? p->id : 0;
    }

private slots:
    void initTestCase() {
        QVERIFY2(server_.start(), qPrintable(server_.error()));
        QSqlDatabase admin = as(QString(), QStringLiteral("postgres"));
        QVERIFY(admin.isOpen());
        for (const char* db : {"newsroom", "newer", "empty", "cli"})
            exec(admin, QStringLiteral("CREATE DATABASE %1").arg(QLatin1String(db)));
        QSqlDatabase newsroom = as(QString());
        const Result<int> schema = prepareSchema(newsroom, Migration::Apply);
        QVERIFY2(schema, qPrintable(schema ? QString() : englishText(schema.error())));
        for (const Person& p : kPeople)
            exec(newsroom, QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(p.name, p.role));
    }

    void connectionStrings_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("options");
        QTest::newRow("empty: libpq's defaults") << ""
                                                 << "";
        QTest::newRow("keywords") << "host=db.paper dbname=newsroom user=li"
                                  << "host=db.paper|dbname=newsroom|user=li";
        QTest::newRow("quoted, spaces and quotes")
            << "host = /run/pg  application_name='魏都 周刊' password='it\\'s'"
            << "host=/run/pg|application_name=魏都 周刊|password=it's";
        QTest::newRow("URI") << "postgresql://li:secret@db.paper:5433/newsroom?sslmode=require"
                             << "user=li|password=secret|host=db.paper|port=5433|dbname=newsroom|"
                                "sslmode=require";
        QTest::newRow("URI, IPv6") << "postgresql://[::1]:5432/n"
                                   << "host=::1|port=5432|dbname=n";
        QTest::newRow("URI, bad port") << "postgresql://db:x/n"
                                       << "error";
        QTest::newRow("URI, socket folder") << "postgres://%2Ftmp%2Fpg/news"
                                            << "host=/tmp/pg|dbname=news";
        QTest::newRow("no value") << "host"
                                  << "error";
        QTest::newRow("unclosed quote") << "host='db"
                                        << "error";
    }
    void connectionStrings() {
        QFETCH(QString, text);
        QFETCH(QString, options);
        const Result<ConnectionOptions> parsed = parseConnectionString(text);
        QStringList got;
        if (parsed) {
            for (const auto& [key, value] : parsed.value())
                got << key + QLatin1Char('=') + value;
        }
        QCOMPARE(parsed ? got.join(QLatin1Char('|')) : QStringLiteral("error"), options);
    }

    void aPasswordIsNeverKept() {
        QCOMPARE(withoutPassword(QStringLiteral("host=db user=li password=secret dbname=n")),
                 QStringLiteral("host=db user=li dbname=n"));
        QCOMPARE(withoutPassword(QStringLiteral("postgresql://li:secret@db/n")),
                 QStringLiteral("user=li host=db dbname=n"));
    }

    // Paiban keeps no password: one left out of the connection string comes from
    // libpq's password file.
    void aPasswordComesFromLibpqsPasswordFile() {
        const QString role = PostgresServer::passwordRole();
        exec(as(QString()), QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'secret:口令' IN ROLE "
                                           "paiban_layout")
                                .arg(role));
        const QString conn = server_.connection(QStringLiteral("newsroom"), role);
        Result<QSqlDatabase> refused =
            openConnection(conn, QStringLiteral("pw-1"), QStringLiteral("tst"));
        QVERIFY(!refused);
        QCOMPARE(problemName(refused.error().problem), QStringLiteral("CannotConnect"));
        QVERIFY2(englishText(refused.error()).contains(QLatin1String("password")),
                 qPrintable(englishText(refused.error())));
        QTemporaryDir home;
        QFile pgpass(home.filePath(QStringLiteral("pgpass")));
        QVERIFY(pgpass.open(QIODevice::WriteOnly));
        pgpass.write(QStringLiteral("*:*:newsroom:%1:secret\\:口令\n").arg(role).toUtf8());
        pgpass.close();
        pgpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner);  // libpq ignores others
        qputenv("PGPASSFILE", pgpass.fileName().toLocal8Bit());
        Result<QSqlDatabase> db =
            openConnection(conn, QStringLiteral("pw-2"), QStringLiteral("tst"));
        qunsetenv("PGPASSFILE");
        QVERIFY2(db, db ? "" : qPrintable(englishText(db.error())));
        QCOMPARE(outcome(schemaVersion(db.value())), QStringLiteral("ok"));
        db = Error{};
        closeConnection(QStringLiteral("pw-2"));
    }

    void aServerThatIsNotThereIsAClearError() {
        const Result<QSqlDatabase> db =
            openConnection(QStringLiteral("host=/nonexistent dbname=x connect_timeout=2"),
                           QStringLiteral("nowhere"), QStringLiteral("tst"));
        QVERIFY(!db);
        QCOMPARE(problemName(db.error().problem), QStringLiteral("CannotConnect"));
        QVERIFY2(englishText(db.error()).contains(QLatin1String("/nonexistent")),
                 qPrintable(englishText(db.error())));
    }

    void theSchemaIsAppliedOnceAndVersioned() {
        QVERIFY(knownSchemaVersion() >= 1);
        QSqlDatabase db = as(QStringLiteral("layout_chen"));
        QCOMPARE(outcome(schemaVersion(db)), QStringLiteral("ok"));
        QCOMPARE(schemaVersion(db).value(), knownSchemaVersion());
        // Connecting again changes nothing, for anyone.
        QCOMPARE(prepareSchema(db, Migration::Apply).value(), knownSchemaVersion());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM paiban.schema_version")));
        q.next();
        QCOMPARE(q.value(0).toInt(), knownSchemaVersion());
    }

    void aNewerSchemaIsRefused() {
        QSqlDatabase admin = as(QString(), QStringLiteral("newer"));
        QVERIFY(prepareSchema(admin, Migration::Apply));
        exec(admin, QStringLiteral("INSERT INTO paiban.schema_version (version) VALUES (%1)")
                        .arg(knownSchemaVersion() + 1));
        for (Migration m : {Migration::CheckOnly, Migration::Apply}) {
            const Result<int> r = prepareSchema(admin, m);
            QCOMPARE(outcome(r), QStringLiteral("SchemaNewer"));
            QCOMPARE(r.error().args, QStringList({QString::number(knownSchemaVersion() + 1),
                                                  QString::number(knownSchemaVersion())}));
        }
    }

    void aDatabaseWithoutTheNewsroomSaysWhoMakesIt() {
        // A layout editor may not create the schema: told to ask for `paiban newsroom init`.
        const Result<int> r = prepareSchema(
            as(QStringLiteral("layout_chen"), QStringLiteral("empty")), Migration::Apply);
        QCOMPARE(outcome(r), QStringLiteral("MayNotMigrate"));
        const QString text = englishText(r.error());
        QVERIFY2(text.contains(QLatin1String("role layout_chen may not create it")) &&
                     text.contains(QLatin1String("paiban newsroom init")),
                 qPrintable(text));
        // Just looking, it is told there is none.
        QCOMPARE(outcome(prepareSchema(as(QStringLiteral("layout_chen"), QStringLiteral("empty")),
                                       Migration::CheckOnly)),
                 QStringLiteral("NoNewsroom"));
        // Someone of none of the newsroom's roles is told who adds them.
        exec(as(QString()), QStringLiteral("CREATE ROLE outsider LOGIN"));
        const Result<int> outsider = schemaVersion(as(QStringLiteral("outsider")));
        QCOMPARE(outcome(outsider), QStringLiteral("NotAMember"));
        QVERIFY2(englishText(outsider.error()).contains(QLatin1String("add-user outsider")),
                 qPrintable(englishText(outsider.error())));
    }

    void aStaleSaveKeepsBothVersions() {
        const qint64 id = fileAStory(QStringLiteral("reporter_li"), QStringLiteral("stale-save"));
        QVERIFY(id > 0);
        QSqlDatabase desk = as(QStringLiteral("desk_zhao"));
        QSqlDatabase layout = as(QStringLiteral("layout_chen"));
        PoolText deskText{{}, QStringLiteral("标题"), {}, {}, {QStringLiteral("编辑改过的正文。")}};
        PoolText layoutText{
            {}, QStringLiteral("版面上改的标题"), {}, {}, {QStringLiteral("正文。")}};
        const Result<StorySave> first = saveStoryText(desk, id, 1, deskText);
        QVERIFY(first && first->saved);
        QCOMPARE(first->revision, 2);
        // The layout editor still had revision 1: refused, and kept.
        const Result<StorySave> second = saveStoryText(layout, id, 1, layoutText);
        QVERIFY(second);
        QVERIFY(!second->saved);
        QCOMPARE(second->revision, 2);
        QVERIFY(second->conflict > 0);
        // Nothing lost: the desk's revision stands, the first is kept, and the layout
        // editor's text waits beside them for whoever merges.
        QCOMPARE(fetchStory(layout, id)->text, deskText);
        QCOMPARE(fetchRevision(layout, id, 1)->paragraphs, QStringList{QStringLiteral("正文。")});
        QCOMPARE(fetchRevision(layout, id, 2).value(), deskText);
        const Result<std::vector<StoryConflict>> conflicts = openConflicts(layout, id);
        QCOMPARE(conflicts->size(), size_t(1));
        QCOMPARE(conflicts->front().text, layoutText);
        QCOMPARE(conflicts->front().basedOn, 1);
        QCOMPARE(conflicts->front().ranInto, 2);
        QCOMPARE(conflicts->front().writtenBy, QStringLiteral("layout_chen"));
        QVERIFY(resolveConflict(layout, conflicts->front().id));
        QVERIFY(openConflicts(layout, id)->empty());
    }

    // Two people saving the same story over and over, each from what they last read:
    // every save either lands as the next revision or is kept as a conflict.
    void interleavedSavesLoseNothing() {
        const qint64 id = fileAStory(QStringLiteral("reporter_li"), QStringLiteral("interleaved"));
        QSqlDatabase a = as(QStringLiteral("desk_zhao")), b = as(QStringLiteral("layout_chen"));
        int readA = 1, readB = 1, saved = 0, conflicts = 0;
        for (int i = 0; i < 40; ++i) {
            QSqlDatabase& db = i % 3 == 0 ? b : a;
            int& read = i % 3 == 0 ? readB : readA;
            const PoolText text{{}, QStringLiteral("第%1稿").arg(i), {}, {}, {QString::number(i)}};
            const Result<StorySave> r = saveStoryText(db, id, read, text);
            QVERIFY(r);
            saved += r->saved;
            conflicts += !r->saved;
            read = r->revision;  // a refused writer reads the newer revision, then goes on
        }
        QCOMPARE(saved + conflicts, 40);
        QVERIFY(conflicts > 0);
        QCOMPARE(fetchStory(a, id)->revision, 1 + saved);
        QCOMPARE(openConflicts(a, id)->size(), size_t(conflicts));
        QSqlQuery q(a);
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM paiban.story_revisions WHERE story_id = %1")
                       .arg(id)));
        q.next();
        QCOMPARE(q.value(0).toInt(), 1 + saved);
    }

    // What each role may do, as a table: who, what, and what the newsroom answers.
    void rolesMayDoTheirPartOnly() {
        const qint64 page = aPage(2);
        QVERIFY(page > 0);
        const qint64 own = fileAStory(QStringLiteral("reporter_li"), QStringLiteral("own"));
        const qint64 ownToo = fileAStory(QStringLiteral("reporter_li"), QStringLiteral("own-too"));
        const qint64 others = fileAStory(QStringLiteral("reporter_wang"), QStringLiteral("others"));
        const PoolText edited{{}, QStringLiteral("改"), {}, {}, {QStringLiteral("改。")}};
        auto save = [&](const QString& who, qint64 id) {
            const Result<PoolStory> now = fetchStory(as(who), id);
            const Result<StorySave> r = saveStoryText(as(who), id, now->revision, edited);
            return r ? (r->saved ? QStringLiteral("ok") : QStringLiteral("conflict"))
                     : problemName(r.error().problem);
        };
        auto story = [&](const QString& who, qint64 id, StoryStatus s) {
            return outcome(setStoryStatus(as(who), id, s));
        };
        auto move = [&](const QString& who, PageStatus s) {
            return outcome(setPageStatus(as(who), page, s));
        };
        auto savePageAs = [&](const QString& who) {
            const Result<PageDocument> now = loadPage(as(who), page);
            const Result<PageSave> r =
                savePage(as(who), page, now->page.version, now->document + ' ');
            return outcome(r);
        };
        const QString li = QStringLiteral("reporter_li"), desk = QStringLiteral("desk_zhao"),
                      layout = QStringLiteral("layout_chen"), proof = QStringLiteral("proof_zhou"),
                      chief = QStringLiteral("chief_wu");
        struct Step {
            QString what, got, expected;
        };
        std::vector<Step> steps;
        auto step = [&](const char* what, const QString& got, const char* expected) {
            steps.push_back({QString::fromUtf8(what), got, QString::fromUtf8(expected)});
        };
        step("reporter edits her own story", save(li, own), "ok");
        step("reporter edits another's", save(li, others), "StoryNotYours");
        step("reporter files it (采写→编辑)", story(li, own, StoryStatus::Editing), "ok");
        step("reporter edits it once filed", save(li, own), "StoryNotYours");
        step("reporter approves her own", story(li, ownToo, StoryStatus::Approved),
             "StoryMoveRefused");
        step("reporter files another's", story(li, others, StoryStatus::Editing), "StoryNotYours");
        step("desk edits it", save(desk, own), "ok");
        step("desk sends it to proof", story(desk, own, StoryStatus::Proofing), "ok");
        step("layout corrects it on the page", save(layout, own), "ok");
        step("desk approves it", story(desk, own, StoryStatus::Approved), "StoryMoveRefused");
        step("chief approves it (签发)", story(chief, own, StoryStatus::Approved), "ok");
        step("desk edits an approved story", save(desk, own), "StoryApproved");
        step("reporter signs a page off", move(li, PageStatus::Signed), "NotAllowed");
        step("reporter saves a page", savePageAs(li), "NotAllowed");
        step("layout saves the page", savePageAs(layout), "ok");
        step("layout signs it off", move(layout, PageStatus::Signed), "PageMoveRefused");
        step("layout sends it to proof", move(layout, PageStatus::Proofing), "ok");
        step("proofreader signs it off", move(proof, PageStatus::Signed), "PageMoveRefused");
        step("proofreader sends it back", move(proof, PageStatus::Layout), "ok");
        step("proofreader moves a page in layout", move(proof, PageStatus::Proofing),
             "PageNotYours");
        step("chief signs it off (签发)", move(chief, PageStatus::Signed), "ok");
        step("layout saves a signed page", savePageAs(layout), "PageSigned");
        step("chief saves a signed page", savePageAs(chief), "PageSigned");
        auto sql = [&](const QString& who, const QString& statement) {
            QSqlQuery q(as(who));
            return q.exec(statement.arg(page)) ? QStringLiteral("ok")
                                               : problemName(errorOf(q.lastError()).problem);
        };
        step("layout renames a signed page",
             sql(layout, "UPDATE paiban.pages SET name = '改' WHERE id = %1"), "PageSigned");
        step("layout renumbers it",
             sql(layout, "UPDATE paiban.pages SET number = 99 WHERE id = %1"), "PageSigned");
        step("layout deletes it", sql(layout, "DELETE FROM paiban.pages WHERE id = %1"),
             "PageSigned");
        step("layout renames its edition",
             sql(layout,
                 "UPDATE paiban.editions SET title = '改' WHERE id = (SELECT edition_id FROM "
                 "paiban.pages WHERE id = %1)"),
             "EditionSigned");
        step("layout stores a page that is no JSON",
             sql(layout,
                 "INSERT INTO paiban.pages (edition_id, number, document) SELECT edition_id, 98, "
                 "'not json' FROM paiban.pages WHERE id = %1"),
             "QueryFailed");
        step("chief takes the signature back", move(chief, PageStatus::Layout), "ok");
        step("layout saves it again", savePageAs(layout), "ok");
        // A galley of the steps, the wrong ones marked with what was expected.
        QStringList galley;
        bool allRight = true;
        for (const Step& s : steps) {
            const bool right = s.got == s.expected;
            allRight = allRight && right;
            galley << QStringLiteral("%1 %2: %3%4")
                          .arg(right ? QStringLiteral(" ") : QStringLiteral("✗"), s.what, s.got,
                               right ? QString()
                                     : QStringLiteral("  (expected %1)").arg(s.expected));
        }
        if (!allRight)
            qWarning("%s", qPrintable(QLatin1Char('\n') + galley.join(QLatin1Char('\n'))));
        QVERIFY2(allRight, qPrintable(galley.filter(QStringLiteral("✗")).join(QLatin1Char('\n'))));
    }

    void aPageLockDiesWithItsSession() {
        const qint64 page = aPage(3);
        QSqlDatabase chen = as(QStringLiteral("layout_chen"));
        QSqlDatabase sun = as(QStringLiteral("layout_sun"));
        QCOMPARE(tryLockPage(chen, page).value(), true);
        QCOMPARE(tryLockPage(chen, page).value(), true);  // held once, however often asked
        QCOMPARE(tryLockPage(sun, page).value(), false);
        const Result<std::optional<PageHolder>> holder = pageHolder(sun, page);
        QVERIFY(holder && holder.value());
        QCOMPARE(holder.value()->role, QStringLiteral("layout_chen"));
        QCOMPARE(holder.value()->application, QStringLiteral("tst_newsroom layout_chen"));
        QVERIFY(unlockPage(chen, page));
        QCOMPARE(tryLockPage(sun, page).value(), true);
        QVERIFY(unlockPage(sun, page));
        QVERIFY(!pageHolder(sun, page).value());

        // Another program holds it, idle, and is killed: the server frees it at once.
        QProcess psql;
        psql.start(server_.psql(),
                   {QStringLiteral("-X"), QStringLiteral("-q"),
                    server_.connection(QStringLiteral("newsroom"), QStringLiteral("layout_chen"))});
        QVERIFY(psql.waitForStarted());
        psql.write(QStringLiteral("SELECT pg_advisory_lock(%1, %2);\n")
                       .arg(0x70616962)
                       .arg(page)
                       .toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(pageHolder(sun, page).value().has_value(), 10000);
        QCOMPARE(tryLockPage(sun, page).value(), false);
        QElapsedTimer freed;
        ::kill(static_cast<pid_t>(psql.processId()), SIGKILL);
        freed.start();
        QTRY_VERIFY_WITH_TIMEOUT(tryLockPage(sun, page).value(), 2000);
        qInfo("the lock was free %lld ms after its holder was killed", freed.elapsed());
        psql.waitForFinished();
    }

    void aChangeIsToldWithinASecond() {
        const qint64 id = fileAStory(QStringLiteral("reporter_li"), QStringLiteral("told"));
        QSqlDatabase page = as(QStringLiteral("layout_chen"));
        NewsroomWatch watch(page);
        QVERIFY(watch.listening());
        QSignalSpy told(&watch, &NewsroomWatch::storyChanged);
        QElapsedTimer since;
        since.start();
        const Result<StorySave> r = saveStoryText(
            as(QStringLiteral("desk_zhao")), id, 1,
            PoolText{{}, QStringLiteral("新标题"), {}, {}, {QStringLiteral("新正文。")}});
        QVERIFY(r && r->saved);
        QTRY_VERIFY_WITH_TIMEOUT(!told.isEmpty(), 1000);
        qInfo("told after %lld ms", since.elapsed());
        QCOMPARE(told.first().at(0).toLongLong(), id);
        QCOMPARE(told.first().at(1).toInt(), 2);
        QCOMPARE(told.first().at(2).toString(), QStringLiteral("desk_zhao"));
    }

    void pagesKeepEveryVersion() {
        const qint64 page = aPage(4);
        QSqlDatabase db = as(QStringLiteral("layout_chen"));
        const QByteArray v1 = loadPage(db, page)->document;
        QVERIFY(savePage(db, page, 1, v1 + "\n")->saved);
        QVERIFY(savePage(db, page, 2, v1 + "\n\n")->saved);
        // Someone with version 2 in hand is refused, and told the page is at 3.
        const Result<PageSave> stale = savePage(db, page, 2, v1);
        QVERIFY(stale && !stale->saved);
        QCOMPARE(stale->version, 3);
        QStringList versions;
        for (const PageVersion& v : pageVersions(db, page).value())
            versions << QStringLiteral("%1 %2").arg(v.version).arg(v.savedBy);
        QCOMPARE(versions.join(QLatin1String(", ")),
                 QStringLiteral("3 layout_chen, 2 layout_chen, 1 layout_chen"));
        // Restoring version 1 saves it as version 4: history only grows.
        const QByteArray old = pageVersionDocument(db, page, 1).value();
        QCOMPARE(old, v1);
        QVERIFY(savePage(db, page, 3, old)->saved);
        QCOMPARE(loadPage(db, page)->document, v1);
        QCOMPARE(loadPage(db, page)->page.version, 4);
    }

    // `paiban newsroom` as a script runs it: init, people, stories, a page, the edition.
    void theCommandLine() {
        const QString conn = server_.connection(QStringLiteral("cli"));
        auto paiban = [&](QStringList args) {
            args.prepend(QStringLiteral("newsroom"));
            args << QStringLiteral("--connect") << conn;
            return runTool(QStringLiteral(PAIBAN_BINARY), args);
        };
        ToolResult r = paiban({QStringLiteral("init")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("now version")), qPrintable(r.out));
        r = paiban({QStringLiteral("init")});
        QVERIFY2(r.out.contains(QLatin1String("up to date")), qPrintable(r.out));
        r = paiban({QStringLiteral("add-user"), QStringLiteral("reporter_ma"),
                    QStringLiteral("--role"), QStringLiteral("reporter")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = paiban({QStringLiteral("add-user"), QStringLiteral("desk_cli"),
                    QStringLiteral("--role=desk")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = paiban({QStringLiteral("add-user"), QStringLiteral("x"), QStringLiteral("--role"),
                    QStringLiteral("king")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("there is no role “king”")), qPrintable(r.err));
        r = paiban({QStringLiteral("add-user"), QString(), QStringLiteral("--role"),
                    QStringLiteral("desk")});
        QCOMPARE(r.exitCode, 2);
        r = paiban({QStringLiteral("add-user"), QString(70, QLatin1Char('x')),
                    QStringLiteral("--role"), QStringLiteral("desk")});
        QCOMPARE(r.exitCode, 2);

        QTemporaryDir stories;
        auto write = [&](const QString& name, const QByteArray& bytes) {
            QFile f(stories.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(QStringLiteral("heating.txt"),
              QStringLiteral("主题：供暖季开始\n第一段。\n").toUtf8());
        write(QStringLiteral("gbk.txt"),
              QByteArray("\xd6\xf7\xcc\xe2\xa3\xba\xb9\xa9\xc5\xaf\n\xd5\xfd\xce\xc4\n"));
        write(QStringLiteral("broken.txt"), QByteArray("abc \x81"));
        write(QStringLiteral("photo.jpg"), QByteArray("not a story"));
        r = paiban({QStringLiteral("import-stories"), stories.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(
                     QLatin1String("2 stories filed, 0 revised, 0 unchanged, 0 kept beside a newer "
                                   "revision, 1 not imported, 1 skipped")),
                 qPrintable(r.out));
        QVERIFY2(r.err.contains(QLatin1String("broken.txt")), qPrintable(r.err));
        QFile::remove(stories.filePath(QStringLiteral("broken.txt")));
        write(QStringLiteral("heating.txt"),
              QStringLiteral("主题：供暖季开始\n第一段，改过。\n").toUtf8());
        r = paiban({QStringLiteral("import-stories"), stories.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("0 stories filed, 1 revised, 1 unchanged")),
                 qPrintable(r.out));
        // The desk edits the story; the reporter files her file again: kept beside theirs,
        // never written over it.
        {
            QSqlDatabase desk = as(QString(), QStringLiteral("cli"));
            const std::vector<PoolStory> pool = listStories(desk).value();
            const auto heating = std::find_if(pool.begin(), pool.end(), [](const PoolStory& p) {
                return p.slug == QLatin1String("heating");
            });
            QVERIFY(heating != pool.end());
            exec(desk, QStringLiteral("SET ROLE desk_cli"));
            PoolText edited = heating->text;
            edited.headline = QStringLiteral("编辑改的标题");
            QVERIFY(saveStoryText(desk, heating->id, heating->revision, edited)->saved);
            exec(desk, QStringLiteral("RESET ROLE"));
            write(QStringLiteral("heating.txt"),
                  QStringLiteral("主题：供暖季开始\n第一段，又改了。\n").toUtf8());
            r = paiban({QStringLiteral("import-stories"), stories.path()});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.out.contains(QLatin1String("1 kept beside a newer revision")),
                     qPrintable(r.out));
            QVERIFY2(r.err.contains(QLatin1String("changed by desk_cli since you filed it")),
                     qPrintable(r.err));
            QCOMPARE(fetchStory(desk, heating->id)->text.headline, QStringLiteral("编辑改的标题"));
            QCOMPARE(openConflicts(desk, heating->id)->size(), size_t(1));
        }

        // A file of two pages is refused unless one is named; each page is stored alone,
        // numbered as the edition's.
        r = paiban({QStringLiteral("add-page"), QStringLiteral("2026-11-30"),
                    QStringLiteral("魏都周刊"), QStringLiteral("1"), sampleEditionPath()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("has 2 pages; a newsroom page is one")),
                 qPrintable(r.err));
        for (int n : {1, 2}) {
            r = paiban({QStringLiteral("add-page"), QStringLiteral("2026-11-30"),
                        QStringLiteral("魏都周刊"), QString::number(n), sampleEditionPath(),
                        QStringLiteral("--page"), QString::number(n), QStringLiteral("--name"),
                        n == 1 ? QStringLiteral("要闻") : QStringLiteral("民生")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        r = paiban({QStringLiteral("add-page"), QStringLiteral("2026/11/30"),
                    QStringLiteral("魏都周刊"), QStringLiteral("9"), sampleEditionPath(),
                    QStringLiteral("--page"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 2);
        QTemporaryDir out;
        r = paiban({QStringLiteral("export-edition"), QStringLiteral("2026-11-30"), out.path(),
                    QStringLiteral("--jobs"), QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString second = out.filePath(QStringLiteral("02-民生.pdf"));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("01-要闻.pdf"))));
        QVERIFY(QFile::exists(second));
        // One page each, and the 报眉 of page 2 prints 第2版.
        if (haveTool(QStringLiteral("pdfinfo"))) {
            QVERIFY(runTool(QStringLiteral("pdfinfo"), {second})
                        .out.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
            const QString text =
                runTool(QStringLiteral("pdftotext"), {second, QStringLiteral("-")}).out;
            QVERIFY2(text.contains(QStringLiteral("第 2 版")), qPrintable(text.left(300)));
        }
        QFile report(out.filePath(QStringLiteral("preflight.txt")));
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(report.readAll());
        QVERIFY2(text.contains(QStringLiteral("page 1 (要闻): written to 01-要闻.pdf")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("page 2 (民生): written to 02-民生.pdf")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("note: not signed off: being laid out (排版)")),
                 qPrintable(text));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("preflight.json"))));
        r = paiban({QStringLiteral("add-page"), QStringLiteral("2026-11-30"),
                    QStringLiteral("魏都周刊"), QStringLiteral("2"), sampleEditionPath(),
                    QStringLiteral("--page"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("already has a page of that number")),
                 qPrintable(r.err));

        // A page whose photo is missing is held back, and last night's PDF of it goes; the
        // others are written; one report.
        QTemporaryDir broken;
        QByteArray json = sampleDocument();
        json.replace("images/aerogel.jpg", "images/not-there.jpg");
        QFile brokenPage(broken.filePath(QStringLiteral("broken.paiban")));
        QVERIFY(brokenPage.open(QIODevice::WriteOnly));
        brokenPage.write(json);
        brokenPage.close();
        r = paiban({QStringLiteral("add-page"), QStringLiteral("2026-11-30"),
                    QStringLiteral("魏都周刊"), QStringLiteral("3"), brokenPage.fileName(),
                    QStringLiteral("--page"), QStringLiteral("2"), QStringLiteral("--name"),
                    QStringLiteral("科技")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("not-there.jpg is not there")), qPrintable(r.err));
        QFile yesterday(out.filePath(QStringLiteral("03-科技.pdf")));
        QVERIFY(yesterday.open(QIODevice::WriteOnly));
        yesterday.write("%PDF- last night's");
        yesterday.close();
        r = paiban({QStringLiteral("export-edition"), QStringLiteral("2026-11-30"), out.path(),
                    QStringLiteral("--jobs"), QStringLiteral("3")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(
            r.out.contains(QStringLiteral("page 3 (科技): NOT written: preflight found errors")),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("not-there.jpg")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("2 of 3 page(s) written")), qPrintable(r.out));
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("03-科技.pdf"))));
        // Someone's file in the folder: not written over without --force.
        QFile someones(out.filePath(QStringLiteral("layout-notes.doc")));
        QVERIFY(someones.open(QIODevice::WriteOnly));
        someones.close();
        r = paiban({QStringLiteral("export-edition"), QStringLiteral("2026-11-30"), out.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("holds other files")), qPrintable(r.err));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("01-要闻.pdf"))));

        r = paiban({QStringLiteral("export-edition"), QStringLiteral("2026-12-01"), out.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("no edition of 2026-12-01\n")), qPrintable(r.err));
        r = paiban({QStringLiteral("export-edition"), QStringLiteral("30/11/2026"), out.path()});
        QCOMPARE(r.exitCode, 2);
        // Options: --name=value, a value never echoed, an unknown command named.
        r = paiban({QStringLiteral("export-edition"), QStringLiteral("--jobs=0"),
                    QStringLiteral("2026-11-30"), out.path()});
        QCOMPARE(r.exitCode, 2);
        r = paiban({QStringLiteral("init"), QStringLiteral("--conect=password=secret")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!r.err.contains(QLatin1String("secret")), qPrintable(r.err));
        r = paiban({QStringLiteral("publish")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no command “publish”")), qPrintable(r.err));
    }

    void cleanupTestCase() { server_.stop(); }
};

QTEST_GUILESS_MAIN(TestNewsroom)
#include "tst_newsroom.moc"
