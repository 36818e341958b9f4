#include "flow/story_flow.h"

#include <algorithm>
#include <cmath>

#include "compose/paragraph_composer.h"
#include "flow/fields.h"
#include "flow/jump_lines.h"
#include "shaping/font_registry.h"

namespace paiban {
namespace {

// A slot beside a photo narrower than this many 字 is left empty: two or three
// characters a line is unreadable.
constexpr double kMinSlotWidthEm = 4;
// Lines to look ahead beyond the paragraph's estimated length before breaking, so that
// most paragraphs break once.
constexpr int kExtraSlots = 2;
// Spare lines are counted up to this many: a frame that empty is a layout not yet begun,
// and counting a page of slivers must stay quick.
constexpr int kMostSpareLinesCounted = 10000;

void reportShaping(const Story& story, int index, const MeasuredParagraph& p, Diagnostics* out) {
    for (const auto& missing : p.shaped.missing) {
        const char32_t cp = missing.cp;
        Diagnostic d{
            DiagnosticKind::MissingGlyph,
            QStringLiteral("缺字: no font has U+%1 “%2” (story %3, paragraph %4, character %5)")
                .arg(QString::number(static_cast<uint>(cp), 16).toUpper().rightJustified(4, u'0'),
                     QString::fromUcs4(&cp, 1), story.id)
                .arg(index + 1)
                .arg(missing.codePoint + 1)};
        d.args = {QString::number(static_cast<uint>(cp), 16).toUpper().rightJustified(4, u'0'),
                  QString::fromUcs4(&cp, 1), story.id, QString::number(index + 1),
                  QString::number(missing.codePoint + 1)};
        d.storyId = story.id;
        d.paragraph = index;
        d.codePoint = static_cast<int>(missing.codePoint);
        out->push_back(d);
    }
    for (const auto& family : p.shaped.missingFonts) {
        Diagnostic d{DiagnosticKind::MissingFont,
                     QStringLiteral("font “%1” is not installed; story %2 uses a fallback")
                         .arg(QString::fromStdString(family), story.id)};
        d.args = {QString::fromStdString(family), story.id};
        d.storyId = story.id;
        d.paragraph = index;
        out->push_back(d);
    }
}

// 孤行 (widow control): a paragraph's last line should not open a column. When it would,
// the line before it goes along, leaving the previous column one line short. The lines
// keep their breaks when both columns have one width; otherwise they are left alone.
// Returns whether it moved a line.
bool keepLastLineOffColumnTop(size_t lineCount, std::vector<LineSlot>* lineSlots) {
    if (lineCount < 2 || lineSlots->size() < lineCount)
        return false;
    const LineSlot& last = (*lineSlots)[lineCount - 1];
    const LineSlot& before = (*lineSlots)[lineCount - 2];
    if (last.region == before.region)
        return false;
    if (std::abs(last.width - before.width) > 0.01)
        return false;
    lineSlots->erase(lineSlots->begin() + static_cast<long>(lineCount - 2));
    return true;
}

// Lines the preflight should point at: loose, overfull, or broken where the rules forbid.
void reportLine(const Story& story, int index, const MeasuredParagraph& p, const PlacedLine& line,
                const Region& region, const LineSlot& slot, const LineMetricsPt& metrics,
                Diagnostics* out) {
    const bool lastLine = line.span.end == p.clusterCount();
    DiagnosticKind kind;
    QString what, gap;
    if (line.span.overfull) {
        kind = DiagnosticKind::OverfullLine;
        what = QStringLiteral("is wider than its column");
    } else if (line.span.forcedBreak) {
        kind = DiagnosticKind::ProhibitedBreak;
        what = QStringLiteral("breaks where the rules forbid (nothing else fitted)");
    } else if (!lastLine && line.isLoose(p.rules.emPt)) {
        kind = DiagnosticKind::LooseLine;
        gap = QString::number(line.maxGap / p.rules.emPt, 'f', 2);
        what = QStringLiteral("is loose (%1 em between characters)").arg(gap);
    } else {
        return;
    }
    const uint32_t start = p.shaped.clusters[static_cast<size_t>(line.span.start)].textStart;
    const uint32_t end = p.shaped.clusters[static_cast<size_t>(line.span.end - 1)].textEnd;
    const QString text =
        QString::fromUtf16(p.shaped.text.data() + start, static_cast<qsizetype>(end - start));
    Diagnostic d{kind, QStringLiteral("story %1, paragraph %2: the line “%3” %4")
                           .arg(story.id)
                           .arg(index + 1)
                           .arg(text, what)};
    d.args = {story.id, QString::number(index + 1), text};
    if (!gap.isEmpty())
        d.args << gap;
    d.storyId = story.id;
    d.paragraph = index;
    d.codePoint = static_cast<int>(codePointOffset(p.shaped.text, start));
    d.page = region.page;
    d.frameId = region.frameId;
    d.area =
        Rect{slot.x, slot.baseline - metrics.ascent, slot.width, metrics.ascent + metrics.descent};
    out->push_back(d);
}

}  // namespace

LineMetricsPt lineMetricsFor(const ParagraphStyle& style, const MeasuredParagraph& p) {
    LineMetricsPt m;
    double ascent = 0.88, descent = 0.12;  // the ideographic em box, if no font is found
    if (!p.shaped.runs.empty()) {
        ascent = p.shaped.runs.front().face->ascent();
        descent = -p.shaped.runs.front().face->descent();
    }
    double size = style.sizePt;
    for (const auto& run : p.shaped.runs)
        size = std::max(size, run.sizePt);
    m.ascent = ascent * size;
    m.descent = descent * size;
    m.leading = std::max(style.leading(), size);
    m.onGrid = style.alignToGrid;
    m.minWidth = kMinSlotWidthEm * style.sizePt;
    return m;
}

std::vector<StyledSpan> styledSpans(const Paragraph& paragraph, const ParagraphStyle& style,
                                    const StyleSheet& styles) {
    std::vector<StyledSpan> spans;
    uint32_t offset = 0;
    for (const auto& run : paragraph.runs) {
        StyledSpan span{offset,           offset + static_cast<uint32_t>(run.text.size()),
                        style.fontFamily, style.fontWeight,
                        style.sizePt,     style.color};
        if (const CharacterStyle* cs = styles.characterStyle(run.characterStyle)) {
            if (cs->fontFamily)
                span.fontFamily = *cs->fontFamily;
            if (cs->fontWeight)
                span.fontWeight = *cs->fontWeight;
            if (cs->sizePt)
                span.sizePt = *cs->sizePt;
            if (cs->color)
                span.color = *cs->color;
        }
        offset = span.end;
        if (span.end > span.start)
            spans.push_back(std::move(span));
    }
    return spans;
}

std::shared_ptr<const MeasuredParagraph> ParagraphCache::measure(const Paragraph& paragraph,
                                                                 const ParagraphStyle& style,
                                                                 const StyleSheet& styles,
                                                                 FontRegistry& fonts) {
    const std::vector<StyledSpan> spans = styledSpans(paragraph, style, styles);
    const MeasureRules rules = measureRulesFor(style);
    // The key holds everything shaping and measuring read.
    QString key = QStringLiteral("%1|%2|%3|%4|%5|%6|")
                      .arg(static_cast<int>(rules.kinsoku))
                      .arg(rules.latinGapEm)
                      .arg(rules.trimLineStartBracket)
                      .arg(static_cast<int>(rules.hanging))
                      .arg(rules.emPt)
                      .arg(rules.breakBetweenWords);
    for (const auto& s : spans) {
        key += QStringLiteral("%1-%2:%3:%4:%5:%6,%7,%8,%9;")
                   .arg(s.start)
                   .arg(s.end)
                   .arg(QString::fromStdString(s.fontFamily))
                   .arg(s.fontWeight)
                   .arg(s.sizePt)
                   .arg(s.color.c)
                   .arg(s.color.m)
                   .arg(s.color.y)
                   .arg(s.color.k);
    }
    const QString text = paragraph.text();
    key += text;
    {
        std::lock_guard lock(mutex_);
        if (auto it = entries_.find(key); it != entries_.end()) {
            it->lastUsed = generation_;
            return it->measured;
        }
        ++misses_;
    }
    // Measured outside the lock: other threads' paragraphs go on meanwhile.
    auto measured = std::make_shared<const MeasuredParagraph>(
        measureText(toU16String(text), spans, style, fonts));
    std::lock_guard lock(mutex_);
    if (auto it = entries_.find(key); it != entries_.end())
        return it->measured;  // another thread measured the same paragraph first
    entries_.insert(key, Entry{measured, generation_});
    return measured;
}

void ParagraphCache::endLayout() {
    std::lock_guard lock(mutex_);
    for (auto it = entries_.begin(); it != entries_.end();) {
        // Kept while a caller (a story set earlier and reused) still holds it.
        if (it->lastUsed != generation_ && it->measured.use_count() == 1)
            it = entries_.erase(it);
        else
            ++it;
    }
}

namespace {

// The story's paragraphs set into the regions, one after another.
StoryLayout flowParagraphs(const Edition& edition, const Story& story,
                           const std::vector<Region>& regions, FontRegistry& fonts,
                           ParagraphCache& cache) {
    StoryLayout out;
    SlotCursor cursor(&regions);
    static const ParagraphStyle kDefaultStyle;
    std::optional<LineMetricsPt> lastMetrics;
    for (size_t index = 0; index < story.paragraphs.size(); ++index) {
        const Paragraph& paragraph = story.paragraphs[index];
        const ParagraphStyle* found = edition.styles.paragraphStyle(paragraph.style);
        const ParagraphStyle& style = found ? *found : kDefaultStyle;
        auto measured = cache.measure(paragraph, style, edition.styles, fonts);
        const size_t shapingReports = out.diagnostics.size();
        reportShaping(story, static_cast<int>(index), *measured, &out.diagnostics);
        if (measured->clusterCount() == 0)
            continue;
        const LineMetricsPt metrics = lineMetricsFor(style, *measured);
        lastMetrics = metrics;
        if (!cursor.atRegionTop())
            cursor.addSpace(style.spaceBeforePt);

        // Take slots for the estimated number of lines, break, and take more if needed.
        // Each slot keeps the cursor as it stands after it, to resume from.
        std::vector<LineSlot> lineSlots;
        std::vector<SlotCursor> after;
        std::vector<PlacedLine> lines;
        SlotCursor lookahead = cursor;
        bool exhausted = false;
        const double total = measured->totalAdvance;
        for (;;) {
            const double width = lineSlots.empty() ? 0 : lineSlots.back().width;
            // As many as the text needs at the last slot's width, and never fewer than the
            // last composition set: slots narrower than the last one (beside a photo) hold
            // less, and asking for no more slots than that would ask for the same again.
            const int wanted =
                lineSlots.empty()
                    ? 1
                    : std::max(static_cast<int>(std::ceil(total / std::max(width, 1.0))),
                               static_cast<int>(lines.size())) +
                          kExtraSlots;
            while (!exhausted && static_cast<int>(lineSlots.size()) < wanted) {
                auto slot = lookahead.next(metrics);
                if (!slot) {
                    exhausted = true;
                } else {
                    lineSlots.push_back(*slot);
                    after.push_back(lookahead);
                }
            }
            if (lineSlots.empty())
                break;
            std::vector<double> widths;
            for (const auto& slot : lineSlots)
                widths.push_back(slot.width);
            lines = composeLines(*measured, style, widths);
            if (lines.size() <= lineSlots.size() || exhausted)
                break;
        }
        if (style.widowControl && keepLastLineOffColumnTop(lines.size(), &lineSlots)) {
            after.erase(after.begin() + static_cast<long>(lines.size() - 2));
        }
        const size_t used = std::min(lines.size(), lineSlots.size());
        if (used > 0)
            cursor = after[used - 1];
        for (size_t i = 0; i < used; ++i) {
            const Region& r = regions[static_cast<size_t>(lineSlots[i].region)];
            out.lines.push_back({r.page, lineSlots[i].region, lineSlots[i].x, lineSlots[i].baseline,
                                 metrics.ascent, metrics.descent, measured, lines[i],
                                 static_cast<int>(index), r.frameId});
            reportLine(story, static_cast<int>(index), *measured, lines[i], r, lineSlots[i],
                       metrics, &out.diagnostics);
            // A 缺字 is shown where it stands: on its line.
            if (measured->shaped.missing.empty())
                continue;
            const auto& clusters = measured->shaped.clusters;
            const auto& text = measured->shaped.text;
            const int from = static_cast<int>(codePointOffset(
                text, clusters[static_cast<size_t>(lines[i].span.start)].textStart));
            const int to = static_cast<int>(codePointOffset(
                text, clusters[static_cast<size_t>(lines[i].span.end - 1)].textEnd));
            for (size_t d = shapingReports; d < out.diagnostics.size(); ++d) {
                Diagnostic& missing = out.diagnostics[d];
                if (missing.kind != DiagnosticKind::MissingGlyph || missing.codePoint < from ||
                    missing.codePoint >= to) {
                    continue;
                }
                missing.page = r.page;
                missing.frameId = r.frameId;
                missing.area = Rect{lineSlots[i].x, lineSlots[i].baseline - metrics.ascent,
                                    lineSlots[i].width, metrics.ascent + metrics.descent};
            }
        }
        if (used < lines.size() || lineSlots.empty()) {
            out.oversetParagraph = static_cast<int>(index);
            const int firstCluster = used < lines.size() ? lines[used].span.start : 0;
            const auto& clusters = measured->shaped.clusters;
            out.oversetCharacters =
                static_cast<int>(measured->shaped.text.size() -
                                 clusters[static_cast<size_t>(firstCluster)].textStart);
            for (size_t rest = index + 1; rest < story.paragraphs.size(); ++rest) {
                out.oversetCharacters += static_cast<int>(story.paragraphs[rest].text().size());
            }
            Diagnostic d{DiagnosticKind::Overset,
                         QStringLiteral("溢文: story %1 does not fit its frames; %2 characters are "
                                        "overset, from paragraph %3")
                             .arg(story.id)
                             .arg(out.oversetCharacters)
                             .arg(index + 1)};
            d.args = {story.id, QString::number(out.oversetCharacters), QString::number(index + 1)};
            d.storyId = story.id;
            d.paragraph = static_cast<int>(index);
            d.frameId = story.frameIds.empty() ? QString() : story.frameIds.back();
            const auto [page, frame] = edition.frame(d.frameId);
            d.page = page;
            if (frame)
                d.area = frame->rect;
            out.diagnostics.push_back(d);
            break;
        }
        cursor.addSpace(style.spaceAfterPt);
    }
    // Copy-fitting: the lines of the last paragraph's size its frames still have room for.
    if (out.oversetParagraph < 0 && lastMetrics) {
        SlotCursor rest = cursor;
        while (out.spareLines < kMostSpareLinesCounted && rest.next(*lastMetrics))
            ++out.spareLines;
    }
    return out;
}

// Shifts the lines of frames set to centre or bottom down into the space they leave,
// column by column.
void alignVertically(const Edition& edition, const std::vector<Region>& regions,
                     std::vector<FlowedLine>* lines) {
    for (size_t r = 0; r < regions.size(); ++r) {
        const auto [page, frame] = edition.frame(regions[r].frameId);
        if (!frame || frame->verticalAlign == VerticalAlign::Top)
            continue;
        double top = 0, bottom = 0;
        bool any = false;
        for (const FlowedLine& l : *lines) {
            if (l.region != static_cast<int>(r))
                continue;
            top = any ? std::min(top, l.baseline - l.ascent) : l.baseline - l.ascent;
            bottom = any ? std::max(bottom, l.baseline + l.descent) : l.baseline + l.descent;
            any = true;
        }
        if (!any)
            continue;
        const double room = regions[r].bottom - bottom;
        const double shift = frame->verticalAlign == VerticalAlign::Bottom
                                 ? room
                                 : (regions[r].top + regions[r].bottom) / 2 - (top + bottom) / 2;
        if (shift <= 0)
            continue;
        for (FlowedLine& l : *lines) {
            if (l.region == static_cast<int>(r))
                l.baseline += shift;
        }
    }
}

}  // namespace

StoryLayout flowStory(const Edition& edition, const Story& story, FontRegistry& fonts,
                      ParagraphCache& cache) {
    const Story resolved = withFieldsFilledIn(edition, story);
    std::vector<Region> regions = regionsOfThread(edition, resolved);
    std::vector<PageTurn> turns = pageTurns(regions);
    if (turns.empty()) {
        StoryLayout out = flowParagraphs(edition, resolved, regions, fonts, cache);
        alignVertically(edition, regions, &out.lines);
        return out;
    }
    // The turns the text reaches without jump lines need them; the lines they take may
    // push the text across a further turn, which then needs its own.
    StoryLayout out = flowParagraphs(edition, resolved, regions, fonts, cache);
    size_t reached = turnsReached(turns, out);
    const JumpLineSetter jumps(edition, fonts, cache);
    std::vector<Region> reserved = regions;
    while (reached > 0) {
        turns.resize(reached);
        reserved = regions;
        jumps.reserve(turns, &reserved);
        out = flowParagraphs(edition, resolved, reserved, fonts, cache);
        const size_t further = turnsReached(pageTurns(regions), out);
        if (further <= reached)
            break;
        turns = pageTurns(regions);
        reached = further;
    }
    turns.resize(reached);
    alignVertically(edition, reserved, &out.lines);
    jumps.place(turns, regions, &out.lines);
    return out;
}

}  // namespace paiban
