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

#include "editor/canvas/page_canvas.h"
#include "editor/commands.h"
#include "editor/deferred_call.h"
#include "editor/edit_session.h"
#include "editor/export_dialog.h"
#include "editor/find_dialog.h"
#include "editor/finding_wording.h"
#include "editor/newsroom/newsroom_session.h"
#include "editor/press_check.h"
#include "editor/settings.h"
#include "editor/side_panels.h"
#include "editor/story_panel.h"
#include "editor/swatches_panel.h"
#include "editor/tools/frame_tool.h"
#include "editor/tools/text_tool.h"
#include "editor/tools/thread_tool.h"
#include "editor/tools/tool_box.h"
#include "editor/wheel_guard.h"
#include "io/pasted_text.h"
#include "io/text_import.h"
#include "model/grid.h"
#include "model/text_edit.h"
#include "model/thread_edits.h"
#include "pdf/pdf_export.h"
#include "preflight/preflight.h"
#include "render/painter_renderer.h"

namespace paiban::editor {
namespace {

constexpr int kPreflightHeightPx = 110;
// The side panels' first widths: thumbnails two to a row on the left, the properties'
// boxes on the right, the rest for the page.
constexpr int kLeftPanelWidthPx = 210;
constexpr int kRightPanelWidthPx = 290;
// The arrangement of the panels saved with the window: a newer arrangement (here, since
// issue 14 tabbed the panels) ignores what an older one saved.
constexpr int kPanelLayoutVersion = 2;
// How long a tool's sentence stays in the status bar: long enough to read twice.
constexpr int kToolMessageMs = 10000;
// The story editor, floated out of its dock: a long article's worth of lines.
constexpr int kStoryEditorWidthPx = 720;
constexpr int kStoryEditorHeightPx = 760;
// The window's first size where the screen allows.
constexpr int kDefaultWidthPx = 1400;
constexpr int kDefaultHeightPx = 950;

}  // namespace

MainWindow::MainWindow() {
    // Before any panel exists: its boxes are polished with the guard in place.
    qApp->installEventFilter(new WheelGuard(this));
    session_ = new EditSession(this);
    listsRefresh_ = new DeferredCall(this, [this] { refreshLists(); });
    view_ = new PageCanvas(session_, this);
    setCentralWidget(view_);
    view_->setGuidesVisible(settings::showGuides.get());
    view_->setProofView(settings::proofView.get());
    tools_ = new ToolBox(view_, session_, this);
    connect(session_, &EditSession::laidOut, this, &MainWindow::laidOut);
    connect(session_->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(view_, &PageCanvas::selectionChanged, this, &MainWindow::selectionChanged);
    for (FrameTool* tool : tools_->frameTools())
        connect(tool, &FrameTool::frameDrawn, this, &MainWindow::addDrawnFrame);
    connect(view_, &PageCanvas::imagesDropped, this, &MainWindow::addImageFrames);
    connect(view_, &PageCanvas::contextMenuRequested, this, &MainWindow::showPageMenu);
    connect(tools_, &ToolBox::message, this, [this](const QString& text) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text, kToolMessageMs);
    });
    connect(view_, &PageCanvas::guideAdded, this, [this](bool vertical, double position) {
        session_->push(new AddGuideCommand(session_, page_, Guide{vertical, position}));
    });
    connect(tools_, &ToolBox::currentChanged, this, &MainWindow::updateFrameActions);
    // The story panel follows the caret on the page: its text, its selection, and the
    // styles at the caret in its boxes (which then apply to that selection).
    connect(tools_->textTool(), &TextTool::caretMoved, this,
            [this](const QString& storyId, int anchor, int caret) {
                if (!storyId.isEmpty())
                    storyPanel_->showSelection(storyId, anchor, caret);
                listsRefresh_->request();  // the status bar's count for this story
            });

