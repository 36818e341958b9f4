// Break opportunities from ICU's line breaker (UAX #14) with the tailoring that
// matches a kinsoku level: none → lb=loose, basic and gb → lb=normal, strict → lb=strict.
// The clreq tables (char_class.h) are applied on top by the breaker.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "model/style.h"

namespace paiban {

// allowed[i] is true when ICU allows a line to start at UTF-16 offset i (0 < i < size).
// Hard breaks (mandatory) are not expected inside a paragraph and are treated as allowed.
std::vector<uint8_t> icuLineBreakOpportunities(std::u16string_view text, Kinsoku level);

const char* icuLocaleFor(Kinsoku level);

// wordStart[i] is true where ICU's word breaker (with its Chinese dictionary) puts a word
// boundary at UTF-16 offset i.
std::vector<uint8_t> icuWordBoundaries(std::u16string_view text);

}  // namespace paiban
