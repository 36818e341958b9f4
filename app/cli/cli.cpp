#include "cli/cli.h"

#include <malloc.h>

#include <QFileInfo>
#include <QGuiApplication>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "io/document_io.h"
#include "shaping/font_registry.h"

namespace paiban::cli {
namespace {

void printUsage() {
    std::fputs(
        "usage: paiban [FILE.paiban]                       open the editor\n"
        "       paiban export FILE.paiban [-o OUT.pdf] [--press|--proof [--grey]]\n"
        "                     [--png DIR [--dpi N]] [--epaper DIR [--epaper-width PX]]\n"
        "                                                   export a PDF, page previews or the\n"
        "                                                   e-paper (数字报); export --help: all\n"
        "       paiban check FILE.paiban…                     is the document sound? exit 0/1\n"
        "       paiban import FILE.txt [--encoding E] --into DOC.paiban --story ID\n"
        "                                                   place a text file into a story\n"
        "       paiban preflight FILE.paiban [--json] [--notes]\n"
        "                                                   what to fix before the press\n"
        "       paiban typeset [options] [FILE|-]           compose text, print JSON lines\n"
        "       paiban new [--template NAME] OUT.paiban     a new edition from a template\n"
        "                                                   (--list names the templates)\n"
        "       paiban notes list|import|changes FILE.paiban …\n"
        "                                                   proofreaders' notes: list them, read\n"
        "                                                   them from a marked proof PDF, or\n"
        "                                                   print the changes since a proof round\n"
        "       paiban newsroom init|add-user|import-stories|add-page|export-edition …\n"
        "                                                   the newsroom's PostgreSQL: its "
        "schema,\n"
        "                                                   people, story pool and editions\n"
        "                                                   (newsroom --help: all)\n"
        "       paiban help                                 this text\n",
        stdout);
}

bool hasArgument(int argc, char** argv, std::string_view wanted) {
    for (int i = 2; i < argc; ++i) {
        if (argv[i] == wanted)
            return true;
    }
    return false;
}

}  // namespace

bool parseInkLimit(const char* text, double* percent) {
    bool ok = false;
    const double value = QString::fromLocal8Bit(text).remove(u'%').toDouble(&ok);
    if (!ok || value < 100 || value > 400)
        return false;
    *percent = value;
    return true;
}

std::optional<LaidOutDocument> loadAndLayOut(const QString& path) {
    LoadResult loaded = loadEdition(path);
    if (!loaded.edition) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.errorText()));
        return std::nullopt;
    }
    LayoutCache cache;
    EditionDisplay display = layoutEdition(*loaded.edition, QFileInfo(path).absolutePath(),
                                           FontRegistry::shared(), cache);
    return LaidOutDocument{std::move(*loaded.edition), std::move(display)};
}

bool isSubcommand(int argc, char** argv) {
    if (argc < 2)
        return false;
    const std::string_view first = argv[1];
    return first == "export" || first == "preflight" || first == "check" || first == "import" ||
           first == "typeset" || first == "new" || first == "notes" || first == "newsroom" ||
           first == "help" || first == "--help" || first == "-h" || first == "--version";
}

namespace {

// A command runs once and exits, so memory it frees is better kept for its next
// allocation than handed back to the kernel and faulted in again, zeroed, on the next
// request: with glibc's defaults every buffer over 128 KB (a page's content stream, a
// font subset, a photo's pixels) was a fresh mmap, and page faults were a fifth of an
// export's time. The editor, a long-lived process, keeps glibc's defaults.
void keepFreedMemoryForReuse() {
    // glibc's largest mmap threshold on 64-bit (DEFAULT_MMAP_THRESHOLD_MAX): anything
    // smaller comes from the heap.
    constexpr int kMmapThreshold = 32 * 1024 * 1024;
    // Give the top of the heap back only when this much is free (a command's peak is a
    // few tens of megabytes): in effect never before exit.
    constexpr int kTrimThreshold = 512 * 1024 * 1024;
    mallopt(M_MMAP_THRESHOLD, kMmapThreshold);
    mallopt(M_TRIM_THRESHOLD, kTrimThreshold);
}

}  // namespace

int run(int argc, char** argv) {
    keepFreedMemoryForReuse();
    const std::string_view command = argv[1];
    if (command == "typeset")
        return typeset(argc - 1, argv + 1);
    if (command == "check" || command == "import") {
        QCoreApplication app(argc, argv);
        return command == "check" ? checkCommand(argc - 1, argv + 1)
                                  : importCommand(argc - 1, argv + 1);
    }
    if (command == "new") {
        QCoreApplication app(argc, argv);
        return newCommand(argc - 1, argv + 1);
    }
    if (command == "newsroom") {
        QCoreApplication app(argc, argv);
        return newsroomCommand(argc - 1, argv + 1);
    }
    if (command == "notes") {
        QCoreApplication app(argc, argv);
        return notesCommand(argc - 1, argv + 1);
    }
    if (command == "export" || command == "preflight") {
        // Drawing pages (previews, the e-paper) needs QtGui's platform, offscreen, never a display;
        // PDFs (press and proof) and preflight only read images, which a core application does, and
        // start faster.
        const bool draws = hasArgument(argc, argv, "--png") || hasArgument(argc, argv, "--epaper");
        if (!draws) {
            QCoreApplication app(argc, argv);
            return command == "preflight" ? preflightCommand(argc - 1, argv + 1)
                                          : exportPdf(argc - 1, argv + 1);
        }
        if (!std::getenv("QT_QPA_PLATFORM"))
            setenv("QT_QPA_PLATFORM", "offscreen", 1);
        QGuiApplication app(argc, argv);
        return exportPdf(argc - 1, argv + 1);
    }
    if (command == "--version") {
        std::printf("paiban %s\n", PAIBAN_VERSION);
        return 0;
    }
    printUsage();
    return 0;
}

}  // namespace paiban::cli
