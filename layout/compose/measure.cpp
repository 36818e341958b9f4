#include <algorithm>
#include <limits>

#include "compose/measured_paragraph.h"
#include "text/line_opportunities.h"

namespace paiban {
namespace {

// Two adjacent full-width marks that together take 2 em are set in 1.5 em (§2).
constexpr double kAdjacentCompressionEm = 0.5;
// A glyph counts as full-width punctuation with spare halves only when its advance is
// close to 1 em; proportional Latin brackets keep their own spacing.
constexpr double kFullWidthMinEm = 0.9;
// Ink within this fraction of an em past the middle still counts as being in one half
// (Noto CJK's 、 reaches a few units past the centre).
constexpr double kInkToleranceEm = 0.04;
// The Han–Latin gap may shrink to ⅛ em and grow to ½ em in justification (§4).
constexpr double kHanLatinMinEm = 0.125;
constexpr double kHanLatinMaxEm = 0.5;
// Latin word spaces shrink to ¼ em and grow to ½ em (§5).
constexpr double kWordSpaceMinEm = 0.25;
constexpr double kWordSpaceMaxEm = 0.5;
// Breaking between a number and its unit (1000|万) only if needed (§4).
constexpr float kNumberUnitBreakPenalty = 5000;
// Headlines break between words where they can: splitting 推进|会 costs what a clearly
// uneven pair of lines does.
constexpr float kInsideWordBreakPenalty = 2000;

struct Spares {
    float left = 0, right = 0;
};

// Where the spare space of a full-width mark lies, from its ink: half an em on the
// side the ink leaves empty, or a quarter on each side of a centred mark.
Spares sparesFromInk(const FontFace& face, uint32_t glyph, float advance, float sizePt) {
    if (advance < kFullWidthMinEm * sizePt)
        return {};
    const GlyphInk ink = face.ink(glyph);
    if (ink.empty)
        return {};
    const float scale = static_cast<float>(sizePt / face.unitsPerEm());
    const float inkLeft = ink.xBearing * scale;
    const float inkRight = (ink.xBearing + ink.width) * scale;
    const float half = advance / 2, quarter = advance / 4;
    const float tol = static_cast<float>(kInkToleranceEm * sizePt);
    if (inkLeft >= half - tol)
        return {half, 0};
    if (inkRight <= half + tol)
        return {0, half};
    if (inkLeft >= quarter - tol && inkRight <= 3 * quarter + tol)
        return {quarter, quarter};
    return {};
}

int shrinkLevelOf(CharClass cls) {
    switch (cls) {
        case CharClass::OpeningBracket:
        case CharClass::ClosingBracket:
            return kShrinkBrackets;
        case CharClass::PauseMark:
        case CharClass::MiddleDot:
            return kShrinkPauses;
        default:
            return kShrinkStops;
    }
}

bool isWordChar(CharClass cls) {
    return cls == CharClass::Latin || cls == CharClass::Digit;
}

bool isChineseText(CharClass cls) {
    return cls == CharClass::Han || isChinesePunctuation(cls);
}

bool mayHangMark(char32_t cp) {
    return cp == U'、' || cp == U'，' || cp == U'。';
}

// Fills m, which holds the defaults (written in place: most clusters set three fields).
void setClusterMetrics(const ShapedParagraph& shaped, const ShapedCluster& cluster,
                       const MeasureRules& rules, uint8_t levelBit, ClusterMetrics& m) {
    const detail::CharInfo info = detail::charInfo(cluster.cp);  // one lookup for every table
    m.cls = info.cls;
    m.noLineStart = (info.noStart & levelBit) != 0;
    m.noLineEnd = (info.noEnd & levelBit) != 0;
    if (m.cls == CharClass::Han) {  // most of a page: no spare space, no trims, no hanging
        m.countsAsCharacter = true;
        return;
    }
    const FontRun& run = shaped.runs[cluster.run];
    if (isCompressiblePunctuation(m.cls) && cluster.glyphEnd == cluster.glyphStart + 1) {
        const Spares spares = sparesFromInk(*run.face, shaped.glyphs[cluster.glyphStart].id,
                                            cluster.advance, static_cast<float>(run.sizePt));
        m.leftSpare = spares.left;
        m.rightSpare = spares.right;
    }
    if (m.cls == CharClass::OpeningBracket && rules.trimLineStartBracket)
        m.startTrim = m.leftSpare;
    m.endTrim = m.cls == CharClass::Space ? cluster.advance : m.rightSpare;
    m.mayHang = rules.hanging == Hanging::End && mayHangMark(cluster.cp);
    m.countsAsCharacter = isWordChar(m.cls) || m.cls == CharClass::Other;
    m.ambiguousQuotation = info.ambiguousQuotation;
}

BreakClass breakClassOf(const ClusterMetrics& a, const ClusterMetrics& b, bool icuAllows,
                        Kinsoku level, float* penalty) {
    const bool inseparable = (a.cls == CharClass::Dash && b.cls == CharClass::Dash) ||
                             (a.cls == CharClass::Ellipsis && b.cls == CharClass::Ellipsis);
    if (inseparable)
        return BreakClass::Never;
    if (level == Kinsoku::None) {
        // No prohibition: any two Chinese characters may part, whatever ICU's classes say.
        if (icuAllows || (isChineseText(a.cls) && isChineseText(b.cls)))
            return BreakClass::Allowed;
        return BreakClass::Never;
    }
    // ICU 72 keeps “ ” ‘ ’ glued to both sides; among Chinese text they are brackets and
    // the tables decide, as UAX #14 does from Unicode 15.1 (LB19a).
    const bool quotationInChinese = (a.ambiguousQuotation || b.ambiguousQuotation) &&
                                    isChineseText(a.cls) && isChineseText(b.cls);
    if (!(icuAllows || quotationInChinese) || b.noLineStart || a.noLineEnd)
        return BreakClass::Never;
    if (a.cls == CharClass::Digit && b.cls == CharClass::Han) {
        *penalty = kNumberUnitBreakPenalty;
        return BreakClass::Discouraged;
    }
    return BreakClass::Allowed;
}

// A junction being set up, with its levels.
struct Spacing {
    Junction j;
    JunctionLevels levels;

