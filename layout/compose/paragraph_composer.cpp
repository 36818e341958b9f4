#include "compose/paragraph_composer.h"

#include <algorithm>

#include "shaping/font_registry.h"

namespace paiban {

MeasureRules measureRulesFor(const ParagraphStyle& style) {
    MeasureRules rules;
    rules.kinsoku = style.kinsoku;
    rules.latinGapEm = style.latinGapEm;
    rules.trimLineStartBracket = style.trimLineStartBracket;
    rules.breakBetweenWords = style.breakBetweenWords;
    rules.hanging = style.hanging;
    rules.emPt = style.sizePt;
    return rules;
}

MeasuredParagraph measureText(std::u16string text, std::vector<StyledSpan> spans,
                              const ParagraphStyle& style, FontRegistry& fonts) {
    if (spans.empty()) {
        spans.push_back(StyledSpan{0, static_cast<uint32_t>(text.size()), style.fontFamily,
                                   style.fontWeight, style.sizePt, style.color});
    }
    return measureParagraph(shapeParagraph(std::move(text), spans, fonts), measureRulesFor(style));
}

namespace {

// Narrowing the measure by this fraction at a time while the line count holds.
constexpr double kBalanceStep = 0.02;

// Headlines: the narrowest measure (in steps) that still gives `lineCount` lines, so the
// lines come out of even length; set later at the real measure.
std::vector<LineSpan> balancedBreaks(const MeasuredParagraph& p, BreakParams params,
                                     size_t lineCount) {
    const std::vector<double> full = params.lineWidths;
    std::vector<LineSpan> best = breakLines(p, params);
    for (double factor = 1 - kBalanceStep; factor > 0.3; factor -= kBalanceStep) {
        for (size_t i = 0; i < full.size(); ++i)
            params.lineWidths[i] = full[i] * factor;
        std::vector<LineSpan> narrower = breakLines(p, params);
        const bool clean = std::none_of(narrower.begin(), narrower.end(), [](const LineSpan& l) {
            return l.overfull || l.forcedBreak;
        });
        if (narrower.size() != lineCount || !clean)
            break;
        best = std::move(narrower);
    }
    return best;
}

}  // namespace

std::vector<PlacedLine> composeLines(const MeasuredParagraph& paragraph,
                                     const ParagraphStyle& style, std::vector<double> lineWidths) {
    if (lineWidths.empty())
        return {};
    const double indent = style.firstLineIndentEm * style.sizePt;
    // The indented first line has its own width, the rest repeat the last entry.
    BreakParams params;
    params.lineWidths.reserve(lineWidths.size() + 1);
    params.lineWidths.assign(lineWidths.begin(), lineWidths.end());
    if (params.lineWidths.size() == 1)
        params.lineWidths.push_back(params.lineWidths.front());
    params.lineWidths.front() -= indent;
    const std::vector<double>& breakWidths = params.lineWidths;
    params.breaker = style.breaker;
    params.minLastLineChars = style.minLastLineChars;
    std::vector<LineSpan> spans = breakLines(paragraph, params);
    if (style.balanceLines && spans.size() > 1)
        spans = balancedBreaks(paragraph, params, spans.size());

    std::vector<PlacedLine> lines;
    lines.reserve(spans.size());
    // Every entry is written by the line that holds it.
    const auto positions =
        std::make_shared_for_overwrite<double[]>(static_cast<size_t>(paragraph.clusterCount()));
    const JunctionLevels* levelsFrom = paragraph.junctionLevels.data() + 1;
    for (size_t i = 0; i < spans.size(); ++i) {
        const double width = breakWidths[std::min(i, breakWidths.size() - 1)];
        lines.push_back(placeLine(paragraph, spans[i], width, i == 0 ? indent : 0, style.alignment,
                                  i + 1 == spans.size(), positions, levelsFrom));
    }
    return lines;
}

}  // namespace paiban
