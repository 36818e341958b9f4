// The editor's side of a newsroom (issue 19): the connection to the newsroom's
// PostgreSQL (a name of its own in Qt SQL's registry), what the server tells about
// changes (NewsroomWatch), and the newsroom page open in the editor — its id and version,
// and whether this session holds its lock or who does. A page someone else holds, or one
// signed off, is shown read-only (EditSession::setReadOnly) and its lock asked for again
// every few seconds: when its holder closes it, crashes or is killed, the newest version
// is loaded and becomes editable. A newer revision of a story placed on the page is
// applied as it arrives, unless the page has edits of that story of its own.
#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>
#include <memory>
#include <optional>

#include "model/document.h"
#include "newsroom/newsroom_error.h"
#include "newsroom/pages.h"

namespace paiban::newsroom {
class NewsroomWatch;
}

namespace paiban::editor {

class EditSession;

class NewsroomSession : public QObject {
    Q_OBJECT
public:
    explicit NewsroomSession(EditSession* edit, QObject* parent = nullptr);
    ~NewsroomSession() override;

    // Connects (replacing any connection open), brings the schema up to date when the
    // role may, and listens for changes.
    newsroom::Status connectTo(const QString& connectionString);
    // Closes the page (its lock goes) and the connection.
    void disconnectFromServer();
    bool isConnected() const { return connected_; }
    // The database role this session acts as (layout_chen …).
    QString role() const { return role_; }
    // What the user typed, without any password (safe to show and remember).
    QString connectionString() const { return connectionString_; }
    QSqlDatabase database() const;

    struct OpenPage {
        qint64 id = 0;
        int version = 0;  // the version the editor's document is based on
        int number = 0;
        QString name;
        QDate date;
        QString editionTitle;
        newsroom::PageStatus status = newsroom::PageStatus::Layout;
        bool held = false;                           // this session holds its lock
        std::optional<newsroom::PageHolder> holder;  // who does, when someone else
    };
    const std::optional<OpenPage>& page() const { return page_; }
    bool isEditable() const { return page_ && page_->held && !isSigned(); }
    bool isSigned() const { return page_ && page_->status == newsroom::PageStatus::Signed; }
    // "第 3 版 要闻" — the page as the window's title names it.
    QString pageTitle() const;

    // Opens a page into the editor: editable when its lock could be taken and it is not
    // signed off, else read-only.
    newsroom::Status openPage(qint64 pageId);
    // Lets go of the page (unlocks it); the editor's document stays as it is.
    void closePage();

    struct SaveOutcome {
        bool pageSaved = false;
        int version = 0;
        QStringList storiesSaved;    // slugs whose text went back to the pool
        QStringList storiesRefused;  // slugs someone else changed meanwhile: kept as conflicts
        QStringList storiesMerged;   // changed meanwhile elsewhere in the text: both kept
        std::optional<newsroom::Error> error;
    };
    // Saves the page: first each pool story whose text the page changed goes back to the
    // pool as a new revision, then the page as a new version.
    SaveOutcome save();

    // The page's document at `version`, in the editor as unsaved changes (Save makes it
    // the newest version: the history only grows).
    newsroom::Status restoreVersion(int version);
    newsroom::Status setStatus(newsroom::PageStatus status);

    // Appends one JSON line per event (opened, became editable, story updated, saved …)
    // to `path`: for scripts and tests (paiban-editor --report FILE).
    void setReportPath(const QString& path);
    // A problem worded for the user, into the report (event "problem").
    void reportProblem(const QString& text);

    // How often a read-only page asks for its lock again.
    static constexpr int kLockRetryMs = 2000;
    // How often the connection is checked (and, when lost, opened again): a server
    // restarted or a network gone is found within this, and the page's lock taken again.
    static constexpr int kConnectionCheckMs = 5000;
    // False while the server cannot be reached (the session keeps trying).
    bool isReachable() const { return connected_ && !lost_; }
    // Checks the connection now (before a save), opening it again when it was lost.
    bool checkConnection();

Q_SIGNALS:
    void connectionChanged();
    // The page opened, became editable, was reloaded or closed; its status changed.
    void pageStateChanged();
    // A story in the pool changed (filed, edited, moved): the pool panel lists it again.
    void poolChanged();
    // A sentence for the status bar.
    void message(const QString& text);
    // The connection came back, but while it was down someone else took the page this
    // session held (`holder`): the page is read-only now, its unsaved work still in it.
    void lockLost(const QString& holder);
    // A newer revision of a placed story was applied: the story on the page and the
    // indexes of its paragraphs that changed.
    void storyUpdated(const QString& storyId, const std::vector<int>& changedParagraphs);

private:
    void onStoryChanged(qint64 poolId, int revision, const QString& by);
    void onPageChanged(qint64 pageId, int version, const QString& status, const QString& by);
    void retryLock();
    // Loads the page's newest version into the editor (read-only or not as it stands).
    newsroom::Status loadNewest();
    // The editor's document replaced by the page's own (not another document opened).
    void replaceDocument(Edition edition);
    // Hears what the server tells on `db` (LISTEN), replacing what heard it before.
    void listen(QSqlDatabase db);
    void documentReplaced();
    void report(QJsonObject event);
    void updateLockRetry();

    EditSession* edit_;
    QString connectionName_;
    QString connectionString_;
    QString role_;
    bool connected_ = false;
    std::unique_ptr<newsroom::NewsroomWatch> watch_;
    std::optional<OpenPage> page_;
    bool replacing_ = false;  // the document is being replaced by this session itself
    QTimer lockRetry_;
    QTimer connectionCheck_;
    bool lost_ = false;
    // What the user typed, password included, in memory only: to connect again after a
    // loss without asking (never written anywhere).
    QString reconnectWith_;
    bool reconnect();
    QString reportPath_;
};

}  // namespace paiban::editor
