#include "breaking/line_breaker.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace paiban {
namespace {

// Extra space between two characters above this is a visibly loose line (§5).
constexpr double kLooseGapEm = 0.05;
// Badness of a line whose even spacing reaches kLooseGapEm; it grows with the square.
constexpr double kLooseBadness = 100;
// Compressing punctuation to fit (push-in) is cheap but not free: at full compression it
// costs what a barely visible spread (about 0.02 em per gap) costs.
constexpr double kFullShrinkBadness = 4;
// Using the word-space and Han–Latin elasticity fully costs little: it is designed to move.
constexpr double kFullFiniteStretchBadness = 30;
// Every line costs something, so that the paragraph does not take more lines than needed.
constexpr double kLineDemerits = 10;
// A line's badness is capped here, at spacing of several em (a lone character in a wide
// measure scores the cap), so that the tiers below still dominate every line.
constexpr double kMaxBadness = 1e6;
// Tiers of demerits, each far above everything below it (a line costs at most
// (kLineDemerits + kMaxBadness)² ≈ 1e12), so that no amount of spacing trades against them:
// a 孤字 (last line with fewer than minLastLineChars characters) …
constexpr double kOrphanDemerits = 1e15;
// … a break where the rules prohibit one, taken only when nothing legal fits (a Latin
// word longer than the measure) …
constexpr double kProhibitedBreakDemerits = 1e18;
// … and a line wider than its measure even after all compression.
constexpr double kOverfullDemerits = 1e21;
// A hanging mark is a small blemish; used only when it spares a squeeze or a spread.
constexpr double kHangingDemerits = 20;
// Lines shorter than their measure by more than this (in em, or this fraction of the
// measure, whichever is more) are too loose to consider while a fuller line ends at the
// same break: pruning them keeps total-fit's work per character small.
constexpr double kLooseLimitEm = 2;
constexpr double kLooseLimitFraction = 0.125;

double evenGapFor(const LineMeasure& line, double width) {
    const double extra = width - line.natural - line.totalStretch();
    if (extra <= 0) return 0;
    return line.evenGaps > 0 ? extra / line.evenGaps : std::numeric_limits<double>::infinity();
}

inline double badnessOf(const LineMeasure& line, double width, double em, bool lastLine) {
    if (line.natural > width) {
        const double shrink = line.totalShrink();
        const double ratio = shrink > 0 ? (line.natural - width) / shrink : 1.0;
        return kFullShrinkBadness * std::min(ratio, 1.0);
    }
    if (lastLine) return 0;
    const double extra = width - line.natural;
    const double finite = line.totalStretch();
    double badness = finite > 0 ? kFullFiniteStretchBadness * std::min(extra / finite, 1.0) : 0;
    const double gap = evenGapFor(line, width);
    if (std::isinf(gap)) return kMaxBadness;
    const double relative = gap / (kLooseGapEm * em);
    return badness + kLooseBadness * relative * relative;
}

// Rounding slack when comparing widths in points.
constexpr double kFitTolerancePt = 1e-6;

bool fits(const LineMeasure& line, double width) {
    return line.natural - line.totalShrink() <= width + kFitTolerancePt;
}

double breakDemerits(const Junction& j) {
    switch (j.breakClass) {
        case BreakClass::Allowed: return 0;
        case BreakClass::Discouraged: return j.penalty;
        case BreakClass::Never: return kProhibitedBreakDemerits;
    }
    return 0;
}

struct Node {
    int position;  // the line after this node starts at this cluster
    int line;      // index of that line, capped at the last distinct width
    double demerits;
    int previous;  // node index, -1 for the paragraph start
    bool hang;     // the line ending at this node hangs its last mark
    bool overfull;
};

struct Candidate {
    double demerits;
    bool hang;
    bool overfull;
};

class TotalFit {
public:
    TotalFit(const MeasuredParagraph& p, const BreakParams& params)
        : p_(p), params_(params), n_(p.clusterCount()),
          lastWidthIndex_(static_cast<int>(params.lineWidths.size()) - 1),
          em_(p.rules.emPt), hanging_(p.rules.hanging == Hanging::End) {}

