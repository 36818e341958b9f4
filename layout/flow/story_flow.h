// Flows a story through its regions: each paragraph is measured once (cached across
// layouts, so an edit reshapes only what changed), broken at the widths of the slots it
// will occupy, and placed on them. What does not fit is returned as overset, a value.
#pragma once

#include <QHash>
#include <memory>
#include <mutex>
#include <vector>

#include "breaking/justify.h"
#include "flow/regions.h"
#include "model/diagnostic.h"
#include "model/document.h"

namespace paiban {

class FontRegistry;

// Measured paragraphs by content and style: layout after an edit reshapes only the
// paragraphs whose text or style changed. Entries that a layout did not use and that
// nobody else holds are dropped at its end, so typing does not pile up old versions of
// a paragraph.
// Safe to use from several threads at once (stories are set side by side).
class ParagraphCache {
public:
    std::shared_ptr<const MeasuredParagraph> measure(const Paragraph& paragraph,
                                                     const ParagraphStyle& style,
                                                     const StyleSheet& styles, FontRegistry& fonts);
    // Around one layout of a whole edition: what that layout did not use is dropped.
    void beginLayout() {
        std::lock_guard lock(mutex_);
        ++generation_;
    }
    void endLayout();
    size_t size() const {
        std::lock_guard lock(mutex_);
        return static_cast<size_t>(entries_.size());
    }
    int misses() const {
        std::lock_guard lock(mutex_);
        return misses_;
    }

private:
    struct Entry {
        std::shared_ptr<const MeasuredParagraph> measured;
        unsigned lastUsed = 0;
    };
    mutable std::mutex mutex_;  // guards the rest
    QHash<QString, Entry> entries_;
    unsigned generation_ = 0;
    int misses_ = 0;
};

struct FlowedLine {
    int page = 0;
    int region = -1;             // of the story's regions (−1: furniture, e.g. a jump line)
    double x = 0, baseline = 0;  // the line's left edge and baseline on the page
    double ascent = 0, descent = 0;
    std::shared_ptr<const MeasuredParagraph> paragraph;
    PlacedLine line;
    int paragraphIndex = -1;  // in the story (−1: furniture)
    QString frameId;          // the frame it stands in (its stacking place on the page)
};

struct StoryLayout {
    std::vector<FlowedLine> lines;
    int oversetParagraph = -1;  // first paragraph not (wholly) set, or −1
    int oversetCharacters = 0;
    int spareLines = 0;  // lines of the last paragraph's size still free in its frames
    Diagnostics diagnostics;
};

// Sets the story through its thread: fields filled in (page numbers), jump lines (转版)
// where the thread turns to another page and the text reaches it, frames' vertical
// alignment applied.
StoryLayout flowStory(const Edition& edition, const Story& story, FontRegistry& fonts,
                      ParagraphCache& cache);

// The vertical metrics of a paragraph's lines in this style.
LineMetricsPt lineMetricsFor(const ParagraphStyle& style, const MeasuredParagraph& paragraph);

// The styled spans of a paragraph: each run's character style over the paragraph style.
std::vector<StyledSpan> styledSpans(const Paragraph& paragraph, const ParagraphStyle& style,
                                    const StyleSheet& styles);

}  // namespace paiban
