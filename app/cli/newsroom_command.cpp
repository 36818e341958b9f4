// paiban newsroom …: the newsroom's database from a script or an administrator's shell.
//   init                       the schema (and the roles) made or brought up to date
//   add-user NAME --role R     a login role for a person, a member of the newsroom role R
//   import-stories DIR         every text file in DIR filed in the story pool (or, for a
//                              slug already there, saved as its next revision)
//   add-page DATE TITLE N FILE a page of the edition of DATE and TITLE, from a .paiban file
//   export-edition DATE OUT/   (newsroom_edition_command.cpp)
// The connection: --connect STRING, else $PAIBAN_NEWSROOM, else libpq's defaults (PG*).
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>
#include <map>
#include <string>

#include "cli/cli.h"
#include "cli/newsroom_cli.h"
#include "io/document_io.h"
#include "model/page_alone.h"
#include "newsroom/connection.h"
#include "newsroom/pages.h"
#include "newsroom/story_import.h"
#include "newsroom/story_pool.h"

namespace paiban::cli {

using namespace paiban::newsroom;

namespace {

// PostgreSQL's identifiers are at most 63 bytes (NAMEDATALEN − 1): longer names are cut.
constexpr int kLongestRoleName = 63;

const QStringList kRoles = {QStringLiteral("reporter"), QStringLiteral("desk"),
                            QStringLiteral("layout"), QStringLiteral("proofreader"),
                            QStringLiteral("chief")};

int initCommand(const NewsroomArguments& args) {
    if (!args.operands.isEmpty())
        return newsroomUsage("init takes no operands");
    Result<QSqlDatabase> db =
        openConnection(args.connection, kNewsroomConnection, QStringLiteral("paiban command line"));
    if (!db)
        return newsroomFailed(db.error());
    const Result<int> before = schemaVersion(db.value());
    const Result<int> after = prepareSchema(db.value(), Migration::Apply);
    if (!after)
        return newsroomFailed(after.error());
    const int was = before ? before.value() : 0;
    if (was == after.value())
        std::printf("the newsroom's schema is up to date (version %d)\n", after.value());
    else
        std::printf("the newsroom's schema is now version %d (was %d)\n", after.value(), was);
    return 0;
}

int addUserCommand(const NewsroomArguments& args) {
    const QString role = args.options.value(QStringLiteral("--role"));
    if (args.operands.size() != 1)
        return newsroomUsage("add-user needs one name, e.g. add-user li --role reporter");
    const QString name = args.operands[0];
    if (name.isEmpty())
        return newsroomUsage("add-user needs a name that is not empty");
    if (name.toUtf8().size() > kLongestRoleName)
        return newsroomUsage("a name is at most 63 bytes (21 Chinese characters)");
    if (role.isEmpty())
        return newsroomUsage("add-user needs --role reporter|desk|layout|proofreader|chief");
    if (!kRoles.contains(role)) {
        std::fprintf(stderr,
                     "paiban newsroom: there is no role “%s”: reporter, desk, layout, "
                     "proofreader or chief\n",
                     qPrintable(role));
        return 2;
    }
    Result<QSqlDatabase> db = connectNewsroom(args, Migration::CheckOnly);
    if (!db)
        return newsroomFailed(db.error());
    // A role name is an identifier: quoted by the server (format's %I), never pasted in.
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("SELECT format('CREATE ROLE %I LOGIN IN ROLE %I', ?::text, ?::text)"));
    q.addBindValue(name);
    q.addBindValue(QStringLiteral("paiban_") + role);
    if (!q.exec() || !q.next())
        return newsroomFailed(errorOf(q.lastError()));
    const QString statement = q.value(0).toString();
    if (!q.exec(statement))
        return newsroomFailed(errorOf(q.lastError()));
    std::printf(
        "%s may now log in, in the newsroom's role %s (paiban_%s); set a password with "
        "psql's \\password (Paiban never stores one), or let the server trust the "
        "system's accounts\n",
        qPrintable(name), qPrintable(role), qPrintable(role));
    return 0;
}

int importStoriesCommand(const NewsroomArguments& args) {
    if (args.operands.size() != 1)
        return newsroomUsage("import-stories needs one folder of text files");
    const QFileInfo folder(args.operands[0]);
    if (!folder.exists() || !folder.isDir()) {
        std::fprintf(stderr, "paiban newsroom: %s %s\n", qPrintable(args.operands[0]),
                     folder.exists() ? "is not a folder" : "does not exist");
        return 1;
    }
    Result<QSqlDatabase> db = connectNewsroom(args, Migration::CheckOnly);
    if (!db)
        return newsroomFailed(db.error());
    const Result<std::vector<PoolStory>> pool = listStories(db.value());
    if (!pool)
        return newsroomFailed(pool.error());
    std::map<QString, PoolStory> bySlug;
    for (const PoolStory& s : pool.value())
        bySlug.emplace(s.slug, s);
    const QString encoding = args.options.value(QStringLiteral("--encoding"));
    int filed = 0, revised = 0, unchanged = 0, kept = 0, refused = 0, skipped = 0;
    const QDir dir(folder.absoluteFilePath());
    for (const QFileInfo& info : dir.entryInfoList(
             QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name)) {
        const QString suffix = info.suffix().toLower();
        if (!info.isFile() || info.isHidden() || (suffix != u"txt" && suffix != u"text")) {
            ++skipped;  // folders, hidden files and anything not a .txt: named below
            std::fprintf(stderr, "paiban newsroom: %s: skipped (%s)\n", qPrintable(info.fileName()),
                         info.isDir()      ? "a folder: only the folder's own files are read"
                         : info.isHidden() ? "a hidden file"
                         : !info.isFile()  ? "not a file"
                                           : "not a .txt file");
            continue;
        }
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "paiban newsroom: %s: %s\n", qPrintable(info.fileName()),
                         qPrintable(file.errorString()));
            ++refused;
            continue;
        }
        StoryFile story = readStoryFile(file.readAll(), info.fileName(), encoding);
        if (!story.ok()) {
            std::fprintf(stderr, "paiban newsroom: %s: not imported: %s\n",
                         qPrintable(info.fileName()), qPrintable(story.error));
            ++refused;
            continue;
        }
        if (story.section.isEmpty())
            story.section = args.options.value(QStringLiteral("--section"));
        const auto found = bySlug.find(story.slug);
        if (found == bySlug.end()) {
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
        const PoolStory& existing = found->second;
        if (existing.text == story.text) {
            ++unchanged;
            continue;
        }
        // Re-filed text is based on the revision this role last wrote: when someone (the
        // desk) has changed the story since, it is kept beside theirs, not written over it.
        const Result<int> mine = lastRevisionByMe(db.value(), existing.id);
        if (!mine)
            return newsroomFailed(mine.error());
        const Result<StorySave> saved =
            saveStoryText(db.value(), existing.id, mine.value(), story.text);
        if (!saved) {
            std::fprintf(stderr, "paiban newsroom: %s: %s\n", qPrintable(info.fileName()),
                         qPrintable(englishText(saved.error())));
            ++refused;
        } else if (!saved->saved) {
            std::fprintf(stderr,
                         "paiban newsroom: %s: %s has been changed by %s since you filed it "
                         "(revision %d); your text is kept beside theirs for the desk to merge\n",
                         qPrintable(info.fileName()), qPrintable(existing.slug),
                         qPrintable(existing.updatedBy), saved->revision);
            ++kept;
        } else {
            ++revised;
        }
    }
    std::printf(
        "%s filed, %d revised, %d unchanged, %d kept beside a newer revision, %d not "
        "imported, %d skipped\n",
        qPrintable(counted(filed, "story", "stories")), revised, unchanged, kept, refused, skipped);
    return refused > 0 || kept > 0 ? 1 : 0;
}

