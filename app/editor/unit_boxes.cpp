#include "editor/unit_boxes.h"

#include <QLineEdit>

#include <cmath>

namespace paiban::editor {
namespace {

// Points are held to a thousandth: what 字 and 栏 work out to, without a drift of their own.
constexpr int kPointDecimals = 3;

}  // namespace

LengthBox::LengthBox(QWidget* parent, bool negative) : QDoubleSpinBox(parent), negative_(negative) {
    setDecimals(kPointDecimals);
    setKeyboardTracking(false);
    setAccelerated(true);
}

void LengthBox::setUnit(LengthUnit unit) {
    unit_ = unit;
    setValue(value());  // shown again in the new unit
    lineEdit()->setText(textFromValue(value()));
}

void LengthBox::setContext(const LengthContext& context) {
    context_ = context;
    lineEdit()->setText(textFromValue(value()));
}

void LengthBox::setPositionFrom(double originPt) {
    origin_ = originPt;
    lineEdit()->setText(textFromValue(value()));
}

bool LengthBox::inGridUnits() const {
    return origin_ && (unit_ == LengthUnit::Zi || unit_ == LengthUnit::Lan);
}

// A position in 栏 counts whole column pitches (column and gutter) from the origin: its
// n 栏 is where column n + 1 starts.
// The origin is held to a thousandth as the value is, so that a frame at the type area's
// edge reads 0, not −0, whichever way the two round.
QString LengthBox::textFromValue(double points) const {
    if (!inGridUnits())
        return formatLength(points, unit_, context_);
    const double scale = std::pow(10.0, kPointDecimals);
    const double origin = std::round(*origin_ * scale) / scale;
    if (unit_ == LengthUnit::Lan && context_.columnPt > 0) {
        const double pitch = context_.columnPt + context_.gutterPt;
        return formatLength((points - origin) / pitch, LengthUnit::Point, context_, 1)
            .replace(QStringLiteral(" pt"), QStringLiteral(" 栏"));
    }
    return formatLength(points - origin, unit_, context_);
}

double LengthBox::valueFromText(const QString& text) const {
    if (!inGridUnits())
        return parseLengthIn(text, context_, unit_, negative_).value_or(value());
    const QString unit = text.trimmed();
    if ((unit.endsWith(QStringLiteral("栏")) || unit_ == LengthUnit::Lan) &&
        !unit.endsWith(QLatin1String("mm")) && !unit.endsWith(QLatin1String("pt")) &&
        !unit.endsWith(QStringLiteral("字")) && context_.columnPt > 0) {
        QString number = unit;
        number.remove(QStringLiteral("栏"));
        bool ok = false;
        const double columns = number.trimmed().toDouble(&ok);
        if (ok)
            return *origin_ + columns * (context_.columnPt + context_.gutterPt);
    }
    const auto parsed = parseLengthIn(text, context_, unit_, true);
    if (!parsed)
        return value();
    // mm and pt typed into a position are from the page's edge; 字 from the origin.
    const bool fromOrigin = unit.endsWith(QStringLiteral("字")) ||
                            unit.endsWith(QLatin1String("zi")) ||
                            (unit_ == LengthUnit::Zi && !unit.endsWith(QLatin1String("mm")) &&
                             !unit.endsWith(QLatin1String("pt")));
    return fromOrigin ? *origin_ + *parsed : *parsed;
}

QValidator::State LengthBox::validate(QString& text, int&) const {
    QString number = text;
    number.remove(QStringLiteral("栏"));
    bool ok = false;
    number.trimmed().toDouble(&ok);
    if (parseLengthIn(text, context_, unit_, negative_ || inGridUnits()) || (inGridUnits() && ok))
        return QValidator::Acceptable;
    return QValidator::Intermediate;  // still being typed: "3.", "2 字" half-way
}

void LengthBox::stepBy(int steps) {
    const double step = inGridUnits() && unit_ == LengthUnit::Lan
                            ? context_.columnPt + context_.gutterPt
                            : lengthStepPt(unit_, context_);
    setValue(value() + steps * step);
}

TypeSizeBox::TypeSizeBox(QWidget* parent) : QDoubleSpinBox(parent) {
    setDecimals(2);
    setSingleStep(0.5);
    setKeyboardTracking(false);
}

void TypeSizeBox::setUnit(TypeSizeUnit unit) {
    unit_ = unit;
    lineEdit()->setText(textFromValue(value()));
}

QString TypeSizeBox::textFromValue(double points) const {
    return formatTypeSize(points, unit_);
}

double TypeSizeBox::valueFromText(const QString& text) const {
    return parseTypeSizeText(text).value_or(value());
}

QValidator::State TypeSizeBox::validate(QString& text, int&) const {
    return parseTypeSizeText(text) ? QValidator::Acceptable : QValidator::Intermediate;
}

}  // namespace paiban::editor
