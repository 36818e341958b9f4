// Total-fit line breaking (after Knuth and Plass): the breaks that minimise the demerits
// of the whole paragraph. A shortest path over states (break, index of the line that
// starts there), so that each line may have its own width, relaxed forward: from each
// reachable break, only the few ends whose line is near its measure are tried, found by
// two pointers that only move forward. A first pass that almost always succeeds keeps to
// those; later passes relax it (see run()).
#include <algorithm>
#include <limits>
#include <memory>

#include "breaking/breakers.h"
#include "breaking/demerits.h"

namespace paiban {
namespace {

using namespace demerits;

// Lines shorter than their measure by more than this (in em, or this fraction of the
// measure, whichever is more) are left out of the first pass: at 16 字 they would spread
// by over 0.067 em a gap, visibly loose already.
constexpr double kLooseLimitEm = 1;
constexpr double kLooseLimitFraction = 0.0625;

constexpr double kUnreached = std::numeric_limits<double>::infinity();

// How the best line ending at a state got there. Read only for reached states, so the
// array is never cleared: the demerits say which are reached.
struct Back {
    int32_t previousBreak;  // where the line ending here started
    int32_t previousLine;   // the index of that line
    bool hang;              // the line ending here hangs its last mark
    bool overfull;          // the line ending here is wider than its measure
};

// The line indices reached at a break; most breaks are reached by one or two.
struct ReachedLines {
    int32_t first = std::numeric_limits<int32_t>::max();
    int32_t last = -1;
};

enum class Pass { NearMeasure, AnyLooseness, ProhibitedBreaks };

// What the inner loop needs of a line's start, read once per start.
struct LineStart {
    int at;
    double key, shrink, stretch;
    int even, characters;
};

class TotalFit {
public:
    TotalFit(const MeasuredParagraph& p, const BreakParams& params)
        : p_(p),
          params_(params),
          n_(p.clusterCount()),
          lines_(static_cast<int>(params.lineWidths.size())),
          em_(p.rules.emPt),
          hanging_(p.rules.hanging == Hanging::End),
          back_(std::make_unique_for_overwrite<Back[]>(static_cast<size_t>(n_ + 1) *
                                                       static_cast<size_t>(lines_))) {
        looseLimit_.reserve(params.lineWidths.size());
        for (double width : params.lineWidths) {
            looseLimit_.push_back(width -
                                  std::max(kLooseLimitEm * em_, kLooseLimitFraction * width));
        }
    }

    // Like TeX, in passes that each relax what the last one refused, taken only when the
    // last one failed: first only lines near their measure at legal breaks; then lines as
    // loose as need be (an overfull line where nothing legal fits); last, breaks the rules
    // prohibit (a Latin word wider than the measure).
    std::vector<LineSpan> run() {
        if (solve(Pass::NearMeasure))
            return collect();
        if (solve(Pass::AnyLooseness) || (reachedEnd() && !anyOverfull()))
            return collect();
        solve(Pass::ProhibitedBreaks);
        return collect();
    }

private:
    size_t index(int b, int line) const {
        return static_cast<size_t>(b) * static_cast<size_t>(lines_) + static_cast<size_t>(line);
    }

    bool breakable(int b, Pass pass) const {
        return b == n_ || pass == Pass::ProhibitedBreaks ||
               p_.junctions[static_cast<size_t>(b)].breakClass != BreakClass::Never;
    }

    LineStart lineStart(int a) const {
        const auto i = static_cast<size_t>(a);
        return {a,
                p_.lineStartKey[i],
                p_.shrinkTotalSum[i],
                p_.stretchTotalSum[i],
                p_.evenSum[i],
                p_.characterSum[i]};
    }

    // The line [start, b) as the breaker judges it: measureLineTotals from the start's
    // values read once.
    LineMeasure lineTo(const LineStart& start, int b) const {
        const auto e = static_cast<size_t>(b);
        LineMeasure m;
        m.natural = p_.lineEndKey[e] - start.key;
        m.shrinkTotal = p_.shrinkTotalSum[e - 1] - start.shrink;
        m.stretchTotal = p_.stretchTotalSum[e - 1] - start.stretch;
        m.evenGaps = p_.evenSum[e - 1] - start.even;
        m.characters = p_.characterSum[e] - start.characters;
        return m;
    }

    bool fitsHung(int a, int b, double w) const {
        return hanging_ && p_.mayHangAt(b) && fits(p_.measureLineTotals(a, b, true), w);
    }

    // Relaxes the state at b from the state (a, line), of `base` demerits, with the line
    // [a, b).
    void relax(const LineStart& start, int line, double fromDemerits, int b) {
        const double w = params_.lineWidths[static_cast<size_t>(line)];
        const bool last = b == n_;
        const double breakCost = last ? 0 : breakDemerits(p_.junctions[static_cast<size_t>(b)]);
        const int toLine = std::min(line + 1, lines_ - 1);
        const size_t to = index(b, toLine);
        const double base = fromDemerits + breakCost;
        if (base >= demerits_[to])
            return;  // every line costs something
        bool overfull = false;
        double demerits = base + lineDemerits(lineTo(start, b), w, last, false, &overfull);
        bool hang = false;
        if (hanging_ && p_.mayHangAt(b)) {
            bool hungOverfull = false;
            const double hung = base + lineDemerits(p_.measureLineTotals(start.at, b, true), w,
                                                    last, true, &hungOverfull);
            if (hung < demerits) {
                demerits = hung;
                overfull = hungOverfull;
                hang = true;
            }
        }
        if (demerits >= demerits_[to])
            return;
        demerits_[to] = demerits;
        back_[to] = Back{start.at, line, hang, overfull};
        ReachedLines& reached = reached_[static_cast<size_t>(b)];
        reached.first = std::min(reached.first, toLine);
        reached.last = std::max(reached.last, toLine);
    }

