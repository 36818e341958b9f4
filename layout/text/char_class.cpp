#include "text/char_class.h"

#include <algorithm>
#include <string_view>

namespace paiban {
namespace {

// Each table is a u32 string so that a reader can compare it with TYPOGRAPHY.md.
constexpr std::u32string_view kOpeningBrackets = U"（《“‘【〔〖［｛「『〈〘｟([{";
constexpr std::u32string_view kClosingBrackets = U"）》”’】〕〗］｝」』〉〙｠)]}";
constexpr std::u32string_view kPauseMarks = U"，、；：";
constexpr std::u32string_view kFullStops = U"。．";
constexpr std::u32string_view kDividingMarks = U"！？‼⁇⁈⁉";
constexpr std::u32string_view kMiddleDots = U"·・‧";
constexpr std::u32string_view kDashes = U"—―⸺";
constexpr std::u32string_view kEllipses = U"…‥";
constexpr std::u32string_view kConnectors = U"～〜–-~/／";
constexpr std::u32string_view kNumberParts = U".,%％‰℃°";

// May not start a line at level basic (clreq 3.1.7, GB/T 15834).
constexpr std::u32string_view kNoLineStartBasic =
    U"、，。．：；！？‼⁇⁈⁉”’）》〉】〕〗］｝」』〙｠)]}～〜–—―·・‧/／";
// May not end a line at level basic.
constexpr std::u32string_view kNoLineEndBasic = U"“‘（《〈【〔〖［｛「『〘｟([{";
// gb adds: no solidus at the end of a line.
constexpr std::u32string_view kNoLineEndGbExtra = U"/／";
// strict adds (via ICU lb=strict and this table): the inseparables and the
// iteration/postfix marks off the line start.
constexpr std::u32string_view kNoLineStartStrictExtra = U"…‥⸺々〻％‰℃°‼⁉";

bool contains(std::u32string_view table, char32_t cp) {
    return table.find(cp) != std::u32string_view::npos;
}

bool isHanLike(char32_t cp) {
    return (cp >= 0x2E80 && cp <= 0x9FFF) ||    // radicals, CJK symbols, kana, ideographs
           (cp >= 0xAC00 && cp <= 0xD7AF) ||    // Hangul
           (cp >= 0xF900 && cp <= 0xFAFF) ||    // compatibility ideographs
           (cp >= 0xFF01 && cp <= 0xFF60) ||    // full-width forms (other than the tables)
           (cp >= 0x20000 && cp <= 0x3FFFF);    // ideograph extensions
}

}  // namespace

CharClass classify(char32_t cp) {
    if (contains(kOpeningBrackets, cp)) return CharClass::OpeningBracket;
    if (contains(kClosingBrackets, cp)) return CharClass::ClosingBracket;
    if (contains(kPauseMarks, cp)) return CharClass::PauseMark;
    if (contains(kFullStops, cp)) return CharClass::FullStop;
    if (contains(kDividingMarks, cp)) return CharClass::Dividing;
    if (contains(kMiddleDots, cp)) return CharClass::MiddleDot;
    if (contains(kDashes, cp)) return CharClass::Dash;
    if (contains(kEllipses, cp)) return CharClass::Ellipsis;
    if (contains(kConnectors, cp)) return CharClass::Connector;
    if (cp == U' ' || cp == 0x00A0 || cp == 0x3000) return CharClass::Space;
    if (cp >= U'0' && cp <= U'9') return CharClass::Digit;
    if (contains(kNumberParts, cp)) return CharClass::Digit;
    if (isHanLike(cp)) return CharClass::Han;
    if ((cp >= U'A' && cp <= U'Z') || (cp >= U'a' && cp <= U'z') || (cp >= 0xC0 && cp < 0x2000) ||
        cp == U'\'' || cp == U'&') {
        return CharClass::Latin;
    }
    return CharClass::Other;
}

bool isCompressiblePunctuation(CharClass cls) {
    switch (cls) {
        case CharClass::OpeningBracket:
        case CharClass::ClosingBracket:
        case CharClass::PauseMark:
        case CharClass::FullStop:
        case CharClass::Dividing:
        case CharClass::MiddleDot: return true;
        default: return false;
    }
}

bool isChinesePunctuation(CharClass cls) {
    return isCompressiblePunctuation(cls) || cls == CharClass::Dash || cls == CharClass::Ellipsis;
}

bool mayNotStartLine(char32_t cp, Kinsoku level) {
    switch (level) {
        case Kinsoku::None: return false;
        case Kinsoku::Basic:
        case Kinsoku::Gb: return contains(kNoLineStartBasic, cp);
        case Kinsoku::Strict:
            return contains(kNoLineStartBasic, cp) || contains(kNoLineStartStrictExtra, cp);
    }
    return false;
}

bool mayNotEndLine(char32_t cp, Kinsoku level) {
    switch (level) {
        case Kinsoku::None: return false;
        case Kinsoku::Basic: return contains(kNoLineEndBasic, cp);
        case Kinsoku::Gb:
        case Kinsoku::Strict: return contains(kNoLineEndBasic, cp) || contains(kNoLineEndGbExtra, cp);
    }
    return false;
}

bool isInseparablePair(char32_t before, char32_t after) {
    const bool dashes = contains(kDashes, before) && contains(kDashes, after);
    const bool ellipses = contains(kEllipses, before) && contains(kEllipses, after);
    return dashes || ellipses;
}

}  // namespace paiban
