// paiban export FILE.paiban -o OUT.pdf: lays out the edition and writes every page to
// the press PDF (our own writer, see DESIGN.md › PDF), headless.
#include <QFileInfo>
#include <cstdio>
#include <string>

#include "cli/cli.h"
#include "display/edition_layout.h"
#include "io/document_io.h"
#include "pdf/pdf_export.h"
#include "shaping/font_registry.h"

namespace paiban::cli {
namespace {

int exportUsage(const char* message) {
    std::fprintf(stderr, "paiban export: %s\nusage: paiban export FILE.paiban -o OUT.pdf\n",
                 message);
    return 2;
}

}  // namespace

int exportPdf(int argc, char** argv) {
    QString input, output;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-o" || arg == "--output") {
            if (i + 1 >= argc)
                return exportUsage("-o needs a file name");
            output = QString::fromLocal8Bit(argv[++i]);
        } else if (!arg.empty() && arg[0] == '-') {
            return exportUsage(("unknown option " + arg).c_str());
        } else if (input.isEmpty()) {
            input = QString::fromLocal8Bit(argv[i]);
        } else {
            return exportUsage("only one document at a time");
        }
    }
    if (input.isEmpty() || output.isEmpty())
        return exportUsage("a document and -o OUT.pdf are needed");

    const LoadResult loaded = loadEdition(input);
    if (!loaded.edition) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.errorText()));
        return 1;
    }
    LayoutCache cache;
    const EditionDisplay display = layoutEdition(*loaded.edition, QFileInfo(input).absolutePath(),
                                                 FontRegistry::shared(), cache);
    for (const Diagnostic& d : display.diagnostics) {
        std::fprintf(stderr, "%s: %s: %s\n", qPrintable(input), toString(d.kind),
                     qPrintable(d.message));
    }
    QString error;
    PdfMetadata metadata;
    metadata.title = loaded.edition->title;
    metadata.creator = QStringLiteral("Paiban " PAIBAN_VERSION);
    if (!writeEditionPdf(display, metadata, output, &error)) {
        std::fprintf(stderr, "paiban export: %s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stderr, "paiban export: wrote %zu page(s) to %s\n", display.pages.size(),
                 qPrintable(output));
    return 0;
}

}  // namespace paiban::cli
