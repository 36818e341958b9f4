#include "io/text_import.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <QStringList>
#include <memory>

namespace paiban {
namespace {

// How many bad spots to list: enough to find them in an editor, not a wall of numbers.
constexpr size_t kBadOffsetsReported = 10;

struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};

// Decodes with ICU, stopping at each invalid sequence to note its offset and going on
// after it, so that every bad spot (up to the reported few) is found in one pass.
DecodedText convert(const QByteArray& bytes, const char* icuName, const QString& label,
                    qint64 skip) {
    DecodedText out;
    out.encoding = label;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(icuName, &status));
    if (U_FAILURE(status)) {
        out.error = QStringLiteral("unknown encoding %1").arg(label);
        return out;
    }
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
    const char* source = bytes.constData() + skip;
    const char* const start = bytes.constData();
    const char* const end = bytes.constData() + bytes.size();
    std::u16string text(static_cast<size_t>(bytes.size() - skip) + 16, u'\0');
    UChar* target = reinterpret_cast<UChar*>(text.data());
    UChar* const targetStart = target;
    while (source < end) {
        status = U_ZERO_ERROR;
        UChar* const targetEnd = targetStart + text.size();
        ucnv_toUnicode(converter.get(), &target, targetEnd, &source, end, nullptr, true, &status);
        if (status == U_ILLEGAL_CHAR_FOUND || status == U_INVALID_CHAR_FOUND ||
            status == U_TRUNCATED_CHAR_FOUND) {
            char invalid[32];
            int8_t length = sizeof invalid;
            UErrorCode ignored = U_ZERO_ERROR;
            ucnv_getInvalidChars(converter.get(), invalid, &length, &ignored);
            if (out.badOffsets.size() < kBadOffsetsReported)
                out.badOffsets.push_back((source - start) - length);
            ucnv_reset(converter.get());
            continue;  // the converter has consumed the bad bytes
        }
        if (U_FAILURE(status)) {
            out.error = QStringLiteral("cannot decode as %1: %2").arg(label, u_errorName(status));
            return out;
        }
    }
    out.text = QString::fromUtf16(reinterpret_cast<const char16_t*>(targetStart),
                                  static_cast<qsizetype>(target - targetStart));
    if (!out.badOffsets.empty()) {
        QStringList offsets;
        for (qint64 o : out.badOffsets)
            offsets << QString::number(o);
        out.error = QStringLiteral("not %1 text: invalid bytes at offset%2 %3")
                        .arg(label, out.badOffsets.size() > 1 ? QStringLiteral("s") : QString(),
                             offsets.join(QStringLiteral(", ")));
    }
    return out;
}

}  // namespace

DecodedText decodeText(const QByteArray& bytes, const QString& encoding) {
    const QString named = encoding.trimmed().toLower();
    const bool utf8Bom = bytes.startsWith("\xEF\xBB\xBF");
    const bool utf16le = bytes.startsWith("\xFF\xFE"), utf16be = bytes.startsWith("\xFE\xFF");
    if (named.isEmpty()) {
        if (utf16le)
            return convert(bytes, "UTF-16LE", QStringLiteral("UTF-16LE"), 2);
        if (utf16be)
            return convert(bytes, "UTF-16BE", QStringLiteral("UTF-16BE"), 2);
        DecodedText utf8 = convert(bytes, "UTF-8", QStringLiteral("UTF-8"), utf8Bom ? 3 : 0);
        if (utf8.ok() || utf8Bom)
            return utf8;
        // Not UTF-8: in a Chinese newsroom, GB18030 (a superset of GBK and GB2312).
        DecodedText gb = convert(bytes, "GB18030", QStringLiteral("GB18030"), 0);
        if (gb.ok())
            return gb;
        return utf8;  // neither: report it as the UTF-8 it was most likely meant to be
    }
    if (named == QLatin1String("utf-8") || named == QLatin1String("utf8"))
        return convert(bytes, "UTF-8", QStringLiteral("UTF-8"), utf8Bom ? 3 : 0);
    if (named == QLatin1String("utf-16") || named == QLatin1String("utf16"))
        return convert(bytes, utf16be ? "UTF-16BE" : "UTF-16LE", QStringLiteral("UTF-16"),
                       utf16le || utf16be ? 2 : 0);
    if (named == QLatin1String("gb18030") || named == QLatin1String("gbk") ||
        named == QLatin1String("gb2312"))
        return convert(bytes, "GB18030", encoding.toUpper(), 0);
    return convert(bytes, encoding.toLatin1().constData(), encoding, 0);
}

QStringList paragraphsOf(const QString& text) {
    QString normal = text;
    normal.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    if (normal.endsWith(u'\n'))
        normal.chop(1);
    return normal.split(u'\n');
}

}  // namespace paiban
