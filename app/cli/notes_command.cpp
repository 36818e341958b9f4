// `paiban notes …`: proofreaders' notes for a newsroom's scripts. `list` prints them (text
// or --json), `import` reads a marked proof PDF's notes into the document, `changes` prints
// what changed since a proof round. Everything here is the engine's (model/proof_edits,
// proof/…); this file only parses arguments and prints.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <string>

#include "cli/cli.h"
#include "io/document_io.h"
#include "io/proof_json.h"
#include "model/proof_edits.h"
#include "model/text_edit.h"
#include "proof/pdf_notes_import.h"
#include "proof/proof_marks.h"
#include "proof/text_changes.h"

namespace paiban::cli {
namespace {

// Exit codes: 0 done; 1 a file could not be read or written; 2 the command was wrong;
// 3 notes were imported but some marks could not be placed (listed on stderr).
constexpr int kSomeUnplaced = 3;

int notesUsage(const char* problem) {
    std::fprintf(stderr,
                 "paiban notes: %s\n"
                 "usage: paiban notes list FILE.paiban [--json] [--open|--resolved]\n"
                 "       paiban notes import FILE.paiban PROOF.pdf [-o OUT.paiban]\n"
                 "       paiban notes changes FILE.paiban [--since ROUND]\n"
                 "       paiban notes start-round FILE.paiban NAME [--by WHO]\n",
                 problem);
    return 2;
}

int listNotes(const QString& path, bool json, int onlyResolved /* -1 all, 0 open, 1 resolved */) {
    const auto doc = loadAndLayOut(path);
    if (!doc)
        return 1;
    QJsonArray list;
    for (const NoteRef& ref : allNotes(doc->edition)) {
        const Note& n = *ref.note;
        if (onlyResolved >= 0 && n.resolved != (onlyResolved == 1))
            continue;
        const MarkPlace place = firstPlace(doc->display.lines, ref.story->id, n.from, n.to);
        const QString now = storyPlainText(*ref.story).mid(n.from, n.to - n.from);
        if (json) {
            list.append(QJsonObject{
                {"id", n.id},
                {"story", ref.story->id},
                {"storyName", ref.story->name},
                {"page", place.page >= 0 ? QJsonValue(pageNumber(place.page)) : QJsonValue()},
                {"kind", toString(n.kind)},
                {"action", toString(n.action)},
                {"text", n.text},
                {"author", n.author},
                {"created", isoTime(n.created)},
                {"round", n.round},
                {"from", n.from},
                {"to", n.to},
                {"marked", now},
                {"quote", n.quote},
                {"textDeleted", n.textDeleted},
                {"resolved", n.resolved},
                {"resolvedBy", n.resolvedBy},
                {"resolvedAt", isoTime(n.resolvedAt)},
            });
            continue;
        }
        const QString where = place.page >= 0
                                  ? QStringLiteral("page %1").arg(pageNumber(place.page))
                                  : QStringLiteral("overset");
        const QString marked = n.textDeleted ? QStringLiteral("(deleted: %1)").arg(n.quote)
                                             : QStringLiteral("“%1”").arg(now);
        std::printf(
            "%s\t%s\t%s\t%s\t%s\t%s %s\t%s\t%s\n", qPrintable(n.id), qPrintable(where),
            qPrintable(ref.story->id), toString(n.kind),
            n.resolved ? qPrintable(QStringLiteral("resolved by %1").arg(n.resolvedBy)) : "open",
            qPrintable(marked), toString(n.action), qPrintable(n.text),
            qPrintable(QStringLiteral("%1 %2").arg(n.author, n.round).trimmed()));
    }
    if (json)
        std::printf("%s", QJsonDocument(list).toJson(QJsonDocument::Indented).constData());
    return 0;
}

const char* reasonText(UnplacedNote::Reason r) {
    switch (r) {
        case UnplacedNote::Reason::TextNotFound:
            return "its text is in no story now";
        case UnplacedNote::Reason::Ambiguous:
            return "its text stands in several places";
        case UnplacedNote::Reason::NoTextNear:
            return "there is no text under it";
    }
    return "?";
}

int importNotes(const QString& path, const QString& pdfPath, const QString& outPath) {
    auto doc = loadAndLayOut(path);
    if (!doc)
        return 1;
    QFile pdf(pdfPath);
    if (!pdf.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "paiban notes: cannot read %s: %s\n", qPrintable(pdfPath),
                     qPrintable(pdf.errorString()));
        return 1;
    }
    const NotesImport imported = readProofNotes(pdf.readAll(), doc->edition, doc->display.lines);
    if (imported.problem) {
        std::fprintf(stderr, "paiban notes: %s %s\n", qPrintable(pdfPath),
                     *imported.problem == NotesImportProblem::Locked
                         ? "needs a password; save it without one and import again"
                         : "is not a PDF that can be read");
        return 1;
    }
    const int added = addImportedNotes(doc->edition, imported);
    for (const UnplacedNote& u : imported.unplaced) {
        const QString marked =
            u.markedText.isEmpty() ? QString() : QStringLiteral("“%1” ").arg(u.markedText);
        std::fprintf(
            stderr, "paiban notes: not placed: PDF page %d%s: %s%s — %s\n", u.pdfPage,
            u.page >= 0 ? qPrintable(QStringLiteral(" (page %1)").arg(pageNumber(u.page))) : "",
            qPrintable(marked), qPrintable(u.contents), reasonText(u.reason));
    }
    if (added > 0) {
        QString error;
        if (!saveEdition(doc->edition, outPath, &error, outPath == path)) {
            std::fprintf(stderr, "paiban notes: %s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf(
        "%d note(s) placed, %d imported before, %d not placed, %d of Paiban's own marks "
        "left out\n",
        added, imported.alreadyThere, static_cast<int>(imported.unplaced.size()),
        imported.ownMarks);
    return imported.unplaced.empty() ? 0 : kSomeUnplaced;
}

int listChanges(const QString& path, const QString& since) {
    LoadResult loaded = loadEdition(path);
    if (!loaded.edition) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.errorText()));
        return 1;
    }
    const Edition& e = *loaded.edition;
    const QString name = since.isEmpty() ? currentRound(e) : since;
    const ProofRound* round = proofRound(e, name);
    if (!round) {
        std::fprintf(stderr, "paiban notes: %s\n",
                     name.isEmpty()
                         ? "the document has no proof round"
                         : qPrintable(QStringLiteral("no proof round is named “%1”").arg(name)));
        return 1;
    }
    const QString dump = dumpChanges(changesSince(*round, e));
    if (!dump.isEmpty())
        std::printf("%s\n", qPrintable(dump));
    return 0;
}