    createPanels();
    createNewsroom();
    createActions();
    storyCount_ = new QLabel(this);
    statusBar()->addPermanentWidget(storyCount_);
    zoomLabel_ = new QLabel(this);
    statusBar()->addPermanentWidget(zoomLabel_);
    connect(view_, &PageCanvas::zoomChanged, this,
            [this](double zoom) { zoomLabel_->setText(tr("Zoom %1 %").arg(qRound(zoom * 100))); });

    confirmRecovery = [this](const QDateTime& when) {
        return QMessageBox::question(
                   this, tr("Recover unsaved work"),
                   tr("Paiban found work on %1 that was not saved (from %2), after it was "
                      "closed unexpectedly. Restore it?")
                       .arg(QFileInfo(session_->path()).fileName(),
                            QLocale().toString(when, QLocale::ShortFormat)),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
    };
    connect(session_, &EditSession::recoveryFailed, this, [this](const QString& error) {
        statusBar()->showMessage(tr("Could not keep a recovery copy: %1").arg(error), 8000);
    });

    defaultState_ = saveState(kPanelLayoutVersion);
    // As large as it was left, within the screen it is on now (a laptop after a monitor).
    const QRect screen = this->screen()->availableGeometry();
    resize(std::min(kDefaultWidthPx, screen.width()), std::min(kDefaultHeightPx, screen.height()));
    restoreGeometry(settings::windowGeometry.get());
    if (width() > screen.width() || height() > screen.height())
        resize(std::min(width(), screen.width()), std::min(height(), screen.height()));
    // …and where the status bar shows: moved back inside the screen if it was left
    // partly off it.
    const QRect frame = frameGeometry();
    if (!screen.contains(frame)) {
        move(std::clamp(frame.x(), screen.left(),
                        std::max(screen.left(), screen.right() - frame.width() + 1)),
             std::clamp(frame.y(), screen.top(),
                        std::max(screen.top(), screen.bottom() - frame.height() + 1)));
    }
    restoreState(settings::windowState.get(), kPanelLayoutVersion);
    updateTitle();
}

MainWindow::~MainWindow() {
    // The children go after this object has stopped being a MainWindow: none of their
    // signals may reach its slots on the way (the undo stack, the panels, the view).
    for (QObject* child : findChildren<QObject*>())
        QObject::disconnect(child, nullptr, this, nullptr);
    QObject::disconnect(session_->undoStack(), nullptr, this, nullptr);  // a member, not a child
}

int MainWindow::pageCount() const {
    return static_cast<int>(session_->display().pages.size());
}

const EditionDisplay& MainWindow::display() const {
    return session_->display();
}

namespace {

// A panel in a scroll area: on a small screen it scrolls instead of pushing the window
// past the screen's edge or drawing over its neighbours.
QWidget* scrollable(QWidget* panel) {
    auto* area = new QScrollArea;
    area->setWidget(panel);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

// Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z in a panel's number or text box undo and redo the
// edition, as everywhere else in the window, not the box's own typing (the box's value is
// already a step on the edition's stack once it is entered).
class EditionUndoKeys : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::ShortcutOverride) {
            auto* key = static_cast<QKeyEvent*>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
                (key->key() == Qt::Key_Y && key->modifiers() == Qt::ControlModifier)) {
                event->ignore();  // to the window's Undo and Redo actions
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

}  // namespace

// The panels, tabbed so that the window fits a 1280 × 800 screen with the page in the
// middle: pages and links on the left; properties, story and styles on the right; the
// preflight list along the bottom.
void MainWindow::createPanels() {
    auto dock = [this](QWidget* widget, const QString& title, const char* name,
                       Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(QString::fromLatin1(name));
        d->setWidget(widget);
        addDockWidget(area, d);
        docks_.push_back(d);
        return d;
    };
    diagnostics_ = new QListWidget(this);
    diagnostics_->setObjectName(QStringLiteral("preflightList"));
    QDockWidget* preflightDock =
        dock(diagnostics_, tr("Preflight"), "preflight", Qt::BottomDockWidgetArea);
    // Activating a problem shows its page.
    connect(diagnostics_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int page = item->data(Qt::UserRole).toInt();
        if (page >= 0)
            showPage(page);
        const QString frame = item->data(Qt::UserRole + 1).toString();
        if (!frame.isEmpty())
            view_->setSelectedFrame(frame);
    });
    propertiesPanel_ = new PropertiesPanel(session_, this);
    QDockWidget* properties =
        dock(scrollable(propertiesPanel_), tr("Properties"), "properties", Qt::RightDockWidgetArea);
    storyPanel_ = new StoryPanel(session_, this);
    QDockWidget* story = dock(storyPanel_, tr("Story"), "story", Qt::RightDockWidgetArea);
    stylesPanel_ = new StylesPanel(session_, this);
    QDockWidget* styles =
        dock(scrollable(stylesPanel_), tr("Styles"), "styles", Qt::RightDockWidgetArea);
    tabifyDockWidget(properties, story);
    tabifyDockWidget(story, styles);
    properties->raise();
    pagesPanel_ = new PagesPanel(session_, this);
    QDockWidget* pages = dock(pagesPanel_, tr("Pages"), "pages", Qt::LeftDockWidgetArea);
    connect(pagesPanel_, &PagesPanel::pageActivated, this, &MainWindow::showPage);
    linksPanel_ = new LinksPanel(session_, this);
    QDockWidget* links = dock(linksPanel_, tr("Links"), "links", Qt::LeftDockWidgetArea);
    connect(linksPanel_, &LinksPanel::frameActivated, this, [this](int page, const QString& frame) {
        showPage(page);
        view_->setSelectedFrame(frame);
    });
    tabifyDockWidget(pages, links);
    tabifyDockWidget(links, dock(new SwatchesPanel(session_, this), tr("Swatches"), "swatches",
                                 Qt::LeftDockWidgetArea));
    pages->raise();
    createProofPanels();
    auto* undoKeys = new EditionUndoKeys(this);
    for (QDockWidget* d : docks_) {
        for (QWidget* box : d->findChildren<QAbstractSpinBox*>())
            box->installEventFilter(undoKeys);
        for (QWidget* box : d->findChildren<QLineEdit*>())
            box->installEventFilter(undoKeys);
    }
    // The page is the work; the panels start narrow and the preflight list a few lines tall.
    resizeDocks({pages, properties}, {kLeftPanelWidthPx, kRightPanelWidthPx}, Qt::Horizontal);
    resizeDocks({preflightDock}, {kPreflightHeightPx}, Qt::Vertical);
}

// The panels as they were when Paiban was installed.
void MainWindow::resetPanels() {
    for (QDockWidget* d : docks_) {
        d->setFloating(false);
        d->show();
    }
    restoreState(defaultState_, kPanelLayoutVersion);
}

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* openAction = file->addAction(tr("&Open…"), this, &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    updateRecentFiles();
    QAction* saveAction = saveAction_ = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction* saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    addDocumentActions(file, openAction, saveAsAction);
    createNewsroomFileActions(file);
    file->addSeparator();
    QAction* place = placeAction_ =
        file->addAction(tr("&Place Image…"), this, &MainWindow::placeImage);
    place->setShortcut(QKeySequence(tr("Ctrl+D")));
    file->addAction(tr("&Import Text…"), this, &MainWindow::importText);
    QAction* afterImports = file->addSeparator();
    QAction* exportAction = file->addAction(tr("&Export PDF…"), this, &MainWindow::exportPdf);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addAction(tr("Expor&t E-paper…"), this, &MainWindow::exportEpaper);
    QAction* printAction = file->addAction(tr("&Print…"), this, &MainWindow::print);
    printAction->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QUndoStack* stack = session_->undoStack();
    // The menu's entries name the step ("Undo Typing"); the toolbar's say only Undo and
    // Redo, so that the toolbar keeps its width as the step changes.
    QAction* undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = stack->createRedoAction(this, tr("&Redo"));
    // Ctrl+Y as in Windows, FIT and InDesign; Ctrl+Shift+Z as in the rest of Linux.
    redo->setShortcuts({QKeySequence(tr("Ctrl+Y")), QKeySequence(tr("Ctrl+Shift+Z"))});
    edit->addAction(undo);
    edit->addAction(redo);
    auto toolbarTwin = [this](QAction* action, const QString& text) {
        auto* twin = new QAction(text, this);
        twin->setEnabled(action->isEnabled());
        connect(action, &QAction::changed, twin, [action, twin] {
            twin->setEnabled(action->isEnabled());
            twin->setToolTip(action->text().remove(u'&'));
        });
        connect(twin, &QAction::triggered, action, &QAction::trigger);
        return twin;
    };
    undoTool_ = toolbarTwin(undo, tr("Undo"));
    redoTool_ = toolbarTwin(redo, tr("Redo"));
    edit->addSeparator();
    // The clipboard, on the page (the text tool) and in any text box that has the focus.
    const std::pair<QString, QKeySequence> clipboard[] = {
        {tr("Cu&t"), QKeySequence::Cut},
        {tr("&Copy"), QKeySequence::Copy},
        {tr("&Paste"), QKeySequence::Paste},
        {tr("Paste and &Join Lines"), QKeySequence(tr("Ctrl+Shift+V"))},
        {tr("Select &All"), QKeySequence::SelectAll}};
    const TextAction kinds[] = {TextAction::Cut, TextAction::Copy, TextAction::Paste,
                                TextAction::PasteJoined, TextAction::SelectAll};
    for (size_t i = 0; i < std::size(kinds); ++i) {
        QAction* action = edit->addAction(clipboard[i].first);
        action->setShortcut(clipboard[i].second);
        const TextAction kind = kinds[i];
        connect(action, &QAction::triggered, this, [this, kind] { textAction(kind); });
    }
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find…"), this, [this] { startFind(false); });
    find->setShortcut(QKeySequence::Find);
    QAction* replace = edit->addAction(tr("Find and R&eplace…"), this, [this] { startFind(true); });
    replace->setShortcuts({QKeySequence(tr("Ctrl+H")), QKeySequence::Replace});
    QAction* findNext = edit->addAction(tr("Find &Next"), this, [this] {
        findDialog()->setPosition(tools_->isEditingText() ? tools_->textTool()->story() : QString(),
                                  tools_->textTool()->selectionEnd());
        findDialog()->findNext();
    });
    findNext->setShortcut(QKeySequence::FindNext);
    QAction* findPrevious = edit->addAction(tr("Find Pre&vious"), this, [this] {
        findDialog()->setPosition(tools_->isEditingText() ? tools_->textTool()->story() : QString(),
                                  tools_->textTool()->selectionStart());
        findDialog()->findPrevious();
    });
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    edit->addSeparator();
    // Delete removes the selected frame only while no text is being edited; while text is
    // edited the key is the text's (the page view takes it first).
    deleteFrameAction_ = edit->addAction(tr("&Delete Frame"), this, &MainWindow::deleteSelection);
    deleteFrameAction_->setShortcut(QKeySequence::Delete);
    deleteFrameAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    deleteFrameAction_->setEnabled(false);
    view_->addAction(deleteFrameAction_);
    createFrameActions(edit);
    edit->addSeparator();
    edit->addAction(tr("&Clear Guides on Page"), this, [this] {
        if (session_->hasDocument())
            session_->push(new ClearGuidesCommand(session_, page_));
    });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* fit = view->addAction(tr("&Fit Page"), view_, &PageCanvas::fitPage);
    fit->setShortcut(QKeySequence(tr("Ctrl+0")));
    QAction* actual = view->addAction(tr("&Actual Size"), view_, [this] { view_->setZoom(1.0); });
    actual->setShortcut(QKeySequence(tr("Ctrl+1")));
    QAction* zoomIn = view->addAction(tr("Zoom &In"), view_, &PageCanvas::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction* zoomOut = view->addAction(tr("Zoom &Out"), view_, &PageCanvas::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    view->addSeparator();
    QAction* guides = view->addAction(tr("Show &Guides"));
    guides->setCheckable(true);
    guides->setChecked(settings::showGuides.get());
    connect(guides, &QAction::toggled, this, [this](bool on) {
        view_->setGuidesVisible(on);
        settings::showGuides.set(on);
    });
    QAction* proof = proofAction_ = view->addAction(tr("P&roof View"));
    proof->setCheckable(true);
    proof->setChecked(settings::proofView.get());
    proof->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    connect(proof, &QAction::toggled, this, [this](bool on) {
        view_->setProofView(on);
        settings::proofView.set(on);
    });
    view->addSeparator();
    // Units: what lengths and type sizes are shown in (any may be typed).
    QMenu* units = view->addMenu(tr("&Units"));
    auto* lengthGroup = new QActionGroup(this);
    const std::pair<QString, QString> lengthUnits[] = {
        {QStringLiteral("mm"), tr("Lengths in &mm")},
        {QStringLiteral("pt"), tr("Lengths in &pt")},
        {QStringLiteral("zi"), tr("Lengths in &字")},
        {QStringLiteral("lan"), tr("Lengths in &栏")}};
    for (const auto& [name, text] : lengthUnits) {
        QAction* action = units->addAction(text);
        action->setCheckable(true);
        action->setChecked(settings::lengthUnitName.get() == name);
        lengthGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, name = name] {
            settings::lengthUnitName.set(name);
            propertiesPanel_->applyUnits();
            view_->refresh();  // the rulers too
        });
    }
    units->addSeparator();
    auto* sizeGroup = new QActionGroup(this);
    const std::pair<QString, QString> sizeUnits[] = {
        {QStringLiteral("hao"), tr("Type sizes in &号")},
        {QStringLiteral("pt"), tr("Type sizes in p&t")}};
    for (const auto& [name, text] : sizeUnits) {
        QAction* action = units->addAction(text);
        action->setCheckable(true);
        action->setChecked(settings::typeSizeUnitName.get() == name);
        sizeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, name = name] {
            settings::typeSizeUnitName.set(name);
            stylesPanel_->applyUnits();
        });
    }
    // The story panel as InCopy's galley: the whole story, large, beside the page.
    QAction* storyEditor = view->addAction(tr("&Story Editor"), this, [this] {
        auto* dock = findChild<QDockWidget*>(QStringLiteral("story"));
        dock->show();
        dock->setFloating(true);
        // Over the right half of the window, within the screen.
        const QRect screen = this->screen()->availableGeometry();
        const QSize size(std::min(kStoryEditorWidthPx, screen.width()),
                         std::min(kStoryEditorHeightPx, screen.height()));
        const QRect window = frameGeometry();
        const QPoint at(
            std::clamp(window.right() - size.width(), screen.left(),
                       std::max(screen.left(), screen.right() - size.width())),
            std::clamp(window.top() + (window.height() - size.height()) / 2, screen.top(),
                       std::max(screen.top(), screen.bottom() - size.height())));
        dock->setGeometry(QRect(at, size));
        dock->raise();
        dock->activateWindow();
        storyPanel_->textEdit()->setFocus();
    });
    storyEditor->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    QMenu* panels = view->addMenu(tr("Pa&nels"));
    for (QDockWidget* d : docks_)
        panels->addAction(d->toggleViewAction());
    panels->addSeparator();
    panels->addAction(tr("&Reset Panels"), this, &MainWindow::resetPanels);
    view->addSeparator();
    QAction* previous = view->addAction(tr("&Previous Page"), this, &MainWindow::previousPage);
    previous->setShortcut(QKeySequence(Qt::Key_PageUp | Qt::ControlModifier));
    QAction* next = view->addAction(tr("&Next Page"), this, &MainWindow::nextPage);
    next->setShortcut(QKeySequence(Qt::Key_PageDown | Qt::ControlModifier));

    // Tools, from the one place that owns them (tools/tool_box.h).
    QMenu* toolsMenu = menuBar()->addMenu(tr("&Tools"));
    QList<QAction*> toolActions;
    for (QAction* action : tools_->actions()) {
        toolsMenu->addAction(action);
        if (action != tools_->actions().back())  // Edit Text: by double-click or Return
            toolActions << action;
    }
    createProofMenu(file, afterImports);
    createPagesWindowHelpMenus();

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("main-toolbar"));
    bar->addAction(openAction);
    bar->addAction(saveAction);
    bar->addAction(exportAction);
    bar->addSeparator();
    bar->addAction(undoTool_);
    bar->addAction(redoTool_);
    bar->addSeparator();
    bar->addActions(toolActions);
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
    bar->addAction(proof);
}

