// The costs the breakers weigh lines by: named, each with its reason. Shared by total-fit
// and first-fit; not part of the engine's API.
#pragma once

#include <algorithm>
#include <limits>

#include "breaking/justify.h"
#include "compose/measured_paragraph.h"

namespace paiban::demerits {

// Extra space between two characters above this is a visibly loose line (§5).
inline constexpr double kLooseGapEm = kLooseLineGapEm;
// Badness of a line whose even spacing reaches kLooseGapEm; it grows with the square.
inline constexpr double kLooseBadness = 100;
// Compressing punctuation to fit (push-in) is cheap but not free: at full compression it
// costs what a barely visible spread (about 0.01 em per gap) costs — push in first.
inline constexpr double kFullShrinkBadness = 4;
// Opening the word spaces and Han–Latin gaps to their limit (½ em) is visible, though
// designed to move: it costs what even spacing of about 0.027 em costs.
inline constexpr double kFullFiniteStretchBadness = 30;
// Every line costs something, so that the paragraph does not take more lines than needed.
inline constexpr double kLineDemerits = 10;
// A line's badness is capped here, at spacing of several em (a lone character in a wide
// measure scores the cap), so that the tiers below still dominate every line.
inline constexpr double kMaxBadness = 1e6;
// Tiers of demerits, each far above everything below it (a line costs at most
// (kLineDemerits + kMaxBadness)² ≈ 1e12), so that no amount of spacing trades against them:
// a 孤字 (last line with fewer than minLastLineChars characters) …
inline constexpr double kOrphanDemerits = 1e15;
// … a break where the rules prohibit one, taken only when nothing legal fits (a Latin
// word longer than the measure) …
inline constexpr double kProhibitedBreakDemerits = 1e18;
// … and a line wider than its measure even after all compression.
inline constexpr double kOverfullDemerits = 1e21;
// A hanging mark is a small blemish; used only when it spares a squeeze or a spread.
inline constexpr double kHangingDemerits = 20;
// Rounding slack when comparing widths in points.
inline constexpr double kFitTolerancePt = 1e-6;

inline bool fits(const LineMeasure& line, double width) {
    return line.natural - line.totalShrink() <= width + kFitTolerancePt;
}

// How bad a line set at `width` looks: squeezing costs little, spreading grows with the
// square of the even spacing it needs; the last line of a paragraph is free to be short.
// From the line's totals: natural width, what it may shrink and stretch (the finite
// levels), and its gaps for even spacing.
inline double badness(double natural, double shrink, double stretch, int evenGaps, double width,
                      double em, bool lastLine) {
    if (natural > width) {
        const double ratio = shrink > 0 ? (natural - width) / shrink : 1.0;
        return kFullShrinkBadness * std::min(ratio, 1.0);
    }
    if (lastLine)
        return 0;
    const double extra = width - natural;
    if (extra <= stretch)
        return stretch > 0 ? kFullFiniteStretchBadness * (extra / stretch) : 0;
    if (evenGaps == 0)
        return kMaxBadness;
    const double relative = (extra - stretch) / (evenGaps * kLooseGapEm * em);
    const double finiteBadness = stretch > 0 ? kFullFiniteStretchBadness : 0;
    return std::min(finiteBadness + kLooseBadness * relative * relative, kMaxBadness);
}

inline double badness(const LineMeasure& line, double width, double em, bool lastLine) {
    return badness(line.natural, line.totalShrink(), line.totalStretch(), line.evenGaps, width, em,
                   lastLine);
}

// The junction is read only for a discouraged break's penalty.
inline double breakDemerits(BreakClass breakClass, const Junction& j) {
    switch (breakClass) {
        case BreakClass::Allowed:
            return 0;
        case BreakClass::Discouraged:
            return j.penalty;
        case BreakClass::Never:
            return kProhibitedBreakDemerits;
    }
    return 0;
}

}  // namespace paiban::demerits
