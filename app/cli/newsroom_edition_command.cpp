// paiban newsroom export-edition DATE OUT/ [--title T] [--jobs N] [--force]: every page of
// the edition to a press PDF, OUT/NN-name.pdf, set by `paiban export` processes N at once
// (each page is a document of its own), with one preflight report (OUT/preflight.txt and
// preflight.json) that also says which pages are not signed off and which show a story
// older than the pool's.
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <deque>
#include <map>

#include "cli/cli.h"
#include "cli/newsroom_cli.h"
#include "io/document_io.h"
#include "newsroom/connection.h"
#include "newsroom/pages.h"
#include "newsroom/story_pool.h"

namespace paiban::cli {

using namespace paiban::newsroom;

namespace {

// The most export processes at once: more than a machine's cores only queue.
constexpr int kMostJobs = 64;

// What export-edition writes into its folder: page PDFs (NN.pdf, NN-name.pdf) and the
// report. Anything else there is someone's, and is not written over without --force.
const QRegularExpression kOwnFile(
    QStringLiteral("^(\\d+(-.*)?\\.pdf|preflight\\.txt|preflight\\.json)$"));

// One page's export: the process writing it and what it said.
struct PageJob {
    PageRow page;
    QString document, pdf, findings;
    QString unreadable;  // why its stored document cannot be read, if it cannot
    QStringList notes;   // not signed off; showing a story older than the pool's
    QProcess* process = nullptr;
    int exitCode = -1;
    QByteArray messages;
};

QString pageName(const PageRow& page) {
    return page.name.isEmpty() ? QStringLiteral("page %1").arg(page.number)
                               : QStringLiteral("page %1 (%2)").arg(page.number).arg(page.name);
}

// What the report says of a page besides preflight's findings.
QStringList pageNotes(const PageRow& row, const Edition& edition, QSqlDatabase db) {
    static const char* kStatus[] = {"being laid out (排版)", "in proof (校对)", "signed off"};
    QStringList notes;
    if (row.status != PageStatus::Signed)
        notes << QStringLiteral("not signed off: %1")
                     .arg(QString::fromUtf8(kStatus[static_cast<int>(row.status)]));
    for (const Story& story : edition.stories) {
        if (!story.pool)
            continue;
        const Result<PoolStory> now = fetchStory(db, story.pool->id);
        if (!now)
            notes << QStringLiteral("story %1 is no longer in the pool").arg(story.pool->slug);
        else if (now->revision > story.pool->revision)
            notes << QStringLiteral("shows story %1 at revision %2; the pool has revision %3")
                         .arg(now->slug)
                         .arg(story.pool->revision)
                         .arg(now->revision);
    }
    return notes;
}

// The edition of `date` (and --title), fetched in one go — one snapshot of it as it
// stands —, each page's document written into `work`. 0, or the exit status of what
// stopped it (its message printed).
int fetchEdition(const NewsroomArguments& args, const QDate& date, const QString& out,
                 const QTemporaryDir& work, std::vector<PageJob>* all) {
    Result<QSqlDatabase> db = connectNewsroom(args, Migration::CheckOnly);
    if (!db)
        return newsroomFailed(db.error());
    const Result<std::vector<EditionRow>> editions = editionsOn(db.value(), date);
    if (!editions)
        return newsroomFailed(editions.error());
    const QString title = args.options.value(QStringLiteral("--title"));
    std::vector<EditionRow> chosen;
    for (const EditionRow& e : editions.value()) {
        if (title.isEmpty() || e.title == title)
            chosen.push_back(e);
    }
    if (chosen.empty())
        return newsroomFailed(
            {Problem::NoSuchEdition,
             {date.toString(Qt::ISODate),
              title.isEmpty() ? QString() : QStringLiteral("titled %1").arg(title)}});
    if (chosen.size() > 1) {
        QStringList titles;
        for (const EditionRow& e : chosen)
            titles << e.title;
        std::fprintf(stderr, "paiban newsroom: %s has editions %s: name one with --title\n",
                     qPrintable(date.toString(Qt::ISODate)),
                     qPrintable(titles.join(QStringLiteral(", "))));
        return 2;
    }
    const Result<std::vector<PageRow>> pages = listPages(db.value(), chosen.front().id);
    if (!pages)
        return newsroomFailed(pages.error());
    if (pages->empty()) {
        std::fprintf(stderr, "paiban newsroom: the edition of %s has no pages\n",
                     qPrintable(date.toString(Qt::ISODate)));
        return 1;
    }
    for (const PageRow& row : pages.value()) {
        const Result<PageDocument> page = loadPage(db.value(), row.id);
        if (!page)
            return newsroomFailed(page.error());
        PageJob job;
        job.page = row;
        const QString stem = QStringLiteral("%1").arg(row.number, 2, 10, QLatin1Char('0'));
        job.document = work.filePath(stem + QStringLiteral(".paiban"));
        job.findings = work.filePath(stem + QStringLiteral(".json"));
        job.pdf = QDir(out).filePath(
            stem + (row.name.isEmpty() ? QString() : QLatin1Char('-') + row.name) +
            QStringLiteral(".pdf"));
        const LoadResult parsed = parseEdition(page->document, pageName(row));
        if (!parsed.edition) {
            job.unreadable = parsed.errorText();
        } else {
            job.notes = pageNotes(row, *parsed.edition, db.value());
            QFile file(job.document);
            if (!file.open(QIODevice::WriteOnly) || file.write(page->document) < 0) {
                std::fprintf(stderr, "paiban newsroom: %s: %s\n", qPrintable(job.document),
                             qPrintable(file.errorString()));
                return 1;
            }
        }
        all->push_back(std::move(job));
    }
    return 0;
}

// The output folder made, holding nothing of someone else's (unless --force), and rid of
// the PDFs and report of an earlier export: a page held back tonight must not leave
// yesterday's PDF behind to be sent to the press.
bool prepareFolder(const QString& out, bool force) {
    if (!QDir().mkpath(out)) {
        std::fprintf(stderr, "paiban newsroom: cannot make the folder %s\n", qPrintable(out));
        return false;
    }
    const QDir dir(out);
    QStringList others;
    for (const QString& name :
         dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (!kOwnFile.match(name).hasMatch())
            others << name;
    }
    if (!others.isEmpty() && !force) {
        std::fprintf(stderr,
                     "paiban newsroom: %s holds other files than an edition's PDFs (%s); choose "
                     "an empty folder, or --force to write there anyway\n",
                     qPrintable(out), qPrintable(others.mid(0, 3).join(QStringLiteral(", "))));
        return false;
    }
    for (const QString& name : dir.entryList(QDir::Files)) {
        if (kOwnFile.match(name).hasMatch() && !QFile::remove(dir.filePath(name))) {
            std::fprintf(stderr, "paiban newsroom: cannot remove the earlier %s\n",
                         qPrintable(dir.filePath(name)));
            return false;
        }
    }
    return true;
}

void runExports(std::vector<PageJob>& all, int jobs, bool force) {
    std::deque<size_t> waiting;
    for (size_t i = 0; i < all.size(); ++i) {
        if (all[i].unreadable.isEmpty())
            waiting.push_back(i);
    }
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
            if (force)
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
}

// The pages' findings and notes as one report: a line per finding, by page, then the
// totals; refusals also on stderr.
void writeReport(const std::vector<PageJob>& jobs, const QString& folder, int* errors,
                 int* warnings) {
    QJsonArray pages;
    QString text;
    for (const PageJob& job : jobs) {
        QFile file(job.findings);
        QJsonObject o;
        if (file.open(QIODevice::ReadOnly))
            o = QJsonDocument::fromJson(file.readAll()).object();
        QString outcome;
        if (!job.unreadable.isEmpty()) {
            outcome = QStringLiteral("NOT written: its stored document cannot be read: %1")
                          .arg(job.unreadable.section(QLatin1Char('\n'), 0, 0));
            ++*errors;
        } else if (job.exitCode == 0) {
            outcome = QStringLiteral("written to %1").arg(QFileInfo(job.pdf).fileName());
        } else if (job.exitCode == kExitPreflightErrors) {
            outcome = QStringLiteral("NOT written: preflight found errors");
        } else {
            outcome = QStringLiteral("NOT written: %1")
                          .arg(QString::fromLocal8Bit(job.messages)
                                   .trimmed()
                                   .section(QLatin1Char('\n'), -1));
            ++*errors;
        }
        const QString line = QStringLiteral("%1: %2\n").arg(pageName(job.page), outcome);
        text += line;
        if (job.exitCode != 0)
            std::fputs(qPrintable(QStringLiteral("paiban newsroom: ") + line), stderr);
        for (const QString& note : job.notes)
            text += QStringLiteral("  note: %1\n").arg(note);
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
        pages.append(
            QJsonObject{{"page", job.page.number},
                        {"name", job.page.name},
                        {"pdf", job.exitCode == 0 ? QFileInfo(job.pdf).fileName() : QString()},
                        {"written", job.exitCode == 0},
                        {"notes", QJsonArray::fromStringList(job.notes)},
                        {"findings", o.value("findings")}});
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

}  // namespace

int exportEditionCommand(const NewsroomArguments& args) {
    if (args.operands.size() != 2)
        return newsroomUsage("export-edition needs DATE and an output folder");
    const QDate date = isoDate(args.operands[0]);
    if (!date.isValid())
        return newsroomUsage("export-edition needs a date like 2026-11-30");
    int jobs = QThread::idealThreadCount();
    if (args.options.contains(QStringLiteral("--jobs"))) {
        bool ok = false;
        jobs = args.options.value(QStringLiteral("--jobs")).toInt(&ok);
        if (!ok || jobs < 1 || jobs > kMostJobs)
            return newsroomUsage("--jobs needs a number from 1 to 64");
    }
    const bool force = args.flags.contains(QStringLiteral("--force"));
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
    closeConnection(kNewsroomConnection);  // the pages are fetched; exports need no server
    if (!prepareFolder(out, force))
        return 1;
    runExports(all, jobs, force);
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

}  // namespace paiban::cli
