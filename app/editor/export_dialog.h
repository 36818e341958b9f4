// File › Export PDF: the choices of `paiban export` — press or proof (in colour or greys),
// which pages, crop marks, bleed; for a proof, its notes and the changes since a proof
// round — remembered for next time.
#pragma once

#include <QDialog>

#include "pdf/pdf_export.h"
#include "proof/proof_pdf_markup.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QRadioButton;

namespace paiban::editor {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // `rounds`: the document's proof rounds, oldest first (a proof can mark the changes
    // since one of them).
    ExportDialog(int pageCount, const std::vector<QString>& rounds, QWidget* parent = nullptr);
    // The options chosen; false (and a message shown) if the page range is not valid.
    bool options(PdfOptions* options);
    // What a proof carries of proofreading (nothing for a press PDF).
    ProofMarkup markup() const;

private:
    void accept() override;

    int pageCount_;
    QRadioButton* press_;
    QRadioButton* proof_;
    QComboBox* proofColour_;
    QComboBox* proofNotes_;
    QComboBox* changesSince_;
    QRadioButton* allPages_;
    QRadioButton* somePages_;
    QLineEdit* pageRange_;
    QCheckBox* cropMarks_;
    QDoubleSpinBox* bleed_;
};

}  // namespace paiban::editor
