// The newsroom in the main window (issue 19): File › Connect to Newsroom…, Disconnect,
// Open Newsroom Page…; Pages › History… and Status ▸; Save of a newsroom page (its pool
// stories, then the page); the role in the status bar and the read-only banner.
#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

#include "editor/canvas/page_canvas.h"
#include "editor/edit_session.h"
#include "editor/main_window.h"
#include "editor/newsroom/newsroom_dialogs.h"
#include "editor/newsroom/newsroom_session.h"
#include "editor/newsroom/newsroom_wording.h"
#include "editor/newsroom/pool_story_command.h"
#include "editor/newsroom/story_pool_panel.h"
#include "editor/settings.h"
#include "editor/tools/tool_box.h"
#include "model/thread_edits.h"
#include "newsroom/story_pool.h"

namespace paiban::editor {

using namespace paiban::newsroom;

namespace {
// How long a newsroom event's sentence stays in the status bar.
constexpr int kNewsroomMessageMs = 10000;
}  // namespace

void MainWindow::createNewsroom() {
    newsroom_ = new NewsroomSession(session_, this);
    showNewsroomProblem = [this](const QString& title, const QString& text) {
        QMessageBox::warning(this, title, text);
    };
    newsroomRole_ = new QLabel(this);
    newsroomRole_->hide();
    statusBar()->addPermanentWidget(newsroomRole_);
    readOnlyBanner_ = new QLabel(this);
    readOnlyBanner_->setStyleSheet(
        QStringLiteral("QLabel { background: #c0392b; color: white; padding: 1px 8px; "
                       "font-weight: bold; }"));
    readOnlyBanner_->hide();
    statusBar()->addPermanentWidget(readOnlyBanner_);
    connect(newsroom_, &NewsroomSession::connectionChanged, this, &MainWindow::updateNewsroomState);
    connect(newsroom_, &NewsroomSession::pageStateChanged, this, &MainWindow::updateNewsroomState);
    connect(newsroom_, &NewsroomSession::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, kNewsroomMessageMs); });
    connect(newsroom_, &NewsroomSession::storyUpdated, this,
            [this](const QString& storyId, const std::vector<int>& changed) {
                view_->markChangedParagraphs(storyId, changed);
            });
    connect(newsroom_, &NewsroomSession::lockLost, this, [this](const QString& holder) {
        showNewsroomProblem(
            tr("The page is someone else's now"),
            tr("While the connection to the newsroom was down, %1 opened this page for "
               "editing. Your changes are still here, but the page is read-only: File › Save "
               "As keeps them in a file.")
                .arg(holder.isEmpty() ? tr("someone") : holder));
    });
    connect(session_, &EditSession::editRefused, this,
            [this] { statusBar()->showMessage(readOnlyReason(), kNewsroomMessageMs); });
    // The story pool, tabbed with the proofreading panels on the right.
    poolPanel_ = new StoryPoolPanel(newsroom_, this);
    auto* poolDock = new QDockWidget(tr("Story Pool"), this);
    poolDock->setObjectName(QStringLiteral("story-pool"));
    poolDock->setWidget(poolPanel_);
    addDockWidget(Qt::RightDockWidgetArea, poolDock);
    docks_.push_back(poolDock);
    if (auto* changes = findChild<QDockWidget*>(QStringLiteral("changes")))
        tabifyDockWidget(changes, poolDock);
    if (auto* properties = findChild<QDockWidget*>(QStringLiteral("properties")))
        properties->raise();
    connect(view_, &PageCanvas::poolStoryDropped, this, &MainWindow::placePoolStory);
    // A newer version of the open page loaded into the editor: nothing selected in the
    // version that went may be held on to.
    connect(session_, &EditSession::documentReplaced, this, [this] {
        if (newsroom_->page()) {
            tools_->setCurrent(ToolKind::Select);
            view_->setSelectedFrame(QString());
        }
    });
}

void MainWindow::createNewsroomFileActions(QMenu* file) {
    file->addSeparator();
    file->addAction(tr("Connect to &Newsroom…"), this, &MainWindow::connectToNewsroomDialog);
    openNewsroomPageAction_ =
        file->addAction(tr("Open Newsroom &Page…"), this, &MainWindow::openNewsroomPageDialog);
    disconnectNewsroomAction_ =
        file->addAction(tr("&Disconnect from Newsroom"), this, &MainWindow::disconnectFromNewsroom);
}

