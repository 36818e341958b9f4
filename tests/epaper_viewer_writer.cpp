// For tests/epaper_browser.py: puts the reader (writeEpaperViewer) into a folder that holds
// an articles.json and page images made by the test, as the e-paper's engine would.
//   epaper_viewer_writer DIR TITLE
#include <QCoreApplication>
#include <QFile>
#include <cstdio>

#include "epaper/epaper.h"

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: epaper_viewer_writer DIR TITLE\n");
        return 2;
    }
    QFile articles(args[1] + "/articles.json");
    if (!articles.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(articles.fileName()));
        return 1;
    }
    QString error;
    if (!paiban::writeEpaperViewer(args[1], articles.readAll(), args[2], &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
