#include "newsroom_watch.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace paiban::newsroom {
namespace {
const QString kStoryChannel = QStringLiteral("paiban_story");
const QString kPageChannel = QStringLiteral("paiban_page");
}  // namespace

NewsroomWatch::NewsroomWatch(QSqlDatabase db, QObject* parent) : QObject(parent), db_(db) {
    QSqlDriver* driver = db_.driver();
    if (!driver)
        return;
    connect(driver, &QSqlDriver::notification, this, &NewsroomWatch::onNotification);
    listening_ = driver->subscribeToNotification(kStoryChannel) &&
                 driver->subscribeToNotification(kPageChannel);
}

NewsroomWatch::~NewsroomWatch() {
    if (QSqlDriver* driver = db_.driver(); driver && db_.isOpen()) {
        driver->unsubscribeFromNotification(kStoryChannel);
        driver->unsubscribeFromNotification(kPageChannel);
    }
}

void NewsroomWatch::onNotification(const QString& name, QSqlDriver::NotificationSource,
                                   const QVariant& payload) {
    const QJsonObject o = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    if (name == kStoryChannel) {
        emit storyChanged(static_cast<qint64>(o.value("id").toDouble()),
                          o.value("revision").toInt(), o.value("by").toString());
    } else if (name == kPageChannel) {
        emit pageChanged(static_cast<qint64>(o.value("id").toDouble()), o.value("version").toInt(),
                         o.value("status").toString(), o.value("by").toString());
    }
}

}  // namespace paiban::newsroom
