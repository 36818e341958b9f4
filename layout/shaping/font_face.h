// One face of a font file, shared by shaping (HarfBuzz), the screen (QRawFont) and PDF
// embedding, so that all three use the same outlines and metrics. A face of a .ttc
// collection is chosen by its index, found by name (the SC face of Noto CJK is not 0).
#pragma once

#include <QByteArray>
#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "shaping/zeroed_table.h"

struct hb_face_t;
struct hb_font_t;
struct hb_set_t;

namespace paiban {

struct GlyphInk {
    int xBearing = 0;  // font units, from the glyph origin to the left of the ink
    int width = 0;     // font units
    bool empty = true;
};

class FontFace {
public:
    // Opens face `index` of the file; nullptr when the file or face cannot be read.
    static std::shared_ptr<FontFace> open(const std::string& path, unsigned index);
    ~FontFace();
    FontFace(const FontFace&) = delete;
    FontFace& operator=(const FontFace&) = delete;

    const std::string& path() const { return path_; }
    unsigned index() const { return index_; }
    const std::string& familyName() const { return family_; }
    const std::string& styleName() const { return style_; }
    // A name for people and PDF font names: "NotoSerifCJKsc-Regular".
    const std::string& postScriptName() const { return postScriptName_; }
    unsigned unitsPerEm() const { return upem_; }
    int weight() const { return weight_; }  // OS/2 weight class: 400 regular, 700 bold
    // Ascender and descender of the ideographic em box, in em (0.88/-0.12 for Noto CJK).
    double ascent() const { return ascent_; }
    double descent() const { return descent_; }

    hb_face_t* hbFace() const { return face_; }
    // Scaled to units per em, with a cache in front of the cmap (glyph_cache.h): what
    // shaping uses.
    hb_font_t* hbFont() const { return font_; }

    // Inline: the shaper asks it for every character.
    bool covers(char32_t cp) const {
        if (cp >= 0x10000)
            return coversSupplementary(cp);
        const uint64_t* bits = bmpCoverage();
        return (bits[cp / 64] >> (cp % 64)) & 1;
    }
    // One bit per BMP code point, collected from the cmap on first use.
    const uint64_t* bmpCoverage() const {
        if (const uint64_t* bits = bmpBits_.load(std::memory_order_acquire))
            return bits;
        return collectCoverage();
    }
    uint32_t glyphFor(char32_t cp) const;  // 0 (.notdef) when not covered
    GlyphInk ink(uint32_t glyph) const;    // cached; thread-safe

    // The face as a standalone OpenType font (its tables copied out of a collection),
    // built once on first use: what QRawFont and font embedding load.
    const QByteArray& standaloneData() const;
    // One OpenType table of the face, e.g. "cmap": lets a renderer check that a font it
    // found by name is this very face.
    QByteArray table(const char tag[4]) const;

private:
    FontFace() = default;
    std::string path_;
    unsigned index_ = 0;
    std::string family_, style_, postScriptName_;
    unsigned upem_ = 1000;
    int weight_ = 400;
    double ascent_ = 0.88, descent_ = -0.12;
    hb_face_t* face_ = nullptr;
    hb_font_t* plainFont_ = nullptr;  // HarfBuzz's own font of the face
    hb_font_t* font_ = nullptr;       // plainFont_ with the glyph cache in front
    // Coverage, collected once from the cmap: covers() runs for every character shaped.
    const uint64_t* collectCoverage() const;
    bool coversSupplementary(char32_t cp) const;
    mutable std::mutex coverageMutex_;
    mutable std::vector<uint64_t> bmpCoverage_;              // one bit per BMP code point
    mutable std::atomic<const uint64_t*> bmpBits_{nullptr};  // bmpCoverage_, once complete
    mutable hb_set_t* coverage_ = nullptr;                   // all code points, for the rest
    mutable std::mutex mutex_;                               // guards standalone_
    // Ink extents by glyph id, filled on first use: one packed word a glyph, so that
    // threads may fill it at once without a lock (they compute the same value).
    std::unique_ptr<ZeroedAtomicTable<int64_t>> inkCache_;
    unsigned glyphCount_ = 0;
    mutable QByteArray standalone_;
};

using FontFacePtr = std::shared_ptr<FontFace>;

}  // namespace paiban
