// writeEpaperViewer: the reader's files into an e-paper's folder, index.html carrying the
// edition's title and its articles' JSON (a browser fetches no files from file://).
#include <QDir>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

#include "epaper/epaper.h"
#include "epaper/viewer_files.h"

namespace paiban {
namespace {

// Where index.html takes the title and the articles (comments, so that the template
// stays a valid HTML file to look at).
constexpr char kTitleSlot[] = "<!--paiban:title-->";
constexpr char kArticlesSlot[] = "<!--paiban:articles-->";

// JSON inside <script>: a '<' only ever stands inside a JSON string, where \u003c means
// the same; without any '<' no "</script" can end the block and no "<!--" can change how
// the HTML parser reads it, whatever a story says.
QByteArray scriptSafeJson(const QByteArray& json) {
    QByteArray safe = json;
    return safe.replace("<", "\\u003c");
}

// The template with each slot filled once; text put in is never searched again.
bool fillTemplate(QByteArray* html, const QByteArray& title, const QByteArray& articles) {
    const qsizetype titleAt = html->indexOf(kTitleSlot);
    const qsizetype articlesAt = html->indexOf(kArticlesSlot);
    if (titleAt < 0 || articlesAt < 0 || titleAt > articlesAt)
        return false;
    const qsizetype titleEnd = titleAt + qsizetype(sizeof kTitleSlot - 1);
    const qsizetype articlesEnd = articlesAt + qsizetype(sizeof kArticlesSlot - 1);
    *html = html->left(titleAt) + title + html->mid(titleEnd, articlesAt - titleEnd) + articles +
            html->mid(articlesEnd);
    return true;
}

bool writeFile(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

}  // namespace

bool writeEpaperViewer(const QString& dir, const QByteArray& articlesJson, const QString& title,
                       QString* error) {
    QString ignored;
    if (!error)
        error = &ignored;
    QJsonParseError parse;
    QJsonDocument::fromJson(articlesJson, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = QStringLiteral("the articles are not JSON (at byte %1: %2)")
                     .arg(parse.offset)
                     .arg(parse.errorString());
        return false;
    }
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot make the folder %1").arg(dir);
        return false;
    }
    for (ViewerFile& file : epaperViewerFiles()) {
        QByteArray bytes = file.bytes;
        if (file.name == QLatin1String("index.html") &&
            !fillTemplate(&bytes, title.toHtmlEscaped().toUtf8(), scriptSafeJson(articlesJson))) {
            *error = QStringLiteral("the reader's index.html has lost its slots");
            return false;
        }
        if (!writeFile(QDir(dir).filePath(file.name), bytes, error))
            return false;
    }
    return true;
}

}  // namespace paiban
