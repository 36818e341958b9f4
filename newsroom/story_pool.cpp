#include "story_pool.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include "model/name_table.h"
#include "sql_arrays.h"
#include "sql_statement.h"

namespace paiban::newsroom {
namespace {

// The schema's names (001_newsroom.sql's enum story_status).
constexpr detail::NameTable<StoryStatus, 4> kStatusNames{{{StoryStatus::Reporting, "reporting"},
                                                          {StoryStatus::Editing, "editing"},
                                                          {StoryStatus::Proofing, "proofing"},
                                                          {StoryStatus::Approved, "approved"}}};

constexpr char kStoryColumns[] =
    "id, slug, section, kicker, headline, subhead, byline, paragraphs, status, author, "
    "revision, created_at, updated_at, updated_by";

PoolStory storyOf(const QSqlQuery& q) {
    PoolStory s;
    s.id = q.value(0).toLongLong();
    s.slug = q.value(1).toString();
    s.section = q.value(2).toString();
    s.text = {q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
              q.value(6).toString(), textArrayFromSql(q.value(7))};
    s.status = storyStatusFromString(q.value(8).toString()).value_or(StoryStatus::Reporting);
    s.author = q.value(9).toString();
    s.revision = q.value(10).toInt();
    s.createdAt = q.value(11).toDateTime();
    s.updatedAt = q.value(12).toDateTime();
    s.updatedBy = q.value(13).toString();
    return s;
}

}  // namespace

QString toString(StoryStatus status) {
    return QString::fromLatin1(detail::nameOf(kStatusNames, status));
}

std::optional<StoryStatus> storyStatusFromString(const QString& name) {
    return detail::valueOf(kStatusNames, name.toStdString());
}

Result<std::vector<PoolStory>> listStories(QSqlDatabase db, const StoryFilter& filter) {
    QString sql = QStringLiteral("SELECT %1 FROM paiban.stories WHERE true").arg(kStoryColumns);
    QVariantList values;
    if (filter.status) {
        sql += QStringLiteral(" AND status = ?::paiban.story_status");
        values << toString(*filter.status);
    }
    if (!filter.section.isEmpty()) {
        sql += QStringLiteral(" AND section = ?");
        values << filter.section;
    }
    if (!filter.text.isEmpty()) {
        // strpos, not LIKE: the text is looked for as it is, % and _ included.
        sql += QStringLiteral(
            " AND strpos(concat_ws(chr(10), slug, kicker, headline, subhead, byline, "
            "array_to_string(paragraphs, chr(10))), ?) > 0");
        values << filter.text;
    }
    sql += QStringLiteral(" ORDER BY section, slug");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!runStatement(q, sql, values))
        return errorOf(q.lastError());
    std::vector<PoolStory> stories;
    while (q.next())
        stories.push_back(storyOf(q));
    return stories;
}

Result<PoolStory> fetchStory(QSqlDatabase db, qint64 id) {
    QSqlQuery q(db);
    if (!runStatement(
            q, QStringLiteral("SELECT %1 FROM paiban.stories WHERE id = ?").arg(kStoryColumns),
            {id}))
        return errorOf(q.lastError());
    if (!q.next())
        return Error{Problem::NoSuchStory, {QString::number(id)}};
    return storyOf(q);
}

Result<PoolText> fetchRevision(QSqlDatabase db, qint64 id, int revision) {
    QSqlQuery q(db);
    if (!runStatement(
            q,
            QStringLiteral("SELECT kicker, headline, subhead, byline, paragraphs "
                           "FROM paiban.story_revisions WHERE story_id = ? AND revision = ?"),
            {id, revision}))
        return errorOf(q.lastError());
    if (!q.next())
        return Error{Problem::NoSuchStory,
                     {QStringLiteral("%1 (revision %2)").arg(id).arg(revision)}};
    return PoolText{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), textArrayFromSql(q.value(4))};
}

