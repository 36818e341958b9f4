// Line breaking: a pure function of (measured paragraph, width of each line, rules).
// Total-fit minimises the demerits of the whole paragraph (loose lines, push-outs,
// discouraged breaks, 孤字); first-fit fills each line in turn, pushing in before it
// pushes out (先挤进，后推出).
#pragma once

#include <vector>

#include "compose/measured_paragraph.h"

namespace paiban {

struct BreakParams {
    // Width of line 0, 1, …; the last entry repeats for all further lines (runaround
    // and the first-line indent give lines their own widths).
    std::vector<double> lineWidths;
    BreakerKind breaker = BreakerKind::TotalFit;
    int minLastLineChars = 2;  // no 孤字
    // Total-fit's first pass searches within bounds on the paragraph's demerits: the same
    // breaks as an exhaustive search, from fewer states. Off, it searches exhaustively
    // (for tests that check the two agree, and for measuring what the bounds save).
    bool boundedSearch = true;
};

struct LineSpan {
    int start = 0, end = 0;  // clusters [start, end)
    bool hangsLastMark = false;
    bool overfull = false;     // nothing legal fitted: the line is wider than its measure
    bool forcedBreak = false;  // broken where the rules prohibit: nothing legal fitted
};

std::vector<LineSpan> breakLines(const MeasuredParagraph& paragraph, const BreakParams& params);

// The demerits that the total-fit breaker gives one line: exposed for tests and tuning.
double lineBadness(const LineMeasure& line, double width, double em, bool lastLine);

}  // namespace paiban
