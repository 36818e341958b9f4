// The monkey's answers to modal dialogs: message boxes (a random button), file dialogs (a
// file that suits them, or a broken one, or none), input dialogs, the export and print
// dialogs (accepted or cancelled). Each answer is an act in the log; a replay gives the
// logged answers in order.
#include <QAbstractButton>
#include <QApplication>
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
        return pick(names);
    }
    const QString filters = dialog->nameFilters().join(u' ');
    QStringList candidates;
    if (filters.contains(QLatin1String("*.paiban"))) {
        candidates << QStringLiteral("sample.paiban");
        for (const QFileInfo& broken : QDir(work.filePath(QStringLiteral("broken")))
                                           .entryInfoList({QStringLiteral("*.paiban")}))
            candidates << QStringLiteral("broken/") + broken.fileName();
    } else if (filters.contains(QLatin1String("*.jpg"))) {
        for (const QFileInfo& image :
             QDir(work.filePath(QStringLiteral("images"))).entryInfoList(QDir::Files))
            candidates << QStringLiteral("images/") + image.fileName();
        candidates << QStringLiteral("not-an-image.jpg");
    } else {
        candidates << QStringLiteral("story.txt") << QStringLiteral("gbk.txt")
                   << QStringLiteral("not-an-image.jpg");
    }
    candidates << QStringLiteral("missing.file");
    return pick(candidates);  // relative to the work folder: the log replays anywhere
}

// Called by a repeating timer, from inside whatever modal loop is running. The answer
// itself runs from a timer of its own: an answer may open another dialog (a file that is
// not there, a file to overwrite), whose loop must be free to fire this timer again (Qt
// never fires a timer inside its own handler).
void Monkey::answerModal() {
    // A context menu blocks in its own loop, as a dialog does (no modal widget then).
    if (QWidget* popup = QApplication::activePopupWidget();
        popup && inContextMenu_ > 0 && !QApplication::activeModalWidget() &&
        !answering_.contains(popup) && qobject_cast<QMenu*>(popup)) {
        answering_.insert(popup);
        QPointer<QWidget> menu(popup);
        QTimer::singleShot(0, this, [this, menu, popup] {
            if (menu)
                answerContextMenu(menu);
            answering_.remove(popup);
        });
        return;
    }
    QWidget* modal = QApplication::activeModalWidget();
    if (!modal || answering_.contains(modal) || qobject_cast<QProgressDialog*>(modal) ||
        !modal->isVisible())
        return;
    answering_.insert(modal);
    QPointer<QWidget> dialog(modal);
    QTimer::singleShot(0, this, [this, dialog, modal] {
        if (dialog) {
            Act answer;
            if (options_.replayPath.isEmpty()) {
                answer = chooseAnswer(dialog);
            } else if (!answers_.empty()) {
                answer = answers_.front();
                answers_.pop_front();
            } else {
                divergence_ = QStringLiteral(
                                  "the replay went another way: a %1 the log does "
                                  "not answer at event %2")
                                  .arg(QString::fromLatin1(dialog->metaObject()->className()),
                                       QString::number(events_));
                answer = {QStringLiteral("answer"), {QStringLiteral("cancel")}};
            }
            log(QStringLiteral("%1 %2").arg(events_).arg(answer.line()));
            performAnswer(dialog, answer);
        }
        answering_.remove(modal);
    });
}

Act Monkey::chooseAnswer(QWidget* modal) {
    const QString answer = QStringLiteral("answer");
    const Act cancel{answer, {QStringLiteral("cancel")}};
    if (auto* box = qobject_cast<QMessageBox*>(modal)) {
        const QList<QAbstractButton*> buttons = box->buttons();
        if (buttons.isEmpty())
            return cancel;
        return {answer, {QStringLiteral("button"), pick(buttons)->text()}};
    }
    if (auto* files = qobject_cast<QFileDialog*>(modal))
        return chance(0.25) ? cancel : Act{answer, {QStringLiteral("file"), fileFor(files)}};
    if (auto* input = qobject_cast<QInputDialog*>(modal)) {
        if (chance(0.3))
            return cancel;
        const QStringList items = input->comboBoxItems();
        return {answer,
                {QStringLiteral("input"), items.isEmpty() ? input->textValue() : pick(items)}};
    }
    if (qobject_cast<QPrintDialog*>(modal))
        return chance(0.7) ? cancel : Act{answer, {QStringLiteral("print-pdf")}};
    return chance(0.5) ? Act{answer, {QStringLiteral("accept")}} : cancel;
}

void Monkey::performAnswer(QWidget* modal, const Act& act) {
    const QString kind = act.args.value(0);
    auto* dialog = qobject_cast<QDialog*>(modal);
    QPointer<QWidget> alive(modal);
    if (kind == QLatin1String("cancel") || !dialog) {
        if (dialog)
            dialog->reject();
        else
            modal->close();
    } else if (kind == QLatin1String("button")) {
        if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            for (QAbstractButton* b : box->buttons()) {
                if (b->text() == act.args.value(1)) {
                    b->click();
                    return;
                }
            }
        }
        dialog->reject();
    } else if (kind == QLatin1String("file")) {
        if (auto* files = qobject_cast<QFileDialog*>(modal)) {
            files->selectFile(QDir(options_.workDir).filePath(act.args.value(1)));
            static_cast<QDialog*>(files)->accept();
        }
        if (alive && modal->isVisible())  // refused (no such file): given up, as people do
            dialog->reject();
    } else if (kind == QLatin1String("input")) {
        if (auto* input = qobject_cast<QInputDialog*>(modal))
            input->setTextValue(act.args.value(1));
        dialog->accept();
    } else if (kind == QLatin1String("print-pdf")) {
        if (auto* print = qobject_cast<QPrintDialog*>(modal)) {
            print->printer()->setOutputFormat(QPrinter::PdfFormat);
            print->printer()->setOutputFileName(
                QDir(options_.workDir).filePath(QStringLiteral("printed.pdf")));
        }
        dialog->accept();
    } else {  // accept
        dialog->accept();
        if (alive && modal->isVisible())
            dialog->reject();  // it refused what it holds
    }
}

}  // namespace paiban::monkey