void MainWindow::createNewsroomPageActions(QMenu* pages) {
    pages->addSeparator();
    historyAction_ = pages->addAction(tr("&History…"), this, &MainWindow::showPageHistory);
    pageStatusMenu_ = pages->addMenu(tr("&Status"));
    auto* group = new QActionGroup(pageStatusMenu_);
    for (PageStatus status : {PageStatus::Layout, PageStatus::Proofing, PageStatus::Signed}) {
        QAction* action = pageStatusMenu_->addAction(wordedStatus(status));
        action->setCheckable(true);
        action->setData(static_cast<int>(status));
        group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, status] { setNewsroomPageStatus(static_cast<int>(status)); });
    }
    updateNewsroomState();
}

QString MainWindow::readOnlyReason() const {
    if (newsroom_->isSigned())
        return tr("Read-only: the page is signed off");
    const auto& page = newsroom_->page();
    if (page && page->holder)
        return tr("Read-only: %1 is editing").arg(page->holder->role);
    return tr("Read-only");
}

void MainWindow::updateNewsroomState() {
    if (!newsroom_ || !historyAction_)
        return;
    const bool connected = newsroom_->isConnected();
    const auto& page = newsroom_->page();
    newsroomRole_->setVisible(connected);
    newsroomRole_->setText(!connected ? QString()
                           : newsroom_->isReachable()
                               ? tr("Newsroom: %1").arg(newsroom_->role())
                               : tr("Newsroom: %1 (connection lost)").arg(newsroom_->role()));
    newsroomRole_->setToolTip(newsroom_->connectionString());
    const bool readOnly = session_->isReadOnly();
    readOnlyBanner_->setVisible(readOnly);
    readOnlyBanner_->setText(readOnlyReason());
    openNewsroomPageAction_->setEnabled(connected);
    disconnectNewsroomAction_->setEnabled(connected);
    historyAction_->setEnabled(page.has_value() && newsroom_->isEditable());
    pageStatusMenu_->setEnabled(page.has_value());
    for (QAction* action : pageStatusMenu_->actions())
        action->setChecked(page && action->data().toInt() == static_cast<int>(page->status));
    saveAction_->setEnabled(!readOnly);
    updateTitle();
}

