#include "model/edition_edits.h"

#include "model/limits.h"
#include "model/masters.h"

#include <algorithm>
#include <tuple>

namespace paiban {

Rect withinLimits(const Rect& rect, FrameKind kind) {
    using namespace limits;
    const double least = kind == FrameKind::Rule ? -kLargestLengthPt : kSmallestFrameSidePt;
    return {std::clamp(rect.x, -kLargestLengthPt, kLargestLengthPt),
            std::clamp(rect.y, -kLargestLengthPt, kLargestLengthPt),
            std::clamp(rect.width, least, kLargestLengthPt),
            std::clamp(rect.height, least, kLargestLengthPt)};
}

std::vector<FrameRectChange> placeFrame(const Edition& edition, const QString& frameId,
                                        const Rect& wanted) {
    const Frame* frame = edition.frame(frameId).second;
    if (!frame)
        return {};
    const Rect to = withinLimits(wanted, frame->kind);
    std::vector<FrameRectChange> changes;
    if (!(frame->rect == to))
        changes.push_back({frameId, frame->rect, to});
    const double dx = to.x - frame->rect.x, dy = to.y - frame->rect.y;
    if (dx == 0 && dy == 0)
        return changes;
    for (const Page& page : edition.pages) {
        for (const Frame& f : page.frames) {
            if (f.captionOf == frameId && f.id != frameId) {
                Rect moved = f.rect;
                moved.x += dx;
                moved.y += dy;
                changes.push_back({f.id, f.rect, withinLimits(moved, f.kind)});
            }
        }
    }
    return changes;
}

void applyFrameRects(Edition& edition, const std::vector<FrameRectChange>& changes, bool forward) {
    for (const FrameRectChange& change : changes) {
        if (Frame* f = edition.mutableFrame(change.frameId))
            f->rect = forward ? change.after : change.before;
    }
}

std::vector<FrameRectChange> combineFrameRects(std::vector<FrameRectChange> first,
                                               const std::vector<FrameRectChange>& second) {
    for (const FrameRectChange& later : second) {
        auto same = std::find_if(first.begin(), first.end(), [&](const FrameRectChange& c) {
            return c.frameId == later.frameId;
        });
        if (same != first.end())
            same->after = later.after;
        else
            first.push_back(later);
    }
    return first;
}

QStringList deleteFrame(Edition& edition, const QString& frameId) {
    if (!edition.frame(frameId).second)
        return {};
    QStringList removed{frameId};
    for (const Page& page : edition.pages) {
        for (const Frame& f : page.frames) {
            if (f.captionOf == frameId && f.id != frameId)
                removed << f.id;
        }
    }
    for (Page& page : edition.pages)
        std::erase_if(page.frames, [&](const Frame& f) { return removed.contains(f.id); });
    std::erase_if(edition.stories, [&](Story& story) {
        const bool wasThere = std::any_of(story.frameIds.begin(), story.frameIds.end(),
                                          [&](const QString& id) { return removed.contains(id); });
        if (!wasThere)
            return false;
        const bool inACaption =
            std::any_of(story.frameIds.begin(), story.frameIds.end(),
                        [&](const QString& id) { return id != frameId && removed.contains(id); });
        std::erase_if(story.frameIds, [&](const QString& id) { return removed.contains(id); });
        if (!story.frameIds.empty())
            return false;
        bool empty = true;
        for (const Paragraph& p : story.paragraphs) {
            for (const TextRun& run : p.runs)
                empty = empty && run.text.isEmpty() && run.field == TextField::None;
        }
        return inACaption || empty;
    });
    return removed;
}

namespace {

bool idUsed(const Edition& edition, const QString& id) {
    return edition.frame(id).second || std::any_of(edition.stories.begin(), edition.stories.end(),
                                                   [&](const Story& s) { return s.id == id; });
}

bool pageExists(const Edition& edition, int page) {
    return page >= 0 && page < static_cast<int>(edition.pages.size());
}

template <typename T>
bool sameOrderOf(const std::vector<T>& a, const std::vector<T>& b, auto key) {
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (key(a[i]) != key(b[i]))
            return false;
    }
    return true;
}

}  // namespace

