#include "display/rule_strokes.h"

#include <algorithm>
#include <cmath>

namespace paiban {
namespace {

// Dashes three weights long with gaps of two: a dashed rule reads as dashed at any
// weight, not as a dotted one at hairlines.
constexpr double kDashOn = 3, kDashOff = 2;
// Dots: round caps on zero-length dashes, two weights apart from centre to centre.
constexpr double kDotPitch = 2;
// A hairline's dashes would vanish into grey at press resolution: patterns are at least
// as long as for a 0.5 pt rule.
constexpr double kLeastPatternWeightPt = 0.5;
// A double rule is two lines of a third of its weight each, a third apart.
constexpr double kDoubleLineShare = 1.0 / 3;

void styled(StrokePath* path, double weightPt, RuleStyle style) {
    const double unit = std::max(weightPt, kLeastPatternWeightPt);
    path->widthPt = weightPt;
    if (style == RuleStyle::Dashed)
        path->dashes = {kDashOn * unit, kDashOff * unit};
    if (style == RuleStyle::Dotted) {
        path->dashes = {0, kDotPitch * unit};
        path->roundCaps = true;
    }
}

}  // namespace

std::vector<StrokePath> ruleStrokes(QPointF from, QPointF to, double weightPt, RuleStyle style) {
    if (style != RuleStyle::Double) {
        StrokePath path{{from, to}, false};
        styled(&path, weightPt, style);
        return {path};
    }
    const QPointF d = to - from;
    const double length = std::hypot(d.x(), d.y());
    // The unit normal, scaled to the distance of each line's centre from the rule's.
    const double offset = weightPt * kDoubleLineShare;
    const QPointF n = length > 0 ? QPointF(-d.y(), d.x()) * (offset / length) : QPointF(0, offset);
    const double width = weightPt * kDoubleLineShare;
    return {StrokePath{{from - n, to - n}, false, width},
            StrokePath{{from + n, to + n}, false, width}};
}

std::vector<StrokePath> borderStrokes(const Rect& r, double weightPt, RuleStyle style) {
    auto outline = [&](double inset) {
        const double x0 = r.x + inset, y0 = r.y + inset;
        const double x1 = r.right() - inset, y1 = r.bottom() - inset;
        return std::vector<QPointF>{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
    };
    if (style != RuleStyle::Double) {
        StrokePath path{outline(0), true};
        styled(&path, weightPt, style);
        return {path};
    }
    const double offset = weightPt * kDoubleLineShare, width = weightPt * kDoubleLineShare;
    return {StrokePath{outline(-offset), true, width}, StrokePath{outline(offset), true, width}};
}

}  // namespace paiban
