// File › Export PDF: the choices of `paiban export` — press or proof (in colour or greys),
// which pages, crop marks, bleed — remembered for next time.
#pragma once

#include <QDialog>

#include "pdf/pdf_export.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QRadioButton;

namespace paiban::editor {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(int pageCount, QWidget* parent = nullptr);
    // The options chosen; false (and a message shown) if the page range is not valid.
    bool options(PdfOptions* options);

private:
    void accept() override;

    int pageCount_;
    QRadioButton* press_;
    QRadioButton* proof_;
    QComboBox* proofColour_;
    QRadioButton* allPages_;
    QRadioButton* somePages_;
    QLineEdit* pageRange_;
    QCheckBox* cropMarks_;
    QDoubleSpinBox* bleed_;
};

}  // namespace paiban::editor