    // Breaks where the rules allow; only if that leaves a line overfull (a Latin word
    // wider than the measure), again with prohibited breaks as a last resort.
    std::vector<LineSpan> run() {
        std::vector<LineSpan> lines = pass(false);
        const bool overfull = std::any_of(lines.begin(), lines.end(), [](const LineSpan& l) { return l.overfull; });
        return overfull ? pass(true) : lines;
    }

private:
    std::vector<LineSpan> pass(bool allowProhibited) {
        nodes_.assign(1, Node{0, 0, 0, -1, false, false});
        active_.assign(1, 0);
        std::vector<int> bestByLine(static_cast<size_t>(lastWidthIndex_ + 1));
        std::vector<Node> best;
        for (int b = 1; b <= n_; ++b) {
            const bool paragraphEnd = b == n_;
            const Junction& j = p_.junctions[static_cast<size_t>(b)];
            if (!paragraphEnd && j.breakClass == BreakClass::Never && !allowProhibited) continue;
            std::fill(bestByLine.begin(), bestByLine.end(), -1);
            best.clear();
            const double breakCost = paragraphEnd ? 0 : breakDemerits(j);
            auto consider = [&](int nodeIndex) {
                const Node& from = nodes_[static_cast<size_t>(nodeIndex)];
                const int nextLine = std::min(from.line + 1, lastWidthIndex_);
                int& slot = bestByLine[static_cast<size_t>(nextLine)];
                // Every line costs at least kLineDemerits²: a node already as dear as the
                // best path here cannot improve it.
                if (slot >= 0 && from.demerits + breakCost >= best[static_cast<size_t>(slot)].demerits) return;
                const double width = widthOf(from.line);
                const Candidate c = evaluate(from, b, p_.measureLineTotals(from.position, b), width, paragraphEnd);
                const double total = from.demerits + breakCost + c.demerits;
                if (slot >= 0 && total >= best[static_cast<size_t>(slot)].demerits) return;
                const Node node{b, nextLine, total, nodeIndex, c.hang, c.overfull};
                if (slot < 0) {
                    slot = static_cast<int>(best.size());
                    best.push_back(node);
                } else {
                    best[static_cast<size_t>(slot)] = node;
                }
            };
            // Active nodes run from the oldest (longest line to b) to the newest. Retire
            // those whose line no longer fits (the last hope of the paragraph stays, for
            // an overfull line); consider the rest while their lines are not far too
            // short, and the far too short ones only if nothing else ends here.
            auto fitsFrom = [&](const Node& from) {
                const double width = widthOf(from.line);
                return p_.minimumWidth(from.position, b) <= width + kFitTolerancePt || b == from.position + 1 ||
                       (mayHangAt(b) && fits(p_.measureLineTotals(from.position, b, true), width));
            };
            size_t first = 0;
            while (first + 1 < active_.size() && !fitsFrom(nodes_[static_cast<size_t>(active_[first])])) ++first;
            active_.erase(active_.begin(), active_.begin() + static_cast<long>(first));
            size_t k = 0;
            for (; k < active_.size(); ++k) {
                const Node& from = nodes_[static_cast<size_t>(active_[k])];
                const double width = widthOf(from.line);
                if (!paragraphEnd && k > 0 && p_.naturalWidth(from.position, b) < width - looseLimit(width)) break;
                consider(active_[k]);
            }
            for (; best.empty() && k < active_.size(); ++k) consider(active_[k]);
            for (const Node& node : best) {
                nodes_.push_back(node);
                active_.push_back(static_cast<int>(nodes_.size() - 1));
            }
        }
        return collect();
    }

    // A line shorter than this much under its measure is considered only when nothing
    // else ends at the break: at 16 字 it would spread by over 0.13 em a gap.
    double looseLimit(double width) const { return std::max(kLooseLimitEm * em_, kLooseLimitFraction * width); }

    double widthOf(int line) const {
        return params_.lineWidths[static_cast<size_t>(std::min(line, lastWidthIndex_))];
    }

    bool mayHangAt(int b) const { return hanging_ && p_.mayHangAt(b); }

    Candidate evaluate(const Node& from, int b, const LineMeasure& m, double width, bool last) const {
        Candidate plain = judge(m, width, last);
        if (mayHangAt(b)) {
            Candidate hung = judge(p_.measureLineTotals(from.position, b, true), width, last);
            hung.demerits += kHangingDemerits;
            hung.hang = true;
            if (hung.demerits < plain.demerits) return hung;
        }
        return plain;
    }

    Candidate judge(const LineMeasure& m, double width, bool last) const {
        if (!fits(m, width)) return {kOverfullDemerits + (m.natural - m.totalShrink() - width), false, true};
        Candidate c{0, false, false};
        if (last && m.characters < params_.minLastLineChars) c.demerits += kOrphanDemerits;
        const double badness = std::min(badnessOf(m, width, em_, last), kMaxBadness);
        c.demerits += (kLineDemerits + badness) * (kLineDemerits + badness);
        return c;
    }