int startRound(const QString& path, const QString& name, const QString& by) {
    LoadResult loaded = loadEdition(path);
    if (!loaded.edition) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.errorText()));
        return 1;
    }
    if (const auto refused =
            startProofRound(*loaded.edition, name, by, QDateTime::currentDateTimeUtc())) {
        std::fprintf(
            stderr, "paiban notes: %s\n",
            *refused == ProofRefusal::RoundNameTaken
                ? qPrintable(QStringLiteral("a proof round is already named “%1”").arg(name))
                : "a proof round needs a name");
        return 2;
    }
    QString error;
    if (!saveEdition(*loaded.edition, path, &error, true)) {
        std::fprintf(stderr, "paiban notes: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("proof round “%s” started: the text of %zu stories recorded\n",
                qPrintable(name.trimmed()), loaded.edition->stories.size());
    return 0;
}

}  // namespace

int notesCommand(int argc, char** argv) {
    if (argc < 3)
        return notesUsage(
            "a subcommand (list, import, changes, start-round) and a document are needed");
    const std::string sub = argv[1];
    const QString path = QString::fromLocal8Bit(argv[2]);
    if (sub == "list") {
        bool json = false;
        int onlyResolved = -1;
        for (int i = 3; i < argc; ++i) {
            const std::string arg = argv[i];
            if (arg == "--json")
                json = true;
            else if (arg == "--open")
                onlyResolved = 0;
            else if (arg == "--resolved")
                onlyResolved = 1;
            else
                return notesUsage(("unknown option: " + arg).c_str());
        }
        return listNotes(path, json, onlyResolved);
    }
    if (sub == "import") {
        if (argc < 4)
            return notesUsage("the marked proof PDF is needed");
        QString out = path;
        for (int i = 4; i < argc; ++i) {
            const std::string arg = argv[i];
            if ((arg == "-o" || arg == "--output") && i + 1 < argc)
                out = QString::fromLocal8Bit(argv[++i]);
            else
                return notesUsage(("unknown option or missing value: " + arg).c_str());
        }
        return importNotes(path, QString::fromLocal8Bit(argv[3]), out);
    }
    if (sub == "changes") {
        QString since;
        for (int i = 3; i < argc; ++i) {
            const std::string arg = argv[i];
            if (arg == "--since" && i + 1 < argc)
                since = QString::fromLocal8Bit(argv[++i]);
            else
                return notesUsage(("unknown option or missing value: " + arg).c_str());
        }
        return listChanges(path, since);
    }
    if (sub == "start-round") {
        if (argc < 4)
            return notesUsage("the round's name is needed, e.g. 一校");
        QString by = qEnvironmentVariable("USER");
        for (int i = 4; i < argc; ++i) {
            const std::string arg = argv[i];
            if (arg == "--by" && i + 1 < argc)
                by = QString::fromLocal8Bit(argv[++i]);
            else
                return notesUsage(("unknown option or missing value: " + arg).c_str());
        }
        return startRound(path, QString::fromLocal8Bit(argv[3]), by);
    }
    return notesUsage(("unknown subcommand: " + sub).c_str());
}

}  // namespace paiban::cli
