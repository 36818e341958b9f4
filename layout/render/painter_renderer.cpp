#include "render/painter_renderer.h"

#include <QFont>
#include <QGlyphRun>
#include <QHash>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QRawFont>
#include <cmath>
#include <map>

#include "display/display_list.h"
#include "display/rule_strokes.h"

namespace paiban {
namespace {

// Discs of the path's width along its lines, `dashes[1]` apart, from each line's start.
void drawDots(QPainter& painter, const StrokePath& path, const QColor& color) {
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    const double pitch = path.dashes[1], r = path.widthPt / 2;
    const size_t n = path.points.size();
    for (size_t i = 0; i + 1 < n + (path.closed ? 1 : 0); ++i) {
        const QPointF a = path.points[i], b = path.points[(i + 1) % n];
        const double length = std::hypot(b.x() - a.x(), b.y() - a.y());
        for (double at = 0; pitch > 0 && at <= length; at += pitch) {
            const QPointF c = length > 0 ? a + (b - a) * (at / length) : a;
            painter.drawEllipse(c, r, r);
        }
    }
}

// A rule or border as rule_strokes lays it out, in the colour given.
void drawStrokes(QPainter& painter, const std::vector<StrokePath>& paths, const QColor& color) {
    for (const StrokePath& path : paths) {
        // Dots are zero-length dashes with round caps, which the raster engine leaves
        // out: drawn as discs at the pattern's pitch instead.
        if (path.roundCaps && path.dashes.size() == 2 && path.dashes[0] == 0) {
            drawDots(painter, path, color);
            continue;
        }
        painter.setBrush(Qt::NoBrush);
        QPen pen(color, path.widthPt, Qt::SolidLine, path.roundCaps ? Qt::RoundCap : Qt::FlatCap,
                 Qt::MiterJoin);
        if (!path.dashes.empty() && path.widthPt > 0) {
            // QPen counts dashes in pen widths.
            QList<qreal> pattern;
            for (double d : path.dashes)
                pattern << d / path.widthPt;
            pen.setDashPattern(pattern);
        }
        painter.setPen(pen);
        const QPolygonF polygon(QList<QPointF>(path.points.begin(), path.points.end()));
        if (path.closed)
            painter.drawPolygon(polygon);
        else
            painter.drawPolyline(polygon);
    }
}

// The face as QRawFont. Preferably through the font database, where Qt knows the file
// and face index and so can embed the font in a PDF; accepted only if its tables are
// this face's (a .ttc holds several faces with different cmaps). Otherwise the face's
// own bytes, which draw the same glyphs but reach a PDF as outlines.
QRawFont loadRawFont(const FontFace& face) {
    QFont font(QString::fromStdString(face.familyName()));
    font.setWeight(QFont::Weight(face.weight()));
    font.setStyleStrategy(QFont::NoFontMerging);
    QRawFont raw = QRawFont::fromFont(font);
    if (raw.isValid() && raw.fontTable("cmap") == face.table("cmap") &&
        raw.fontTable("head") == face.table("head")) {
        return raw;
    }
    raw.loadFromData(face.standaloneData(), 12, QFont::PreferNoHinting);
    return raw;
}

// Loading parses the font; keep one per face and size for the process. Painting
// happens on the GUI thread (or the one export thread), never concurrently.
const QRawFont& rawFontFor(const FontFacePtr& face, double sizePt) {
    static std::map<std::pair<const FontFace*, double>, QRawFont> fonts;
    static std::map<const FontFace*, QRawFont> loaded;
    auto key = std::make_pair(face.get(), sizePt);
    auto it = fonts.find(key);
    if (it != fonts.end())
        return it->second;
    auto base = loaded.find(face.get());
    if (base == loaded.end())
        base = loaded.emplace(face.get(), loadRawFont(*face)).first;
    QRawFont sized = base->second;
    sized.setPixelSize(sizePt);
    return fonts.emplace(key, sized).first->second;
}

// The image where layout placed it (fill, fit or manual), clipped to its frame.
void drawImage(QPainter& painter, const ImageItem& item) {
    const QRectF target(item.rect.x, item.rect.y, item.rect.width, item.rect.height);
    QImage image;
    if (!item.missing) {
        static QHash<QString, QImage> cache;
        auto it = cache.find(item.path);
        if (it == cache.end())
            it = cache.insert(item.path, QImage(item.path));
        image = it.value();
    }
    if (image.isNull()) {
        painter.fillRect(target, QColor(230, 230, 230));
        painter.setPen(QPen(QColor(150, 150, 150), 0.5));
        painter.drawRect(target);
        painter.drawLine(target.topLeft(), target.bottomRight());
        painter.drawLine(target.topRight(), target.bottomLeft());
        return;
    }
    painter.save();
    painter.setClipRect(target, Qt::IntersectClip);
    painter.drawImage(QRectF(item.placed.x, item.placed.y, item.placed.width, item.placed.height),
                      image);
    painter.restore();
}

struct ItemPainter {
    QPainter& painter;
    const RenderOptions& options;

