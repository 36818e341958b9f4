// A paragraph shaped once by HarfBuzz: its glyphs and its clusters (the smallest units
// that lines may break between), with advances in points. Shape once, break many: the
// breaker and the justifier only read this.
#pragma once

#include <QString>
#include <cstdint>
#include <string>
#include <vector>

#include "model/style.h"
#include "shaping/font_face.h"

namespace paiban {

class FontRegistry;

// The style of a span of a paragraph's text, as the shaper needs it.
struct StyledSpan {
    uint32_t start = 0, end = 0;  // UTF-16 offsets
    std::string fontFamily;
    int fontWeight = 400;
    double sizePt = 9;
    CmykColor color;
};

// A font at a size: what a glyph needs to be drawn.
struct FontRun {
    FontFacePtr face;
    double sizePt = 0;
    CmykColor color;
};

struct ShapedGlyph {
    uint32_t id = 0;
    float xAdvance = 0, xOffset = 0, yOffset = 0;  // points
};

struct ShapedCluster {
    uint32_t textStart = 0, textEnd = 0;    // UTF-16 offsets
    uint32_t glyphStart = 0, glyphEnd = 0;  // into ShapedParagraph::glyphs
    uint16_t run = 0;                       // into ShapedParagraph::runs
    char32_t cp = 0;                        // its first code point
    float advance = 0;                      // points
};

struct MissingGlyph {
    uint32_t codePoint = 0;  // code-point offset into the paragraph
    char32_t cp = 0;
};

struct ShapedParagraph {
    std::u16string text;
    std::vector<FontRun> runs;
    std::vector<ShapedGlyph> glyphs;
    std::vector<ShapedCluster> clusters;
    std::vector<MissingGlyph> missing;      // 缺字: code points no installed font covers
    std::vector<std::string> missingFonts;  // styled families not installed (fallback used)
};

// Itemizes by font coverage, style and script, and shapes each item with HarfBuzz
// (language zh-Hans, so `locl` picks Simplified forms). Spans must cover the text.
ShapedParagraph shapeParagraph(std::u16string text, const std::vector<StyledSpan>& spans,
                               FontRegistry& fonts);

// A QString's UTF-16 code units as the engine holds text.
inline std::u16string toU16String(const QString& s) {
    return std::u16string(reinterpret_cast<const char16_t*>(s.utf16()),
                          static_cast<size_t>(s.size()));
}

// Code-point offset of a UTF-16 offset in text.
uint32_t codePointOffset(std::u16string_view text, uint32_t utf16Offset);

}  // namespace paiban
