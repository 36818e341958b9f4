#include "text/text_boundaries.h"

#include "text/newsroom_words.h"

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

namespace {

// A segment that is a word (letters, digits, ideographs), not spaces or punctuation.
bool isWordSegment(const QString& text, int from) {
    const QChar first = text[from];
    if (first.isHighSurrogate() && from + 1 < text.size())
        return QChar::isLetterOrNumber(QChar::surrogateToUcs4(first, text[from + 1]));
    return first.isLetterOrNumber();
}

}  // namespace

std::pair<int, int> wordAround(const QString& text, int offset) {
    const int size = static_cast<int>(text.size());
    if (size == 0)
        return {0, 0};
    const int at = std::clamp(offset, 0, size - 1);
    const std::vector<int> bounds = wordBoundaries(text);
    const auto next = std::upper_bound(bounds.begin(), bounds.end(), at);
    return {*(next - 1), next == bounds.end() ? size : *next};
}

int nextWordStart(const QString& text, int offset) {
    const int size = static_cast<int>(text.size());
    for (const int at : wordBoundaries(text)) {
        if (at > offset && at < size && isWordSegment(text, at))
            return at;
    }
    return size;
}

int previousWordStart(const QString& text, int offset) {
    const std::vector<int> bounds = wordBoundaries(text);
    for (auto it = bounds.rbegin(); it != bounds.rend(); ++it) {
        if (*it < offset && *it < static_cast<int>(text.size()) && isWordSegment(text, *it))
            return *it;
    }
    return 0;
}

}  // namespace paiban
