// What changes in the newsroom while a client is open, told by the server
// (LISTEN paiban_story, paiban_page; NOTIFY from the schema's triggers at commit): a
// story's new revision, a page saved or moved. Arrives through the connection's socket
// in the thread's event loop, so a page that shows the story can reflow at once.
#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>

namespace paiban::newsroom {

class NewsroomWatch : public QObject {
    Q_OBJECT
public:
    // Listens on `db` (which it does not own; keep it open while this lives).
    explicit NewsroomWatch(QSqlDatabase db, QObject* parent = nullptr);
    ~NewsroomWatch() override;
    bool listening() const { return listening_; }

signals:
    void storyChanged(qint64 storyId, int revision, const QString& by);
    void pageChanged(qint64 pageId, int version, const QString& status, const QString& by);

private:
    void onNotification(const QString& name, QSqlDriver::NotificationSource source,
                        const QVariant& payload);
    QSqlDatabase db_;
    bool listening_ = false;
};

}  // namespace paiban::newsroom
