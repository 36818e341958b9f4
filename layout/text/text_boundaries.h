// Where a caret may stand in text: between grapheme clusters (ICU's character break
// iterator), so that a character outside the BMP, a base with its combining marks or an
// ideograph with its variation selector moves and deletes as one.
#pragma once

#include <QString>

namespace paiban {

// The next caret position after `offset` (the text's length at its end).
int nextGraphemeBoundary(const QString& text, int offset);
// The caret position before `offset` (0 at the start).
int previousGraphemeBoundary(const QString& text, int offset);
// `offset` itself if a caret may stand there, else the boundary before it; clamped to
// the text.
int graphemeBoundaryAtOrBefore(const QString& text, int offset);

}  // namespace paiban
