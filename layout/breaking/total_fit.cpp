// Total-fit line breaking (after Knuth and Plass): the breaks that minimise the demerits
// of the whole paragraph, over (break, line index) nodes so that each line may have its
// own width. Lines far from their measure are left out of a first pass that almost
// always succeeds, which keeps the work per character to a couple of candidate lines.
#include <algorithm>

#include "breaking/breakers.h"
#include "breaking/demerits.h"

namespace paiban {
namespace {

using namespace demerits;

// Lines shorter than their measure by more than this (in em, or this fraction of the
// measure, whichever is more) are left out of the first pass: at 16 字 they would spread
// by over 0.13 em a gap.
constexpr double kLooseLimitEm = 2;
constexpr double kLooseLimitFraction = 0.125;

struct Node {
    // The line after this node: where it starts, and the paragraph's prefix sums there,
    // copied in so that judging a line to a break reads the node and the break alone.
    double startKey, shrinkBase, stretchBase;
    int evenBase, characterBase;
    int position;  // the line after this node starts at this cluster
    int line;      // its index, capped at the last distinct width
    double demerits;
    int previous;   // node index, −1 for the paragraph start
    bool hang;      // the line ending at this node hangs its last mark
    bool overfull;  // the line ending at this node is wider than its measure
};

// The paragraph's prefix sums at a break: the other half of every line ending there.
struct BreakEdge {
    double endKey, shrinkEnd, stretchEnd;
    int evenEnd, characterEnd;
};

class TotalFit {
public:
    TotalFit(const MeasuredParagraph& p, const BreakParams& params)
        : p_(p),
          params_(params),
          n_(p.clusterCount()),
          lastLine_(static_cast<int>(params.lineWidths.size()) - 1),
          em_(p.rules.emPt),
          hanging_(p.rules.hanging == Hanging::End) {
        for (double width : params.lineWidths) {
            looseLimit_.push_back(width -
                                  std::max(kLooseLimitEm * em_, kLooseLimitFraction * width));
        }
    }

    // Like TeX, in passes that each relax what the last one refused, taken only when the
    // last one left a line overfull: first only lines near their measure at legal
    // breaks; then lines as loose as need be; last, breaks the rules prohibit (a Latin
    // word wider than the measure).
    std::vector<LineSpan> run() {
        auto overfull = [](const std::vector<LineSpan>& lines) {
            return std::any_of(lines.begin(), lines.end(),
                               [](const LineSpan& l) { return l.overfull; });
        };
        std::vector<LineSpan> lines = pass(false, true);
        if (overfull(lines))
            lines = pass(false, false);
        if (overfull(lines))
            lines = pass(true, false);
        return lines;
    }

private:
    double width(int line) const { return params_.lineWidths[static_cast<size_t>(line)]; }
    bool mayHangAt(int b) const { return hanging_ && p_.mayHangAt(b); }

    Node nodeAt(int position, int line, double demerits, int previous, bool hang,
                bool overfull) const {
        const auto a = static_cast<size_t>(position);
        const bool inside = position < n_;
        return Node{inside ? p_.lineStartKey[a] : 0,
                    p_.shrinkTotalSum[a],
                    p_.stretchTotalSum[a],
                    p_.evenSum[a],
                    p_.characterSum[a],
                    position,
                    line,
                    demerits,
                    previous,
                    hang,
                    overfull};
    }

    BreakEdge edgeAt(int b) const {
        const auto e = static_cast<size_t>(b);
        return BreakEdge{p_.lineEndKey[e], p_.shrinkTotalSum[e - 1], p_.stretchTotalSum[e - 1],
                         p_.evenSum[e - 1], p_.characterSum[e]};
    }

    static LineMeasure lineBetween(const Node& from, const BreakEdge& to) {
        LineMeasure m;
        m.natural = to.endKey - from.startKey;
        m.shrinkTotal = to.shrinkEnd - from.shrinkBase;
        m.stretchTotal = to.stretchEnd - from.stretchBase;
        m.evenGaps = to.evenEnd - from.evenBase;
        m.characters = to.characterEnd - from.characterBase;
        return m;
    }

