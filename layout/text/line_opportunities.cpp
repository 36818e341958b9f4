#include "text/line_opportunities.h"

#include <unicode/ubrk.h>

#include <array>
#include <memory>

namespace paiban {
namespace {

struct BreakIteratorCloser {
    void operator()(UBreakIterator* it) const { ubrk_close(it); }
};
using BreakIteratorPtr = std::unique_ptr<UBreakIterator, BreakIteratorCloser>;

// Opening ICU's line-break rules costs about a millisecond; each thread keeps one
// iterator per tailoring and only resets its text.
UBreakIterator* wordIterator() {
    thread_local BreakIteratorPtr iterator;
    if (!iterator) {
        UErrorCode status = U_ZERO_ERROR;
        iterator.reset(ubrk_open(UBRK_WORD, "zh", nullptr, 0, &status));
        if (U_FAILURE(status))
            iterator.reset();
    }
    return iterator.get();
}

std::vector<uint8_t> boundaries(UBreakIterator* it, std::u16string_view text) {
    std::vector<uint8_t> at(text.size() + 1, 0);
    if (!it || text.empty())
        return at;
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(it, reinterpret_cast<const UChar*>(text.data()), static_cast<int32_t>(text.size()),
                 &status);
    if (U_FAILURE(status))
        return at;
    for (int32_t pos = ubrk_first(it); pos != UBRK_DONE; pos = ubrk_next(it)) {
        if (pos > 0 && static_cast<size_t>(pos) < text.size())
            at[static_cast<size_t>(pos)] = 1;
    }
    // Do not keep a pointer to the caller's text in the cached iterator.
    static const UChar kEmpty[1] = {0};
    ubrk_setText(it, kEmpty, 0, &status);
    return at;
}

UBreakIterator* iteratorFor(Kinsoku level) {
    thread_local std::array<BreakIteratorPtr, 4> cache;
    auto& slot = cache[static_cast<size_t>(level)];
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        slot.reset(ubrk_open(UBRK_LINE, icuLocaleFor(level), nullptr, 0, &status));
        if (U_FAILURE(status))
            slot.reset();
    }
    return slot.get();
}

}  // namespace

const char* icuLocaleFor(Kinsoku level) {
    switch (level) {
        case Kinsoku::None:
            return "zh@lb=loose";
        case Kinsoku::Basic:
        case Kinsoku::Gb:
            return "zh@lb=normal";
        case Kinsoku::Strict:
            return "zh@lb=strict";
    }
    return "zh";
}

std::vector<uint8_t> icuLineBreakOpportunities(std::u16string_view text, Kinsoku level) {
    return boundaries(iteratorFor(level), text);
}

std::vector<uint8_t> icuWordBoundaries(std::u16string_view text) {
    return boundaries(wordIterator(), text);
}

}  // namespace paiban
