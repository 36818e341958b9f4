// Named paragraph and character styles. Every typesetting choice of TYPOGRAPHY.md that
// has a choice is a paragraph-style setting; the defaults here are the stated defaults.
#pragma once

#include <QJsonObject>
#include <cstdint>
#include <optional>
#include <string>

namespace paiban {

// Line-start/line-end prohibition (避头尾) levels, TYPOGRAPHY.md §1.
enum class Kinsoku : uint8_t { None, Basic, Gb, Strict };

// Hanging punctuation, TYPOGRAPHY.md §3.
enum class Hanging : uint8_t { Off, End };

enum class Alignment : uint8_t { Justify, Start, Center, End };

enum class BreakerKind : uint8_t { TotalFit, FirstFit };

// What a paragraph is to a reader (InDesign's export tagging): the e-paper and the tagged
// PDF read articles by it (articles/articles.h). A style that sets none has it worked
// out from its name (roleOfStyle).
enum class TextRole : uint8_t {
    Body,      // 正文, 导语, also any style whose name says nothing else
    Kicker,    // 引题 (肩题)
    Headline,  // 主题
    Subhead,   // 副题
    Byline,    // 作者, 本报记者 …
    Caption,   // 图片说明
    Other,     // 报头, 报眉, 页码, 转版 lines, labels: not part of an article's text
};

// A colour as the press sees it: CMYK fractions 0..1. Text defaults to 100 % K.
// A colour may name one of the edition's swatches (model/swatches.h) and a tint of it;
// its CMYK values are then the swatch's at that tint, kept up to date by
// resolveColours, so that whatever reads c, m, y, k sees what prints. Raw CMYK (files
// before swatches) names none.
struct CmykColor {
    double c = 0, m = 0, y = 0, k = 1;
    std::string swatch;    // empty: raw CMYK
    double tintPct = 100;  // of the swatch, 0..100
    friend bool operator==(const CmykColor&, const CmykColor&) = default;
};

struct ParagraphStyle {
    std::string name;
    std::string fontFamily = "Noto Serif CJK SC";
    int fontWeight = 400;          // CSS-like weight: 400 regular, 700 bold
    double sizePt = 9;             // 小五, the body size of a Chinese broadsheet
    double leadingPt = 0;          // baseline-to-baseline; 0 means 1.5 × size
    double firstLineIndentEm = 2;  // 2-字 indent, TYPOGRAPHY.md §6
    double spaceBeforePt = 0;
    double spaceAfterPt = 0;
    Alignment alignment = Alignment::Justify;
    Kinsoku kinsoku = Kinsoku::Gb;
    Hanging hanging = Hanging::Off;
    double latinGapEm = 0.25;  // Han–Latin/digit gap, TYPOGRAPHY.md §4
    bool trimLineStartBracket = true;
    bool widowControl = false;  // keep a paragraph's last line from opening a column
    // Headlines: lines of even length rather than a full line and a stub, broken between
    // words (ICU's dictionary) where a break between words is possible.
    bool balanceLines = false;
    bool breakBetweenWords = false;
    int minLastLineChars = 2;  // no 孤字
    BreakerKind breaker = BreakerKind::TotalFit;
    bool alignToGrid = true;  // body lines sit on the page's baseline grid
    CmykColor color;
    std::optional<TextRole> role;  // unset: from the name (roleOfStyle)

    // Fields a newer Paiban wrote that this one does not know: kept, written back.
    QJsonObject extra;

    double leading() const { return leadingPt > 0 ? leadingPt : sizePt * 1.5; }
    friend bool operator==(const ParagraphStyle&, const ParagraphStyle&) = default;
};

// Overrides on top of a paragraph style; unset fields inherit.
struct CharacterStyle {
    std::string name;
    std::optional<std::string> fontFamily;
    std::optional<int> fontWeight;
    std::optional<double> sizePt;
    std::optional<CmykColor> color;
    QJsonObject extra;  // fields of newer versions, kept
    friend bool operator==(const CharacterStyle&, const CharacterStyle&) = default;
};

const char* toString(Kinsoku);
const char* toString(Hanging);
const char* toString(Alignment);
const char* toString(BreakerKind);
const char* toString(TextRole);
std::optional<Kinsoku> kinsokuFromString(std::string_view);
std::optional<Hanging> hangingFromString(std::string_view);
std::optional<Alignment> alignmentFromString(std::string_view);
std::optional<BreakerKind> breakerFromString(std::string_view);
std::optional<TextRole> textRoleFromString(std::string_view);

}  // namespace paiban