// The page's document as the newsroom keeps it: one page, numbered as the edition's, its
// images' paths made absolute (the newsroom keeps the page, not the folder it came from:
// its photos live on the newsroom's shared storage).
std::optional<QByteArray> pageForNewsroom(const QString& path, int pageInFile, int number) {
    LoadResult loaded = loadEdition(path);
    if (!loaded.edition) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.errorText()));
        return std::nullopt;
    }
    const int pages = static_cast<int>(loaded.edition->pages.size());
    if (pages == 0) {
        std::fprintf(stderr, "paiban newsroom: %s has no pages\n", qPrintable(path));
        return std::nullopt;
    }
    if (pageInFile == 0 && pages > 1) {
        std::fprintf(stderr,
                     "paiban newsroom: %s has %d pages; a newsroom page is one: name it with "
                     "--page K (1 to %d)\n",
                     qPrintable(path), pages, pages);
        return std::nullopt;
    }
    if (pageInFile > pages) {
        std::fprintf(stderr, "paiban newsroom: %s has pages 1 to %d\n", qPrintable(path), pages);
        return std::nullopt;
    }
    PageAlone alone = pageAlone(*loaded.edition, std::max(pageInFile, 1) - 1, number,
                                QFileInfo(path).absolutePath());
    for (const QString& story : alone.cutStories)
        std::fprintf(stderr,
                     "paiban newsroom: warning: story %s also runs on other pages of the file; "
                     "only its frames on this page are kept\n",
                     qPrintable(story));
    for (const Frame& frame : alone.edition.pages.front().frames) {
        if (!frame.imagePath.isEmpty() && !QFileInfo::exists(frame.imagePath))
            std::fprintf(stderr,
                         "paiban newsroom: warning: photo %s is not there; the page keeps its "
                         "path, and export will hold the page back until it is\n",
                         qPrintable(frame.imagePath));
    }
    return serializeEdition(alone.edition);
}

