#include "articles/pool_text.h"

#include "articles/articles.h"

#include <algorithm>
#include <iterator>
#include <optional>

namespace paiban {
namespace {

// The parts of a pool text in the order a story shows them.
constexpr TextRole kHeadingRoles[] = {TextRole::Kicker, TextRole::Headline, TextRole::Subhead,
                                      TextRole::Byline};

QString* partOf(PoolText& text, TextRole role) {
    switch (role) {
        case TextRole::Kicker:
            return &text.kicker;
        case TextRole::Headline:
            return &text.headline;
        case TextRole::Subhead:
            return &text.subhead;
        case TextRole::Byline:
            return &text.byline;
        default:
            return nullptr;
    }
}

TextRole roleOf(const QString& styleName, const StyleSheet& styles) {
    const ParagraphStyle* style = styles.paragraphStyle(styleName);
    return style ? roleOfStyle(*style) : roleOfStyleName(styleName);
}

// The style for a role: the one the story uses, else the sheet's first, else none.
QString styleFor(TextRole role, const Story& story, const StyleSheet& styles) {
    for (const Paragraph& p : story.paragraphs) {
        if (roleOf(p.style, styles) == role)
            return p.style;
    }
    for (const ParagraphStyle& s : styles.paragraphStyles) {
        if (roleOfStyle(s) == role)
            return QString::fromStdString(s.name);
    }
    return {};
}

Paragraph plainParagraph(const QString& style, const QString& text) {
    Paragraph p;
    p.style = style;
    p.runs.push_back({text, QString()});
    return p;
}

int countWithoutSpaces(const QString& text) {
    int n = 0;
    for (const QChar c : text)
        n += !c.isSpace() && !c.isLowSurrogate();
    return n;
}

}  // namespace

int PoolText::characterCount() const {
    int n = countWithoutSpaces(kicker) + countWithoutSpaces(headline) + countWithoutSpaces(subhead);
    for (const QString& p : paragraphs)
        n += countWithoutSpaces(p);
    return n;
}

std::vector<Paragraph> paragraphsOfPoolText(const PoolText& text, const Story& story,
                                            const StyleSheet& styles) {
    std::vector<Paragraph> out;
    PoolText parts = text;
    // A story with text shows the parts it shows: a body frame whose headline stands in a
    // frame of its own keeps to the body. An empty one (a fresh frame) takes every part.
    bool empty = true;
    for (const Paragraph& p : story.paragraphs)
        empty = empty && p.text().trimmed().isEmpty();
    for (const TextRole role : kHeadingRoles) {
        const QString* part = partOf(parts, role);
        if (part->isEmpty())
            continue;
        if (!empty &&
            std::none_of(story.paragraphs.begin(), story.paragraphs.end(),
                         [&](const Paragraph& p) { return roleOf(p.style, styles) == role; }))
            continue;
        const QString style = styleFor(role, story, styles);
        if (style.isEmpty())
            continue;
        for (const QString& line : part->split(QLatin1Char('\n')))
            out.push_back(plainParagraph(style, line));
    }
    // The body keeps the styles the story's body paragraphs have, one by one (a 导语 first
    // stays a 导语); paragraphs beyond them take the last one's.
    QStringList bodyStyles;
    for (const Paragraph& p : story.paragraphs) {
        if (roleOf(p.style, styles) == TextRole::Body)
            bodyStyles << p.style;
    }
    if (bodyStyles.isEmpty()) {
        const QString body = styleFor(TextRole::Body, story, styles);
        bodyStyles << (body.isEmpty() ? QStringLiteral("body") : body);
    }
    for (qsizetype i = 0; i < text.paragraphs.size(); ++i)
        out.push_back(
            plainParagraph(bodyStyles[std::min(i, bodyStyles.size() - 1)], text.paragraphs[i]));
    return out;
}

PoolText poolTextOfStory(const Story& story, const StyleSheet& styles, const PoolText& base) {
    PoolText text;
    bool shown[std::size(kHeadingRoles)] = {};
    for (const Paragraph& p : story.paragraphs) {
        const TextRole role = roleOf(p.style, styles);
        if (QString* part = partOf(text, role)) {
            // A part set over two paragraphs (a headline in two lines) comes back whole.
            if (!part->isEmpty())
                part->append(QLatin1Char('\n'));
            part->append(p.text());
            for (size_t i = 0; i < std::size(kHeadingRoles); ++i)
                shown[i] = shown[i] || kHeadingRoles[i] == role;
        } else if (role == TextRole::Body) {
            text.paragraphs << p.text();
        }
    }
    PoolText baseParts = base;
    for (size_t i = 0; i < std::size(kHeadingRoles); ++i) {
        if (!shown[i])
            *partOf(text, kHeadingRoles[i]) = *partOf(baseParts, kHeadingRoles[i]);
    }
    return text;
}

std::vector<int> changedParagraphs(const std::vector<Paragraph>& before,
                                   const std::vector<Paragraph>& after) {
    std::vector<int> changed;
    for (size_t i = 0; i < after.size(); ++i) {
        if (i >= before.size() || before[i].text() != after[i].text() ||
            before[i].style != after[i].style)
            changed.push_back(static_cast<int>(i));
    }
    return changed;
}

namespace {

// One part of a three-way merge: the side that changed it, or nothing when both did.
template <typename T>
std::optional<T> mergedPart(const T& base, const T& mine, const T& theirs) {
    if (mine == theirs || theirs == base)
        return mine;
    if (mine == base)
        return theirs;
    return std::nullopt;
}

}  // namespace

std::optional<PoolText> mergePoolTexts(const PoolText& base, const PoolText& mine,
                                       const PoolText& theirs) {
    PoolText merged;
    QString* out[] = {&merged.kicker, &merged.headline, &merged.subhead, &merged.byline};
    const QString* b[] = {&base.kicker, &base.headline, &base.subhead, &base.byline};
    const QString* m[] = {&mine.kicker, &mine.headline, &mine.subhead, &mine.byline};
    const QString* t[] = {&theirs.kicker, &theirs.headline, &theirs.subhead, &theirs.byline};
    for (size_t i = 0; i < std::size(out); ++i) {
        const std::optional<QString> part = mergedPart(*b[i], *m[i], *t[i]);
        if (!part)
            return std::nullopt;
        *out[i] = *part;
    }
    const qsizetype n = base.paragraphs.size();
    if (mine.paragraphs.size() == n && theirs.paragraphs.size() == n) {
        // Paragraph by paragraph: each side's changes to different paragraphs both kept.
        for (qsizetype i = 0; i < n; ++i) {
            const std::optional<QString> p =
                mergedPart(base.paragraphs[i], mine.paragraphs[i], theirs.paragraphs[i]);
            if (!p)
                return std::nullopt;
            merged.paragraphs << *p;
        }
        return merged;
    }
    // Paragraphs added or removed: only one side may have touched the body.
    const std::optional<QStringList> body =
        mergedPart(base.paragraphs, mine.paragraphs, theirs.paragraphs);
    if (!body)
        return std::nullopt;
    merged.paragraphs = *body;
    return merged;
}

Story storyWithPoolText(const Story& story, const PoolText& text, const PoolLink& link,
                        const StyleSheet& styles) {
    Story placed = story;
    placed.paragraphs = paragraphsOfPoolText(text, story, styles);
    placed.pool = link;
    return placed;
}

}  // namespace paiban
