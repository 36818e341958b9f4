// The MainWindow's part in files: opening (with the work a crash left), recent files,
// saving, exporting a PDF (press or proof, with its notes and changes), printing, and a
// text file imported into a story.
#include "editor/main_window.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include "articles/articles.h"
#include "editor/canvas/page_canvas.h"
#include "editor/commands.h"
#include "editor/deferred_call.h"
#include "editor/edit_session.h"
#include "editor/epaper_dialog.h"
#include "editor/export_dialog.h"
#include "editor/find_dialog.h"
#include "editor/finding_wording.h"
#include "editor/newsroom/newsroom_session.h"
#include "editor/press_check.h"
#include "editor/proof_dialogs.h"
#include "editor/settings.h"
#include "editor/side_panels.h"
#include "editor/story_panel.h"
#include "editor/swatches_panel.h"
#include "editor/tools/frame_tool.h"
#include "editor/tools/text_tool.h"
#include "editor/tools/thread_tool.h"
#include "editor/tools/tool_box.h"
#include "editor/wheel_guard.h"
#include "epaper/epaper.h"
#include "io/pasted_text.h"
#include "io/text_import.h"
#include "model/grid.h"
#include "model/text_edit.h"
#include "model/thread_edits.h"
#include "pdf/pdf_export.h"
#include "preflight/preflight.h"
#include "render/painter_renderer.h"

namespace paiban::editor {

bool MainWindow::openDocument(const QString& path) {
    QString error;
    if (!session_->open(path, &error)) {
        QMessageBox::warning(
            this, tr("Cannot open document"),
            tr("%1 could not be opened:\n\n%2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    QStringList recent = settings::recentFiles.get();
    recent.removeAll(session_->path());
    recent.prepend(session_->path());
    settings::recentFiles.set(recent.mid(0, settings::kRecentFilesShown));
    updateRecentFiles();
    // Unsaved work from a session that ended without closing: offered back.
    const QFileInfo recovery(session_->recoveryPath());
    if (recovery.exists() && recovery.lastModified() > QFileInfo(session_->path()).lastModified()) {
        // Chosen at start for this work already: restored without asking twice.
        const bool chosen = restoreAtOpen_ == session_->path();
        restoreAtOpen_.clear();
        if (chosen || confirmRecovery(recovery.lastModified())) {
            if (!session_->restoreRecovery(&error))
                QMessageBox::warning(this, tr("Cannot recover"), error);
        } else {
            session_->removeRecovery();
        }
    }
    page_ = -1;
    showPage(0);
    updateTitle();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(session_->path())), 5000);
    return true;
}

// Work a crash or a kill left unsaved on another document: open it (and restore the
// work), leave it for another time, or let it go — asked once per start, not again and
// again (a "no" that kept the work would ask at every start).
QString MainWindow::startupDocument(const QString& requested) {
    for (const QString& document : EditSession::pendingRecoveries()) {
        if (document == QFileInfo(requested).absoluteFilePath() || !QFileInfo::exists(document))
            continue;
        QMessageBox box(QMessageBox::Question, tr("Recover unsaved work"),
                        tr("Paiban was closed with unsaved work on %1.")
                            .arg(QDir::toNativeSeparators(document)),
                        QMessageBox::NoButton, this);
        box.setInformativeText(
            tr("Open it with that work now, keep the work for later, or "
               "discard it?"));
        QPushButton* open = box.addButton(tr("Open and Restore"), QMessageBox::AcceptRole);
        box.addButton(tr("Keep for Later"), QMessageBox::RejectRole);
        QPushButton* discard = box.addButton(tr("Discard the Work"), QMessageBox::DestructiveRole);
        box.setDefaultButton(open);
        box.exec();
        if (box.clickedButton() == open) {
            restoreAtOpen_ = document;
            return document;
        }
        if (box.clickedButton() == discard)
            EditSession::discardRecoveryOf(document);
    }
    return requested;
}

void MainWindow::autosave() {
    QString error;
    if (!session_->writeRecovery(&error))
        statusBar()->showMessage(tr("Could not keep a recovery copy: %1").arg(error), 8000);
}

void MainWindow::updateRecentFiles() {
    recentMenu_->clear();
    for (const QString& path : settings::recentFiles.get()) {
        recentMenu_->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (maybeSave())
                openDocument(path);
        });
    }
    recentMenu_->setEnabled(!recentMenu_->isEmpty());
}

