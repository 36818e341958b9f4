// File › Document Setup…: the paper (对开, 4开 or custom width × height), the margins, the
// type area (版心) as columns of whole characters with the gutter in 字, the body size (号
// or pt) and the baseline grid; for every page or the current one. What is wrong with a
// setup (model/document_setup: checkSetup) is said under the boxes, and OK waits for it.
#pragma once

#include <QDialog>
#include <optional>

#include "model/document_setup.h"

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace paiban::editor {

class LengthBox;
class TypeSizeBox;

class DocumentSetupDialog : public QDialog {
    Q_OBJECT
public:
    DocumentSetupDialog(const DocumentSetup& current, QWidget* parent);

    DocumentSetup setup() const;
    // The page it applies to (nullopt: every page), given the current page's index.
    std::optional<int> scope(int currentPage) const;

private:
    static QString wordedProblem(const SetupCheck& check);
    void presetChosen(int index);
    void update();

    QComboBox* paper_;
    LengthBox *width_, *height_, *top_, *bottom_, *side_;
    QSpinBox *columns_, *columnChars_;
    QDoubleSpinBox *gutter_, *baseline_;
    TypeSizeBox* bodySize_;
    QRadioButton *allPages_, *thisPage_;
    QLabel* problem_;
    QLabel* typeArea_;
    QDialogButtonBox* buttons_;
    // The setup the boxes were last filled from (the page's, or a preset's): given back
    // to the last bit while the boxes, which round, still show it.
    DocumentSetup filledFrom_;
    void fill(const DocumentSetup& setup);
};

}  // namespace paiban::editor
