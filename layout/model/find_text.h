// Find and replace in stories' text (their plain text, as model/text_edit has it): plain or
// regular expression, with or without case, and optionally treating full- and half-width
// forms alike (ＡＢＣ１２３ finds ABC123 and the other way round, as newsroom copy mixes
// them).
#pragma once

#include <QString>
#include <vector>

#include "model/document.h"

namespace paiban {

struct FindOptions {
    QString pattern;
    bool regularExpression = false;
    bool matchCase = false;
    bool widthInsensitive = true;
    // An empty pattern, or a regular expression that does not compile: finds nothing.
    bool valid() const;
    QString error() const;  // why a regular expression does not compile (empty: it does)
};

struct TextMatch {
    QString storyId;
    int from = 0, to = 0;  // plain-text offsets
    friend bool operator==(const TextMatch&, const TextMatch&) = default;
};

std::vector<TextMatch> findInStory(const Story& story, const FindOptions& options);
// Every match in the edition, story by story in the edition's order.
std::vector<TextMatch> findInEdition(const Edition& edition, const FindOptions& options);

// The text a match is replaced with: `replacement` as typed, or with a regular expression's
// \\1…\\9 standing for its groups.
QString replacementFor(const Story& story, const TextMatch& match, const FindOptions& options,
                       const QString& replacement);

// Every match in the stories named (all, when empty) replaced; returns how many.
int replaceAll(Edition& edition, const FindOptions& options, const QString& replacement,
               const QStringList& storyIds = {});

// Full-width ASCII forms (！…～) and the ideographic space folded to their half-width
// forms, one UTF-16 unit for one, so that offsets stay.
QString foldWidth(const QString& text);

}  // namespace paiban
