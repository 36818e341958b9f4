// The text importer on arbitrary bytes, detected and in each named encoding: decoded
// text or offsets of its bad bytes, never a crash.
#include <cstddef>
#include <cstdint>

#include <QStringList>

#include "io/text_import.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (const char* encoding : {"", "utf-8", "utf-16", "gb18030"}) {
        const paiban::DecodedText decoded =
            paiban::decodeText(bytes, QString::fromLatin1(encoding));
        if (!decoded.ok() && decoded.error.isEmpty())
            __builtin_trap();
        for (qint64 offset : decoded.badOffsets) {
            if (offset < 0 || offset > bytes.size())
                __builtin_trap();
        }
        (void)paiban::paragraphsOf(decoded.text);
    }
    return 0;
}