    // Whether a line from `from` to b can still be set (squeezed, hung, or a lone cluster).
    bool stillFits(const Node& from, const BreakEdge& edge, int b) const {
        const double w = width(from.line);
        const LineMeasure m = lineBetween(from, edge);
        return m.natural - m.shrinkTotal <= w + kFitTolerancePt || b == from.position + 1 ||
               (mayHangAt(b) && fits(p_.measureLineTotals(from.position, b, true), w));
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

    std::vector<LineSpan> pass(bool allowProhibited, bool nearMeasureOnly) {
        nodes_.assign(1, nodeAt(0, 0, 0, -1, false, false));
        active_.assign(1, 0);
        size_t head = 0;  // active_[head…] are alive, oldest (longest line) first
        for (int b = 1; b <= n_; ++b) {
            const bool paragraphEnd = b == n_;
            const Junction& j = p_.junctions[static_cast<size_t>(b)];
            if (!paragraphEnd && j.breakClass == BreakClass::Never && !allowProhibited)
                continue;
            const BreakEdge edge = edgeAt(b);
            // Retire nodes whose line no longer fits; the last hope stays, for an overfull line.
            while (head + 1 < active_.size() &&
                   !stillFits(nodes_[static_cast<size_t>(active_[head])], edge, b)) {
                ++head;
            }
            const double breakCost = paragraphEnd ? 0 : breakDemerits(j);
            const bool mayHang = mayHangAt(b);
            best_.clear();
            for (size_t k = head; k < active_.size(); ++k) {
                const int fromIndex = active_[k];
                const Node& from = nodes_[static_cast<size_t>(fromIndex)];
                const LineMeasure m = lineBetween(from, edge);
                if (nearMeasureOnly && !paragraphEnd &&
                    m.natural < looseLimit_[static_cast<size_t>(from.line)]) {
                    break;  // newer nodes give shorter lines still
                }
                const int line = std::min(from.line + 1, lastLine_);
                Node* slot = nullptr;
                for (Node& candidate : best_) {
                    if (candidate.line == line)
                        slot = &candidate;
                }
                // Every line costs something: a node already as dear as the best here loses.
                const double base = from.demerits + breakCost;
                if (slot && base >= slot->demerits)
                    continue;
                const double w = width(from.line);
                bool overfull = false;
                double demerits = base + lineDemerits(m, w, paragraphEnd, false, &overfull);
                bool hang = false;
                if (mayHang) {
                    bool hungOverfull = false;
                    const double hung =
                        base + lineDemerits(p_.measureLineTotals(from.position, b, true), w,
                                            paragraphEnd, true, &hungOverfull);
                    if (hung < demerits) {
                        demerits = hung;
                        overfull = hungOverfull;
                        hang = true;
                    }
                }
                if (slot && demerits >= slot->demerits)
                    continue;
                const Node node = nodeAt(b, line, demerits, fromIndex, hang, overfull);
                if (slot)
                    *slot = node;
                else
                    best_.push_back(node);
            }
            for (const Node& node : best_) {
                nodes_.push_back(node);
                active_.push_back(static_cast<int>(nodes_.size() - 1));
            }
            // Drop retired nodes from the front now and then, not at every break.
            if (head > 64 && head * 2 > active_.size()) {
                active_.erase(active_.begin(), active_.begin() + static_cast<long>(head));
                head = 0;
            }
        }
        return collect();
    }

    std::vector<LineSpan> collect() const {
        // The best node at the paragraph end, over all line indices.
        int bestNode = -1;
        for (size_t i = 0; i < nodes_.size(); ++i) {
            if (nodes_[i].position != n_)
                continue;
            if (bestNode < 0 ||
                nodes_[i].demerits < nodes_[static_cast<size_t>(bestNode)].demerits) {
                bestNode = static_cast<int>(i);
            }
        }
        std::vector<LineSpan> lines;
        for (int k = bestNode; k >= 0 && nodes_[static_cast<size_t>(k)].previous >= 0;
             k = nodes_[static_cast<size_t>(k)].previous) {
            const Node& node = nodes_[static_cast<size_t>(k)];
            const Node& from = nodes_[static_cast<size_t>(node.previous)];
            LineSpan span{from.position, node.position, node.hang, node.overfull, false};
            span.forcedBreak =
                node.position < n_ &&
                p_.junctions[static_cast<size_t>(node.position)].breakClass == BreakClass::Never;
            lines.push_back(span);
        }
        std::reverse(lines.begin(), lines.end());
        return lines;
    }

    const MeasuredParagraph& p_;
    const BreakParams& params_;
    const int n_;
    const int lastLine_;
    const double em_;
    const bool hanging_;
    std::vector<double> looseLimit_;  // per line index: the shortest natural width of pass one
    std::vector<Node> nodes_;
    std::vector<int> active_;
    std::vector<Node> best_;  // the best new node per line index at the current break
};

}  // namespace

std::vector<LineSpan> totalFitBreaks(const MeasuredParagraph& paragraph,
                                     const BreakParams& params) {
    return TotalFit(paragraph, params).run();
}

}  // namespace paiban
