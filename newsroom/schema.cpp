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

Result<int> versionIn(QSqlQuery& query) {
    if (!query.exec(QStringLiteral("SELECT to_regclass('paiban.schema_version') IS NOT NULL")))
        return errorOf(query.lastError());
    query.next();
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM paiban.schema_version")))
        return errorOf(query.lastError());
    query.next();
    return query.value(0).toInt();
}

}  // namespace

int knownSchemaVersion() {
    const std::vector<MigrationFile> files = migrationFiles();
    return files.empty() ? 0 : files.back().version;
}

Result<int> schemaVersion(QSqlDatabase db) {
    QSqlQuery query(db);
    return versionIn(query);
}

Result<int> prepareSchema(QSqlDatabase db, Migration migration) {
    const int known = knownSchemaVersion();
    QSqlQuery query(db);
    if (!db.transaction())
        return errorOf(db.lastError());
    auto fail = [&](Error error) {
        db.rollback();
        return error;
    };
    query.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?, ?)"));
    query.addBindValue(kLockSpace);
    query.addBindValue(kSchemaLockKey);
    if (!query.exec())
        return fail(errorOf(query.lastError()));
    const Result<int> current = versionIn(query);
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
        if (!query.exec(QString::fromUtf8(sql.readAll()))) {
            const Error error = errorOf(query.lastError());
            const QString why = error.args.value(0);
            // A role that may not create the schema is told who can, not shown SQL.
            if (error.problem == Problem::NotAllowed)
                return fail(version == 0
                                ? Error{Problem::NoNewsroom, {}}
                                : Error{Problem::SchemaBehind,
                                        {QString::number(version), QString::number(known), why}});
            return fail({Problem::MigrationFailed, {file.name, why}});
        }
        query.prepare(QStringLiteral("INSERT INTO paiban.schema_version (version) VALUES (?)"));
        query.addBindValue(file.version);
        if (!query.exec())
            return fail({Problem::MigrationFailed, {file.name, query.lastError().text()}});
    }
    if (!db.commit())
        return fail(errorOf(db.lastError()));
    return known;
}

}  // namespace paiban::newsroom
