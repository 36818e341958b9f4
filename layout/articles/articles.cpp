// How the edition's stories group into articles, from the document alone: a story of
// headline parts joins the body it stands over (or beside), a photo with its caption joins
// the article it stands in or against in the same columns, else it is a picture story of
// its own (图片新闻); then each article's text, byline and areas, and the reading order.
#include "articles/articles.h"

#include <QDir>
#include <QRegularExpression>
#include <algorithm>
#include <functional>
#include <optional>
#include <span>

#include "articles/article_geometry.h"

namespace paiban {
namespace {

using namespace articles_detail;

// A headline stands over its text with at most about three body lines (小五 on a 13.5 pt
// grid) between them, space a 行取り headline frame leaves; farther away it is something
// else's (a section head, a stray title).
constexpr double kHeadGapPt = 40;
// A photo illustrates the text it stands against: a gutter (1 字 of a 9 pt body) and a
// baseline of slack for frames snapped to the grid. A rule between them separates them.
constexpr double kPhotoGapPt = 18;

enum class StoryKind { NoArticle, Head, Body, Caption };

struct StoryInfo {
    const Story* story = nullptr;
    StoryKind kind = StoryKind::Body;
    std::vector<TextRole> roles;  // per paragraph
    int page = -1;                // of its first frame on a page
    std::vector<Rect> frames;     // its frames on that page
};

struct Group {
    QString id;               // an explicit grouping's; else worked out (articleOf)
    std::vector<int> heads;   // story indexes, top to bottom
    std::vector<int> bodies;  // the body story; an explicit grouping's stories in its order
    std::vector<int> photos;  // photo indexes

