// The two breakers behind breakLines(); internal to breaking/.
#pragma once

#include "breaking/line_breaker.h"

namespace paiban {

// Both take at least one width (the last repeats) and a paragraph of at least one cluster.
std::vector<LineSpan> totalFitBreaks(const MeasuredParagraph& paragraph, const BreakParams& params);
std::vector<LineSpan> firstFitBreaks(const MeasuredParagraph& paragraph, const BreakParams& params);

}  // namespace paiban
