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

// A break iterator over `text` (which must outlive it); null if ICU fails.
CharacterBreaks breaks(UBreakIteratorType type, const char* locale, const QString& text) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator* it = ubrk_open(type, locale, reinterpret_cast<const UChar*>(text.utf16()),
                                   static_cast<int32_t>(text.size()), &status);
    if (U_FAILURE(status)) {
        ubrk_close(it);
        return nullptr;
    }
    return CharacterBreaks(it);
}

CharacterBreaks characterBreaks(const QString& text) {
    return breaks(UBRK_CHARACTER, "", text);
}

// Chinese words come from ICU's dictionary, whatever the locale; "zh" says what we mean.
CharacterBreaks wordBreaks(const QString& text) {
    return breaks(UBRK_WORD, "zh", text);
}

// A segment that is a word (letters, digits, ideographs), not spaces or punctuation.
bool isWord(UBreakIterator* it) {
    return ubrk_getRuleStatus(it) != UBRK_WORD_NONE;
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

std::pair<int, int> wordAround(const QString& text, int offset) {
    const int size = static_cast<int>(text.size());
    if (size == 0)
        return {0, 0};
    const int at = std::clamp(offset, 0, size - 1);
    const CharacterBreaks it = wordBreaks(text);
    if (!it)
        return {at, nextGraphemeBoundary(text, at)};
    int32_t start = ubrk_isBoundary(it.get(), at) ? at : ubrk_preceding(it.get(), at);
    if (start == UBRK_DONE)
        start = 0;
    int32_t end = ubrk_following(it.get(), start);
    if (end == UBRK_DONE)
        end = size;
    return {start, end};
}

int nextWordStart(const QString& text, int offset) {
    const int size = static_cast<int>(text.size());
    const CharacterBreaks it = wordBreaks(text);
    if (!it || offset >= size)
        return size;
    // Past the rest of this word, then past spaces and punctuation, to a word's start.
    int32_t at = ubrk_following(it.get(), std::max(offset, 0));
    while (at != UBRK_DONE && at < size) {
        const int32_t next = ubrk_following(it.get(), at);
        if (isWord(it.get()))
            return at;
        at = next;
    }
    return size;
}

int previousWordStart(const QString& text, int offset) {
    const CharacterBreaks it = wordBreaks(text);
    if (!it || offset <= 0)
        return 0;
    int32_t at = ubrk_preceding(it.get(), std::min(offset, static_cast<int>(text.size())));
    while (at != UBRK_DONE && at > 0) {
        // The segment starting at `at` is a word: its start.
        ubrk_following(it.get(), at);
        if (isWord(it.get()))
            return at;
        at = ubrk_preceding(it.get(), at);
    }
    return 0;
}

}  // namespace paiban
