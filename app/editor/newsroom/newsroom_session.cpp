#include "editor/newsroom/newsroom_session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>
#include <QSysInfo>

#include "articles/pool_text.h"
#include "editor/edit_session.h"
#include "editor/finding_wording.h"
#include "editor/newsroom/newsroom_wording.h"
#include "editor/newsroom/pool_story_command.h"
#include "io/document_io.h"
#include "newsroom/connection.h"
#include "newsroom/newsroom_watch.h"
#include "newsroom/schema.h"
#include "newsroom/story_pool.h"

namespace paiban::editor {

using namespace paiban::newsroom;

namespace {

// Each session's connection has a name of its own in Qt SQL's registry (a test may run
// several windows in one process).
int nextConnectionNumber() {
    static int number = 0;
    return ++number;
}

// What this program tells the server it is (others see it as a page's holder): ASCII,
// at most 63 bytes, as application_name takes it.
QString applicationName() {
    return QStringLiteral("Paiban %1").arg(QSysInfo::machineHostName()).left(63);
}

// The page's lock taken for this session, or else who holds it.
Status takeLock(QSqlDatabase db, NewsroomSession::OpenPage& page) {
    const Result<bool> locked = tryLockPage(db, page.id);
    if (!locked)
        return locked.error();
    page.held = locked.value();
    page.holder.reset();
    if (!page.held) {
        if (const Result<std::optional<PageHolder>> holder = pageHolder(db, page.id))
            page.holder = holder.value();
    }
    return Done{};
}

// A page's document as the newsroom keeps it, read (its problems worded for the user).
Result<Edition> parsePage(const QByteArray& json, const QString& sourceName) {
    LoadResult parsed = parseEdition(json, sourceName);
    if (!parsed.edition)
        return Error{Problem::QueryFailed, {wordedLoadErrors(parsed.errors)}};
    return std::move(*parsed.edition);
}

}  // namespace

NewsroomSession::NewsroomSession(EditSession* edit, QObject* parent)
    : QObject(parent),
      edit_(edit),
      connectionName_(QStringLiteral("paiban-editor-newsroom-%1").arg(nextConnectionNumber())) {
    lockRetry_.setInterval(kLockRetryMs);
    connect(&lockRetry_, &QTimer::timeout, this, &NewsroomSession::retryLock);
    connectionCheck_.setInterval(kConnectionCheckMs);
    connect(&connectionCheck_, &QTimer::timeout, this, &NewsroomSession::checkConnection);
    connect(edit_, &EditSession::documentReplaced, this, &NewsroomSession::documentReplaced);
}

NewsroomSession::~NewsroomSession() {
    // Only the server is told: the window's other parts (the edit session among them)
    // may be gone already, and nobody is left to hear a signal.
    if (!connected_)
        return;
    if (page_ && page_->held)
        unlockPage(database(), page_->id);
    watch_.reset();
    closeConnection(connectionName_);
}

QSqlDatabase NewsroomSession::database() const {
    return QSqlDatabase::database(connectionName_, false);
}

Status NewsroomSession::connectTo(const QString& connectionString) {
    disconnectFromServer();
    Result<QSqlDatabase> db = openConnection(connectionString, connectionName_, applicationName());
    if (!db)
        return db.error();
    if (const Result<int> schema = prepareSchema(db.value(), Migration::Apply); !schema) {
        closeConnection(connectionName_);
        return schema.error();
    }
    QSqlQuery who(db.value());
    role_ = who.exec(QStringLiteral("SELECT current_user")) && who.next() ? who.value(0).toString()
                                                                          : QString();
    connectionString_ = withoutPassword(connectionString);
    reconnectWith_ = connectionString;
    connected_ = true;
    lost_ = false;
    connectionCheck_.start();
    listen(db.value());
    Q_EMIT connectionChanged();
    return Done{};
}

void NewsroomSession::disconnectFromServer() {
    if (!connected_)
        return;
    closePage();
    watch_.reset();
    closeConnection(connectionName_);
    connected_ = false;
    lost_ = false;
    connectionCheck_.stop();
    reconnectWith_.clear();
    role_.clear();
    Q_EMIT connectionChanged();
}

bool NewsroomSession::checkConnection() {
    if (!connected_)
        return false;
    QSqlQuery ping(database());
    if (ping.exec(QStringLiteral("SELECT 1")))
        return true;
    if (!lost_) {
        lost_ = true;
        Q_EMIT message(
            tr("The connection to the newsroom is lost; trying again. Your work "
               "stays in the editor."));
        Q_EMIT connectionChanged();
    }
    return reconnect();
}

// A new session on the server: what the old one held (the page's lock, the LISTENs) went
// with it, so both are taken again.
bool NewsroomSession::reconnect() {
    watch_.reset();
    closeConnection(connectionName_);
    Result<QSqlDatabase> db = openConnection(reconnectWith_, connectionName_, applicationName());
    if (!db)
        return false;
    lost_ = false;
    listen(db.value());
    Q_EMIT message(tr("Connected to the newsroom again."));
    if (page_ && !isSigned()) {
        const bool held = page_->held;
        if (!takeLock(db.value(), *page_))
            page_->held = false;
        edit_->setReadOnly(!isEditable());
        updateLockRetry();
        if (held && !page_->held)
            Q_EMIT lockLost(page_->holder ? page_->holder->role : QString());
    }
    Q_EMIT connectionChanged();
    Q_EMIT pageStateChanged();
    return true;
}

void NewsroomSession::listen(QSqlDatabase db) {
    watch_ = std::make_unique<NewsroomWatch>(db);
    connect(watch_.get(), &NewsroomWatch::storyChanged, this, &NewsroomSession::onStoryChanged);
    connect(watch_.get(), &NewsroomWatch::pageChanged, this, &NewsroomSession::onPageChanged);
}

QString NewsroomSession::pageTitle() const {
    if (!page_)
        return {};
    const QString name = page_->name.isEmpty() ? QString() : u' ' + page_->name;
    return tr("Page %1%2, %3 %4")
        .arg(page_->number)
        .arg(name, page_->editionTitle, QLocale().toString(page_->date, QLocale::ShortFormat));
}

void NewsroomSession::replaceDocument(Edition edition) {
    replacing_ = true;  // not another document opened: the page stays open
    edit_->openNew(std::move(edition));
    replacing_ = false;
}

Status NewsroomSession::openPage(qint64 pageId) {
    if (!connected_)
        return Error{Problem::ConnectionLost, {tr("not connected")}};
    QSqlDatabase db = database();
    const Result<PageDocument> loaded = loadPage(db, pageId);
    if (!loaded)
        return loaded.error();
    Result<Edition> parsed = parsePage(loaded->document, QStringLiteral("page-%1").arg(pageId));
    if (!parsed)
        return parsed.error();
    closePage();
    OpenPage page;
    page.id = pageId;
    page.version = loaded->page.version;
    page.number = loaded->page.number;
    page.name = loaded->page.name;
    page.status = loaded->page.status;
    if (const Result<std::vector<EditionRow>> editions = listEditions(db)) {
        for (const EditionRow& e : editions.value()) {
            if (e.id == loaded->page.editionId) {
                page.date = e.date;
                page.editionTitle = e.title;
            }
        }
    }
    // A signed page is nobody's to edit: it is not even locked.
    if (page.status != PageStatus::Signed) {
        if (const Status locked = takeLock(db, page); !locked)
            return locked.error();
    }
    replaceDocument(std::move(parsed).value());
    page_ = page;
    edit_->setReadOnly(!isEditable());
    updateLockRetry();
    QJsonObject event{{QStringLiteral("event"), isEditable() ? QStringLiteral("opened-editable")
                                                             : QStringLiteral("opened-read-only")},
                      {QStringLiteral("page"), pageId},
                      {QStringLiteral("version"), page.version}};
    if (page.holder)
        event.insert(QStringLiteral("holder"), page.holder->role);
    if (isSigned())
        event.insert(QStringLiteral("signed"), true);
    report(event);
    Q_EMIT pageStateChanged();
    return Done{};
}

void NewsroomSession::closePage() {
    if (!page_)
        return;
    if (page_->held && connected_)
        unlockPage(database(), page_->id);  // the session ending frees it anyway
    page_.reset();
    lockRetry_.stop();
    edit_->setReadOnly(false);
    Q_EMIT pageStateChanged();
}

// Another document was opened (File › Open, New, Close): the page is let go.
void NewsroomSession::documentReplaced() {
    if (!replacing_)
        closePage();
}

void NewsroomSession::updateLockRetry() {
    if (page_ && !page_->held && !isSigned())
        lockRetry_.start();
    else
        lockRetry_.stop();
}

Status NewsroomSession::loadNewest() {
    const Result<PageDocument> loaded = loadPage(database(), page_->id);
    if (!loaded)
        return loaded.error();
    Result<Edition> parsed = parsePage(loaded->document, QStringLiteral("page-%1").arg(page_->id));
    if (!parsed)
        return parsed.error();
    const bool readOnly = edit_->isReadOnly();
    replaceDocument(std::move(parsed).value());
    edit_->setReadOnly(readOnly);
    page_->version = loaded->page.version;
    page_->status = loaded->page.status;
    return Done{};
}

void NewsroomSession::retryLock() {
    if (!page_ || page_->held || !connected_) {
        lockRetry_.stop();
        return;
    }
    const QString heldBy = page_->holder ? page_->holder->role : QString();
    if (const Status locked = takeLock(database(), *page_); !locked) {
        Q_EMIT message(wordedNewsroomError(locked.error()));
        return;
    }
    if (!page_->held) {
        // Still held: perhaps by someone else now.
        if (page_->holder && page_->holder->role != heldBy)
            Q_EMIT pageStateChanged();
        return;
    }
    lockRetry_.stop();
    if (const Status loaded = loadNewest(); !loaded) {
        Q_EMIT message(wordedNewsroomError(loaded.error()));
    }
    if (isSigned()) {  // signed meanwhile: still nobody's to edit
        unlockPage(database(), page_->id);
        page_->held = false;
    }
    edit_->setReadOnly(!isEditable());
    if (isEditable()) {
        report({{QStringLiteral("event"), QStringLiteral("became-editable")},
                {QStringLiteral("page"), page_->id},
                {QStringLiteral("version"), page_->version}});
        Q_EMIT message(tr("The page is free now: its newest version (%1) is open for editing.")
                           .arg(page_->version));
    }
    Q_EMIT pageStateChanged();
}

NewsroomSession::SaveOutcome NewsroomSession::save() {
    SaveOutcome outcome;
    if (!page_ || !connected_) {
        outcome.error = Error{Problem::ConnectionLost, {tr("not connected")}};
        return outcome;
    }
    if (!checkConnection()) {
        outcome.error = Error{Problem::ConnectionLost,
                              {tr("the server cannot be reached; Paiban keeps trying, and "
                                  "File › Save As keeps your work in a file meanwhile")}};
        return outcome;
    }
    if (!isEditable()) {
        outcome.error = isSigned()
                            ? Error{Problem::PageSigned, {QString::number(page_->number)}}
                            : Error{Problem::PageHeld,
                                    {page_->holder ? page_->holder->role : QString(),
                                     page_->holder ? page_->holder->application : QString()}};
        return outcome;
    }
    QSqlDatabase db = database();
    struct Merge {
        QString storyId;
        PoolText text;
        PoolLink link;
        QString by;
    };
    std::vector<Merge> merges;
    // The stories first: a story's text is the pool's, the page only shows it. The new
    // revision is written into the link directly, not as an undo step: the save is not an
    // edit to undo. (An undo past it brings back the older link; the next save from there
    // is refused and kept as a conflict, so nothing is lost either way.)
    const Edition& edition = edit_->edition();
    for (const Story& story : edition.stories) {
        if (!story.pool)
            continue;
        const Result<PoolText> linked = fetchRevision(db, story.pool->id, story.pool->revision);
        if (!linked) {
            outcome.error = linked.error();
            return outcome;
        }
        const PoolText onPage = poolTextOfStory(story, edition.styles, linked.value());
        if (onPage == linked.value())
            continue;
        // Filed as a conflict by an earlier save and not settled since: said again, not
        // filed again.
        if (const Result<std::vector<StoryConflict>> open = openConflicts(db, story.pool->id)) {
            const bool filed = std::any_of(open->begin(), open->end(), [&](const StoryConflict& c) {
                return c.basedOn == story.pool->revision && c.text == onPage &&
                       c.writtenBy == role_;
            });
            if (filed) {
                outcome.storiesRefused << story.pool->slug;
                continue;
            }
        }
        const Result<StorySave> saved =
            saveStoryText(db, story.pool->id, story.pool->revision, onPage);
        if (!saved) {
            outcome.error = saved.error();
            return outcome;
        }
        if (!saved->saved) {
            // Someone saved a newer revision meanwhile. Where the two edits touch different
            // headline parts or paragraphs, both are kept: merged, saved over theirs, and
            // the conflict just filed marked settled; the page then shows the merge.
            const Result<PoolStory> theirs = fetchStory(db, story.pool->id);
            const std::optional<PoolText> merged =
                theirs ? mergePoolTexts(linked.value(), onPage, theirs->text) : std::nullopt;
            const Result<StorySave> again =
                merged ? saveStoryText(db, story.pool->id, theirs->revision, *merged)
                       : Result<StorySave>(StorySave{});
            if (merged && again && again->saved) {
                resolveConflict(db, saved->conflict);
                merges.push_back({story.id, *merged,
                                  PoolLink{story.pool->id, again->revision, story.pool->slug},
                                  theirs->updatedBy});
                outcome.storiesMerged << story.pool->slug;
                continue;
            }
        }
        if (saved->saved) {
            for (Story& s : edit_->mutableEdition().stories) {
                if (s.id == story.id)
                    s.pool->revision = saved->revision;
            }
            outcome.storiesSaved << story.pool->slug;
        } else {
            outcome.storiesRefused << story.pool->slug;
            report({{QStringLiteral("event"), QStringLiteral("story-save-refused")},
                    {QStringLiteral("story"), story.pool->id},
                    {QStringLiteral("slug"), story.pool->slug},
                    {QStringLiteral("basedOn"), story.pool->revision},
                    {QStringLiteral("revision"), saved->revision},
                    {QStringLiteral("conflict"), saved->conflict}});
        }
    }
    // The merges on the page, each an undo step, before the page itself is saved.
    for (const Merge& m : merges) {
        edit_->push(new PoolStoryCommand(edit_, m.storyId, m.text, m.link,
                                         tr("Merge Story %1 with %2's revision %3")
                                             .arg(m.link.slug, m.by)
                                             .arg(m.link.revision)));
    }
    const Result<PageSave> saved =
        savePage(db, page_->id, page_->version, serializeEdition(edit_->edition()));
    if (!saved) {
        outcome.error = saved.error();
        return outcome;
    }
    outcome.pageSaved = saved->saved;
    outcome.version = saved->version;
    if (saved->saved) {
        page_->version = saved->version;
        edit_->undoStack()->setClean();
    }
    QJsonObject event{{QStringLiteral("event"),
                       saved->saved ? QStringLiteral("saved") : QStringLiteral("save-refused")},
                      {QStringLiteral("page"), page_->id},
                      {QStringLiteral("version"), saved->version}};
    if (!outcome.storiesRefused.isEmpty())
        event.insert(QStringLiteral("storiesRefused"),
                     QJsonArray::fromStringList(outcome.storiesRefused));
    report(event);
    Q_EMIT pageStateChanged();
    return outcome;
}

Status NewsroomSession::restoreVersion(int version) {
    if (!isEditable())
        return Error{Problem::PageHeld,
                     {page_ && page_->holder ? page_->holder->role : QString(), {}}};
    const Result<QByteArray> document = pageVersionDocument(database(), page_->id, version);
    if (!document)
        return document.error();
    Result<Edition> parsed =
        parsePage(document.value(), QStringLiteral("page-%1-v%2").arg(page_->id).arg(version));
    if (!parsed)
        return parsed.error();
    replaceDocument(std::move(parsed).value());
    // Unsaved until saved: then it is the newest version, and the ones after it stay.
    edit_->undoStack()->resetClean();
    Q_EMIT pageStateChanged();
    return Done{};
}

Status NewsroomSession::setStatus(PageStatus status) {
    if (!page_)
        return Error{Problem::NoSuchPage, {QString()}};
    const Status done = setPageStatus(database(), page_->id, status);
    if (!done)
        return done;
    page_->status = status;
    if (isSigned() && page_->held) {
        unlockPage(database(), page_->id);
        page_->held = false;
    } else if (!isSigned() && !page_->held && !takeLock(database(), *page_)) {
        page_->held = false;
    }
    edit_->setReadOnly(!isEditable());
    updateLockRetry();
    Q_EMIT pageStateChanged();
    return Done{};
}

void NewsroomSession::onStoryChanged(qint64 poolId, int revision, const QString& by) {
    QElapsedTimer sinceTold;
    sinceTold.start();
    Q_EMIT poolChanged();
    if (!page_ || !edit_->hasDocument())
        return;
    QSqlDatabase db = database();
    // Copies: each update below changes the edition.
    const std::vector<Story> stories = edit_->edition().stories;
    for (const Story& story : stories) {
        if (!story.pool || story.pool->id != poolId || story.pool->revision >= revision)
            continue;
        const QString slug = story.pool->slug;
        // A page open read-only has no edits of its own: it shows the newest revision too.
        const bool editable = isEditable();
        const Result<PoolText> linked = fetchRevision(db, poolId, story.pool->revision);
        if (!linked) {
            Q_EMIT message(wordedNewsroomError(linked.error()));
            continue;
        }
        if (editable &&
            poolTextOfStory(story, edit_->edition().styles, linked.value()) != linked.value()) {
            Q_EMIT message(tr("%1 changed story %2 (revision %3), which this page has edited "
                              "too: the page keeps its text; saving keeps both versions.")
                               .arg(by, slug)
                               .arg(revision));
            report({{QStringLiteral("event"), QStringLiteral("story-kept")},
                    {QStringLiteral("story"), poolId},
                    {QStringLiteral("revision"), revision}});
            continue;
        }
        const Result<PoolStory> newest = fetchStory(db, poolId);
        if (!newest) {
            Q_EMIT message(wordedNewsroomError(newest.error()));
            continue;
        }
        auto* command = new PoolStoryCommand(edit_, story.id, newest->text,
                                             PoolLink{poolId, newest->revision, slug},
                                             tr("Story %1 updated from the pool").arg(slug));
        const std::vector<int> changed =
            changedParagraphs(command->paragraphsBefore(), command->paragraphsAfter());
        if (editable) {
            edit_->push(command);  // lays the page out again before it returns
        } else {
            // Shown, not kept: no undo step on a page that is not ours, and nothing to save
            // (the page is loaded afresh when its holder saves it or lets it go).
            command->redo();
            delete command;
        }
        const qint64 ms = sinceTold.elapsed();
        report({{QStringLiteral("event"), QStringLiteral("story-updated")},
                {QStringLiteral("story"), poolId},
                {QStringLiteral("revision"), newest->revision},
                {QStringLiteral("by"), by},
                {QStringLiteral("ms"), ms}});
        Q_EMIT message(tr("%1 changed story %2: revision %3 is on the page.")
                           .arg(by, slug)
                           .arg(newest->revision));
        Q_EMIT storyUpdated(story.id, changed);
    }
}

void NewsroomSession::onPageChanged(qint64 pageId, int version, const QString& status,
                                    const QString& by) {
    if (!page_ || page_->id != pageId)
        return;
    const std::optional<PageStatus> newStatus = pageStatusFromString(status);
    // A read-only page follows what its holder saves.
    if (!isEditable() && version > page_->version) {
        if (const Status loaded = loadNewest(); !loaded)
            Q_EMIT message(wordedNewsroomError(loaded.error()));
        else
            Q_EMIT message(tr("%1 saved the page: version %2 is shown.").arg(by).arg(version));
    }
    if (newStatus && *newStatus != page_->status) {
        page_->status = *newStatus;
        if (isSigned() && page_->held) {
            unlockPage(database(), page_->id);
            page_->held = false;
        }
        edit_->setReadOnly(!isEditable());
        updateLockRetry();
        Q_EMIT message(tr("%1 set the page to %2.").arg(by, wordedStatus(*newStatus)));
    }
    Q_EMIT pageStateChanged();
}

void NewsroomSession::setReportPath(const QString& path) {
    reportPath_ = path;
}

void NewsroomSession::reportProblem(const QString& text) {
    report({{QStringLiteral("event"), QStringLiteral("problem")}, {QStringLiteral("text"), text}});
}

void NewsroomSession::report(QJsonObject event) {
    if (reportPath_.isEmpty())
        return;
    event.insert(QStringLiteral("time"),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    QFile file(reportPath_);
    if (file.open(QIODevice::Append | QIODevice::WriteOnly)) {
        file.write(QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n');
        file.flush();
    }
}

}  // namespace paiban::editor