    // The demerits of a line (without the break's own), hung or not as asked.
    double lineDemerits(const LineMeasure& m, double w, bool last, bool hang,
                        bool* overfull) const {
        if (!fits(m, w)) {
            *overfull = true;
            return kOverfullDemerits + (m.natural - m.totalShrink() - w);
        }
        *overfull = false;
        const double cost = kLineDemerits + badness(m, w, em_, last);
        double d = cost * cost + (hang ? kHangingDemerits : 0);
        if (last && m.characters < params_.minLastLineChars)
            d += kOrphanDemerits;
        return d;
    }

    // The first end worth trying from a in the first pass: lines only grow as the start
    // moves on, so each line index keeps a pointer that only moves forward.
    int firstNearEnd(const LineStart& start, int line) {
        int& near = nearStart_[static_cast<size_t>(line)];
        near = std::max(near, start.at + 1);
        const double limit = looseLimit_[static_cast<size_t>(line)];
        while (near < n_ && p_.lineEndKey[static_cast<size_t>(near)] - start.key < limit)
            ++near;
        return near;
    }

    // Tries the lines from the state (a, line) in this pass.
    void relaxFrom(int a, int line, Pass pass) {
        const double from = demerits_[index(a, line)];
        const LineStart start = lineStart(a);
        const double w = params_.lineWidths[static_cast<size_t>(line)];
        int b = pass == Pass::NearMeasure ? firstNearEnd(start, line) : a + 1;
        bool relaxed = false;
        for (; b <= n_; ++b) {
            const auto e = static_cast<size_t>(b);
            const double minimum =
                p_.lineEndKey[e] - start.key - (p_.shrinkTotalSum[e - 1] - start.shrink);
            if (minimum > w + kFitTolerancePt && !fitsHung(a, b, w))
                break;
            if (!breakable(b, pass))
                continue;
            relax(start, line, from, b);
            relaxed = true;
        }
        if (relaxed || pass == Pass::NearMeasure)
            return;
        // Nothing fits from here: an overfull line to the first break there is.
        for (b = a + 1; b < n_ && !breakable(b, pass); ++b) {
        }
        relax(start, line, from, b);
    }

    // Returns whether the paragraph's end was reached cleanly.
    bool solve(Pass pass) {
        demerits_.assign(static_cast<size_t>(n_ + 1) * static_cast<size_t>(lines_), kUnreached);
        reached_.assign(static_cast<size_t>(n_ + 1), ReachedLines{});
        demerits_[index(0, 0)] = 0;
        reached_[0] = {0, 0};
        nearStart_.assign(static_cast<size_t>(lines_), 1);
        for (int a = 0; a < n_; ++a) {
            const ReachedLines reached = reached_[static_cast<size_t>(a)];
            for (int line = reached.first; line <= reached.last; ++line) {
                if (demerits_[index(a, line)] != kUnreached)
                    relaxFrom(a, line, pass);
            }
        }
        // A pass succeeds when it reaches the end without a 孤字 or anything worse: a
        // looser pass may avoid those.
        return demerits_[index(n_, bestEndLine())] < kOrphanDemerits;
    }

    bool reachedEnd() const { return demerits_[index(n_, bestEndLine())] != kUnreached; }

    int bestEndLine() const {
        int best = 0;
        for (int line = 1; line < lines_; ++line) {
            if (demerits_[index(n_, line)] < demerits_[index(n_, best)])
                best = line;
        }
        return best;
    }

    bool anyOverfull() const {
        for (int b = n_, line = bestEndLine(); b > 0;) {
            const Back& s = back_[index(b, line)];
            if (s.overfull)
                return true;
            line = s.previousLine;
            b = s.previousBreak;
        }
        return false;
    }

    std::vector<LineSpan> collect() const {
        std::vector<LineSpan> lines;
        int line = bestEndLine();
        if (demerits_[index(n_, line)] == kUnreached)
            return lines;  // cannot happen after the last pass
        for (int b = n_; b > 0;) {
            const Back& s = back_[index(b, line)];
            LineSpan span{s.previousBreak, b, s.hang, s.overfull, false};
            span.forcedBreak =
                b < n_ && p_.junctions[static_cast<size_t>(b)].breakClass == BreakClass::Never;
            lines.push_back(span);
            line = s.previousLine;
            b = s.previousBreak;
        }
        std::reverse(lines.begin(), lines.end());
        return lines;
    }

    const MeasuredParagraph& p_;
    const BreakParams& params_;
    const int n_;
    const int lines_;  // distinct line widths: the last one repeats
    const double em_;
    const bool hanging_;
    std::vector<double> looseLimit_;     // per line index: the shortest natural width of pass one
    std::vector<double> demerits_;       // (n + 1) × lines_, kUnreached where not reached
    std::unique_ptr<Back[]> back_;       // (n + 1) × lines_, valid where reached
    std::vector<ReachedLines> reached_;  // n + 1
    std::vector<int> nearStart_;
};

}  // namespace

std::vector<LineSpan> totalFitBreaks(const MeasuredParagraph& paragraph,
                                     const BreakParams& params) {
    return TotalFit(paragraph, params).run();
}

}  // namespace paiban
