// A HarfBuzz font that remembers which glyph each BMP code point maps to, in front of a
// face's own HarfBuzz font.
//
// HarfBuzz 6 looks a code point up in a CJK face's format-12 cmap by a binary search over
// tens of thousands of groups, every time, with no cache: by perf, two fifths of
// HarfBuzz's time setting the sample (a quarter of the whole composer's). A newspaper
// uses a few thousand characters over and over, so each is searched once and then read
// from a table. Everything else (advances, extents, variation selectors, code points
// past the BMP) goes to the parent unchanged, so shaping gives the same glyphs either way.
#pragma once

struct hb_font_t;

namespace paiban {

// A sub-font of `parent` (same face, scale and settings) with the cache in front of its
// cmap; the caller owns it (hb_font_destroy). Thread-safe like any HarfBuzz font: threads
// may fill the cache at once, they write the same answers.
hb_font_t* createGlyphCachingFont(hb_font_t* parent);

}  // namespace paiban
