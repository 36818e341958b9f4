#include "schema.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace paiban::newsroom {
namespace {

constexpr char kSchemaFolder[] = ":/paiban/newsroom/schema";

// The advisory lock that lets one client at a time look at and migrate the schema
// ('paib', 0: page locks use 'paib' with page ids, which start at 1).
constexpr int kLockSpace = 0x70616962;
constexpr int kSchemaLockKey = 0;

QString currentRole(QSqlDatabase db) {
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT current_user")) && q.next() ? q.value(0).toString()
                                                                     : QString();
}

struct MigrationFile {
    int version = 0;
    QString name, path;
};

// NNN_name.sql, in order of NNN.
std::vector<MigrationFile> migrationFiles() {
    std::vector<MigrationFile> files;
    const QDir dir(QString::fromLatin1(kSchemaFolder));
    for (const QString& name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok && version > 0)
            files.push_back({version, name, dir.filePath(name)});
    }
    std::sort(files.begin(), files.end(),
              [](const MigrationFile& a, const MigrationFile& b) { return a.version < b.version; });
    return files;
}

// The schema's version in the database (0: none). A role of none of the newsroom's groups
// may not even look (permission denied for schema paiban): told so, by its name.
Result<int> versionIn(QSqlDatabase db) {
    const QString role = currentRole(db);  // asked first: a failed query aborts the transaction
    auto refused = [&](const QSqlError& sqlError) {
        Error error = errorOf(sqlError);
        return error.problem == Problem::NotAllowed ? Error{Problem::NotAMember, {role}} : error;
    };
    QSqlQuery exists(db);
    if (!exists.exec(QStringLiteral("SELECT to_regclass('paiban.schema_version') IS NOT NULL")))
        return refused(exists.lastError());
    exists.next();
    if (!exists.value(0).toBool())
        return 0;
    QSqlQuery version(db);
    if (!version.exec(
            QStringLiteral("SELECT coalesce(max(version), 0) FROM paiban.schema_version")))
        return refused(version.lastError());
    version.next();
    return version.value(0).toInt();
}

}  // namespace

int knownSchemaVersion() {
    const std::vector<MigrationFile> files = migrationFiles();
    return files.empty() ? 0 : files.back().version;
}

Result<int> schemaVersion(QSqlDatabase db) {
    return versionIn(db);
}

Result<int> prepareSchema(QSqlDatabase db, Migration migration) {
    const int known = knownSchemaVersion();
    const QString role = currentRole(db);
    if (!db.transaction())
        return errorOf(db.lastError());
    auto fail = [&](Error error) {
        db.rollback();
        return error;
    };
    // Each statement its own query: a prepared statement reused after a failed one is
    // deallocated inside the aborted transaction, and its error hides the real one.
    QSqlQuery lock(db);
    lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?, ?)"));
    lock.addBindValue(kLockSpace);
    lock.addBindValue(kSchemaLockKey);
    if (!lock.exec())
        return fail(errorOf(lock.lastError()));
    const Result<int> current = versionIn(db);
    if (!current)
        return fail(current.error());
    const int version = current.value();
    if (version > known)
        return fail({Problem::SchemaNewer, {QString::number(version), QString::number(known)}});
    if (version == known) {
        db.commit();
        return version;
    }
    if (migration == Migration::CheckOnly)
        return fail(version == 0
                        ? Error{Problem::NoNewsroom, {}}
                        : Error{Problem::SchemaBehind,
                                {QString::number(version), QString::number(known), QString()}});
    for (const MigrationFile& file : migrationFiles()) {
        if (file.version <= version)
            continue;
        QFile sql(file.path);
        if (!sql.open(QIODevice::ReadOnly))
            return fail({Problem::MigrationFailed, {file.name, sql.errorString()}});
        QSqlQuery apply(db);
        if (!apply.exec(QString::fromUtf8(sql.readAll()))) {
            const Error error = errorOf(apply.lastError());
            // A role that may not create the schema or the roles is told so, and who may.
            if (error.problem == Problem::NotAllowed)
                return fail({Problem::MayNotMigrate,
                             {QString::number(version), QString::number(known), role,
                              error.args.value(0)}});
            return fail({Problem::MigrationFailed, {file.name, error.args.value(0)}});
        }
        QSqlQuery record(db);
        record.prepare(QStringLiteral("INSERT INTO paiban.schema_version (version) VALUES (?)"));
        record.addBindValue(file.version);
        if (!record.exec())
            return fail({Problem::MigrationFailed, {file.name, record.lastError().text()}});
    }
    if (!db.commit())
        return fail(errorOf(db.lastError()));
    return known;
}

}  // namespace paiban::newsroom
