// Editing a story's text as the editor's story panel shows it: paragraphs joined by
// '\n', edited by replacing a range. Character styles ride along with their runs;
// splitting a paragraph keeps its style on both halves; joining two keeps the first's.
#pragma once

#include "model/document.h"

namespace paiban {

// The story's text, paragraphs joined by '\n' (field runs show their last value).
QString storyPlainText(const Story& story);

struct TextPosition {
    int paragraph = 0;
    int offset = 0;  // UTF-16 offset within the paragraph
    friend bool operator==(const TextPosition&, const TextPosition&) = default;
};

// Where a plain-text offset falls (clamped to the story's end).
TextPosition positionOf(const Story& story, int plainOffset);

// Replaces `removeCount` UTF-16 units at `plainOffset` with `insert` (which may hold
// '\n' paragraph breaks). Inserted text takes the character style of the run it lands
// in (at a run boundary, the run before). Returns false, changing nothing, if the
// range is outside the text. The story's notes follow the edit (model/notes.h).
bool replaceStoryText(Story& story, int plainOffset, int removeCount, const QString& insert);

// Gives the text in [from, to) of the story's plain text the character style (empty: the
// paragraph style alone), splitting runs at the ends; neighbouring runs left with the
// same style are joined. Field runs keep their own style.
void applyCharacterStyle(Story& story, int from, int to, const QString& characterStyle);

}  // namespace paiban
