#include "editor/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>

#include "editor/export_dialog.h"
#include "editor/page_view.h"
#include "editor/settings.h"
#include "io/document_io.h"
#include "pdf/pdf_export.h"
#include "preflight/preflight.h"
#include "shaping/font_registry.h"

namespace paiban::editor {
namespace {

constexpr int kPreflightHeightPx = 120;

}  // namespace

MainWindow::MainWindow() {
    view_ = new PageView(this);
    setCentralWidget(view_);
    view_->setGuidesVisible(settings::showGuides.get());

    diagnostics_ = new QListWidget(this);
    auto* dock = new QDockWidget(tr("Preflight"), this);
    dock->setObjectName(QStringLiteral("preflight"));
    dock->setWidget(diagnostics_);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    // Activating a problem shows its page.
    connect(diagnostics_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int page = item->data(Qt::UserRole).toInt();
        if (page >= 0)
            showPage(page);
    });

    createActions();
    zoomLabel_ = new QLabel(this);
    statusBar()->addPermanentWidget(zoomLabel_);
    connect(view_, &PageView::zoomChanged, this,
            [this](double zoom) { zoomLabel_->setText(tr("Zoom %1 %").arg(qRound(zoom * 100))); });

    resize(1280, 900);
    // The page is the work; the preflight list starts a few lines tall.
    resizeDocks({dock}, {kPreflightHeightPx}, Qt::Vertical);
    restoreGeometry(settings::windowGeometry.get());
    restoreState(settings::windowState.get());
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* openAction = file->addAction(tr("&Open…"), this, &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    QAction* saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction* saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction* exportAction = file->addAction(tr("&Export PDF…"), this, &MainWindow::exportPdf);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* fit = view->addAction(tr("&Fit Page"), view_, &PageView::fitPage);
    fit->setShortcut(QKeySequence(tr("Ctrl+0")));
    QAction* actual = view->addAction(tr("&Actual Size"), view_, [this] { view_->setZoom(1.0); });
    actual->setShortcut(QKeySequence(tr("Ctrl+1")));
    QAction* zoomIn = view->addAction(tr("Zoom &In"), view_, &PageView::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction* zoomOut = view->addAction(tr("Zoom &Out"), view_, &PageView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    view->addSeparator();
    QAction* guides = view->addAction(tr("Show &Guides"));
    guides->setCheckable(true);
    guides->setChecked(settings::showGuides.get());
    connect(guides, &QAction::toggled, this, [this](bool on) {
        view_->setGuidesVisible(on);
        settings::showGuides.set(on);
    });
    view->addSeparator();
    QAction* previous = view->addAction(tr("&Previous Page"), this, &MainWindow::previousPage);
    previous->setShortcut(QKeySequence(Qt::Key_PageUp | Qt::ControlModifier));
    QAction* next = view->addAction(tr("&Next Page"), this, &MainWindow::nextPage);
    next->setShortcut(QKeySequence(Qt::Key_PageDown | Qt::ControlModifier));

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("main-toolbar"));
    bar->addAction(openAction);
    bar->addAction(saveAction);
    bar->addAction(exportAction);
    bar->addSeparator();
    bar->addAction(previous);
    pageBox_ = new QComboBox(this);
    pageBox_->setToolTip(tr("Page"));
    bar->addWidget(pageBox_);
    connect(pageBox_, &QComboBox::activated, this, &MainWindow::showPage);
    bar->addAction(next);
    bar->addSeparator();
    bar->addAction(zoomOut);
    bar->addAction(fit);
    bar->addAction(actual);
    bar->addAction(zoomIn);
}

bool MainWindow::openDocument(const QString& path) {
    const LoadResult loaded = loadEdition(path);
    if (!loaded.edition) {
        QMessageBox::warning(this, tr("Cannot open document"),
                             tr("%1 could not be opened:\n\n%2")
                                 .arg(QFileInfo(path).fileName(), loaded.errorText()));
        return false;
    }
    edition_ = loaded.edition;
    path_ = QFileInfo(path).absoluteFilePath();
    cache_ = std::make_unique<LayoutCache>();
    page_ = 0;
    relayout();
    pageBox_->clear();
    for (size_t i = 0; i < edition_->pages.size(); ++i) {
        const QString name = edition_->pages[i].name;
        pageBox_->addItem(name.isEmpty() ? tr("Page %1").arg(i + 1) : tr("Page %1").arg(name));
    }
    showPage(0);
    updateTitle();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path_)), 5000);
    return true;
}

