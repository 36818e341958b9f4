// Text from the newsroom's systems into stories: UTF-8 (with or without BOM), UTF-16 (by
// its BOM) and GB18030/GBK (still common in Chinese newsrooms), detected or named, decoded
// through ICU's converters. Bytes that are not text in the encoding are reported with
// their offsets and the import refused: never silently replaced.
#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace paiban {

struct DecodedText {
    QString text;
    QString encoding;                // the one used (detected or named)
    std::vector<qint64> badOffsets;  // byte offsets of invalid sequences (first few)
    QString error;                   // set when the text cannot be taken as it is
    bool ok() const { return error.isEmpty(); }
};

// `encoding` empty: a BOM decides, else valid UTF-8, else GB18030.
DecodedText decodeText(const QByteArray& bytes, const QString& encoding = {});

// Lines of text as paragraphs: CR LF and CR become LF; a trailing newline adds nothing.
QStringList paragraphsOf(const QString& text);

}  // namespace paiban
