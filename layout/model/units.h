// Units of the newsroom. Internally every length is in points (1/72 in) as double;
// these helpers convert to and from millimetres, Chinese type sizes (号) and 字 (em).
#pragma once

#include <QString>
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

// The units a length is shown and typed in: millimetres (the page), points, 字 (ems of the
// body size: column widths, indents) and 栏 (basic columns of the page grid: n 栏 is n
// columns and the n − 1 gutters between them).
enum class LengthUnit { Millimetre, Point, Zi, Lan };
enum class TypeSizeUnit { Hao, Point };  // 号 where a size has a name, or points

// What 字 and 栏 mean where a length is typed: the body size, and the page's basic column
// and gutter.
struct LengthContext {
    double emPt = 9;
    double columnPt = 0, gutterPt = 0;
};

// Parses what a newsroom types: "3.7mm", "10.5pt", "2字", "2zi", "3栏", "-5 mm", full-width
// forms (３７ｍｍ) alike, a bare number in `bare`. Negative lengths where `negative`.
std::optional<double> parseLengthIn(const QString& text, const LengthContext& context,
                                    LengthUnit bare, bool negative = false);
// "小五", "10.5pt", "9" (points): a type size.
std::optional<double> parseTypeSizeText(const QString& text);

// A length as shown: "43.0 mm", "120 pt", "16 字", "2.5 栏" (`decimals` at most, trailing
// zeros dropped for 字 and 栏).
QString formatLength(double pt, LengthUnit unit, const LengthContext& context, int decimals = 1);
// A type size as shown: its 号 name where it has one (in Hao), else "9.5 pt".
QString formatTypeSize(double pt, TypeSizeUnit unit);
// One of the unit's steps, in points (the arrow keys of a length box move by it).
double lengthStepPt(LengthUnit unit, const LengthContext& context);

}  // namespace paiban
