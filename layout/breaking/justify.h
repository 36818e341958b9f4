// Justification of one broken line (§5): reduce first, in the stated order, then expand
// (word spaces, Han–Latin gaps, then even spacing between all characters). The result
// is the x position of every cluster, so renderers never re-measure.
#pragma once

#include <vector>

#include "breaking/line_breaker.h"

namespace paiban {

// Extra space between two characters above this (in em) makes a visibly loose line
// (TYPOGRAPHY.md §5); the breaker's badness and the loose-line diagnostic share it.
inline constexpr double kLooseLineGapEm = 0.05;

struct PlacedLine {
    LineSpan span;
    double natural = 0;            // width before justification, after punctuation adjustment
    double width = 0;              // width as set (the measure for a justified line)
    double offset = 0;             // where the content starts, from the line's left edge
    double maxGap = 0;             // largest extra space justification put between two characters
    double evenGap = 0;            // the even inter-character spacing added
    std::vector<double> clusterX;  // origin of each cluster, from the line's left edge
    bool isLoose(double emPt) const { return maxGap > kLooseLineGapEm * emPt + 1e-9; }
};

// `measure` is the line's width (indent excluded, `offset` adds it back); `indent` shifts
// everything right; the last line of a justified paragraph is set at natural width.
PlacedLine placeLine(const MeasuredParagraph& paragraph, const LineSpan& span, double measure,
                     double indent, Alignment alignment, bool lastLine);

}  // namespace paiban
