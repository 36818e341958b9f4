// The newsroom's schema in the database: versioned SQL files (newsroom/schema/NNN_*.sql,
// carried in the program), applied in order, each in one transaction with its number in
// paiban.schema_version. A database whose schema is newer than the program is refused:
// an old program must not write to tables it does not understand.
#pragma once

#include <QSqlDatabase>

#include "newsroom_error.h"

namespace paiban::newsroom {

// The version the program's files bring the schema to.
int knownSchemaVersion();

// The version the database's schema is at (0: none).
Result<int> schemaVersion(QSqlDatabase db);

enum class Migration : uint8_t {
    Apply,     // bring the schema up to date when the role may (`init`, and on connect)
    CheckOnly  // only say whether the program and the database agree
};

// Checks the database's schema against the program and, with Migration::Apply, applies
// the files it lacks (serialised between clients by an advisory lock). Returns the
// version the database is at; an error when it is newer, absent or left behind.
Result<int> prepareSchema(QSqlDatabase db, Migration migration);

}  // namespace paiban::newsroom
