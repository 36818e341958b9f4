// Threading by hand, as an editor does it on the page: a text frame's story continued into
// the frame clicked next (put right after it in the thread), or the thread broken after a
// frame. Functions of the edition, tested headless; the editor's undo commands call them.
#pragma once

#include <QString>

#include "model/document.h"

namespace paiban {

// Why a frame could not continue a story, for the editor to word.
enum class ThreadRefusal : uint8_t {
    None,
    UnknownFrame,     // either frame is not in the edition
    NotText,          // the frame clicked is a photo, box or rule
    SameFrame,        // the frame clicked is the one the thread leaves
    NotThreaded,      // the frame the thread leaves holds no story
    HoldsOtherStory,  // the frame clicked holds the only placement of a story with text
    WouldLoop,        // the frame clicked comes before the other in the same thread
};

// What threading `next` after `after` would meet, before doing it (None: it can be done).
ThreadRefusal checkThreadAfter(const Edition& edition, const QString& after, const QString& next);

// The story in `after` continues in `next`: `next` leaves any thread it was in (an empty story
// that was only there goes) and stands right after `after` in its thread. Does nothing and
// says why when checkThreadAfter refuses.
ThreadRefusal threadAfter(Edition& edition, const QString& after, const QString& next);

// The thread broken after `frameId`: the story stops there (what does not fit is overset)
// and the frames that followed hold nothing. The ids of the frames that left the thread
// (none: the frame was the last, or holds no story).
QStringList breakThreadAfter(Edition& edition, const QString& frameId);

// The story a frame holds, or nullptr.
const Story* storyOfFrame(const Edition& edition, const QString& frameId);

}  // namespace paiban
