// The document loader on arbitrary bytes: it must give an edition or messages.
#include <cstddef>
#include <cstdint>

#include "io/document_io.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const paiban::LoadResult result = paiban::parseEdition(bytes, QStringLiteral("fuzz.paiban"));
    // Either a document, or at least one message; a loaded document saves and loads again.
    if (!result.edition && result.errors.empty())
        __builtin_trap();
    if (result.edition) {
        const paiban::LoadResult again = paiban::parseEdition(
            paiban::serializeEdition(*result.edition), QStringLiteral("again"));
        if (!again.edition)
            __builtin_trap();
    }
    return 0;
}
