#include "breaking/breakers.h"
#include "breaking/demerits.h"

namespace paiban {

using demerits::fits;
using demerits::kFitTolerancePt;

// First-fit: the longest line that fits, if its end may break; else push in (compress
// to take the prohibited characters); else push out (break earlier and spread).
std::vector<LineSpan> firstFitBreaks(const MeasuredParagraph& p, const BreakParams& params) {
    std::vector<LineSpan> lines;
    const int n = p.clusterCount();
    const int lastWidth = static_cast<int>(params.lineWidths.size()) - 1;
    int start = 0;
    while (start < n) {
        const double width = params.lineWidths[static_cast<size_t>(
            std::min<int>(static_cast<int>(lines.size()), lastWidth))];
        auto breakable = [&](int b) {
            return b == n || p.breakClasses[static_cast<size_t>(b)] != BreakClass::Never;
        };
        // The furthest end whose natural width fits.
        int naturalEnd = start + 1;
        while (naturalEnd < n && p.naturalWidth(start, naturalEnd + 1) <= width + kFitTolerancePt) {
            ++naturalEnd;
        }
        int end = -1;
        bool hang = false;
        if (breakable(naturalEnd)) {
            end = naturalEnd;
        } else {
            for (int b = naturalEnd + 1; b <= n && end < 0; ++b) {  // push in
                const LineMeasure m = p.measureLineTotals(start, b);
                if (!fits(m, width)) {
                    if (p.mayHangAt(b) && breakable(b) &&
                        fits(p.measureLineTotals(start, b, true), width)) {
                        end = b;
                        hang = true;
                    }
                    break;
                }
                if (breakable(b))
                    end = b;
            }
            for (int b = naturalEnd - 1; end < 0 && b > start; --b) {  // push out
                if (breakable(b))
                    end = b;
            }
        }
        LineSpan span{start, end, hang, false, false};
        if (end < 0) {  // nothing legal: break where the width ends
            span.end = naturalEnd;
            span.forcedBreak = true;
        }
        span.overfull = !fits(p.measureLineTotals(span.start, span.end, span.hangsLastMark), width);
        lines.push_back(span);
        start = span.end;
    }
    // 孤字: pull characters down from the line above, one legal break at a time.
    if (lines.size() >= 2) {
        LineSpan& last = lines.back();
        LineSpan& above = lines[lines.size() - 2];
        while (p.measureLineTotals(last.start, last.end).characters < params.minLastLineChars) {
            int b = above.end - 1;
            while (b > above.start && p.breakClasses[static_cast<size_t>(b)] == BreakClass::Never)
                --b;
            if (b <= above.start)
                break;
            above.end = b;
            above.hangsLastMark = false;
            last.start = b;
        }
    }
    return lines;
}

}  // namespace paiban
