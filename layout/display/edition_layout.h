// Lays out a whole edition: flows every story, then builds each page's display list
// (boxes and images, then text, then rules) and gathers the diagnostics.
#pragma once

#include <QHash>
#include <QPointF>
#include <QString>
#include <memory>
#include <optional>

#include "display/display_list.h"
#include "flow/story_flow.h"

namespace paiban {

class FontRegistry;

// What layoutEdition keeps between calls: measured paragraphs, and each story's set
// lines with everything they were set from (its text, styles, frames and what wraps
// them, its pages' places), so that after an edit only the stories whose inputs changed
// are set again. Entries the last layout did not use are dropped.
class LayoutCache {
public:
    LayoutCache();
    ~LayoutCache();
    LayoutCache(const LayoutCache&) = delete;
    LayoutCache& operator=(const LayoutCache&) = delete;

    ParagraphCache& paragraphs() { return paragraphs_; }

    struct StoryEntry;  // a story's set lines with their inputs (edition_layout.cpp)
    // Stories the last layout set afresh (the rest were reused), for tests and benches.
    int storiesSet() const { return storiesSet_; }

private:
    friend EditionDisplay layoutEdition(const Edition&, const QString&, FontRegistry&,
                                        LayoutCache&);
    ParagraphCache paragraphs_;
    std::unique_ptr<QHash<QString, StoryEntry>> stories_;
    StyleSheet styles_;  // the sheet the stories were set with
    int storiesSet_ = 0;
};

// `documentDir` resolves the images' relative paths. Keep the cache between calls so
// that re-layout after an edit sets only what changed.
EditionDisplay layoutEdition(const Edition& edition, const QString& documentDir,
                             FontRegistry& fonts, LayoutCache& cache);

// The glyph runs of one placed line at (x, baseline) on the page.
void appendLineGlyphs(const MeasuredParagraph& p, const PlacedLine& line, double x, double baseline,
                      std::vector<DisplayItem>* items);

}  // namespace paiban
