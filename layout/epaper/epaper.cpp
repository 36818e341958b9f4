// The e-paper's files: the pages drawn as the editor draws them into JPEGs (and
// thumbnails), the articles in image pixels as articles.json, then the reader. Every file
// is written whole or not at all (QSaveFile); index.html, the reader's way in, comes last,
// so a failure never leaves a new reader over missing pages.
#include "epaper/epaper.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <cmath>

#include "articles/articles.h"
#include "render/painter_renderer.h"

namespace paiban {
namespace {

// Page images' names carry the page number in at least this many digits, so that a
// folder lists them in order (page-01 … page-24).
constexpr int kPageNumberDigits = 2;

struct PageImage {
    QString image, thumbnail;  // relative to the e-paper's folder
    int width = 0, height = 0;
    double scale = 1;  // pixels per point
};

QString pageFileStem(int pageIndex, int pageCount) {
    const int digits =
        std::max(kPageNumberDigits, static_cast<int>(QString::number(pageCount).size()));
    return QStringLiteral("page-%1").arg(pageNumber(pageIndex), digits, 10, QLatin1Char('0'));
}

EpaperResult failure(EpaperProblem problem, const QString& path, const QString& detail = {}) {
    EpaperResult r;
    r.problem = problem;
    r.path = path;
    switch (problem) {
        case EpaperProblem::None:
            break;
        case EpaperProblem::CannotMakeFolder:
            r.error = QStringLiteral("cannot make the folder %1").arg(path);
            break;
        case EpaperProblem::CannotWriteFile:
            r.error = QStringLiteral("cannot write %1").arg(path);
            break;
        case EpaperProblem::BadPageSize:
            r.error = QStringLiteral("a page of the edition has no size: %1").arg(path);
            break;
        case EpaperProblem::BadImageWidth:
            r.error = QStringLiteral("the page images' width must be %1 to %2 pixels, not %3")
                          .arg(kSmallestEpaperWidthPx)
                          .arg(kLargestEpaperWidthPx)
                          .arg(path);
            break;
    }
    if (!detail.isEmpty())
        r.error += QStringLiteral(" (%1)").arg(detail);
    return r;
}

// Writes `image` as a JPEG, whole or not at all; the error's detail on failure.
bool writeJpeg(const QImage& image, const QString& path, int quality, QString* detail) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *detail = file.errorString();
        return false;
    }
    QImageWriter writer(&file, "jpeg");
    writer.setQuality(quality);
    writer.setOptimizedWrite(true);
    if (!writer.write(image)) {
        *detail = writer.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *detail = file.errorString();
        return false;
    }
    return true;
}

bool writeWhole(const QString& path, const QByteArray& bytes, QString* detail) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *detail = file.errorString();
        return false;
    }
    return true;
}