    std::vector<int> stories() const {
        std::vector<int> all = heads;
        all.insert(all.end(), bodies.begin(), bodies.end());
        return all;
    }
};

struct Photo {
    const Frame* frame = nullptr;
    int page = 0;
    const Frame* captionFrame = nullptr;
    int captionStory = -1;
    Rect block;  // the photo with its caption
};

bool isHeadRole(TextRole r) {
    return r == TextRole::Kicker || r == TextRole::Headline || r == TextRole::Subhead;
}

std::vector<StoryInfo> classify(const Edition& edition, const QHash<QString, int>& captionFrames) {
    std::vector<StoryInfo> infos;
    for (const Story& story : edition.stories) {
        StoryInfo info;
        info.story = &story;
        bool allOther = true, allHead = !story.paragraphs.empty(), isCaption = false;
        for (const Paragraph& p : story.paragraphs) {
            const ParagraphStyle* style = edition.styles.paragraphStyle(p.style);
            const TextRole role = style ? roleOfStyle(*style) : roleOfStyleName(p.style);
            info.roles.push_back(role);
            allOther = allOther && role == TextRole::Other;
            allHead = allHead && (isHeadRole(role) || role == TextRole::Other);
        }
        for (const QString& id : story.frameIds) {
            const auto [page, frame] = edition.frame(id);
            if (!frame)
                continue;
            if (info.page < 0)
                info.page = page;
            if (page == info.page)
                info.frames.push_back(frame->rect);
            isCaption = isCaption || captionFrames.contains(id);
        }
        if (info.page < 0 || allOther)
            info.kind = StoryKind::NoArticle;
        else if (isCaption)
            info.kind = StoryKind::Caption;
        else if (allHead)
            info.kind = StoryKind::Head;
        infos.push_back(std::move(info));
    }
    return infos;
}

// The body a head story belongs to: on its page, one it stands over (overlapping it
// across) or beside (overlapping it down); a body of the same name first, then one below
// before one beside, then the nearest.
std::optional<int> bodyOfHead(const std::vector<StoryInfo>& infos, int head) {
    const StoryInfo& h = infos[static_cast<size_t>(head)];
    std::optional<int> best;
    std::tuple<bool, bool, double> bestKey;
    for (size_t b = 0; b < infos.size(); ++b) {
        const StoryInfo& body = infos[b];
        if (body.kind != StoryKind::Body || body.page != h.page)
            continue;
        const bool sameName = !h.story->name.isEmpty() && h.story->name == body.story->name;
        for (const Rect& hf : h.frames) {
            for (const Rect& bf : body.frames) {
                const bool below = horizontalOverlap(hf, bf) > 0 && hf.y < bf.y;
                const bool beside = verticalOverlap(hf, bf) > 0 && horizontalOverlap(hf, bf) <= 0;
                if (!below && !beside)
                    continue;
                const double gap = below ? verticalGap(hf, bf) : horizontalGap(hf, bf);
                if (gap > kHeadGapPt && !sameName)
                    continue;
                // Smaller is better: a same name, below, then the gap.
                const std::tuple<bool, bool, double> key{!sameName, !below, gap};
                if (!best || key < bestKey) {
                    best = static_cast<int>(b);
                    bestKey = key;
                }
            }
        }
    }
    return best;
}

std::vector<Photo> photosOf(const Edition& edition, const QHash<QString, int>& storyOfFrame) {
    std::vector<Photo> photos;
    for (size_t p = 0; p < edition.pages.size(); ++p) {
        for (const Frame& f : edition.pages[p].frames) {
            if (f.kind != FrameKind::Image)
                continue;
            Photo photo{&f, static_cast<int>(p), nullptr, -1, f.rect};
            for (const Frame& c : edition.pages[p].frames) {
                if (c.kind == FrameKind::Text && c.captionOf == f.id) {
                    photo.captionFrame = &c;
                    photo.captionStory = storyOfFrame.value(c.id, -1);
                    photo.block = united(photo.block, c.rect);
                    break;
                }
            }
            photos.push_back(photo);
        }
    }
    return photos;
}

// How many leading words two ids share ("pangzhuang-photo-0" and "pangzhuang-0": one),
// words being runs of letters and digits.
int sharedLeadingWords(const QString& a, const QString& b) {
    static const QRegularExpression separator(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList wa = a.split(separator, Qt::SkipEmptyParts);
    const QStringList wb = b.split(separator, Qt::SkipEmptyParts);
    int shared = 0;
    while (shared < wa.size() && shared < wb.size() && wa[shared] == wb[shared])
        ++shared;
    return shared;
}

// The one candidate scoring highest, if one scores more than every other and above zero.
std::optional<int> soleBest(const std::vector<int>& candidates,
                            const std::function<int(int)>& score) {
    std::optional<int> best;
    int bestScore = 0;
    bool tied = false;
    for (int c : candidates) {
        const int value = score(c);
        if (value > bestScore)
            best = c, bestScore = value, tied = false;
        else if (value == bestScore && value > 0)
            tied = true;
    }
    return tied ? std::nullopt : best;
}

// The group a photo illustrates: one whose text it stands in or against in shared
// columns (nearest, no rule between); else, if it stands beside the text of just one
// group, that one; beside several, the one whose story id shares the most leading words
// with the photo frame's id ("pangzhuang-photo-0" and "pangzhuang-0") — names only break a
// tie between groups the page already puts it beside. Still tied, it is a picture story of
// its own (an edition's "articles" list can say otherwise).
std::optional<int> groupOfPhoto(const Photo& photo, std::span<const Group> groups,
                                const std::vector<StoryInfo>& infos, const Page& page) {
    std::optional<int> stacked;
    std::pair<double, double> stackedKey;
    std::vector<int> beside;
    for (size_t g = 0; g < groups.size(); ++g) {
        bool isBeside = false;
        for (int s : groups[g].stories()) {
            const StoryInfo& info = infos[static_cast<size_t>(s)];
            if (info.page != photo.page)
                continue;
            for (const Rect& r : info.frames) {
                if (sharesColumns(photo.block, r)) {
                    const double gap = verticalGap(photo.block, r);
                    if (gap > kPhotoGapPt || ruleBetween(page, photo.block, r))
                        continue;
                    const std::pair<double, double> key{gap, -horizontalOverlap(photo.block, r)};
                    if (!stacked || key < stackedKey) {
                        stacked = static_cast<int>(g);
                        stackedKey = key;
                    }
                } else if (verticalOverlap(photo.block, r) > 0 &&
                           horizontalGap(photo.block, r) <= kPhotoGapPt) {
                    isBeside = true;
                }
            }
        }
        if (isBeside)
            beside.push_back(static_cast<int>(g));
    }
    if (stacked)
        return stacked;
    if (beside.size() == 1)
        return beside.front();
    // Not the caption's words: the sample's photo of a 消杀 drive stands beside a brief on
    // 疫情防控 and shares words with it without illustrating it.
    auto bodyOf = [&](int g) -> const StoryInfo& {
        return infos[static_cast<size_t>(groups[static_cast<size_t>(g)].stories().back())];
    };
    return soleBest(
        beside, [&](int g) { return sharedLeadingWords(photo.frame->id, bodyOf(g).story->id); });
}

// The byline of Chinese news in the text: the parenthesis after 本报讯 or a dateline's 电
// at the head of the first paragraph, （记者 许廷合 通讯员 丁姜岚）.
QString bylineInText(const QString& firstParagraph) {
    static const QRegularExpression dateline(
        QStringLiteral("^\\s*[^（(。，]{0,24}?(?:讯|电)\\s*[（(]([^）)]{1,60})[）)]"));
    const auto match = dateline.match(firstParagraph);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

void appendStory(Article& article, const StoryInfo& info) {
    if (std::find(article.storyIds.begin(), article.storyIds.end(), info.story->id) !=
        article.storyIds.end())
        return;  // a caption an explicit grouping also lists among its stories
    article.storyIds.push_back(info.story->id);
    for (size_t i = 0; i < info.story->paragraphs.size(); ++i) {
        const TextRole role = info.roles[i];
        if (role == TextRole::Other)
            continue;
        article.paragraphs.push_back(ArticleParagraph{role, info.story->paragraphs[i].text(),
                                                      info.story->id, static_cast<int>(i)});
    }
}

QString joinedOfRole(const Article& article, TextRole role) {
    QStringList parts;
    for (const ArticleParagraph& p : article.paragraphs) {
        if (p.role == role)
            parts << p.text;
    }
    return parts.join(u'\n');
}

ArticlePhoto articlePhoto(const Photo& photo, const std::vector<StoryInfo>& infos,
                          const QString& documentDir) {
    ArticlePhoto out;
    out.frameId = photo.frame->id;
    if (!photo.frame->imagePath.isEmpty())
        out.imagePath = QDir::cleanPath(QDir(documentDir).absoluteFilePath(photo.frame->imagePath));
    out.page = photo.page;
    out.rect = photo.frame->rect;
    if (photo.captionStory >= 0) {
        const Story& caption = *infos[static_cast<size_t>(photo.captionStory)].story;
        out.captionStoryId = caption.id;
        QStringList texts;
        for (const Paragraph& p : caption.paragraphs)
            texts << p.text();
        out.caption = texts.join(u'\n');
    }
    return out;
}

Article articleOf(const Group& group, const std::vector<StoryInfo>& infos,
                  const std::vector<Photo>& photos, const Edition& edition,
                  const EditionDisplay& display, const QString& documentDir) {
    Article article;
    for (int s : group.stories())
        appendStory(article, infos[static_cast<size_t>(s)]);
    for (int p : group.photos) {
        const Photo& photo = photos[static_cast<size_t>(p)];
        if (photo.captionStory >= 0)
            appendStory(article, infos[static_cast<size_t>(photo.captionStory)]);
        article.photos.push_back(articlePhoto(photo, infos, documentDir));
    }
    if (!group.id.isEmpty())
        article.id = group.id;
    else if (!group.bodies.empty())
        article.id = infos[static_cast<size_t>(group.bodies.front())].story->id;
    else if (!article.storyIds.empty())
        article.id = article.storyIds.front();
    else
        article.id = photos[static_cast<size_t>(group.photos.front())].frame->id;
    article.kicker = joinedOfRole(article, TextRole::Kicker);
    article.headline = joinedOfRole(article, TextRole::Headline);
    article.subhead = joinedOfRole(article, TextRole::Subhead);
    article.byline = joinedOfRole(article, TextRole::Byline);
    if (article.byline.isEmpty()) {
        for (const ArticleParagraph& p : article.paragraphs) {
            if (p.role == TextRole::Body) {
                article.byline = bylineInText(p.text);
                break;
            }
        }
    }
    for (const QString& id : article.storyIds)
        appendLineAreas(article.areas, id, display.lines);
    for (const ArticlePhoto& photo : article.photos) {
        const Page& page = edition.pages[static_cast<size_t>(photo.page)];
        article.areas.push_back(
            ArticleArea{photo.page, clippedToPage(photo.rect, page.widthPt, page.heightPt)});
    }
    return article;
}

// The editor's own groupings (Edition::articles), first: what they name is theirs, taken
// out of the inference.
std::vector<Group> explicitGroups(const Edition& edition, std::vector<StoryInfo>& infos,
                                  const std::vector<Photo>& photos, std::vector<bool>& photoTaken) {
    std::vector<Group> groups;
    for (const ArticleGrouping& a : edition.articles) {
        Group g;
        g.id = a.id;
        for (const QString& id : a.stories) {
            for (size_t s = 0; s < infos.size(); ++s) {
                if (infos[s].story->id == id) {
                    g.bodies.push_back(static_cast<int>(s));
                    infos[s].kind = StoryKind::NoArticle;  // taken
                }
            }
        }
        for (const QString& id : a.photos) {
            for (size_t p = 0; p < photos.size(); ++p) {
                if (photos[p].frame->id == id && !photoTaken[p]) {
                    g.photos.push_back(static_cast<int>(p));
                    photoTaken[p] = true;
                    if (photos[p].captionStory >= 0)
                        infos[static_cast<size_t>(photos[p].captionStory)].kind =
                            StoryKind::NoArticle;
                }
            }
        }
        if (!g.bodies.empty() || !g.photos.empty())
            groups.push_back(std::move(g));
    }
    return groups;
}

std::vector<Group> groupsOf(std::vector<StoryInfo>& infos, const std::vector<Photo>& photos,
                            const Edition& edition) {
    std::vector<bool> photoTaken(photos.size(), false);
    std::vector<Group> groups = explicitGroups(edition, infos, photos, photoTaken);
    QHash<int, int> groupOfBody;
    for (size_t s = 0; s < infos.size(); ++s) {
        if (infos[s].kind == StoryKind::Body) {
            groupOfBody.insert(static_cast<int>(s), static_cast<int>(groups.size()));
            groups.push_back(Group{{}, {}, {static_cast<int>(s)}, {}});
        }
    }
    for (size_t s = 0; s < infos.size(); ++s) {
        if (infos[s].kind != StoryKind::Head)
            continue;
        if (const auto body = bodyOfHead(infos, static_cast<int>(s)))
            groups[static_cast<size_t>(groupOfBody.value(*body))].heads.push_back(
                static_cast<int>(s));
        else
            groups.push_back(Group{{}, {static_cast<int>(s)}, {}, {}});  // a headline alone
    }
    // Heads top to bottom (a kicker story over a headline story over the text).
    for (Group& g : groups) {
        std::stable_sort(g.heads.begin(), g.heads.end(), [&](int a, int b) {
            return infos[static_cast<size_t>(a)].frames.front().y <
                   infos[static_cast<size_t>(b)].frames.front().y;
        });
    }
    const size_t textGroups = groups.size();
    for (size_t p = 0; p < photos.size(); ++p) {
        if (photoTaken[p])
            continue;
        const Photo& photo = photos[p];
        // Text groups only: a photo does not join another picture story.
        const auto g = groupOfPhoto(photo, std::span<const Group>(groups.data(), textGroups), infos,
                                    edition.pages[static_cast<size_t>(photo.page)]);
        if (g)
            groups[static_cast<size_t>(*g)].photos.push_back(static_cast<int>(p));
        else if (photo.captionStory >= 0)
            groups.push_back(Group{{}, {}, {}, {static_cast<int>(p)}});  // 图片新闻
        // A photo with no caption beside no text is an ornament, not news.
    }
    return groups;
}

}  // namespace

std::vector<Article> articlesOf(const Edition& edition, const EditionDisplay& display,
                                const QString& documentDir) {
    QHash<QString, int> captionFrames, storyOfFrame;
    for (const Page& page : edition.pages) {
        for (const Frame& f : page.frames) {
            if (f.kind == FrameKind::Text && !f.captionOf.isEmpty())
                captionFrames.insert(f.id, 0);
        }
    }
    for (size_t s = 0; s < edition.stories.size(); ++s) {
        for (const QString& id : edition.stories[s].frameIds)
            storyOfFrame.insert(id, static_cast<int>(s));
    }
    std::vector<StoryInfo> infos = classify(edition, captionFrames);
    const std::vector<Photo> photos = photosOf(edition, storyOfFrame);
    std::vector<Article> articles;
    for (const Group& group : groupsOf(infos, photos, edition))
        articles.push_back(articleOf(group, infos, photos, edition, display, documentDir));
    // A caption whose photo is not an image on a page was never grouped: read it alone.
    for (size_t s = 0; s < infos.size(); ++s) {
        if (infos[s].kind != StoryKind::Caption)
            continue;
        const bool grouped = std::any_of(articles.begin(), articles.end(), [&](const Article& a) {
            return std::find(a.storyIds.begin(), a.storyIds.end(), infos[s].story->id) !=
                   a.storyIds.end();
        });
        if (!grouped)
            articles.push_back(articleOf(Group{{}, {}, {static_cast<int>(s)}, {}}, infos, photos,
                                         edition, display, documentDir));
    }
    inReadingOrder(articles, edition);
    return articles;
}

}  // namespace paiban
