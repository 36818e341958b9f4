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
    if (params.lineWidths.empty()) {
        BreakParams unbounded = params;
        unbounded.lineWidths.push_back(std::numeric_limits<double>::max());
        return breakLines(paragraph, unbounded);
    }
    if (params.breaker == BreakerKind::FirstFit)
        return firstFitBreaks(paragraph, params);
    return totalFitBreaks(paragraph, params);
}

}  // namespace paiban
