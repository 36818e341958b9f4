// A measured paragraph: the shaped clusters plus everything the breaker needs to judge
// a line in constant time — each cluster's class and spare space, each junction's
// spacing (punctuation compression, Han–Latin gap), how far it may shrink and stretch
// at each level of the justification order, and whether a line may break there.
#pragma once

#include <array>
#include <utility>
#include <vector>

#include "shaping/shaped_text.h"
#include "text/char_class.h"

namespace paiban {

// Reduction order of TYPOGRAPHY.md §5 (line-end punctuation is trimmed at the break).
enum ShrinkLevel : uint8_t {
    kShrinkWordSpace,
    kShrinkBrackets,
    kShrinkPauses,
    kShrinkHanLatin,
    kShrinkStops,
    kShrinkLevelCount
};
// Expansion order before even spacing between all characters.
enum StretchLevel : uint8_t { kStretchWordSpace, kStretchHanLatin, kStretchLevelCount };

enum class BreakClass : uint8_t { Never, Allowed, Discouraged };

// What a junction may give up or take on at each level of the justification order. Only
// junctions next to punctuation, Latin or a space have any; they are kept apart from the
// junctions themselves, most of which lie between two ideographs.
struct JunctionLevels {
    std::array<float, kShrinkLevelCount> shrink{};
    std::array<float, kStretchLevelCount> stretch{};
    uint32_t junction = 0;     // which junction: entries ascend, so a line finds its own
    bool evenStretch = false;  // the junction's own flag, here so that placing a line
                               // need not read the junction
};

// The space between cluster i−1 and cluster i, mid-line.
struct Junction {
    float adjust = 0;  // points added (Han–Latin gap) or removed (punctuation compression)
    float shrinkTotal = 0, stretchTotal = 0;  // over the levels
    float penalty = 0;                        // demerits of breaking here, for Discouraged breaks
    uint32_t levels = 0;       // its entry in MeasuredParagraph::junctionLevels; 0: none
    bool evenStretch = false;  // takes part in even inter-character spacing
};

struct ClusterMetrics {
    CharClass cls = CharClass::Other;
    float leftSpare = 0, rightSpare = 0;  // ink-free space a mark may lose, points
    float startTrim = 0;                  // removed when the cluster starts a line
    float endTrim = 0;                    // removed when the cluster ends a line
    bool mayHang = false;                 // 、，。 that may hang outside the measure
    bool countsAsCharacter = false;       // for 孤字: not punctuation, not space
    // The prohibition tables at the paragraph's kinsoku level, looked up once.
    bool noLineStart = false, noLineEnd = false;
    bool ambiguousQuotation = false;  // “ ” ‘ ’
};

// The settings of a paragraph style that the measurement depends on.
struct MeasureRules {
    Kinsoku kinsoku = Kinsoku::Gb;
    double latinGapEm = 0.25;
    bool trimLineStartBracket = true;
    bool breakBetweenWords = false;  // discourage breaks inside dictionary words
    Hanging hanging = Hanging::Off;
    double emPt = 9;  // the paragraph's body size: 1 字
};

struct LineMeasure {
    double natural = 0;  // width before justification, after punctuation adjustment
    std::array<double, kShrinkLevelCount> shrink{};
    std::array<double, kStretchLevelCount> stretch{};
    double shrinkTotal = 0, stretchTotal = 0;  // over all levels
    int evenGaps = 0;
    int characters = 0;
    double totalShrink() const { return shrinkTotal; }
    double totalStretch() const { return stretchTotal; }
};

struct MeasuredParagraph {
    ShapedParagraph shaped;
    MeasureRules rules;
    std::vector<ClusterMetrics> metrics;         // one per cluster
    std::vector<Junction> junctions;             // size n + 1: [i] lies before cluster i
    std::vector<JunctionLevels> junctionLevels;  // [0] is all zero: "no levels"; then by junction
    // Whether a line may end at each junction (n + 1 entries, [i] before cluster i), kept
    // apart from the junctions: the breaker asks it of every end it tries, and a byte a
    // junction keeps that to a few cache lines a paragraph.
    std::vector<BreakClass> breakClasses;

