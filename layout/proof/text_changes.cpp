#include "proof/text_changes.h"

#include <dtl/dtl.hpp>

#include <QHash>
#include <QStringList>
#include <algorithm>

#include "model/text_edit.h"

namespace paiban {

namespace {

// Edits separated by this many unchanged characters or fewer read as one change: a
// character diff of Chinese finds the 三 common to 张三说 and 章三讲, and two changes a
// character apart are one correction to the reader.
constexpr int kJoinAcrossCommonChars = 2;
// A change is shown with this many characters of its paragraph either side.
constexpr int kContextChars = 6;
// Past this many characters compared, dtl keeps a lighter record of its path (its "huge"
// mode): the result is the same, the memory bounded.
constexpr size_t kDiffHugeChars = 200000;

// Code points with their UTF-16 offsets, so that a surrogate pair is never split.
struct CodePoints {
    std::vector<char32_t> points;
    std::vector<int> offsets;  // UTF-16 offset of each point, then the text's length
    explicit CodePoints(const QString& text) {
        points.reserve(static_cast<size_t>(text.size()));
        for (qsizetype i = 0; i < text.size();) {
            offsets.push_back(static_cast<int>(i));
            char32_t c = text[i].unicode();
            if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text[i], text[i + 1]);
                i += 2;
            } else {
                ++i;
            }
            points.push_back(c);
        }
        offsets.push_back(static_cast<int>(text.size()));
    }
};

int paragraphAt(const QString& text, int offset) {
    return static_cast<int>(QStringView(text).left(offset).count(u'\n'));
}

// A recorded story's text as model/text_edit's plain text has it: paragraphs joined by '\n'.
QString recordedText(const RecordedStory& story) {
    QString text;
    for (size_t i = 0; i < story.paragraphs.size(); ++i)
        text += (i > 0 ? QStringLiteral("\n") : QString()) + story.paragraphs[i];
    return text;
}

}  // namespace

std::vector<TextChange> textChanges(const QString& before, const QString& after) {
    std::vector<TextChange> changes;
    if (before == after)
        return changes;
    const CodePoints a(before), b(after);
    dtl::Diff<char32_t, std::vector<char32_t>> diff(a.points, b.points);
    if (a.points.size() + b.points.size() > kDiffHugeChars)
        diff.onHuge();
    diff.compose();
    const auto ses = diff.getSes().getSequence();

    // Walk the edit script keeping both texts' places; a change opens at the first edit
    // after a common run longer than the join distance.
    int ia = 0, ib = 0;  // code point indices into before and after
    TextChange* open = nullptr;
    int commonSince = 0;         // unchanged code points since the open change's last edit
    int startA = 0, startB = 0;  // where the open change starts, code point indices
    int lastEditA = 0, lastEditB = 0;
    auto close = [&] {
        if (!open)
            return;
        const int fromA = a.offsets[static_cast<size_t>(startA)];
        const int fromB = b.offsets[static_cast<size_t>(startB)];
        open->before = before.mid(fromA, a.offsets[static_cast<size_t>(lastEditA)] - fromA);
        open->after = after.mid(fromB, b.offsets[static_cast<size_t>(lastEditB)] - fromB);
        open->from = fromB;
        open->to = b.offsets[static_cast<size_t>(lastEditB)];
        open->paragraph = paragraphAt(after, open->from);
        const int contextStart =
            std::max({0, open->from - kContextChars,
                      static_cast<int>(after.lastIndexOf(u'\n', open->from - 1)) + 1});
        open->contextBefore = after.mid(contextStart, open->from - contextStart);
        const qsizetype paragraphEnd = after.indexOf(u'\n', open->to);
        const int contextEnd = std::min<int>(
            open->to + kContextChars,
            paragraphEnd < 0 ? static_cast<int>(after.size()) : static_cast<int>(paragraphEnd));
        open->contextAfter = after.mid(open->to, contextEnd - open->to);
        open = nullptr;
    };
    for (const auto& [point, info] : ses) {
        (void)point;
        if (info.type == dtl::SES_COMMON) {
            ++ia;
            ++ib;
            if (open && ++commonSince > kJoinAcrossCommonChars)
                close();
            continue;
        }
        if (!open) {
            changes.push_back({});
            open = &changes.back();
            startA = ia;
            startB = ib;
        }
        commonSince = 0;
        if (info.type == dtl::SES_ADD) {
            const int from = b.offsets[static_cast<size_t>(ib)];
            const int to = b.offsets[static_cast<size_t>(ib + 1)];
            if (!open->insertions.empty() && open->insertions.back().second == from)
                open->insertions.back().second = to;
            else
                open->insertions.push_back({from, to});
            ++ib;
        } else {
            const int at = b.offsets[static_cast<size_t>(ib)];
            const QString text = before.mid(
                a.offsets[static_cast<size_t>(ia)],
                a.offsets[static_cast<size_t>(ia + 1)] - a.offsets[static_cast<size_t>(ia)]);
            if (!open->deletions.empty() && open->deletions.back().at == at)
                open->deletions.back().text += text;
            else
                open->deletions.push_back({at, text});
            ++ia;
        }
        lastEditA = ia;
        lastEditB = ib;
    }
    close();
    return changes;
}

std::vector<TextChange> changesSince(const ProofRound& round, const Edition& edition) {
    std::vector<TextChange> changes;
    QHash<QString, const RecordedStory*> recorded;
    for (const RecordedStory& r : round.stories)
        recorded.insert(r.id, &r);
    for (const Story& story : edition.stories) {
        const QString now = storyPlainText(story);
        const RecordedStory* then = recorded.value(story.id);
        if (!then) {
            TextChange added;
            added.kind = TextChange::Kind::StoryAdded;
            added.storyId = story.id;
            added.storyName = story.name;
            added.to = static_cast<int>(now.size());
            added.after = now;
            added.insertions.push_back({0, added.to});
            changes.push_back(std::move(added));
            continue;
        }
        for (TextChange& change : textChanges(recordedText(*then), now)) {
            change.storyId = story.id;
            change.storyName = story.name;
            changes.push_back(std::move(change));
        }
        recorded.remove(story.id);
    }
    for (const RecordedStory& r : round.stories) {
        if (!recorded.contains(r.id))
            continue;
        TextChange removed;
        removed.kind = TextChange::Kind::StoryRemoved;
        removed.storyId = r.id;
        removed.storyName = r.name;
        removed.before = recordedText(r);
        changes.push_back(std::move(removed));
    }
    return changes;
}

QString dumpChanges(const std::vector<TextChange>& changes) {
    QStringList lines;
    auto shown = [](QString s) { return s.replace(u'\n', QStringLiteral("¶")); };
    for (const TextChange& c : changes) {
        QString kind;
        switch (c.kind) {
            case TextChange::Kind::Edited:
                break;
            case TextChange::Kind::StoryAdded:
                kind = QStringLiteral("added ");
                break;
            case TextChange::Kind::StoryRemoved:
                kind = QStringLiteral("removed ");
                break;
        }
        lines << QStringLiteral("%1%2 ¶%3 [%4,%5) %6 → %7")
                     .arg(kind, c.storyId)
                     .arg(c.paragraph + 1)
                     .arg(c.from)
                     .arg(c.to)
                     .arg(shown(c.before), shown(c.after));
    }
    return lines.join(u'\n');
}

}  // namespace paiban
