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
    int position;  // the line after this node starts at this cluster
    int previous;  // node index, −1 for the paragraph start
    double demerits;
    int line;       // index of the line after this node, capped at the last distinct width
    bool hang;      // the line ending at this node hangs its last mark
    bool overfull;  // the line ending at this node is wider than its measure
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

    // Whether a line from `from` to b can still be set (squeezed, hung, or a lone cluster).
    bool stillFits(const Node& from, int b) const {
        const double w = width(from.line);
        return p_.minimumWidth(from.position, b) <= w + kFitTolerancePt || b == from.position + 1 ||
               (mayHangAt(b) && fits(p_.measureLineTotals(from.position, b, true), w));
    }

    // The demerits of the line from `from` to b, hung or not, whichever is less.
    Node judge(int fromIndex, int b, bool paragraphEnd) const {
        const Node& from = nodes_[static_cast<size_t>(fromIndex)];
        const double w = width(from.line);
        Node best =
            lineNode(fromIndex, b, p_.measureLineTotals(from.position, b), w, paragraphEnd, false);
        if (mayHangAt(b)) {
            const Node hung = lineNode(fromIndex, b, p_.measureLineTotals(from.position, b, true),
                                       w, paragraphEnd, true);
            if (hung.demerits < best.demerits)
                best = hung;
        }
        return best;
    }

    Node lineNode(int fromIndex, int b, const LineMeasure& m, double w, bool last,
                  bool hang) const {
        const Node& from = nodes_[static_cast<size_t>(fromIndex)];
        Node node{b, fromIndex, from.demerits, std::min(from.line + 1, lastLine_), hang, false};
        if (!fits(m, w)) {
            node.overfull = true;
            node.demerits += kOverfullDemerits + (m.natural - m.totalShrink() - w);
            return node;
        }
        const double b2 = kLineDemerits + badness(m, w, em_, last);
        node.demerits += b2 * b2 + (hang ? kHangingDemerits : 0);
        if (last && m.characters < params_.minLastLineChars)
            node.demerits += kOrphanDemerits;
        return node;
    }

    std::vector<LineSpan> pass(bool allowProhibited, bool nearMeasureOnly) {
        nodes_.assign(1, Node{0, -1, 0, 0, false, false});
        active_.assign(1, 0);
        size_t head = 0;  // active_[head…] are alive, oldest (longest line) first
        for (int b = 1; b <= n_; ++b) {
            const bool paragraphEnd = b == n_;
            const Junction& j = p_.junctions[static_cast<size_t>(b)];
            if (!paragraphEnd && j.breakClass == BreakClass::Never && !allowProhibited)
                continue;
            // Retire nodes whose line no longer fits; the last hope stays, for an overfull line.
            while (head + 1 < active_.size() &&
                   !stillFits(nodes_[static_cast<size_t>(active_[head])], b))
                ++head;
            const double breakCost = paragraphEnd ? 0 : breakDemerits(j);
            best_.clear();
            for (size_t k = head; k < active_.size(); ++k) {
                const int fromIndex = active_[k];
                const Node& from = nodes_[static_cast<size_t>(fromIndex)];
                if (nearMeasureOnly && !paragraphEnd &&
                    p_.naturalWidth(from.position, b) <
                        looseLimit_[static_cast<size_t>(from.line)]) {
                    break;  // newer nodes give shorter lines still
                }
                const int line = std::min(from.line + 1, lastLine_);
                auto slot = std::find_if(best_.begin(), best_.end(),
                                         [&](const Node& n) { return n.line == line; });
                // Every line costs something: a node already as dear as the best here loses.
                if (slot != best_.end() && from.demerits + breakCost >= slot->demerits)
                    continue;
                Node node = judge(fromIndex, b, paragraphEnd);
                node.demerits += breakCost;
                if (slot == best_.end())
                    best_.push_back(node);
                else if (node.demerits < slot->demerits)
                    *slot = node;
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
