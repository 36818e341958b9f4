#include "articles/article_geometry.h"

#include <algorithm>

namespace paiban::articles_detail {
namespace {

// Lines further apart than this many line heights have something between them (a photo
// the text runs around, a box): a new area, so that no area covers what stands between.
constexpr double kRunBreakLineHeights = 1.5;
// Frames snapped to the grid may overlap by a hair; blocks that overlap by less than this
// still stand apart for the reading order.
constexpr double kCutTolerancePt = 2;
// A rule is a frame this thin (a rule frame's height is its slope, 0 when level).
constexpr double kLevelRuleSlopePt = 1;

struct Block {
    size_t article = 0;
    Rect rect;
};

void orderBlocks(std::vector<Block> blocks, std::vector<size_t>& out);

// Splits at the first gap along one axis that no block crosses; false if there is none.
template <typename Start, typename End>
bool cutAlong(std::vector<Block>& blocks, std::vector<size_t>& out, Start start, End end) {
    std::stable_sort(blocks.begin(), blocks.end(),
                     [&](const Block& a, const Block& b) { return start(a.rect) < start(b.rect); });
    double reach = end(blocks.front().rect);
    for (size_t i = 1; i < blocks.size(); ++i) {
        if (start(blocks[i].rect) >= reach - kCutTolerancePt) {
            orderBlocks({blocks.begin(), blocks.begin() + static_cast<long>(i)}, out);
            orderBlocks({blocks.begin() + static_cast<long>(i), blocks.end()}, out);
            return true;
        }
        reach = std::max(reach, end(blocks[i].rect));
    }
    return false;
}

void orderBlocks(std::vector<Block> blocks, std::vector<size_t>& out) {
    if (blocks.empty())
        return;
    if (blocks.size() == 1) {
        out.push_back(blocks.front().article);
        return;
    }
    if (cutAlong(
            blocks, out, [](const Rect& r) { return r.y; },
            [](const Rect& r) { return r.bottom(); }))
        return;
    if (cutAlong(
            blocks, out, [](const Rect& r) { return r.x; },
            [](const Rect& r) { return r.right(); }))
        return;
    // Interlocked blocks: by where they begin, top to bottom, then left to right.
    std::stable_sort(blocks.begin(), blocks.end(), [](const Block& a, const Block& b) {
        return std::pair(a.rect.y, a.rect.x) < std::pair(b.rect.y, b.rect.x);
    });
    for (const Block& b : blocks)
        out.push_back(b.article);
}

// Where an article stands first: its first area's page, its areas there together; for
// an article with no area (its text all overset), its first frame.
std::pair<int, Rect> firstPlace(const Article& article, const Edition& edition) {
    if (!article.areas.empty()) {
        const int page = article.areas.front().page;
        Rect all = article.areas.front().rect;
        for (const ArticleArea& a : article.areas) {
            if (a.page == page)
                all = united(all, a.rect);
        }
        return {page, all};
    }
    for (const QString& id : article.storyIds) {
        if (const Story* story = edition.story(id)) {
            for (const QString& frameId : story->frameIds) {
                const auto [page, frame] = edition.frame(frameId);
                if (frame)
                    return {page, frame->rect};
            }
        }
    }
    return {static_cast<int>(edition.pages.size()), Rect{}};
}

}  // namespace

double horizontalOverlap(const Rect& a, const Rect& b) {
    return std::min(a.right(), b.right()) - std::max(a.x, b.x);
}
double verticalOverlap(const Rect& a, const Rect& b) {
    return std::min(a.bottom(), b.bottom()) - std::max(a.y, b.y);
}
double horizontalGap(const Rect& a, const Rect& b) {
    return std::max(0.0, -horizontalOverlap(a, b));
}
double verticalGap(const Rect& a, const Rect& b) {
    return std::max(0.0, -verticalOverlap(a, b));
}

Rect united(const Rect& a, const Rect& b) {
    const double x = std::min(a.x, b.x), y = std::min(a.y, b.y);
    return Rect{x, y, std::max(a.right(), b.right()) - x, std::max(a.bottom(), b.bottom()) - y};
}

Rect clippedToPage(const Rect& r, double widthPt, double heightPt) {
    const double x = std::clamp(r.x, 0.0, widthPt), y = std::clamp(r.y, 0.0, heightPt);
    return Rect{x, y, std::clamp(r.right(), x, widthPt) - x,
                std::clamp(r.bottom(), y, heightPt) - y};
}

bool sharesColumns(const Rect& a, const Rect& b) {
    return horizontalOverlap(a, b) >= 0.5 * std::min(a.width, b.width);
}

bool ruleBetween(const Page& page, const Rect& a, const Rect& b) {
    const double top = std::min(a.bottom(), b.bottom()), bottom = std::max(a.y, b.y);
    const double left = std::max(a.x, b.x), right = std::min(a.right(), b.right());
    for (const Frame& f : page.frames) {
        if (f.kind != FrameKind::Rule || std::abs(f.rect.height) > kLevelRuleSlopePt)
            continue;
        const double ruleLeft = std::min(f.rect.x, f.rect.right());
        const double ruleRight = std::max(f.rect.x, f.rect.right());
        if (f.rect.y >= top && f.rect.y <= bottom && ruleLeft < right && ruleRight > left)
            return true;
    }
    return false;
}

void appendLineAreas(std::vector<ArticleArea>& areas, const QString& storyId,
                     const LineIndex& lines) {
    const StoryLines* story = lines.story(storyId);
    if (!story)
        return;
    const IndexedLine* previous = nullptr;
    for (const IndexedLine& line : story->lines) {
        const Rect rect{line.left(), line.top(), line.right() - line.left(),
                        line.bottom() - line.top()};
        const bool continues = previous && previous->page == line.page &&
                               previous->frameId == line.frameId && line.top() >= previous->top() &&
                               line.left() < previous->right() && line.right() > previous->left() &&
                               line.top() - previous->bottom() <=
                                   kRunBreakLineHeights * (previous->bottom() - previous->top());
        if (continues)
            areas.back().rect = united(areas.back().rect, rect);
        else
            areas.push_back(ArticleArea{line.page, rect});
        previous = &line;
    }
}

void inReadingOrder(std::vector<Article>& articles, const Edition& edition) {
    std::vector<std::vector<Block>> byPage(edition.pages.size() + 1);
    for (size_t a = 0; a < articles.size(); ++a) {
        const auto [page, rect] = firstPlace(articles[a], edition);
        byPage[static_cast<size_t>(std::clamp(page, 0, static_cast<int>(edition.pages.size())))]
            .push_back(Block{a, rect});
    }
    std::vector<size_t> order;
    for (auto& blocks : byPage)
        orderBlocks(std::move(blocks), order);
    std::vector<Article> sorted;
    sorted.reserve(articles.size());
    for (size_t a : order)
        sorted.push_back(std::move(articles[a]));
    articles = std::move(sorted);
}

}  // namespace paiban::articles_detail
