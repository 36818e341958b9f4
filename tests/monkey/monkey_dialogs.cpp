// The monkey's answers to what pops up: message boxes (a random button), file dialogs (a
// file that suits them, or a broken one, or none), input dialogs, the export and print
// dialogs (accepted or cancelled), and menus and combo box lists (an entry, or Escape).
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QTest>
#include <QTimer>

#include "monkey.h"

namespace paiban::monkey {

// A file for the dialog to pick: what it asks for most of the time, else something it
// must refuse with a message (a broken document, a text file as a photo, nothing there).
QString Monkey::fileFor(QFileDialog* dialog) {
    const QDir work(options_.workDir);
    if (dialog->acceptMode() == QFileDialog::AcceptSave) {
        const QStringList names{QStringLiteral("saved.paiban"), QStringLiteral("export.pdf"),
                                QStringLiteral("reopened.paiban"),
                                QStringLiteral("no-such-folder/x.pdf")};
        return work.filePath(pick(names));
    }
    const QString filters = dialog->nameFilters().join(u' ');
    QStringList candidates;
    if (filters.contains(QLatin1String("*.paiban"))) {
        candidates << work.filePath(QStringLiteral("sample.paiban"));
        for (const QFileInfo& broken : QDir(work.filePath(QStringLiteral("broken")))
                                           .entryInfoList({QStringLiteral("*.paiban")}))
            candidates << broken.absoluteFilePath();
    } else if (filters.contains(QLatin1String("*.jpg"))) {
        for (const QFileInfo& image :
             QDir(work.filePath(QStringLiteral("images"))).entryInfoList(QDir::Files))
            candidates << image.absoluteFilePath();
        candidates << work.filePath(QStringLiteral("not-an-image.jpg"));
    } else {
        candidates << work.filePath(QStringLiteral("story.txt"))
                   << work.filePath(QStringLiteral("gbk.txt"))
                   << work.filePath(QStringLiteral("not-an-image.jpg"));
    }
    candidates << work.filePath(QStringLiteral("missing.file"));
    return pick(candidates);
}

// Called by a repeating timer, from inside whatever modal loop is running. The answer
// itself runs from a timer of its own: an answer may open another dialog (a file that is
// not there, a file to overwrite), whose loop must be free to fire this timer again (Qt
// never fires a timer inside its own handler).
void Monkey::answerModal() {
    QWidget* modal = QApplication::activeModalWidget();
    if (!modal || answering_.contains(modal) || qobject_cast<QProgressDialog*>(modal) ||
        !modal->isVisible())
        return;
    answering_.insert(modal);
    QPointer<QWidget> dialog(modal);
    QTimer::singleShot(0, this, [this, dialog, modal] {
        if (dialog)
            answer(dialog);
        answering_.remove(modal);
    });
}

void Monkey::answer(QWidget* modal) {
    if (auto* box = qobject_cast<QMessageBox*>(modal)) {
        const QList<QAbstractButton*> buttons = box->buttons();
        if (!buttons.isEmpty()) {
            QAbstractButton* button = buttons[uniform(0, int(buttons.size()) - 1)];
            log(QStringLiteral("answer “%1” with %2")
                    .arg(box->text().left(40), button->text().remove(u'&')));
            button->click();
        } else {
            box->reject();
        }
        return;
    }
    QPointer<QWidget> alive(modal);
    if (auto* files = qobject_cast<QFileDialog*>(modal)) {
        if (chance(0.25)) {
            log(QStringLiteral("cancel the file dialog"));
            files->reject();
            return;
        }
        const QString path = fileFor(files);
        log(QStringLiteral("choose %1").arg(path));
        files->selectFile(path);
        static_cast<QDialog*>(files)->accept();
        if (alive && files->isVisible()) {  // refused (no such file): give up, as people do
            log(QStringLiteral("cancel the file dialog"));
            files->reject();
        }
        return;
    }
    if (auto* input = qobject_cast<QInputDialog*>(modal)) {
        if (chance(0.3)) {
            log(QStringLiteral("cancel the input dialog"));
            input->reject();
            return;
        }
        const QStringList items = input->comboBoxItems();
        if (!items.isEmpty())
            input->setTextValue(items[uniform(0, int(items.size()) - 1)]);
        log(QStringLiteral("accept the input dialog with %1").arg(input->textValue()));
        input->accept();
        return;
    }
    if (auto* print = qobject_cast<QPrintDialog*>(modal)) {
        if (chance(0.7)) {
            log(QStringLiteral("cancel printing"));
            print->reject();
            return;
        }
        print->printer()->setOutputFormat(QPrinter::PdfFormat);
        print->printer()->setOutputFileName(
            QDir(options_.workDir).filePath(QStringLiteral("printed.pdf")));
        log(QStringLiteral("print to a PDF file"));
        print->accept();
        return;
    }
    if (auto* dialog = qobject_cast<QDialog*>(modal)) {
        const QString name = QString::fromLatin1(dialog->metaObject()->className());
        if (chance(0.5)) {
            log(QStringLiteral("accept %1").arg(name));
            dialog->accept();
            if (alive && dialog->isVisible()) {
                log(QStringLiteral("cancel %1, which refused").arg(name));
                dialog->reject();
            }
        } else {
            log(QStringLiteral("cancel %1").arg(name));
            dialog->reject();
        }
        return;
    }
    modal->close();
}

// An open menu or combo box list: an entry chosen, or Escape.
bool Monkey::closePopup() {
    QWidget* popup = QApplication::activePopupWidget();
    if (!popup)
        return false;
    if (auto* menu = qobject_cast<QMenu*>(popup); menu && chance(0.6)) {
        std::vector<QAction*> entries;
        for (QAction* a : menu->actions()) {
            if (!a->isSeparator() && a->isEnabled() && !a->menu())
                entries.push_back(a);
        }
        if (!entries.empty()) {
            QAction* entry = pick(entries);
            log(QStringLiteral("choose menu entry %1").arg(entry->text().remove(u'&')));
            menu->setActiveAction(entry);
            QTest::keyClick(menu, Qt::Key_Return);
            return true;
        }
    }
    if (chance(0.5)) {
        log(QStringLiteral("Return in the popup"));
        QTest::keyClick(popup, Qt::Key_Return);
    } else {
        log(QStringLiteral("Escape from the popup"));
        QTest::keyClick(popup, Qt::Key_Escape);
    }
    if (QApplication::activePopupWidget() == popup)
        popup->close();
    return true;
}

}  // namespace paiban::monkey
