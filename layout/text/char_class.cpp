#include "text/char_class.h"

#include <string_view>
#include <vector>

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
// Half-width parts of a number: no Han–Latin gap inside 91.33% (full-width ％ is a
// symbol of its own, spaced like the Han around it).
constexpr std::u32string_view kNumberParts = U".,%‰℃°";
constexpr std::u32string_view kAmbiguousQuotations = U"“”‘’";

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
    return (cp >= 0x2E80 && cp <= 0x9FFF) ||  // radicals, CJK symbols, kana, ideographs
           (cp >= 0xAC00 && cp <= 0xD7AF) ||  // Hangul
           (cp >= 0xF900 && cp <= 0xFAFF) ||  // compatibility ideographs
           (cp >= 0xFF01 && cp <= 0xFF60) ||  // full-width forms (other than the tables)
           (cp >= 0x20000 && cp <= 0x3FFFF);  // ideograph extensions
}

}  // namespace

// The class of a code point, straight from the tables above.
CharClass classifyFromTables(char32_t cp) {
    if (contains(kOpeningBrackets, cp))
        return CharClass::OpeningBracket;
    if (contains(kClosingBrackets, cp))
        return CharClass::ClosingBracket;
    if (contains(kPauseMarks, cp))
        return CharClass::PauseMark;
    if (contains(kFullStops, cp))
        return CharClass::FullStop;
    if (contains(kDividingMarks, cp))
        return CharClass::Dividing;
    if (contains(kMiddleDots, cp))
        return CharClass::MiddleDot;
    if (contains(kDashes, cp))
        return CharClass::Dash;
    if (contains(kEllipses, cp))
        return CharClass::Ellipsis;
    if (contains(kConnectors, cp))
        return CharClass::Connector;
    if (cp == U' ' || cp == 0x00A0 || cp == 0x3000)
        return CharClass::Space;
    if (cp >= U'0' && cp <= U'9')
        return CharClass::Digit;
    if (contains(kNumberParts, cp))
        return CharClass::Digit;
    if (isHanLike(cp))
        return CharClass::Han;
    if ((cp >= U'A' && cp <= U'Z') || (cp >= U'a' && cp <= U'z') || (cp >= 0xC0 && cp < 0x2000) ||
        cp == U'\'' || cp == U'&') {
        return CharClass::Latin;
    }
    return CharClass::Other;
}

using detail::CharInfo;
using detail::levelBit;

CharInfo detail::infoFromTables(char32_t cp) {
    CharInfo info;
    info.cls = classifyFromTables(cp);
    if (contains(kNoLineStartBasic, cp))
        info.noStart |=
            levelBit(Kinsoku::Basic) | levelBit(Kinsoku::Gb) | levelBit(Kinsoku::Strict);
    if (contains(kNoLineStartStrictExtra, cp))
        info.noStart |= levelBit(Kinsoku::Strict);
    if (contains(kNoLineEndBasic, cp))
        info.noEnd |= levelBit(Kinsoku::Basic) | levelBit(Kinsoku::Gb) | levelBit(Kinsoku::Strict);
    if (contains(kNoLineEndGbExtra, cp))
        info.noEnd |= levelBit(Kinsoku::Gb) | levelBit(Kinsoku::Strict);
    info.dash = contains(kDashes, cp);
    info.ellipsis = contains(kEllipses, cp);
    info.ambiguousQuotation = contains(kAmbiguousQuotations, cp);
    return info;
}

// The composer asks these questions for every character: the Basic Multilingual Plane
// is answered from a table derived once from the named tables (64 K entries), by ranges
// first and then each table's own characters, so that building it costs well under a
// millisecond.
namespace {

std::vector<CharInfo> deriveBmpTable() {
    std::vector<CharInfo> table(0x10000);
    for (char32_t c = 0; c < 0x10000; ++c) {
        CharClass& cls = table[c].cls;
        if (isHanLike(c))
            cls = CharClass::Han;
        else if ((c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || (c >= 0xC0 && c < 0x2000))
            cls = CharClass::Latin;
    }
    // Later assignments win, in the reverse order of classifyFromTables' tests.
    auto mark = [&](std::u32string_view chars, CharClass cls) {
        for (char32_t c : chars)
            table[c].cls = cls;
    };
    table[U'\''].cls = table[U'&'].cls = CharClass::Latin;
    mark(kNumberParts, CharClass::Digit);
    for (char32_t c = U'0'; c <= U'9'; ++c)
        table[c].cls = CharClass::Digit;
    mark(U" \u00A0\u3000", CharClass::Space);
    mark(kConnectors, CharClass::Connector);
    mark(kEllipses, CharClass::Ellipsis);
    mark(kDashes, CharClass::Dash);
    mark(kMiddleDots, CharClass::MiddleDot);
    mark(kDividingMarks, CharClass::Dividing);
    mark(kFullStops, CharClass::FullStop);
    mark(kPauseMarks, CharClass::PauseMark);
    mark(kClosingBrackets, CharClass::ClosingBracket);
    mark(kOpeningBrackets, CharClass::OpeningBracket);
    const uint8_t allLevels =
        levelBit(Kinsoku::Basic) | levelBit(Kinsoku::Gb) | levelBit(Kinsoku::Strict);
    for (char32_t c : kNoLineStartBasic)
        table[c].noStart |= allLevels;
    for (char32_t c : kNoLineStartStrictExtra)
        table[c].noStart |= levelBit(Kinsoku::Strict);
    for (char32_t c : kNoLineEndBasic)
        table[c].noEnd |= allLevels;
    for (char32_t c : kNoLineEndGbExtra)
        table[c].noEnd |= levelBit(Kinsoku::Gb) | levelBit(Kinsoku::Strict);
    for (char32_t c : kDashes)
        table[c].dash = true;
    for (char32_t c : kEllipses)
        table[c].ellipsis = true;
    for (char32_t c : kAmbiguousQuotations)
        table[c].ambiguousQuotation = true;
    return table;
}

}  // namespace

const CharInfo* detail::buildBmpTable() {
    static const std::vector<CharInfo> table = deriveBmpTable();
    return table.data();
}

}  // namespace paiban
