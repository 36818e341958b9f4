#include "breaking/line_breaker.h"

#include <limits>

#include "breaking/breakers.h"
#include "breaking/demerits.h"

namespace paiban {

double lineBadness(const LineMeasure& line, double width, double em, bool lastLine) {
    return demerits::badness(line, width, em, lastLine);
}

std::vector<LineSpan> breakLines(const MeasuredParagraph& paragraph, const BreakParams& params) {
    if (paragraph.clusterCount() == 0)
        return {};
    BreakParams checked = params;
    if (checked.lineWidths.empty())
        checked.lineWidths.push_back(std::numeric_limits<double>::max());
    if (checked.breaker == BreakerKind::FirstFit)
        return firstFitBreaks(paragraph, checked);
    return totalFitBreaks(paragraph, checked);
}

}  // namespace paiban
