// A newsroom's story text without a server: a pool story set on a story's paragraphs by
// the styles' roles and read back from the page, two edits of a story merged, and the text
// files reporters file (labels, encodings), each as a galley of input and expected output.
#include <QTest>

#include "articles/pool_text.h"
#include "io/document_io.h"
#include "newsroom/story_import.h"
#include "sample_text.h"

using namespace paiban;
using namespace paiban::newsroom;
using namespace paiban::test;

class TestPoolText : public QObject {
    Q_OBJECT
private slots:
    // A pool story set on the page in the sample's styles, and read back, as galleys:
    // "style | text" a paragraph.
    void poolTextOnThePage_data() {
        QTest::addColumn<QString>("storyStyles");  // the story's paragraphs' styles before
        QTest::addColumn<QString>("galley");
        QTest::newRow("an empty story: the sheet's styles by role")
            << ""
            << "kicker | 引题\nheadline-lead | 主题第一行\nheadline-lead | 第二行\nsubhead | 副题\n"
               "byline | 本报记者 李\nbody | 第一段。\nbody | 第二段。";
        QTest::newRow("the story's own styles kept, a 导语 first")
            << "headline,intro,body"
            << "headline | 主题第一行\nheadline | 第二行\nintro | 第一段。\nbody | 第二段。";
        QTest::newRow("a body frame (its headline in a frame of its own) keeps to the body")
            << "body,body"
            << "body | 第一段。\nbody | 第二段。";
    }
    void poolTextOnThePage() {
        QFETCH(QString, storyStyles);
        QFETCH(QString, galley);
        const LoadResult sample = loadEdition(sampleEditionPath());
        QVERIFY(sample.edition);
        Story story;
        for (const QString& style : storyStyles.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            Paragraph p;
            p.style = style;
            p.runs.push_back({QStringLiteral("旧"), QString()});
            story.paragraphs.push_back(p);
        }
        const PoolText text{QStringLiteral("引题"),
                            QStringLiteral("主题第一行\n第二行"),
                            QStringLiteral("副题"),
                            QStringLiteral("本报记者 李"),
                            {QStringLiteral("第一段。"), QStringLiteral("第二段。")}};
        QStringList got;
        for (const Paragraph& p : paragraphsOfPoolText(text, story, sample.edition->styles))
            got << p.style + QStringLiteral(" | ") + p.text();
        QCOMPARE(got.join(QLatin1Char('\n')), galley);
        // And back: what the page shows is the pool text again.
        story.paragraphs = paragraphsOfPoolText(text, story, sample.edition->styles);
        QCOMPARE(poolTextOfStory(story, sample.edition->styles, text), text);
    }

    void editsOnThePageGoBackAsPoolText() {
        const LoadResult sample = loadEdition(sampleEditionPath());
        const StyleSheet& styles = sample.edition->styles;
        const PoolText base{QStringLiteral("引题"),
                            QStringLiteral("主题"),
                            {},
                            QStringLiteral("记者 李"),
                            {QStringLiteral("一。"), QStringLiteral("二。")}};
        // A body frame showing only the body: the headline parts stay the pool's.
        Story story;
        Paragraph body;
        body.style = QStringLiteral("body");
        body.runs.push_back({QStringLiteral("一。"), QString()});
        story.paragraphs =
            paragraphsOfPoolText(PoolText{{}, {}, {}, {}, base.paragraphs}, story, styles);
        story.paragraphs[1].runs[0].text = QStringLiteral("二，改过。");
        const PoolText back = poolTextOfStory(story, styles, base);
        QCOMPARE(back.headline, QStringLiteral("主题"));
        QCOMPARE(back.byline, QStringLiteral("记者 李"));
        QCOMPARE(back.paragraphs,
                 QStringList({QStringLiteral("一。"), QStringLiteral("二，改过。")}));
        const std::vector<Paragraph> before = story.paragraphs;
        story.paragraphs[0].runs[0].text = QStringLiteral("一，也改了。");
        Paragraph added = story.paragraphs[1];
        story.paragraphs.push_back(added);
        QCOMPARE(changedParagraphs(before, story.paragraphs), (std::vector<int>{0, 2}));
        QCOMPARE(PoolText(base).characterCount(), 2 + 2 + 2 + 2);
    }

