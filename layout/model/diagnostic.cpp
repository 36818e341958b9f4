#include "model/diagnostic.h"

namespace paiban {

const char* toString(DiagnosticKind kind) {
    switch (kind) {
        case DiagnosticKind::FileError:
            return "file-error";
        case DiagnosticKind::MissingGlyph:
            return "missing-glyph";
        case DiagnosticKind::MissingFont:
            return "missing-font";
        case DiagnosticKind::Overset:
            return "overset";
        case DiagnosticKind::LooseLine:
            return "loose-line";
        case DiagnosticKind::OverfullLine:
            return "overfull-line";
        case DiagnosticKind::ProhibitedBreak:
            return "prohibited-break";
        case DiagnosticKind::MissingImage:
            return "missing-image";
        case DiagnosticKind::UnreadableImage:
            return "unreadable-image";
    }
    return "?";
}

}  // namespace paiban
