// View › Master Pages…: the edition's masters (主页) and their items; an item's place and
// size edited here change it on every page that uses the master, one undo step per Apply
// (EditMasterItemCommand). A master item's text and fields are shown as they stand, with
// each field named (〔页码〕); to change one page's item, release it there (Pages ›
// Release from Master).
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QListWidget;
class QPushButton;

namespace paiban::editor {

class EditSession;
class LengthBox;

class MastersDialog : public QDialog {
    Q_OBJECT
public:
    MastersDialog(EditSession* session, QWidget* parent);

private:
    void showMasters();
    void showItems();
    void showItem();
    void apply();
    QString masterName() const;
    QString itemId() const;

    EditSession* session_;
    QListWidget* masters_;
    QListWidget* items_;
    LengthBox *x_, *y_, *width_, *height_;
    QPlainTextEdit* text_;
    QPushButton* apply_;
};

}  // namespace paiban::editor
