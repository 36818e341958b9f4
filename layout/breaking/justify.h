// Justification of one broken line (§5): reduce first, in the stated order, then expand
// (word spaces, Han–Latin gaps, then even spacing between all characters). The result
// is the x position of every cluster, so renderers never re-measure.
#pragma once

#include <memory>
#include <vector>

#include "breaking/line_breaker.h"

namespace paiban {

// Extra space between two characters above this (in em) makes a visibly loose line
// (TYPOGRAPHY.md §5); the breaker's badness and the loose-line diagnostic share it.
inline constexpr double kLooseLineGapEm = 0.05;

// The x positions of a line's clusters: a window on one array that all the lines of a
// paragraph share, so that setting a paragraph allocates once, not once a line.
class ClusterPositions {
public:
    ClusterPositions() = default;
    ClusterPositions(std::shared_ptr<const double[]> all, size_t first, size_t count)
        : all_(std::move(all)), first_(first), count_(count) {}
    double operator[](size_t i) const { return all_[first_ + i]; }
    size_t size() const { return count_; }

private:
    std::shared_ptr<const double[]> all_;
    size_t first_ = 0, count_ = 0;
};

struct PlacedLine {
    LineSpan span;
    double natural = 0;         // width before justification, after punctuation adjustment
    double width = 0;           // width as set (the measure for a justified line)
    double offset = 0;          // where the content starts, from the line's left edge
    double maxGap = 0;          // largest extra space justification put between two characters
    double evenGap = 0;         // the even inter-character spacing added
    ClusterPositions clusterX;  // origin of each cluster, from the line's left edge
    bool isLoose(double emPt) const { return maxGap > kLooseLineGapEm * emPt + 1e-9; }
};

// `measure` is the line's width (indent excluded, `offset` adds it back); `indent` shifts
// everything right; the last line of a justified paragraph is set at natural width. The
// clusters' x positions go into `positions` (one entry per cluster of the paragraph, shared
// by its lines) at the line's clusters. `levelsFrom` is where the line's junctions with
// levels are looked for in the paragraph's table (lines placed in order pass on what the
// last one left, so that none searches the table); the line moves it past its own.
PlacedLine placeLine(const MeasuredParagraph& paragraph, const LineSpan& span, double measure,
                     double indent, Alignment alignment, bool lastLine,
                     const std::shared_ptr<double[]>& positions, const JunctionLevels*& levelsFrom);

}  // namespace paiban
