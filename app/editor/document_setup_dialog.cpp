#include "editor/document_setup_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

#include "editor/unit_boxes.h"
#include "model/limits.h"

namespace paiban::editor {
namespace {

// The boxes' ranges: what a document may hold (model/limits.h), in the boxes' units.
constexpr int kMostColumnChars = 500;
constexpr double kMostGutterChars = 20;

bool near(double a, double b) {
    return std::abs(a - b) < 0.01;
}

}  // namespace

DocumentSetupDialog::DocumentSetupDialog(const DocumentSetup& current, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Document Setup"));
    auto* form = new QFormLayout;
    paper_ = new QComboBox(this);
    for (const PagePreset& p : pagePresets())
        paper_->addItem(QString::fromUtf8(p.name.data(), static_cast<qsizetype>(p.name.size())));
    paper_->addItem(tr("Custom"));
    form->addRow(tr("Paper:"), paper_);
    auto length = [this] {
        auto* box = new LengthBox(this);
        box->setRange(0, limits::kLargestLengthPt);
        return box;
    };
    width_ = length();
    height_ = length();
    auto* size = new QHBoxLayout;
    size->addWidget(width_);
    size->addWidget(new QLabel(QStringLiteral("×"), this));
    size->addWidget(height_);
    form->addRow(tr("Width × height:"), size);
    top_ = length();
    bottom_ = length();
    side_ = length();
    form->addRow(tr("Top margin:"), top_);
    form->addRow(tr("Bottom margin (least):"), bottom_);
    form->addRow(tr("Side margins (free columns):"), side_);
    columns_ = new QSpinBox(this);
    columns_->setRange(1, limits::kMostColumns);
    form->addRow(tr("Columns:"), columns_);
    columnChars_ = new QSpinBox(this);
    columnChars_->setRange(0, kMostColumnChars);
    columnChars_->setSpecialValueText(tr("free"));
    columnChars_->setSuffix(QStringLiteral(" 字"));
    form->addRow(tr("Column width:"), columnChars_);
    gutter_ = new QDoubleSpinBox(this);
    gutter_->setRange(0, kMostGutterChars);
    gutter_->setSingleStep(0.5);
    gutter_->setSuffix(QStringLiteral(" 字"));
    form->addRow(tr("Gutter:"), gutter_);
    bodySize_ = new TypeSizeBox(this);
    form->addRow(tr("Body size:"), bodySize_);
    baseline_ = new QDoubleSpinBox(this);
    baseline_->setRange(1, limits::kLargestLeadingPt);
    baseline_->setSuffix(QStringLiteral(" pt"));
    form->addRow(tr("Baseline grid:"), baseline_);
    typeArea_ = new QLabel(this);
    form->addRow(tr("Type area:"), typeArea_);
    allPages_ = new QRadioButton(tr("All pages"), this);
    thisPage_ = new QRadioButton(tr("This page only"), this);
    allPages_->setChecked(true);
    auto* scope = new QHBoxLayout;
    scope->addWidget(allPages_);
    scope->addWidget(thisPage_);
    form->addRow(tr("Apply to:"), scope);
    problem_ = new QLabel(this);
    problem_->setStyleSheet(QStringLiteral("color: #b00"));
    problem_->setWordWrap(true);
    auto* note = new QLabel(tr("Frames stay where they are: preflight shows what no longer "
                               "fits."),
                            this);
    note->setWordWrap(true);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(problem_);
    layout->addWidget(buttons_);

    fill(current);
    paper_->setCurrentIndex(paper_->count() - 1);
    for (size_t i = 0; i < pagePresets().size(); ++i) {
        const Page page = makePage(pagePresets()[i]);
        if (near(page.widthPt, current.widthPt) && near(page.heightPt, current.heightPt))
            paper_->setCurrentIndex(static_cast<int>(i));
    }
    connect(paper_, &QComboBox::activated, this, &DocumentSetupDialog::presetChosen);
    for (QDoubleSpinBox* box :
         {static_cast<QDoubleSpinBox*>(width_), static_cast<QDoubleSpinBox*>(height_),
          static_cast<QDoubleSpinBox*>(top_), static_cast<QDoubleSpinBox*>(bottom_),
          static_cast<QDoubleSpinBox*>(side_), gutter_, static_cast<QDoubleSpinBox*>(bodySize_),
          baseline_})
        connect(box, &QDoubleSpinBox::valueChanged, this, &DocumentSetupDialog::update);
    connect(columns_, &QSpinBox::valueChanged, this, &DocumentSetupDialog::update);
    connect(columnChars_, &QSpinBox::valueChanged, this, &DocumentSetupDialog::update);
    update();
}

// A preset fills in its paper and grid; Custom leaves the boxes for the user.
void DocumentSetupDialog::presetChosen(int index) {
    if (index < 0 || index >= static_cast<int>(pagePresets().size()))
        return;
    fill(setupFromPreset(pagePresets()[static_cast<size_t>(index)]));
}

void DocumentSetupDialog::fill(const DocumentSetup& s) {
    filledFrom_ = s;
    width_->setValue(s.widthPt);
    height_->setValue(s.heightPt);
    top_->setValue(s.topPt);
    bottom_->setValue(s.bottomPt);
    side_->setValue(s.sidePt);
    columns_->setValue(s.columns);
    columnChars_->setValue(s.columnChars);
    gutter_->setValue(s.gutterChars);
    bodySize_->setValue(s.bodySizePt);
    baseline_->setValue(s.baselinePt);
}

DocumentSetup DocumentSetupDialog::setup() const {
    DocumentSetup s;
    s.widthPt = width_->value();
    s.heightPt = height_->value();
    s.topPt = top_->value();
    s.bottomPt = bottom_->value();
    s.sidePt = side_->value();
    s.columns = columns_->value();
    s.columnChars = columnChars_->value();
    s.gutterChars = gutter_->value();
    s.bodySizePt = bodySize_->value();
    s.baselinePt = baseline_->value();
    const DocumentSetup& f = filledFrom_;
    const bool asFilled = near(s.widthPt, f.widthPt) && near(s.heightPt, f.heightPt) &&
                          near(s.topPt, f.topPt) && near(s.bottomPt, f.bottomPt) &&
                          near(s.sidePt, f.sidePt) && s.columns == f.columns &&
                          s.columnChars == f.columnChars && near(s.gutterChars, f.gutterChars) &&
                          near(s.bodySizePt, f.bodySizePt) && near(s.baselinePt, f.baselinePt);
    return asFilled ? f : s;
}

// The engine's verdict in the user's language.
QString DocumentSetupDialog::wordedProblem(const SetupCheck& check) {
    const QStringList& a = check.args;
    auto arg = [&](int i) { return i < a.size() ? a[i] : QString(); };
    switch (check.problem) {
        case SetupProblem::None:
            return {};
        case SetupProblem::PaperSize:
            return tr("The paper must be between 1 pt and %1 pt on each side.").arg(arg(0));
        case SetupProblem::Columns:
            return tr("The type area needs 1 to %1 columns.").arg(arg(0));
        case SetupProblem::ColumnChars:
            return tr("A column holds 0 (free) to %1 characters.").arg(arg(0));
        case SetupProblem::BodySize:
            return tr("The body size must be between %1 pt and %2 pt.").arg(arg(0), arg(1));
        case SetupProblem::Gutter:
            return tr("The gutter cannot be negative.");
        case SetupProblem::Baseline:
            return tr("The baseline grid must be between 1 pt and %1 pt.").arg(arg(0));
        case SetupProblem::Margins:
            return tr("Margins cannot be negative.");
        case SetupProblem::TypeAreaTooWide:
            return tr("The type area (%1 mm) is wider than the paper (%2 mm).").arg(arg(0), arg(1));
        case SetupProblem::ColumnsTooNarrow:
            return tr("The columns are narrower than one character.");
        case SetupProblem::NoRoomForALine:
            return tr("The margins leave no room for a line.");
    }
    return check.message;
}

std::optional<int> DocumentSetupDialog::scope(int currentPage) const {
    if (thisPage_->isChecked())
        return currentPage;
    return std::nullopt;
}

void DocumentSetupDialog::update() {
    const DocumentSetup s = setup();
    const SetupCheck check = checkSetup(s);
    const QString problem = wordedProblem(check);
    problem_->setText(problem);
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(check.ok());
    side_->setEnabled(s.columnChars == 0);
    if (check.ok()) {
        const Page page = withSetup(Page{}, s);
        const double lines =
            std::round((page.heightPt - page.margins.top - page.margins.bottom) / s.baselinePt);
        typeArea_->setText(tr("%1 × %2 mm, %3 lines")
                               .arg(ptToMm(typeAreaWidth(page)), 0, 'f', 1)
                               .arg(ptToMm(lines * s.baselinePt), 0, 'f', 1)
                               .arg(lines));
    } else {
        typeArea_->clear();
    }
}

}  // namespace paiban::editor
