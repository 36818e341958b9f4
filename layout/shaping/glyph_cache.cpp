#include "shaping/glyph_cache.h"

#include <hb.h>

#include <atomic>
#include <memory>

#include "shaping/zeroed_table.h"

namespace paiban {
namespace {

constexpr unsigned kBmpSize = 0x10000;
// Each entry holds the glyph plus one, so that the table starts as zeros (its pages
// untouched until used: shaping/zeroed_table.h) and zero means not looked up yet. Glyph
// ids are 16-bit and a face has at most 65,535 glyphs (0 … 65,534), so glyph + 1 fits.
constexpr uint16_t kNotLookedUp = 0;
// A code point the cmap does not map is remembered as glyph 0 (.notdef), which HarfBuzz
// reports as "no glyph".
constexpr uint16_t kUnmapped = 0;
constexpr hb_codepoint_t kLargestCachedGlyph = 0xFFFE;

struct NominalGlyphs {
    // Every thread that looks a code point up stores the same glyph.
    ZeroedAtomicTable<uint16_t> glyphsPlusOne{kBmpSize};
};

bool lookUp(hb_font_t* font, const NominalGlyphs& cache, hb_codepoint_t unicode,
            hb_codepoint_t* glyph) {
    if (unicode < kBmpSize) {
        const uint16_t known = cache.glyphsPlusOne.load(unicode);
        if (known != kNotLookedUp) {
            *glyph = known - 1u;
            return *glyph != kUnmapped;
        }
    }
    const bool found = hb_font_get_nominal_glyph(hb_font_get_parent(font), unicode, glyph);
    if (unicode < kBmpSize && (!found || (*glyph != kUnmapped && *glyph <= kLargestCachedGlyph))) {
        cache.glyphsPlusOne.store(unicode, static_cast<uint16_t>((found ? *glyph : kUnmapped) + 1));
    }
    return found;
}

hb_bool_t nominalGlyph(hb_font_t* font, void* fontData, hb_codepoint_t unicode,
                       hb_codepoint_t* glyph, void* /*userData*/) {
    return lookUp(font, *static_cast<const NominalGlyphs*>(fontData), unicode, glyph);
}

// HarfBuzz asks for a whole buffer at once and expects the count found before the first
// code point without a glyph.
unsigned nominalGlyphs(hb_font_t* font, void* fontData, unsigned count,
                       const hb_codepoint_t* firstUnicode, unsigned unicodeStride,
                       hb_codepoint_t* firstGlyph, unsigned glyphStride, void* /*userData*/) {
    const auto& cache = *static_cast<const NominalGlyphs*>(fontData);
    const auto* unicode = reinterpret_cast<const char*>(firstUnicode);
    auto* glyph = reinterpret_cast<char*>(firstGlyph);
    for (unsigned i = 0; i < count; ++i) {
        if (!lookUp(font, cache, *reinterpret_cast<const hb_codepoint_t*>(unicode),
                    reinterpret_cast<hb_codepoint_t*>(glyph)))
            return i;
        unicode += unicodeStride;
        glyph += glyphStride;
    }
    return count;
}

hb_font_funcs_t* cachingFuncs() {
    static hb_font_funcs_t* const funcs = [] {
        hb_font_funcs_t* f = hb_font_funcs_create();
        hb_font_funcs_set_nominal_glyph_func(f, nominalGlyph, nullptr, nullptr);
        hb_font_funcs_set_nominal_glyphs_func(f, nominalGlyphs, nullptr, nullptr);
        hb_font_funcs_make_immutable(f);
        return f;
    }();
    return funcs;
}

}  // namespace

hb_font_t* createGlyphCachingFont(hb_font_t* parent) {
    hb_font_t* font = hb_font_create_sub_font(parent);
    hb_font_set_funcs(font, cachingFuncs(), new NominalGlyphs,
                      [](void* data) { delete static_cast<NominalGlyphs*>(data); });
    return font;
}

}  // namespace paiban
