#include "model/find_text.h"

#include <QRegularExpression>

#include "model/text_edit.h"

namespace paiban {
namespace {

// Full-width forms of ASCII !…~ sit 0xFEE0 above them.
constexpr char16_t kFullWidthFirst = 0xFF01, kFullWidthLast = 0xFF5E;
constexpr char16_t kFullWidthOffset = 0xFEE0;
constexpr char16_t kIdeographicSpace = 0x3000;

QRegularExpression expressionFor(const FindOptions& options) {
    QString pattern = options.widthInsensitive ? foldWidth(options.pattern) : options.pattern;
    if (!options.regularExpression)
        pattern = QRegularExpression::escape(pattern);
    return QRegularExpression(pattern, options.matchCase
                                           ? QRegularExpression::NoPatternOption
                                           : QRegularExpression::CaseInsensitiveOption);
}

}  // namespace

QString foldWidth(const QString& text) {
    QString out = text;
    for (QChar& c : out) {
        if (c.unicode() >= kFullWidthFirst && c.unicode() <= kFullWidthLast)
            c = QChar(c.unicode() - kFullWidthOffset);
        else if (c.unicode() == kIdeographicSpace)
            c = u' ';
    }
    return out;
}

bool FindOptions::valid() const {
    return !pattern.isEmpty() && error().isEmpty();
}

QString FindOptions::error() const {
    if (!regularExpression)
        return {};
    const QRegularExpression expression = expressionFor(*this);
    return expression.isValid() ? QString() : expression.errorString();
}

std::vector<TextMatch> findInStory(const Story& story, const FindOptions& options) {
    std::vector<TextMatch> out;
    if (!options.valid())
        return out;
    const QString text =
        options.widthInsensitive ? foldWidth(storyPlainText(story)) : storyPlainText(story);
    const QRegularExpression expression = expressionFor(options);
    for (auto it = expression.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() > 0)  // an empty match (x*) is not a find
            out.push_back({story.id, static_cast<int>(match.capturedStart()),
                           static_cast<int>(match.capturedEnd())});
    }
    return out;
}

std::vector<TextMatch> findInEdition(const Edition& edition, const FindOptions& options) {
    std::vector<TextMatch> out;
    for (const Story& story : edition.stories) {
        const std::vector<TextMatch> found = findInStory(story, options);
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
}

QString replacementFor(const Story& story, const TextMatch& match, const FindOptions& options,
                       const QString& replacement) {
    if (!options.regularExpression)
        return replacement;
    const QString text =
        options.widthInsensitive ? foldWidth(storyPlainText(story)) : storyPlainText(story);
    const QRegularExpressionMatch found =
        expressionFor(options).match(text, match.from, QRegularExpression::NormalMatch,
                                     QRegularExpression::AnchorAtOffsetMatchOption);
    if (!found.hasMatch())
        return replacement;
    QString out;
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        if (replacement[i] == u'\\' && i + 1 < replacement.size() && replacement[i + 1].isDigit()) {
            // The group as the story has it (not width-folded).
            const int group = replacement[i + 1].digitValue();
            if (group <= expressionFor(options).captureCount() && found.capturedStart(group) >= 0)
                out += storyPlainText(story).mid(found.capturedStart(group),
                                                 found.capturedLength(group));
            ++i;
        } else {
            out += replacement[i];
        }
    }
    return out;
}

int replaceAll(Edition& edition, const FindOptions& options, const QString& replacement,
               const QStringList& storyIds) {
    int count = 0;
    for (Story& story : edition.stories) {
        if (!storyIds.isEmpty() && !storyIds.contains(story.id))
            continue;
        const std::vector<TextMatch> matches = findInStory(story, options);
        // From the end, so that the offsets of those before stay.
        std::vector<QString> replacements;
        for (const TextMatch& m : matches)
            replacements.push_back(replacementFor(story, m, options, replacement));
        for (size_t i = matches.size(); i-- > 0;) {
            replaceStoryText(story, matches[i].from, matches[i].to - matches[i].from,
                             replacements[i]);
            ++count;
        }
    }
    return count;
}

}  // namespace paiban
