// Master pages (主页): which master a page uses, the edition a layout sees with each
// page's master items put under its own frames, and what an edit of masters means
// (apply a master to a page, release a master item on one page, change a master item).
// Headless; the editor's undo commands call these.
#pragma once

#include <optional>

#include "model/document.h"

namespace paiban {

const char* toString(MasterKind);
std::optional<MasterKind> masterKindFromString(std::string_view);

const MasterPage* findMaster(const Edition& edition, const QString& name);
MasterPage* findMaster(Edition& edition, const QString& name);

// The master the edition's rule gives the page with this index: the "first" master on
// page 1 (else the right-hand one), left-hand masters on even page numbers, right-hand
// ones on odd numbers; nullptr when there is none of that kind.
const MasterPage* masterByRule(const Edition& edition, int pageIndex);
// The master the page uses: the one it names, none when it names none (""), else by rule.
const MasterPage* masterOf(const Edition& edition, int pageIndex);

// The id a master item takes on the page with this index when it is laid out there
// ("folio@p3"), and the same for a master story.
QString masterItemIdOnPage(const QString& itemId, int pageIndex);

// True when some page shows master items.
bool usesMasters(const Edition& edition);

// The edition as layout sees it: each page's master items (those not released there) put
// under its own frames with ids of that page, and the master stories threading them added
// once per page, so that their fields fill in with the page's number, section and editor.
Edition withMasterItems(const Edition& edition);

// The master a page uses set: a name, "" for none, or nullopt for the rule. False for a
// page or master that does not exist, or when nothing changes.
bool applyMaster(Edition& edition, int pageIndex, const std::optional<QString>& master);

// A master item released on one page: it becomes a frame of the page (a copy with an id of
// its own, its text a story of its own, fields kept) and the master's item is hidden
// there. Returns the new frame's id, or empty when the page's master has no such item or
// it was released there already.
QString releaseMasterItem(Edition& edition, int pageIndex, const QString& itemId);

// A master item changed (its rectangle, kind, colours …): shows on every page using it.
// False for an unknown master or item.
bool editMasterItem(Edition& edition, const QString& master, const Frame& item);

// A master item's text replaced (the masthead's name, the folio's words and fields): each
// paragraph keeps the style of the one it replaces (a paragraph added, the last one's).
// False for an unknown master, an item with no story, or no paragraphs.
bool setMasterItemText(Edition& edition, const QString& master, const QString& itemId,
                       std::vector<Paragraph> paragraphs);

// The master story that threads this item, or nullptr.
const Story* masterStoryOf(const MasterPage& master, const QString& itemId);

}  // namespace paiban
