#include "display/line_index.h"

#include <algorithm>
#include <cmath>

#include "flow/story_flow.h"

namespace paiban {
namespace {

// A point this far (in em of the line's height, as ascent) beyond a line's ends still hits
// it: a click in the gutter next to a line means that line.
constexpr double kHitSlackAscents = 1.0;
// Selected paragraph ends show as a sliver this wide (of the line's ascent): selecting a
// paragraph break is visible.
constexpr double kParagraphEndAscents = 0.3;

}  // namespace

double IndexedLine::xAt(int offset) const {
    const auto it = std::upper_bound(offsets.begin(), offsets.end(), offset);
    const size_t k = it == offsets.begin() ? 0 : static_cast<size_t>(it - offsets.begin()) - 1;
    return xs[k];
}

int IndexedLine::offsetAt(double x) const {
    for (size_t k = 0; k + 1 < xs.size(); ++k) {
        if (x < (xs[k] + xs[k + 1]) / 2)
            return offsets[k];
    }
    return offsets.back();
}

StoryLines StoryLines::fromFlow(const Story& story, const std::vector<FlowedLine>& flowed,
                                const std::optional<std::pair<int, Rect>>& firstFrame) {
    StoryLines out;
    int start = 0;
    for (const Paragraph& p : story.paragraphs) {
        out.paragraphStarts.push_back(start);
        start += static_cast<int>(p.text().size()) + 1;
    }
    out.length = std::max(0, start - 1);
    out.characters = out.length - std::max(0, static_cast<int>(story.paragraphs.size()) - 1);
    for (const FlowedLine& line : flowed) {
        if (line.paragraphIndex < 0 ||
            line.paragraphIndex >= static_cast<int>(out.paragraphStarts.size()))
            continue;  // furniture (a jump line) is not the story's text
        const int base = out.paragraphStarts[static_cast<size_t>(line.paragraphIndex)];
        const auto& clusters = line.paragraph->shaped.clusters;
        const PlacedLine& placed = line.line;
        IndexedLine indexed;
        indexed.page = line.page;
        indexed.frameId = line.frameId;
        indexed.baseline = line.baseline;
        indexed.ascent = line.ascent;
        indexed.descent = line.descent;
        indexed.paragraph = line.paragraphIndex;
        for (int c = placed.span.start; c < placed.span.end; ++c) {
            indexed.offsets.push_back(base +
                                      static_cast<int>(clusters[static_cast<size_t>(c)].textStart));
            indexed.xs.push_back(line.x +
                                 placed.clusterX[static_cast<size_t>(c - placed.span.start)]);
        }
        indexed.offsets.push_back(
            base + static_cast<int>(clusters[static_cast<size_t>(placed.span.end - 1)].textEnd));
        indexed.xs.push_back(line.x + placed.offset + placed.width);
        out.lines.push_back(std::move(indexed));
    }
    if (out.lines.empty())
        out.emptyCaret = firstFrame;
    return out;
}

int StoryLines::lineOf(int offset, bool atLineEnd) const {
    for (size_t i = 0; i < lines.size(); ++i) {
        const IndexedLine& line = lines[i];
        if (atLineEnd && offset == line.end() && offset > line.start())
            return static_cast<int>(i);
        if (offset >= line.start() && offset < line.end())
            return static_cast<int>(i);
        const bool paragraphEnds =
            i + 1 == lines.size() || lines[i + 1].paragraph != line.paragraph;
        if (offset == line.end() && paragraphEnds)
            return static_cast<int>(i);
    }
    // An empty paragraph has no line: the caret stands after the last line before it.
    int before = -1;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].end() <= offset)
            before = static_cast<int>(i);
    }
    return before;
}

void LineIndex::add(const QString& storyId, std::shared_ptr<const StoryLines> lines) {
    for (size_t i = 0; i < lines->lines.size(); ++i)
        byPage_[lines->lines[i].page].emplace_back(storyId, static_cast<int>(i));
    stories_.insert(storyId, std::move(lines));
}

const StoryLines* LineIndex::story(const QString& storyId) const {
    const auto it = stories_.constFind(storyId);
    return it == stories_.cend() ? nullptr : it->get();
}

std::optional<LineIndex::TextHit> LineIndex::textAt(int page, const QPointF& point) const {
    const auto it = byPage_.constFind(page);
    if (it == byPage_.cend())
        return std::nullopt;
    for (const auto& [storyId, index] : *it) {
        const IndexedLine& line = stories_.value(storyId)->lines[static_cast<size_t>(index)];
        const double slack = kHitSlackAscents * line.ascent;
        if (point.y() < line.top() || point.y() > line.bottom() ||
            point.x() < line.left() - slack || point.x() > line.right() + slack)
            continue;
        const int offset = line.offsetAt(point.x());
        return TextHit{storyId, offset, offset == line.end()};
    }
    return std::nullopt;
}

