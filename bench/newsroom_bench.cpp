// A newsroom under load (issue 19): a PostgreSQL of its own, an edition of P pages (the
// sample's two pages by turns, each page's body stories placed from the story pool), W
// watcher processes that hold the pages laid out as open editors do and reflow a page
// when the server says a story on it changed (LISTEN/NOTIFY), and C clients, each with its
// own connection, making N changes to random stories — each read, changed and saved over
// the revision it read, read again and retried when someone saved first.
//
// Prints the changes' throughput, how many saves met a newer revision, the time from a
// change's commit to a page reflowed with it (median, p95, max: the first reflow showing
// that revision or a newer one), and checks that no update was lost: every story's
// revision is one plus the saves made to it, and every saved text is in its revision.
// Asserts nothing about time.
//
//   build/bench/newsroom_bench [--clients 20] [--changes 200] [--pages 48] [--watchers 4]
//                              [--pause-ms 0]
#include <unistd.h>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSocketNotifier>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#include "articles/pool_text.h"
#include "display/edition_layout.h"
#include "io/document_io.h"
#include "model/page_alone.h"
#include "newsroom/connection.h"
#include "newsroom/newsroom_watch.h"
#include "newsroom/pages.h"
#include "newsroom/schema.h"
#include "newsroom/story_pool.h"
#include "postgres_fixture.h"
#include "shaping/font_registry.h"

using namespace paiban;
using namespace paiban::newsroom;

namespace {

// Wall-clock microseconds: the clients and the watchers are different processes.
qint64 nowUs() {
    timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    return qint64(t.tv_sec) * 1000000 + t.tv_nsec / 1000;
}

struct Options {
    int clients = 20, changes = 200, pages = 48, watchers = 4;
    // Each client's mean pause between changes (exponential), in ms: 0 is flat out, a
    // storm no newsroom makes; people pause seconds between saves.
    int pauseMs = 0;
};

[[noreturn]] void die(const QString& why) {
    std::fprintf(stderr, "newsroom_bench: %s\n", qPrintable(why));
    std::exit(1);
}

template <typename T>
T must(Result<T> r, const char* what) {
    if (!r)
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), englishText(r.error())));
    return std::move(r).value();
}

bool isBody(const Story& story, const StyleSheet& styles) {
    return poolTextOfStory(story, styles, PoolText{}).paragraphs.size() >= 2;
}

// ---------------------------------------------------------------------------------------
// A watcher: pages laid out as open editors hold them, reflowed on NOTIFY.

int watch(const QString& connection, const QStringList& pageIds, const QString& outPath) {
    QSqlDatabase db = must(openConnection(connection, QStringLiteral("watch"),
                                          QStringLiteral("newsroom_bench watcher")),
                           "connect");
    struct OpenPage {
        Edition edition;
        LayoutCache cache;
        EditionDisplay display;
    };
    std::vector<std::unique_ptr<OpenPage>> pages;
    std::map<qint64, std::pair<OpenPage*, size_t>> storyAt;  // pool id → page, story
    for (const QString& id : pageIds) {
        const PageDocument doc = must(loadPage(db, id.toLongLong()), "load a page");
        LoadResult loaded = parseEdition(doc.document, id);
        if (!loaded.edition)
            die(loaded.errorText());
        auto page = std::make_unique<OpenPage>();
        page->edition = std::move(*loaded.edition);
        page->display = layoutEdition(page->edition, {}, FontRegistry::shared(), page->cache);
        for (size_t s = 0; s < page->edition.stories.size(); ++s) {
            if (page->edition.stories[s].pool)
                storyAt[page->edition.stories[s].pool->id] = {page.get(), s};
        }
        pages.push_back(std::move(page));
    }
    QFile out(outPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text))
        die(out.errorString());
    NewsroomWatch watcher(db);
    std::set<qint64> pending;
    QTimer drain;
    drain.setSingleShot(true);
    // Told of several revisions at once, a page shows the newest: one fetch, one reflow.
    QObject::connect(&drain, &QTimer::timeout, [&] {
        for (const qint64 id : pending) {
            const qint64 began = nowUs();
            auto [page, s] = storyAt[id];
            Story& story = page->edition.stories[s];
            const PoolStory now = must(fetchStory(db, id), "fetch a story");
            if (now.revision <= story.pool->revision)
                continue;
            story.paragraphs = paragraphsOfPoolText(now.text, story, page->edition.styles);
            story.pool->revision = now.revision;
            page->display = layoutEdition(page->edition, {}, FontRegistry::shared(), page->cache);
            const qint64 done = nowUs();
            out.write(QStringLiteral("%1 %2 %3 %4\n")
                          .arg(id)
                          .arg(now.revision)
                          .arg(done)
                          .arg(done - began)
                          .toUtf8());
        }
        pending.clear();
        out.flush();
    });
    QObject::connect(&watcher, &NewsroomWatch::storyChanged, [&](qint64 id, int revision) {
        auto at = storyAt.find(id);
        if (at == storyAt.end() ||
            revision <= at->second.first->edition.stories[at->second.second].pool->revision)
            return;
        pending.insert(id);
        if (!drain.isActive())
            drain.start(0);
    });
    // Stops when the bench closes its standard input.
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, [&] {
        char c;
        if (::read(STDIN_FILENO, &c, 1) <= 0)
            QCoreApplication::quit();
    });
    std::printf("ready\n");
    std::fflush(stdout);
    return QCoreApplication::exec();
}

