// An edition's pages in the newsroom: each a Paiban document (the .paiban JSON) with its
// version history and status (排版, 校对, 签发). Editing a page takes a lock that the
// database session holds (pg_try_advisory_lock): a client that crashes or is killed
// frees it at once, and there is no lock file to go stale. Others open the page read-only
// and see who holds it.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <optional>
#include <vector>

#include "newsroom_error.h"

namespace paiban::newsroom {

enum class PageStatus : uint8_t { Layout, Proofing, Signed };
QString toString(PageStatus status);  // layout, proofing, signed
std::optional<PageStatus> pageStatusFromString(const QString& name);

struct EditionRow {
    qint64 id = 0;
    QDate date;
    QString title;
};

struct PageRow {
    qint64 id = 0, editionId = 0;
    int number = 0;
    QString name;
    PageStatus status = PageStatus::Layout;
    int version = 0;
    QDateTime savedAt;
    QString savedBy;
};

struct PageDocument {
    PageRow page;
    QByteArray document;  // the .paiban JSON
};

// The edition of that date and title, made when there is none.
Result<EditionRow> editionFor(QSqlDatabase db, const QDate& date, const QString& title);
Result<std::vector<EditionRow>> listEditions(QSqlDatabase db);
// The editions of a date (a paper may print several titles on one day).
Result<std::vector<EditionRow>> editionsOn(QSqlDatabase db, const QDate& date);

Result<PageRow> addPage(QSqlDatabase db, qint64 editionId, int number, const QString& name,
                        const QByteArray& document);
Result<std::vector<PageRow>> listPages(QSqlDatabase db, qint64 editionId);
Result<PageDocument> loadPage(QSqlDatabase db, qint64 pageId);

struct PageSave {
    bool saved = false;  // false: a newer version was saved meanwhile
    int version = 0;     // the page's version now
};
Result<PageSave> savePage(QSqlDatabase db, qint64 pageId, int basedOn, const QByteArray& document);

struct PageVersion {
    int version = 0;
    QString savedBy;
    QDateTime savedAt;
};
Result<std::vector<PageVersion>> pageVersions(QSqlDatabase db, qint64 pageId);  // newest first
Result<QByteArray> pageVersionDocument(QSqlDatabase db, qint64 pageId, int version);

Status setPageStatus(QSqlDatabase db, qint64 pageId, PageStatus status);

// The page lock: true when this session now holds it (taking it twice is holding it).
Result<bool> tryLockPage(QSqlDatabase db, qint64 pageId);
Status unlockPage(QSqlDatabase db, qint64 pageId);

struct PageHolder {
    QString role;         // the database role of whoever holds it
    QString application;  // the name their program gave (Paiban's names the computer)
    QDateTime since;      // when their session began
};
// Who holds the page's lock, if anyone.
Result<std::optional<PageHolder>> pageHolder(QSqlDatabase db, qint64 pageId);

}  // namespace paiban::newsroom
