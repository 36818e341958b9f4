#include "breaking/justify.h"

#include <algorithm>

namespace paiban {
namespace {

// Each level gives up its capacity in full before the next level starts (§5 order).
std::array<double, kShrinkLevelCount> shrinkRatios(const LineMeasure& m, double excess) {
    std::array<double, kShrinkLevelCount> ratio{};
    for (int k = 0; k < kShrinkLevelCount && excess > 0; ++k) {
        if (m.shrink[k] <= 0)
            continue;
        const double take = std::min(excess, m.shrink[k]);
        ratio[k] = take / m.shrink[k];
        excess -= take;
    }
    return ratio;
}

std::array<double, kStretchLevelCount> stretchRatios(const LineMeasure& m, double* room) {
    std::array<double, kStretchLevelCount> ratio{};
    for (int k = 0; k<kStretchLevelCount&& * room> 0; ++k) {
        if (m.stretch[k] <= 0)
            continue;
        const double take = std::min(*room, m.stretch[k]);
        ratio[k] = take / m.stretch[k];
        *room -= take;
    }
    return ratio;
}

}  // namespace

PlacedLine placeLine(const MeasuredParagraph& p, const LineSpan& span, double measure,
                     double indent, Alignment alignment, bool lastLine,
                     const std::shared_ptr<double[]>& positions,
                     const JunctionLevels*& levelsFrom) {
    const bool justify = alignment == Alignment::Justify && !lastLine;
    // The per-level breakdown is summed over the line only when a level will move: most
    // CJK lines take even spacing alone, or nothing.
    LineMeasure m = p.measureLineTotals(span.start, span.end, span.hangsLastMark);
    const bool levelsMove = m.natural > measure || (justify && m.stretchTotal > 0);
    MeasuredParagraph::LevelsRange levelsRange{};
    if (levelsMove) {
        levelsRange = p.levelsWithin(span.start, span.end, levelsFrom);
        levelsFrom = levelsRange.second;
        MeasuredParagraph::addLevels(m, levelsRange);
    }

    std::array<double, kShrinkLevelCount> shrink{};
    std::array<double, kStretchLevelCount> stretch{};
    double evenGap = 0;
    if (m.natural > measure) {
        shrink = shrinkRatios(m, m.natural - measure);
    } else if (justify) {
        double room = measure - m.natural;
        stretch = stretchRatios(m, &room);
        if (room > 0 && m.evenGaps > 0)
            evenGap = room / m.evenGaps;
    }

    const auto a = static_cast<size_t>(span.start), b = static_cast<size_t>(span.end);
    if (b <= a)
        return PlacedLine{span, m.natural, 0, 0, 0, evenGap, {}};  // no breaker makes one
    double* const clusterX = positions.get();
    // Start and justified lines begin at the indent; centred and end-aligned ones are
    // shifted once their width is known.
    const bool shiftAfter = alignment == Alignment::Center || alignment == Alignment::End;
    const double base = shiftAfter ? 0 : indent;
    const double* const origins = p.origins.data();
    // Its start trim, from the prefix record measuring the line has just read (the
    // cluster's own metrics would be one more cache line a line).
    clusterX[a] = base - (p.sums[a].lineStartKey - origins[a]);
    // Positions from the paragraph's origins (no sum along the line): even spacing adds
    // its gap for each even junction passed, and each junction whose levels move shifts
    // everything after it.
    double maxGap = 0;
    double shifted = 0;  // by the levels that move
    const int32_t* const evens = p.evensBefore.data();
    double start = clusterX[a] - origins[a] - evenGap * evens[a];
    size_t i = a + 1;
    bool evenOutsideLevels = false;  // an even junction with no levels of its own
    int evenWithLevels = 0;
    if (levelsMove) {
        for (const JunctionLevels* levels = levelsRange.first; levels != levelsRange.second;
             ++levels) {
            const size_t at = levels->junction;
            for (; i < at; ++i)
                clusterX[i] = start + origins[i] + evenGap * evens[i];
            double extra = 0;
            for (int k = 0; k < kShrinkLevelCount; ++k)
                extra -= levels->shrink[k] * shrink[k];
            for (int k = 0; k < kStretchLevelCount; ++k)
                extra += levels->stretch[k] * stretch[k];
            const bool takesEven = levels->evenStretch;
            evenWithLevels += takesEven;
            maxGap = std::max(maxGap, extra + (takesEven ? evenGap : 0));
            start += extra;
            shifted += extra;
        }
        evenOutsideLevels = m.evenGaps > evenWithLevels;
    } else {
        evenOutsideLevels = m.evenGaps > 0;
    }
    for (; i < b; ++i)
        clusterX[i] = start + origins[i] + evenGap * evens[i];
    if (evenOutsideLevels)
        maxGap = std::max(maxGap, evenGap);
    // Even spacing took up all the room left: the line is its measure by construction, and
    // must not pass it by a rounding (runaround lines touch the standoff exactly).
    // Otherwise its natural width (trims and a hung mark taken off) and what moved.
    const double width = evenGap > 0 ? measure : m.natural + shifted;

    double offset = indent;
    if (shiftAfter && (!justify || width < measure - 1e-6)) {
        if (alignment == Alignment::Center)
            offset += (measure - width) / 2;
        if (alignment == Alignment::End)
            offset += measure - width;
    }
    if (shiftAfter) {
        for (size_t i = a; i < b; ++i)
            clusterX[i] += offset;
    }
    // Built whole at the end: a PlacedLine made first and filled in is cleared with a
    // string instruction whose start-up cost was a tenth of placing a line.
    return PlacedLine{
        span, m.natural, width, offset, maxGap, evenGap, ClusterPositions(positions, a, b - a)};
}

}  // namespace paiban
