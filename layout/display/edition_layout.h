// Lays out a whole edition: flows every story, then builds each page's display list
// (boxes and images, then text, then rules) and gathers the diagnostics.
#pragma once

#include <QString>

#include "display/display_list.h"
#include "flow/story_flow.h"

namespace paiban {

class FontRegistry;

// `documentDir` resolves the images' relative paths. The cache may be kept between
// calls so that re-layout after an edit reshapes only changed paragraphs.
EditionDisplay layoutEdition(const Edition& edition, const QString& documentDir,
                             FontRegistry& fonts, ParagraphCache& cache);

// The glyph runs of one placed line at (x, baseline) on the page.
void appendLineGlyphs(const MeasuredParagraph& p, const PlacedLine& line, double x, double baseline,
                      std::vector<DisplayItem>* items);

}  // namespace paiban
