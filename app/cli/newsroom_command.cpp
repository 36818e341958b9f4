// paiban newsroom …: the newsroom's database from a script or an administrator's shell.
//   init                       the schema (and the roles) made or brought up to date
//   add-user NAME --role R     a login role for a person, a member of the newsroom role R
//   import-stories DIR         every text file in DIR filed in the story pool (or, for a
//                              slug already there, saved as its next revision)
//   add-page DATE TITLE N FILE a page of the edition of DATE and TITLE, from a .paiban file
//   export-edition DATE OUT/   every page of the edition to a press PDF, --jobs N at once,
//                              with one preflight report (OUT/preflight.txt and .json)
// The connection: --connect STRING, else $PAIBAN_NEWSROOM, else libpq's defaults (PG*).
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <deque>
#include <map>
#include <string>

#include "cli/cli.h"
#include "io/document_io.h"
#include "newsroom/connection.h"
#include "newsroom/pages.h"
#include "newsroom/schema.h"
#include "newsroom/story_import.h"
#include "newsroom/story_pool.h"

namespace paiban::cli {
namespace {

using namespace paiban::newsroom;

const QString kConnectionName = QStringLiteral("paiban-cli");

// The most export processes at once: more than this machine's cores only queue.
constexpr int kMostJobs = 64;

int newsroomUsage(const char* message) {
    std::fprintf(
        stderr,
        "paiban newsroom: %s\n"
        "usage: paiban newsroom init [--connect STRING]\n"
        "       paiban newsroom add-user NAME --role reporter|desk|layout|proofreader|chief\n"
        "       paiban newsroom import-stories DIR [--section NAME]\n"
        "       paiban newsroom add-page DATE TITLE NUMBER FILE.paiban [--name 版名]\n"
        "       paiban newsroom export-edition DATE OUT/ [--title TITLE] [--jobs N] "
        "[--force]\n"
        "The connection is --connect STRING (libpq's, e.g. \"host=db dbname=news\"), "
        "else $PAIBAN_NEWSROOM, else libpq's PG* variables.\n",
        message);
    return 2;
}

int fail(const Error& error) {
    std::fprintf(stderr, "paiban newsroom: %s\n", qPrintable(englishText(error)));
    return 1;
}

// The command's options: --connect, then its own, then its operands.
struct Arguments {
    QString connection = qEnvironmentVariable("PAIBAN_NEWSROOM");
    QStringList operands;
    QHash<QString, QString> options;  // --name value
    QSet<QString> flags;              // --force
};

std::optional<Arguments> parseArguments(int argc, char** argv, const QSet<QString>& withValue,
                                        const QSet<QString>& flags, const char** problem) {
    Arguments args;
    for (int i = 2; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--connect") || withValue.contains(arg)) {
            if (i + 1 >= argc) {
                *problem = "an option needs its value";
                return std::nullopt;
            }
            const QString value = QString::fromLocal8Bit(argv[++i]);
            if (arg == QLatin1String("--connect"))
                args.connection = value;
            else
                args.options.insert(arg, value);
        } else if (flags.contains(arg)) {
            args.flags.insert(arg);
        } else if (arg.startsWith(QLatin1String("--"))) {
            *problem = "unknown option";
            std::fprintf(stderr, "paiban newsroom: unknown option %s\n", qPrintable(arg));
            return std::nullopt;
        } else {
            args.operands << arg;
        }
    }
    return args;
}

// Connects and checks the schema; `migration` Apply for init.
Result<QSqlDatabase> connect(const Arguments& args, Migration migration) {
    Result<QSqlDatabase> db =
        openConnection(args.connection, kConnectionName, QStringLiteral("paiban command line"));
    if (!db)
        return db;
    const Result<int> schema = prepareSchema(db.value(), migration);
    if (!schema)
        return schema.error();
    return db;
}

int initCommand(const Arguments& args) {
    Result<QSqlDatabase> db =
        openConnection(args.connection, kConnectionName, QStringLiteral("paiban command line"));
    if (!db)
        return fail(db.error());
    const Result<int> before = schemaVersion(db.value());
    const Result<int> after = prepareSchema(db.value(), Migration::Apply);
    if (!after)
        return fail(after.error());
    const int was = before ? before.value() : 0;
    if (was == after.value())
        std::printf("the newsroom's schema is up to date (version %d)\n", after.value());
    else
        std::printf("the newsroom's schema is now version %d (was %d)\n", after.value(), was);
    return 0;
}

int addUserCommand(const Arguments& args) {
    static const QStringList kRoles = {QStringLiteral("reporter"), QStringLiteral("desk"),
                                       QStringLiteral("layout"), QStringLiteral("proofreader"),
                                       QStringLiteral("chief")};
    const QString role = args.options.value(QStringLiteral("--role"));
    if (args.operands.size() != 1 || !kRoles.contains(role))
        return newsroomUsage(
            "add-user needs a name and --role reporter|desk|layout|proofreader|chief");
    Result<QSqlDatabase> db = connect(args, Migration::CheckOnly);
    if (!db)
        return fail(db.error());
    // A role name is an identifier: quoted by the server (format's %I), never pasted in.
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("SELECT format('CREATE ROLE %I LOGIN IN ROLE %I', ?::text, ?::text)"));
    q.addBindValue(args.operands[0]);
    q.addBindValue(QStringLiteral("paiban_") + role);
    if (!q.exec() || !q.next())
        return fail(errorOf(q.lastError()));
    const QString statement = q.value(0).toString();
    if (!q.exec(statement))
        return fail(errorOf(q.lastError()));
    std::printf(
        "%s may now log in as a %s; set a password with psql's \\password (Paiban never "
        "stores one) or let the server trust the system's accounts\n",
        qPrintable(args.operands[0]), qPrintable(role));
    return 0;
}

