// How the newsroom's functions run a statement: prepared, its values bound in order.
#pragma once

#include <QSqlQuery>
#include <QVariant>

namespace paiban::newsroom {

// Runs `sql` with `values` for its ? placeholders. A null QString is bound as empty text,
// not NULL: the schema's text columns are NOT NULL and an unset part is empty.
inline bool runStatement(QSqlQuery& q, const QString& sql, const QVariantList& values) {
    if (!q.prepare(sql))
        return false;
    for (const QVariant& v : values) {
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));  // non-null: QStringLiteral never is
        else
            q.addBindValue(v);
    }
    return q.exec();
}

}  // namespace paiban::newsroom
