// Total-fit line breaking (after Knuth and Plass): the breaks that minimise the demerits
// of the whole paragraph. A shortest path over states (break, index of the line that
// starts there), so that each line may have its own width, relaxed forward: from each
// reachable break, only the few ends whose line is near its measure are tried, found by
// two pointers that only move forward. A first pass that almost always succeeds keeps to
// those; later passes relax it (see run()).
#include <algorithm>
#include <limits>

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

struct State {
    double demerits = kUnreached;
    int previousBreak = -1;  // where the line ending here started
    int previousLine = -1;   // the index of that line
    bool hang = false;       // the line ending here hangs its last mark
    bool overfull = false;   // the line ending here is wider than its measure
};

enum class Pass { NearMeasure, AnyLooseness, ProhibitedBreaks };

class TotalFit {
public:
    TotalFit(const MeasuredParagraph& p, const BreakParams& params)
        : p_(p),
          params_(params),
          n_(p.clusterCount()),
          lines_(static_cast<int>(params.lineWidths.size())),
          em_(p.rules.emPt),
          hanging_(p.rules.hanging == Hanging::End) {
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
    State& state(int b, int line) {
        return states_[static_cast<size_t>(b) * static_cast<size_t>(lines_) +
                       static_cast<size_t>(line)];
    }

    bool breakable(int b, Pass pass) const {
        return b == n_ || pass == Pass::ProhibitedBreaks ||
               p_.junctions[static_cast<size_t>(b)].breakClass != BreakClass::Never;
    }

    bool fitsHung(int a, int b, double w) const {
        return hanging_ && p_.mayHangAt(b) && fits(p_.measureLineTotals(a, b, true), w);
    }

    // Relaxes the state at b from the state (a, line) with the line [a, b).
    void relax(int a, int line, const State& from, int b) {
        const double w = params_.lineWidths[static_cast<size_t>(line)];
        const bool last = b == n_;
        const double breakCost = last ? 0 : breakDemerits(p_.junctions[static_cast<size_t>(b)]);
        State& to = state(b, std::min(line + 1, lines_ - 1));
        const double base = from.demerits + breakCost;
        if (base >= to.demerits)
            return;  // every line costs something
        bool overfull = false;
        double demerits =
            base + lineDemerits(p_.measureLineTotals(a, b), w, last, false, &overfull);
        bool hang = false;
        if (hanging_ && p_.mayHangAt(b)) {
            bool hungOverfull = false;
            const double hung =
                base + lineDemerits(p_.measureLineTotals(a, b, true), w, last, true, &hungOverfull);
            if (hung < demerits) {
                demerits = hung;
                overfull = hungOverfull;
                hang = true;
            }
        }
        if (demerits < to.demerits)
            to = State{demerits, a, line, hang, overfull};
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

    // Returns whether the paragraph's end was reached cleanly.
    bool solve(Pass pass) {
        states_.assign(static_cast<size_t>(n_ + 1) * static_cast<size_t>(lines_), State{});
        state(0, 0).demerits = 0;
        // Per line index: the first end whose line from the current start is not too short;
        // lines only grow as the start moves on, so these only move forward.
        nearStart_.assign(static_cast<size_t>(lines_), 1);
        for (int a = 0; a < n_; ++a) {
            for (int line = 0; line < lines_; ++line) {
                if (state(a, line).demerits == kUnreached)
                    continue;
                const State from = state(a, line);
                const double w = params_.lineWidths[static_cast<size_t>(line)];
                int b = a + 1;
                if (pass == Pass::NearMeasure) {
                    int& near = nearStart_[static_cast<size_t>(line)];
                    near = std::max(near, a + 1);
                    while (near < n_ &&
                           p_.naturalWidth(a, near) < looseLimit_[static_cast<size_t>(line)]) {
                        ++near;
                    }
                    b = near;
                }
                bool relaxed = false;
                for (; b <= n_; ++b) {
                    const bool fitsHere = p_.minimumWidth(a, b) <= w + kFitTolerancePt;
                    if (!fitsHere && !fitsHung(a, b, w))
                        break;
                    if (!breakable(b, pass))
                        continue;
                    relax(a, line, from, b);
                    relaxed = true;
                }
                if (relaxed || pass == Pass::NearMeasure)
                    continue;
                // Nothing fits from here: an overfull line to the first break there is.
                for (b = a + 1; b <= n_ && !breakable(b, pass); ++b) {
                }
                relax(a, line, from, std::min(b, n_));
            }
        }
        // A pass succeeds when it reaches the end without a 孤字 or anything worse: a
        // looser pass may avoid those.
        return state(n_, bestEndLine()).demerits < kOrphanDemerits;
    }

    bool reachedEnd() { return state(n_, bestEndLine()).demerits != kUnreached; }

    int bestEndLine() {
        int best = 0;
        for (int line = 1; line < lines_; ++line) {
            if (state(n_, line).demerits < state(n_, best).demerits)
                best = line;
        }
        return best;
    }

    bool anyOverfull() {
        for (int b = n_, line = bestEndLine(); b > 0;) {
            const State& s = state(b, line);
            if (s.overfull)
                return true;
            line = s.previousLine;
            b = s.previousBreak;
        }
        return false;
    }

    std::vector<LineSpan> collect() {
        std::vector<LineSpan> lines;
        for (int b = n_, line = bestEndLine(); b > 0;) {
            const State& s = state(b, line);
            if (s.previousBreak < 0)
                break;  // unreachable: cannot happen after the last pass
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
    std::vector<double> looseLimit_;  // per line index: the shortest natural width of pass one
    std::vector<State> states_;       // (n + 1) × lines_
    std::vector<int> nearStart_;
};

}  // namespace

std::vector<LineSpan> totalFitBreaks(const MeasuredParagraph& paragraph,
                                     const BreakParams& params) {
    return TotalFit(paragraph, params).run();
}

}  // namespace paiban
