#include "model/style.h"

#include <array>
#include <string_view>
#include <utility>

namespace paiban {
namespace {

template <typename E, size_t N>
using NameTable = std::array<std::pair<E, const char*>, N>;

constexpr NameTable<Kinsoku, 4> kKinsokuNames{{{Kinsoku::None, "none"},
                                               {Kinsoku::Basic, "basic"},
                                               {Kinsoku::Gb, "gb"},
                                               {Kinsoku::Strict, "strict"}}};
constexpr NameTable<Hanging, 2> kHangingNames{{{Hanging::Off, "off"}, {Hanging::End, "end"}}};
constexpr NameTable<Alignment, 4> kAlignmentNames{{{Alignment::Justify, "justify"},
                                                   {Alignment::Start, "start"},
                                                   {Alignment::Center, "center"},
                                                   {Alignment::End, "end"}}};
constexpr NameTable<BreakerKind, 2> kBreakerNames{
    {{BreakerKind::TotalFit, "total"}, {BreakerKind::FirstFit, "first"}}};

template <typename E, size_t N>
const char* nameOf(const NameTable<E, N>& table, E value) {
    for (const auto& [v, name] : table) {
        if (v == value)
            return name;
    }
    return "?";
}

template <typename E, size_t N>
std::optional<E> valueOf(const NameTable<E, N>& table, std::string_view name) {
    for (const auto& [v, n] : table) {
        if (name == n)
            return v;
    }
    return std::nullopt;
}

}  // namespace

const char* toString(Kinsoku v) {
    return nameOf(kKinsokuNames, v);
}
const char* toString(Hanging v) {
    return nameOf(kHangingNames, v);
}
const char* toString(Alignment v) {
    return nameOf(kAlignmentNames, v);
}
const char* toString(BreakerKind v) {
    return nameOf(kBreakerNames, v);
}
std::optional<Kinsoku> kinsokuFromString(std::string_view s) {
    return valueOf(kKinsokuNames, s);
}
std::optional<Hanging> hangingFromString(std::string_view s) {
    return valueOf(kHangingNames, s);
}
std::optional<Alignment> alignmentFromString(std::string_view s) {
    return valueOf(kAlignmentNames, s);
}
std::optional<BreakerKind> breakerFromString(std::string_view s) {
    return valueOf(kBreakerNames, s);
}

}  // namespace paiban