QString unusedId(const Edition& edition, const QString& stem) {
    for (int n = 1;; ++n) {
        const QString id = QStringLiteral("%1-%2").arg(stem).arg(n);
        if (!idUsed(edition, id))
            return id;
    }
}

QString addFrame(Edition& edition, int page, Frame frame) {
    if (!pageExists(edition, page))
        return {};
    if (frame.id.isEmpty() || idUsed(edition, frame.id))
        frame.id = unusedId(edition, QString::fromLatin1(toString(frame.kind)));
    frame.rect = withinLimits(frame.rect, frame.kind);
    // A new text frame's columns stand 1 字 of the page's body size apart, as the page
    // grid's do, until someone says otherwise.
    if (frame.kind == FrameKind::Text && frame.gutterPt <= 0)
        frame.gutterPt = edition.pages[static_cast<size_t>(page)].grid.bodySizePt;
    if (frame.kind == FrameKind::Text) {
        Story story;
        story.id = unusedId(edition, QStringLiteral("story"));
        story.frameIds = {frame.id};
        const bool hasBody = edition.styles.paragraphStyle(QStringLiteral("body"));
        const QString style =
            hasBody || edition.styles.paragraphStyles.empty()
                ? QStringLiteral("body")
                : QString::fromStdString(edition.styles.paragraphStyles.front().name);
        story.paragraphs.push_back(Paragraph{style, {TextRun{}}});
        edition.stories.push_back(std::move(story));
    }
    const QString id = frame.id;
    edition.pages[static_cast<size_t>(page)].frames.push_back(std::move(frame));
    return id;
}

bool threadFrame(Edition& edition, const QString& storyId, const QString& frameId) {
    const Frame* frame = edition.frame(frameId).second;
    if (!frame || frame->kind != FrameKind::Text || !edition.story(storyId))
        return false;
    // A frame holds one story: it leaves the thread it was in, and an empty story that
    // was only there goes.
    for (Story& s : edition.stories)
        std::erase(s.frameIds, frameId);
    std::erase_if(edition.stories, [&](const Story& s) {
        if (s.id == storyId || !s.frameIds.empty())
            return false;
        return std::all_of(s.paragraphs.begin(), s.paragraphs.end(),
                           [](const Paragraph& p) { return p.text().isEmpty(); });
    });
    for (Story& s : edition.stories) {
        if (s.id == storyId)
            s.frameIds.push_back(frameId);
    }
    return true;
}

bool unthreadFrame(Edition& edition, const QString& frameId) {
    bool changed = false;
    for (Story& s : edition.stories)
        changed = std::erase(s.frameIds, frameId) > 0 || changed;
    return changed;
}

bool restackFrame(Edition& edition, const QString& frameId, bool toFront) {
    for (Page& page : edition.pages) {
        auto& frames = page.frames;
        const auto it = std::find_if(frames.begin(), frames.end(),
                                     [&](const Frame& f) { return f.id == frameId; });
        if (it == frames.end())
            continue;
        if (toFront ? it + 1 == frames.end() : it == frames.begin())
            return false;
        if (toFront)
            std::rotate(it, it + 1, frames.end());
        else
            std::rotate(frames.begin(), it, it + 1);
        return true;
    }
    return false;
}

int addPage(Edition& edition, int index) {
    Page page = edition.pages.empty() ? Page{}
                                      : edition.pages[static_cast<size_t>(std::clamp(
                                            index, 0, static_cast<int>(edition.pages.size()) - 1))];
    page.frames.clear();
    page.name.clear();
    // The new page takes its master by the edition's rule (model/masters.h).
    page.master.reset();
    page.releasedItems.clear();
    const int at = std::clamp(index + 1, 0, static_cast<int>(edition.pages.size()));
    edition.pages.insert(edition.pages.begin() + at, std::move(page));
    return at;
}

bool removePage(Edition& edition, int index) {
    if (!pageExists(edition, index) || edition.pages.size() < 2)
        return false;
    for (const Frame& f : edition.pages[static_cast<size_t>(index)].frames) {
        for (Story& s : edition.stories)
            std::erase(s.frameIds, f.id);
    }
    edition.pages.erase(edition.pages.begin() + index);
    return true;
}

