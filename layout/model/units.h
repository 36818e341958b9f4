// Units of the newsroom. Internally every length is in points (1/72 in) as double;
// these helpers convert to and from millimetres, Chinese type sizes (号) and 字 (em).
#pragma once

#include <optional>
#include <string_view>

namespace paiban {

inline constexpr double kPointsPerInch = 72.0;
inline constexpr double kMillimetresPerInch = 25.4;

constexpr double mmToPt(double mm) {
    return mm * kPointsPerInch / kMillimetresPerInch;
}
constexpr double ptToMm(double pt) {
    return pt * kMillimetresPerInch / kPointsPerInch;
}

// The size in points of a Chinese type size name (初号 … 八号, 小初 … 小六), or nullopt.
std::optional<double> chineseTypeSizePt(std::string_view name);

// Parses a type size: a Chinese size name (小五) or a number with optional "pt".
std::optional<double> parseTypeSize(std::string_view text);

// Parses a length: "43mm", "120pt", "16zi"/"16字" (em of emPt), or a bare number of points.
std::optional<double> parseLength(std::string_view text, double emPt);

}  // namespace paiban
