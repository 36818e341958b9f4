#include "editor/export_dialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

#include "editor/settings.h"
#include "model/grid.h"

namespace paiban::editor {

ExportDialog::ExportDialog(int pageCount, const std::vector<QString>& rounds, QWidget* parent)
    : QDialog(parent), pageCount_(pageCount) {
    setWindowTitle(tr("Export PDF"));
    press_ = new QRadioButton(tr("For the &press (PDF/X-4, CMYK)"));
    proof_ = new QRadioButton(tr("&Proof (for screen and office printers)"));
    (settings::exportProof.get() ? proof_ : press_)->setChecked(true);
    // Indices are ProofColour's values.
    proofColour_ = new QComboBox;
    proofColour_->addItem(tr("In colour (RGB)"));
    proofColour_->addItem(tr("In greys (black-and-white printers)"));
    proofColour_->setCurrentIndex(settings::exportProofGrey.get() ? int(ProofColour::Gray)
                                                                  : int(ProofColour::Rgb));
    proofColour_->setEnabled(proof_->isChecked());
    connect(proof_, &QRadioButton::toggled, proofColour_, &QWidget::setEnabled);
    // Indices are ProofMarkup::Notes' values.
    proofNotes_ = new QComboBox;
    proofNotes_->addItem(tr("Without notes"));
    proofNotes_->addItem(tr("With open notes"));
    proofNotes_->addItem(tr("With all notes, resolved ones too"));
    proofNotes_->setCurrentIndex(std::clamp(settings::exportProofNotes.get(), 0, 2));
    // The round's name is the item's data; none first.
    changesSince_ = new QComboBox;
    changesSince_->addItem(tr("Without change marks"), QString());
    for (const QString& round : rounds)
        changesSince_->addItem(tr("Changes since %1").arg(round), round);
    const int remembered = changesSince_->findData(settings::exportChangesSince.get());
    changesSince_->setCurrentIndex(std::max(0, remembered));
    changesSince_->setEnabled(!rounds.empty());
    for (QComboBox* proofOnly : {proofNotes_, changesSince_}) {
        proofOnly->setEnabled(proof_->isChecked() &&
                              (proofOnly != changesSince_ || !rounds.empty()));
        connect(proof_, &QRadioButton::toggled, proofOnly,
                [proofOnly, hasRounds = !rounds.empty(), this](bool on) {
                    proofOnly->setEnabled(on && (proofOnly != changesSince_ || hasRounds));
                });
    }
    allPages_ = new QRadioButton(tr("&All pages"));
    somePages_ = new QRadioButton(tr("Pa&ges:"));
    allPages_->setChecked(true);
    pageRange_ = new QLineEdit;
    pageRange_->setPlaceholderText(tr("e.g. 1-2, 4"));
    connect(pageRange_, &QLineEdit::textEdited, this, [this] { somePages_->setChecked(true); });
    cropMarks_ = new QCheckBox(tr("Crop &marks"));
    cropMarks_->setChecked(settings::exportCropMarks.get());
    bleed_ = new QDoubleSpinBox;
    bleed_->setRange(0, 20);
    bleed_->setDecimals(1);
    bleed_->setSuffix(tr(" mm"));
    bleed_->setValue(settings::exportBleedMm.get());
    // Marks and bleed are the press's; a proof is the page as read.
    for (QWidget* pressOnly : {static_cast<QWidget*>(cropMarks_), static_cast<QWidget*>(bleed_)}) {
        pressOnly->setEnabled(press_->isChecked());
        connect(press_, &QRadioButton::toggled, pressOnly, &QWidget::setEnabled);
    }

    // Two separate choices: radio buttons of one parent would otherwise exclude each other.
    auto* intentGroup = new QButtonGroup(this);
    intentGroup->addButton(press_);
    intentGroup->addButton(proof_);
    auto* pagesGroup = new QButtonGroup(this);
    pagesGroup->addButton(allPages_);
    pagesGroup->addButton(somePages_);
    auto* intent = new QVBoxLayout;
    intent->addWidget(press_);
    intent->addWidget(proof_);
    auto* proofColour = new QHBoxLayout;
    // Under the proof's button, as its sub-choice.
    proofColour->addSpacing(style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                            style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing));
    proofColour->addWidget(proofColour_);
    proofColour->addStretch();
    intent->addLayout(proofColour);
    auto* proofMarks = new QHBoxLayout;
    proofMarks->addSpacing(style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                           style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing));
    proofMarks->addWidget(proofNotes_);
    proofMarks->addWidget(changesSince_);
    proofMarks->addStretch();
    intent->addLayout(proofMarks);
    auto* pages = new QHBoxLayout;
    pages->addWidget(allPages_);
    pages->addWidget(somePages_);
    pages->addWidget(pageRange_);
    auto* form = new QFormLayout;
    form->addRow(tr("Output:"), intent);
    form->addRow(tr("Pages:"), pages);
    form->addRow(QString(), cropMarks_);
    form->addRow(tr("&Bleed:"), bleed_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

bool ExportDialog::options(PdfOptions* options) {
    options->intent = proof_->isChecked() ? PdfIntent::Proof : PdfIntent::Press;
    options->proofColour = ProofColour(proofColour_->currentIndex());
    options->pages.clear();
    if (somePages_->isChecked() &&
        !parsePageRanges(pageRange_->text(), pageCount_, &options->pages)) {
        return false;
    }
    options->cropMarks = cropMarks_->isChecked();
    options->bleedPt = bleed_->value() * kPtPerMm;
    options->outputProfile = settings::exportOutputProfile.get();
    return true;
}

ProofMarkup ExportDialog::markup() const {
    ProofMarkup markup;
    if (!proof_->isChecked())
        return markup;
    markup.notes = ProofMarkup::Notes(proofNotes_->currentIndex());
    markup.changesSince = changesSince_->currentData().toString();
    return markup;
}

void ExportDialog::accept() {
    PdfOptions chosen;
    if (!options(&chosen)) {
        QMessageBox::warning(this, tr("Export PDF"),
                             tr("“%1” is not a range of pages between 1 and %2.")
                                 .arg(pageRange_->text())
                                 .arg(pageCount_));
        return;
    }
    settings::exportProof.set(proof_->isChecked());
    settings::exportProofGrey.set(ProofColour(proofColour_->currentIndex()) == ProofColour::Gray);
    settings::exportProofNotes.set(proofNotes_->currentIndex());
    if (changesSince_->isEnabled())
        settings::exportChangesSince.set(changesSince_->currentData().toString());
    settings::exportCropMarks.set(cropMarks_->isChecked());
    settings::exportBleedMm.set(bleed_->value());
    QDialog::accept();
}

}  // namespace paiban::editor
