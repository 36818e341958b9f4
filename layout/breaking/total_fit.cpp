// Total-fit line breaking (after Knuth and Plass): the breaks that minimise the demerits
// of the whole paragraph. A shortest path over states (break, index of the line that
// starts there), so that each line may have its own width, relaxed forward: from each
// reachable break, only the few ends whose line is near its measure are tried, found by
// two pointers that only move forward. A first pass that almost always succeeds keeps to
// those; later passes relax it (see run()).
#include <algorithm>
#include <bit>
#include <cmath>
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

// Rounding slack when counting the lines a width needs: a width a hair over a whole
// number of lines from summing in floating point must not count one line more.
constexpr double kCountSlack = 1e-9;

// The first pass's bounded search: the first bound is this multiple of the least
// demerits the paragraph's line count allows, plus two perfect lines (the count is a
// lower bound and often one or two lines short); it grows this much per attempt; after
// this many attempts the search is unbounded. On the sample's body text at 16 字 the
// first bound holds for four paragraphs in five, and the search walks 1,045 states where
// an unbounded one walks 2,343.
constexpr double kFirstBoundFactor = 2;
constexpr double kFirstBoundAllowance = 200;
constexpr double kBoundGrowth = 4;
constexpr int kBoundedAttempts = 3;
// The first end worth trying moves ahead this many clusters at a time where it can.
constexpr int kNearStride = 8;

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

// The first end worth trying from the last start a line index was tried from.
struct NearEnd {
    int start = 0;
    int end = 1;
};

// The breaker's working memory, kept by each thread from one paragraph to the next:
// allocating it afresh cost more than the search on a short paragraph. Each solve clears
// the demerits (and reached lines) of this paragraph's states; a back-pointer is read
// only where its state was reached.
struct Scratch {
    std::vector<double> demerits;
    std::vector<Back> back;
    std::vector<ReachedLines> reached;
    std::vector<uint64_t> pending;
    std::vector<NearEnd> nearEnds;
    std::vector<double> looseLimit;

    template <typename T>
    static T* grow(std::vector<T>& v, size_t size) {
        if (v.size() < size)
            v.resize(size);
        return v.data();
    }
};

// What the inner loop needs of a line's start, read once per start.
struct LineStart {
    int at;
    double key, shrink, stretch;
    int even, characters;
};

// kOneStatePerBreak: the paragraph has at most two line widths (the first line's and the
// rest's, as every paragraph without runaround), so only break 0 starts the first line
// and every other break holds one state; the tables are then indexed by break alone.
template <bool kOneStatePerBreak>
class TotalFit {
public:
    TotalFit(const MeasuredParagraph& p, const BreakParams& params, Scratch& scratch)
        : p_(p),
          params_(params),
          n_(p.clusterCount()),
          lines_(static_cast<int>(params.lineWidths.size())),
          em_(p.rules.emPt),
          hanging_(p.rules.hanging == Hanging::End),
          sums_(p.sums.data()),
          junctions_(p.junctions.data()),
          breakClasses_(p.breakClasses.data()),
          widths_(params.lineWidths.data()),
          saving_(p.maxBreakSaving),
          demerits_(scratch.grow(scratch.demerits, states())),
          back_(scratch.grow(scratch.back, states())),
          reached_(kOneStatePerBreak ? nullptr
                                     : scratch.grow(scratch.reached, static_cast<size_t>(n_ + 1))),
          pending_(scratch.pending),
          nearEnds_(scratch.nearEnds),
          looseLimit_(scratch.looseLimit) {
        looseLimit_.clear();
        widest_ =
            *std::max_element(params.lineWidths.begin(), params.lineWidths.end()) + kFitTolerancePt;
        perLine_ = 1 / (widest_ + saving_);
        mostToCome_ = n_ > 0 ? mostToCome() : 0;
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
        if (solveNearMeasure())
            return collect();
        if (solve(Pass::AnyLooseness) || (reachedEnd() && !anyOverfull()))
            return collect();
        solve(Pass::ProhibitedBreaks);
        return collect();
    }

private:
    size_t states() const {
        return static_cast<size_t>(n_ + 1) * (kOneStatePerBreak ? 1 : static_cast<size_t>(lines_));
    }
    size_t index(int b, int line) const {
        if constexpr (kOneStatePerBreak)
            return static_cast<size_t>(b);
        return static_cast<size_t>(b) * static_cast<size_t>(lines_) + static_cast<size_t>(line);
    }
    // The line index of break b's one state.
    int lineAt(int b) const { return b == 0 ? 0 : lines_ - 1; }

