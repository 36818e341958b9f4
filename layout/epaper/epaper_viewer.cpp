// PLACEHOLDER for the merge: helper V's branch (viewer) owns this file and replaces it
// with the real reader (viewer.css, viewer.js, the pages and the reading pane). This one
// only lets the epaper branch link and test: an index.html holding the articles' JSON.
#include <QDir>
#include <QSaveFile>

#include "epaper/epaper.h"

namespace paiban {

bool writeEpaperViewer(const QString& dir, const QByteArray& articlesJson, const QString& title,
                       QString* error) {
    QByteArray json = articlesJson;
    json.replace("</", "<\\/");  // a story's text never ends the script
    const QByteArray html =
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        "<title>" +
        title.toHtmlEscaped().toUtf8() +
        "</title></head><body>\n"
        "<script type=\"application/json\" id=\"paiban-articles\">\n" +
        json + "</script>\n</body></html>\n";
    QSaveFile file(QDir(dir).filePath(QStringLiteral("index.html")));
    if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

}  // namespace paiban
