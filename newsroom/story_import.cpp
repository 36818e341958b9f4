#include "story_import.h"

#include <QFileInfo>

#include "io/text_import.h"

namespace paiban::newsroom {
namespace {

enum class Part : uint8_t { Kicker, Headline, Subhead, Byline, Section };

// The labels a newsroom's text files put before a headline part, Chinese and English.
struct Label {
    const char16_t* text;
    Part part;
};
constexpr Label kLabels[] = {
    {u"引题", Part::Kicker},   {u"肩题", Part::Kicker},       {u"主题", Part::Headline},
    {u"标题", Part::Headline}, {u"副题", Part::Subhead},      {u"作者", Part::Byline},
    {u"署名", Part::Byline},   {u"栏目", Part::Section},      {u"版块", Part::Section},
    {u"kicker", Part::Kicker}, {u"headline", Part::Headline}, {u"subhead", Part::Subhead},
    {u"byline", Part::Byline}, {u"section", Part::Section},
};

// The part a line labels and the text after the label (`主题：…`, `Headline: …`).
std::optional<std::pair<Part, QString>> labelled(const QString& line) {
    for (const Label& label : kLabels) {
        const QString name = QString::fromUtf16(label.text);
        if (!line.startsWith(name, Qt::CaseInsensitive))
            continue;
        const QString rest = line.mid(name.size());
        if (rest.startsWith(u'：') || rest.startsWith(u':'))
            return std::make_pair(label.part, rest.mid(1).trimmed());
    }
    return std::nullopt;
}

// A line without the indent a word processor or a reporter typed (full-width spaces).
QString withoutIndent(const QString& line) {
    qsizetype i = 0;
    while (i < line.size() && (line[i].isSpace() || line[i] == u'\u3000'))
        ++i;
    QString out = line.mid(i);
    while (!out.isEmpty() && (out.back().isSpace() || out.back() == u'\u3000'))
        out.chop(1);
    return out;
}

}  // namespace

StoryFile readStoryFile(const QByteArray& bytes, const QString& fileName, const QString& encoding) {
    StoryFile story;
    story.slug = QFileInfo(fileName).completeBaseName();
    const DecodedText decoded = decodeText(bytes, encoding);
    story.encoding = decoded.encoding;
    if (!decoded.ok()) {
        story.error = decoded.error;
        return story;
    }
    QStringList lines;
    for (const QString& line : paragraphsOf(decoded.text)) {
        const QString text = withoutIndent(line);
        if (!text.isEmpty())
            lines << text;
    }
    qsizetype i = 0;
    bool headlineLabelled = false;
    for (; i < lines.size(); ++i) {
        const auto label = labelled(lines[i]);
        if (!label)
            break;
        QString* target = nullptr;
        switch (label->first) {
            case Part::Kicker:
                target = &story.text.kicker;
                break;
            case Part::Headline:
                target = &story.text.headline;
                headlineLabelled = true;
                break;
            case Part::Subhead:
                target = &story.text.subhead;
                break;
            case Part::Byline:
                target = &story.text.byline;
                break;
            case Part::Section:
                target = &story.section;
                break;
        }
        // A part given on two lines (a headline in two lines) keeps its lines.
        if (!target->isEmpty())
            target->append(QLatin1Char('\n'));
        target->append(label->second);
    }
    if (!headlineLabelled && i < lines.size())
        story.text.headline = lines[i++];
    for (; i < lines.size(); ++i)
        story.text.paragraphs << lines[i];
    if (story.text.headline.isEmpty() && story.text.paragraphs.isEmpty())
        story.error = QStringLiteral("it holds no text");
    return story;
}

}  // namespace paiban::newsroom