    bool breakable(int b, Pass pass) const {
        return b == n_ || pass == Pass::ProhibitedBreaks || breakClasses_[b] != BreakClass::Never;
    }

    LineStart lineStart(int a) const {
        const MeasuredParagraph::PrefixSums& at = sums_[a];
        return {a, at.lineStartKey, at.shrink, at.stretch, at.evenGaps, at.characters};
    }

    // A reached break is pending until the walk relaxes from it. Lines only go forward,
    // so a break is never reached after that.
    void markPending(int b) { pending_[static_cast<size_t>(b) / 64] |= uint64_t(1) << (b % 64); }

    // The demerits of the line [start, b) (without the break's own), from its natural
    // width and shrink; stretch and gaps are read only for a line that must spread.
    double lineDemerits(const LineStart& start, int b, double natural, double shrink, double w,
                        bool last, bool hang, bool* overfull) const {
        if (natural - shrink > w + kFitTolerancePt) {
            *overfull = true;
            return kOverfullDemerits + (natural - shrink - w);
        }
        *overfull = false;
        double stretch = 0;
        int even = 0;
        if (!last && natural < w) {
            stretch = sums_[b - 1].stretch - start.stretch;
            even = sums_[b - 1].evenGaps - start.even;
        }
        const double cost = kLineDemerits + badness(natural, shrink, stretch, even, w, em_, last);
        double d = cost * cost + (hang ? kHangingDemerits : 0);
        if (last && sums_[b].characters - start.characters < params_.minLastLineChars)
            d += kOrphanDemerits;
        return d;
    }

    // The natural width of [a, b) with its last mark hung outside the measure.
    double hungNatural(int b, double natural) const { return natural - p_.hangSaving(b); }

    bool fitsHung(int b, double natural, double shrink, double w) const {
        return hanging_ && p_.mayHangAt(b) &&
               hungNatural(b, natural) - shrink <= w + kFitTolerancePt;
    }

    // Relaxes the state at (b, toLine) from the state (start, line) of `from` demerits,
    // with the line [start, b) of the given natural width and shrink.
    [[gnu::always_inline]] void relax(const LineStart& start, int line, int toLine, double from,
                                      int b, double natural, double shrink) {
        const double w = widths_[line];
        const bool last = b == n_;
        const double base = from + (last ? 0 : breakDemerits(breakClasses_[b], junctions_[b]));
        const size_t to = index(b, toLine);
        const double known = demerits_[to];
        if (base + kLineDemerits * kLineDemerits >= known)
            return;  // every line costs at least that
        bool overfull = false;
        double demerits = base + lineDemerits(start, b, natural, shrink, w, last, false, &overfull);
        bool hang = false;
        if (hanging_ && p_.mayHangAt(b)) {
            bool hungOverfull = false;
            const double hung = base + lineDemerits(start, b, hungNatural(b, natural), shrink, w,
                                                    last, true, &hungOverfull);
            if (hung < demerits) {
                demerits = hung;
                overfull = hungOverfull;
                hang = true;
            }
        }
        if (demerits >= known)
            return;
        // No paragraph within the bound goes through here (the most the rest can need
        // settles most states without working out this one's least).
        if (demerits + mostToCome_ > bound_ && demerits + leastToCome(b) > bound_)
            return;
        markPending(b);
        demerits_[to] = demerits;
        back_[to] = Back{start.at, line, hang, overfull};
        if constexpr (!kOneStatePerBreak) {
            ReachedLines& reached = reached_[b];
            reached.first = std::min(reached.first, toLine);
            reached.last = std::max(reached.last, toLine);
        }
    }

    // The least demerits the lines after break b can cost: every line costs at least
    // kLineDemerits², and the rest of the paragraph needs at least as many lines as its
    // least width (less what each break may save) takes at the widest measure.
    double leastToCome(int b) const {
        if (b == n_)
            return 0;
        const double least = (sums_[n_].lineEndKey - sums_[b].lineStartKey) -
                             (sums_[n_ - 1].shrink - sums_[b].shrink);
        const double lines = (least + saving_) * perLine_ - kCountSlack;
        return kLineDemerits * kLineDemerits * wholeLinesFor(lines);
    }

    // The most leastToCome(b) can be, for any b: from the start whose rest is widest.
    double mostToCome() const {
        const double least = (sums_[n_].lineEndKey - sums_[n_ - 1].shrink) - p_.minStartLessShrink;
        // Rounded up past the slack leastToCome rounds down by: never below it.
        const double lines = (least + saving_) * perLine_ + kCountSlack;
        return kLineDemerits * kLineDemerits * wholeLinesFor(lines);
    }

