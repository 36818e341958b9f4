// Regions are the columns that a story flows through (the columns of its threaded
// frames, in order), minus the shapes that push text away (图文互斥). A region hands
// out line slots: where each next line's baseline sits and how wide it may be.
#pragma once

#include <QString>
#include <optional>
#include <vector>

#include "model/document.h"

namespace paiban {

struct Region {
    int page = 0;
    QString frameId;
    double x = 0, top = 0, width = 0, bottom = 0;
    std::vector<Rect> obstacles;          // already grown by their wrap gap
    double gridOrigin = 0, gridStep = 0;  // the page's baseline grid
};

struct LineSlot {
    int region = 0;
    double baseline = 0;
    double x = 0, width = 0;
};

// The vertical metrics of the lines of one paragraph.
struct LineMetricsPt {
    double ascent = 0, descent = 0;  // above and below the baseline, both positive
    double leading = 0;              // baseline to baseline
    bool onGrid = false;
    double minWidth = 0;  // a slot narrower than this (beside a photo) is skipped
};

// Walks the regions handing out slots; copyable, so a caller can look ahead and
// come back.
class SlotCursor {
public:
    explicit SlotCursor(const std::vector<Region>* regions) : regions_(regions) {}
    std::optional<LineSlot> next(const LineMetricsPt& metrics);
    void addSpace(double pt) { pendingSpace_ += pt; }
    bool atRegionTop() const { return atTop_; }
    int region() const { return region_; }

private:
    const std::vector<Region>* regions_;
    int region_ = 0;
    bool atTop_ = true;
    double lastBaseline_ = 0;
    double pendingSpace_ = 0;
};

// The regions of a story's thread, in reading order.
std::vector<Region> regionsOfThread(const Edition& edition, const Story& story);

}  // namespace paiban
