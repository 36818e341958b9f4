// Where each story's text stands on the pages, line by line: what the editor hit-tests a
// click against, where it draws the caret and a selection, and how the caret moves by line
// (Home/End, Up/Down keeping its place across lines, columns and frames). Built from the
// flowed lines when a story is set, and kept with it while it is reused.
//
// Offsets are into the story's plain text (paragraphs joined by '\n', as model/text_edit
// has it); x and y are page points.
#pragma once

#include <QHash>
#include <QPointF>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

#include "model/document.h"

namespace paiban {

struct FlowedLine;

struct IndexedLine {
    int page = 0;
    QString frameId;
    double baseline = 0, ascent = 0, descent = 0;
    int paragraph = 0;
    // The caret places on the line, ascending: each cluster's start, then the line's end
    // (offset and page x).
    std::vector<int> offsets;
    std::vector<double> xs;
    int start() const { return offsets.front(); }
    int end() const { return offsets.back(); }
    double left() const { return xs.front(); }
    double right() const { return xs.back(); }
    double top() const { return baseline - ascent; }
    double bottom() const { return baseline + descent; }
    double xAt(int offset) const;  // the caret's x before `offset` (clamped to the line)
    int offsetAt(double x) const;  // the caret place nearest x
};

// A story's lines in reading order (column by column, frame by frame, page by page).
struct StoryLines {
    std::vector<IndexedLine> lines;
    std::vector<int> paragraphStarts;  // plain-text offset where each paragraph starts
    int length = 0;                    // of the plain text
    // Copy-fitting: characters (paragraph breaks not counted), and how far the story runs
    // over its frames (characters overset) or under them (lines still free).
    int characters = 0;
    int oversetCharacters = 0;
    int spareLines = 0;
    // Where the caret of a story with no line stands (empty, at its first frame's head).
    std::optional<std::pair<int, Rect>> emptyCaret;

    static StoryLines fromFlow(const Story& story, const std::vector<FlowedLine>& lines,
                               const std::optional<std::pair<int, Rect>>& firstFrame);
    // The line holding the caret at `offset`, or −1 (overset text). Where a paragraph runs
    // on, a line's end is the next line's start: the caret stands at the start of the next
    // line unless `atLineEnd` says it stands at the end of this one (after End, or a click
    // past a line's last character).
    int lineOf(int offset, bool atLineEnd = false) const;
};

class LineIndex {
public:
    struct TextHit {
        QString storyId;
        int offset = 0;
        bool atLineEnd = false;  // past the last character of a line that runs on
    };
    struct Caret {
        int page = 0;
        QPointF top;
        double height = 0;
    };

    void add(const QString& storyId, std::shared_ptr<const StoryLines> lines);
    const StoryLines* story(const QString& storyId) const;

    // The story text under a point of a page (a line's band, a little beyond its ends).
    std::optional<TextHit> textAt(int page, const QPointF& point) const;
    // The caret place of `storyId` nearest a point of a page (for a drag that goes past
    // the text: below the last line of a column, into the gutter), if the story has lines
    // on that page.
    std::optional<TextHit> nearestIn(const QString& storyId, int page, const QPointF& point) const;
    std::optional<Caret> caretAt(const QString& storyId, int offset, bool atLineEnd = false) const;

    // Caret movement by line; the offset unchanged where there is no line to go to. The
    // end of a line is a line end (see StoryLines::lineOf).
    int lineStart(const QString& storyId, int offset, bool atLineEnd = false) const;
    int lineEnd(const QString& storyId, int offset, bool atLineEnd = false) const;
    // The caret one line up or down at `goalX` from the line's left edge (the caret keeps
    // its place across lines of different columns and frames).
    TextHit lineAbove(const QString& storyId, int offset, bool atLineEnd, double goalX) const;
    TextHit lineBelow(const QString& storyId, int offset, bool atLineEnd, double goalX) const;
    // How far right of its line's left edge the caret at `offset` stands.
    double xInLine(const QString& storyId, int offset, bool atLineEnd = false) const;

    // The rectangles [from, to) covers, line by line (a selection, a find hit).
    struct Band {
        int page = 0;
        Rect rect;
    };
    std::vector<Band> bandsOf(const QString& storyId, int from, int to) const;

private:
    QHash<QString, std::shared_ptr<const StoryLines>> stories_;
    QHash<int, std::vector<std::pair<QString, int>>> byPage_;  // page → (story, line index)
};

}  // namespace paiban
