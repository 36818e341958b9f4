// paiban preflight FILE.paiban [--json] [--notes] [--ink-limit 240] [--icc PROFILE.icc]: lays out
// the edition and lists what must be fixed before it goes to the press. Exit status 1 when anything
// is an error, so a newsroom script can hold a page back.
#include <QFileInfo>
#include <QStandardPaths>
#include <cstdio>
#include <string>

#include "cli/cli.h"
#include "cli/json_writer.h"
#include "display/edition_layout.h"
#include "io/document_io.h"
#include "preflight/preflight.h"
#include "shaping/font_registry.h"

namespace paiban::cli {
namespace {

int preflightUsage(const char* message) {
    std::fprintf(stderr,
                 "paiban preflight: %s\nusage: paiban preflight FILE.paiban [--json] [--notes] "
                 "[--ink-limit PERCENT] [--icc PROFILE.icc]\n",
                 message);
    return 2;
}

}  // namespace

std::string findingsJson(const QString& input, const std::vector<Finding>& findings) {
    JsonWriter json;
    json.beginObject();
    json.key("file");
    json.value(input.toStdString());
    json.key("errors");
    json.value(countOf(findings, Severity::Error));
    json.key("warnings");
    json.value(countOf(findings, Severity::Warning));
    json.key("notes");
    json.value(countOf(findings, Severity::Note));
    json.key("findings");
    json.beginArray();
    for (const Finding& f : findings) {
        json.beginObject();
        json.key("severity");
        json.value(toString(f.severity));
        json.key("kind");
        json.value(f.kind.toStdString());
        json.key("message");
        json.value(f.message.toStdString());
        if (f.page >= 0) {
            json.key("page");
            json.value(pageNumber(f.page));
        }
        if (!f.frameId.isEmpty()) {
            json.key("frame");
            json.value(f.frameId.toStdString());
        }
        if (!f.storyId.isEmpty()) {
            json.key("story");
            json.value(f.storyId.toStdString());
        }
        if (f.paragraph >= 0) {
            json.key("paragraph");
            json.value(f.paragraph);
        }
        if (f.codePoint >= 0) {
            json.key("char");
            json.value(f.codePoint);
        }
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.text();
}

namespace {

void writeText(const QString& input, const std::vector<Finding>& findings, bool notes) {
    for (const Finding& f : findings) {
        if (f.severity == Severity::Note && !notes)
            continue;
        const QString where =
            f.page >= 0 ? QStringLiteral("page %1: ").arg(pageNumber(f.page)) : QString();
        std::printf("%s: %s: %s%s [%s]\n", qPrintable(input), toString(f.severity),
                    qPrintable(where), qPrintable(f.message), qPrintable(f.kind));
    }
    const int errors = countOf(findings, Severity::Error);
    const int warnings = countOf(findings, Severity::Warning);
    const int noteCount = countOf(findings, Severity::Note);
    std::printf("%s: %d error(s), %d warning(s), %d note(s)%s\n", qPrintable(input), errors,
                warnings, noteCount, errors == 0 && warnings == 0 ? " — ready for the press" : "");
}

}  // namespace

int preflightCommand(int argc, char** argv) {
    QString input;
    bool json = false, notes = false;
    PreflightOptions options;
    options.photoInkCacheDir =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + "/photo-ink";
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--json")
            json = true;
        else if (arg == "--ink-limit") {
            if (!hasValue || !parseInkLimit(argv[++i], &options.inkLimitPct))
                return preflightUsage("--ink-limit needs a percentage from 100 to 400, e.g. 240");
        } else if (arg == "--icc") {
            if (!hasValue)
                return preflightUsage("--icc needs the press's CMYK profile");
            options.outputProfile = QString::fromLocal8Bit(argv[++i]);
        } else if (arg == "--notes")
            notes = true;
        else if (!arg.empty() && arg[0] == '-')
            return preflightUsage(("unknown option " + arg).c_str());
        else if (input.isEmpty())
            input = QString::fromLocal8Bit(argv[i]);
        else
            return preflightUsage("only one document at a time");
    }
    if (input.isEmpty())
        return preflightUsage("a document is needed");
    const std::optional<LaidOutDocument> document = loadAndLayOut(input);
    if (!document)
        return 1;
    const std::vector<Finding> findings = preflight(document->edition, document->display, options);
    if (json)
        std::printf("%s\n", findingsJson(input, findings).c_str());
    else
        writeText(input, findings, notes);
    return countOf(findings, Severity::Error) > 0 ? 1 : 0;
}

}  // namespace paiban::cli