bool movePage(Edition& edition, int from, int to) {
    if (!pageExists(edition, from) || !pageExists(edition, to) || from == to)
        return false;
    // Each page's master before the move, by name ("" for none).
    std::vector<QString> before;
    for (int p = 0; p < static_cast<int>(edition.pages.size()); ++p) {
        const MasterPage* master = masterOf(edition, p);
        before.push_back(master ? master->name : QString());
    }
    auto moveTo = [&](auto& list) {
        auto item = std::move(list[static_cast<size_t>(from)]);
        list.erase(list.begin() + from);
        list.insert(list.begin() + to, std::move(item));
    };
    moveTo(edition.pages);
    moveTo(before);
    // The 报头 stays with the front page it heads, wherever that page goes, and the page
    // that takes the first place does not take the 报头 over its own headline: where the
    // rule would now give a page the first master, or take it away, the page keeps the
    // master it had. Left and right 报眉 follow the page's new side.
    for (int p = 0; p < static_cast<int>(edition.pages.size()); ++p) {
        Page& page = edition.pages[static_cast<size_t>(p)];
        if (page.master)
            continue;  // named by hand: it stays
        const MasterPage* now = masterByRule(edition, p);
        const MasterPage* had = findMaster(edition, before[static_cast<size_t>(p)]);
        const bool first =
            (now && now->kind == MasterKind::First) || (had && had->kind == MasterKind::First);
        if (first && now != had)
            page.master = before[static_cast<size_t>(p)];
    }
    return true;
}

bool setPageInfo(Edition& edition, int page, const QString& section, const QString& editor) {
    if (!pageExists(edition, page))
        return false;
    Page& p = edition.pages[static_cast<size_t>(page)];
    p.section = section.trimmed();
    p.editor = editor.trimmed();
    return true;
}

bool addGuide(Edition& edition, int page, Guide guide) {
    if (!pageExists(edition, page))
        return false;
    edition.pages[static_cast<size_t>(page)].guides.push_back(guide);
    return true;
}

bool clearGuides(Edition& edition, int page) {
    if (!pageExists(edition, page) || edition.pages[static_cast<size_t>(page)].guides.empty())
        return false;
    edition.pages[static_cast<size_t>(page)].guides.clear();
    return true;
}

EditionPatch diffEditions(const Edition& before, const Edition& after) {
    EditionPatch patch;
    // Pages have no ids: the same count is taken as the same pages in the same places.
    if (before.pages.size() == after.pages.size()) {
        for (size_t i = 0; i < before.pages.size(); ++i) {
            if (!(before.pages[i] == after.pages[i]))
                patch.pages.emplace_back(i, before.pages[i], after.pages[i]);
        }
    } else {
        patch.pageList = std::pair{before.pages, after.pages};
    }
    if (sameOrderOf(before.stories, after.stories, [](const Story& s) { return s.id; })) {
        for (size_t i = 0; i < before.stories.size(); ++i) {
            if (!(before.stories[i] == after.stories[i]))
                patch.stories.emplace_back(i, before.stories[i], after.stories[i]);
        }
    } else {
        patch.storyList = std::pair{before.stories, after.stories};
    }
    if (!(before.masters == after.masters))
        patch.masterList = std::pair{before.masters, after.masters};
    if (!(before.proofRounds == after.proofRounds))
        patch.roundList = std::pair{before.proofRounds, after.proofRounds};
    return patch;
}

void applyPatch(Edition& edition, const EditionPatch& patch, bool forward) {
    if (patch.pageList)
        edition.pages = forward ? patch.pageList->second : patch.pageList->first;
    for (const auto& [index, old, now] : patch.pages)
        edition.pages[index] = forward ? now : old;
    if (patch.storyList)
        edition.stories = forward ? patch.storyList->second : patch.storyList->first;
    for (const auto& [index, old, now] : patch.stories)
        edition.stories[index] = forward ? now : old;
    if (patch.masterList)
        edition.masters = forward ? patch.masterList->second : patch.masterList->first;
    if (patch.roundList)
        edition.proofRounds = forward ? patch.roundList->second : patch.roundList->first;
}

}  // namespace paiban
