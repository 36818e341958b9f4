// The window's documents and their masters: File › New (from a template), Close (leaving
// an empty window from which New and Open work) and Document Setup; the Pages menu (master
// pages, a page's master, Release from Master); the Window menu (the panels) and Help
// (About, the keyboard shortcuts).
#include <QAction>
#include <QCoreApplication>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include "editor/canvas/page_canvas.h"
#include "editor/document_setup_dialog.h"
#include "editor/edit_session.h"
#include "editor/main_window.h"
#include "editor/master_commands.h"
#include "editor/masters_dialog.h"
#include "editor/new_document_dialog.h"
#include "editor/story_panel.h"
#include "editor/tools/text_tool.h"
#include "editor/tools/tool_box.h"
#include "model/masters.h"
#include "model/templates.h"

namespace paiban::editor {

void MainWindow::addDocumentActions(QMenu* file, QAction* open, QAction* saveAs) {
    QAction* newAction = new QAction(tr("&New…"), this);
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &MainWindow::newDocument);
    file->insertAction(open, newAction);
    // After Save As: Close, then Document Setup.
    const QList<QAction*> actions = file->actions();
    const qsizetype at = actions.indexOf(saveAs);
    QAction* before = at + 1 < actions.size() ? actions[at + 1] : nullptr;
    QAction* close = new QAction(tr("&Close"), this);
    // Ctrl+W as in every Linux program (the platform's standard Close is Ctrl+F4 offscreen
    // and on some desktops).
    close->setShortcut(QKeySequence(tr("Ctrl+W")));
    connect(close, &QAction::triggered, this, &MainWindow::closeDocument);
    QAction* setup = new QAction(tr("Document Set&up…"), this);
    setup->setShortcut(QKeySequence(tr("Ctrl+Alt+P")));
    connect(setup, &QAction::triggered, this, &MainWindow::documentSetup);
    file->insertAction(before, close);
    file->insertSeparator(before);
    file->insertAction(before, setup);
}

// What the window holds of the open document (the selection, the text being edited) let
// go of before another document comes, or none.
void MainWindow::forgetDocumentState() {
    tools_->setCurrent(ToolKind::Select);
    view_->setSelectedFrame(QString());
    diagnostics_->clear();  // the findings of the document that goes
    shownFindings_.clear();
}

void MainWindow::newDocument() {
    if (!maybeSave())
        return;
    NewDocumentDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    std::optional<Edition> edition =
        makeFromTemplate(dialog.templateName(), newspaperDate(QDate::currentDate()));
    if (!edition)
        return;
    forgetDocumentState();
    session_->openNew(std::move(*edition));
    page_ = -1;
    showPage(0);
    updateTitle();
}

bool MainWindow::closeDocument() {
    if (!session_->hasDocument() || !maybeSave())
        return false;
    forgetDocumentState();
    session_->close();
    page_ = 0;
    setWindowTitle(tr("Paiban"));
    statusBar()->showMessage(tr("Closed. File › New or File › Open to go on."), 5000);
    return true;
}