// After every change: the page redrawn at once (the view holds the new display list
// before anything can paint); the lists once the change is done (never inside a list's
// own signal).
void MainWindow::laidOut() {
    const int page = std::clamp(page_, 0, std::max(0, pageCount() - 1));
    page_ = -1;  // show it again: pages may have been added, removed or moved
    showPage(page);
    tools_->textTool()->followLayout();
    listsRefresh_->request();
}

void MainWindow::refreshLists() {
    {
        const QSignalBlocker block(pageBox_);
        pageBox_->clear();
        for (int i = 0; i < pageCount(); ++i)
            pageBox_->addItem(tr("Page %1").arg(pageNumber(session_->edition(), i)));
        pageBox_->setCurrentIndex(page_);
    }
    updateDiagnostics();
    selectionChanged(view_->selectedFrame());
    updateStoryCount();
}

// The status bar counts the story at the caret (or of the selected frame) for copy-fitting.
void MainWindow::updateStoryCount() {
    QString story = tools_->isEditingText() ? tools_->textTool()->story() : QString();
    if (story.isEmpty() && session_->hasDocument()) {
        for (const Story& s : session_->edition().stories) {
            if (std::find(s.frameIds.begin(), s.frameIds.end(), view_->selectedFrame()) !=
                s.frameIds.end())
                story = s.id;
        }
    }
    const StoryLines* lines = story.isEmpty() ? nullptr : session_->display().lines.story(story);
    storyCount_->setText(lines ? tr("%1: %2").arg(story, StoryPanel::fitCount(lines)) : QString());
}

