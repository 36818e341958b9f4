// Document swatches: the edition's named colours. Process colours print on the CMYK
// plates; a spot colour prints on a plate of its own, with a CMYK alternate for the
// screen, proofs and presses without that ink. A colour anywhere in the document (styles,
// box fill and border, rule stroke) may name a swatch and a tint of it (CmykColor).
#pragma once

#include <QString>
#include <string>
#include <string_view>
#include <vector>

#include "model/style.h"

namespace paiban {

struct Edition;
struct Frame;

struct Swatch {
    std::string name;
    CmykColor cmyk;     // process values, or a spot colour's alternate (names no swatch)
    bool spot = false;  // a plate of its own (Separation in the press PDF)
    friend bool operator==(const Swatch&, const Swatch&) = default;
};

// Names a spot colour may not take: the process plates' (Cyan, Magenta, Yellow, Black)
// and those PDF keeps for all plates (All) and none (None).
bool isReservedSpotName(std::string_view name);

// What a new document and a document from before swatches get: 黑 (K100), 报红
// (M100 Y100, the newspaper red), 底纹 (K10, the tint behind boxed text) and 白 (no ink:
// paper, for 反白 text on a filled box).
std::vector<Swatch> defaultSwatches();

const Swatch* findSwatch(const std::vector<Swatch>& swatches, std::string_view name);

// The colour that names `swatch` at `tintPct` (0..100), its CMYK values filled in.
CmykColor swatchColor(const Swatch& swatch, double tintPct = 100);

// Every colour of the edition that names a swatch gets that swatch's values at its tint
// again (after a load or a change to a swatch). Colours naming no swatch are left alone.
void resolveColours(Edition& edition);

// Where a swatch is used, for people: "paragraph style 正文", "frame p1-box".
QStringList swatchUses(const Edition& edition, std::string_view name);

// Total area coverage (TAC): the sum of the four inks, in percent (C100 M100 Y100 K100
// is 400 %).
double totalAreaCoverage(const CmykColor& color);

// 100 % K and nothing else, of no spot: the black that overprints on press.
bool isSolidBlack(const CmykColor& color);

// A frame just drawn gets colours that show: a rule 黑, a box a 底纹 fill (a box with
// neither fill nor border would be invisible). Raw K100 or K10 where the document has no
// such swatch.
void giveDrawnFrameColours(Frame& frame, const std::vector<Swatch>& swatches);

// Why a swatch cannot be added or changed to `swatch` (replacing `replacing`, empty for a
// new one): a code for the editor to word, or None.
enum class SwatchRefusal : uint8_t { None, NoName, NameTaken, ReservedSpotName, NoSuchSwatch };
SwatchRefusal checkSwatch(const Edition& edition, const Swatch& swatch,
                          std::string_view replacing = {});

// The swatch edits of the Swatches panel. Each returns false, changing nothing, with a
// sentence in *why when it cannot: a duplicate or empty name, no such swatch, a swatch
// still in use.
bool addSwatch(Edition& edition, const Swatch& swatch, QString* why);
// Replaces the swatch `name` (its values, kind and maybe its name: every colour naming
// it follows) and resolves the edition's colours again.
bool changeSwatch(Edition& edition, std::string_view name, const Swatch& swatch, QString* why);
// Deletes an unused swatch; refuses one in use, naming where.
bool deleteSwatch(Edition& edition, std::string_view name, QString* why);

}  // namespace paiban
