// The page grid in the newsroom's terms (TYPOGRAPHY.md §7): paper presets in millimetres,
// basic columns (基本栏) of whole characters with a gutter in characters, the baseline
// grid of body lines; where a span of columns lies, how a span re-splits (破栏), and
// snapping a frame to columns and grid lines.
#pragma once

#include <string_view>
#include <vector>

#include "model/document.h"
#include "model/units.h"

namespace paiban {

inline constexpr double kPtPerMm = mmToPt(1);

// The em box of a body line stands 0.88 em above its baseline in Noto CJK: the first
// baseline sits that far below the top margin, so the first line's box meets the margin.
inline constexpr double kBodyAscentEm = 0.88;

struct PagePreset {
    std::string_view name;
    double widthMm, heightMm;
    int columns;         // basic columns
    int columnChars;     // characters of body type per basic column
    double gutterChars;  // between columns
    double bodySizePt;   // 小五
    double leadingPt;    // body line to line: the baseline grid
    double topMarginMm;
};

// 对开 broadsheet: 8 columns of 13 字 小五 with a 1-字 gutter (type area 351 mm);
// 4开 tabloid: half the sheet, 6 columns of 12 字.
const std::vector<PagePreset>& pagePresets();
const PagePreset* pagePreset(std::string_view name);

// A page of the preset, its type area centred across the sheet.
Page makePage(const PagePreset& preset);

// The width of the type area the grid's columns take.
double typeAreaWidth(const Page& page);
// A basic column's width: whole characters in character mode, else an equal share.
double columnWidth(const Page& page);
// The left edge and width of `count` basic columns from column `first` (0-based),
// gutters between them included: 13n + (n − 1) characters on a broadsheet.
Rect columnSpan(const Page& page, int first, int count);

// 破栏: a span of `totalChars` re-split into `columns` columns with `gutterChars` between
// them, in whole characters: (69 − 2) / 3 = 22 remainder 1.
struct Resplit {
    int charsPerColumn = 0;
    int remainder = 0;
};
Resplit resplit(int totalChars, int columns, int gutterChars = 1);

// The frame's edges moved to the nearest column edges, grid lines and guides (an edge already
// within `tolerancePt` of one, or the nearest if none is given).
Rect snapToGrid(const Page& page, const Rect& rect, double tolerancePt = -1);

}  // namespace paiban
