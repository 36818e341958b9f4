#include "editor/epaper_dialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>

#include "editor/settings.h"

namespace paiban::editor {

EpaperDialog::EpaperDialog(const QString& documentPath, QWidget* parent)
    : QDialog(parent), documentPath_(documentPath) {
    setWindowTitle(tr("Export E-paper"));
    folder_ = new QLineEdit;
    // The folder last used is offered again for the same document only: another
    // document's e-paper must not be written over.
    const bool sameDocument =
        !documentPath.isEmpty() && settings::epaperDocument.get() == documentPath;
    folder_->setText(QDir::toNativeSeparators(
        sameDocument && !settings::epaperFolder.get().isEmpty() ? settings::epaperFolder.get()
                                                                : defaultFolder(documentPath)));
    folder_->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    auto* choose = new QPushButton(tr("C&hoose…"));
    connect(choose, &QPushButton::clicked, this, &EpaperDialog::chooseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(folder_, 1);
    folderRow->addWidget(choose);

    pageWidth_ = new QSpinBox;
    pageWidth_->setRange(kMinPageWidthPx, kMaxPageWidthPx);
    pageWidth_->setSingleStep(100);
    pageWidth_->setSuffix(tr(" px"));
    pageWidth_->setValue(
        std::clamp(settings::epaperPageWidthPx.get(), kMinPageWidthPx, kMaxPageWidthPx));
    pageWidth_->setToolTip(tr("The width of each page image; the thumbnails are made smaller."));

    auto* form = new QFormLayout;
    // The folder's row is a layout, which a label cannot take as its buddy by itself.
    auto* folderLabel = new QLabel(tr("&Folder:"));
    folderLabel->setBuddy(folder_);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("Page &width:"), pageWidth_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EpaperDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EpaperDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString EpaperDialog::defaultFolder(const QString& documentPath) {
    if (documentPath.isEmpty()) {
        const QString last = settings::lastDirectory.get();
        return QDir(last.isEmpty() ? QDir::homePath() : last).filePath(tr("Untitled-e-paper"));
    }
    const QFileInfo document(documentPath);
    return document.absoluteDir().filePath(tr("%1-e-paper").arg(document.completeBaseName()));
}

QString EpaperDialog::folder() const {
    return QDir::cleanPath(QDir::fromNativeSeparators(folder_->text().trimmed()));
}

EpaperOptions EpaperDialog::options() const {
    EpaperOptions options;
    options.pageWidthPx = pageWidth_->value();
    return options;
}

void EpaperDialog::chooseFolder() {
    const QFileInfo current(folder());
    const QString chosen = QFileDialog::getExistingDirectory(
        this, tr("Export E-paper"), current.exists() ? current.filePath() : current.path());
    if (!chosen.isEmpty())
        folder_->setText(QDir::toNativeSeparators(chosen));
}

void EpaperDialog::accept() {
    const QString path = folder();
    if (folder_->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, tr("Export E-paper"), tr("Name a folder for the e-paper."));
        return;
    }
    const QFileInfo info(path);
    if (info.exists() && !info.isDir()) {
        QMessageBox::warning(this, tr("Export E-paper"),
                             tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    // An earlier e-paper is replaced without asking; a folder of other things is not
    // filled with page images unless the user says so.
    if (holdsOtherThanAnEpaper(path) &&
        QMessageBox::question(
            this, tr("Export E-paper"),
            tr("%1 already holds other files. The e-paper's index.html, viewer.css, viewer.js, "
               "articles.json and pages folder will replace any files of those names there. "
               "Write the e-paper into it?")
                .arg(QDir::toNativeSeparators(path))) != QMessageBox::Yes)
        return;
    QDialog::accept();
}

void EpaperDialog::remember() const {
    settings::epaperFolder.set(folder());
    settings::epaperDocument.set(documentPath_);
    settings::epaperPageWidthPx.set(pageWidth_->value());
}

// Why an export failed, in the user's language; the engine's English words (the system's
// reason among them) follow as the details.
static QString epaperProblemText(const EpaperResult& result) {
    const QString path = QDir::toNativeSeparators(result.path);
    switch (result.problem) {
        case EpaperProblem::CannotMakeFolder:
            return EpaperDialog::tr("Cannot make the folder %1.").arg(path);
        case EpaperProblem::CannotWriteFile:
            return EpaperDialog::tr("Cannot write %1.").arg(path);
        case EpaperProblem::BadPageSize:
            return EpaperDialog::tr("The page %1 has no size to draw it at.").arg(path);
        case EpaperProblem::BadImageWidth:
            return EpaperDialog::tr("%1 px is not a width for the page images.").arg(path);
        case EpaperProblem::None:
            break;
    }
    return EpaperDialog::tr("Nothing was written.");
}

void reportEpaper(QWidget* parent, const EpaperResult& result, const QString& folder) {
    if (!result.ok) {
        QMessageBox box(QMessageBox::Warning, EpaperDialog::tr("Cannot export the e-paper"),
                        epaperProblemText(result), QMessageBox::Close, parent);
        box.setDetailedText(result.error);
        box.exec();
        return;
    }
    QMessageBox box(QMessageBox::Information, EpaperDialog::tr("E-paper exported"),
                    EpaperDialog::tr("Wrote %1 and %2 into %3.")
                        .arg(EpaperDialog::tr("%n page(s)", nullptr, result.pages),
                             EpaperDialog::tr("%n article(s)", nullptr, result.articles),
                             QDir::toNativeSeparators(folder)),
                    QMessageBox::Close, parent);
    QPushButton* open =
        box.addButton(EpaperDialog::tr("&Open in Browser"), QMessageBox::AcceptRole);
    box.setDefaultButton(open);
    box.exec();
    const QString index = QDir(folder).filePath(QStringLiteral("index.html"));
    if (box.clickedButton() == open && !QDesktopServices::openUrl(QUrl::fromLocalFile(index))) {
        QMessageBox::information(
            parent, EpaperDialog::tr("Export E-paper"),
            EpaperDialog::tr("No browser could be started. Open %1 in a browser.")
                .arg(QDir::toNativeSeparators(index)));
    }
}

}  // namespace paiban::editor