// The same findings as `paiban preflight`, errors first; activating one shows its page.
void MainWindow::updateDiagnostics() {
    std::vector<Finding> findings;
    if (session_->hasDocument())
        findings =
            preflight(session_->edition(), session_->display(), settings::preflightOptions());
    std::vector<PageCanvas::ProofMark> marks;
    QStringList rows;
    for (const Finding& f : findings) {
        const QString severity = f.severity == Severity::Error     ? tr("error")
                                 : f.severity == Severity::Warning ? tr("warning")
                                                                   : tr("note");
        const QString where = f.page >= 0 ? tr("page %1: ").arg(pageNumber(f.page)) : QString();
        rows << QStringLiteral("[%1] %2%3").arg(severity, where, wordedFinding(f));
        if (f.page == page_ && f.area)
            marks.push_back(PageCanvas::ProofMark{*f.area, f.severity == Severity::Error});
    }
    view_->setProofMarks(std::move(marks));
    // Most keystrokes change no finding: the list stays as it is (and keeps its place).
    if (rows == shownFindings_ && diagnostics_->count() > 0)
        return;
    shownFindings_ = rows;
    diagnostics_->clear();
    for (size_t i = 0; i < findings.size(); ++i) {
        const Finding& f = findings[i];
        auto* item = new QListWidgetItem(rows[static_cast<qsizetype>(i)]);
        item->setData(Qt::UserRole, f.page);
        item->setData(Qt::UserRole + 1, f.frameId);
        if (f.severity == Severity::Error)
            item->setForeground(Qt::red);
        else if (f.severity == Severity::Note)
            item->setForeground(Qt::darkGray);
        diagnostics_->addItem(item);
    }
    if (findings.empty() && session_->hasDocument()) {
        auto* none = new QListWidgetItem(tr("No problems found."));
        none->setData(Qt::UserRole, -1);
        diagnostics_->addItem(none);
    }
}

