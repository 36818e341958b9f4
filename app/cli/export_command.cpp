// paiban export FILE.paiban [-o OUT.pdf] [--png DIR [--dpi N]] [--epaper DIR]: lays out
// the edition and writes every page to the press PDF (our own writer, see DESIGN.md › PDF),
// to PNG previews (page-1.png …, drawn as the editor draws them) and/or to the e-paper
// (数字报: page images, articles.json, index.html), headless. A press PDF is
// written only when preflight finds no error on its pages (or --force says so); proofs
// (--proof, in the screen's RGB or with --grey in greys) and previews are always written,
// their pages' errors printed as warnings.
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QStandardPaths>
#include <cstdio>
#include <string>

#include "articles/articles.h"
#include "cli/cli.h"
#include "display/edition_layout.h"
#include "epaper/epaper.h"
#include "io/document_io.h"
#include "model/units.h"
#include "pdf/pdf_export.h"
#include "preflight/preflight.h"
#include "proof/proof_pdf_markup.h"
#include "render/painter_renderer.h"
#include "shaping/font_registry.h"

namespace paiban::cli {
namespace {

// Previews: enough to read a headline and judge a page's colour at a glance.
constexpr int kDefaultPreviewDpi = 100;
// A broadsheet page at 600 dpi is 9,200 × 12,800 pixels (470 MB as RGBA); more is a typo.
constexpr int kMaxPreviewDpi = 600;
// --threads: more than this is a typing error, not a machine.
constexpr int kMostThreads = 64;

void printExportUsage(FILE* out) {
    std::fputs(
        "usage: paiban export FILE.paiban [-o OUT.pdf] "
        "[--press|--proof [--grey] [--notes open|all] [--changes-since ROUND]] "
        "[--pages 1-2] [--marks] [--bleed 3mm] [--icc PROFILE.icc] [--ink-limit 240] "
        "[--date now|ISO] [--threads N] [--findings FILE.json] "
        "[--force] [--allow-missing-glyphs] "
        "[--png DIR [--dpi N]] [--epaper DIR [--epaper-width PX]]\n"
        "(man paiban, or README.md, says what each does)\n",
        out);
}

int exportUsage(const char* message) {
    std::fprintf(stderr, "paiban export: %s\n", message);
    printExportUsage(stderr);
    return 2;
}

// Each page on white at the resolution asked, as page-N.png (N: the page's number).
bool writePngPages(const EditionDisplay& display, const QString& folder, int dpi, QString* error) {
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot make the folder %1").arg(folder);
        return false;
    }
    const double scale = dpi / 72.0;
    for (size_t p = 0; p < display.pages.size(); ++p) {
        const PageDisplayList& page = display.pages[p];
        QImage image(qCeil(page.widthPt * scale), qCeil(page.heightPt * scale),
                     QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.scale(scale, scale);
        renderPage(painter, page);
        painter.end();
        const QString path = QDir(folder).filePath(
            QStringLiteral("page-%1.png").arg(pageNumber(static_cast<int>(p))));
        if (!image.save(path, "PNG")) {
            *error = QStringLiteral("cannot write %1").arg(path);
            return false;
        }
    }
    return true;
}

void printFindings(const char* label, const std::vector<Finding>& findings) {
    for (const Finding& f : findings)
        std::fprintf(stderr, "paiban export: %s: %s\n", label, qPrintable(describeWithPlace(f)));
}

// The findings of `findings` on `pages` (empty: every page) or on no page, of one severity.
std::vector<Finding> onPages(const std::vector<Finding>& findings, const std::vector<int>& pages,
                             Severity severity) {
    std::vector<Finding> out;
    for (const Finding& f : findings) {
        if (f.severity == severity &&
            (pages.empty() || f.page < 0 ||
             std::find(pages.begin(), pages.end(), f.page) != pages.end()))
            out.push_back(f);
    }
    return out;
}

}  // namespace

int exportPdf(int argc, char** argv) {
    QString input, output, pngFolder, epaperFolder, pageRanges, findingsFile;
    EpaperOptions epaper;
    int dpi = kDefaultPreviewDpi;
    bool force = false;
    PdfOptions options;
    ProofMarkup markup;
    PreflightOptions checks;
    options.imageCacheDir =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + "/press-images";
    options.fontCacheDir =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + "/font-subsets";
    checks.photoInkCacheDir =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + "/photo-ink";
    auto value = [&](int& i) { return QString::fromLocal8Bit(argv[++i]); };
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--press") {
            options.intent = PdfIntent::Press;
        } else if (arg == "--proof") {
            options.intent = PdfIntent::Proof;
        } else if (arg == "--grey") {
            options.proofColour = ProofColour::Gray;
        } else if (arg == "--notes") {
            const QString which = hasValue ? value(i) : QString();
            if (which == u"open")
                markup.notes = ProofMarkup::Notes::Open;
            else if (which == u"all")
                markup.notes = ProofMarkup::Notes::All;
            else
                return exportUsage("--notes needs open or all");
        } else if (arg == "--changes-since") {
            if (!hasValue)
                return exportUsage("--changes-since needs a proof round's name, e.g. 一校");
            markup.changesSince = value(i);
        } else if (arg == "--threads") {
            bool ok = false;
            options.subsetThreads = hasValue ? value(i).toInt(&ok) : 0;
            if (!ok || options.subsetThreads < 0 || options.subsetThreads > kMostThreads)
                return exportUsage("--threads needs a number from 0 (a thread a font) to 64");
        } else if (arg == "--marks") {
            options.cropMarks = true;
        } else if (arg == "--allow-missing-glyphs") {
            options.allowMissingGlyphs = true;
        } else if (arg == "--force") {
            force = true;
        } else if (arg == "--pages") {
            if (!hasValue)
                return exportUsage("--pages needs page numbers, e.g. 1-2");
            pageRanges = value(i);
        } else if (arg == "--bleed") {
            const auto bleed = hasValue ? parseLength(argv[++i], 9) : std::nullopt;
            if (!bleed || *bleed < 0 || *bleed > mmToPt(20))
                return exportUsage("--bleed needs a length up to 20mm, e.g. 3mm");
            options.bleedPt = *bleed;
        } else if (arg == "--icc") {
            if (!hasValue)
                return exportUsage("--icc needs the press's CMYK profile");
            options.outputProfile = value(i);
        } else if (arg == "--ink-limit") {
            if (!hasValue || !parseInkLimit(argv[++i], &checks.inkLimitPct))
                return exportUsage("--ink-limit needs a percentage from 100 to 400, e.g. 240");
        } else if (arg == "--date") {
            const QString when = hasValue ? value(i) : QString();
            options.timestamp = when == QLatin1String("now")
                                    ? QDateTime::currentDateTimeUtc()
                                    : QDateTime::fromString(when, Qt::ISODate);
            if (!options.timestamp.isValid())
                return exportUsage("--date needs now or a date like 2022-11-20T18:00:00Z");
        } else if (arg == "-o" || arg == "--output") {
            if (i + 1 >= argc)
                return exportUsage("-o needs a file name");
            output = QString::fromLocal8Bit(argv[++i]);
        } else if (arg == "--findings") {
            if (!hasValue)
                return exportUsage("--findings needs a file for preflight's findings (JSON)");
            findingsFile = value(i);
        } else if (arg == "--png") {
            if (i + 1 >= argc)
                return exportUsage("--png needs a folder");
            pngFolder = QString::fromLocal8Bit(argv[++i]);
        } else if (arg == "--epaper") {
            if (!hasValue)
                return exportUsage("--epaper needs a folder");
            epaperFolder = value(i);
        } else if (arg == "--epaper-width") {
            bool ok = false;
            epaper.pageWidthPx = hasValue ? value(i).toInt(&ok) : 0;
            if (!ok || epaper.pageWidthPx < kSmallestEpaperWidthPx ||
                epaper.pageWidthPx > kLargestEpaperWidthPx)
                return exportUsage("--epaper-width needs a width in pixels from 200 to 8000");
        } else if (arg == "--dpi") {
            bool ok = false;
            dpi = i + 1 < argc ? QString::fromLocal8Bit(argv[++i]).toInt(&ok) : 0;
            if (!ok || dpi < 1 || dpi > kMaxPreviewDpi)
                return exportUsage("--dpi needs a resolution from 1 to 600");
        } else if (arg == "--help" || arg == "-h") {
            printExportUsage(stdout);
            return 0;
        } else if (!arg.empty() && arg[0] == '-') {
            return exportUsage(("unknown option " + arg).c_str());
        } else if (input.isEmpty()) {
            input = QString::fromLocal8Bit(argv[i]);
        } else {
            return exportUsage("only one document at a time");
        }
    }
    if (input.isEmpty() || (output.isEmpty() && pngFolder.isEmpty() && epaperFolder.isEmpty()))
        return exportUsage("a document and -o OUT.pdf, --png DIR or --epaper DIR are needed");
    if (options.proofColour == ProofColour::Gray && options.intent != PdfIntent::Proof)
        return exportUsage("--grey is for proofs (--proof): the press PDF is in the press's CMYK");
    if ((markup.notes != ProofMarkup::Notes::None || !markup.changesSince.isEmpty()) &&
        options.intent != PdfIntent::Proof)
        return exportUsage("--notes and --changes-since are for proofs (--proof)");

    const std::optional<LaidOutDocument> document = loadAndLayOut(input);
    if (!document)
        return 1;
    const EditionDisplay& display = document->display;
    if (!pageRanges.isEmpty() &&
        !parsePageRanges(pageRanges, static_cast<int>(display.pages.size()), &options.pages)) {
        std::fprintf(stderr, "paiban export: --pages %s: the edition has pages 1 to %zu\n",
                     qPrintable(pageRanges), display.pages.size());
        return 2;
    }

    // Preflight, on the pages written: previews are of every page, a PDF of those asked.
    checks.outputProfile = options.outputProfile;
    const std::vector<Finding> findings = preflight(document->edition, display, checks);
    if (!findingsFile.isEmpty()) {
        // Every finding, for a script or `paiban newsroom export-edition`'s one report.
        QSaveFile file(findingsFile);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QByteArray::fromStdString(findingsJson(input, findings) + '\n')) < 0 ||
            !file.commit()) {
            std::fprintf(stderr, "paiban export: --findings %s: %s\n", qPrintable(findingsFile),
                         qPrintable(file.errorString()));
            return 1;
        }
    }
    // The e-paper is written before the press PDF is judged: what stops a plate (缺字, a
    // photo under the press's resolution, an ink limit) is the press's concern, and the
    // newsroom publishes the web edition of the pages as they stand while it fixes them;
    // a refusal still exits 3 afterwards.
    if (!epaperFolder.isEmpty()) {
        if (holdsOtherThanAnEpaper(epaperFolder) && !force) {
            std::fprintf(stderr,
                         "paiban export: %s holds files other than an earlier e-paper; its "
                         "index.html, viewer.css, viewer.js, articles.json and pages/ would be "
                         "replaced. Choose an empty folder, or --force to write there anyway\n",
                         qPrintable(epaperFolder));
            return 1;
        }
        const EpaperResult written = writeEpaper(
            document->edition, display, QFileInfo(input).absolutePath(), epaperFolder, epaper);
        if (!written.ok) {
            std::fprintf(stderr, "paiban export: the e-paper was not written: %s\n",
                         qPrintable(written.error));
            return 1;
        }
        std::fprintf(stderr, "paiban export: wrote the e-paper (%d page(s), %d article(s)) to %s\n",
                     written.pages, written.articles, qPrintable(epaperFolder));
    }
    const std::vector<int> shown = pngFolder.isEmpty() ? options.pages : std::vector<int>{};
    const bool press = !output.isEmpty() && options.intent == PdfIntent::Press;
    const std::vector<Finding> errors = pressExportBlockers(findings, shown);
    if (press) {
        // A broken page is not sent to the press without someone saying so: --force for
        // anything, --allow-missing-glyphs (the older, narrower form) for 缺字 only.
        std::vector<Finding> blockers = pressExportBlockers(findings, options.pages);
        if (options.allowMissingGlyphs && !force) {
            std::erase_if(blockers, [](const Finding& f) { return f.kind == u"missing-glyph"; });
        }
        if (!blockers.empty() && !force) {
            std::fprintf(stderr,
                         "paiban export: %s was not written: preflight found %zu error(s) on "
                         "the pages to print:\n",
                         qPrintable(output), blockers.size());
            printFindings("error", blockers);
            std::fprintf(stderr,
                         "paiban export: fix them (paiban preflight %s lists them all), or "
                         "export anyway with --force\n",
                         qPrintable(input));
            return kExitPreflightErrors;
        }
        if (force && !blockers.empty()) {
            std::fprintf(stderr,
                         "paiban export: warning: --force: writing the press PDF with %zu "
                         "error(s)\n",
                         blockers.size());
        }
        if (force)
            options.allowMissingGlyphs = true;  // the writer's own check of 缺字, told too
    }
    printFindings("warning", errors);
    printFindings("warning", onPages(findings, shown, Severity::Warning));
    QString error;
    if (!pngFolder.isEmpty()) {
        if (!writePngPages(display, pngFolder, dpi, &error)) {
            std::fprintf(stderr, "paiban export: %s\n", qPrintable(error));
            return 1;
        }
        std::fprintf(stderr, "paiban export: wrote %zu page preview(s) at %d dpi to %s\n",
                     display.pages.size(), dpi, qPrintable(pngFolder));
    }
    if (output.isEmpty())
        return 0;
    if (addProofMarkup(options, document->edition, display, markup)) {
        std::fprintf(stderr, "paiban export: --changes-since: no proof round is named “%s”\n",
                     qPrintable(markup.changesSince));
        return 2;
    }
    PdfMetadata metadata;
    metadata.title = document->edition.title;
    metadata.creator = QStringLiteral("Paiban " PAIBAN_VERSION);
    // The tagged PDF's structure and threads read the pages as the e-paper does.
    metadata.articles = articlesOf(document->edition, display, QFileInfo(input).absolutePath());
    QStringList warnings;
    const bool written = writeEditionPdf(display, metadata, options, output, &error, &warnings);
    for (const QString& warning : warnings)
        std::fprintf(stderr, "paiban export: warning: %s\n", qPrintable(warning));
    if (!written) {
        std::fprintf(stderr, "paiban export: %s\n", qPrintable(error));
        return 1;
    }
    const size_t pages = options.pages.empty() ? display.pages.size() : options.pages.size();
    const char* kind = options.intent == PdfIntent::Press         ? "press"
                       : options.proofColour == ProofColour::Gray ? "proof, grey"
                                                                  : "proof";
    std::fprintf(stderr, "paiban export: wrote %zu page(s) to %s (%s)\n", pages, qPrintable(output),
                 kind);
    return 0;
}

}  // namespace paiban::cli
