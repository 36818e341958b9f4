#include "model/units.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
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

namespace {

// Full-width forms (０-９, ．, ｍ, ｐ…) and the ideographic space as their ASCII: a
// newsroom types with a Chinese input method on.
QString narrowed(const QString& text) {
    QString out = text;
    for (QChar& c : out) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(c.unicode() - 0xFEE0);
        else if (c.unicode() == 0x3000)
            c = u' ';
    }
    return out.trimmed();
}

double lanPt(double columns, const LengthContext& context) {
    // n columns and the gutters between them; a part of a column counts its share.
    return columns * context.columnPt + std::max(0.0, columns - 1) * context.gutterPt;
}

QString trimmedNumber(double value, int decimals) {
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

}  // namespace

std::optional<double> parseLengthIn(const QString& input, const LengthContext& context,
                                    LengthUnit bare, bool negative) {
    const QString text = narrowed(input);
    qsizetype end = 0;
    while (end < text.size() &&
           (text[end].isDigit() || text[end] == u'.' || (end == 0 && text[end] == u'-') ||
            (end == 0 && text[end] == u'+')))
        ++end;
    bool ok = false;
    const double value = text.left(end).toDouble(&ok);
    if (!ok || (!negative && value < 0))
        return std::nullopt;
    const QString unit = text.mid(end).trimmed().toLower();
    LengthUnit in = bare;
    if (unit == QLatin1String("mm") || unit == QStringLiteral("毫米"))
        in = LengthUnit::Millimetre;
    else if (unit == QLatin1String("cm") || unit == QStringLiteral("厘米"))
        return mmToPt(value * 10);
    else if (unit == QLatin1String("pt") || unit == QStringLiteral("点"))
        in = LengthUnit::Point;
    else if (unit == QLatin1String("zi") || unit == QStringLiteral("字") ||
             unit == QLatin1String("em"))
        in = LengthUnit::Zi;
    else if (unit == QLatin1String("lan") || unit == QStringLiteral("栏"))
        in = LengthUnit::Lan;
    else if (!unit.isEmpty())
        return std::nullopt;
    switch (in) {
        case LengthUnit::Millimetre:
            return mmToPt(value);
        case LengthUnit::Point:
            return value;
        case LengthUnit::Zi:
            return value * context.emPt;
        case LengthUnit::Lan:
            if (context.columnPt <= 0)
                return std::nullopt;  // no grid to count columns by
            return value < 0 ? -lanPt(-value, context) : lanPt(value, context);
    }
    return std::nullopt;
}

std::optional<double> parseTypeSizeText(const QString& input) {
    const QString text = narrowed(input);
    if (auto named = chineseTypeSizePt(text.toStdString()))
        return named;
    return parseTypeSize(text.toStdString());
}

QString formatLength(double pt, LengthUnit unit, const LengthContext& context, int decimals) {
    switch (unit) {
        case LengthUnit::Millimetre:
            return QStringLiteral("%1 mm").arg(ptToMm(pt), 0, 'f', decimals);
        case LengthUnit::Point:
            return QStringLiteral("%1 pt").arg(trimmedNumber(pt, decimals + 1));
        case LengthUnit::Zi:
            return QStringLiteral("%1 字").arg(trimmedNumber(pt / context.emPt, decimals + 1));
        case LengthUnit::Lan: {
            if (context.columnPt <= 0)
                return formatLength(pt, LengthUnit::Millimetre, context, decimals);
            // Solve n·column + (n − 1)·gutter = pt for n.
            const double n =
                (std::abs(pt) + context.gutterPt) / (context.columnPt + context.gutterPt);
            return QStringLiteral("%1 栏").arg(trimmedNumber(pt < 0 ? -n : n, decimals + 1));
        }
    }
    return {};
}

QString formatTypeSize(double pt, TypeSizeUnit unit) {
    if (unit == TypeSizeUnit::Hao) {
        for (const auto& size : kChineseTypeSizes) {
            if (std::abs(size.points - pt) < 1e-6)
                return QString::fromUtf8(size.name.data(),
                                         static_cast<qsizetype>(size.name.size()));
        }
    }
    return QStringLiteral("%1 pt").arg(trimmedNumber(pt, 2));
}

double lengthStepPt(LengthUnit unit, const LengthContext& context) {
    switch (unit) {
        case LengthUnit::Millimetre:
            return mmToPt(1);
        case LengthUnit::Point:
            return 1;
        case LengthUnit::Zi:
            return context.emPt;
        case LengthUnit::Lan:
            return context.columnPt > 0 ? context.columnPt + context.gutterPt : mmToPt(1);
    }
    return 1;
}

}  // namespace paiban
