// Text from the clipboard as a story's paragraphs: what Word, WPS, browsers and PDF
// readers put there, with their formatting dropped and their paragraphs kept.
#pragma once

#include <QString>

namespace paiban {

enum class PasteLines {
    AsTheyAre,  // every line break a paragraph break
    Joined,     // a PDF's text: each printed line ended in a newline; a paragraph starts only
                // at an indent or a blank line
};

// The text to insert, paragraphs joined by '\n': from `html` when there is any (its
// paragraphs and line breaks), else from `plain`. Line breaks of any kind (CR LF, CR,
// U+2028, U+2029) are paragraph breaks; blank paragraphs go (they only separated others);
// the spaces a paragraph was indented with — full-width (U+3000) or ASCII, as newsroom
// text indents by two 字 — go, since the paragraph style indents; control characters and
// the NUL go; tabs become spaces. Empty when there is nothing to paste.
QString pastedText(const QString& plain, const QString& html, PasteLines lines);

}  // namespace paiban
