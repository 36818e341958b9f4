#include "editor/unit_boxes.h"

#include <QLineEdit>

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

QString LengthBox::textFromValue(double points) const {
    return formatLength(points, unit_, context_);
}

double LengthBox::valueFromText(const QString& text) const {
    return parseLengthIn(text, context_, unit_, negative_).value_or(value());
}

QValidator::State LengthBox::validate(QString& text, int&) const {
    if (parseLengthIn(text, context_, unit_, negative_))
        return QValidator::Acceptable;
    return QValidator::Intermediate;  // still being typed: "3.", "2 字" half-way
}

void LengthBox::stepBy(int steps) {
    setValue(value() + steps * lengthStepPt(unit_, context_));
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
