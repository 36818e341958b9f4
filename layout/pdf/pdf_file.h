// The bytes of a PDF file: numbered objects, streams (Flate-compressed where it pays),
// the cross-reference table and the trailer. Knows nothing of pages or fonts.
#pragma once

#include <QByteArray>
#include <vector>

namespace paiban::pdf {

// Formats a number for a PDF operand: no exponent, at most 4 decimals, no "-0".
QByteArray num(double value);
// A PDF literal string, escaped: (text).
QByteArray literalString(const QByteArray& bytes);
// A PDF text string (UTF-16BE with BOM) in hex: <FEFF…>.
QByteArray textString(const QString& text);
// A text string as readers show it and people read it in the file: a literal string when
// the text is printable ASCII (PDFDocEncoding agrees there), else UTF-16BE with BOM.
QByteArray plainOrTextString(const QString& text);
// zlib-format bytes for /FlateDecode (compressed by libdeflate); empty if compression
// failed.
QByteArray deflate(const QByteArray& data);

class PdfFile {
public:
    // `version`: the header's, e.g. "1.6" (PDF/X-4 is based on it) or "1.7".
    explicit PdfFile(const QByteArray& version = "1.6");
    // Reserves an object number, to be written later with write().
    int reserve();
    // Writes object `id` with the given dictionary/array/value body.
    void write(int id, const QByteArray& body);
    // Writes a stream object; `dict` holds the entries other than /Length and /Filter.
    void writeStream(int id, const QByteArray& dict, const QByteArray& data, bool compress = true);
    // A stream that is already encoded (a JPEG): `dict` must name its /Filter.
    void writeRawStream(int id, const QByteArray& dict, const QByteArray& encoded);
    // What is written so far (for a digest of the content).
    const QByteArray& bytesSoFar() const { return out_; }
    // Finishes with the trailer and the file identifier (hex); returns the whole file.
    QByteArray finish(int catalog, int info, const QByteArray& id);

private:
    QByteArray out_;
    std::vector<qint64> offsets_;  // by object number; 0 = not yet written
};

}  // namespace paiban::pdf
