#include "model/edition_edits.h"

#include <algorithm>

namespace paiban {

std::vector<FrameRectChange> placeFrame(const Edition& edition, const QString& frameId,
                                        const Rect& to) {
    const Frame* frame = edition.frame(frameId).second;
    if (!frame)
        return {};
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
                changes.push_back({f.id, f.rect, moved});
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

}  // namespace paiban
