// The editor's entry point: application set-up, translations, and the first document
// (the one named on the command line, or the bundled sample edition).
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>
#include <QTranslator>
#include <optional>

#include "editor/main_window.h"
#include "editor/newsroom/newsroom_session.h"

namespace paiban::editor {

// Where the sample edition is: next to an installed binary, or in the source tree of
// a build.
QString sampleEditionPath() {
    const QString name = QStringLiteral("weidu-weekly.paiban");
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates{
        qEnvironmentVariable("PAIBAN_SAMPLE"),
        appDir + QStringLiteral("/../share/paiban/sample/") + name,
        QStringLiteral(PAIBAN_SOURCE_DIR "/resources/sample/") + name,
    };
    for (const QString& path : candidates) {
        if (!path.isEmpty() && QFileInfo::exists(path))
            return QFileInfo(path).absoluteFilePath();
    }
    return {};
}

namespace {

// paiban-editor --newsroom CONNSTRING --page PAGEID [--report FILE]: connects to a
// newsroom and opens one of its pages, for automation and tests (--report: one JSON line
// per event). Unknown to a plain start, which takes its first argument as a document.
struct NewsroomStart {
    QString connection;
    qint64 page = 0;
    QString report;
};

std::optional<NewsroomStart> newsroomStart(const QStringList& args, QString* error) {
    const qsizetype at = args.indexOf(QStringLiteral("--newsroom"));
    if (at < 0)
        return std::nullopt;
    NewsroomStart start;
    const auto valueOf = [&](const QString& option) {
        const qsizetype i = args.indexOf(option);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };
    start.connection = valueOf(QStringLiteral("--newsroom"));
    bool ok = false;
    start.page = valueOf(QStringLiteral("--page")).toLongLong(&ok);
    start.report = valueOf(QStringLiteral("--report"));
    if (start.connection.isEmpty() || !ok || start.page <= 0)
        *error = QStringLiteral(
            "usage: paiban-editor --newsroom CONNSTRING --page PAGEID [--report FILE]");
    return start;
}

}  // namespace

int run(int argc, char** argv) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Paiban"));
    QCoreApplication::setApplicationName(QStringLiteral("Paiban"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAIBAN_VERSION));

    QTranslator qtTranslator, translator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(&qtTranslator);
    }
    if (translator.load(QLocale(), QStringLiteral("paiban"), QStringLiteral("_"),
                        QStringLiteral(":/i18n"))) {
        app.installTranslator(&translator);
    }

    MainWindow window;
    const QStringList args = app.arguments();
    QString usage;
    if (const std::optional<NewsroomStart> start = newsroomStart(args, &usage)) {
        if (!usage.isEmpty()) {
            QTextStream(stderr) << usage << '\n';
            return 2;
        }
        window.newsroom()->setReportPath(start->report);
        window.show();
        // Said in the window (and on stderr for a script), and the window stays open.
        // Said on stderr and in the report for a script, and in the window for the person
        // looking at it — without stopping the event loop (a box that does not wait).
        window.showNewsroomProblem = [&window](const QString& title, const QString& text) {
            QTextStream(stderr) << title << ": " << text << '\n';
            window.newsroom()->reportProblem(title + QStringLiteral(": ") + text);
            auto* box =
                new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, &window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        };
        if (window.connectToNewsroom(start->connection))
            window.openNewsroomPage(start->page);
        return app.exec();
    }
    // Work left unsaved by a crash or a kill is offered before anything else is opened
    // (opening that document then offers the work back).
    const QString path = window.startupDocument(args.size() > 1 ? args.at(1) : sampleEditionPath());
    if (!path.isEmpty())
        window.openDocument(path);
    window.show();
    return app.exec();
}

}  // namespace paiban::editor
