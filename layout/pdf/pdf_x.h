// What makes a press PDF a PDF/X-4 file: the output intent (the press's CMYK profile,
// embedded) and the XMP metadata that names the standard, kept in step with the
// document information dictionary.
#pragma once

#include <QByteArray>
#include <QString>

namespace paiban {
struct OutputProfile;
}

namespace paiban::pdf {

class PdfFile;

struct DocumentInfo {
    QString title;
    QString creator;
    QByteArray pdfDate;  // D:YYYYMMDDHHmmSSZ
    QByteArray xmpDate;  // YYYY-MM-DDTHH:mm:SSZ
    QByteArray uuid;     // the document's identity, stable for the same content
};

// The /OutputIntents array, after writing the profile stream (`deflated`: the profile
// already compressed, or empty to compress it here).
QByteArray writeOutputIntents(PdfFile& file, const OutputProfile& profile,
                              const QByteArray& deflated = {});

// The XMP metadata stream (uncompressed, as PDF/X wants it); returns its object number.
int writeXmpMetadata(PdfFile& file, const DocumentInfo& info, bool pdfx);

// The document information dictionary matching the XMP.
QByteArray infoDictionary(const DocumentInfo& info, bool pdfx);

}  // namespace paiban::pdf