    // Someone saved the story while the page had it: each side's changes merged where
    // they touch different parts or paragraphs, a conflict where both changed one.
    void mergingTwoEditsOfAStory_data() {
        QTest::addColumn<QString>("mine");  // headline | ¶ | ¶ | ¶
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<QString>("merged");  // or "conflict"
        // The base: 主题 | 一。| 二。| 三。
        QTest::newRow("different paragraphs") << "主题|一，改。|二。|三。"
                                              << "主题|一。|二。|三，改。"
                                              << "主题|一，改。|二。|三，改。";
        QTest::newRow("headline and body") << "新主题|一。|二。|三。"
                                           << "主题|一。|二，改。|三。"
                                           << "新主题|一。|二，改。|三。";
        QTest::newRow("the same change on both sides") << "主题|一，改。|二。|三。"
                                                       << "主题|一，改。|二。|三。"
                                                       << "主题|一，改。|二。|三。";
        QTest::newRow("one paragraph both ways") << "主题|一，我改。|二。|三。"
                                                 << "主题|一，他改。|二。|三。"
                                                 << "conflict";
        QTest::newRow("a paragraph added on one side only") << "主题|一。|二。|三。|四。"
                                                            << "新主题|一。|二。|三。"
                                                            << "新主题|一。|二。|三。|四。";
        QTest::newRow("paragraphs added on both sides") << "主题|一。|二。|三。|四。"
                                                        << "主题|一。|二。|三。|五。"
                                                        << "conflict";
    }
    void mergingTwoEditsOfAStory() {
        QFETCH(QString, mine);
        QFETCH(QString, theirs);
        QFETCH(QString, merged);
        auto text = [](const QString& s) {
            QStringList parts = s.split(QLatin1Char('|'));
            PoolText t;
            t.headline = parts.takeFirst();
            t.paragraphs = parts;
            return t;
        };
        const std::optional<PoolText> got =
            mergePoolTexts(text(QStringLiteral("主题|一。|二。|三。")), text(mine), text(theirs));
        QCOMPARE(got ? QStringList(got->headline) + got->paragraphs
                     : QStringList{QStringLiteral("conflict")},
                 merged.split(QLatin1Char('|')));
    }

    void storyFiles_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("read");  // section / kicker / headline / subhead / byline / ¶…
        QTest::newRow("labelled, Chinese colons, an indent")
            << QStringLiteral(
                   "栏目：要闻\n引题：冬日暖阳\n主题：魏都区供暖\n副题：十万户\n作者：本报记者 "
                   "李\n\n"
                   "\u3000\u3000第一段。\n\n\u3000\u3000第二段。\n")
                   .toUtf8()
            << "要闻 / 冬日暖阳 / 魏都区供暖 / 十万户 / 本报记者 李 / 第一段。 / 第二段。";
        QTest::newRow("a headline in two lines, English labels")
            << QByteArray("Headline: line one\nheadline: line two\nBody.\n")
            << " /  / line one\nline two /  /  / Body.";
        QTest::newRow("no labels: the first line is the headline")
            << QStringLiteral("供暖季开始\r\n第一段。\r\n").toUtf8()
            << " /  / 供暖季开始 /  /  / 第一段。";
        QTest::newRow("GB18030, as many newsroom systems still write")
            << QByteArray(
                   "\xd6\xf7\xcc\xe2\xa3\xba\xb9\xa9\xc5\xaf\n\xb5\xda\xd2\xbb\xb6\xce\xa1\xa3\n")
            << " /  / 供暖 /  /  / 第一段。";
        QTest::newRow("nothing but blank lines")
            << QByteArray("\n \n\u3000\n") << "error: it holds no text";
        QTest::newRow("bytes that are no text") << QByteArray("abc \x81") << "error";
    }
    void storyFiles() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, read);
        const StoryFile f = readStoryFile(bytes, QStringLiteral("/news/heating-2026.txt"));
        QCOMPARE(f.slug, QStringLiteral("heating-2026"));
        if (!f.ok()) {
            QVERIFY2(read.startsWith(QLatin1String("error")), qPrintable(f.error));
            if (read.size() > 5)
                QCOMPARE(QStringLiteral("error: ") + f.error, read);
            return;
        }
        QStringList parts{f.section, f.text.kicker, f.text.headline, f.text.subhead, f.text.byline};
        parts += f.text.paragraphs;
        QCOMPARE(parts.join(QLatin1String(" / ")), read);
    }
};

QTEST_GUILESS_MAIN(TestPoolText)
#include "tst_pool_text.moc"
