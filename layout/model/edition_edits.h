// What an edit of the edition means, as functions the editor's undo commands and the
// command line both call, tested headless. An edit returns what it changed, so that
// undoing it puts back exactly what was there (positions restored, not moved back by a
// difference that floating point would not give back to the bit).
#pragma once

#include <vector>

#include "model/document.h"

namespace paiban {

// A frame's rectangle before and after an edit.
struct FrameRectChange {
    QString frameId;
    Rect before, after;
};

// A frame moved or resized to `to`: the frame, and the captions tied to it (captionOf)
// moved by as much as its top-left corner moved. Frames whose rectangle stays are left
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

}  // namespace paiban
