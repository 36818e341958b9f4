#include "proof/proof_marks.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace paiban {

namespace {

// The change bar stands this far left of its column's text and is this wide: inside a
// 1-字 gutter of 9 pt body, clear of the column to its left.
constexpr double kChangeBarGapPt = 2.5;
constexpr double kChangeBarWidthPt = 1.2;

// The left edge of the frame column a line stands in (its text may start indented).
double columnLeft(const Edition& edition, const IndexedLine& line) {
    const auto [page, frame] = edition.frame(line.frameId);
    (void)page;
    if (!frame || frame->columns <= 1)
        return frame ? frame->rect.x : line.left();
    const double width =
        (frame->rect.width - (frame->columns - 1) * frame->gutterPt) / frame->columns;
    const int column = std::clamp(static_cast<int>(std::floor((line.left() - frame->rect.x + 0.5) /
                                                              (width + frame->gutterPt))),
                                  0, frame->columns - 1);
    return frame->rect.x + column * (width + frame->gutterPt);
}

Rect caretRect(const LineIndex::Caret& caret) {
    return {caret.top.x(), caret.top.y(), 0, caret.height};
}

}  // namespace

std::vector<ProofMark> changeMarks(const Edition& edition, const LineIndex& lines,
                                   const std::vector<TextChange>& changes) {
    std::vector<ProofMark> marks;
    for (size_t c = 0; c < changes.size(); ++c) {
        const TextChange& change = changes[c];
        const StoryLines* story = lines.story(change.storyId);
        if (!story || change.kind == TextChange::Kind::StoryRemoved)
            continue;
        const int index = static_cast<int>(c);
        QSet<int> changedLines;
        for (const auto& [from, to] : change.insertions) {
            for (const LineIndex::Band& band : lines.bandsOf(change.storyId, from, to))
                marks.push_back({ProofMark::Kind::Inserted, band.page, band.rect, index, {}, {}});
            const int first = story->lineOf(from);
            int last = story->lineOf(std::max(from, to - 1));
            if (last < 0)  // runs into overset text: mark the lines it has
                last = static_cast<int>(story->lines.size()) - 1;
            for (int line = first; first >= 0 && line <= last; ++line)
                changedLines.insert(line);
        }
        for (const TextChange::Deletion& deletion : change.deletions) {
            if (const auto caret = lines.caretAt(change.storyId, deletion.at))
                marks.push_back({ProofMark::Kind::Deleted,
                                 caret->page,
                                 caretRect(*caret),
                                 index,
                                 {},
                                 deletion.text});
            if (const int line = story->lineOf(deletion.at); line >= 0)
                changedLines.insert(line);
        }
        QList<int> sorted(changedLines.begin(), changedLines.end());
        std::sort(sorted.begin(), sorted.end());
        for (int l : sorted) {
            const IndexedLine& line = story->lines[static_cast<size_t>(l)];
            const double x = columnLeft(edition, line) - kChangeBarGapPt - kChangeBarWidthPt;
            marks.push_back({ProofMark::Kind::ChangeBar,
                             line.page,
                             Rect{x, line.top(), kChangeBarWidthPt, line.bottom() - line.top()},
                             index,
                             {},
                             {}});
        }
    }
    return marks;
}

std::vector<ProofMark> noteMarks(const LineIndex& lines, const std::vector<const Note*>& notes,
                                 const std::vector<QString>& storyIds) {
    std::vector<ProofMark> marks;
    for (size_t n = 0; n < notes.size() && n < storyIds.size(); ++n) {
        const Note& note = *notes[n];
        bool any = false;
        if (note.to > note.from) {
            for (const LineIndex::Band& band : lines.bandsOf(storyIds[n], note.from, note.to)) {
                marks.push_back({ProofMark::Kind::Note, band.page, band.rect, -1, note.id, {}});
                any = true;
            }
        }
        if (!any) {
            if (const auto caret = lines.caretAt(storyIds[n], note.from))
                marks.push_back(
                    {ProofMark::Kind::Note, caret->page, caretRect(*caret), -1, note.id, {}});
        }
    }
    return marks;
}

MarkPlace firstPlace(const LineIndex& lines, const QString& storyId, int from, int to) {
    if (to > from) {
        const auto bands = lines.bandsOf(storyId, from, to);
        if (!bands.empty())
            return {bands.front().page, bands.front().rect};
    }
    if (const auto caret = lines.caretAt(storyId, from))
        return {caret->page, caretRect(*caret)};
    return {};
}

}  // namespace paiban