    void operator()(const BoxItem& box) const {
        const QRectF r(box.rect.x, box.rect.y, box.rect.width, box.rect.height);
        if (box.fill)
            painter.fillRect(r, screenColour(*box.fill));
        if (box.stroke && box.strokeWidthPt > 0) {
            drawStrokes(painter, borderStrokes(box.rect, box.strokeWidthPt, box.strokeStyle),
                        screenColour(*box.stroke));
        }
    }
    void operator()(const ImageItem& image) const { drawImage(painter, image); }
    void operator()(const GlyphRunItem& run) const {
        if (run.glyphs.empty() || !run.face)
            return;
        QGlyphRun glyphs;
        glyphs.setRawFont(rawFontFor(run.face, run.sizePt));
        glyphs.setGlyphIndexes(QList<quint32>(run.glyphs.begin(), run.glyphs.end()));
        glyphs.setPositions(QList<QPointF>(run.positions.begin(), run.positions.end()));
        painter.setPen(screenColour(run.color));
        painter.drawGlyphRun(QPointF(0, 0), glyphs);
    }
    void operator()(const RuleItem& rule) const {
        drawStrokes(painter, ruleStrokes(rule.from, rule.to, rule.widthPt, rule.style),
                    screenColour(rule.color));
    }
    void operator()(const OversetMarkItem& mark) const {
        if (!options.screenMarks)
            return;
        // InDesign's red plus in a box, at the end of the thread: 8 pt, visible at any zoom
        // an editor proofs at without hiding the last line.
        const double s = 8;
        const QRectF box(mark.at.x() - s, mark.at.y() - s, s, s);
        painter.fillRect(box, Qt::white);
        painter.setPen(QPen(Qt::red, 0.8));
        painter.drawRect(box);
        painter.drawLine(QPointF(box.center().x(), box.top() + 2),
                         QPointF(box.center().x(), box.bottom() - 2));
        painter.drawLine(QPointF(box.left() + 2, box.center().y()),
                         QPointF(box.right() - 2, box.center().y()));
        // How much is left over, so the editor knows how much to cut (溢文 N 字).
        QFont font = painter.font();
        font.setPointSizeF(6);
        painter.setFont(font);
        const QString label = QStringLiteral("溢文 %1 字").arg(mark.characters);
        const QRectF text(box.left() - 60, box.bottom() + 1, 60 + s, 9);
        painter.fillRect(text, Qt::white);
        painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, label);
    }
};

}  // namespace

QColor screenColour(const CmykColor& c) {
    return QColor::fromCmykF(float(c.c), float(c.m), float(c.y), float(c.k)).toRgb();
}

void renderPage(QPainter& painter, const PageDisplayList& page, const RenderOptions& options) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    ItemPainter itemPainter{painter, options};
    for (const DisplayItem& item : page.items)
        std::visit(itemPainter, item);
    painter.restore();
}

}  // namespace paiban
