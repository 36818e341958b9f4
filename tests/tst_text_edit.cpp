// Editing a story as the story panel does: ranges of its plain text (paragraphs joined
// by '\n') replaced, paragraphs split and joined, character styles kept with their runs.
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include "io/document_io.h"
#include "io/pasted_text.h"
#include "io/text_import.h"
#include "model/edition_edits.h"
#include "model/find_text.h"
#include "model/text_edit.h"
#include "sample_text.h"
#include "text/text_boundaries.h"

using namespace paiban;

namespace {

Story storyOf(std::initializer_list<Paragraph> paragraphs) {
    Story s;
    s.id = "s";
    s.paragraphs = paragraphs;
    return s;
}

// A readable dump of a story: style|text with [character style] around styled runs.
QString dump(const Story& s) {
    QStringList out;
    for (const Paragraph& p : s.paragraphs) {
        QString line = p.style + u'|';
        for (const TextRun& r : p.runs)
            line += r.characterStyle.isEmpty() ? r.text
                                               : u'[' + r.characterStyle + u':' + r.text + u']';
        out << line;
    }
    return out.join(QStringLiteral(" / "));
}

}  // namespace

class TestTextEdit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Where the caret steps: one grapheme cluster at a time (a character outside the BMP,
    // a letter with its combining mark, an ideograph with its variation selector, a flag).
    void caretStepsByGraphemeCluster_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("stops");  // every caret position, in order
        QTest::newRow("ideographs") << QStringLiteral("许昌") << QList<int>{0, 1, 2};
        QTest::newRow("outside the BMP") << QStringLiteral("𠀀字𪚥") << QList<int>{0, 2, 3, 5};
        QTest::newRow("combining mark") << QStringLiteral("e\u0301a") << QList<int>{0, 2, 3};
        QTest::newRow("variation selector")
            << QStringLiteral("葛\U000E0100亮") << QList<int>{0, 3, 4};
        QTest::newRow("flag") << QStringLiteral("\U0001F1E8\U0001F1F3!") << QList<int>{0, 4, 5};
        QTest::newRow("paragraph break") << QStringLiteral("甲\n乙") << QList<int>{0, 1, 2, 3};
        QTest::newRow("empty") << QString() << QList<int>{0};
    }
    void caretStepsByGraphemeCluster() {
        QFETCH(QString, text);
        QFETCH(QList<int>, stops);
        QList<int> forward{0}, backward{static_cast<int>(text.size())};
        for (int at = 0; at < text.size();)
            forward << (at = nextGraphemeBoundary(text, at));
        for (int at = static_cast<int>(text.size()); at > 0;)
            backward.prepend(at = previousGraphemeBoundary(text, at));
        QCOMPARE(forward, stops);
        QCOMPARE(backward, stops);
        for (int offset = 0; offset <= text.size(); ++offset) {
            const int at = graphemeBoundaryAtOrBefore(text, offset);
            QVERIFY2(
                stops.contains(at) && at <= offset && (offset == at || !stops.contains(offset)),
                qPrintable(QStringLiteral("offset %1 → %2").arg(offset).arg(at)));
        }
        QCOMPARE(nextGraphemeBoundary(text, 99), static_cast<int>(text.size()));
        QCOMPARE(previousGraphemeBoundary(text, -3), 0);
    }

    // Words by ICU's dictionary: a double-click selects one, Ctrl+Right goes to the next.
    void wordsOfChineseText() {
        const QString text = QStringLiteral("许昌数字电商孵化基地，Paiban 5G。");
        QStringList words;
        for (int at = 0; at < text.size();) {
            const auto [from, to] = wordAround(text, at);
            QCOMPARE(from, at);
            words << text.mid(from, to - from);
            at = to;
        }
        QCOMPARE(words.join(u'|'), QStringLiteral("许昌|数字|电商|孵化|基地|，|Paiban| |5G|。"));
        QCOMPARE(wordAround(text, 3), std::make_pair(2, 4));  // 数字, from its middle
        QList<int> starts{0};
        for (int at = 0; (at = nextWordStart(text, at)) < text.size();)
            starts << at;
        QCOMPARE(starts, (QList<int>{0, 2, 4, 6, 8, 11, 18}));
        QCOMPARE(previousWordStart(text, 18), 11);
        QCOMPARE(previousWordStart(text, 12), 11);
        QCOMPARE(previousWordStart(text, 11), 8);
        QCOMPARE(previousWordStart(text, 1), 0);
        QCOMPARE(nextWordStart(text, 18), static_cast<int>(text.size()));
    }

    // Text from the clipboard: what Word, WPS and browsers put there, and a PDF's lines.
    void pastedTextKeepsParagraphsOnly_data() {
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("html");
        QTest::addColumn<bool>("join");
        QTest::addColumn<QString>("expected");  // paragraphs joined by |
        QTest::newRow("plain, CR LF, indents, blank lines")
            << QStringLiteral("\u3000\u3000第一段。\r\n\r\n  第二段\t有制表符。\r\n") << QString()
            << false << QStringLiteral("第一段。|第二段 有制表符。");
        QTest::newRow("Word's HTML")
            << QStringLiteral("ignored")
            << QStringLiteral(
                   "<html><body><p class=MsoNormal style='text-indent:2em'><span "
                   "style='font-family:宋体'>　　本报讯（记者 许廷合）</span></p>"
                   "<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>"
                   "<b>加粗</b>的第二段<br>换行</p></body></html>")
            << false << QStringLiteral("本报讯（记者 许廷合）|加粗的第二段|换行");
        QTest::newRow("WPS's HTML") << QString()
                                    << QStringLiteral(
                                           "<meta charset=\"utf-8\"><div style=\"text-indent:2em\">"
                                           "<font face=\"仿宋\">第一段</font></div><div>第二段&amp;"
                                           "数字 5G</div>")
                                    << false << QStringLiteral("第一段|第二段&数字 5G");
        QTest::newRow("a browser's HTML")
            << QString()
            << QStringLiteral(
                   "<span style=\"color:red\">新华社北京11月18日电</span><p>"
                   "第二段。</p><ul><li>一</li><li>二</li></ul>")
            << false << QStringLiteral("新华社北京11月18日电|第二段。|一|二");
        QTest::newRow("a PDF's printed lines, joined")
            << QStringLiteral(
                   "　　魏都区生态环境分局通过转变执\n法方式提升审批效能，助力\n绿色发展。\n"
                   "　　第二段 Paiban\nlayout 开始。\n")
            << QString() << true
            << QStringLiteral(
                   "魏都区生态环境分局通过转变执法方式提升审批效能，助力绿色发展。|"
                   "第二段 Paiban layout 开始。");
        QTest::newRow("control characters and NUL")
            << QStringLiteral("甲\u0000乙\u0001丙\u2028丁\u2029戊") << QString() << false
            << QStringLiteral("甲乙丙|丁|戊");
        QTest::newRow("nothing") << QString() << QString() << false << QString();
        QTest::newRow("only blank lines")
            << QStringLiteral("\n\u3000\n  \n") << QString() << true << QString();
    }
    void pastedTextKeepsParagraphsOnly() {
        QFETCH(QString, plain);
        QFETCH(QString, html);
        QFETCH(bool, join);
        QFETCH(QString, expected);
        const QString pasted =
            pastedText(plain, html, join ? PasteLines::Joined : PasteLines::AsTheyAre);
        QCOMPARE(pasted.split(u'\n').join(u'|'), expected);
    }

    // Find over the sample: plain, case, full- and half-width alike, regular expressions;
    // Replace All changes every match and its patch undoes it.
    void findAndReplaceOverTheSample_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<bool>("widthInsensitive");
        QTest::addColumn<int>("matches");
        // The sample's count of each, counted apart from Paiban (Python's re over the file's
        // stories' runs; the edition's date field is not a story's text).
        QTest::newRow("plain") << QStringLiteral("魏都区") << false << true << 21;
        QTest::newRow("a year, by expression") << QStringLiteral("\\d+年") << true << true << 5;
        QTest::newRow("full-width digits find half-width ones")
            << QStringLiteral("２０２２年") << false << true << 1;
        QTest::newRow("unless asked not to") << QStringLiteral("２０２２年") << false << false << 0;
        QTest::newRow("nothing") << QStringLiteral("不在样张里的词") << false << true << 0;
        QTest::newRow("a broken expression finds nothing")
            << QStringLiteral("([") << true << true << 0;
    }
    void findAndReplaceOverTheSample() {
        QFETCH(QString, pattern);
        QFETCH(bool, regex);
        QFETCH(bool, widthInsensitive);
        QFETCH(int, matches);
        const Edition sample = *loadEdition(test::sampleEditionPath()).edition;
        FindOptions options{pattern, regex, false, widthInsensitive};
        const std::vector<TextMatch> found = findInEdition(sample, options);
        QCOMPARE(static_cast<int>(found.size()), matches);
        for (const TextMatch& m : found) {
            const QString text =
                storyPlainText(*sample.story(m.storyId)).mid(m.from, m.to - m.from);
            QVERIFY2(
                foldWidth(text).contains(QRegularExpression(
                    regex ? foldWidth(pattern) : QRegularExpression::escape(foldWidth(pattern)))),
                qPrintable(text));
        }
        Edition edited = sample;
        QCOMPARE(replaceAll(edited, options, QStringLiteral("〔替〕")), matches);
        QVERIFY(findInEdition(edited, options).empty() || matches == 0);
        const EditionPatch patch = diffEditions(sample, edited);
        applyPatch(edited, patch, false);
        QVERIFY(edited == sample);
    }

    // A regular expression's groups in the replacement, and a match that is empty.
    void replacementWithGroups() {
        Story s = storyOf({Paragraph{"body", {TextRun{QStringLiteral("２０２２年11月18日"), {}}}}});
        FindOptions options{QStringLiteral("(\\d+)年(\\d+)月"), true, false, true};
        const auto found = findInStory(s, options);
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(replacementFor(s, found[0], options, QStringLiteral("\\2/\\1")),
                 QStringLiteral("11/２０２２"));
        FindOptions empty{QStringLiteral("x*"), true, false, true};
        QVERIFY(findInStory(s, empty).empty());
        const FindOptions plainParenthesis{QStringLiteral("(")};
        QVERIFY(plainParenthesis.error().isEmpty());  // plain text: nothing to compile
        const FindOptions brokenExpression{QStringLiteral("("), true};
        QVERIFY(!brokenExpression.error().isEmpty());
    }

    void plainTextAndPositions() {
        const Story s =
            storyOf({Paragraph{"body", {{"甲乙", {}}}}, Paragraph{"body", {{"丙丁戊", {}}}}});
        QCOMPARE(storyPlainText(s), QStringLiteral("甲乙\n丙丁戊"));
        QCOMPARE(positionOf(s, 0), (TextPosition{0, 0}));
        QCOMPARE(positionOf(s, 2), (TextPosition{0, 2}));
        QCOMPARE(positionOf(s, 3), (TextPosition{1, 0}));
        QCOMPARE(positionOf(s, 99), (TextPosition{1, 3}));
    }

    void edits_data() {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("remove");
        QTest::addColumn<QString>("insert");
        QTest::addColumn<QString>("expected");
        // Start: body|本报讯[source:（记者）]正文 / head|标题
        QTest::newRow("type inside") << 1 << 0 << "新"
                                     << "body|本新报讯[source:（记者）]正文 / head|标题";
        QTest::newRow("type at a run end takes its style")
            << 3 << 0 << "新"
            << "body|本报讯新[source:（记者）]正文 / head|标题";
        QTest::newRow("type after a styled run")
            << 7 << 0 << "甲"
            << "body|本报讯[source:（记者）甲]正文 / head|标题";
        QTest::newRow("delete across runs") << 2 << 3 << ""
                                            << "body|本报[source:者）]正文 / head|标题";
        QTest::newRow("delete a whole run") << 3 << 4 << ""
                                            << "body|本报讯正文 / head|标题";
        QTest::newRow("split a paragraph keeps its style")
            << 1 << 0 << "\n"
            << "body|本 / body|报讯[source:（记者）]正文 / head|标题";
        QTest::newRow("join two paragraphs keeps the first's style")
            << 9 << 1 << ""
            << "body|本报讯[source:（记者）]正文标题";
        QTest::newRow("paste several paragraphs")
            << 9 << 0 << "甲\n乙\n"
            << "body|本报讯[source:（记者）]正文甲 / body|乙 / body| / head|标题";
        QTest::newRow("replace across paragraphs") << 8 << 3 << "X"
                                                   << "body|本报讯[source:（记者）]正X题";
    }
    void edits() {
        QFETCH(int, offset);
        QFETCH(int, remove);
        QFETCH(QString, insert);
        QFETCH(QString, expected);
        Story s =
            storyOf({Paragraph{"body", {{"本报讯", {}}, {"（记者）", "source"}, {"正文", {}}}},
                     Paragraph{"head", {{"标题", {}}}}});
        QVERIFY(replaceStoryText(s, offset, remove, insert));
        QCOMPARE(dump(s), expected);
    }

    void outOfRangeChangesNothing() {
        Story s = storyOf({Paragraph{"body", {{"甲乙", {}}}}});
        QVERIFY(!replaceStoryText(s, 1, 5, QString()));
        QVERIFY(!replaceStoryText(s, -1, 0, QStringLiteral("x")));
        QCOMPARE(storyPlainText(s), QStringLiteral("甲乙"));
    }

    void fieldsAreNotTypedInto() {
        Story s = storyOf(
            {Paragraph{"folio", {{"第", {}}, {"2", {}, TextField::PageNumber}, {"版", {}}}}});
        QVERIFY(replaceStoryText(s, 2, 0, QStringLiteral("X")));  // after the field
        QCOMPARE(s.paragraphs[0].runs.size(), size_t(3));
        QCOMPARE(s.paragraphs[0].runs[1].field, TextField::PageNumber);
        QCOMPARE(storyPlainText(s), QStringLiteral("第2X版"));
    }

    // A character style on a selection: runs split at its ends, joined where they meet
    // a run of the same style, across paragraphs.
    void characterStyles() {
        Story s =
            storyOf({Paragraph{"body", {{"本报讯", {}}, {"（记者）", "source"}, {"正文", {}}}},
                     Paragraph{"head", {{"标题", {}}}}});
        applyCharacterStyle(s, 1, 3, QStringLiteral("source"));
        QCOMPARE(dump(s), QStringLiteral("body|本[source:报讯（记者）]正文 / head|标题"));
        applyCharacterStyle(s, 8, 11, QStringLiteral("bold"));
        QCOMPARE(dump(s),
                 QStringLiteral("body|本[source:报讯（记者）]正[bold:文] / head|[bold:标]题"));
        applyCharacterStyle(s, 0, 20, QString());
        QCOMPARE(dump(s), QStringLiteral("body|本报讯（记者）正文 / head|标题"));
    }

    // Text files as newsrooms send them: detected, or named; bad bytes found, with their
    // offsets, never replaced.
    void decodesTheNewsroomsEncodings_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("used");
        const QString text = QStringLiteral("魏都区，新闻");
        QTest::newRow("UTF-8") << text.toUtf8() << QString() << "UTF-8";
        QTest::newRow("UTF-8 with BOM")
            << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << QString() << "UTF-8";
        QByteArray le("\xFF\xFE");
        for (QChar c : text)
            le += char(c.unicode() & 0xFF), le += char(c.unicode() >> 8);
        QTest::newRow("UTF-16LE by BOM") << le << QString() << "UTF-16LE";
        const QByteArray gb = QByteArray::fromHex("cebab6bcc7f8a3acd0c2cec5");
        QTest::newRow("GB18030 detected") << gb << QString() << "GB18030";
        QTest::newRow("GBK named") << gb << QStringLiteral("gbk") << "GBK";
    }
    void decodesTheNewsroomsEncodings() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, used);
        const DecodedText decoded = decodeText(bytes, encoding);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.text, QStringLiteral("魏都区，新闻"));
        QCOMPARE(decoded.encoding, used);
    }

    void reportsInvalidBytesWithOffsets() {
        // UTF-8 named, with a stray byte at 3 and a cut-off sequence at 7.
        QByteArray bytes = QStringLiteral("魏").toUtf8() + QByteArray("\xFF") +
                           QStringLiteral("都").toUtf8() + QByteArray("\xE5\x8C");
        const DecodedText decoded = decodeText(bytes, QStringLiteral("utf-8"));
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.badOffsets, (std::vector<qint64>{3, 7}));
        QVERIFY2(decoded.error.contains(QStringLiteral("offsets 3, 7")), qPrintable(decoded.error));
        QVERIFY(!decodeText(QByteArray("\x81\x20"), QStringLiteral("gb18030")).ok());
    }

    void linesBecomeParagraphs() {
        QCOMPARE(paragraphsOf(QStringLiteral("甲\r\n乙\r丙\n")), (QStringList{"甲", "乙", "丙"}));
    }

    // The corpus of broken texts (tests/data/broken_text, expected.tsv: file, encoding
    // named or detected, message): each refused with where its bad bytes are.
    void brokenTextsCorpus() {
        const auto rows = test::corpusRows(QStringLiteral("broken_text"));
        QVERIFY(rows.size() >= 5);
        for (const QStringList& fields : rows) {
            QCOMPARE(fields.size(), 3);
            QFile text(test::corpusFolder(QStringLiteral("broken_text")) + u'/' + fields[0]);
            QVERIFY(text.open(QIODevice::ReadOnly));
            const DecodedText decoded = decodeText(text.readAll(), fields[1]);
            QVERIFY2(!decoded.ok(), qPrintable(fields[0]));
            QVERIFY2(decoded.error.contains(fields[2]),
                     qPrintable(decoded.error + QStringLiteral(" ≠ ") + fields[2]));
        }
    }
};

QTEST_GUILESS_MAIN(TestTextEdit)
#include "tst_text_edit.moc"
