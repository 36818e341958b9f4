#include "model/thread_edits.h"

#include <algorithm>

namespace paiban {

namespace {

Story* mutableStoryOfFrame(Edition& edition, const QString& frameId) {
    for (Story& s : edition.stories) {
        if (std::find(s.frameIds.begin(), s.frameIds.end(), frameId) != s.frameIds.end())
            return &s;
    }
    return nullptr;
}

bool hasText(const Story& story) {
    return std::any_of(story.paragraphs.begin(), story.paragraphs.end(),
                       [](const Paragraph& p) { return !p.text().isEmpty(); });
}

}  // namespace

const Story* storyOfFrame(const Edition& edition, const QString& frameId) {
    return mutableStoryOfFrame(const_cast<Edition&>(edition), frameId);
}

ThreadRefusal checkThreadAfter(const Edition& edition, const QString& after, const QString& next) {
    const Frame* from = edition.frame(after).second;
    const Frame* to = edition.frame(next).second;
    if (!from || !to)
        return ThreadRefusal::UnknownFrame;
    if (to->kind != FrameKind::Text)
        return ThreadRefusal::NotText;
    if (after == next)
        return ThreadRefusal::SameFrame;
    const Story* story = storyOfFrame(edition, after);
    if (!story)
        return ThreadRefusal::NotThreaded;
    const Story* held = storyOfFrame(edition, next);
    if (held && held != story && held->frameIds.size() == 1 && hasText(*held))
        return ThreadRefusal::HoldsOtherStory;
    if (held == story) {
        const auto& ids = story->frameIds;
        if (std::find(ids.begin(), ids.end(), next) < std::find(ids.begin(), ids.end(), after))
            return ThreadRefusal::WouldLoop;
    }
    return ThreadRefusal::None;
}

ThreadRefusal threadAfter(Edition& edition, const QString& after, const QString& next) {
    const ThreadRefusal refusal = checkThreadAfter(edition, after, next);
    if (refusal != ThreadRefusal::None)
        return refusal;
    const QString storyId = storyOfFrame(edition, after)->id;
    for (Story& s : edition.stories)
        std::erase(s.frameIds, next);
    // A frame holds one story: an empty story that was only in `next` goes with it.
    std::erase_if(edition.stories, [&](const Story& s) {
        return s.id != storyId && s.frameIds.empty() && !hasText(s);
    });
    for (Story& s : edition.stories) {
        if (s.id != storyId)
            continue;
        const auto at = std::find(s.frameIds.begin(), s.frameIds.end(), after);
        s.frameIds.insert(at + 1, next);
    }
    return ThreadRefusal::None;
}

QStringList breakThreadAfter(Edition& edition, const QString& frameId) {
    Story* story = mutableStoryOfFrame(edition, frameId);
    if (!story)
        return {};
    auto& ids = story->frameIds;
    const auto at = std::find(ids.begin(), ids.end(), frameId) + 1;
    QStringList left;
    for (auto it = at; it != ids.end(); ++it)
        left << *it;
    ids.erase(at, ids.end());
    return left;
}

}  // namespace paiban
