#include "connection.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace paiban::newsroom {
namespace {

// libpq's conninfo value: bare when it holds no space, quote or backslash, else quoted.
QString quoted(const QString& value) {
    if (!value.isEmpty() && !value.contains(QRegularExpression(QStringLiteral("[\\s'\\\\;]"))))
        return value;
    QString q = value;
    q.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    q.replace(QLatin1String("'"), QLatin1String("\\'"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

// postgresql://[user[:password]@][host][:port][/dbname][?keyword=value&…], each part
// percent-encoded as libpq reads it (a socket folder as host: %2Frun%2Fpostgresql).
Result<ConnectionOptions> parseUri(const QString& text) {
    auto decoded = [](const QString& part) { return QUrl::fromPercentEncoding(part.toUtf8()); };
    QString rest = text.mid(text.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString path;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        path = rest.mid(slash + 1);
        rest.truncate(slash);
    }
    ConnectionOptions options;
    if (const qsizetype at = rest.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = rest.left(at);
        rest = rest.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        const QString user = colon >= 0 ? userInfo.left(colon) : userInfo;
        if (!user.isEmpty())
            options.emplace_back(QStringLiteral("user"), decoded(user));
        if (colon >= 0)
            options.emplace_back(QStringLiteral("password"), decoded(userInfo.mid(colon + 1)));
    }
    // The host, an [IPv6] address included, then :port.
    QString host = rest, port;
    const qsizetype bracket = rest.lastIndexOf(QLatin1Char(']'));
    if (const qsizetype colon = rest.lastIndexOf(QLatin1Char(':')); colon > bracket) {
        host = rest.left(colon);
        port = rest.mid(colon + 1);
        bool ok = false;
        if (port.toInt(&ok) <= 0 || !ok)
            return Error{Problem::CannotConnect, {QStringLiteral("“%1” is not a port").arg(port)}};
    }
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (!host.isEmpty())
        options.emplace_back(QStringLiteral("host"), decoded(host));
    if (!port.isEmpty())
        options.emplace_back(QStringLiteral("port"), port);
    if (!path.isEmpty())
        options.emplace_back(QStringLiteral("dbname"), decoded(path));
    for (const QString& item : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Error{Problem::CannotConnect,
                         {QStringLiteral("“%1” needs a value (keyword=value)").arg(item)}};
        options.emplace_back(decoded(item.left(eq)), decoded(item.mid(eq + 1)));
    }
    return options;
}

Result<ConnectionOptions> parseKeywords(const QString& text) {
    ConnectionOptions options;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto bad = [&](const QString& why) { return Error{Problem::CannotConnect, {why}}; };
    while (true) {
        while (i < n && text[i].isSpace())
            ++i;
        if (i == n)
            break;
        const qsizetype keyStart = i;
        while (i < n && text[i] != QLatin1Char('=') && !text[i].isSpace())
            ++i;
        const QString key = text.mid(keyStart, i - keyStart);
        while (i < n && text[i].isSpace())
            ++i;
        if (i == n || text[i] != QLatin1Char('='))
            return bad(QStringLiteral("“%1” needs a value (keyword=value)").arg(key));
        ++i;
        while (i < n && text[i].isSpace())
            ++i;
        QString value;
        if (i < n && text[i] == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < n) {
                if (text[i] == QLatin1Char('\\') && i + 1 < n) {
                    value += text[i + 1];
                    i += 2;
                } else if (text[i] == QLatin1Char('\'')) {
                    ++i;
                    closed = true;
                    break;
                } else {
                    value += text[i++];
                }
            }
            if (!closed)
                return bad(QStringLiteral("the quoted value of “%1” is not closed").arg(key));
        } else {
            while (i < n && !text[i].isSpace())
                value += text[i++];
        }
        if (key.isEmpty())
            return bad(QStringLiteral("a value without its keyword"));
        options.emplace_back(key, value);
    }
    return options;
}

QString joined(const ConnectionOptions& options) {
    QStringList parts;
    for (const auto& [key, value] : options)
        parts << key + QLatin1Char('=') + quoted(value);
    return parts.join(QLatin1Char(' '));
}

}  // namespace

Result<ConnectionOptions> parseConnectionString(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("postgresql://")) ||
        trimmed.startsWith(QLatin1String("postgres://")))
        return parseUri(trimmed);
    return parseKeywords(trimmed);
}

QString withoutPassword(const QString& text) {
    Result<ConnectionOptions> options = parseConnectionString(text);
    if (!options)
        return {};
    ConnectionOptions kept;
    for (auto& option : options.value()) {
        if (option.first != QLatin1String("password"))
            kept.push_back(option);
    }
    return joined(kept);
}

Result<QSqlDatabase> openConnection(const QString& connectionString, const QString& connectionName,
                                    const QString& applicationName) {
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{Problem::NoDriver, {}};
    Result<ConnectionOptions> options = parseConnectionString(connectionString);
    if (!options)
        return options.error();
    ConnectionOptions all = options.value();
    bool named = false;
    for (const auto& option : all)
        named = named || option.first == QLatin1String("application_name");
    if (!named && !applicationName.isEmpty())
        all.emplace_back(QStringLiteral("application_name"), applicationName);
    closeConnection(connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    // Everything goes to libpq as its own conninfo, so that what the string leaves out
    // falls to libpq's defaults and PG* variables. (QPSQL turns ';' into ' ' in it.)
    db.setConnectOptions(joined(all));
    if (!db.open()) {
        const QSqlError error = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Error{Problem::CannotConnect,
                     {error.databaseText().trimmed().isEmpty() ? error.text()
                                                               : error.databaseText().trimmed()}};
    }
    QSqlQuery setUp(db);
    if (!setUp.exec(QStringLiteral("SET client_encoding = 'UTF8'"))) {
        const Error error = errorOf(setUp.lastError());
        closeConnection(connectionName);
        return error;
    }
    return db;
}

void closeConnection(const QString& connectionName) {
    if (!QSqlDatabase::contains(connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

}  // namespace paiban::newsroom
