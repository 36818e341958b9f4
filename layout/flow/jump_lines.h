// Jump lines (转版): where a story's thread turns from a page to another, the last column
// on the first page ends with （下转第N版） and the first column on the next begins with
// （上接第M版）. Page numbers come from the pages' places in the edition, so the lines
// follow when pages move. A turn the text does not reach gets no jump lines.
#pragma once

#include <vector>

#include "flow/story_flow.h"

namespace paiban {

struct PageTurn {
    int fromRegion = 0, toRegion = 0;  // the regions either side of the turn
    int fromPage = 0, toPage = 0;      // page indices
};

// The turns of a thread, in reading order.
std::vector<PageTurn> pageTurns(const std::vector<Region>& regions);

// How many of the turns, from the first, the story's lines reach across.
size_t turnsReached(const std::vector<PageTurn>& turns, const StoryLayout& layout);

class JumpLineSetter {
public:
    JumpLineSetter(const Edition& edition, FontRegistry& fonts, ParagraphCache& cache);
    // Takes a line from the foot of the region before each turn and the head of the one
    // after it.
    void reserve(const std::vector<PageTurn>& turns, std::vector<Region>* regions) const;
    // Sets the jump lines into the space reserve() took from these (unreserved) regions.
    void place(const std::vector<PageTurn>& turns, const std::vector<Region>& regions,
               std::vector<FlowedLine>* lines) const;

private:
    struct Set {
        std::shared_ptr<const MeasuredParagraph> paragraph;
        LineMetricsPt metrics;
    };
    Set measure(const QString& text) const;
    double footBaseline(const Region& region) const;
    double headBaseline(const Region& region) const;

    const Edition& edition_;
    FontRegistry& fonts_;
    ParagraphCache& cache_;
    ParagraphStyle style_;
    double ascent_ = 0, descent_ = 0;
};

}  // namespace paiban
