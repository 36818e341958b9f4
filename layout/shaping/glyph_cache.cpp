#include "shaping/glyph_cache.h"

#include <hb.h>

#include <atomic>
#include <memory>

namespace paiban {
namespace {

constexpr unsigned kBmpSize = 0x10000;
// Glyph ids are 16-bit and a face has at most 65,535 glyphs (0 … 65,534), so the
// largest value never names a glyph: it marks a code point not yet looked up.
constexpr uint16_t kNotLookedUp = 0xFFFF;
// A code point the cmap does not map is remembered as glyph 0 (.notdef), which HarfBuzz
// reports as "no glyph".
constexpr uint16_t kUnmapped = 0;

struct NominalGlyphs {
    NominalGlyphs() : glyphs(new std::atomic<uint16_t>[kBmpSize]) {
        for (unsigned cp = 0; cp < kBmpSize; ++cp)
            glyphs[cp].store(kNotLookedUp, std::memory_order_relaxed);
    }
    // Relaxed: every thread that looks a code point up stores the same glyph.
    std::unique_ptr<std::atomic<uint16_t>[]> glyphs;
};

bool lookUp(hb_font_t* font, const NominalGlyphs& cache, hb_codepoint_t unicode,
            hb_codepoint_t* glyph) {
    if (unicode < kBmpSize) {
        const uint16_t known = cache.glyphs[unicode].load(std::memory_order_relaxed);
        if (known != kNotLookedUp) {
            *glyph = known;
            return known != kUnmapped;
        }
    }
    const bool found = hb_font_get_nominal_glyph(hb_font_get_parent(font), unicode, glyph);
    if (unicode < kBmpSize && (!found || (*glyph != kUnmapped && *glyph < kNotLookedUp))) {
        cache.glyphs[unicode].store(found ? static_cast<uint16_t>(*glyph) : kUnmapped,
                                    std::memory_order_relaxed);
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
