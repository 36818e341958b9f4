#include "preflight/ink_check.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QSaveFile>
#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <optional>
#include <set>

#include "display/image_header.h"
#include "model/swatches.h"
#include "pdf/output_profile.h"
#include "pdf/press_image.h"

namespace paiban {
namespace {

// Photos are checked at this size along their longer side: about what a press's dot
// gain smears together at newsprint's 100 lpi on a photo a few columns wide, and cheap
// enough to run with every preflight.
constexpr int kInkSampleSidePx = 256;
// Too much ink matters over an area, where it smears, sets off and dries slowly, not in a
// speck: a photo's ink is averaged over squares this wide as printed (as preflight tools
// give their TAC checks an area), so a few dark pixels do not count.
constexpr double kInkAreaSidePt = 2 * 72 / 25.4;  // 2 mm

// A JPEG's frame header lies within its first markers; EXIF thumbnails can push it past
// 64 KB, so read more than that.
constexpr qint64 kJpegHeaderReadBytes = 256 * 1024;

enum class InkIssue { PhotoOverLimit, RgbPhoto };

// Every ink finding's kind, severity and wording.
// What carries a colour over the limit, as a code for the editor's wording.
enum class InkSubject { ParagraphStyle, CharacterStyle, FrameFill, FrameStroke };

QString subjectCode(InkSubject subject) {
    switch (subject) {
        case InkSubject::ParagraphStyle:
            return QStringLiteral("paragraph-style");
        case InkSubject::CharacterStyle:
            return QStringLiteral("character-style");
        case InkSubject::FrameFill:
            return QStringLiteral("frame-fill");
        case InkSubject::FrameStroke:
            return QStringLiteral("frame-stroke");
    }
    return {};
}

QString englishSubject(InkSubject subject, const QString& name, const QString& colour) {
    switch (subject) {
        case InkSubject::ParagraphStyle:
            return QStringLiteral("the colour %1 of paragraph style %2").arg(colour, name);
        case InkSubject::CharacterStyle:
            return QStringLiteral("the colour %1 of character style %2").arg(colour, name);
        case InkSubject::FrameFill:
            return QStringLiteral("the fill %1 of frame %2").arg(colour, name);
        case InkSubject::FrameStroke:
            return QStringLiteral("the stroke %1 of frame %2").arg(colour, name);
    }
    return {};
}

// A colour over the limit; its arguments: subject code, its name (style or frame), the
// colour, TAC %, limit %.
Finding colourFinding(InkSubject subject, const QString& name, const QString& colour, double tacPct,
                      double limitPct) {
    Finding f{Severity::Warning, QStringLiteral("ink-limit-colour"),
              QStringLiteral("%1 puts down %2 % of ink; the press takes at most %3 %")
                  .arg(englishSubject(subject, name, colour))
                  .arg(tacPct, 0, 'f', 0)
                  .arg(limitPct, 0, 'f', 0)};
    f.args = {subjectCode(subject), name, colour, QString::number(tacPct, 'f', 0),
              QString::number(limitPct, 'f', 0)};
    return f;
}

// A photo over the limit (arguments: file, TAC %, limit %) or in RGB (argument: file).
Finding inkFinding(InkIssue issue, const QString& what, double tacPct, double limitPct) {
    Finding f;
    switch (issue) {
        case InkIssue::PhotoOverLimit:
            f = {Severity::Warning, QStringLiteral("ink-limit-photo"),
                 QStringLiteral("photo %1 puts down up to %2 % of ink once converted to the "
                                "press's CMYK; the press takes at most %3 %")
                     .arg(what)
                     .arg(tacPct, 0, 'f', 0)
                     .arg(limitPct, 0, 'f', 0)};
            f.args = {what, QString::number(tacPct, 'f', 0), QString::number(limitPct, 'f', 0)};
            break;
        case InkIssue::RgbPhoto:
            f = {Severity::Note, QStringLiteral("rgb-image"),
                 QStringLiteral("photo %1 is RGB: export converts it to the press's CMYK")
                     .arg(what)};
            f.args = {what};
            break;
    }
    return f;
}

QString colourName(const CmykColor& c) {
    const QString values = QStringLiteral("C%1 M%2 Y%3 K%4")
                               .arg(qRound(c.c * 100))
                               .arg(qRound(c.m * 100))
                               .arg(qRound(c.y * 100))
                               .arg(qRound(c.k * 100));
    if (c.swatch.empty())
        return values;
    return QStringLiteral("%1 %2 % (%3)")
        .arg(QString::fromStdString(c.swatch))
        .arg(c.tintPct, 0, 'f', 0)
        .arg(values);
}

// Whether export converts the photo: JPEGs by their components (grey prints on K alone,
// CMYK passes through as the newsroom separated it), anything else unless it is grey.
bool isRgbSource(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(kJpegHeaderReadBytes);
    if (const auto jpeg = jpegHeader(head))
        return jpeg->components == 3;
    return true;
}

}  // namespace

void checkColourInk(const Edition& edition, const PreflightOptions& options,
                    std::vector<Finding>* out) {
    const double limit = options.inkLimitPct;
    auto over = [&](const CmykColor& c) { return totalAreaCoverage(c) > limit + 1e-9; };
    for (const ParagraphStyle& s : edition.styles.paragraphStyles) {
        if (over(s.color)) {
            out->push_back(colourFinding(InkSubject::ParagraphStyle, QString::fromStdString(s.name),
                                         colourName(s.color), totalAreaCoverage(s.color), limit));
        }
    }
    for (const CharacterStyle& s : edition.styles.characterStyles) {
        if (s.color && over(*s.color)) {
            out->push_back(colourFinding(InkSubject::CharacterStyle, QString::fromStdString(s.name),
                                         colourName(*s.color), totalAreaCoverage(*s.color), limit));
        }
    }
    for (size_t p = 0; p < edition.pages.size(); ++p) {
        for (const Frame& frame : edition.pages[p].frames) {
            for (const auto& [colour, part] : {std::pair{frame.fill, InkSubject::FrameFill},
                                               std::pair{frame.stroke, InkSubject::FrameStroke}}) {
                if (!colour || !over(*colour))
                    continue;
                Finding f = colourFinding(part, frame.id, colourName(*colour),
                                          totalAreaCoverage(*colour), limit);
                f.page = static_cast<int>(p);
                f.frameId = frame.id;
                f.area = frame.rect;
                out->push_back(f);
            }
        }
    }
}

InkPeak peakInk(const QByteArray& cmyk, int width, int height, int cellPx) {
    InkPeak peak;
    const auto* px = reinterpret_cast<const uchar*>(cmyk.constData());
    cellPx = std::max(1, cellPx);
    double best = -1;
    for (int top = 0; top < height; top += cellPx) {
        for (int left = 0; left < width; left += cellPx) {
            long sum = 0, count = 0;
            for (int y = top; y < std::min(height, top + cellPx); ++y) {
                for (int x = left; x < std::min(width, left + cellPx); ++x) {
                    const uchar* p = px + (static_cast<qsizetype>(y) * width + x) * 4;
                    sum += p[0] + p[1] + p[2] + p[3];
                    ++count;
                }
            }
            const double mean = static_cast<double>(sum) / static_cast<double>(count);
            if (mean > best)
                best = mean, peak.x = left, peak.y = top;
        }
    }
    peak.tacPct = best < 0 ? 0 : best * 100.0 / 255;
    return peak;
}

namespace {

// What sampling a photo found: whether export converts it, its peak ink, and the sample's
// geometry to place the peak on the page.
struct PhotoInk {
    bool rgb = false;
    InkPeak peak;
    QSize samplePx;
    int cellPx = 1;
};

PhotoInk samplePhoto(const QString& path, double placedWidthPt, const OutputProfile& profile) {
    PhotoInk ink;
    if (!isRgbSource(path))
        return ink;
    QImageReader reader(path);
    const QSize size = reader.size();
    if (size.isValid() && std::max(size.width(), size.height()) > kInkSampleSidePx)
        reader.setScaledSize(size.scaled(kInkSampleSidePx, kInkSampleSidePx, Qt::KeepAspectRatio));
    const QImage pixels = reader.read();
    if (pixels.isNull() || pixels.isGrayscale())
        return ink;
    ink.rgb = true;
    ink.samplePx = pixels.size();
    const auto cmyk = cmykPixelsFromImage(pixels, profile);
    if (!cmyk)
        return ink;
    const double pixelPt = placedWidthPt / pixels.width();
    ink.cellPx =
        pixelPt > 0 ? std::max(1, static_cast<int>(std::lround(kInkAreaSidePt / pixelPt))) : 1;
    ink.peak = peakInk(*cmyk, pixels.width(), pixels.height(), ink.cellPx);
    return ink;
}

// A sample kept on disk: one line of numbers, read back only when it has them all.
constexpr char kInkFileTag[] = "paiban-photo-ink 1";

QString inkFileText(const PhotoInk& ink) {
    return QStringLiteral("%1\n%2 %3 %4 %5 %6 %7 %8\n")
        .arg(QLatin1String(kInkFileTag))
        .arg(ink.rgb ? 1 : 0)
        .arg(ink.peak.tacPct, 0, 'g', 17)
        .arg(ink.peak.x)
        .arg(ink.peak.y)
        .arg(ink.samplePx.width())
        .arg(ink.samplePx.height())
        .arg(ink.cellPx);
}

std::optional<PhotoInk> readInkFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QStringList lines = QString::fromUtf8(file.read(256)).split(QLatin1Char('\n'));
    if (lines.size() < 2 || lines[0] != QLatin1String(kInkFileTag))
        return std::nullopt;
    const QStringList fields = lines[1].split(QLatin1Char(' '));
    if (fields.size() != 7)
        return std::nullopt;
    bool ok[7];
    PhotoInk ink;
    ink.rgb = fields[0].toInt(&ok[0]) == 1;
    ink.peak.tacPct = fields[1].toDouble(&ok[1]);
    ink.peak.x = fields[2].toInt(&ok[2]);
    ink.peak.y = fields[3].toInt(&ok[3]);
    ink.samplePx = QSize(fields[4].toInt(&ok[4]), fields[5].toInt(&ok[5]));
    ink.cellPx = fields[6].toInt(&ok[6]);
    if (std::find(std::begin(ok), std::end(ok), false) != std::end(ok) || ink.cellPx < 1)
        return std::nullopt;
    return ink;
}

// The editor runs preflight after every layout: a photo is sampled again only when its
// file, its printed width or the profile changed. A command keeps its samples on disk
// too (`cacheDir`), keyed by the same and the profile's bytes.
PhotoInk cachedPhotoInk(const QString& path, double placedWidthPt, const OutputProfile& profile,
                        const QString& cacheDir) {
    static std::mutex mutex;
    static std::map<QString, PhotoInk> cache;
    const QFileInfo file(path);
    const QString key = QStringLiteral("%1|%2|%3|%4|%5|%6")
                            .arg(path)
                            .arg(file.lastModified().toMSecsSinceEpoch())
                            .arg(file.size())
                            .arg(placedWidthPt)
                            .arg(profile.path)
                            .arg(profile.data.size());
    {
        std::lock_guard lock(mutex);
        if (auto it = cache.find(key); it != cache.end())
            return it->second;
    }
    QString onDisk;
    if (!cacheDir.isEmpty()) {
        QCryptographicHash digest(QCryptographicHash::Sha256);
        digest.addData(key.toUtf8());
        digest.addData(profile.data);
        onDisk = QDir(cacheDir).filePath(QString::fromLatin1(digest.result().toHex()) +
                                         QStringLiteral(".ink"));
    }
    std::optional<PhotoInk> ink = onDisk.isEmpty() ? std::nullopt : readInkFile(onDisk);
    if (!ink) {
        ink = samplePhoto(path, placedWidthPt, profile);
        // A folder that cannot be written is no error: the photo is sampled next time.
        if (!onDisk.isEmpty() && QDir().mkpath(cacheDir)) {
            QSaveFile out(onDisk);
            if (out.open(QIODevice::WriteOnly)) {
                out.write(inkFileText(*ink).toUtf8());
                out.commit();
            }
        }
    }
    std::lock_guard lock(mutex);
    return cache.emplace(key, *ink).first->second;
}

}  // namespace

