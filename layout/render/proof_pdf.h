// Proof PDFs, for reading on screen and office printers: the painter renderer through
// QPdfWriter (RGB, fonts as Qt embeds them). Not for the press: see pdf/pdf_export.
#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace paiban {

struct EditionDisplay;

// The pages with these indices (all when empty), each at its own size.
QByteArray proofPdfBytes(const EditionDisplay& display, const std::vector<int>& pages,
                         const QString& title, const QString& creator);

}  // namespace paiban
