#include "model/masters.h"

#include <algorithm>

#include "model/edition_edits.h"
#include "model/name_table.h"

namespace paiban {
namespace {

constexpr detail::NameTable<MasterKind, 4> kMasterKindNames{{
    {MasterKind::Any, "any"},
    {MasterKind::First, "first"},
    {MasterKind::Left, "left"},
    {MasterKind::Right, "right"},
}};

const MasterPage* firstOfKind(const Edition& edition, MasterKind kind) {
    for (const MasterPage& m : edition.masters) {
        if (m.kind == kind)
            return &m;
    }
    return nullptr;
}

bool pageExists(const Edition& edition, int index) {
    return index >= 0 && index < static_cast<int>(edition.pages.size());
}

bool released(const Page& page, const QString& itemId) {
    return std::find(page.releasedItems.begin(), page.releasedItems.end(), itemId) !=
           page.releasedItems.end();
}

}  // namespace

const char* toString(MasterKind kind) {
    return detail::nameOf(kMasterKindNames, kind);
}

std::optional<MasterKind> masterKindFromString(std::string_view name) {
    return detail::valueOf(kMasterKindNames, name);
}

const MasterPage* findMaster(const Edition& edition, const QString& name) {
    for (const MasterPage& m : edition.masters) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

MasterPage* findMaster(Edition& edition, const QString& name) {
    return const_cast<MasterPage*>(findMaster(std::as_const(edition), name));
}

const MasterPage* masterByRule(const Edition& edition, int pageIndex) {
    // The front page (第1版), not the first page of a document that is one page of an
    // edition (firstPageNumber).
    if (pageNumber(edition, pageIndex) == 1) {
        if (const MasterPage* first = firstOfKind(edition, MasterKind::First))
            return first;
    }
    // 第1版 is a right-hand page: odd numbers on the right, even on the left.
    const bool left = pageNumber(edition, pageIndex) % 2 == 0;
    return firstOfKind(edition, left ? MasterKind::Left : MasterKind::Right);
}

const MasterPage* masterOf(const Edition& edition, int pageIndex) {
    if (!pageExists(edition, pageIndex))
        return nullptr;
    const Page& page = edition.pages[static_cast<size_t>(pageIndex)];
    if (!page.master)
        return masterByRule(edition, pageIndex);
    return page.master->isEmpty() ? nullptr : findMaster(edition, *page.master);
}

QString masterItemIdOnPage(const QString& itemId, int pageIndex) {
    return QStringLiteral("%1@p%2").arg(itemId).arg(pageNumber(pageIndex));
}

bool usesMasters(const Edition& edition) {
    if (edition.masters.empty())
        return false;
    for (int p = 0; p < static_cast<int>(edition.pages.size()); ++p) {
        if (const MasterPage* m = masterOf(edition, p); m && !m->frames.empty())
            return true;
    }
    return false;
}

Edition withMasterItems(const Edition& edition) {
    Edition out = edition;
    for (int p = 0; p < static_cast<int>(out.pages.size()); ++p) {
        const MasterPage* master = masterOf(edition, p);
        if (!master)
            continue;
        Page& page = out.pages[static_cast<size_t>(p)];
        std::vector<Frame> items;
        for (const Frame& item : master->frames) {
            if (released(page, item.id))
                continue;
            Frame f = item;
            f.id = masterItemIdOnPage(item.id, p);
            if (!f.captionOf.isEmpty())
                f.captionOf = masterItemIdOnPage(f.captionOf, p);
            items.push_back(std::move(f));
        }
        page.frames.insert(page.frames.begin(), items.begin(), items.end());
        for (const Story& story : master->stories) {
            Story s = story;
            s.id = masterItemIdOnPage(story.id, p);
            std::erase_if(s.frameIds, [&](const QString& id) { return released(page, id); });
            if (s.frameIds.empty())
                continue;
            for (QString& id : s.frameIds)
                id = masterItemIdOnPage(id, p);
            out.stories.push_back(std::move(s));
        }
    }
    return out;
}

bool applyMaster(Edition& edition, int pageIndex, const std::optional<QString>& master) {
    if (!pageExists(edition, pageIndex))
        return false;
    if (master && !master->isEmpty() && !findMaster(edition, *master))
        return false;
    Page& page = edition.pages[static_cast<size_t>(pageIndex)];
    if (page.master == master)
        return false;
    page.master = master;
    // Items released from another master mean nothing under this one.
    page.releasedItems.clear();
    return true;
}

bool setMasterItemText(Edition& edition, const QString& masterName, const QString& itemId,
                       std::vector<Paragraph> paragraphs) {
    MasterPage* master = findMaster(edition, masterName);
    if (!master || paragraphs.empty())
        return false;
    for (Story& s : master->stories) {
        if (std::find(s.frameIds.begin(), s.frameIds.end(), itemId) == s.frameIds.end())
            continue;
        for (size_t i = 0; i < paragraphs.size(); ++i) {
            if (!s.paragraphs.empty())
                paragraphs[i].style = s.paragraphs[std::min(i, s.paragraphs.size() - 1)].style;
        }
        s.paragraphs = std::move(paragraphs);
        return true;
    }
    return false;
}

const Story* masterStoryOf(const MasterPage& master, const QString& itemId) {
    for (const Story& s : master.stories) {
        if (std::find(s.frameIds.begin(), s.frameIds.end(), itemId) != s.frameIds.end())
            return &s;
    }
    return nullptr;
}

QString releaseMasterItem(Edition& edition, int pageIndex, const QString& itemId) {
    const MasterPage* master = masterOf(edition, pageIndex);
    if (!master)
        return {};
    const auto item = std::find_if(master->frames.begin(), master->frames.end(),
                                   [&](const Frame& f) { return f.id == itemId; });
    Page& page = edition.pages[static_cast<size_t>(pageIndex)];
    if (item == master->frames.end() || released(page, itemId))
        return {};
    Frame copy = *item;
    copy.id = unusedId(edition, itemId);
    copy.captionOf.clear();
    std::optional<Story> story;
    if (const Story* s = masterStoryOf(*master, itemId)) {
        story = *s;
        story->id = unusedId(edition, s->id);
        story->frameIds = {copy.id};
    }
    const QString id = copy.id;
    // Under the page's own frames, where the master drew it.
    page.frames.insert(page.frames.begin(), std::move(copy));
    page.releasedItems.push_back(itemId);
    if (story)
        edition.stories.push_back(std::move(*story));
    return id;
}

bool editMasterItem(Edition& edition, const QString& masterName, const Frame& item) {
    MasterPage* master = findMaster(edition, masterName);
    if (!master)
        return false;
    for (Frame& f : master->frames) {
        if (f.id == item.id) {
            f = item;
            return true;
        }
    }
    return false;
}

}  // namespace paiban