void checkPhotoInk(const EditionDisplay& display, const PreflightOptions& options,
                   const OutputProfile& profile, std::vector<Finding>* out) {
    std::set<QString> seen;  // a photo placed twice is reported once
    for (size_t p = 0; p < display.pages.size(); ++p) {
        for (const DisplayItem& item : display.pages[p].items) {
            const auto* image = std::get_if<ImageItem>(&item);
            if (!image || image->missing || !seen.insert(image->path).second)
                continue;
            const PhotoInk ink =
                cachedPhotoInk(image->path, image->placed.width, profile, options.photoInkCacheDir);
            if (!ink.rgb)
                continue;
            const QString name = QFileInfo(image->path).fileName();
            auto placed = [&](Finding f) {
                f.page = static_cast<int>(p);
                f.frameId = image->frameId;
                f.area = image->rect;
                return f;
            };
            out->push_back(placed(inkFinding(InkIssue::RgbPhoto, name, 0, options.inkLimitPct)));
            if (ink.peak.tacPct <= options.inkLimitPct)
                continue;
            // Where the peak lies on the page: its sample square within the placed image.
            Finding f = placed(
                inkFinding(InkIssue::PhotoOverLimit, name, ink.peak.tacPct, options.inkLimitPct));
            const double cellW = image->placed.width / ink.samplePx.width();
            const double cellH = image->placed.height / ink.samplePx.height();
            f.area =
                Rect{image->placed.x + ink.peak.x * cellW, image->placed.y + ink.peak.y * cellH,
                     cellW * ink.cellPx, cellH * ink.cellPx};
            out->push_back(f);
        }
    }
}

}  // namespace paiban
