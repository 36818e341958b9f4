// Enum ↔ name tables for the document format and the command line: one table per enum,
// read both ways.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace paiban::detail {

template <typename E, size_t N>
using NameTable = std::array<std::pair<E, const char*>, N>;

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

}  // namespace paiban::detail
