// Number boxes in the newsroom's units. A LengthBox holds points and shows them in mm, pt,
// 字 or 栏 (the user's choice), and takes whatever is typed in any of them ("3.7mm",
// "2字", "3栏", "10.5pt"; a bare number in the unit shown); its arrows step by one of that
// unit. A TypeSizeBox holds points and shows 号 (小五) where a size has a name.
#pragma once

#include <QDoubleSpinBox>
#include <optional>

#include "model/units.h"

namespace paiban::editor {

class LengthBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    explicit LengthBox(QWidget* parent = nullptr, bool negative = false);
    void setUnit(LengthUnit unit);
    LengthUnit unit() const { return unit_; }
    // What 字 and 栏 are here (the body size; the page's column and gutter).
    void setContext(const LengthContext& context);
    // A position, not a size: in 字 and 栏 it counts from `originPt` (the type area's
    // edge), and n 栏 is the start of column n + 1 (n columns and n gutters on); in mm and
    // pt it counts from the page's edge.
    void setPositionFrom(double originPt);

    QString textFromValue(double points) const override;
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& position) const override;
    void stepBy(int steps) override;

private:
    bool inGridUnits() const;
    LengthUnit unit_ = LengthUnit::Millimetre;
    LengthContext context_;
    bool negative_;
    std::optional<double> origin_;  // a position's origin in 字 and 栏
};

class TypeSizeBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    explicit TypeSizeBox(QWidget* parent = nullptr);
    void setUnit(TypeSizeUnit unit);

    QString textFromValue(double points) const override;
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& position) const override;

private:
    TypeSizeUnit unit_ = TypeSizeUnit::Hao;
};

}  // namespace paiban::editor