void MainWindow::selectionChanged(const QString& frameId) {
    updateFrameActions();
    propertiesPanel_->setFrame(frameId);
    QString storyId;
    if (session_->hasDocument()) {
        if (const Story* story = storyOfFrame(session_->edition(), frameId))
            storyId = story->id;
    }
    if (!storyId.isEmpty() && storyId != storyPanel_->storyId())
        storyPanel_->setStory(storyId);
    // The thread of the story at hand stays drawn on every page it crosses as the pages
    // are turned (the selection belongs to one page): the one being threaded, else the
    // story panel's.
    if (storyId.isEmpty() && session_->hasDocument()) {
        const Story* story = tools_->current() == ToolKind::Thread
                                 ? storyOfFrame(session_->edition(), tools_->threadTool()->from())
                                 : session_->edition().story(storyPanel_->storyId());
        if (story)
            storyId = story->id;
    }
    view_->setThreadStory(storyId);
}

void MainWindow::showPage(int index) {
    if (index < 0 || index >= pageCount())
        return;
    const bool samePage = index == page_;
    page_ = index;
    // The selection belongs to the page it is on: Properties never edits a frame out of
    // sight.
    if (!view_->selectedFrame().isEmpty() &&
        session_->edition().frame(view_->selectedFrame()).first != index)
        view_->setSelectedFrame(QString());
    view_->showPage(index);
    if (pageBox_->currentIndex() != index && index < pageBox_->count()) {
        const QSignalBlocker block(pageBox_);
        pageBox_->setCurrentIndex(index);
    }
    pagesPanel_->setCurrentPage(index);
    if (!samePage)
        listsRefresh_->request();  // the proof marks of this page
}