std::optional<LineIndex::TextHit> LineIndex::nearestIn(const QString& storyId, int page,
                                                       const QPointF& point) const {
    const StoryLines* lines = story(storyId);
    if (!lines)
        return std::nullopt;
    const IndexedLine* best = nullptr;
    double bestDistance = 0;
    bool bestInColumn = false;
    for (const IndexedLine& line : lines->lines) {
        if (line.page != page)
            continue;
        const double slack = kHitSlackAscents * line.ascent;
        const bool inColumn = point.x() >= line.left() - slack && point.x() <= line.right() + slack;
        const double dy = std::max({0.0, line.top() - point.y(), point.y() - line.bottom()});
        const double dx = std::max({0.0, line.left() - point.x(), point.x() - line.right()});
        // A line of the column under the point wins over one beside it.
        if (!best || (inColumn && !bestInColumn) ||
            (inColumn == bestInColumn && dx + dy < bestDistance)) {
            best = &line;
            bestDistance = dx + dy;
            bestInColumn = inColumn;
        }
    }
    if (!best)
        return std::nullopt;
    // Above a column's first line: its start; below its last: its end.
    if (point.y() < best->top() && !bestInColumn)
        return TextHit{storyId, best->start(), false};
    const int offset = best->offsetAt(point.x());
    return TextHit{storyId, offset, offset == best->end()};
}

std::optional<LineIndex::Caret> LineIndex::caretAt(const QString& storyId, int offset,
                                                   bool atLineEnd) const {
    const StoryLines* lines = story(storyId);
    if (!lines)
        return std::nullopt;
    if (lines->lines.empty()) {
        if (!lines->emptyCaret)
            return std::nullopt;
        const auto& [page, rect] = *lines->emptyCaret;
        return Caret{page, QPointF(rect.x, rect.y), std::min(rect.height, 9.0)};
    }
    const int i = lines->lineOf(offset, atLineEnd);
    if (i < 0)
        return std::nullopt;
    const IndexedLine& line = lines->lines[static_cast<size_t>(i)];
    const double x = offset >= line.end() ? line.right() : line.xAt(offset);
    return Caret{line.page, QPointF(x, line.top()), line.ascent + line.descent};
}

int LineIndex::lineStart(const QString& storyId, int offset, bool atLineEnd) const {
    const StoryLines* lines = story(storyId);
    const int i = lines ? lines->lineOf(offset, atLineEnd) : -1;
    return i < 0 ? offset : lines->lines[static_cast<size_t>(i)].start();
}

int LineIndex::lineEnd(const QString& storyId, int offset, bool atLineEnd) const {
    const StoryLines* lines = story(storyId);
    const int i = lines ? lines->lineOf(offset, atLineEnd) : -1;
    return i < 0 ? offset : lines->lines[static_cast<size_t>(i)].end();
}

double LineIndex::xInLine(const QString& storyId, int offset, bool atLineEnd) const {
    const StoryLines* lines = story(storyId);
    const int i = lines ? lines->lineOf(offset, atLineEnd) : -1;
    if (i < 0)
        return 0;
    const IndexedLine& line = lines->lines[static_cast<size_t>(i)];
    return (offset >= line.end() ? line.right() : line.xAt(offset)) - line.left();
}

LineIndex::TextHit LineIndex::lineAbove(const QString& storyId, int offset, bool atLineEnd,
                                        double goalX) const {
    const StoryLines* lines = story(storyId);
    const int i = lines ? lines->lineOf(offset, atLineEnd) : -1;
    if (i < 0)
        return {storyId, offset, atLineEnd};
    if (i == 0)
        return {storyId, 0, false};  // on the first line: to the story's start
    const IndexedLine& above = lines->lines[static_cast<size_t>(i - 1)];
    const int to = above.offsetAt(above.left() + goalX);
    return {storyId, to, to == above.end()};
}

LineIndex::TextHit LineIndex::lineBelow(const QString& storyId, int offset, bool atLineEnd,
                                        double goalX) const {
    const StoryLines* lines = story(storyId);
    const int i = lines ? lines->lineOf(offset, atLineEnd) : -1;
    if (i < 0)
        return {storyId, offset, atLineEnd};
    if (static_cast<size_t>(i) + 1 >= lines->lines.size())
        return {storyId, lines->lines.back().end(), false};  // on the last line: to its end
    const IndexedLine& below = lines->lines[static_cast<size_t>(i) + 1];
    const int to = below.offsetAt(below.left() + goalX);
    return {storyId, to, to == below.end()};
}

std::vector<LineIndex::Band> LineIndex::bandsOf(const QString& storyId, int from, int to) const {
    std::vector<Band> bands;
    const StoryLines* lines = story(storyId);
    if (!lines || from >= to)
        return bands;
    for (size_t i = 0; i < lines->lines.size(); ++i) {
        const IndexedLine& line = lines->lines[i];
        if (line.end() < from || line.start() >= to)
            continue;
        const int a = std::max(from, line.start()), b = std::min(to, line.end());
        double left = line.xAt(a), right = line.xAt(b);
        if (b == line.end())
            right = line.right();
        // A paragraph break inside the range shows as a sliver after the line.
        const bool paragraphEnds =
            i + 1 == lines->lines.size() || lines->lines[i + 1].paragraph != line.paragraph;
        if (paragraphEnds && to > line.end())
            right += kParagraphEndAscents * line.ascent;
        if (right - left <= 0)
            continue;
        bands.push_back(
            {line.page, Rect{left, line.top(), right - left, line.ascent + line.descent}});
    }
    return bands;
}

}  // namespace paiban