int importStoriesCommand(const Arguments& args) {
    if (args.operands.size() != 1)
        return newsroomUsage("import-stories needs a folder of text files");
    const QDir dir(args.operands[0]);
    if (!dir.exists()) {
        std::fprintf(stderr, "paiban newsroom: %s is not a folder\n", qPrintable(args.operands[0]));
        return 1;
    }
    Result<QSqlDatabase> db = connect(args, Migration::CheckOnly);
    if (!db)
        return fail(db.error());
    const Result<std::vector<PoolStory>> pool = listStories(db.value());
    if (!pool)
        return fail(pool.error());
    std::map<QString, PoolStory> bySlug;
    for (const PoolStory& s : pool.value())
        bySlug.emplace(s.slug, s);
    int filed = 0, revised = 0, unchanged = 0, refused = 0;
    const QFileInfoList files = dir.entryInfoList(
        {QStringLiteral("*.txt"), QStringLiteral("*.text")}, QDir::Files, QDir::Name);
    for (const QFileInfo& info : files) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "paiban newsroom: %s: %s\n", qPrintable(info.fileName()),
                         qPrintable(file.errorString()));
            ++refused;
            continue;
        }
        StoryFile story = readStoryFile(file.readAll(), info.fileName());
        if (!story.ok()) {
            std::fprintf(stderr, "paiban newsroom: %s: not imported: %s\n",
                         qPrintable(info.fileName()), qPrintable(story.error));
            ++refused;
            continue;
        }
        if (story.section.isEmpty())
            story.section = args.options.value(QStringLiteral("--section"));
        const auto found = bySlug.find(story.slug);
        const PoolStory* existing = found == bySlug.end() ? nullptr : &found->second;
        if (!existing) {
            const Result<PoolStory> made =
                fileStory(db.value(), story.slug, story.section, story.text);
            if (!made) {
                std::fprintf(stderr, "paiban newsroom: %s: %s\n", qPrintable(info.fileName()),
                             qPrintable(englishText(made.error())));
                ++refused;
                continue;
            }
            ++filed;
            continue;
        }
        if (existing->text == story.text) {
            ++unchanged;
            continue;
        }
        const Result<StorySave> saved =
            saveStoryText(db.value(), existing->id, existing->revision, story.text);
        if (!saved || !saved->saved) {
            std::fprintf(stderr, "paiban newsroom: %s: %s\n", qPrintable(info.fileName()),
                         saved ? "someone saved the story meanwhile; the file's text is kept "
                                 "beside theirs for the desk to merge"
                               : qPrintable(englishText(saved.error())));
            ++refused;
            continue;
        }
        ++revised;
    }
    std::printf("%d story(ies) filed, %d revised, %d unchanged, %d not imported\n", filed, revised,
                unchanged, refused);
    return refused > 0 ? 1 : 0;
}