void MainWindow::nextPage() {
    showPage(page_ + 1);
}
void MainWindow::previousPage() {
    showPage(page_ - 1);
}

// A finding shown where it is: its page, its frame selected, the proof view's mark on it,
// and its line in the Preflight panel.
void MainWindow::showFinding(const Finding& finding) {
    if (finding.page >= 0)
        showPage(finding.page);
    if (!finding.frameId.isEmpty())
        view_->setSelectedFrame(finding.frameId);
    if (QDockWidget* dock = findChild<QDockWidget*>(QStringLiteral("preflight"))) {
        dock->show();
        dock->raise();
    }
    proofAction_->setChecked(true);
}

// A frame drawn with a frame tool: an image frame asks for its photo; a text frame gets a
// story of its own and the caret in it, ready for typing or pasting, as in FIT and
// InDesign; the tool goes back to selecting.
void MainWindow::addDrawnFrame(FrameKind kind, const Rect& rect) {
    tools_->setCurrent(ToolKind::Select);
    Frame frame;
    frame.kind = kind;
    frame.rect = rect;
    if (kind == FrameKind::Rule)
        frame.strokeWidthPt = 0.5;
    giveDrawnFrameColours(frame, session_->edition().swatches);
    if (kind == FrameKind::Image) {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Place Image"), settings::lastDirectory.get(),
                                         tr("Images (*.jpg *.jpeg *.png *.tif *.tiff)"));
        if (path.isEmpty())
            return;
        if (QImageReader(path).size().isEmpty()) {
            QMessageBox::warning(this, tr("Place Image"),
                                 tr("%1 is not an image Paiban can read (JPEG, PNG or TIFF). "
                                    "Nothing was placed.")
                                     .arg(QDir::toNativeSeparators(path)));
            return;
        }
        frame.imagePath = QDir(session_->documentDir()).relativeFilePath(path);
        frame.wrapText = true;
    }
    auto* command = new AddFrameCommand(session_, page_, frame);
    const QString id = command->frameId();
    session_->push(command);
    view_->setSelectedFrame(id);
    if (kind == FrameKind::Text) {
        for (const Story& s : session_->edition().stories) {
            if (s.frameIds == std::vector<QString>{id})
                tools_->editText(s.id, 0);
        }
    }
}

