#include "editor/newsroom/newsroom_wording.h"

#include <QCoreApplication>

namespace paiban::editor {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("paiban::editor", text);
}

// The argument at `i`, or empty when an error carries fewer than its problem promises.
QString arg(const newsroom::Error& e, int i) {
    return i < e.args.size() ? e.args[i] : QString();
}

// libpq says why a connection failed in English only; the causes a user can do something
// about are told apart by its wording, the rest shown as it is.
QString cannotConnect(const QString& message) {
    const QString lower = message.toLower();
    if (lower.contains(u"password authentication failed") ||
        lower.contains(u"no password supplied"))
        return tr(
            "The newsroom's server refused the password (or there was none). Put the "
            "password in libpq's password file (~/.pgpass); Paiban never keeps one.");
    if (lower.contains(u"role") && lower.contains(u"does not exist"))
        return tr(
            "The newsroom's server knows no such user. Ask an administrator to add you "
            "(paiban newsroom add-user).");
    if (lower.contains(u"database") && lower.contains(u"does not exist"))
        return tr("The server has no database of that name. Check the connection string.");
    if (lower.contains(u"no such file or directory") || lower.contains(u"connection refused") ||
        lower.contains(u"could not translate host name") || lower.contains(u"timeout") ||
        lower.contains(u"could not connect"))
        return tr(
            "No newsroom server answers there. Check the host in the connection string, "
            "and that the server is running.");
    return tr("Cannot connect to the newsroom.");
}

}  // namespace

QString wordedStatus(newsroom::StoryStatus status) {
    switch (status) {
        case newsroom::StoryStatus::Reporting:
            return tr("Reporting");
        case newsroom::StoryStatus::Editing:
            return tr("Editing");
        case newsroom::StoryStatus::Proofing:
            return tr("Proofing");
        case newsroom::StoryStatus::Approved:
            return tr("Approved");
    }
    return {};
}

QString wordedStatus(newsroom::PageStatus status) {
    switch (status) {
        case newsroom::PageStatus::Layout:
            return tr("Layout stage");  // 排版 ("Layout" alone is 版式 elsewhere)
        case newsroom::PageStatus::Proofing:
            return tr("Proofing");
        case newsroom::PageStatus::Signed:
            return tr("Signed");
    }
    return {};
}

QString wordedStatusName(const QString& schemaName) {
    if (const auto story = newsroom::storyStatusFromString(schemaName))
        return wordedStatus(*story);
    if (const auto page = newsroom::pageStatusFromString(schemaName))
        return wordedStatus(*page);
    return schemaName;
}

QString wordedNewsroomError(const newsroom::Error& e) {
    using newsroom::Problem;
    switch (e.problem) {
        case Problem::NoDriver:
            return tr("Qt's PostgreSQL driver is not installed (the package libqt6sql6-psql).");
        case Problem::CannotConnect: {
            // libpq indents its second line with a tab: shown as plain lines.
            QStringList lines = arg(e, 0).trimmed().split(QLatin1Char('\n'));
            for (QString& line : lines)
                line = line.trimmed();
            const QString message = lines.join(QLatin1Char('\n'));
            return message.isEmpty() ? cannotConnect(message)
                                     : cannotConnect(message) + QStringLiteral("\n\n") + message;
        }
        case Problem::ConnectionLost:
            return tr("The connection to the newsroom was lost: %1").arg(arg(e, 0));
        case Problem::NoNewsroom:
            return tr(
                "This database holds no newsroom yet. Ask an administrator to run "
                "“paiban newsroom init”.");
        case Problem::MayNotMigrate:
            return arg(e, 0) == QLatin1String("0")
                       ? tr("This database holds no newsroom yet, and your role (%1) may not "
                            "create it: %2. Ask an administrator to run “paiban newsroom "
                            "init”.")
                             .arg(arg(e, 2), arg(e, 3))
                       : tr("The newsroom is of an older version (schema %1; this Paiban needs "
                            "%2), and your role (%3) may not bring it up to date: %4. Ask an "
                            "administrator to run “paiban newsroom init”.")
                             .arg(arg(e, 0), arg(e, 1), arg(e, 2), arg(e, 3));
        case Problem::NotAMember:
            return tr("Your role (%1) is none of the newsroom's people. Ask an administrator "
                      "to add you (“paiban newsroom add-user %1 --role …”).")
                .arg(arg(e, 0));
        case Problem::SchemaNewer:
            return tr("The newsroom is of a newer version (schema %1) than this Paiban knows "
                      "(%2). Update Paiban to work in it.")
                .arg(arg(e, 0), arg(e, 1));
        case Problem::SchemaBehind:
            return tr("The newsroom is of an older version (schema %1; this Paiban needs %2) "
                      "and could not be brought up to date: %3. Ask an administrator to run "
                      "“paiban newsroom init”.")
                .arg(arg(e, 0), arg(e, 1), arg(e, 2));
        case Problem::MigrationFailed:
            return tr("Bringing the newsroom up to date failed in %1: %2")
                .arg(arg(e, 0), arg(e, 1));
        case Problem::NotAllowed:
            return tr("Your role may not do that.") + QStringLiteral("\n\n") + arg(e, 0);
        case Problem::StoryApproved:
            return tr("Story %1 is approved; only the chief editor may change it.").arg(arg(e, 0));
        case Problem::StoryMoveRefused:
            return tr("Your role may not move story %1 from %2 to %3.")
                .arg(arg(e, 0), wordedStatusName(arg(e, 1)), wordedStatusName(arg(e, 2)));
        case Problem::NoSuchStory:
            return tr("There is no story %1 in the pool.").arg(arg(e, 0));
        case Problem::StoryNotYours:
            return tr("Your role may not change story %1.").arg(arg(e, 0));
        case Problem::SlugTaken:
            return tr("A story with that slug is already in the pool.");
        case Problem::PageNumberTaken:
            return tr("The edition already has a page of that number.");
        case Problem::EditionSigned:
            return tr("Page %1 of this edition is signed off; the edition stays as it is.")
                .arg(arg(e, 0));
        case Problem::PageSigned:
            return tr("Page %1 is signed off; nobody may change it.").arg(arg(e, 0));
        case Problem::PageMoveRefused:
            return tr("Your role may not move page %1 from %2 to %3.")
                .arg(arg(e, 0), wordedStatusName(arg(e, 1)), wordedStatusName(arg(e, 2)));
        case Problem::NoSuchPage:
            return tr("There is no page %1 in the newsroom.").arg(arg(e, 0));
        case Problem::PageNotYours:
            return tr("Your role may not change page %1.").arg(arg(e, 0));
        case Problem::PageHeld:
            return tr("%1 is editing this page (%2).").arg(arg(e, 0), arg(e, 1));
        case Problem::NoSuchEdition:
            return tr("There is no edition of %1 %2.").arg(arg(e, 0), arg(e, 1));
        case Problem::QueryFailed:
            return tr("The newsroom refused: %1").arg(arg(e, 0));
    }
    return QString::fromUtf8(newsroom::toString(e.problem));
}

}  // namespace paiban::editor