int addPageCommand(const NewsroomArguments& args) {
    if (args.operands.size() != 4)
        return newsroomUsage("add-page needs DATE TITLE NUMBER FILE.paiban");
    const QDate date = isoDate(args.operands[0]);
    bool ok = false;
    const int number = args.operands[2].toInt(&ok);
    if (!date.isValid() || !ok || number < 1)
        return newsroomUsage("add-page needs a date like 2026-11-30 and a page number from 1");
    int pageInFile = 0;
    if (args.options.contains(QStringLiteral("--page"))) {
        pageInFile = args.options.value(QStringLiteral("--page")).toInt(&ok);
        if (!ok || pageInFile < 1)
            return newsroomUsage("--page needs a page of the file, from 1");
    }
    const std::optional<QByteArray> document =
        pageForNewsroom(args.operands[3], pageInFile, number);
    if (!document)
        return 1;
    Result<QSqlDatabase> db = connectNewsroom(args, Migration::CheckOnly);
    if (!db)
        return newsroomFailed(db.error());
    const Result<EditionRow> edition = editionFor(db.value(), date, args.operands[1]);
    if (!edition)
        return newsroomFailed(edition.error());
    const Result<PageRow> page = addPage(db.value(), edition->id, number,
                                         args.options.value(QStringLiteral("--name")), *document);
    if (!page)
        return newsroomFailed(page.error());
    std::printf("page %d of %s %s is page id %lld\n", number,
                qPrintable(date.toString(Qt::ISODate)), qPrintable(args.operands[1]),
                static_cast<long long>(page->id));
    return 0;
}

}  // namespace

