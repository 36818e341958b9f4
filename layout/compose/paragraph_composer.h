// The paragraph composer's front door: styled text → measured paragraph (shaped once) →
// broken and justified lines for any sequence of line widths (broken many times).
#pragma once

#include <vector>

#include "breaking/justify.h"

namespace paiban {

class FontRegistry;

MeasureRules measureRulesFor(const ParagraphStyle& style);

// Shapes and measures a paragraph; `spans` cover the text (empty: one span in the
// paragraph style).
MeasuredParagraph measureText(std::u16string text, std::vector<StyledSpan> spans,
                              const ParagraphStyle& style, FontRegistry& fonts);

// Breaks and justifies at the given widths (line 0, 1, …; the last repeats). The
// style's first-line indent is taken off line 0 here.
std::vector<PlacedLine> composeLines(const MeasuredParagraph& paragraph,
                                     const ParagraphStyle& style, std::vector<double> lineWidths);

}  // namespace paiban