    int clusterCount() const { return static_cast<int>(metrics.size()); }
    // The entries of junctionLevels for the junctions inside the line [start, end), stepped
    // to from `from` (an entry at or before the first of them; the table's start if null):
    // lines placed in order pass on where the last one stopped.
    using LevelsRange = std::pair<const JunctionLevels*, const JunctionLevels*>;
    LevelsRange levelsWithin(int start, int end, const JunctionLevels* from = nullptr) const;
    // Adds the levels of `range` to the line's per-level totals (what measureLine adds).
    static void addLevels(LineMeasure& line, LevelsRange range);
    // The line of clusters [start, end), hanging its last mark when asked; the levels are
    // summed over the line (for justification), the totals come from prefix sums.
    LineMeasure measureLine(int start, int end, bool hangLastMark = false) const;
    // The same without the per-level breakdown (shrink/stretch arrays stay zero): all
    // that judging a line needs, for the breaker's inner loop.
    LineMeasure measureLineTotals(int start, int end, bool hangLastMark = false) const {
        const auto a = static_cast<size_t>(start), b = static_cast<size_t>(end);
        LineMeasure m;
        m.natural = naturalWidth(start, end);
        if (hangLastMark)
            m.natural -= hangSaving(end);
        m.shrinkTotal = sums[b - 1].shrink - sums[a].shrink;
        m.stretchTotal = sums[b - 1].stretch - sums[a].stretch;
        m.evenGaps = sums[b - 1].evenGaps - sums[a].evenGaps;
        m.characters = sums[b].characters - sums[a].characters;
        return m;
    }
    bool mayHangAt(int end) const;  // may the line ending before `end` hang its last mark?
    // What hanging that mark outside the measure takes off the line's width (its advance,
    // less the trim a line end takes anyway).
    double hangSaving(int end) const {
        const auto last = static_cast<size_t>(end - 1);
        return shaped.clusters[last].advance - metrics[last].endTrim;
    }
    // The two numbers the breaker asks most, without the rest of measureLine.
    double naturalWidth(int start, int end) const {
        return sums[static_cast<size_t>(end)].lineEndKey -
               sums[static_cast<size_t>(start)].lineStartKey;
    }
    double minimumWidth(int start, int end) const {  // after every reduction
        return naturalWidth(start, end) - (sums[static_cast<size_t>(end - 1)].shrink -
                                           sums[static_cast<size_t>(start)].shrink);
    }

    double totalAdvance = 0;  // the clusters' advances, before any adjustment
    // Prefix sums over clusters and junctions, n + 1 entries in one array: measureLine is
    // O(1), and the breaker reads one entry per position it tries.
    struct PrefixSums {
        // natural(a, b) = lineEndKey of b − lineStartKey of a: trims and junctions folded in,
        // so the breaker's inner loop does one subtraction.
        double lineStartKey, lineEndKey;
        double shrink, stretch;  // over junctions 1..i
        int32_t evenGaps;        // junctions 1..i that take even spacing
        int32_t characters;      // clusters before i that count for 孤字
    };
    std::vector<PrefixSums> sums;
    // Where each cluster starts, from the paragraph's start, with its junctions' spacing
    // but no trims or justification; and how many junctions up to it (1..i) take even
    // spacing. Under even spacing alone (most lines) a line's positions are then
    // origin − origin of its start + gap × (evens − evens of its start): no sum along the
    // line, and a loop the compiler vectorises. evensBefore[i] is sums[i].evenGaps, kept
    // apart so that placing a line reads 4 bytes a cluster instead of a 40-byte record.
    std::vector<double> origins;
    std::vector<int32_t> evensBefore;
    // Whether lineEndKey never decreases along the paragraph (so the breaker may skip
    // ahead in strides when looking for the first end far enough from a start): a mark
    // whose trim outweighs its advance and junction could make it dip.
    bool endKeysAscend = true;
    // The most that breaking a line anywhere (or hanging a mark) takes off the paragraph's
    // least width (trims at the new line edges, less the junction's shrink): with it the
    // breaker bounds how many lines the rest of a paragraph needs at least.
    double maxBreakSaving = 0;
    // The least of lineStartKey − shrink over the breaks: with it the breaker knows the
    // most any rest of the paragraph can need (its least width from the worst start).
    double minStartLessShrink = 0;
};

// Classifies clusters, finds spare space from glyph ink, sets junction spacing and
// break classes (ICU + the clreq tables of the rules' kinsoku level).
MeasuredParagraph measureParagraph(ShapedParagraph shaped, const MeasureRules& rules);

}  // namespace paiban
