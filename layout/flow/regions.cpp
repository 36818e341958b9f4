#include "flow/regions.h"

#include <algorithm>
#include <cmath>

namespace paiban {
namespace {

// Rounding slack, so that a line that exactly fits is not pushed to the next column.
constexpr double kEpsilonPt = 0.01;

double snapUp(double y, double origin, double step) {
    if (step <= 0)
        return y;
    return origin + std::ceil((y - origin) / step - 1e-6) * step;
}

// The widest part of [left, right] that no obstacle covers in the band [top, bottom].
std::pair<double, double> freeInterval(const Region& r, double top, double bottom) {
    std::vector<std::pair<double, double>> free{{r.x, r.x + r.width}};
    for (const Rect& o : r.obstacles) {
        if (o.bottom() <= top || o.y >= bottom)
            continue;
        std::vector<std::pair<double, double>> next;
        for (auto [a, b] : free) {
            if (o.right() <= a || o.x >= b) {
                next.push_back({a, b});
                continue;
            }
            if (o.x > a)
                next.push_back({a, o.x});
            if (o.right() < b)
                next.push_back({o.right(), b});
        }
        free = std::move(next);
    }
    std::pair<double, double> best{r.x, r.x};
    for (auto interval : free) {
        if (interval.second - interval.first > best.second - best.first)
            best = interval;
    }
    return best;
}

}  // namespace

std::optional<LineSlot> SlotCursor::next(const LineMetricsPt& m) {
    while (region_ < static_cast<int>(regions_->size())) {
        const Region& r = (*regions_)[static_cast<size_t>(region_)];
        double baseline = atTop_ ? r.top + m.ascent : lastBaseline_ + pendingSpace_ + m.leading;
        if (m.onGrid)
            baseline = snapUp(baseline, r.gridOrigin, r.gridStep);
        if (atTop_ && m.onGrid && baseline - m.ascent < r.top - kEpsilonPt)
            baseline += r.gridStep;
        if (baseline + m.descent > r.bottom + kEpsilonPt) {
            ++region_;
            atTop_ = true;
            pendingSpace_ = 0;
            continue;
        }
        atTop_ = false;
        pendingSpace_ = 0;
        lastBaseline_ = baseline;
        const auto [left, right] = freeInterval(r, baseline - m.ascent, baseline + m.descent);
        // Beside a photo, a sliver too narrow to read is left empty.
        const bool narrowed = right - left < r.width - kEpsilonPt;
        if (narrowed && right - left < m.minWidth)
            continue;
        return LineSlot{region_, baseline, left, right - left};
    }
    return std::nullopt;
}

std::vector<Region> regionsOfThread(const Edition& edition, const Story& story) {
    std::vector<Region> regions;
    for (const QString& id : story.frameIds) {
        const auto [pageIndex, frame] = edition.frame(id);
        if (!frame || frame->kind != FrameKind::Text)
            continue;
        const Page& page = edition.pages[static_cast<size_t>(pageIndex)];
        // Text wrap pushes away the text of frames below it in stacking order (the page's
        // frame list runs from bottom to top), as in InDesign; a caption placed on top of
        // its photo is not pushed.
        std::vector<Rect> obstacles;
        bool above = false;
        for (const Frame& other : page.frames) {
            if (other.id == frame->id)
                above = true;
            if (!above || !other.wrapText || other.id == frame->id)
                continue;
            const double g = other.wrapGapPt;
            obstacles.push_back({other.rect.x - g, other.rect.y - g, other.rect.width + 2 * g,
                                 other.rect.height + 2 * g});
        }
        const int columns = std::max(1, frame->columns);
        const double columnWidth = (frame->rect.width - (columns - 1) * frame->gutterPt) / columns;
        for (int c = 0; c < columns; ++c) {
            Region r;
            r.page = pageIndex;
            r.frameId = frame->id;
            r.x = frame->rect.x + c * (columnWidth + frame->gutterPt);
            r.width = columnWidth;
            r.top = frame->rect.y;
            r.bottom = frame->rect.bottom();
            r.obstacles = obstacles;
            r.gridOrigin = page.margins.top + page.grid.baselineOffsetPt;
            r.gridStep = page.grid.baselinePt;
            regions.push_back(std::move(r));
        }
    }
    return regions;
}

}  // namespace paiban
