// Notes back from a proof PDF that a proofreader marked in any reader (WPS, Acrobat,
// Okular, a tablet): its highlights, underlines, strike-outs, carets and sticky notes,
// read with poppler, each anchored to the story text under it. The text is found through
// the PDF's own text (its ToUnicode and the places Paiban's writer gave each character):
// the characters under the mark and a few on either side are looked for in the stories
// as they stand now, so a note lands on the right characters even when the page has
// been edited since the proof was written; where the text cannot be found, or is found
// in more than one place that its neighbours and position cannot tell apart, the mark is
// reported with its page and text instead of being placed at a guess.
#pragma once

#include <QByteArray>
#include <optional>
#include <vector>

#include "display/line_index.h"
#include "model/document.h"

namespace paiban {

enum class NotesImportProblem : uint8_t {
    NotAPdf,  // poppler could not read it
    Locked,   // it needs a password
};

struct UnplacedNote {
    enum class Reason : uint8_t {
        TextNotFound,  // the marked text is in no story now (edited away, or not a story's: 报眉)
        Ambiguous,     // found in several places its neighbours and place cannot tell apart
        NoTextNear,    // a sticky note or caret with no text near it
    };
    Reason reason = Reason::TextNotFound;
    int pdfPage = 0;     // 1-based page of the PDF
    int page = -1;       // the edition's page it shows (from its page label), or −1
    QString markedText;  // the text under the mark (or around a point mark)
    QString contents, author;
};

struct NotesImport {
    std::optional<NotesImportProblem> problem;
    struct Placed {
        QString storyId;
        Note note;  // anchored; its id, quote and round are given when it is added
    };
    std::vector<Placed> placed;
    std::vector<UnplacedNote> unplaced;
    int alreadyThere = 0;  // notes imported from this PDF before
    int ownMarks = 0;      // Paiban's own annotations on the proof (its notes, change marks)
    int ignored = 0;       // annotations that are no proofreader's mark (links, forms …)
};

// Reads the marks of a proof PDF against the edition as it stands and its layout's lines.
NotesImport readProofNotes(const QByteArray& pdf, const Edition& edition, const LineIndex& lines);

// Adds the placed notes to the edition (each through addNote); returns how many.
int addImportedNotes(Edition& edition, const NotesImport& imported);

}  // namespace paiban