void MainWindow::documentSetup() {
    if (!session_->hasDocument() || page_ < 0 || page_ >= pageCount())
        return;
    DocumentSetupDialog dialog(setupOf(session_->edition().pages[static_cast<size_t>(page_)]),
                               this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto* command = new DocumentSetupCommand(session_, dialog.setup(), dialog.scope(page_));
    if (command->changesSomething())
        session_->push(command);
    else
        delete command;
}

void MainWindow::editMasters() {
    if (!session_->hasDocument())
        return;
    MastersDialog dialog(session_, this);
    dialog.exec();
}

// Pages › Master: by the edition's rule, none, or one of the masters, for the page shown.
void MainWindow::fillMasterMenu(QMenu* menu) {
    menu->clear();
    if (!session_->hasDocument() || page_ < 0 || page_ >= pageCount())
        return;
    const Edition& edition = session_->edition();
    const Page& page = edition.pages[static_cast<size_t>(page_)];
    auto add = [&](const QString& text, const std::optional<QString>& master) {
        QAction* action = menu->addAction(text, this, [this, master] {
            auto* command = new ApplyMasterCommand(session_, page_, master);
            if (command->changesSomething())
                session_->push(command);
            else
                delete command;
        });
        action->setCheckable(true);
        action->setChecked(page.master == master);
    };
    const MasterPage* byRule = masterByRule(edition, page_);
    add(byRule ? tr("By Rule (%1)").arg(byRule->name) : tr("By Rule (none)"), std::nullopt);
    add(tr("None"), QString());
    menu->addSeparator();
    for (const MasterPage& m : edition.masters)
        add(m.name, m.name);
}

// Pages › Release from Master: the items of the page's master still drawn from it.
void MainWindow::fillReleaseMenu(QMenu* menu) {
    menu->clear();
    const MasterPage* master =
        session_->hasDocument() ? masterOf(session_->edition(), page_) : nullptr;
    if (!master)
        return;
    const Page& page = session_->edition().pages[static_cast<size_t>(page_)];
    for (const Frame& item : master->frames) {
        if (std::find(page.releasedItems.begin(), page.releasedItems.end(), item.id) !=
            page.releasedItems.end())
            continue;
        const QString id = item.id;
        menu->addAction(QStringLiteral("%1 (%2)").arg(id, master->name), this, [this, id] {
            auto* command = new ReleaseMasterItemCommand(session_, page_, id);
            if (!command->changesSomething()) {
                delete command;
                return;
            }
            const QString frame = command->frameId();
            session_->push(command);
            view_->setSelectedFrame(frame);  // now the page's own, to move and edit
        });
    }
}

void MainWindow::createPagesWindowHelpMenus() {
    QMenu* pages = menuBar()->addMenu(tr("&Pages"));
    pages->addAction(tr("Page &Information…"), this, &MainWindow::editPageInfo);
    pages->addAction(tr("&Master Pages…"), this, &MainWindow::editMasters);
    QMenu* master = pages->addMenu(tr("Master of This &Page"));
    connect(master, &QMenu::aboutToShow, this, [this, master] { fillMasterMenu(master); });
    QMenu* release = pages->addMenu(tr("&Release from Master"));
    connect(release, &QMenu::aboutToShow, this, [this, release] { fillReleaseMenu(release); });
    createNewsroomPageActions(pages);

    // Window: the panels, as View › Panels has them.
    QMenu* window = menuBar()->addMenu(tr("&Window"));
    for (QDockWidget* d : docks_)
        window->addAction(d->toggleViewAction());
    window->addSeparator();
    window->addAction(tr("&Reset Panels"), this, &MainWindow::resetPanels);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    help->addAction(tr("&About Paiban"), this, [this] {
        QMessageBox::about(
            this, tr("About Paiban"),
            tr("<p><b>Paiban 排版</b> %1</p><p>Layout of the printed Chinese newspaper "
               "page: stories, headlines, photos and captions on a column grid, sent to the "
               "press as PDF.</p><p>The command line: <code>paiban help</code>; the manual: "
               "<code>man paiban</code>.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

namespace {

// A menu entry's text without its mnemonic: "&Save" and "保存(&S)" read "Save", "保存".
QString withoutMnemonic(QString text) {
    static const QRegularExpression kBracketed(QStringLiteral("\\(&[^)]\\)"));
    return text.remove(kBracketed).remove(u'&');
}

}  // namespace

// Every menu entry with a shortcut, read from the menus themselves, so that the list is
// never out of date.
void MainWindow::showShortcuts() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto* table = new QTableWidget(0, 2, &dialog);
    table->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    std::function<void(QMenu*, const QString&)> walk = [&](QMenu* menu, const QString& path) {
        for (QAction* action : menu->actions()) {
            const QString name = path + withoutMnemonic(action->text());
            if (action->menu()) {
                walk(action->menu(), name + QStringLiteral(" › "));
                continue;
            }
            if (action->shortcuts().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence& key : action->shortcuts())
                keys << key.toString(QKeySequence::NativeText);
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem(name));
            table->setItem(row, 1, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
        }
    };
    for (QAction* top : menuBar()->actions()) {
        if (top->menu())
            walk(top->menu(), withoutMnemonic(top->text()) + QStringLiteral(" › "));
    }
    table->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(560, 600);
    dialog.exec();
}

}  // namespace paiban::editor
