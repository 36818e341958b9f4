#include "model/units.h"

#include <array>
#include <charconv>
#include <string>

namespace paiban {
namespace {

struct NamedSize {
    std::string_view name;
    double points;
};

// The traditional Chinese type-size ladder (号), as used in newsrooms and by FIT.
constexpr std::array<NamedSize, 16> kChineseTypeSizes{{
    {"初号", 42},
    {"小初", 36},
    {"一号", 26},
    {"小一", 24},
    {"二号", 22},
    {"小二", 18},
    {"三号", 16},
    {"小三", 15},
    {"四号", 14},
    {"小四", 12},
    {"五号", 10.5},
    {"小五", 9},
    {"六号", 7.5},
    {"小六", 6.5},
    {"七号", 5.5},
    {"八号", 5},
}};

std::optional<double> parseNumberPrefix(std::string_view text, std::string_view* rest) {
    double value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr == text.data())
        return std::nullopt;
    *rest = text.substr(static_cast<size_t>(ptr - text.data()));
    return value;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

}  // namespace

std::optional<double> chineseTypeSizePt(std::string_view name) {
    for (const auto& size : kChineseTypeSizes) {
        if (size.name == name)
            return size.points;
    }
    return std::nullopt;
}

std::optional<double> parseTypeSize(std::string_view text) {
    text = trim(text);
    if (auto named = chineseTypeSizePt(text))
        return named;
    std::string_view unit;
    auto value = parseNumberPrefix(text, &unit);
    if (!value || *value <= 0)
        return std::nullopt;
    unit = trim(unit);
    if (unit.empty() || unit == "pt")
        return value;
    return std::nullopt;
}

std::optional<double> parseLength(std::string_view text, double emPt) {
    text = trim(text);
    std::string_view unit;
    auto value = parseNumberPrefix(text, &unit);
    if (!value || *value < 0)
        return std::nullopt;
    unit = trim(unit);
    if (unit.empty() || unit == "pt")
        return value;
    if (unit == "mm")
        return mmToPt(*value);
    if (unit == "cm")
        return mmToPt(*value * 10);
    if (unit == "in")
        return *value * kPointsPerInch;
    if (unit == "zi" || unit == "字" || unit == "em")
        return *value * emPt;
    return std::nullopt;
}

}  // namespace paiban
