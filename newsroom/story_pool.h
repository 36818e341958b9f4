// The story pool (稿库): stories as reporters file them and the desk edits them, each
// with its status, author and revision. A save names the revision it started from; when
// someone wrote a newer one meanwhile, nothing is overwritten: the text is kept as a
// conflict beside both revisions (story_conflicts) and the answer says so.
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>
#include <vector>

#include "articles/pool_text.h"
#include "newsroom_error.h"

namespace paiban::newsroom {

// 采写, 编辑, 校对, 签发.
enum class StoryStatus : uint8_t { Reporting, Editing, Proofing, Approved };
QString toString(StoryStatus status);  // the schema's names: reporting, editing …
std::optional<StoryStatus> storyStatusFromString(const QString& name);

struct PoolStory {
    qint64 id = 0;
    QString slug, section;
    PoolText text;
    StoryStatus status = StoryStatus::Reporting;
    QString author;
    int revision = 0;
    QDateTime createdAt, updatedAt;
    QString updatedBy;
};

struct StoryFilter {
    std::optional<StoryStatus> status;
    QString section;  // empty: every section
    QString text;     // in the slug, headline parts, byline or body; empty: any
};

// The stories that pass the filter, by section and slug.
Result<std::vector<PoolStory>> listStories(QSqlDatabase db, const StoryFilter& filter = {});
Result<PoolStory> fetchStory(QSqlDatabase db, qint64 id);
// The text a story had at a revision (the current one included).
Result<PoolText> fetchRevision(QSqlDatabase db, qint64 id, int revision);
// The last revision of a story that the current role wrote (0: none): what a re-filed
// text is based on, so that someone else's edit since is never overwritten unseen.
Result<int> lastRevisionByMe(QSqlDatabase db, qint64 id);
// The sections stories are filed under, sorted.
Result<QStringList> storySections(QSqlDatabase db);

// Files a new story (revision 1, its author the current role); returns it as stored.
Result<PoolStory> fileStory(QSqlDatabase db, const QString& slug, const QString& section,
                            const PoolText& text);

struct StorySave {
    bool saved = false;  // false: a conflict, kept as `conflict`
    int revision = 0;    // the story's revision now (the new one, or the newer one)
    qint64 conflict = 0;
};
Result<StorySave> saveStoryText(QSqlDatabase db, qint64 id, int basedOn, const PoolText& text);
// Moves a story's status as the role may; returns its new revision.
Result<int> setStoryStatus(QSqlDatabase db, qint64 id, StoryStatus status);

struct StoryConflict {
    qint64 id = 0, storyId = 0;
    int basedOn = 0, ranInto = 0;
    PoolText text;
    QString writtenBy;
    QDateTime writtenAt;
};
Result<std::vector<StoryConflict>> openConflicts(QSqlDatabase db, qint64 storyId);
Status resolveConflict(QSqlDatabase db, qint64 conflictId);

}  // namespace paiban::newsroom
