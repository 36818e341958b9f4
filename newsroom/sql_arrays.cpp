#include "sql_arrays.h"

namespace paiban::newsroom {

QString textArrayToSql(const QStringList& items) {
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += QLatin1Char('"');
        for (const QChar c : items[i]) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                out += QLatin1Char('\\');
            out += c;
        }
        out += QLatin1Char('"');
    }
    out += QLatin1Char('}');
    return out;
}

QStringList textArrayFromSql(const QVariant& value) {
    const QString text = value.toString();
    QStringList items;
    qsizetype i = text.indexOf(QLatin1Char('{'));
    if (i < 0)
        return items;
    ++i;
    const qsizetype n = text.size();
    while (i < n && text[i] != QLatin1Char('}')) {
        QString item;
        if (text[i] == QLatin1Char('"')) {
            for (++i; i < n && text[i] != QLatin1Char('"'); ++i) {
                if (text[i] == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                item += text[i];
            }
            ++i;  // the closing quote
        } else {
            const qsizetype start = i;
            while (i < n && text[i] != QLatin1Char(',') && text[i] != QLatin1Char('}'))
                ++i;
            item = text.mid(start, i - start);
            if (item == QLatin1String("NULL"))
                item.clear();
        }
        items << item;
        if (i < n && text[i] == QLatin1Char(','))
            ++i;
    }
    return items;
}

}  // namespace paiban::newsroom
