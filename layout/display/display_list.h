// The display list of a page: everything the page shows, positioned, in drawing order.
// Screen (QPainter), print and PDF all draw this same list, so what the editor shows is
// what the press gets; no renderer re-shapes or re-breaks text.
#pragma once

#include <QPointF>
#include <QSize>
#include <QString>
#include <variant>
#include <vector>

#include "display/line_index.h"
#include "model/diagnostic.h"
#include "model/document.h"
#include "shaping/font_face.h"

namespace paiban {

// Glyphs of one face at one size and colour, at absolute page positions (baseline, pt).
struct GlyphRunItem {
    FontFacePtr face;
    double sizePt = 0;
    CmykColor color;
    std::vector<uint32_t> glyphs;
    std::vector<QPointF> positions;
    // The characters the glyphs stand for, and for each glyph the offset of its cluster
    // in `text` (a cluster runs to the next cluster's offset, the last to the end):
    // what a PDF's ToUnicode map and text search are built from.
    QString text;
    std::vector<uint32_t> clusters;
    // Whose text it is, for a tagged PDF: the story, its paragraph (−1: a line the flow
    // adds, such as a 转版 jump line, which is not the story's text), its line's place in
    // the story's reading order (a story's lines on a page may be drawn out of it, when a
    // later frame of its thread lies lower in the stacking order), and whether the story
    // is a master item's (报头, 报眉: the page's furniture, not an article's).
    QString storyId;
    int paragraph = -1;
    int line = -1;
    bool masterItem = false;
};

struct RuleItem {
    QPointF from, to;
    double widthPt = 0.5;
    CmykColor color;
    RuleStyle style = RuleStyle::Solid;
};

struct BoxItem {
    Rect rect;
    std::optional<CmykColor> fill;
    std::optional<CmykColor> stroke;
    double strokeWidthPt = 0;
    RuleStyle strokeStyle = RuleStyle::Solid;
};

struct ImageItem {
    Rect rect;     // the frame: the image is clipped to it
    Rect placed;   // where the whole image lies, beyond the frame where it is cropped
    QString path;  // absolute
    QString frameId;
    bool missing = false;          // not found, not an image Qt can read, or too large to open
    bool tooLarge = false;         // refused: more pixels than anyone should decode
    QSize pixels;                  // the image's size in pixels, when readable
    double effectivePpi() const {  // pixels per inch as printed
        return placed.width > 0 ? pixels.width() / (placed.width / 72.0) : 0;
    }
};

// Marks that only the editor shows (never print or PDF): overset text, frame edges.
struct OversetMarkItem {
    QPointF at;  // bottom-right corner of the last frame of the thread
    QString storyId;
    int characters = 0;  // how many are left over (溢文 N 字)
};

using DisplayItem = std::variant<BoxItem, ImageItem, GlyphRunItem, RuleItem, OversetMarkItem>;

struct PageDisplayList {
    QString name;
    double widthPt = 0, heightPt = 0;
    std::vector<DisplayItem> items;
};

// A layout as the editor and the exporters see it: every page's display list, where each
// story's text stands (for hit testing and the caret), and what the layout reported.
struct EditionDisplay {
    std::vector<PageDisplayList> pages;
    LineIndex lines;
    Diagnostics diagnostics;
    // The edition's swatches: what a colour's swatch name means to a backend (a spot
    // colour is a plate of its own in the press PDF).
    std::vector<Swatch> swatches;
};

}  // namespace paiban