    // ceil(lines), at least 1, without the libm call std::ceil is on plain x86-64 (the
    // breaker asks for every state it keeps).
    static double wholeLinesFor(double lines) {
        if (lines <= 1)
            return 1;
        const auto whole = static_cast<int64_t>(lines);
        return static_cast<double>(whole + (static_cast<double>(whole) < lines));
    }

    // The first end worth trying from a in the first pass: lines only grow as the start
    // moves on, so each line index keeps a pointer that only moves forward.
    int firstNearEnd(const LineStart& start, int line) {
        NearEnd& last = nearEnds_[static_cast<size_t>(line)];
        int& near = last.end;
        const double limit = looseLimit_[static_cast<size_t>(line)];
        auto tooShort = [&](int b) { return sums_[b].lineEndKey - start.key < limit; };
        if (p_.endKeysAscend) {  // the test is monotone: strides cannot pass the answer
            // Most often the end moves on as far as the start did: two loads that do not
            // wait for each other confirm it.
            const int guess = near + (start.at - last.start);
            last.start = start.at;
            if (guess > start.at + 1 && guess < n_ && tooShort(guess - 1) && !tooShort(guess)) {
                near = guess;
                return near;
            }
        }
        near = std::max(near, start.at + 1);
        if (p_.endKeysAscend) {
            while (near + kNearStride < n_ && tooShort(near + kNearStride))
                near += kNearStride;
            if (near + kNearStride < n_) {
                // The answer lies in [near, near + 8]: halved three times without branches
                // (a scan's exit is a mispredicted branch at every start).
                static_assert(kNearStride == 8);
                near += tooShort(near + 3) ? 4 : 0;
                near += tooShort(near + 1) ? 2 : 0;
                near += tooShort(near) ? 1 : 0;
                near += tooShort(near) ? 1 : 0;
                return near;
            }
        }
        while (near < n_ && tooShort(near))
            ++near;
        return near;
    }

    // Tries the lines from the state (a, line) in this pass (a constant, so that the
    // first pass's loop is compiled for it alone).
    template <Pass pass>
    void relaxFrom(int a, int line) {
        const double from = demerits_[index(a, line)];
        const LineStart start = lineStart(a);
        const double w = widths_[line];
        const int toLine = std::min(line + 1, lines_ - 1);
        int b = pass == Pass::NearMeasure ? firstNearEnd(start, line) : a + 1;
        bool relaxed = false;
        for (; b <= n_; ++b) {
            const double natural = sums_[b].lineEndKey - start.key;
            const double shrink = sums_[b - 1].shrink - start.shrink;
            if (natural - shrink > w + kFitTolerancePt && !fitsHung(b, natural, shrink, w))
                break;
            if (!breakable(b, pass))
                continue;
            relax(start, line, toLine, from, b, natural, shrink);
            relaxed = true;
        }
        if (relaxed || pass == Pass::NearMeasure)
            return;
        // Nothing fits from here: an overfull line to the first break there is.
        for (b = a + 1; b < n_ && !breakable(b, pass); ++b) {
        }
        relax(start, line, toLine, from, b, sums_[b].lineEndKey - start.key,
              sums_[b - 1].shrink - start.shrink);
    }

    // The first pass, searched first within bounds on the paragraph's demerits, from a
    // little above the least its line count allows, widening while nothing is found: a
    // bounded search keeps only states that can still lead to a paragraph within it, and
    // finds the very breaks an unbounded one does (every state on the best path stays
    // within any bound the best paragraph is within; the order of relaxing is the same).
    bool solveNearMeasure() {
        if (!params_.boundedSearch)
            return solve(Pass::NearMeasure);
        double bound = leastToCome(0) * kFirstBoundFactor + kFirstBoundAllowance;
        for (int attempt = 0; attempt < kBoundedAttempts; ++attempt, bound *= kBoundGrowth) {
            bound_ = bound;
            const bool clean = solve(Pass::NearMeasure);
            if (reachedEnd()) {
                bound_ = kUnreached;
                return clean;
            }
        }
        bound_ = kUnreached;
        return solve(Pass::NearMeasure);
    }

    // Returns whether the paragraph's end was reached cleanly.
    bool solve(Pass pass) {
        switch (pass) {
            case Pass::NearMeasure:
                return solve<Pass::NearMeasure>();
            case Pass::AnyLooseness:
                return solve<Pass::AnyLooseness>();
            case Pass::ProhibitedBreaks:
                return solve<Pass::ProhibitedBreaks>();
        }
        return false;
    }