Result<int> lastRevisionByMe(QSqlDatabase db, qint64 id) {
    QSqlQuery q(db);
    if (!runStatement(
            q,
            QStringLiteral("SELECT coalesce(max(revision), 0) FROM paiban.story_revisions "
                           "WHERE story_id = ? AND written_by = current_user"),
            {id}))
        return errorOf(q.lastError());
    q.next();
    return q.value(0).toInt();
}

Result<QStringList> storySections(QSqlDatabase db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT DISTINCT section FROM paiban.stories WHERE section <> '' ORDER BY section")))
        return errorOf(q.lastError());
    QStringList sections;
    while (q.next())
        sections << q.value(0).toString();
    return sections;
}

Result<PoolStory> fileStory(QSqlDatabase db, const QString& slug, const QString& section,
                            const PoolText& text) {
    QSqlQuery q(db);
    if (!runStatement(
            q,
            QStringLiteral("INSERT INTO paiban.stories (slug, section, kicker, headline, subhead, "
                           "byline, paragraphs) VALUES (?, ?, ?, ?, ?, ?, ?::text[]) RETURNING %1")
                .arg(kStoryColumns),
            {slug, section, text.kicker, text.headline, text.subhead, text.byline,
             textArrayToSql(text.paragraphs)}))
        return errorOf(q.lastError());
    q.next();
    return storyOf(q);
}

Result<StorySave> saveStoryText(QSqlDatabase db, qint64 id, int basedOn, const PoolText& text) {
    QSqlQuery q(db);
    if (!runStatement(q,
                      QStringLiteral("SELECT outcome, revision, conflict FROM paiban.save_story("
                                     "?, ?, ?, ?, ?, ?, ?::text[])"),
                      {id, basedOn, text.kicker, text.headline, text.subhead, text.byline,
                       textArrayToSql(text.paragraphs)}))
        return errorOf(q.lastError());
    q.next();
    StorySave save;
    save.saved = q.value(0).toString() == QLatin1String("saved");
    save.revision = q.value(1).toInt();
    save.conflict = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    return save;
}

Result<int> setStoryStatus(QSqlDatabase db, qint64 id, StoryStatus status) {
    QSqlQuery q(db);
    if (!runStatement(q,
                      QStringLiteral("UPDATE paiban.stories SET status = ?::paiban.story_status "
                                     "WHERE id = ? RETURNING revision"),
                      {toString(status), id}))
        return errorOf(q.lastError());
    if (!q.next()) {
        // Row-level security hid the row from the update, or there is none.
        const Result<PoolStory> exists = fetchStory(db, id);
        if (!exists)
            return exists.error();
        return Error{Problem::StoryNotYours, {exists->slug}};
    }
    return q.value(0).toInt();
}

Result<std::vector<StoryConflict>> openConflicts(QSqlDatabase db, qint64 storyId) {
    QSqlQuery q(db);
    if (!runStatement(
            q,
            QStringLiteral("SELECT id, story_id, based_on, ran_into, kicker, headline, subhead, "
                           "byline, paragraphs, written_by, written_at FROM paiban.story_conflicts "
                           "WHERE story_id = ? AND NOT resolved ORDER BY id"),
            {storyId}))
        return errorOf(q.lastError());
    std::vector<StoryConflict> conflicts;
    while (q.next()) {
        StoryConflict c;
        c.id = q.value(0).toLongLong();
        c.storyId = q.value(1).toLongLong();
        c.basedOn = q.value(2).toInt();
        c.ranInto = q.value(3).toInt();
        c.text = {q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                  q.value(7).toString(), textArrayFromSql(q.value(8))};
        c.writtenBy = q.value(9).toString();
        c.writtenAt = q.value(10).toDateTime();
        conflicts.push_back(std::move(c));
    }
    return conflicts;
}

Status resolveConflict(QSqlDatabase db, qint64 conflictId) {
    QSqlQuery q(db);
    if (!runStatement(
            q, QStringLiteral("UPDATE paiban.story_conflicts SET resolved = true WHERE id = ?"),
            {conflictId}))
        return errorOf(q.lastError());
    return Done{};
}

}  // namespace paiban::newsroom