// Cut, Copy, Paste, Paste and Join Lines, Select All: on the page while text is edited
// there, else in the text box that has the focus (the story panel, a panel's field).
void MainWindow::textAction(TextAction action) {
    if (tools_->isEditingText()) {
        TextTool* text = tools_->textTool();
        switch (action) {
            case TextAction::Cut:
                text->cut();
                break;
            case TextAction::Copy:
                text->copy();
                break;
            case TextAction::Paste:
                text->paste();
                break;
            case TextAction::PasteJoined:
                text->paste(true);
                break;
            case TextAction::SelectAll:
                text->selectAll();
                break;
        }
        return;
    }
    QWidget* focus = QApplication::focusWidget();
    if (auto* plain = qobject_cast<QPlainTextEdit*>(focus);
        plain && action == TextAction::PasteJoined) {
        const QMimeData* data = QGuiApplication::clipboard()->mimeData();
        if (data && !plain->isReadOnly())
            plain->textCursor().insertText(pastedText(
                data->text(), data->hasHtml() ? data->html() : QString(), PasteLines::Joined));
        return;
    }
    const char* slot = action == TextAction::Cut         ? "cut"
                       : action == TextAction::Copy      ? "copy"
                       : action == TextAction::SelectAll ? "selectAll"
                                                         : "paste";
    // A number box has only Select All of these (its text field takes the rest itself).
    const bool takes = qobject_cast<QPlainTextEdit*>(focus) || qobject_cast<QLineEdit*>(focus) ||
                       (qobject_cast<QAbstractSpinBox*>(focus) && action == TextAction::SelectAll);
    if (takes)
        QMetaObject::invokeMethod(focus, slot);
}

