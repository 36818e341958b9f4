// `paiban` is the command line; without a subcommand it starts the editor, a program of
// its own beside it (paiban-editor). A command is run once from scripts and the newsroom's
// export jobs, so it should not load a widget toolkit it never uses: Qt Widgets, Print
// Support and their libraries were a tenth of an export's time, all of it in the dynamic
// loader (every Debian library is bound at load, BIND_NOW).
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "cli/cli.h"

namespace {

// The editor's program, in the folder this one was run from (the build's app/ folder,
// or /usr/bin when installed).
std::string editorProgram() {
    char self[PATH_MAX];
    const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    if (length <= 0)
        return "paiban-editor";  // then found on PATH
    const std::string path(self, static_cast<size_t>(length));
    return path.substr(0, path.rfind('/') + 1) + "paiban-editor";
}

int startEditor(char** argv) {
    const std::string program = editorProgram();
    argv[0] = const_cast<char*>(program.c_str());
    execvp(program.c_str(), argv);
    std::fprintf(stderr, "paiban: cannot start the editor %s: %s\n", program.c_str(),
                 std::strerror(errno));
    return 127;
}

// A command has written and closed its files when it returns: tearing down the fonts,
// caches and static objects it leaves behind would only cost time (3 % of an export),
// so it leaves at once. Not under the sanitizers, whose leak check runs at exit.
[[noreturn]] void exitWithoutTearDown(int status) {
#if defined(__SANITIZE_ADDRESS__)
    std::exit(status);
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(undefined_behavior_sanitizer)
    std::exit(status);
#endif
#endif
    std::fflush(nullptr);
    _exit(status);
}

}  // namespace

int main(int argc, char** argv) {
    if (paiban::cli::isSubcommand(argc, argv))
        exitWithoutTearDown(paiban::cli::run(argc, argv));
    return startEditor(argv);
}