void MainWindow::connectToNewsroomDialog() {
    ConnectDialog dialog(settings::newsroomConnection.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    connectToNewsroom(dialog.connectionString());
}

bool MainWindow::connectToNewsroom(const QString& connectionString) {
    const Status connected = newsroom_->connectTo(connectionString);
    if (!connected) {
        showNewsroomProblem(tr("Cannot connect to the newsroom"),
                            wordedNewsroomError(connected.error()));
        return false;
    }
    settings::newsroomConnection.set(newsroom_->connectionString());  // never a password
    // The pool is what one connects for: its panel comes to the front.
    if (auto* pool = findChild<QDockWidget*>(QStringLiteral("story-pool"))) {
        pool->show();
        pool->raise();
    }
    statusBar()->showMessage(tr("Connected to the newsroom as %1.").arg(newsroom_->role()),
                             kNewsroomMessageMs);
    return true;
}

void MainWindow::disconnectFromNewsroom() {
    if (newsroom_->page() && !maybeSave())
        return;
    newsroom_->disconnectFromServer();
    statusBar()->showMessage(tr("Disconnected from the newsroom."), kNewsroomMessageMs);
}

void MainWindow::openNewsroomPageDialog() {
    if (!newsroom_->isConnected() || !maybeSave())
        return;
    OpenPageDialog dialog(newsroom_, this);
    if (dialog.exec() != QDialog::Accepted || dialog.pageId() == 0)
        return;
    openNewsroomPage(dialog.pageId());
}

bool MainWindow::openNewsroomPage(qint64 pageId) {
    forgetDocumentState();
    const Status opened = newsroom_->openPage(pageId);
    if (!opened) {
        showNewsroomProblem(tr("Cannot open the page"), wordedNewsroomError(opened.error()));
        return false;
    }
    page_ = -1;
    showPage(0);
    updateNewsroomState();
    statusBar()->showMessage(
        newsroom_->isEditable()
            ? tr("Opened %1 for editing.").arg(newsroom_->pageTitle())
            : tr("Opened %1 — %2.").arg(newsroom_->pageTitle(), readOnlyReason()),
        kNewsroomMessageMs);
    return true;
}

bool MainWindow::saveNewsroomPage() {
    const NewsroomSession::SaveOutcome outcome = newsroom_->save();
    if (outcome.error) {
        showNewsroomProblem(tr("Cannot save the page"), wordedNewsroomError(*outcome.error));
        return false;
    }
    if (!outcome.storiesRefused.isEmpty()) {
        showNewsroomProblem(
            tr("Stories changed meanwhile"),
            tr("Someone saved a newer revision of %1 while this page had it. Nothing is lost: "
               "the page keeps its text, the pool keeps theirs, and your text is kept beside "
               "it as a conflict for the desk to merge.")
                .arg(outcome.storiesRefused.join(QLatin1String(", "))));
    }
    if (!outcome.storiesMerged.isEmpty()) {
        statusBar()->showMessage(
            tr("Someone saved %1 meanwhile, in other paragraphs: both edits are kept, merged.")
                .arg(outcome.storiesMerged.join(QLatin1String(", "))),
            kNewsroomMessageMs);
    }
    if (!outcome.pageSaved) {
        showNewsroomProblem(
            tr("Cannot save the page"),
            tr("A newer version (%1) of the page was saved meanwhile.").arg(outcome.version));
        return false;
    }
    statusBar()->showMessage(
        tr("Saved %1 as version %2.").arg(newsroom_->pageTitle()).arg(outcome.version),
        kNewsroomMessageMs);
    return true;
}

void MainWindow::showPageHistory() {
    const auto& page = newsroom_->page();
    if (!page)
        return;
    const Result<std::vector<PageVersion>> versions = pageVersions(newsroom_->database(), page->id);
    if (!versions) {
        showNewsroomProblem(tr("Page History"), wordedNewsroomError(versions.error()));
        return;
    }
    HistoryDialog dialog(versions.value(), page->version, this);
    if (dialog.exec() != QDialog::Accepted || dialog.version() == 0)
        return;
    if (!maybeSave())
        return;
    const int version = dialog.version();
    forgetDocumentState();
    const Status restored = newsroom_->restoreVersion(version);
    if (!restored) {
        showNewsroomProblem(tr("Page History"), wordedNewsroomError(restored.error()));
        return;
    }
    page_ = -1;
    showPage(0);
    updateTitle();
    statusBar()->showMessage(
        tr("Version %1 is in the editor: saving makes it the newest version.").arg(version),
        kNewsroomMessageMs);
}

bool MainWindow::placePoolStory(qint64 poolId, const QPointF& pagePoint) {
    const auto refuse = [this](const QString& why) {
        statusBar()->showMessage(why, kNewsroomMessageMs);
        return false;
    };
    if (!newsroom_->isConnected())
        return refuse(tr("Not connected to a newsroom: File › Connect to Newsroom…"));
    if (session_->isReadOnly())
        return refuse(readOnlyReason());
    const Page* page =
        page_ >= 0 && page_ < pageCount() ? &session_->edition().pages[page_] : nullptr;
    const Frame* target = nullptr;
    if (page) {
        // The topmost text frame under the point (frames are listed bottom to top).
        for (auto it = page->frames.rbegin(); it != page->frames.rend(); ++it) {
            const Rect& r = it->rect;
            if (pagePoint.x() >= r.x && pagePoint.x() <= r.x + r.width && pagePoint.y() >= r.y &&
                pagePoint.y() <= r.y + r.height) {
                target = &*it;
                break;
            }
        }
    }
    if (!target || target->kind != FrameKind::Text)
        return refuse(tr("A story from the pool goes into a text frame: drop it on one."));
    const Story* story = storyOfFrame(session_->edition(), target->id);
    if (!story)
        return refuse(tr("That text frame holds no story to put the pool's text in."));
    const Result<PoolStory> pooled = fetchStory(newsroom_->database(), poolId);
    if (!pooled)
        return refuse(wordedNewsroomError(pooled.error()));
    const bool hadText = std::any_of(story->paragraphs.begin(), story->paragraphs.end(),
                                     [](const Paragraph& p) { return !p.text().isEmpty(); });
    const QString replaced = story->pool ? story->pool->slug : story->id;
    session_->push(new PoolStoryCommand(session_, story->id, pooled->text,
                                        PoolLink{pooled->id, pooled->revision, pooled->slug},
                                        tr("Place Story %1").arg(pooled->slug)));
    statusBar()->showMessage(
        hadText ? tr("Placed %1 (revision %2) in place of %3's text; Undo brings it back.")
                      .arg(pooled->slug)
                      .arg(pooled->revision)
                      .arg(replaced)
                : tr("Placed %1 (revision %2).").arg(pooled->slug).arg(pooled->revision),
        kNewsroomMessageMs);
    return true;
}

void MainWindow::setNewsroomPageStatus(int status) {
    const Status done = newsroom_->setStatus(static_cast<PageStatus>(status));
    if (!done)
        showNewsroomProblem(tr("Cannot change the page's status"),
                            wordedNewsroomError(done.error()));
    else
        statusBar()->showMessage(
            tr("%1 is now: %2.")
                .arg(newsroom_->pageTitle(), wordedStatus(static_cast<PageStatus>(status))),
            kNewsroomMessageMs);
    updateNewsroomState();
}

}  // namespace paiban::editor
