// Diagnostics: the engine reports problems as values (never exceptions, never silence)
// so that the editor, the preflight and the command line can all show them. A diagnostic
// is a code (its kind) with arguments: the editor words it in the user's language from
// those; `message` is the English sentence the command line prints.
#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

#include "model/document.h"

namespace paiban {

enum class DiagnosticKind : uint8_t {
    FileError,        // a document could not be read or is invalid
    MissingGlyph,     // 缺字: no font covers a code point
    MissingFont,      // a style names a font that is not installed
    Overset,          // 溢文: text that did not fit its frames
    LooseLine,        // a justified line spread beyond the loose threshold
    OverfullLine,     // a line wider than its measure even after all compression
    ProhibitedBreak,  // a prohibition that could not be honoured
    MissingImage,     // a linked image file was not found
    UnreadableImage,  // a linked image file is there but is not an image Paiban can read
};

const char* toString(DiagnosticKind);

// The arguments each kind carries, in order (numbers as decimal text):
//   FileError        the file, the field's path (pages[0].frames[2].width), the reader's
//                    sentence with %1 … (context "paiban::ReadProblem"), its arguments
//   MissingGlyph     U+XXXX, the character, story, paragraph (1-based), character (1-based)
//   MissingFont      font family, story
//   Overset          story, characters overset, paragraph (1-based)
//   LooseLine        story, paragraph (1-based), the line's text, em between characters
//   OverfullLine     story, paragraph (1-based), the line's text
//   ProhibitedBreak  story, paragraph (1-based), the line's text
//   MissingImage     image path, frame
//   UnreadableImage  image path, frame, why (folder | no-permission | damaged | too-large),
//                    width and height in pixels (too-large)
struct Diagnostic {
    DiagnosticKind kind = DiagnosticKind::FileError;
    QString message;  // the English sentence
    QStringList args;
    QString storyId;  // where, when it is about text
    int paragraph = -1;
    int codePoint = -1;  // code-point offset into the paragraph
    int page = -1;
    QString frameId;
    std::optional<Rect> area;  // where on the page, in points, when it has a place
};

using Diagnostics = std::vector<Diagnostic>;

}  // namespace paiban
