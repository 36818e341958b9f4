#include "pages.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "model/name_table.h"
#include "sql_statement.h"

namespace paiban::newsroom {
namespace {

// The schema's names (001_newsroom.sql's enum page_status).
constexpr detail::NameTable<PageStatus, 3> kStatusNames{{{PageStatus::Layout, "layout"},
                                                         {PageStatus::Proofing, "proofing"},
                                                         {PageStatus::Signed, "signed"}}};

// Page locks: pg_try_advisory_lock(kLockSpace, page id). The same space as the
// schema's lock (key 0); page_holder() in the schema looks for these keys.
constexpr int kLockSpace = 0x70616962;  // 'paib'

constexpr char kPageColumns[] = "id, edition_id, number, name, status, version, saved_at, saved_by";

PageRow pageOf(const QSqlQuery& q) {
    PageRow p;
    p.id = q.value(0).toLongLong();
    p.editionId = q.value(1).toLongLong();
    p.number = q.value(2).toInt();
    p.name = q.value(3).toString();
    p.status = pageStatusFromString(q.value(4).toString()).value_or(PageStatus::Layout);
    p.version = q.value(5).toInt();
    p.savedAt = q.value(6).toDateTime();
    p.savedBy = q.value(7).toString();
    return p;
}

EditionRow editionOf(const QSqlQuery& q) {
    return {q.value(0).toLongLong(), q.value(1).toDate(), q.value(2).toString()};
}

// Page ids are the lock's second key, an int4 (a newsroom makes far fewer pages).
QVariant lockKey(qint64 pageId) {
    return static_cast<int>(pageId);
}

}  // namespace

QString toString(PageStatus status) {
    return QString::fromLatin1(detail::nameOf(kStatusNames, status));
}

std::optional<PageStatus> pageStatusFromString(const QString& name) {
    return detail::valueOf(kStatusNames, name.toStdString());
}

Result<EditionRow> editionFor(QSqlDatabase db, const QDate& date, const QString& title) {
    QSqlQuery q(db);
    // ON CONFLICT DO UPDATE, so that the row comes back whether it was made or found.
    if (!runStatement(
            q,
            QStringLiteral("INSERT INTO paiban.editions (date, title) VALUES (?::date, ?) "
                           "ON CONFLICT (date, title) DO UPDATE SET title = excluded.title "
                           "RETURNING id, date, title"),
            {date.toString(Qt::ISODate), title}))
        return errorOf(q.lastError());
    q.next();
    return editionOf(q);
}

Result<std::vector<EditionRow>> listEditions(QSqlDatabase db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT id, date, title FROM paiban.editions ORDER BY date DESC, title")))
        return errorOf(q.lastError());
    std::vector<EditionRow> editions;
    while (q.next())
        editions.push_back(editionOf(q));
    return editions;
}

Result<std::vector<EditionRow>> editionsOn(QSqlDatabase db, const QDate& date) {
    QSqlQuery q(db);
    if (!runStatement(
            q,
            QStringLiteral("SELECT id, date, title FROM paiban.editions WHERE date = ?::date "
                           "ORDER BY title"),
            {date.toString(Qt::ISODate)}))
        return errorOf(q.lastError());
    std::vector<EditionRow> editions;
    while (q.next())
        editions.push_back(editionOf(q));
    return editions;
}

Result<PageRow> addPage(QSqlDatabase db, qint64 editionId, int number, const QString& name,
                        const QByteArray& document) {
    QSqlQuery q(db);
    if (!runStatement(
            q,
            QStringLiteral("INSERT INTO paiban.pages (edition_id, number, name, document) "
                           "VALUES (?, ?, ?, ?) RETURNING %1")
                .arg(kPageColumns),
            {editionId, number, name, QString::fromUtf8(document)}))
        return errorOf(q.lastError());
    q.next();
    return pageOf(q);
}

Result<std::vector<PageRow>> listPages(QSqlDatabase db, qint64 editionId) {
    QSqlQuery q(db);
    if (!runStatement(
            q,
            QStringLiteral("SELECT %1 FROM paiban.pages WHERE edition_id = ? ORDER BY number")
                .arg(kPageColumns),
            {editionId}))
        return errorOf(q.lastError());
    std::vector<PageRow> pages;
    while (q.next())
        pages.push_back(pageOf(q));
    return pages;
}

Result<PageDocument> loadPage(QSqlDatabase db, qint64 pageId) {
    QSqlQuery q(db);
    if (!runStatement(
            q,
            QStringLiteral("SELECT %1, document FROM paiban.pages WHERE id = ?").arg(kPageColumns),
            {pageId}))
        return errorOf(q.lastError());
    if (!q.next())
        return Error{Problem::NoSuchPage, {QString::number(pageId)}};
    return PageDocument{pageOf(q), q.value(8).toString().toUtf8()};
}

Result<PageSave> savePage(QSqlDatabase db, qint64 pageId, int basedOn, const QByteArray& document) {
    QSqlQuery q(db);
    if (!runStatement(q, QStringLiteral("SELECT outcome, version FROM paiban.save_page(?, ?, ?)"),
                      {pageId, basedOn, QString::fromUtf8(document)}))
        return errorOf(q.lastError());
    q.next();
    return PageSave{q.value(0).toString() == QLatin1String("saved"), q.value(1).toInt()};
}

Result<std::vector<PageVersion>> pageVersions(QSqlDatabase db, qint64 pageId) {
    QSqlQuery q(db);
    if (!runStatement(q,
                      QStringLiteral("SELECT version, saved_by, saved_at FROM paiban.page_versions "
                                     "WHERE page_id = ? ORDER BY version DESC"),
                      {pageId}))
        return errorOf(q.lastError());
    std::vector<PageVersion> versions;
    while (q.next())
        versions.push_back({q.value(0).toInt(), q.value(1).toString(), q.value(2).toDateTime()});
    return versions;
}

Result<QByteArray> pageVersionDocument(QSqlDatabase db, qint64 pageId, int version) {
    QSqlQuery q(db);
    if (!runStatement(q,
                      QStringLiteral("SELECT document FROM paiban.page_versions "
                                     "WHERE page_id = ? AND version = ?"),
                      {pageId, version}))
        return errorOf(q.lastError());
    if (!q.next())
        return Error{Problem::NoSuchPage,
                     {QStringLiteral("%1 (version %2)").arg(pageId).arg(version)}};
    return q.value(0).toString().toUtf8();
}

Status setPageStatus(QSqlDatabase db, qint64 pageId, PageStatus status) {
    QSqlQuery q(db);
    if (!runStatement(q,
                      QStringLiteral("UPDATE paiban.pages SET status = ?::paiban.page_status "
                                     "WHERE id = ? RETURNING id"),
                      {toString(status), pageId}))
        return errorOf(q.lastError());
    if (!q.next()) {
        const Result<PageDocument> exists = loadPage(db, pageId);
        if (!exists)
            return exists.error();
        return Error{Problem::PageNotYours, {QString::number(exists->page.number)}};
    }
    return Done{};
}

Result<bool> tryLockPage(QSqlDatabase db, qint64 pageId) {
    QSqlQuery q(db);
    // Taken once per session: a second pg_try_advisory_lock would stack a second hold
    // that one unlock does not free.
    if (!runStatement(
            q,
            QStringLiteral("SELECT EXISTS (SELECT FROM pg_locks WHERE locktype = 'advisory' "
                           "AND pid = pg_backend_pid() AND classid = ? AND objid = ? "
                           "AND objsubid = 2) OR pg_try_advisory_lock(?, ?)"),
            {kLockSpace, lockKey(pageId), kLockSpace, lockKey(pageId)}))
        return errorOf(q.lastError());
    q.next();
    return q.value(0).toBool();
}

Status unlockPage(QSqlDatabase db, qint64 pageId) {
    QSqlQuery q(db);
    if (!runStatement(q, QStringLiteral("SELECT pg_advisory_unlock(?, ?)"),
                      {kLockSpace, lockKey(pageId)}))
        return errorOf(q.lastError());
    return Done{};
}

Result<std::optional<PageHolder>> pageHolder(QSqlDatabase db, qint64 pageId) {
    QSqlQuery q(db);
    if (!runStatement(
            q, QStringLiteral("SELECT holder, application, since FROM paiban.page_holder(?)"),
            {pageId}))
        return errorOf(q.lastError());
    if (!q.next() || q.value(0).isNull())
        return std::optional<PageHolder>();
    return std::optional<PageHolder>(
        PageHolder{q.value(0).toString(), q.value(1).toString(), q.value(2).toDateTime()});
}

}  // namespace paiban::newsroom