FindDialog* MainWindow::findDialog() {
    if (!find_) {
        find_ = new FindDialog(session_, this);
        connect(find_, &FindDialog::highlightsChanged, view_, &PageCanvas::setFindHits);
        connect(find_, &FindDialog::finished, view_, [this] { view_->setFindHits({}); });
        // A match shown: its page, its story edited there, the match selected.
        connect(find_, &FindDialog::matchChosen, this, [this](const TextMatch& match) {
            if (const auto caret = session_->display().lines.caretAt(match.storyId, match.from))
                showPage(caret->page);
            tools_->editText(match.storyId, match.from);
            tools_->textTool()->select(match.from, match.to);
        });
    }
    return find_;
}

// Find (or Find and Replace) from the caret, with the selected text to find.
void MainWindow::startFind(bool replacing) {
    FindDialog* dialog = findDialog();
    TextTool* text = tools_->textTool();
    dialog->setPosition(tools_->isEditingText() ? text->story() : QString(),
                        text->selectionStart());
    dialog->start(replacing);
}

void MainWindow::updateFrameActions() {
    const bool frame =
        session_->hasDocument() && !view_->selectedFrame().isEmpty() && !tools_->isEditingText();
    deleteFrameAction_->setEnabled(frame);
    updateHandActions();
}

void MainWindow::deleteSelection() {
    if (tools_->isEditingText())
        return;  // the key was meant for the text
    if (!view_->selectedFrame().isEmpty()) {
        session_->push(new DeleteFrameCommand(session_, view_->selectedFrame()));
        view_->setSelectedFrame(QString());
    }
}

void MainWindow::updateTitle() {
    QString name =
        session_->path().isEmpty() ? tr("Untitled") : QFileInfo(session_->path()).fileName();
    if (newsroom_ && newsroom_->page())  // "只读：layout_chen 正在编辑 — 第 3 版 要闻…"
        name = (session_->isReadOnly() ? readOnlyReason() + QStringLiteral(" — ") : QString()) +
               newsroom_->pageTitle();
    setWindowTitle(tr("%1 — Paiban").arg(name) + (session_->isModified() ? u" *"_qs : QString()));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    settings::windowGeometry.set(saveGeometry());
    settings::windowState.set(saveState(kPanelLayoutVersion));
    session_->removeRecovery();  // saved, or let go knowingly
    event->accept();
}

}  // namespace paiban::editor
