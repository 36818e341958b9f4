#include "cli/cli.h"

namespace paiban::editor {
int run(int argc, char** argv);
}

int main(int argc, char** argv) {
    if (paiban::cli::isSubcommand(argc, argv))
        return paiban::cli::run(argc, argv);
    return paiban::editor::run(argc, argv);
}