void MainWindow::open() {
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Edition"), settings::lastDirectory.get(), tr("Paiban editions (*.paiban)"));
    if (path.isEmpty())
        return;
    settings::lastDirectory.set(QFileInfo(path).absolutePath());
    openDocument(path);
}

bool MainWindow::saveTo(const QString& path) {
    QString error;
    if (!session_->saveAs(path, &error)) {
        QMessageBox::warning(this, tr("Cannot save"), error);
        return false;
    }
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(session_->path())), 5000);
    return true;
}

bool MainWindow::save() {
    if (!session_->hasDocument() || session_->isReadOnly())
        return false;
    if (newsroom_->page())
        return saveNewsroomPage();
    return session_->path().isEmpty() ? saveAs() : saveTo(session_->path());
}

bool MainWindow::saveAs() {
    if (!session_->hasDocument())
        return false;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Edition As"), session_->path(),
                                                tr("Paiban editions (*.paiban)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".paiban")))
        path += QLatin1String(".paiban");
    return saveTo(path);
}

bool MainWindow::maybeSave() {
    if (!session_->hasDocument() || !session_->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("%1 has changes that are not saved. Save them?")
            .arg(newsroom_->page() ? newsroom_->pageTitle()
                                   : QFileInfo(session_->path()).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard)
        session_->removeRecovery();
    return answer == QMessageBox::Discard;
}

void MainWindow::exportPdf() {
    if (!session_->hasDocument())
        return;
    std::vector<QString> rounds;
    for (const ProofRound& round : session_->edition().proofRounds)
        rounds.push_back(round.name);
    ExportDialog dialog(pageCount(), rounds, this);
    PdfOptions options;
    if (dialog.exec() != QDialog::Accepted || !dialog.options(&options))
        return;
    // The round was listed from this document: it is there.
    addProofMarkup(options, session_->edition(), session_->display(), dialog.markup(),
                   proofMarkupWording());
    // A press PDF goes only from a page fit to print, or when the editor says so; a proof
    // goes through, saying what is wrong.
    std::vector<Finding> problems;
    if (options.intent == PdfIntent::Press) {
        const PressCheck check =
            checkBeforePress(this, session_->edition(), session_->display(), options.pages);
        problems = check.blockers;
        if (check.decision == PressDecision::ShowProblems) {
            showFinding(check.blockers.front());
            return;
        }
        if (check.decision == PressDecision::Cancel)
            return;
        options.allowMissingGlyphs = check.decision == PressDecision::ExportAnyway;
    } else {
        problems =
            pressExportBlockers(preflight(session_->edition(), session_->display()), options.pages);
    }
    const QFileInfo document(session_->path());
    // A proof is named apart from the press PDF, so that one never stands in for the other.
    const QString base = options.intent == PdfIntent::Proof
                             ? tr("%1-proof").arg(document.completeBaseName())
                             : document.completeBaseName();
    const QString suggested = document.absolutePath() + u'/' + base + ".pdf";
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    PdfMetadata metadata;
    metadata.title = session_->edition().title;
    // The tagged PDF's articles and threads, read as the e-paper reads them.
    metadata.articles =
        articlesOf(session_->edition(), session_->display(), document.absolutePath());
    options.imageCacheDir =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + "/press-images";
    // Tonight's tenth export re-subsets only the fonts whose glyphs changed.
    options.fontCacheDir =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + "/font-subsets";
    // The first export of tonight's photos converts them: say so while it runs.
    QProgressDialog progress(tr("Exporting %1…").arg(QFileInfo(path).fileName()), QString(), 0, 0,
                             this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0);
    QString error;
    QStringList warnings;
    const bool written =
        writeEditionPdf(session_->display(), metadata, options, path, &error, &warnings);
    progress.reset();
    if (!written) {
        QMessageBox::warning(this, tr("Cannot export"), error);
        return;
    }
    if (!problems.empty())
        warnings.prepend(tr("It was written with %n preflight error(s).", nullptr,
                            static_cast<int>(problems.size())));
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)) +
                                 (warnings.isEmpty() ? QString() : u' ' + warnings.join(u' ')),
                             8000);
}

