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

CharClass classify(char32_t cp);
// The same, answered by searching the named tables: what classify()'s lookup table is
// derived from, kept for tests that check the two agree.
CharClass classifyFromTables(char32_t cp);

// True for the classes whose glyph is a full-width mark with spare space that
// punctuation adjustment may remove (标点挤压).
bool isCompressiblePunctuation(CharClass cls);
bool isChinesePunctuation(CharClass cls);

// Line-start and line-end prohibition (避头尾), TYPOGRAPHY.md §1.
bool mayNotStartLine(char32_t cp, Kinsoku level);
bool mayNotEndLine(char32_t cp, Kinsoku level);
// “ ” ‘ ’: quotation marks that UAX #14 before Unicode 15.1 (ICU 72) keeps glued to both
// neighbours; next to Chinese text they are brackets, and breaks follow the tables.
bool isAmbiguousQuotation(char32_t cp);
// —— and …… (and their halves with each other) may never be split across lines.
bool isInseparablePair(char32_t before, char32_t after);

}  // namespace paiban