    void addShrink(int level, float pt) {
        levels.shrink[static_cast<size_t>(level)] += pt;
        j.shrinkTotal += pt;
    }
    void addStretch(int level, float pt) {
        levels.stretch[static_cast<size_t>(level)] += pt;
        j.stretchTotal += pt;
    }
};

// The spacing between two clusters mid-line: compression of adjacent marks, what each
// side may still give up, word-space elasticity, and whether even spacing applies.
Spacing junctionBetween(const ClusterMetrics& a, const ClusterMetrics& b, const ShapedCluster& ca,
                        double em) {
    Spacing spacing;
    Junction& j = spacing.j;
    float aRight = a.rightSpare, bLeft = b.leftSpare;
    const bool bothMarks = isCompressiblePunctuation(a.cls) && isCompressiblePunctuation(b.cls);
    // ？？ and ？！ keep their GB widths (§2).
    const bool dividingPair = a.cls == CharClass::Dividing && b.cls == CharClass::Dividing;
    if (bothMarks && !dividingPair) {
        const float removable = std::min<float>(aRight + bLeft, float(kAdjacentCompressionEm * em));
        const float fromA = std::min(aRight, removable);
        aRight -= fromA;
        bLeft -= removable - fromA;
        j.adjust -= removable;
    }
    if (aRight > 0)
        spacing.addShrink(shrinkLevelOf(a.cls), aRight);
    if (bLeft > 0)
        spacing.addShrink(shrinkLevelOf(b.cls), bLeft);

    if (a.cls == CharClass::Space) {
        spacing.addShrink(kShrinkWordSpace,
                          std::max<float>(0, ca.advance - float(kWordSpaceMinEm * em)));
        spacing.addStretch(kStretchWordSpace,
                           std::max<float>(0, float(kWordSpaceMaxEm * em) - ca.advance));
    }
    const bool connector = a.cls == CharClass::Connector || b.cls == CharClass::Connector;
    const bool insideWord = isWordChar(a.cls) && isWordChar(b.cls);
    const bool insideInseparable = (a.cls == CharClass::Dash && b.cls == CharClass::Dash) ||
                                   (a.cls == CharClass::Ellipsis && b.cls == CharClass::Ellipsis);
    const bool nextToSpace = a.cls == CharClass::Space || b.cls == CharClass::Space;
    j.evenStretch = !connector && !insideWord && !insideInseparable && !nextToSpace;
    return spacing;
}

}  // namespace

bool MeasuredParagraph::mayHangAt(int end) const {
    if (end <= 1)
        return false;
    const ClusterMetrics& last = metrics[static_cast<size_t>(end - 1)];
    // Never when marks come in a sequence (§3).
    return last.mayHang && !isCompressiblePunctuation(metrics[static_cast<size_t>(end - 2)].cls);
}

LineMeasure MeasuredParagraph::measureLine(int start, int end, bool hangLastMark) const {
    LineMeasure m = measureLineTotals(start, end, hangLastMark);
    // Per level only for justification, once a line: summed over the line's junctions
    // that have levels (those between ideographs have none).
    addLevels(m, levelsWithin(start, end));
    return m;
}

void MeasuredParagraph::addLevels(LineMeasure& line, LevelsRange range) {
    for (const JunctionLevels* levels = range.first; levels != range.second; ++levels) {
        for (int k = 0; k < kShrinkLevelCount; ++k)
            line.shrink[k] += levels->shrink[k];
        for (int k = 0; k < kStretchLevelCount; ++k)
            line.stretch[k] += levels->stretch[k];
    }
}

MeasuredParagraph::LevelsRange MeasuredParagraph::levelsWithin(int start, int end,
                                                               const JunctionLevels* from) const {
    if (!from)
        from = junctionLevels.data() + 1;  // entry 0 stands for "none"
    // Junctions start + 1 … end − 1 lie inside the line.
    const JunctionLevels* const stop = junctionLevels.data() + junctionLevels.size();
    while (from != stop && from->junction < static_cast<uint32_t>(start + 1))
        ++from;
    const JunctionLevels* last = from;
    while (last != stop && last->junction < static_cast<uint32_t>(end))
        ++last;
    return {from, last};
}

namespace {

// The spacing and break class of the junction before cluster i (0 < i < n).
void setJunction(MeasuredParagraph& p, size_t i, bool icuAllows, const uint8_t* wordStarts) {
    Junction& j = p.junctions[i];
    BreakClass& breakClass = p.breakClasses[i];
    const MeasureRules& rules = p.rules;
    const ClusterMetrics& a = p.metrics[i - 1];
    const ClusterMetrics& b = p.metrics[i];
    if (a.cls == CharClass::Han && b.cls == CharClass::Han) {
        // Between two ideographs (most junctions): nothing to adjust; only ICU and the
        // prohibition tables (which list no ideograph) can forbid the break.
        j.evenStretch = true;
        breakClass =
            icuAllows || rules.kinsoku == Kinsoku::None ? BreakClass::Allowed : BreakClass::Never;
    } else {
        const double em = rules.emPt;
        Spacing spacing = junctionBetween(a, b, p.shaped.clusters[i - 1], em);
        // The Han–Latin gap (§4); never at line edges, since edge junctions vanish.
        const bool hanLatin = (a.cls == CharClass::Han && isWordChar(b.cls)) ||
                              (isWordChar(a.cls) && b.cls == CharClass::Han);
        if (hanLatin && rules.latinGapEm > 0) {
            spacing.j.adjust += float(rules.latinGapEm * em);
            spacing.addShrink(kShrinkHanLatin,
                              std::max<float>(0, float((rules.latinGapEm - kHanLatinMinEm) * em)));
            spacing.addStretch(kStretchHanLatin,
                               std::max<float>(0, float((kHanLatinMaxEm - rules.latinGapEm) * em)));
        }
        j = spacing.j;
        breakClass = breakClassOf(a, b, icuAllows, rules.kinsoku, &j.penalty);
        // Levels are never negative: a junction with none has both totals zero.
        if (j.shrinkTotal > 0 || j.stretchTotal > 0) {
            j.levels = static_cast<uint32_t>(p.junctionLevels.size());
            p.junctionLevels.push_back(spacing.levels);
            p.junctionLevels.back().junction = static_cast<uint32_t>(i);
            p.junctionLevels.back().evenStretch = j.evenStretch;
        }
    }
    if (wordStarts && breakClass == BreakClass::Allowed &&
        !wordStarts[p.shaped.clusters[i].textStart]) {
        breakClass = BreakClass::Discouraged;
        j.penalty = kInsideWordBreakPenalty;
    }
}

// The prefix sums that make measureLine O(1), in one pass over clusters and junctions,
// and the most a break can save (see maxBreakSaving).
void sumUp(MeasuredParagraph& p) {
    const auto& clusters = p.shaped.clusters;
    const size_t n = clusters.size();
    p.sums.resize(n + 1);
    MeasuredParagraph::PrefixSums* const sums = p.sums.data();
    p.origins.resize(n);
    p.evensBefore.resize(n);
    double advance = 0, adjust = 0, shrink = 0, stretch = 0, saving = 0;
    double minStartLessShrink = std::numeric_limits<double>::infinity();
    int even = 0, characters = 0;
    sums[0] = {};
    for (size_t i = 0; i < n; ++i) {
        // Here `advance` holds the clusters before cluster i, `adjust` the junctions up to
        // and including junction i (the one before it): a line starting at i keeps neither.
        const ClusterMetrics& m = p.metrics[i];
        p.origins[i] = advance + adjust;
        p.evensBefore[i] = even;
        const double startKey = advance + adjust + m.startTrim;
        sums[i].lineStartKey = startKey;
        minStartLessShrink = std::min(minStartLessShrink, startKey - sums[i].shrink);
        if (i > 0) {  // breaking before cluster i: its junction and shrink go, trims come in
            saving = std::max(saving, startKey - sums[i].lineEndKey - p.junctions[i].shrinkTotal);
        }
        advance += clusters[i].advance;
        characters += m.countsAsCharacter ? 1 : 0;
        const Junction& j = p.junctions[i + 1];
        MeasuredParagraph::PrefixSums& next = sums[i + 1];
        next.lineEndKey = advance + adjust - m.endTrim;
        if (next.lineEndKey < sums[i].lineEndKey)
            p.endKeysAscend = false;
        if (i + 1 < n) {
            adjust += j.adjust;
            even += j.evenStretch ? 1 : 0;
        }
        shrink += j.shrinkTotal;
        stretch += j.stretchTotal;
        next.characters = characters;
        next.evenGaps = even;
        next.shrink = shrink;
        next.stretch = stretch;
    }
    sums[n].lineStartKey = advance + adjust;
    p.totalAdvance = advance;
    if (p.rules.hanging == Hanging::End) {
        double hung = 0;
        for (size_t i = 0; i < n; ++i) {
            if (p.metrics[i].mayHang)
                hung = std::max(hung, p.hangSaving(static_cast<int>(i) + 1));
        }
        saving += hung;
    }
    p.maxBreakSaving = saving;
    p.minStartLessShrink = n > 0 ? minStartLessShrink : 0;
}

}  // namespace

MeasuredParagraph measureParagraph(ShapedParagraph shaped, const MeasureRules& rules) {
    MeasuredParagraph p;
    p.rules = rules;
    p.shaped = std::move(shaped);
    const auto& clusters = p.shaped.clusters;
    const size_t n = clusters.size();
    p.metrics.resize(n);
    const uint8_t levelBit = detail::levelBit(rules.kinsoku);
    for (size_t i = 0; i < n; ++i)
        setClusterMetrics(p.shaped, clusters[i], rules, levelBit, p.metrics[i]);

    const std::vector<uint8_t> icu = icuLineBreakOpportunities(p.shaped.text, rules.kinsoku);
    const std::vector<uint8_t> words =
        rules.breakBetweenWords ? icuWordBoundaries(p.shaped.text) : std::vector<uint8_t>();
    p.junctions.assign(n + 1, Junction{});
    p.breakClasses.assign(n + 1, BreakClass::Never);  // the paragraph's edges: no junction
    // About one junction in six has levels in Chinese text; a quarter rarely needs to grow.
    p.junctionLevels.reserve(n / 4 + 4);
    p.junctionLevels.assign(1, JunctionLevels{});
    for (size_t i = 1; i < n; ++i) {
        setJunction(p, i, icu[clusters[i].textStart] != 0, words.empty() ? nullptr : words.data());
    }
    sumUp(p);
    return p;
}

}  // namespace paiban