int newsroomUsage(const char* message) {
    std::fprintf(
        stderr,
        "paiban newsroom: %s\n"
        "usage: paiban newsroom init\n"
        "       paiban newsroom add-user NAME --role reporter|desk|layout|proofreader|chief\n"
        "       paiban newsroom import-stories DIR [--section NAME] [--encoding E]\n"
        "       paiban newsroom add-page DATE TITLE NUMBER FILE.paiban [--page K] "
        "[--name 版名]\n"
        "       paiban newsroom export-edition DATE OUT/ [--title TITLE] [--jobs N] "
        "[--force]\n"
        "each with [--connect STRING] (libpq's, e.g. \"host=db dbname=news\"), else "
        "$PAIBAN_NEWSROOM, else libpq's PG* variables\n",
        message);
    return 2;
}

int newsroomFailed(const Error& error) {
    std::fprintf(stderr, "paiban newsroom: %s\n", qPrintable(englishText(error)));
    return 1;
}

QString counted(int n, const char* one, const char* many) {
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

QDate isoDate(const QString& text) {
    static const QRegularExpression kIso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return kIso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

std::optional<NewsroomArguments> parseNewsroomArguments(int argc, char** argv,
                                                        const QSet<QString>& withValue,
                                                        const QSet<QString>& flags) {
    NewsroomArguments args;
    args.connection = qEnvironmentVariable("PAIBAN_NEWSROOM");
    for (int i = 2; i < argc; ++i) {
        QString arg = QString::fromLocal8Bit(argv[i]);
        if (!arg.startsWith(QLatin1String("--"))) {
            args.operands << arg;
            continue;
        }
        if (arg == QLatin1String("--help")) {
            args.help = true;
            continue;
        }
        std::optional<QString> value;
        if (const qsizetype eq = arg.indexOf(QLatin1Char('=')); eq > 0) {
            value = arg.mid(eq + 1);
            arg.truncate(eq);
        }
        const bool connect = arg == QLatin1String("--connect");
        if (connect || withValue.contains(arg)) {
            if (!value) {
                if (i + 1 >= argc || QByteArray(argv[i + 1]).startsWith("--")) {
                    std::fprintf(stderr, "paiban newsroom: %s needs a value\n", qPrintable(arg));
                    return std::nullopt;
                }
                value = QString::fromLocal8Bit(argv[++i]);
            }
            if (connect)
                args.connection = *value;
            else
                args.options.insert(arg, *value);
        } else if (flags.contains(arg) && !value) {
            args.flags.insert(arg);
        } else {
            // The option's name only: a value may hold a password.
            std::fprintf(stderr,
                         "paiban newsroom: unknown option %s (newsroom --help lists them)\n",
                         qPrintable(arg));
            return std::nullopt;
        }
    }
    return args;
}

Result<QSqlDatabase> connectNewsroom(const NewsroomArguments& args, Migration migration) {
    Result<QSqlDatabase> db =
        openConnection(args.connection, kNewsroomConnection, QStringLiteral("paiban command line"));
    if (!db)
        return db;
    const Result<int> schema = prepareSchema(db.value(), migration);
    if (!schema)
        return schema.error();
    return db;
}

int newsroomCommand(int argc, char** argv) {
    const std::string what = argc >= 2 ? argv[1] : "";
    if (what.empty() || what == "--help" || what == "-h" || what == "help") {
        newsroomUsage(what.empty() ? "which? init, add-user, import-stories, add-page, "
                                     "export-edition"
                                   : "the newsroom's database");
        return what.empty() ? 2 : 0;
    }
    const std::optional<NewsroomArguments> args = parseNewsroomArguments(
        argc, argv,
        {QStringLiteral("--role"), QStringLiteral("--section"), QStringLiteral("--name"),
         QStringLiteral("--title"), QStringLiteral("--jobs"), QStringLiteral("--encoding"),
         QStringLiteral("--page")},
        {QStringLiteral("--force")});
    if (!args)
        return 2;
    if (args->help) {
        newsroomUsage(("newsroom " + what).c_str());
        return 0;
    }
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
    return newsroomUsage(("there is no command “" + what + "”").c_str());
}

}  // namespace paiban::cli
