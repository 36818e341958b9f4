// A colour as the panels choose it: one of the document's swatches (a chip and its name)
// and a tint of it, or none where a colour may be absent (a box without a fill, a
// character style that takes the paragraph's colour). A raw CMYK colour of an older
// document shows as its values and stays as it is until another is chosen.
#pragma once

#include <QIcon>
#include <QWidget>
#include <optional>

#include "model/document.h"

class QComboBox;
class QSpinBox;

namespace paiban::editor {

// CMYK on screen: the renderer's naive conversion (QColor::fromCmykF), as the page shows it.
QColor screenColour(const CmykColor& colour);
// A small square of the colour for lists and combo boxes; a spot colour's chip is marked.
QIcon colourChip(const CmykColor& colour, bool spot = false);

class ColourPicker : public QWidget {
    Q_OBJECT
public:
    // `noneText`: what the "no colour" entry says; empty: a colour is always chosen.
    ColourPicker(const QString& noneText, QWidget* parent = nullptr);
    // Shows the swatches and the colour (nullopt: none). Emits nothing.
    void show(const std::vector<Swatch>& swatches, const std::optional<CmykColor>& colour);
    std::optional<CmykColor> colour() const;
    QComboBox* swatchBox() const { return swatch_; }
    QSpinBox* tintBox() const { return tint_; }

Q_SIGNALS:
    void edited();  // the user chose another swatch or tint

private:
    QComboBox* swatch_;
    QSpinBox* tint_;
    QString noneText_;
    std::vector<Swatch> swatches_;
    std::optional<CmykColor> raw_;    // the shown colour when it names no swatch
    std::optional<CmykColor> shown_;  // what show() was given: kept to the bit if unchanged
};

}  // namespace paiban::editor