// A page's document with its images' paths made absolute: the newsroom keeps the page,
// not the folder it came from (its photos live on the newsroom's shared storage).
QByteArray documentForNewsroom(const QString& path, QString* error) {
    LoadResult loaded = loadEdition(path);
    if (!loaded.edition) {
        *error = loaded.errorText();
        return {};
    }
    const QDir folder = QFileInfo(path).absoluteDir();
    for (Page& page : loaded.edition->pages) {
        for (Frame& frame : page.frames) {
            if (!frame.imagePath.isEmpty() && QDir::isRelativePath(frame.imagePath))
                frame.imagePath = QDir::cleanPath(folder.absoluteFilePath(frame.imagePath));
        }
    }
    return serializeEdition(*loaded.edition);
}

int addPageCommand(const Arguments& args) {
    if (args.operands.size() != 4)
        return newsroomUsage("add-page needs DATE TITLE NUMBER FILE.paiban");
    const QDate date = QDate::fromString(args.operands[0], Qt::ISODate);
    bool ok = false;
    const int number = args.operands[2].toInt(&ok);
    if (!date.isValid() || !ok || number < 1)
        return newsroomUsage("add-page needs a date like 2026-11-30 and a page number from 1");
    QString error;
    const QByteArray document = documentForNewsroom(args.operands[3], &error);
    if (document.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Result<QSqlDatabase> db = connect(args, Migration::CheckOnly);
    if (!db)
        return fail(db.error());
    const Result<EditionRow> edition = editionFor(db.value(), date, args.operands[1]);
    if (!edition)
        return fail(edition.error());
    const Result<PageRow> page = addPage(db.value(), edition->id, number,
                                         args.options.value(QStringLiteral("--name")), document);
    if (!page)
        return fail(page.error());
    std::printf("page %d of %s %s is page id %lld\n", number, qPrintable(args.operands[0]),
                qPrintable(args.operands[1]), static_cast<long long>(page->id));
    return 0;
}

// One page's export: the process writing it and what it said.
struct PageJob {
    PageRow page;
    QString document, pdf, findings;
    QProcess* process = nullptr;
    int exitCode = -1;
    QByteArray messages;
};

// The pages' findings as one report: a line per finding, by page, then the totals.
void writeReport(const std::vector<PageJob>& jobs, const QString& folder, int* errors,
                 int* warnings) {
    QJsonArray pages;
    QString text;
    for (const PageJob& job : jobs) {
        QFile file(job.findings);
        QJsonObject o;
        if (file.open(QIODevice::ReadOnly))
            o = QJsonDocument::fromJson(file.readAll()).object();
        QJsonObject page{{"page", job.page.number},
                         {"name", job.page.name},
                         {"pdf", QFileInfo(job.pdf).fileName()},
                         {"written", job.exitCode == 0},
                         {"findings", o.value("findings")}};
        pages.append(page);
        text += QStringLiteral("page %1%2: %3\n")
                    .arg(job.page.number)
                    .arg(job.page.name.isEmpty() ? QString()
                                                 : QStringLiteral(" (%1)").arg(job.page.name))
                    .arg(job.exitCode == 0
                             ? QStringLiteral("written to %1").arg(QFileInfo(job.pdf).fileName())
                         : job.exitCode == kExitPreflightErrors
                             ? QStringLiteral("NOT written: preflight found errors")
                             : QStringLiteral("NOT written: %1")
                                   .arg(QString::fromLocal8Bit(job.messages).trimmed()));
        for (const QJsonValue& f : o.value("findings").toArray()) {
            const QJsonObject finding = f.toObject();
            const QString severity = finding.value("severity").toString();
            *errors += severity == QLatin1String("error");
            *warnings += severity == QLatin1String("warning");
            if (severity == QLatin1String("note"))
                continue;
            text += QStringLiteral("  %1: %2 [%3]\n")
                        .arg(severity, finding.value("message").toString(),
                             finding.value("kind").toString());
        }
    }
    text += QStringLiteral("%1 error(s), %2 warning(s)\n").arg(*errors).arg(*warnings);
    QSaveFile json(QDir(folder).filePath(QStringLiteral("preflight.json")));
    if (json.open(QIODevice::WriteOnly)) {
        json.write(QJsonDocument(QJsonObject{{"pages", pages}}).toJson());
        json.commit();
    }
    QSaveFile report(QDir(folder).filePath(QStringLiteral("preflight.txt")));
    if (report.open(QIODevice::WriteOnly)) {
        report.write(text.toUtf8());
        report.commit();
    }
    std::fputs(qPrintable(text), stdout);
}

// The edition of `date` (and --title) fetched in one go, one snapshot of it as it stands:
// each page's document written into `work`, its PDF to be `out`/NN-name.pdf. 0, or the
// exit status of what stopped it (its message printed).
int fetchEdition(const Arguments& args, const QDate& date, const QString& out,
                 const QTemporaryDir& work, std::vector<PageJob>* all) {
    Result<QSqlDatabase> db = connect(args, Migration::CheckOnly);
    if (!db)
        return fail(db.error());
    const Result<std::vector<EditionRow>> editions = editionsOn(db.value(), date);
    if (!editions)
        return fail(editions.error());
    const QString title = args.options.value(QStringLiteral("--title"));
    std::vector<EditionRow> chosen;
    for (const EditionRow& e : editions.value()) {
        if (title.isEmpty() || e.title == title)
            chosen.push_back(e);
    }
    if (chosen.empty())
        return fail({Problem::NoSuchEdition, {args.operands[0], title}});
    if (chosen.size() > 1) {
        QStringList titles;
        for (const EditionRow& e : chosen)
            titles << e.title;
        std::fprintf(stderr, "paiban newsroom: %s has editions %s: name one with --title\n",
                     qPrintable(args.operands[0]), qPrintable(titles.join(QStringLiteral(", "))));
        return 2;
    }
    const Result<std::vector<PageRow>> pages = listPages(db.value(), chosen.front().id);
    if (!pages)
        return fail(pages.error());
    if (pages->empty()) {
        std::fprintf(stderr, "paiban newsroom: the edition of %s has no pages\n",
                     qPrintable(args.operands[0]));
        return 1;
    }
    if (!QDir().mkpath(out)) {
        std::fprintf(stderr, "paiban newsroom: cannot make the folder %s\n", qPrintable(out));
        return 1;
    }
    // Every page fetched first (one connection, one snapshot of the edition as it stands),
    // then set by `paiban export` processes side by side: each page is a document of its own.
    for (const PageRow& row : pages.value()) {
        const Result<PageDocument> page = loadPage(db.value(), row.id);
        if (!page)
            return fail(page.error());
        PageJob job;
        job.page = row;
        const QString stem = QStringLiteral("%1").arg(row.number, 2, 10, QLatin1Char('0'));
        job.document = work.filePath(stem + QStringLiteral(".paiban"));
        job.findings = work.filePath(stem + QStringLiteral(".json"));
        job.pdf = QDir(out).filePath(
            stem + (row.name.isEmpty() ? QString() : QLatin1Char('-') + row.name) +
            QStringLiteral(".pdf"));
        QFile file(job.document);
        if (!file.open(QIODevice::WriteOnly) || file.write(page->document) < 0) {
            std::fprintf(stderr, "paiban newsroom: %s: %s\n", qPrintable(job.document),
                         qPrintable(file.errorString()));
            return 1;
        }
        all->push_back(std::move(job));
    }
    return 0;
}

int exportEditionCommand(const Arguments& args) {
    if (args.operands.size() != 2)
        return newsroomUsage("export-edition needs DATE and an output folder");
    const QDate date = QDate::fromString(args.operands[0], Qt::ISODate);
    if (!date.isValid())
        return newsroomUsage("export-edition needs a date like 2026-11-30");
    int jobs = QThread::idealThreadCount();
    if (args.options.contains(QStringLiteral("--jobs"))) {
        bool ok = false;
        jobs = args.options.value(QStringLiteral("--jobs")).toInt(&ok);
        if (!ok || jobs < 1 || jobs > kMostJobs)
            return newsroomUsage("--jobs needs a number from 1 to 64");
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        std::fprintf(stderr, "paiban newsroom: no temporary folder: %s\n",
                     qPrintable(work.errorString()));
        return 1;
    }
    const QString out = args.operands[1];
    std::vector<PageJob> all;
    if (const int status = fetchEdition(args, date, out, work, &all); status != 0)
        return status;
    closeConnection(kConnectionName);  // the pages are written; the exports need no server
    std::deque<size_t> waiting;
    for (size_t i = 0; i < all.size(); ++i)
        waiting.push_back(i);
    std::vector<size_t> running;
    const QString program = QCoreApplication::applicationFilePath();
    while (!waiting.empty() || !running.empty()) {
        while (!waiting.empty() && static_cast<int>(running.size()) < jobs) {
            PageJob& job = all[waiting.front()];
            job.process = new QProcess;
            job.process->setProcessChannelMode(QProcess::MergedChannels);
            QStringList arguments{QStringLiteral("export"),     job.document,
                                  QStringLiteral("-o"),         job.pdf,
                                  QStringLiteral("--findings"), job.findings};
            if (args.flags.contains(QStringLiteral("--force")))
                arguments << QStringLiteral("--force");
            job.process->start(program, arguments);
            running.push_back(waiting.front());
            waiting.pop_front();
        }
        // The first to finish frees its place for the next page.
        for (auto it = running.begin(); it != running.end();) {
            PageJob& job = all[*it];
            if (job.process->state() == QProcess::NotRunning || job.process->waitForFinished(20)) {
                job.messages = job.process->readAll();
                job.exitCode = job.process->exitStatus() == QProcess::NormalExit
                                   ? job.process->exitCode()
                                   : -1;
                delete job.process;
                job.process = nullptr;
                it = running.erase(it);
            } else {
                ++it;
            }
        }
    }
    int errors = 0, warnings = 0;
    writeReport(all, out, &errors, &warnings);
    int written = 0, refused = 0;
    for (const PageJob& job : all) {
        written += job.exitCode == 0;
        refused += job.exitCode == kExitPreflightErrors;
    }
    std::printf("%d of %zu page(s) written to %s; the report is %s\n", written, all.size(),
                qPrintable(out), qPrintable(QDir(out).filePath(QStringLiteral("preflight.txt"))));
    if (written == static_cast<int>(all.size()))
        return 0;
    return refused > 0 && written + refused == static_cast<int>(all.size()) ? kExitPreflightErrors
                                                                            : 1;
}

}  // namespace

int newsroomCommand(int argc, char** argv) {
    if (argc < 2)
        return newsroomUsage("which? init, add-user, import-stories, add-page, export-edition");
    const std::string_view what = argv[1];
    const char* problem = "";
    const std::optional<Arguments> args = parseArguments(
        argc, argv,
        {QStringLiteral("--role"), QStringLiteral("--section"), QStringLiteral("--name"),
         QStringLiteral("--title"), QStringLiteral("--jobs")},
        {QStringLiteral("--force")}, &problem);
    if (what == "--help" || what == "-h" || what == "help") {
        newsroomUsage("the newsroom's database");
        return 0;
    }
    if (!args)
        return newsroomUsage(problem);
    if (what == "init")
        return initCommand(*args);
    if (what == "add-user")
        return addUserCommand(*args);
    if (what == "import-stories")
        return importStoriesCommand(*args);
    if (what == "add-page")
        return addPageCommand(*args);
    if (what == "export-edition")
        return exportEditionCommand(*args);
    return newsroomUsage("unknown command");
}

}  // namespace paiban::cli