QImage pageImage(const PageDisplayList& page, int widthPx, double* scale) {
    *scale = widthPx / page.widthPt;
    QImage image(widthPx, std::max(1, static_cast<int>(std::lround(page.heightPt * *scale))),
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.scale(*scale, *scale);
    renderPage(painter, page);
    painter.end();
    return image;
}

// Pages of an earlier e-paper with more pages than this one.
void removeOldPages(QDir pages, int pageCount) {
    static const QRegularExpression name(QStringLiteral("^page-(\\d+)(-thumb)?\\.jpg$"));
    for (const QString& file : pages.entryList(QDir::Files)) {
        const auto match = name.match(file);
        if (match.hasMatch() && match.captured(1).toInt() > pageCount)
            pages.remove(file);
    }
}

// A rectangle in page points as [x, y, width, height] in the image's pixels, rounded
// outward and kept inside the image.
QJsonArray pixelRect(const Rect& r, const PageImage& image) {
    const auto clampX = [&](double v) { return std::clamp(static_cast<int>(v), 0, image.width); };
    const auto clampY = [&](double v) { return std::clamp(static_cast<int>(v), 0, image.height); };
    const int x0 = clampX(std::floor(r.x * image.scale));
    const int y0 = clampY(std::floor(r.y * image.scale));
    const int x1 = clampX(std::ceil(r.right() * image.scale));
    const int y1 = clampY(std::ceil(r.bottom() * image.scale));
    return QJsonArray{x0, y0, std::max(0, x1 - x0), std::max(0, y1 - y0)};
}

QJsonObject articleJson(const Article& article, const std::vector<PageImage>& images) {
    const auto imageOf = [&](int page) -> const PageImage& {
        return images[static_cast<size_t>(page)];
    };
    QJsonArray stories, paragraphs, captions, photos, areas;
    for (const QString& id : article.storyIds)
        stories.append(id);
    for (const ArticleParagraph& p : article.paragraphs) {
        if (p.role == TextRole::Body || p.role == TextRole::Byline)
            paragraphs.append(p.text);
        else if (p.role == TextRole::Caption)
            captions.append(p.text);
    }
    // A picture story (图片新闻) is read from its caption.
    if (paragraphs.isEmpty())
        paragraphs = captions;
    for (const ArticlePhoto& photo : article.photos) {
        photos.append(QJsonObject{{"page", photo.page},
                                  {"frame", photo.frameId},
                                  {"rect", pixelRect(photo.rect, imageOf(photo.page))},
                                  {"caption", photo.caption}});
    }
    for (const ArticleArea& area : article.areas)
        areas.append(
            QJsonObject{{"page", area.page}, {"rect", pixelRect(area.rect, imageOf(area.page))}});
    return QJsonObject{{"id", article.id},
                       {"stories", stories},
                       {"page", article.areas.empty() ? 0 : article.areas.front().page},
                       {"kicker", article.kicker},
                       {"headline", article.headline},
                       {"subhead", article.subhead},
                       {"byline", article.byline},
                       {"paragraphs", paragraphs},
                       {"photos", photos},
                       {"areas", areas}};
}

QByteArray epaperJson(const Edition& edition, const EditionDisplay& display,
                      const std::vector<Article>& articles, const std::vector<PageImage>& images) {
    QJsonArray pages, list;
    for (size_t p = 0; p < images.size(); ++p) {
        pages.append(QJsonObject{{"index", static_cast<int>(p)},
                                 {"label", QString::number(pageNumber(static_cast<int>(p)))},
                                 {"name", display.pages[p].name},
                                 {"image", images[p].image},
                                 {"thumbnail", images[p].thumbnail},
                                 {"width", images[p].width},
                                 {"height", images[p].height}});
    }
    for (const Article& article : articles)
        list.append(articleJson(article, images));
    const QJsonObject root{{"format", "paiban-epaper"}, {"version", 1},   {"title", edition.title},
                           {"date", edition.date},      {"pages", pages}, {"articles", list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

}  // namespace

bool holdsOtherThanAnEpaper(const QString& dir) {
    const QDir folder(dir);
    if (!folder.exists() || folder.isEmpty())
        return false;
    QFile articles(folder.filePath(QStringLiteral("articles.json")));
    // An e-paper's articles.json is tens of kilobytes; anything far larger is not ours.
    constexpr qint64 kLargestArticlesJson = 64 * 1024 * 1024;
    if (!articles.open(QIODevice::ReadOnly) || articles.size() > kLargestArticlesJson)
        return true;
    const QJsonDocument json = QJsonDocument::fromJson(articles.readAll());
    return json.object().value(QStringLiteral("format")).toString() !=
           QStringLiteral("paiban-epaper");
}

EpaperResult writeEpaper(const Edition& edition, const EditionDisplay& display,
                         const QString& documentDir, const QString& dir,
                         const EpaperOptions& options) {
    if (options.pageWidthPx < kSmallestEpaperWidthPx ||
        options.pageWidthPx > kLargestEpaperWidthPx || options.thumbnailWidthPx < 1 ||
        options.thumbnailWidthPx > options.pageWidthPx)
        return failure(EpaperProblem::BadImageWidth, QString::number(options.pageWidthPx));
    const QDir root(dir);
    if (!QDir().mkpath(root.filePath(QStringLiteral("pages"))))
        return failure(EpaperProblem::CannotMakeFolder, root.filePath(QStringLiteral("pages")));
    const QDir pagesDir(root.filePath(QStringLiteral("pages")));
    const int pageCount = static_cast<int>(display.pages.size());
    std::vector<PageImage> images;
    QString detail;
    for (int p = 0; p < pageCount; ++p) {
        const PageDisplayList& page = display.pages[static_cast<size_t>(p)];
        const QString stem = pageFileStem(p, pageCount);
        if (!(page.widthPt > 0) || !(page.heightPt > 0))
            return failure(EpaperProblem::BadPageSize, stem);
        PageImage out;
        const QImage image = pageImage(page, options.pageWidthPx, &out.scale);
        out.width = image.width();
        out.height = image.height();
        out.image = QStringLiteral("pages/%1.jpg").arg(stem);
        out.thumbnail = QStringLiteral("pages/%1-thumb.jpg").arg(stem);
        if (!writeJpeg(image, root.filePath(out.image), options.jpegQuality, &detail))
            return failure(EpaperProblem::CannotWriteFile, root.filePath(out.image), detail);
        const QImage thumbnail =
            image.scaledToWidth(options.thumbnailWidthPx, Qt::SmoothTransformation);
        if (!writeJpeg(thumbnail, root.filePath(out.thumbnail), options.jpegQuality, &detail))
            return failure(EpaperProblem::CannotWriteFile, root.filePath(out.thumbnail), detail);
        images.push_back(out);
    }
    removeOldPages(pagesDir, pageCount);
    const std::vector<Article> articles = articlesOf(edition, display, documentDir);
    const QByteArray json = epaperJson(edition, display, articles, images);
    const QString jsonPath = root.filePath(QStringLiteral("articles.json"));
    if (!writeWhole(jsonPath, json, &detail))
        return failure(EpaperProblem::CannotWriteFile, jsonPath, detail);
    if (!writeEpaperViewer(dir, json, edition.title, &detail))
        return failure(EpaperProblem::CannotWriteFile, root.filePath(QStringLiteral("index.html")),
                       detail);
    EpaperResult result;
    result.ok = true;
    result.pages = pageCount;
    result.articles = static_cast<int>(articles.size());
    return result;
}

}  // namespace paiban