// ---------------------------------------------------------------------------------------
// The bench.

struct Write {
    qint64 story = 0;
    int revision = 0;
    QString marker;
    qint64 committedUs = 0;
};

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 6 && args[1] == QLatin1String("--watch"))
        return watch(args[2], args[3].split(QLatin1Char(',')), args[5]);
    Options o;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const int v = args[i + 1].toInt();
        if (args[i] == QLatin1String("--clients"))
            o.clients = v;
        else if (args[i] == QLatin1String("--changes"))
            o.changes = v;
        else if (args[i] == QLatin1String("--pages"))
            o.pages = v;
        else if (args[i] == QLatin1String("--watchers"))
            o.watchers = v;
        else if (args[i] == QLatin1String("--pause-ms"))
            o.pauseMs = v;
        else
            die(QStringLiteral("unknown option %1").arg(args[i]));
    }
    if (o.clients < 1 || o.changes < 1 || o.pages < 1 || o.watchers < 1 || o.pauseMs < 0)
        die(QStringLiteral("every count must be at least 1"));

    paiban::test::PostgresServer server;
    if (!server.start())
        die(server.error());
    {
        QSqlDatabase admin = must(openConnection(server.connection(QStringLiteral("postgres")),
                                                 QStringLiteral("admin"), QStringLiteral("bench")),
                                  "connect");
        QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE bench"));
    }
    closeConnection(QStringLiteral("admin"));
    const QString conn = server.connection(QStringLiteral("bench"));
    QSqlDatabase db =
        must(openConnection(conn, QStringLiteral("setup"), QStringLiteral("bench")), "connect");
    must(prepareSchema(db, Migration::Apply), "the schema");

    // The edition: P pages, each page's body stories filed in the pool and linked.
    const QString samplePath =
        QStringLiteral(PAIBAN_SOURCE_DIR "/resources/sample/weidu-weekly.paiban");
    LoadResult sample = loadEdition(samplePath);
    if (!sample.edition)
        die(sample.errorText());
    const EditionRow edition =
        must(editionFor(db, QDate(2026, 11, 30), QStringLiteral("魏都周刊")), "edition");
    std::vector<qint64> storyIds, pageIds;
    for (int p = 1; p <= o.pages; ++p) {
        // The sample's two pages by turns, each a document of its own as the newsroom keeps it.
        Edition page =
            pageAlone(*sample.edition, (p - 1) % 2, p, QFileInfo(samplePath).absolutePath())
                .edition;
        for (Story& story : page.stories) {
            if (!isBody(story, page.styles))
                continue;
            const QString slug = QStringLiteral("p%1-%2").arg(p).arg(story.id);
            const PoolStory filed = must(fileStory(db, slug, QStringLiteral("要闻"),
                                                   poolTextOfStory(story, page.styles, {})),
                                         "file a story");
            story.pool = PoolLink{filed.id, filed.revision, slug};
            storyIds.push_back(filed.id);
        }
        pageIds.push_back(
            must(addPage(db, edition.id, p, QString(), serializeEdition(page)), "add a page").id);
    }
    std::printf("an edition of %d pages, %zu stories in the pool\n", o.pages, storyIds.size());

    // The watchers, each holding its share of the pages.
    std::vector<std::unique_ptr<QProcess>> watchers;
    std::vector<QString> outputs;
    QTemporaryDir work;
    for (int w = 0; w < o.watchers; ++w) {
        QStringList mine;
        for (size_t i = w; i < pageIds.size(); i += o.watchers)
            mine << QString::number(pageIds[i]);
        outputs.push_back(work.filePath(QStringLiteral("watcher-%1.txt").arg(w)));
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(app.applicationFilePath(),
                       {QStringLiteral("--watch"), conn, mine.join(QLatin1Char(',')),
                        QStringLiteral("--out"), outputs.back()});
        if (!process->waitForReadyRead(120000) || !process->readLine().startsWith("ready"))
            die(QStringLiteral("a watcher did not start"));
        watchers.push_back(std::move(process));
    }
    db = QSqlDatabase();
    closeConnection(QStringLiteral("setup"));

    // The clients.
    std::mutex recorded;
    std::vector<Write> writes;
    std::atomic<int> retries{0};
    const auto started = std::chrono::steady_clock::now();
    std::vector<std::thread> clients;
    for (int c = 0; c < o.clients; ++c) {
        clients.emplace_back([&, c] {
            const QString name = QStringLiteral("client-%1").arg(c);
            QSqlDatabase mine = must(
                openConnection(conn, name, QStringLiteral("newsroom_bench client")), "connect");
            std::mt19937 random(1000 + c);
            std::uniform_int_distribution<size_t> pick(0, storyIds.size() - 1);
            std::exponential_distribution<double> pause(o.pauseMs > 0 ? 1.0 / o.pauseMs : 1.0);
            for (int n = 0; n < o.changes; ++n) {
                if (o.pauseMs > 0)
                    std::this_thread::sleep_for(
                        std::chrono::microseconds(qint64(pause(random) * 1000)));
                const qint64 id = storyIds[pick(random)];
                const QString marker = QStringLiteral("（%1·%2）").arg(c).arg(n);
                while (true) {
                    PoolStory story = must(fetchStory(mine, id), "fetch");
                    QString& last = story.text.paragraphs.last();
                    last = last.section(QStringLiteral("（"), 0, 0) + marker;
                    const StorySave saved =
                        must(saveStoryText(mine, id, story.revision, story.text), "save");
                    if (saved.saved) {
                        const qint64 at = nowUs();
                        std::lock_guard lock(recorded);
                        writes.push_back({id, saved.revision, marker, at});
                        break;
                    }
                    ++retries;
                }
            }
            mine = QSqlDatabase();
            closeConnection(name);
        });
    }
    for (std::thread& t : clients)
        t.join();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    // The watchers catch up: every story shown at its last revision, or 30 s.
    std::map<qint64, int> lastRevision;
    for (const Write& w : writes)
        lastRevision[w.story] = std::max(lastRevision[w.story], w.revision);
    std::map<qint64, std::vector<std::pair<int, qint64>>> reflows;  // story → (revision, when)
    const auto waitFrom = std::chrono::steady_clock::now();
    std::vector<double> reflowCost;  // ms a watcher spent on one reflow (fetch and layout)
    while (true) {
        reflows.clear();
        reflowCost.clear();
        for (const QString& path : outputs) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray& line : f.readAll().split('\n')) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() == 4) {
                    reflows[parts[0].toLongLong()].push_back(
                        {parts[1].toInt(), parts[2].toLongLong()});
                    reflowCost.push_back(parts[3].toLongLong() / 1000.0);
                }
            }
        }
        bool caughtUp = true;
        for (const auto& [story, revision] : lastRevision)
            caughtUp =
                caughtUp && !reflows[story].empty() && reflows[story].back().first >= revision;
        if (caughtUp || std::chrono::steady_clock::now() - waitFrom > std::chrono::seconds(30))
            break;
        QThread::msleep(100);
    }
    for (auto& w : watchers) {
        w->closeWriteChannel();
        w->waitForFinished(10000);
    }

    // Lost updates: revisions against the saves, and each saved text in its revision.
    QSqlDatabase check =
        must(openConnection(conn, QStringLiteral("check"), QStringLiteral("bench")), "connect");
    std::map<qint64, int> saves;
    for (const Write& w : writes)
        ++saves[w.story];
    int lost = 0;
    for (const qint64 id : storyIds) {
        const PoolStory s = must(fetchStory(check, id), "fetch");
        lost += s.revision != 1 + saves[id];
    }
    for (const Write& w : writes) {
        const PoolText text = must(fetchRevision(check, w.story, w.revision), "a revision");
        lost += !text.paragraphs.last().endsWith(w.marker);
    }

    // Change → reflowed page: the first reflow showing that revision or a newer one.
    std::vector<double> latencies;
    int neverShown = 0;
    for (const Write& w : writes) {
        const auto& shown = reflows[w.story];
        auto first = std::find_if(shown.begin(), shown.end(),
                                  [&](const auto& r) { return r.first >= w.revision; });
        if (first == shown.end()) {
            ++neverShown;
            continue;
        }
        latencies.push_back(std::max<qint64>(0, first->second - w.committedUs) / 1000.0);
    }
    std::sort(latencies.begin(), latencies.end());
    auto at = [&](double q) {
        return latencies.empty()
                   ? 0.0
                   : latencies[std::min(latencies.size() - 1, size_t(q * latencies.size()))];
    };
    size_t reflowCount = 0;
    for (const auto& [story, r] : reflows)
        reflowCount += r.size();
    std::printf(
        "%d clients × %d changes = %zu saved in %.1f s (%.0f changes/s); %d saves met a newer "
        "revision and were retried\n",
        o.clients, o.changes, writes.size(), seconds, writes.size() / seconds, retries.load());
    std::printf("lost updates: %d\n", lost);
    std::sort(reflowCost.begin(), reflowCost.end());
    if (!reflowCost.empty())
        std::printf(
            "a reflow (fetch the story, set it, lay the page out): median %.1f ms, p95 %.1f ms\n",
            reflowCost[reflowCost.size() / 2], reflowCost[reflowCost.size() * 95 / 100]);
    std::printf(
        "change → reflowed page (%d watchers, %zu reflows): median %.1f ms, p95 %.1f ms, "
        "max %.1f ms; never shown: %d\n",
        o.watchers, reflowCount, at(0.5), at(0.95), latencies.empty() ? 0.0 : latencies.back(),
        neverShown);
    return lost == 0 && neverShown == 0 ? 0 : 1;
}