    template <Pass pass>
    bool solve() {
        // Cleared in bulk: cheaper than asking, at every line tried, whether its end was
        // reached before.
        pending_.assign(static_cast<size_t>(n_) / 64 + 1, 0);
        std::fill_n(demerits_, states(), kUnreached);
        if constexpr (!kOneStatePerBreak)
            std::fill_n(reached_, n_ + 1, ReachedLines{});
        markPending(0);
        demerits_[index(0, 0)] = 0;
        if constexpr (!kOneStatePerBreak)
            reached_[0] = {0, 0};
        nearEnds_.assign(static_cast<size_t>(lines_), NearEnd{});
        // The reached breaks in order, from the bitmap: most positions are never reached.
        for (size_t word = 0; word < pending_.size(); ++word) {
            while (const uint64_t bits = pending_[word]) {
                const int a = static_cast<int>(word * 64) + std::countr_zero(bits);
                if (a >= n_)
                    break;  // the end: no line starts there
                pending_[word] = bits & (bits - 1);
                if constexpr (kOneStatePerBreak) {
                    if (demerits_[a] != kUnreached)
                        relaxFrom<pass>(a, lineAt(a));
                    continue;
                }
                const ReachedLines reached = reached_[a];
                for (int line = reached.first; line <= reached.last; ++line) {
                    if (demerits_[index(a, line)] != kUnreached)
                        relaxFrom<pass>(a, line);
                }
            }
        }
        // A pass succeeds when it reaches the end without a 孤字 or anything worse: a
        // looser pass may avoid those.
        return demerits_[index(n_, bestEndLine())] < kOrphanDemerits;
    }

    bool reachedEnd() const { return demerits_[index(n_, bestEndLine())] != kUnreached; }

    int bestEndLine() const {
        if constexpr (kOneStatePerBreak)
            return lineAt(n_);
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
        const int endLine = bestEndLine();
        if (demerits_[index(n_, endLine)] == kUnreached)
            return lines;  // cannot happen after the last pass
        size_t count = 0;
        for (int b = n_, line = endLine; b > 0; ++count) {
            const Back& s = back_[index(b, line)];
            line = s.previousLine;
            b = s.previousBreak;
        }
        lines.resize(count);
        for (int b = n_, line = endLine; b > 0;) {
            const Back& s = back_[index(b, line)];
            LineSpan& span = lines[--count];
            span = LineSpan{s.previousBreak, b, s.hang, s.overfull, false};
            span.forcedBreak = b < n_ && breakClasses_[b] == BreakClass::Never;
            line = s.previousLine;
            b = s.previousBreak;
        }
        return lines;
    }

    const MeasuredParagraph& p_;
    const BreakParams& params_;
    const int n_;
    const int lines_;  // distinct line widths: the last one repeats
    const double em_;
    const bool hanging_;
    // The paragraph's arrays, held as plain pointers: the compiler need not reload them
    // after every store to the tables below.
    const MeasuredParagraph::PrefixSums* const sums_;
    const Junction* const junctions_;
    const BreakClass* const breakClasses_;
    const double* const widths_;
    const double saving_;              // the paragraph's maxBreakSaving
    double widest_ = 0;                // the widest measure, with the fit tolerance
    double perLine_ = 0;               // 1 / (widest_ + saving_): lines per point, at least
    double mostToCome_ = 0;            // no leastToCome(b) is more
    double bound_ = kUnreached;        // states above this are not kept
    double* const demerits_;           // (n + 1) × lines_, cleared at each solve
    Back* const back_;                 // (n + 1) × lines_, valid where reached
    ReachedLines* const reached_;      // n + 1, cleared at each solve; unused with one state
    std::vector<uint64_t>& pending_;   // a bit per break: reached, not yet walked
    std::vector<NearEnd>& nearEnds_;   // per line index: see firstNearEnd
    std::vector<double>& looseLimit_;  // per line index: the shortest natural width of pass one
};

}  // namespace

std::vector<LineSpan> totalFitBreaks(const MeasuredParagraph& paragraph,
                                     const BreakParams& params) {
    thread_local Scratch scratch;
    if (params.lineWidths.size() <= 2)
        return TotalFit<true>(paragraph, params, scratch).run();
    return TotalFit<false>(paragraph, params, scratch).run();
}

}  // namespace paiban
