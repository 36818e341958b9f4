// PostgreSQL's text[] as QPSQL passes it: the array's literal ({"a","b c"}), both ways.
#pragma once

#include <QStringList>
#include <QVariant>

namespace paiban::newsroom {

// The literal of a one-dimensional text array: every element quoted, " and \ escaped.
QString textArrayToSql(const QStringList& items);

// The elements of a one-dimensional text array's literal (NULL elements as empty text).
QStringList textArrayFromSql(const QVariant& value);

}  // namespace paiban::newsroom
