#include "cli/cli.h"

#include <QGuiApplication>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace paiban::cli {
namespace {

void printUsage() {
    std::fputs(
        "usage: paiban [FILE.paiban]                       open the editor\n"
        "       paiban export FILE.paiban [-o OUT.pdf] [--png DIR [--dpi N]]\n"
        "                                                   export a PDF or page previews\n"
        "       paiban preflight FILE.paiban [--json] [--notes]\n"
        "                                                   what to fix before the press\n"
        "       paiban typeset [options] [FILE|-]           compose text, print JSON lines\n"
        "       paiban help                                 this text\n",
        stdout);
}

}  // namespace

bool isSubcommand(int argc, char** argv) {
    if (argc < 2)
        return false;
    const std::string_view first = argv[1];
    return first == "export" || first == "preflight" || first == "typeset" || first == "help" ||
           first == "--help" || first == "-h" || first == "--version";
}

int run(int argc, char** argv) {
    const std::string_view command = argv[1];
    if (command == "typeset")
        return typeset(argc - 1, argv + 1);
    if (command == "export" || command == "preflight") {
        // Images are read and pages drawn through QtGui; never a display.
        if (!std::getenv("QT_QPA_PLATFORM"))
            setenv("QT_QPA_PLATFORM", "offscreen", 1);
        QGuiApplication app(argc, argv);
        if (command == "preflight")
            return preflightCommand(argc - 1, argv + 1);
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
