// The editor's entry point: application set-up, translations, and the first document
// (the one named on the command line, or the bundled sample edition).
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "editor/main_window.h"

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
    // Work left unsaved by a crash or a kill is offered before anything else is opened
    // (opening that document then offers the work back).
    const QString path = window.startupDocument(args.size() > 1 ? args.at(1) : sampleEditionPath());
    if (!path.isEmpty())
        window.openDocument(path);
    window.show();
    return app.exec();
}

}  // namespace paiban::editor
