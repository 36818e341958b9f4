// The geometry the articles reading works with: how frames stand to each other (over,
// beside, in shared columns, a rule between), the areas over a story's lines, and the
// reading order of a page's articles.
#pragma once

#include <vector>

#include "articles/articles.h"
#include "display/line_index.h"

namespace paiban::articles_detail {

double horizontalOverlap(const Rect& a, const Rect& b);  // negative: the gap between
double verticalOverlap(const Rect& a, const Rect& b);
double horizontalGap(const Rect& a, const Rect& b);  // 0 when they overlap across
double verticalGap(const Rect& a, const Rect& b);
Rect united(const Rect& a, const Rect& b);
Rect clippedToPage(const Rect& r, double widthPt, double heightPt);
// They stand in the same columns: overlapping across by half the narrower one at least.
bool sharesColumns(const Rect& a, const Rect& b);
// A horizontal rule of the page lies between two frames stacked one over the other.
bool ruleBetween(const Page& page, const Rect& a, const Rect& b);

// Appends a rectangle over each run of the story's lines in one column of one frame.
void appendLineAreas(std::vector<ArticleArea>& areas, const QString& storyId,
                     const LineIndex& lines);

// Sorts the articles page by page (by their first area), on a page by cutting it into
// blocks: across first (a banner over the page's columns comes first), then down the
// gaps between columns, left to right (Chinese papers set horizontally read left to
// right), recursively — how a reader's eye takes a page of boxed stories.
void inReadingOrder(std::vector<Article>& articles, const Edition& edition);

}  // namespace paiban::articles_detail
