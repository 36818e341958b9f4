// What an edit of the edition means, as functions the editor's undo commands and the
// command line both call, tested headless. An edit returns what it changed, so that
// undoing it puts back exactly what was there (positions restored, not moved back by a
// difference that floating point would not give back to the bit).
#pragma once

#include <optional>
#include <tuple>
#include <vector>

#include "model/document.h"

namespace paiban {

// A frame's rectangle before and after an edit.
struct FrameRectChange {
    QString frameId;
    Rect before, after;
};

// A frame's rectangle within what a document may hold (model/limits.h): its corner no
// farther than the largest length, its sides no longer, a frame's no shorter than the
// smallest side (a rule's may be zero). A drag at a small zoom or a photo of an odd shape
// could go past them, and the document would not open again.
Rect withinLimits(const Rect& rect, FrameKind kind);

// A frame moved or resized to `to` (within the limits): the frame, and the captions tied to it
// (captionOf) moved by as much as its top-left corner moved. Frames whose rectangle stays are left
// out; an unknown frame gives nothing.
std::vector<FrameRectChange> placeFrame(const Edition& edition, const QString& frameId,
                                        const Rect& to);

// Sets each changed frame to its rectangle after (forward) or before the edit.
void applyFrameRects(Edition& edition, const std::vector<FrameRectChange>& changes, bool forward);

// Two edits of the same frames in a row as one (the first's before, the second's after).
std::vector<FrameRectChange> combineFrameRects(std::vector<FrameRectChange> first,
                                               const std::vector<FrameRectChange>& second);

// A frame deleted, and what belongs to it alone: the captions tied to it (a photo's
// caption goes with the photo), the stories of those captions, and its own story when
// that is left with no frame and no text (an empty frame just drawn). A story with text
// stays, unplaced, for preflight to name. Returns the ids of the frames removed (none: no
// such frame).
QStringList deleteFrame(Edition& edition, const QString& frameId);

// A frame id (or story id) not yet used in the edition, from a stem ("text-1", "text-2"…).
QString unusedId(const Edition& edition, const QString& stem);

// A new frame on a page (its id made when it has none); a text frame gets a new, empty
// story of its own, in the body style, and a gutter of 1 字 when it has none. Returns the
// frame's id (empty: no such page).
QString addFrame(Edition& edition, int page, Frame frame);

// A text frame added to the end of a story's thread, taken from any thread it was in (an
// empty story that was only there goes). False when the story or frame is unknown or not
// text.
bool threadFrame(Edition& edition, const QString& storyId, const QString& frameId);
// A frame taken out of its story's thread.
bool unthreadFrame(Edition& edition, const QString& frameId);

// A frame brought to the front of its page's stacking order (drawn over the others, and
// pushing away the text of frames under it) or sent to the back. False for an unknown frame
// or one already there.
bool restackFrame(Edition& edition, const QString& frameId, bool toFront);

// A page added after `index` (same size, margins and grid, no frames, its master by the
// edition's rule); its index.
int addPage(Edition& edition, int index);
// A page and its frames removed (their stories keep their text, unplaced); false for the
// last page or an index out of range.
bool removePage(Edition& edition, int index);
// A page moved to another place (its number, jump lines and 报眉 follow).
bool movePage(Edition& edition, int from, int to);
// A page's 版名 and 责任编辑, which its 报眉 shows (fields filled in by layout). False for
// an index out of range.
bool setPageInfo(Edition& edition, int page, const QString& section, const QString& editor);
bool addGuide(Edition& edition, int page, Guide guide);
bool clearGuides(Edition& edition, int page);

// What a structural edit changed, enough to undo and redo it exactly and no more: the
// pages and the stories that differ, each before and after — or, when pages or stories
// were added, removed or reordered, their whole lists.
struct EditionPatch {
    std::vector<std::tuple<size_t, Page, Page>> pages;  // index, before, after
    std::optional<std::pair<std::vector<Page>, std::vector<Page>>> pageList;
    std::vector<std::tuple<size_t, Story, Story>> stories;
    std::optional<std::pair<std::vector<Story>, std::vector<Story>>> storyList;
    std::optional<std::pair<std::vector<MasterPage>, std::vector<MasterPage>>> masterList;
    // Proof rounds record every story's text: kept whole only when a round came or went.
    std::optional<std::pair<std::vector<ProofRound>, std::vector<ProofRound>>> roundList;
    bool empty() const {
        return pages.empty() && !pageList && stories.empty() && !storyList && !masterList &&
               !roundList;
    }
};
EditionPatch diffEditions(const Edition& before, const Edition& after);
void applyPatch(Edition& edition, const EditionPatch& patch, bool forward);

}  // namespace paiban
