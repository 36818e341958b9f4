// paiban check FILE.paiban: validates a document — its JSON, every field's type and range,
// every reference — and says what is wrong and where. Exit 0 when it is sound, 1 when not:
// a newsroom's scripts can check what arrives before it reaches an editor.
#include <QStringList>
#include <cstdio>
#include <string>

#include "cli/cli.h"
#include "io/document_io.h"

namespace paiban::cli {

int checkCommand(int argc, char** argv) {
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (!arg.empty() && arg[0] == '-') {
            std::fprintf(stderr,
                         "paiban check: unknown option %s\nusage: paiban check FILE.paiban…\n",
                         arg.c_str());
            return 2;
        }
        files << QString::fromLocal8Bit(argv[i]);
    }
    if (files.isEmpty()) {
        std::fprintf(stderr,
                     "paiban check: a document is needed\nusage: paiban check FILE.paiban…\n");
        return 2;
    }
    int bad = 0;
    for (const QString& file : files) {
        const LoadResult loaded = loadEdition(file);
        if (loaded.edition) {
            std::printf("%s: ok (%zu page(s), %zu stor%s)\n", qPrintable(file),
                        loaded.edition->pages.size(), loaded.edition->stories.size(),
                        loaded.edition->stories.size() == 1 ? "y" : "ies");
        } else {
            ++bad;
            std::printf("%s\n", qPrintable(loaded.errorText()));
        }
    }
    return bad > 0 ? 1 : 0;
}

}  // namespace paiban::cli
