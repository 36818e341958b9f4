// Character classes of Chinese composition (clreq, jlreq) and the named tables built on
// them: which marks may not start or end a line at each kinsoku level, which pairs are
// inseparable. The composer asks these tables; it has no character lists of its own.
#pragma once

#include <cstdint>

#include "model/style.h"

namespace paiban {

enum class CharClass : uint8_t {
    Han,             // ideographs, kana, full-width forms: 1 em, no spare space
    OpeningBracket,  // （《“‘【〔〖［｛「『〈: ink on the right, spare on the left
    ClosingBracket,  // ）》”’】〕〗］｝」』〉: ink on the left, spare on the right
    PauseMark,       // ，、；：  compressible mid-line (reduction level 3)
    FullStop,        // 。．
    Dividing,        // ！？
    MiddleDot,       // ·・‧: ink in the centre, a quarter em spare on each side
    Dash,            // — ―  ⸺: —— never splits
    Ellipsis,        // … ‥: …… never splits
    Connector,       // ～ – - ~ /: no spacing is added around them
    Latin,           // letters and Latin punctuation inside words
    Digit,           // 0–9 and the parts of a number (. , %)
    Space,           // Latin word space
    Other,
};

// The CJK Unified Ideographs block: most of a Chinese page. All Han, in no prohibition
// table; the shaper and the class lookup answer them without asking further.
inline bool isUnifiedIdeograph(char32_t cp) {
    return cp >= 0x4E00 && cp <= 0x9FFF;
}

namespace detail {

// Everything the tables say of one code point, packed. The Basic Multilingual Plane is
// answered from a table derived once from the named tables (char_class.cpp), since the
// composer asks for every character.
struct CharInfo {
    CharClass cls = CharClass::Other;
    uint8_t noStart = 0;  // a bit per Kinsoku level
    uint8_t noEnd = 0;
    bool dash = false, ellipsis = false, ambiguousQuotation = false;
};

const CharInfo* buildBmpTable();       // 0x10000 entries, built once
CharInfo infoFromTables(char32_t cp);  // searches the named tables: beyond the BMP

// The unified ideographs are most of a Chinese page and lie scattered over 20,000 entries
// of the table, so that looking them up there misses the cache at almost every character:
// they are answered without it (tst_char_class checks the answer against the table).
inline constexpr CharInfo kUnifiedIdeographInfo{CharClass::Han, 0, 0, false, false, false};
inline CharInfo charInfo(char32_t cp) {
    if (isUnifiedIdeograph(cp))
        return kUnifiedIdeographInfo;
    static const CharInfo* const bmp = buildBmpTable();
    return cp < 0x10000 ? bmp[cp] : infoFromTables(cp);
}

inline uint8_t levelBit(Kinsoku level) {
    return static_cast<uint8_t>(1u << static_cast<unsigned>(level));
}

}  // namespace detail

inline CharClass classify(char32_t cp) {
    return detail::charInfo(cp).cls;
}

// The same, answered by searching the named tables: what classify()'s lookup table is
// derived from, kept for tests that check the two agree.
CharClass classifyFromTables(char32_t cp);

// True for the classes whose glyph is a full-width mark with spare space that
// punctuation adjustment may remove (标点挤压).
inline bool isCompressiblePunctuation(CharClass cls) {
    switch (cls) {
        case CharClass::OpeningBracket:
        case CharClass::ClosingBracket:
        case CharClass::PauseMark:
        case CharClass::FullStop:
        case CharClass::Dividing:
        case CharClass::MiddleDot:
            return true;
        default:
            return false;
    }
}

inline bool isChinesePunctuation(CharClass cls) {
    return isCompressiblePunctuation(cls) || cls == CharClass::Dash || cls == CharClass::Ellipsis;
}

// Line-start and line-end prohibition (避头尾), TYPOGRAPHY.md §1.
inline bool mayNotStartLine(char32_t cp, Kinsoku level) {
    return (detail::charInfo(cp).noStart & detail::levelBit(level)) != 0;
}
inline bool mayNotEndLine(char32_t cp, Kinsoku level) {
    return (detail::charInfo(cp).noEnd & detail::levelBit(level)) != 0;
}

// “ ” ‘ ’: quotation marks that UAX #14 before Unicode 15.1 (ICU 72) keeps glued to both
// neighbours; next to Chinese text they are brackets, and breaks follow the tables.
inline bool isAmbiguousQuotation(char32_t cp) {
    return detail::charInfo(cp).ambiguousQuotation;
}

// —— and …… (and their halves with each other) may never be split across lines.
inline bool isInseparablePair(char32_t before, char32_t after) {
    const detail::CharInfo a = detail::charInfo(before);
    const detail::CharInfo b = detail::charInfo(after);
    return (a.dash && b.dash) || (a.ellipsis && b.ellipsis);
}

}  // namespace paiban
