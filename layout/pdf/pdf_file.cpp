#include "pdf/pdf_file.h"

#include <libdeflate.h>

#include <QString>
#include <algorithm>
#include <cmath>
#include <memory>

namespace paiban::pdf {

QByteArray num(double value) {
    double rounded = std::round(value * 10000) / 10000;
    if (rounded == 0)
        rounded = 0;
    QByteArray text = QByteArray::number(rounded, 'f', 4);
    while (text.endsWith('0'))
        text.chop(1);
    if (text.endsWith('.'))
        text.chop(1);
    return text;
}

QByteArray literalString(const QByteArray& bytes) {
    QByteArray out = "(";
    for (char c : bytes) {
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + ")";
}

QByteArray textString(const QString& text) {
    QByteArray out = "<FEFF";
    for (QChar c : text)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out + ">";
}

QByteArray plainOrTextString(const QString& text) {
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f;
    });
    return ascii ? literalString(text.toLatin1()) : textString(text);
}

namespace {

// libdeflate's level 6, its default: as small as zlib's level 6 on content streams and
// font programs (a little smaller), in well under half the time — the whole buffer is
// compressed at once, which is all a PDF writer does.
constexpr int kDeflateLevel = 6;

struct CompressorDeleter {
    void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

}  // namespace

QByteArray deflate(const QByteArray& data) {
    // A compressor holds a few hundred kilobytes of tables: one per thread (fonts are
    // compressed on their subsetting threads), made once.
    thread_local std::unique_ptr<libdeflate_compressor, CompressorDeleter> compressor(
        libdeflate_alloc_compressor(kDeflateLevel));
    if (!compressor)
        return {};
    const size_t bound = libdeflate_zlib_compress_bound(compressor.get(), data.size());
    QByteArray out(static_cast<qsizetype>(bound), Qt::Uninitialized);
    const size_t size = libdeflate_zlib_compress(compressor.get(), data.constData(), data.size(),
                                                 out.data(), bound);
    if (size == 0)
        return {};
    out.resize(static_cast<qsizetype>(size));
    return out;
}

PdfFile::PdfFile(const QByteArray& version) {
    // A binary comment line tells transfer tools the file is not text.
    out_ = "%PDF-" + version + "\n%\xE2\xE3\xCF\xD3\n";
    offsets_.push_back(0);  // object 0 is the free-list head
}

int PdfFile::reserve() {
    offsets_.push_back(0);
    return static_cast<int>(offsets_.size() - 1);
}

void PdfFile::write(int id, const QByteArray& body) {
    offsets_[static_cast<size_t>(id)] = out_.size();
    out_ += QByteArray::number(id) + " 0 obj\n" + body + "\nendobj\n";
}

void PdfFile::writeStream(int id, const QByteArray& dict, const QByteArray& data, bool compress) {
    QByteArray encoded = compress ? deflate(data) : QByteArray();
    const bool deflated = compress && !encoded.isEmpty();
    if (!deflated)
        encoded = data;
    writeRawStream(id, dict + (deflated ? " /Filter /FlateDecode" : ""), encoded);
}

void PdfFile::writeRawStream(int id, const QByteArray& dict, const QByteArray& encoded) {
    offsets_[static_cast<size_t>(id)] = out_.size();
    out_ += QByteArray::number(id) + " 0 obj\n<<" + dict + " /Length " +
            QByteArray::number(encoded.size()) + ">>\nstream\n";
    out_ += encoded;
    out_ += "\nendstream\nendobj\n";
}

QByteArray PdfFile::finish(int catalog, int info, const QByteArray& id) {
    const qint64 xref = out_.size();
    out_ += "xref\n0 " + QByteArray::number(static_cast<qsizetype>(offsets_.size())) + "\n";
    out_ += "0000000000 65535 f \n";
    for (size_t i = 1; i < offsets_.size(); ++i) {
        out_ += QByteArray::number(offsets_[i]).rightJustified(10, '0') + " 00000 n \n";
    }
    out_ += "trailer\n<< /Size " + QByteArray::number(static_cast<qsizetype>(offsets_.size())) +
            " /Root " + QByteArray::number(catalog) + " 0 R /Info " + QByteArray::number(info) +
            " 0 R /ID [<" + id + "> <" + id + ">] >>\n";
    out_ += "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out_;
}

}  // namespace paiban::pdf
