#include "editor/new_document_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include "model/templates.h"

namespace paiban::editor {

NewDocumentDialog::NewDocumentDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("New Edition"));
    list_ = new QListWidget(this);
    for (const TemplateInfo& t : editionTemplates()) {
        auto* item = new QListWidgetItem(t.title, list_);
        item->setData(Qt::UserRole, t.name);
        item->setToolTip(t.description);
        if (t.name == defaultTemplateName())
            list_->setCurrentItem(item);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(list_, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Template (paper, columns, master pages and styles):"), this));
    layout->addWidget(list_);
    layout->addWidget(buttons);
}

QString NewDocumentDialog::templateName() const {
    const QListWidgetItem* item = list_->currentItem();
    return item ? item->data(Qt::UserRole).toString() : defaultTemplateName();
}

}  // namespace paiban::editor
