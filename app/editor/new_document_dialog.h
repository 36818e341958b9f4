// File › New…: the templates of a new edition (model/templates), one chosen.
#pragma once

#include <QDialog>

class QListWidget;

namespace paiban::editor {

class NewDocumentDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewDocumentDialog(QWidget* parent);
    QString templateName() const;  // the template chosen (the default at first)

private:
    QListWidget* list_;
};

}  // namespace paiban::editor
