// Proof rounds (一校, 二校, 三校 …): the text of every story as it stood when a round was
// started, kept in the document, so that a later round reads what changed since
// (proof/text_changes).
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace paiban {

// A story's text as a round recorded it: its paragraphs' plain text.
struct RecordedStory {
    QString id;
    QString name;
    std::vector<QString> paragraphs;
    friend bool operator==(const RecordedStory&, const RecordedStory&) = default;
};

struct ProofRound {
    QString name;  // 一校 …: unique in the edition
    QString by;    // who started it
    QDateTime started;
    std::vector<RecordedStory> stories;
    QJsonObject extra;  // fields of newer versions, kept
    friend bool operator==(const ProofRound&, const ProofRound&) = default;
};

}  // namespace paiban