void MainWindow::relayout() {
    if (!edition_)
        return;
    display_ =
        layoutEdition(*edition_, QFileInfo(path_).absolutePath(), FontRegistry::shared(), *cache_);
    updateDiagnostics();
}

// The same findings as `paiban preflight`, errors first; activating one shows its page.
void MainWindow::updateDiagnostics() {
    diagnostics_->clear();
    const std::vector<Finding> findings = preflight(*edition_, display_);
    for (const Finding& f : findings) {
        const QString severity = f.severity == Severity::Error     ? tr("error")
                                 : f.severity == Severity::Warning ? tr("warning")
                                                                   : tr("note");
        const QString where = f.page >= 0 ? tr("page %1: ").arg(pageNumber(f.page)) : QString();
        auto* item =
            new QListWidgetItem(QStringLiteral("[%1] %2%3").arg(severity, where, f.message));
        item->setData(Qt::UserRole, f.page);
        if (f.severity == Severity::Error)
            item->setForeground(Qt::red);
        else if (f.severity == Severity::Note)
            item->setForeground(Qt::darkGray);
        diagnostics_->addItem(item);
    }
    if (findings.empty()) {
        auto* none = new QListWidgetItem(tr("No problems found."));
        none->setData(Qt::UserRole, -1);
        diagnostics_->addItem(none);
    }
}

void MainWindow::showPage(int index) {
    if (index < 0 || index >= pageCount())
        return;
    page_ = index;
    view_->setPage(&edition_->pages[static_cast<size_t>(index)],
                   &display_.pages[static_cast<size_t>(index)]);
    if (pageBox_->currentIndex() != index)
        pageBox_->setCurrentIndex(index);
}

void MainWindow::nextPage() {
    showPage(page_ + 1);
}
void MainWindow::previousPage() {
    showPage(page_ - 1);
}

void MainWindow::open() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Edition"), settings::lastDirectory.get(), tr("Paiban editions (*.paiban)"));
    if (path.isEmpty())
        return;
    settings::lastDirectory.set(QFileInfo(path).absolutePath());
    openDocument(path);
}

bool MainWindow::saveTo(const QString& path) {
    QString error;
    if (!saveEdition(*edition_, path, &error)) {
        QMessageBox::warning(this, tr("Cannot save"), error);
        return false;
    }
    path_ = QFileInfo(path).absoluteFilePath();
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path_)), 5000);
    return true;
}

bool MainWindow::save() {
    if (!edition_)
        return false;
    return path_.isEmpty() ? saveAs() : saveTo(path_);
}

bool MainWindow::saveAs() {
    if (!edition_)
        return false;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Edition As"), path_,
                                                tr("Paiban editions (*.paiban)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".paiban")))
        path += QLatin1String(".paiban");
    return saveTo(path);
}

void MainWindow::exportPdf() {
    if (!edition_)
        return;
    ExportDialog dialog(pageCount(), this);
    PdfOptions options;
    if (dialog.exec() != QDialog::Accepted || !dialog.options(&options))
        return;
    const QString suggested =
        QFileInfo(path_).absolutePath() + u'/' + QFileInfo(path_).completeBaseName() + ".pdf";
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    PdfMetadata metadata;
    metadata.title = edition_->title;
    metadata.creator = QStringLiteral("Paiban");
    options.imageCacheDir =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + "/press-images";
    QString error;
    QStringList warnings;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = writeEditionPdf(display_, metadata, options, path, &error, &warnings);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("Cannot export"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)) +
                                 (warnings.isEmpty() ? QString() : u' ' + warnings.join(u' ')),
                             8000);
}

void MainWindow::updateTitle() {
    const QString name = path_.isEmpty() ? tr("Untitled") : QFileInfo(path_).fileName();
    setWindowTitle(tr("%1 — Paiban").arg(name));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    settings::windowGeometry.set(saveGeometry());
    settings::windowState.set(saveState());
    event->accept();
}

}  // namespace paiban::editor
