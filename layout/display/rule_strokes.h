// How a rule or a box's border is stroked in each style (solid, dashed, dotted, double):
// the lines, widths and dash patterns that the screen and the PDF both draw, so that
// they agree.
#pragma once

#include <QPointF>
#include <vector>

#include "model/document.h"

namespace paiban {

// One stroked path: a polyline (closed for a box's border), its width and dashes
// (lengths in points, on then off; empty: solid), round caps for dots.
struct StrokePath {
    std::vector<QPointF> points;
    bool closed = false;
    double widthPt = 0;
    std::vector<double> dashes;
    bool roundCaps = false;
};

// A rule from `from` to `to` of weight `weightPt`.
std::vector<StrokePath> ruleStrokes(QPointF from, QPointF to, double weightPt, RuleStyle style);

// The border of a box, centred on its edges.
std::vector<StrokePath> borderStrokes(const Rect& rect, double weightPt, RuleStyle style);

}  // namespace paiban
