// A proof PDF's proofreading: the notes as annotations at their places (a highlight, a
// strike-out or a caret, with the note in its pop-up) and the changes since a round (the
// inserted text underlined, a caret where text was deleted saying what, a bar beside each
// changed line), put into the export's options for the PDF writer. Paiban names every
// annotation it writes "paiban-…", so that notes read back from the proof skip them.
#pragma once

#include <QString>
#include <array>
#include <optional>

#include "display/display_list.h"
#include "model/document.h"
#include "pdf/pdf_export.h"

namespace paiban {

struct ProofMarkup {
    enum class Notes : uint8_t { None, Open, All };
    Notes notes = Notes::None;
    QString changesSince;  // a proof round's name; empty: no change marks
};

// What the annotations say, in the reader's language: the command line's English unless
// the editor gives its own.
struct ProofMarkupWording {
    std::array<QString, 5> kinds{QStringLiteral("Typo"), QStringLiteral("Punctuation"),
                                 QStringLiteral("Fact"), QStringLiteral("Layout"),
                                 QStringLiteral("Other")};  // by NoteKind
    QString inserted = QStringLiteral("Inserted");
    QString deleted = QStringLiteral("Deleted");
    QString resolved = QStringLiteral("Resolved by %1");
    // Who a change mark is from, in a reader's list of comments: the round it counts from.
    QString changesSince = QStringLiteral("Since %1");
};

enum class ProofMarkupProblem : uint8_t { NoSuchRound };

// Adds the notes' and changes' annotations and marks on the pages `options` exports.
std::optional<ProofMarkupProblem> addProofMarkup(PdfOptions& options, const Edition& edition,
                                                 const EditionDisplay& display,
                                                 const ProofMarkup& markup,
                                                 const ProofMarkupWording& wording = {});

}  // namespace paiban
