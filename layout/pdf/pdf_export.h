// The press PDF, written by Paiban itself (see DESIGN.md › PDF): Type0/CID fonts subset
// with hb-subset in their own outline format, ToUnicode from the document's text,
// DeviceCMYK colour with 100 % K text, JPEGs passed through untouched.
#pragma once

#include <QString>

#include "display/display_list.h"

namespace paiban {

struct PdfMetadata {
    QString title;
    QString creator = QStringLiteral("Paiban");
};

// Writes every page of the display atomically; false with *error on failure.
bool writeEditionPdf(const EditionDisplay& display, const PdfMetadata& metadata,
                     const QString& path, QString* error);

// The same, into memory (for tests and previews).
QByteArray editionPdfBytes(const EditionDisplay& display, const PdfMetadata& metadata,
                           QString* error);

}  // namespace paiban
