#include "editor/colour_picker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPainter>
#include <QPixmap>
#include <QSignalBlocker>
#include <QSpinBox>

namespace paiban::editor {
namespace {

// A chip's side in pixels: readable next to a line of text.
constexpr int kChipPx = 14;

// The combo box's data for each entry: a swatch's name, or these.
const QString kNone = QStringLiteral("\x01none");
const QString kRaw = QStringLiteral("\x01raw");

}  // namespace

QColor screenColour(const CmykColor& c) {
    return QColor::fromCmykF(float(c.c), float(c.m), float(c.y), float(c.k));
}

QIcon colourChip(const CmykColor& colour, bool spot) {
    QPixmap chip(kChipPx, kChipPx);
    chip.fill(screenColour(colour));
    QPainter painter(&chip);
    painter.setPen(Qt::gray);
    painter.drawRect(0, 0, kChipPx - 1, kChipPx - 1);
    if (spot) {  // a spot colour's corner cut, as swatch panels mark them
        painter.setBrush(Qt::white);
        painter.drawPolygon(
            QPolygon({QPoint(kChipPx / 2, kChipPx - 1), QPoint(kChipPx - 1, kChipPx / 2),
                      QPoint(kChipPx - 1, kChipPx - 1)}));
    }
    return QIcon(chip);
}

ColourPicker::ColourPicker(const QString& noneText, QWidget* parent)
    : QWidget(parent), noneText_(noneText) {
    swatch_ = new QComboBox(this);
    tint_ = new QSpinBox(this);
    tint_->setRange(0, 100);
    tint_->setSuffix(QStringLiteral(" %"));
    tint_->setKeyboardTracking(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(swatch_, 1);
    layout->addWidget(tint_);
    connect(swatch_, &QComboBox::currentIndexChanged, this, [this] {
        tint_->setEnabled(swatch_->currentData().toString() != kNone &&
                          swatch_->currentData().toString() != kRaw);
        Q_EMIT edited();
    });
    connect(tint_, &QSpinBox::valueChanged, this, &ColourPicker::edited);
}

void ColourPicker::show(const std::vector<Swatch>& swatches,
                        const std::optional<CmykColor>& colour) {
    const QSignalBlocker blockSwatch(swatch_);
    const QSignalBlocker blockTint(tint_);
    swatches_ = swatches;
    shown_ = colour;
    raw_ = colour && colour->swatch.empty() ? colour : std::nullopt;
    swatch_->clear();
    if (!noneText_.isEmpty())
        swatch_->addItem(noneText_, kNone);
    for (const Swatch& s : swatches)
        swatch_->addItem(colourChip(s.cmyk, s.spot), QString::fromStdString(s.name),
                         QString::fromStdString(s.name));
    if (raw_) {
        swatch_->addItem(colourChip(*raw_),
                         QStringLiteral("C%1 M%2 Y%3 K%4")
                             .arg(qRound(raw_->c * 100))
                             .arg(qRound(raw_->m * 100))
                             .arg(qRound(raw_->y * 100))
                             .arg(qRound(raw_->k * 100)),
                         kRaw);
    }
    const QString current = !colour ? kNone : raw_ ? kRaw : QString::fromStdString(colour->swatch);
    swatch_->setCurrentIndex(std::max(0, swatch_->findData(current)));
    tint_->setValue(colour && !raw_ ? qRound(colour->tintPct) : 100);
    tint_->setEnabled(colour && !raw_);
}

std::optional<CmykColor> ColourPicker::colour() const {
    const QString data = swatch_->currentData().toString();
    if (data == kNone)
        return std::nullopt;
    if (data == kRaw)
        return raw_;
    if (shown_ && shown_->swatch == data.toStdString() && qRound(shown_->tintPct) == tint_->value())
        return shown_;
    const Swatch* s = findSwatch(swatches_, data.toStdString());
    if (!s)
        return std::nullopt;
    return swatchColor(*s, tint_->value());
}

}  // namespace paiban::editor
