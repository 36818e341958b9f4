#include "editor/swatches_panel.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "editor/colour_picker.h"
#include "editor/deferred_call.h"
#include "editor/edit_session.h"
#include "editor/swatch_commands.h"

namespace paiban::editor {
namespace {

QString valuesText(const Swatch& s) {
    return QStringLiteral("C%1 M%2 Y%3 K%4")
        .arg(qRound(s.cmyk.c * 100))
        .arg(qRound(s.cmyk.m * 100))
        .arg(qRound(s.cmyk.y * 100))
        .arg(qRound(s.cmyk.k * 100));
}

}  // namespace

std::optional<Swatch> editSwatchDialog(QWidget* parent, const QString& title, const Swatch& start) {
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* name = new QLineEdit(QString::fromStdString(start.name), &dialog);
    QDoubleSpinBox* inks[4];
    const double values[4] = {start.cmyk.c, start.cmyk.m, start.cmyk.y, start.cmyk.k};
    auto* form = new QFormLayout(&dialog);
    form->addRow(SwatchesPanel::tr("Name:"), name);
    const QString inkNames[4] = {SwatchesPanel::tr("Cyan:"), SwatchesPanel::tr("Magenta:"),
                                 SwatchesPanel::tr("Yellow:"), SwatchesPanel::tr("Black:")};
    for (int i = 0; i < 4; ++i) {
        inks[i] = new QDoubleSpinBox(&dialog);
        inks[i]->setRange(0, 100);
        inks[i]->setDecimals(1);
        inks[i]->setSuffix(QStringLiteral(" %"));
        inks[i]->setValue(values[i] * 100);
        form->addRow(inkNames[i], inks[i]);
    }
    auto* spot = new QCheckBox(SwatchesPanel::tr("Spot colour (a plate of its own)"), &dialog);
    spot->setChecked(start.spot);
    form->addRow(QString(), spot);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    Swatch s;
    s.name = name->text().trimmed().toStdString();
    s.cmyk.c = inks[0]->value() / 100, s.cmyk.m = inks[1]->value() / 100;
    s.cmyk.y = inks[2]->value() / 100, s.cmyk.k = inks[3]->value() / 100;
    s.spot = spot->isChecked();
    return s;
}

SwatchesPanel::SwatchesPanel(EditSession* session, QWidget* parent)
    : QWidget(parent), session_(session) {
    list_ = new QListWidget(this);
    add_ = new QPushButton(tr("Add…"), this);
    edit_ = new QPushButton(tr("Edit…"), this);
    delete_ = new QPushButton(tr("Delete"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add_);
    buttons->addWidget(edit_);
    buttons->addWidget(delete_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(list_, 1);
    layout->addLayout(buttons);
    auto report = [this](bool done, const QString& why) {
        if (!done && !why.isEmpty())
            QMessageBox::information(this, tr("Swatches"), why);
    };
    connect(add_, &QPushButton::clicked, this, [this, report] {
        Swatch start;
        start.name = tr("New colour").toStdString();
        if (const auto s = editSwatchDialog(this, tr("New Swatch"), start)) {
            QString why;
            report(addSwatch(*s, &why), why);
        }
    });
    auto editSelected = [this, report] {
        const Swatch* current = findSwatch(shown_, selectedName());
        if (!current)
            return;
        if (const auto s = editSwatchDialog(this, tr("Edit Swatch"), *current)) {
            QString why;
            report(changeSelected(*s, &why), why);
        }
    };
    connect(edit_, &QPushButton::clicked, this, editSelected);
    connect(list_, &QListWidget::itemActivated, this, editSelected);
    connect(delete_, &QPushButton::clicked, this, [this, report] {
        QString why;
        report(deleteSelected(&why), why);
    });
    connect(session_, &EditSession::laidOut, new DeferredCall(this, [this] { refresh(); }),
            &DeferredCall::request);
    refresh();
}

void SwatchesPanel::refresh() {
    const bool has = session_->hasDocument();
    setEnabled(has);
    if (!has) {  // a closed document's swatches go with it
        shown_.clear();
        list_->clear();
        return;
    }
    if (session_->edition().swatches == shown_ && list_->count() > 0)
        return;
    shown_ = session_->edition().swatches;
    const QSignalBlocker block(list_);
    const int row = std::max(0, list_->currentRow());
    list_->clear();
    for (const Swatch& s : shown_) {
        QString text = QString::fromStdString(s.name) + QStringLiteral("  ") + valuesText(s);
        if (s.spot)
            text += QStringLiteral("  ") + tr("(spot)");
        list_->addItem(new QListWidgetItem(colourChip(s.cmyk, s.spot), text));
    }
    list_->setCurrentRow(std::min(row, list_->count() - 1));
}

std::string SwatchesPanel::selectedName() const {
    const int row = list_->currentRow();
    return row >= 0 && row < static_cast<int>(shown_.size()) ? shown_[static_cast<size_t>(row)].name
                                                             : std::string();
}

bool SwatchesPanel::push(const QString& text, const std::function<bool(Edition&, QString*)>& edit,
                         QString* why) {
    auto* command = new SwatchEditCommand(session_, text, edit, why);
    if (!command->changesSomething()) {
        delete command;
        return false;
    }
    session_->push(command);
    return true;
}

// Why the engine would refuse a swatch, in the user's language (empty: it would not).
QString SwatchesPanel::refusal(const Swatch& swatch, const std::string& replacing) const {
    const QString name = QString::fromStdString(swatch.name);
    switch (checkSwatch(session_->edition(), swatch, replacing)) {
        case SwatchRefusal::None:
            return {};
        case SwatchRefusal::NoName:
            return tr("A swatch needs a name.");
        case SwatchRefusal::NameTaken:
            return tr("There is already a swatch named %1.").arg(name);
        case SwatchRefusal::ReservedSpotName:
            return tr("A spot colour may not be named %1: PDF keeps that name for its own "
                      "plates.")
                .arg(name);
        case SwatchRefusal::NoSuchSwatch:
            return tr("There is no swatch named %1.").arg(QString::fromStdString(replacing));
    }
    return {};
}

bool SwatchesPanel::addSwatch(const Swatch& swatch, QString* why) {
    if (const QString no = refusal(swatch, {}); !no.isEmpty()) {
        *why = no;
        return false;
    }
    return push(
        tr("Add Swatch %1").arg(QString::fromStdString(swatch.name)),
        [&](Edition& e, QString* w) { return paiban::addSwatch(e, swatch, w); }, why);
}

bool SwatchesPanel::changeSelected(const Swatch& swatch, QString* why) {
    const std::string name = selectedName();
    if (const QString no = refusal(swatch, name); !no.isEmpty()) {
        *why = no;
        return false;
    }
    return push(
        tr("Edit Swatch %1").arg(QString::fromStdString(name)),
        [&](Edition& e, QString* w) { return changeSwatch(e, name, swatch, w); }, why);
}

bool SwatchesPanel::deleteSelected(QString* why) {
    const std::string name = selectedName();
    const QStringList uses = swatchUses(session_->edition(), name);
    if (!uses.isEmpty()) {  // worded here, for the user's language
        *why = tr("Swatch %1 is in use and was not deleted (%2). Give those another colour "
                  "first.")
                   .arg(QString::fromStdString(name), uses.join(QStringLiteral(", ")));
        return false;
    }
    return push(
        tr("Delete Swatch %1").arg(QString::fromStdString(name)),
        [&](Edition& e, QString* w) { return deleteSwatch(e, name, w); }, why);
}

}  // namespace paiban::editor
