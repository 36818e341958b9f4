#include "text/text_boundaries.h"

#include <unicode/ubrk.h>

#include <algorithm>
#include <memory>

namespace paiban {
namespace {

struct BreakIteratorCloser {
    void operator()(UBreakIterator* it) const { ubrk_close(it); }
};
using CharacterBreaks = std::unique_ptr<UBreakIterator, BreakIteratorCloser>;

// A character break iterator over `text` (which must outlive it); null if ICU fails.
CharacterBreaks characterBreaks(const QString& text) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator* it = ubrk_open(UBRK_CHARACTER, "", reinterpret_cast<const UChar*>(text.utf16()),
                                   static_cast<int32_t>(text.size()), &status);
    if (U_FAILURE(status)) {
        ubrk_close(it);
        return nullptr;
    }
    return CharacterBreaks(it);
}

// Without ICU: at least never between the halves of a surrogate pair.
int stepCodePoint(const QString& text, int offset, int direction) {
    offset += direction;
    if (offset > 0 && offset < text.size() && text[offset].isLowSurrogate() &&
        text[offset - 1].isHighSurrogate())
        offset += direction;
    return std::clamp(offset, 0, static_cast<int>(text.size()));
}

}  // namespace

int nextGraphemeBoundary(const QString& text, int offset) {
    const int size = static_cast<int>(text.size());
    if (offset >= size)
        return size;
    const CharacterBreaks it = characterBreaks(text);
    if (!it)
        return stepCodePoint(text, std::max(offset, 0), 1);
    const int32_t next = ubrk_following(it.get(), std::max(offset, 0));
    return next == UBRK_DONE ? size : next;
}

int previousGraphemeBoundary(const QString& text, int offset) {
    const int size = static_cast<int>(text.size());
    if (offset <= 0)
        return 0;
    const CharacterBreaks it = characterBreaks(text);
    if (!it)
        return stepCodePoint(text, std::min(offset, size), -1);
    const int32_t previous = ubrk_preceding(it.get(), std::min(offset, size));
    return previous == UBRK_DONE ? 0 : previous;
}

int graphemeBoundaryAtOrBefore(const QString& text, int offset) {
    const int size = static_cast<int>(text.size());
    if (offset <= 0)
        return 0;
    if (offset >= size)
        return size;
    const CharacterBreaks it = characterBreaks(text);
    if (!it)
        return text[offset].isLowSurrogate() ? offset - 1 : offset;
    if (ubrk_isBoundary(it.get(), offset))
        return offset;
    const int32_t previous = ubrk_preceding(it.get(), offset);
    return previous == UBRK_DONE ? 0 : previous;
}

}  // namespace paiban