// The e-paper from the layout on screen: the same pages as the PDF, as images a reader
// clicks. Nothing in the document changes, whatever happens to the folder.
void MainWindow::exportEpaper() {
    if (!session_->hasDocument())
        return;
    EpaperDialog dialog(session_->path(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString folder = dialog.folder();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const EpaperResult result = writeEpaper(session_->edition(), session_->display(),
                                            session_->documentDir(), folder, dialog.options());
    QGuiApplication::restoreOverrideCursor();
    if (result.ok)
        dialog.remember();
    reportEpaper(this, result, folder);
    if (result.ok)
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(folder)), 8000);
}

// What a proof's annotations say, in the user's language.
ProofMarkupWording MainWindow::proofMarkupWording() const {
    ProofMarkupWording wording;
    for (size_t k = 0; k < wording.kinds.size(); ++k)  // as the Notes panel names them
        wording.kinds[k] = noteKindName(static_cast<NoteKind>(k));
    wording.inserted = tr("Inserted");
    wording.deleted = tr("Deleted");
    wording.resolved = tr("Resolved by %1");
    wording.changesSince = tr("Since %1");
    return wording;
}

void MainWindow::print() {
    if (!session_->hasDocument())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    QPrintDialog dialog(&printer, this);
    dialog.setMinMax(1, pageCount());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int first = printer.fromPage() > 0 ? printer.fromPage() - 1 : 0;
    const int last = printer.toPage() > 0 ? printer.toPage() - 1 : pageCount() - 1;
    QPainter painter;
    if (!painter.begin(&printer)) {
        QMessageBox::warning(this, tr("Cannot print"),
                             tr("The printer could not be started: %1")
                                 .arg(printer.outputFileName().isEmpty()
                                          ? printer.printerName()
                                          : QDir::toNativeSeparators(printer.outputFileName())));
        return;
    }
    for (int p = first; p <= last; ++p) {
        if (p > first)
            printer.newPage();
        const PageDisplayList& page = session_->display().pages[static_cast<size_t>(p)];
        // The broadsheet scaled to the paper in the printer, as an office proof.
        const QRectF paper = printer.pageRect(QPrinter::DevicePixel);
        const double scale = std::min(paper.width() / page.widthPt, paper.height() / page.heightPt);
        painter.save();
        painter.scale(scale, scale);
        renderPage(painter, page);
        painter.restore();
    }
}

// A text file (UTF-8, UTF-16 or GB18030, detected) becomes the text of the story being
// edited; bad bytes are reported with their offsets and nothing changes.
void MainWindow::importText() {
    const QString storyId = storyPanel_->storyId();
    if (!session_->hasDocument() || storyId.isEmpty()) {
        QMessageBox::information(this, tr("Import Text"),
                                 tr("Select a text frame first: the text goes into its story."));
        return;
    }
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Text"), settings::lastDirectory.get(),
                                     tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import Text"), file.errorString());
        return;
    }
    // Detected unless the newsroom knows better: a GBK file can pass for another encoding.
    const QStringList encodings{tr("Detect"), QStringLiteral("UTF-8"), QStringLiteral("UTF-16"),
                                QStringLiteral("GB18030")};
    bool chosen = false;
    const QString encoding = QInputDialog::getItem(this, tr("Import Text"), tr("Encoding:"),
                                                   encodings, 0, false, &chosen);
    if (!chosen)
        return;
    const DecodedText decoded =
        decodeText(file.readAll(), encoding == encodings.front() ? QString() : encoding);
    if (!decoded.ok()) {
        QMessageBox::warning(
            this, tr("Import Text"),
            tr("%1 was not imported: %2").arg(QFileInfo(path).fileName(), decoded.error));
        return;
    }
    const Story* story = session_->edition().story(storyId);
    const int length = story ? static_cast<int>(storyPlainText(*story).size()) : 0;
    session_->push(
        new TypeTextCommand(session_, storyId, 0, length, paragraphsOf(decoded.text).join(u'\n')));
    statusBar()->showMessage(
        tr("Imported %1 (%2)").arg(QFileInfo(path).fileName(), decoded.encoding), 5000);
}

}  // namespace paiban::editor
