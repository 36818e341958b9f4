// A connection to a newsroom's PostgreSQL through Qt SQL's QPSQL driver. The connection
// string is libpq's: keywords (`host=db.paper dbname=newsroom user=li`) or a URI
// (`postgresql://li@db.paper/newsroom`); what it leaves out comes from libpq's own
// defaults and PG* variables (PGHOST, PGUSER, PGDATABASE, PGPASSFILE …), and a password
// it leaves out from libpq's password file (~/.pgpass). Paiban never keeps a password:
// `withoutPassword` is what may be remembered.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <utility>
#include <vector>

#include "newsroom_error.h"

namespace paiban::newsroom {

using ConnectionOptions = std::vector<std::pair<QString, QString>>;

// The keywords and values of a connection string; an error names what is wrong with it.
Result<ConnectionOptions> parseConnectionString(const QString& text);

// The connection string as keywords again, without any password it held.
QString withoutPassword(const QString& text);

// Opens a connection named `connectionName` (QSqlDatabase's registry, this thread's),
// telling the server `applicationName` (shown to others as the holder of a page), with
// the session's time zone and text in UTF-8. Replaces an earlier connection of that name.
Result<QSqlDatabase> openConnection(const QString& connectionString, const QString& connectionName,
                                    const QString& applicationName);

// Closes and forgets a connection opened by openConnection.
void closeConnection(const QString& connectionName);

}  // namespace paiban::newsroom
