// Where a caret may stand in text: between grapheme clusters (ICU's character break
// iterator), so that a character outside the BMP, a base with its combining marks or an
// ideograph with its variation selector moves and deletes as one.
#pragma once

#include <QString>
#include <utility>

namespace paiban {

// The next caret position after `offset` (the text's length at its end).
int nextGraphemeBoundary(const QString& text, int offset);
// The caret position before `offset` (0 at the start).
int previousGraphemeBoundary(const QString& text, int offset);
// `offset` itself if a caret may stand there, else the boundary before it; clamped to
// the text.
int graphemeBoundaryAtOrBefore(const QString& text, int offset);

// Words, by ICU's word breaker with its Chinese dictionary and the newsroom's words it
// lacks (text/newsroom_words: 许昌|数字|电商|孵化|基地):
// the word around `offset` (for a double-click; a run of spaces or one punctuation mark
// when that is what is there), and where Ctrl+Right and Ctrl+Left go — the start of the
// next word, the start of this or the previous one (spaces and punctuation skipped).
std::pair<int, int> wordAround(const QString& text, int offset);
int nextWordStart(const QString& text, int offset);
int previousWordStart(const QString& text, int offset);

}  // namespace paiban
