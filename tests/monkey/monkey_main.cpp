// editor_monkey [--seed S] [--events N] [--seconds T] [--check-every N] [--log FILE]
//               [--hang-seconds T] [--replay LOG]
// Runs the monkey (monkey.h) on the editor with a copy of the sample edition, on the
// offscreen platform unless another is set. Prints the seed first, then events per
// second; exits 1 with the seed, the broken invariant and the last events on a failure.
// A crash prints the end of the event log from the signal handler.
#include <fcntl.h>
#include <unistd.h>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>

#include "editor/edit_session.h"
#include "editor/main_window.h"
#include "monkey.h"

#if defined(__SANITIZE_ADDRESS__)  // AddressSanitizer reports, then ends the process
#include <sanitizer/common_interface_defs.h>
#define PAIBAN_HAVE_SANITIZER_CALLBACK 1
#endif

namespace {

char crashLog[4096];  // the event log's path, for the signal handler
unsigned long long crashSeed = 0;

// The end of the event log, written with system calls only (safe in a signal handler).
void printLogTail() {
    const char intro[] = "\neditor_monkey: crashed; the last events (seed, then event number):\n";
    (void)!write(2, intro, sizeof intro - 1);
    char seed[64];
    int n = 0;
    unsigned long long s = crashSeed;
    char digits[32];
    do {
        digits[n++] = static_cast<char>('0' + s % 10);
        s /= 10;
    } while (s);
    int m = 0;
    const char prefix[] = "seed ";
    for (char c : prefix) {
        if (c)
            seed[m++] = c;
    }
    while (n)
        seed[m++] = digits[--n];
    seed[m++] = '\n';
    (void)!write(2, seed, static_cast<size_t>(m));
    const int fd = open(crashLog, O_RDONLY);
    if (fd < 0)
        return;
    const off_t size = lseek(fd, 0, SEEK_END);
    lseek(fd, size > 6000 ? size - 6000 : 0, SEEK_SET);
    char buffer[6000];
    const ssize_t got = read(fd, buffer, sizeof buffer);
    if (got > 0)
        (void)!write(2, buffer, static_cast<size_t>(got));
    close(fd);
}

void onCrash(int signal) {
    printLogTail();
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

int usage(const char* message) {
    std::fprintf(stderr,
                 "editor_monkey: %s\nusage: editor_monkey [--seed S] [--events N] "
                 "[--seconds T] [--check-every N] [--hang-seconds T] [--log FILE] "
                 "[--replay LOG]\n",
                 message);
    return 2;
}

// The files the monkey's dialogs choose from, in a folder of its own.
bool prepareWorkDir(const QString& dir) {
    const QString source = QStringLiteral(PAIBAN_SOURCE_DIR);
    QDir work(dir);
    work.mkpath(QStringLiteral("images"));
    work.mkpath(QStringLiteral("broken"));
    if (!QFile::copy(source + QStringLiteral("/resources/sample/weidu-weekly.paiban"),
                     work.filePath(QStringLiteral("sample.paiban"))))
        return false;
    for (const QFileInfo& image :
         QDir(source + QStringLiteral("/resources/sample/images")).entryInfoList(QDir::Files))
        QFile::copy(image.absoluteFilePath(),
                    work.filePath(QStringLiteral("images/") + image.fileName()));
    for (const QFileInfo& broken : QDir(source + QStringLiteral("/tests/data/broken"))
                                       .entryInfoList({QStringLiteral("*.paiban")}))
        QFile::copy(broken.absoluteFilePath(),
                    work.filePath(QStringLiteral("broken/") + broken.fileName()));
    auto write = [&](const char* name, const QByteArray& bytes) {
        QFile file(work.filePath(QString::fromLatin1(name)));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    return write("story.txt", QStringLiteral("第一段文字。\n第二段，Paiban 5G。\n").toUtf8()) &&
           write("gbk.txt", QByteArray("\xd6\xd0\xce\xc4\xd0\xc2\xce\xc5\n")) &&  // 中文新闻
           write("not-an-image.jpg", QByteArray("this is text, not a JPEG"));
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    paiban::monkey::Options options;
    options.seed = static_cast<uint64_t>(
        std::chrono::steady_clock::now().time_since_epoch().count() % 1000000);
    QString logPath;
    bool eventsGiven = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--seed" && hasValue)
            options.seed = std::strtoull(argv[++i], nullptr, 10);
        else if (arg == "--events" && hasValue) {
            options.maxEvents = std::strtol(argv[++i], nullptr, 10);
            eventsGiven = true;
        } else if (arg == "--seconds" && hasValue)
            options.maxSeconds = std::strtod(argv[++i], nullptr);
        else if (arg == "--check-every" && hasValue)
            options.checkEvery = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--hang-seconds" && hasValue)
            options.hangSeconds = std::max(1.0, std::strtod(argv[++i], nullptr));
        else if (arg == "--replay" && hasValue)
            options.replayPath = QString::fromLocal8Bit(argv[++i]);
        else if (arg == "--log" && hasValue)
            logPath = QString::fromLocal8Bit(argv[++i]);
        else
            return usage(("unknown argument " + arg).c_str());
    }
    if (options.maxSeconds > 0 && !eventsGiven)  // a time alone: as many events as fit
        options.maxEvents = std::numeric_limits<long>::max();

    QApplication app(argc, argv);
    // Settings, recovery files and caches of their own, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PaibanMonkey"));
    QCoreApplication::setApplicationName(QStringLiteral("PaibanMonkey"));
    QTemporaryDir work;
    if (!work.isValid() || !prepareWorkDir(work.path()))
        return usage("cannot prepare a work folder");
    // Settings of this run alone (recent files, panels): a replay starts as the run did.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       work.filePath(QStringLiteral("settings")));
    options.workDir = work.path();
    options.logPath = logPath.isEmpty() ? work.filePath(QStringLiteral("events.log")) : logPath;
    std::snprintf(crashLog, sizeof crashLog, "%s", QFile::encodeName(options.logPath).constData());
    crashSeed = options.seed;
    for (int signal : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL})
        std::signal(signal, onCrash);
#ifdef PAIBAN_HAVE_SANITIZER_CALLBACK
    __sanitizer_set_death_callback(printLogTail);
#endif
    std::printf("editor_monkey: seed %llu\n", static_cast<unsigned long long>(options.seed));
    std::fflush(stdout);

    paiban::editor::MainWindow window;
    // Nothing moves by the clock: panels docked and undocked at once, popups without
    // effects, so that a replay finds every widget where the run found it.
    window.setAnimated(false);
    QApplication::setEffectEnabled(Qt::UI_General, false);
    window.resize(1280, 800);
    window.show();
    window.activateWindow();  // keys go to the focus widget of the active window
    if (!QTest::qWaitForWindowActive(&window))
        std::fprintf(stderr, "editor_monkey: the window did not become active\n");
    window.confirmRecovery = [](const QDateTime&) { return false; };
    if (!window.openDocument(QDir(work.path()).filePath(QStringLiteral("sample.paiban"))))
        return usage("cannot open the sample edition");
    QCoreApplication::processEvents();

    paiban::monkey::Monkey monkey(window, options);
    const paiban::monkey::Result result = monkey.run();
    std::printf(
        "editor_monkey: seed %llu: %ld events in %.1f s (%.0f events/s), %ld checks, "
        "%ld steps undone and redone%s\n",
        static_cast<unsigned long long>(options.seed), result.events, result.seconds,
        result.events / std::max(result.seconds, 1e-9), result.checks, result.undoneSteps,
        result.failure.isEmpty() ? ", no invariant broken" : "");
    if (!result.failure.isEmpty()) {
        // The log is in the work folder, which goes: kept beside it.
        const QString kept =
            QDir(work.path() + QStringLiteral("/.."))
                .absoluteFilePath(QStringLiteral("monkey-%1.events").arg(options.seed));
        if (logPath.isEmpty())
            QFile::copy(options.logPath, kept);
        std::fprintf(stderr,
                     "editor_monkey: FAILED at event %ld (seed %llu); replay: editor_monkey "
                     "--replay %s\n%s\n",
                     result.events, static_cast<unsigned long long>(options.seed),
                     qPrintable(logPath.isEmpty() ? kept : logPath), qPrintable(result.failure));
        return 1;
    }
    window.session()->removeRecovery();
    return 0;
}
