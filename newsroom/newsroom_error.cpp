#include "newsroom_error.h"

#include "model/name_table.h"

#include <QSqlError>

namespace paiban::newsroom {
namespace {

// The schema's own SQLSTATEs (newsroom/schema/*.sql) and what each means.
struct SchemaState {
    const char* sqlState;
    Problem problem;
};
constexpr SchemaState kSchemaStates[] = {
    {"PB001", Problem::StoryApproved}, {"PB002", Problem::StoryMoveRefused},
    {"PB003", Problem::NoSuchStory},   {"PB004", Problem::StoryNotYours},
    {"PB011", Problem::PageSigned},    {"PB012", Problem::PageMoveRefused},
    {"PB013", Problem::NoSuchPage},    {"PB014", Problem::PageNotYours},
    {"PB015", Problem::EditionSigned},
};

constexpr char kInsufficientPrivilege[] = "42501";
constexpr char kUniqueViolation[] = "23505";

// The server's message without libpq's "ERROR:  " prefix and QPSQL's decorations.
QString serverMessage(const QSqlError& error) {
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    if (text.startsWith(QLatin1String("ERROR:")))
        text = text.mid(6).trimmed();
    // The first line: the DETAIL and the SQLSTATE QPSQL adds are for logs, not people.
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

// The detail line the schema puts after the message: its arguments, split by '|'.
QStringList detailArguments(const QString& databaseText) {
    const qsizetype at = databaseText.indexOf(QLatin1String("DETAIL:"));
    if (at < 0)
        return {};
    QString detail = databaseText.mid(at + 7);
    const qsizetype end = detail.indexOf(QLatin1Char('\n'));
    if (end >= 0)
        detail.truncate(end);
    return detail.trimmed().split(QLatin1Char('|'));
}

}  // namespace

Error errorOf(const QSqlError& error) {
    const QString state = error.nativeErrorCode();
    for (const SchemaState& s : kSchemaStates) {
        if (state == QLatin1String(s.sqlState))
            return {s.problem, detailArguments(error.databaseText())};
    }
    if (error.type() == QSqlError::ConnectionError)
        return {Problem::ConnectionLost, {serverMessage(error)}};
    if (state == QLatin1String(kInsufficientPrivilege))
        return {Problem::NotAllowed, {serverMessage(error)}};
    if (state == QLatin1String(kUniqueViolation)) {
        // Which unique constraint: the schema's names (001_newsroom.sql).
        if (error.databaseText().contains(QLatin1String("pages_edition_id_number_key")))
            return {Problem::PageNumberTaken, {serverMessage(error)}};
        if (error.databaseText().contains(QLatin1String("stories_slug_key")))
            return {Problem::SlugTaken, {serverMessage(error)}};
    }
    return {Problem::QueryFailed, {serverMessage(error)}};
}

// The problems' names as in the enum, for logs and tests.
constexpr detail::NameTable<Problem, 24> kProblemNames{{
    {Problem::NoDriver, "NoDriver"},
    {Problem::CannotConnect, "CannotConnect"},
    {Problem::ConnectionLost, "ConnectionLost"},
    {Problem::NoNewsroom, "NoNewsroom"},
    {Problem::MayNotMigrate, "MayNotMigrate"},
    {Problem::NotAMember, "NotAMember"},
    {Problem::SchemaNewer, "SchemaNewer"},
    {Problem::SchemaBehind, "SchemaBehind"},
    {Problem::MigrationFailed, "MigrationFailed"},
    {Problem::NotAllowed, "NotAllowed"},
    {Problem::StoryApproved, "StoryApproved"},
    {Problem::StoryMoveRefused, "StoryMoveRefused"},
    {Problem::NoSuchStory, "NoSuchStory"},
    {Problem::StoryNotYours, "StoryNotYours"},
    {Problem::SlugTaken, "SlugTaken"},
    {Problem::PageNumberTaken, "PageNumberTaken"},
    {Problem::PageSigned, "PageSigned"},
    {Problem::PageMoveRefused, "PageMoveRefused"},
    {Problem::EditionSigned, "EditionSigned"},
    {Problem::NoSuchPage, "NoSuchPage"},
    {Problem::PageNotYours, "PageNotYours"},
    {Problem::PageHeld, "PageHeld"},
    {Problem::NoSuchEdition, "NoSuchEdition"},
    {Problem::QueryFailed, "QueryFailed"},
}};

const char* toString(Problem problem) {
    return detail::nameOf(kProblemNames, problem);
}

QString englishText(const Error& e) {
    auto arg = [&](int i) { return i < e.args.size() ? e.args[i] : QString(); };
    switch (e.problem) {
        case Problem::NoDriver:
            return QStringLiteral(
                "Qt's PostgreSQL driver (QPSQL) is not installed: apt-get install "
                "libqt6sql6-psql");
        case Problem::CannotConnect:
            return QStringLiteral("cannot connect to the newsroom: %1").arg(arg(0));
        case Problem::ConnectionLost:
            return QStringLiteral("the connection to the newsroom was lost: %1").arg(arg(0));
        case Problem::NoNewsroom:
            return QStringLiteral(
                "this database holds no Paiban newsroom; an administrator creates it with "
                "`paiban newsroom init`");
        case Problem::SchemaNewer:
            return QStringLiteral(
                       "the newsroom's schema is version %1, newer than this program knows "
                       "(%2): update Paiban before connecting")
                .arg(arg(0), arg(1));
        case Problem::SchemaBehind:
            return QStringLiteral(
                       "the newsroom's schema is version %1 and this program needs %2, but it "
                       "could not be brought up to date (%3); an administrator runs `paiban "
                       "newsroom init`")
                .arg(arg(0), arg(1), arg(2));
        case Problem::MigrationFailed:
            return QStringLiteral("updating the newsroom's schema failed in %1: %2")
                .arg(arg(0), arg(1));
        case Problem::NotAllowed:
            return QStringLiteral("your role may not do that: %1").arg(arg(0));
        case Problem::StoryApproved:
            return QStringLiteral(
                       "story %1 is approved (签发); only the chief editor may change it")
                .arg(arg(0));
        case Problem::StoryMoveRefused:
            return QStringLiteral("your role may not move story %1 from %2 to %3")
                .arg(arg(0), arg(1), arg(2));
        case Problem::NoSuchStory:
            return QStringLiteral("there is no story %1 in the pool").arg(arg(0));
        case Problem::StoryNotYours:
            return QStringLiteral("your role may not change story %1").arg(arg(0));
        case Problem::SlugTaken:
            return QStringLiteral("a story with that slug is already in the pool (%1)").arg(arg(0));
        case Problem::MayNotMigrate:
            return arg(0) == QLatin1String("0")
                       ? QStringLiteral(
                             "this database holds no Paiban newsroom yet, and role %1 may not "
                             "create it (%2): run `paiban newsroom init` as the database's "
                             "owner with the right to create roles (CREATEROLE), or as a "
                             "superuser")
                             .arg(arg(2), arg(3))
                       : QStringLiteral(
                             "the newsroom's schema is version %1 and this program needs %2, "
                             "but role %3 may not update it (%4): an administrator runs "
                             "`paiban newsroom init`")
                             .arg(arg(0), arg(1), arg(2), arg(3));
        case Problem::NotAMember:
            return QStringLiteral(
                       "role %1 is none of the newsroom's people: an administrator adds it "
                       "with `paiban newsroom add-user %1 --role …`")
                .arg(arg(0));
        case Problem::EditionSigned:
            return QStringLiteral(
                       "page %1 of this edition is signed off (签发); the edition stays as it is")
                .arg(arg(0));
        case Problem::PageNumberTaken:
            return QStringLiteral("the edition already has a page of that number (%1)").arg(arg(0));
        case Problem::PageSigned:
            return QStringLiteral("page %1 is signed off (签发); nobody may change it").arg(arg(0));
        case Problem::PageMoveRefused:
            return QStringLiteral("your role may not move page %1 from %2 to %3")
                .arg(arg(0), arg(1), arg(2));
        case Problem::NoSuchPage:
            return QStringLiteral("there is no page %1").arg(arg(0));
        case Problem::PageNotYours:
            return QStringLiteral("your role may not change page %1").arg(arg(0));
        case Problem::PageHeld:
            return QStringLiteral("%1 is editing this page (%2)").arg(arg(0), arg(1));
        case Problem::NoSuchEdition:
            return QStringLiteral("there is no edition of %1%2")
                .arg(arg(0), arg(1).isEmpty() ? QString() : QLatin1Char(' ') + arg(1));
        case Problem::QueryFailed:
            return QStringLiteral("the newsroom refused: %1").arg(arg(0));
    }
    return {};
}

}  // namespace paiban::newsroom
