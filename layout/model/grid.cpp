#include "model/grid.h"

#include <algorithm>
#include <cmath>

namespace paiban {
namespace {

// Where a length snaps among candidates: the nearest, if within the tolerance.
double snapTo(double value, const std::vector<double>& candidates, double tolerance) {
    double best = value, distance = tolerance < 0 ? INFINITY : tolerance;
    for (double c : candidates) {
        if (std::abs(c - value) <= distance) {
            distance = std::abs(c - value);
            best = c;
        }
    }
    return best;
}

}  // namespace

const std::vector<PagePreset>& pagePresets() {
    static const std::vector<PagePreset> presets{
        {"对开", 390, 543, 8, 13, 1, 9, 13.5, 22},
        {"4开", 271.5, 390, 6, 12, 1, 9, 13.5, 18},
    };
    return presets;
}

const PagePreset* pagePreset(std::string_view name) {
    for (const PagePreset& p : pagePresets()) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

Page makePage(const PagePreset& preset) {
    Page page;
    page.widthPt = preset.widthMm * kPtPerMm;
    page.heightPt = preset.heightMm * kPtPerMm;
    page.grid.columns = preset.columns;
    page.grid.columnChars = preset.columnChars;
    page.grid.bodySizePt = preset.bodySizePt;
    page.grid.gutterPt = preset.gutterChars * preset.bodySizePt;
    page.grid.baselinePt = preset.leadingPt;
    page.grid.baselineOffsetPt = kBodyAscentEm * preset.bodySizePt;
    const double typeWidth = typeAreaWidth(page);
    page.margins.left = page.margins.right = (page.widthPt - typeWidth) / 2;
    page.margins.top = preset.topMarginMm * kPtPerMm;
    // The foot margin leaves a whole number of body lines in the type area.
    const double room = page.heightPt - 2 * page.margins.top;
    const double lines = std::floor(room / preset.leadingPt);
    page.margins.bottom = page.heightPt - page.margins.top - lines * preset.leadingPt;
    return page;
}

double columnWidth(const Page& page) {
    const ColumnGrid& g = page.grid;
    if (g.columnChars > 0)
        return g.columnChars * g.bodySizePt;
    const double free = page.widthPt - page.margins.left - page.margins.right;
    return (free - (g.columns - 1) * g.gutterPt) / std::max(1, g.columns);
}

double typeAreaWidth(const Page& page) {
    return page.grid.columns * columnWidth(page) + (page.grid.columns - 1) * page.grid.gutterPt;
}

Rect columnSpan(const Page& page, int first, int count) {
    const double column = columnWidth(page), gutter = page.grid.gutterPt;
    return {page.margins.left + first * (column + gutter), page.margins.top,
            count * column + (count - 1) * gutter,
            page.heightPt - page.margins.top - page.margins.bottom};
}

Resplit resplit(int totalChars, int columns, int gutterChars) {
    if (columns <= 0)
        return {};
    const int text = totalChars - (columns - 1) * gutterChars;
    return {text / columns, text % columns};
}

Rect snapToGrid(const Page& page, const Rect& rect, double tolerancePt) {
    std::vector<double> lefts, rights, lines;
    for (int c = 0; c < page.grid.columns; ++c) {
        const Rect span = columnSpan(page, c, 1);
        lefts.push_back(span.x);
        rights.push_back(span.right());
    }
    const double step = page.grid.baselinePt;
    const double bottom = page.heightPt - page.margins.bottom;
    for (double y = page.margins.top; y <= bottom + 1e-6 && step > 0; y += step)
        lines.push_back(y);
    for (const Guide& g : page.guides) {
        (g.vertical ? lefts : lines).push_back(g.positionPt);
        if (g.vertical)
            rights.push_back(g.positionPt);
    }
    const double x = snapTo(rect.x, lefts, tolerancePt);
    const double right = snapTo(rect.right(), rights, tolerancePt);
    const double y = snapTo(rect.y, lines, tolerancePt);
    const double foot = snapTo(rect.bottom(), lines, tolerancePt);
    return {x, y, std::max(right - x, 1.0), std::max(foot - y, 1.0)};
}

}  // namespace paiban