    std::vector<LineSpan> collect() const {
        // The best node at the paragraph end, over all line indices.
        int bestNode = -1;
        for (size_t i = 0; i < nodes_.size(); ++i) {
            if (nodes_[i].position != n_) continue;
            if (bestNode < 0 || nodes_[i].demerits < nodes_[static_cast<size_t>(bestNode)].demerits) {
                bestNode = static_cast<int>(i);
            }
        }
        std::vector<LineSpan> lines;
        for (int k = bestNode; k >= 0 && nodes_[static_cast<size_t>(k)].previous >= 0;
             k = nodes_[static_cast<size_t>(k)].previous) {
            const Node& node = nodes_[static_cast<size_t>(k)];
            const Node& from = nodes_[static_cast<size_t>(node.previous)];
            LineSpan span{from.position, node.position, node.hang, node.overfull, false};
            span.forcedBreak = node.position < n_ &&
                               p_.junctions[static_cast<size_t>(node.position)].breakClass == BreakClass::Never;
            lines.push_back(span);
        }
        std::reverse(lines.begin(), lines.end());
        return lines;
    }

    const MeasuredParagraph& p_;
    const BreakParams& params_;
    const int n_;
    const int lastWidthIndex_;
    const double em_;
    const bool hanging_;
    std::vector<Node> nodes_;
    std::vector<int> active_;
};

// First-fit: the longest line that fits, if its end may break; else push in (compress
// to take the prohibited characters); else push out (break earlier and spread).
std::vector<LineSpan> firstFit(const MeasuredParagraph& p, const BreakParams& params) {
    std::vector<LineSpan> lines;
    const int n = p.clusterCount();
    const int lastWidth = static_cast<int>(params.lineWidths.size()) - 1;
    int start = 0;
    while (start < n) {
        const double width = params.lineWidths[static_cast<size_t>(std::min<int>(
            static_cast<int>(lines.size()), lastWidth))];
        auto breakable = [&](int b) {
            return b == n || p.junctions[static_cast<size_t>(b)].breakClass != BreakClass::Never;
        };
        // The furthest end whose natural width fits.
        int naturalEnd = start + 1;
        while (naturalEnd < n && p.measureLine(start, naturalEnd + 1).natural <= width + 1e-6) {
            ++naturalEnd;
        }
        int end = -1;
        bool hang = false;
        if (breakable(naturalEnd)) {
            end = naturalEnd;
        } else {
            for (int b = naturalEnd + 1; b <= n && end < 0; ++b) {  // push in
                const LineMeasure m = p.measureLine(start, b);
                if (!fits(m, width)) {
                    if (p.mayHangAt(b) && breakable(b) && fits(p.measureLine(start, b, true), width)) {
                        end = b;
                        hang = true;
                    }
                    break;
                }
                if (breakable(b)) end = b;
            }
            for (int b = naturalEnd - 1; end < 0 && b > start; --b) {  // push out
                if (breakable(b)) end = b;
            }
        }
        LineSpan span{start, end, hang, false, false};
        if (end < 0) {  // nothing legal: break where the width ends
            span.end = naturalEnd;
            span.forcedBreak = true;
        }
        span.overfull = !fits(p.measureLine(span.start, span.end, span.hangsLastMark), width);
        lines.push_back(span);
        start = span.end;
    }
    // 孤字: pull characters down from the line above, one legal break at a time.
    if (lines.size() >= 2) {
        LineSpan& last = lines.back();
        LineSpan& above = lines[lines.size() - 2];
        while (p.measureLine(last.start, last.end).characters < params.minLastLineChars) {
            int b = above.end - 1;
            while (b > above.start && p.junctions[static_cast<size_t>(b)].breakClass == BreakClass::Never) --b;
            if (b <= above.start) break;
            above.end = b;
            above.hangsLastMark = false;
            last.start = b;
        }
    }
    return lines;
}

}  // namespace

double lineBadness(const LineMeasure& line, double width, double em, bool lastLine) {
    return badnessOf(line, width, em, lastLine);
}

std::vector<LineSpan> breakLines(const MeasuredParagraph& paragraph, const BreakParams& params) {
    if (paragraph.clusterCount() == 0) return {};
    BreakParams checked = params;
    if (checked.lineWidths.empty()) checked.lineWidths.push_back(std::numeric_limits<double>::max());
    if (checked.breaker == BreakerKind::FirstFit) return firstFit(paragraph, checked);
    return TotalFit(paragraph, checked).run();
}

}  // namespace paiban
