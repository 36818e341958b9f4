// What changed in the stories' text since a proof round: compared character by character
// (Chinese has no spaces between words to compare by) with dtl's diff (Wu's O(NP)
// algorithm), grouped into changes a proofreader reads: one per stretch of edits, with
// what stood there in the round and what stands now, and the insertions and deletions it
// is made of for the marks on the page.
#pragma once

#include <QString>
#include <vector>

#include "model/document.h"

namespace paiban {

struct TextChange {
    enum class Kind : uint8_t {
        Edited,        // text of a story changed
        StoryAdded,    // a story the round did not have
        StoryRemoved,  // a story the round had, gone now
    };
    Kind kind = Kind::Edited;
    QString storyId, storyName;
    // The paragraph it starts in: of the current text (of the round's for a removed story).
    int paragraph = 0;
    // The stretch in the current plain text it covers (from == to: only a deletion there).
    int from = 0, to = 0;
    QString before, after;  // what the round had there, what is there now ('\n': ¶ break)
    // The unchanged text either side of it now, a few characters within its paragraph, so
    // that a list of changes reads 11月2【0 → 1】日 rather than a bare “0 → 1”.
    QString contextBefore, contextAfter;
    struct Deletion {
        int at = 0;  // where in the current text it was deleted
        QString text;
        friend bool operator==(const Deletion&, const Deletion&) = default;
    };
    std::vector<std::pair<int, int>> insertions;  // [from, to) of the current text
    std::vector<Deletion> deletions;
    friend bool operator==(const TextChange&, const TextChange&) = default;
};

// The changes in every story of `edition` since `round` recorded them, in the edition's
// story order (stories the round had and the edition lost last).
std::vector<TextChange> changesSince(const ProofRound& round, const Edition& edition);

// The changes between two texts of one story (paragraphs joined by '\n').
std::vector<TextChange> textChanges(const QString& before, const QString& after);

// One line per change for tests and the command line: `s1 ¶2 [5,7) 张三 → 章三`.
QString dumpChanges(const std::vector<TextChange>& changes);

}  // namespace paiban
