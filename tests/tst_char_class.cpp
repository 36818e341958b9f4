// The named tables of TYPOGRAPHY.md §1, level by level.
#include <QTest>

#include "text/char_class.h"

using namespace paiban;

Q_DECLARE_METATYPE(paiban::Kinsoku)

class TestCharClass : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lineStart_data() {
        QTest::addColumn<QString>("ch");
        QTest::addColumn<Kinsoku>("level");
        QTest::addColumn<bool>("prohibited");
        for (const char* c : {"，", "。", "、", "：", "；", "！", "？", "”", "’", "）", "》", "】",
                              "」", "～", "·", "／"}) {
            QTest::addRow("basic %s", c) << QString::fromUtf8(c) << Kinsoku::Basic << true;
            QTest::addRow("none %s", c) << QString::fromUtf8(c) << Kinsoku::None << false;
        }
        QTest::newRow("basic 甲") << "甲" << Kinsoku::Basic << false;
        QTest::newRow("basic “") << "“" << Kinsoku::Basic << false;
        QTest::newRow("gb …") << "…" << Kinsoku::Gb << false;
        QTest::newRow("strict …") << "…" << Kinsoku::Strict << true;
        QTest::newRow("strict 々") << "々" << Kinsoku::Strict << true;
        QTest::newRow("strict ％") << "％" << Kinsoku::Strict << true;
    }
    void lineStart() {
        QFETCH(QString, ch);
        QFETCH(Kinsoku, level);
        QFETCH(bool, prohibited);
        QCOMPARE(mayNotStartLine(ch.toUcs4().front(), level), prohibited);
    }
    void lineEnd_data() {
        QTest::addColumn<QString>("ch");
        QTest::addColumn<Kinsoku>("level");
        QTest::addColumn<bool>("prohibited");
        for (const char* c :
             {"“", "‘", "（", "《", "〈", "【", "〔", "〖", "［", "｛", "「", "『"}) {
            QTest::addRow("basic %s", c) << QString::fromUtf8(c) << Kinsoku::Basic << true;
            QTest::addRow("none %s", c) << QString::fromUtf8(c) << Kinsoku::None << false;
        }
        QTest::newRow("basic /") << "/" << Kinsoku::Basic << false;
        QTest::newRow("gb /") << "/" << Kinsoku::Gb << true;
        QTest::newRow("gb ／") << "／" << Kinsoku::Gb << true;
        QTest::newRow("gb 。") << "。" << Kinsoku::Gb << false;
    }
    void lineEnd() {
        QFETCH(QString, ch);
        QFETCH(Kinsoku, level);
        QFETCH(bool, prohibited);
        QCOMPARE(mayNotEndLine(ch.toUcs4().front(), level), prohibited);
    }
    void inseparables() {
        QVERIFY(isInseparablePair(U'—', U'—'));
        QVERIFY(isInseparablePair(U'…', U'…'));
        QVERIFY(isInseparablePair(U'⸺', U'—'));
        QVERIFY(!isInseparablePair(U'—', U'甲'));
    }
    // The fast lookup table agrees with the named tables for every BMP code point.
    void lookupTableMatchesTables() {
        for (char32_t cp = 0; cp < 0x10000; ++cp) {
            if (classify(cp) != classifyFromTables(cp)) {
                QFAIL(qPrintable(QStringLiteral("U+%1 differs")
                                     .arg(static_cast<uint>(cp), 4, 16, QLatin1Char('0'))));
            }
        }
        QCOMPARE(classify(U'\U00020000'), CharClass::Han);
        QCOMPARE(classify(U'\U0001F600'), CharClass::Other);
    }
    // The unified ideographs, answered without the table, get what the table says.
    void ideographsMatchTheTable() {
        const detail::CharInfo* table = detail::buildBmpTable();
        for (char32_t cp = 0x4E00; cp <= 0x9FFF; ++cp) {
            const detail::CharInfo& t = table[cp];
            const detail::CharInfo f = detail::charInfo(cp);
            if (t.cls != f.cls || t.noStart != f.noStart || t.noEnd != f.noEnd ||
                t.dash != f.dash || t.ellipsis != f.ellipsis ||
                t.ambiguousQuotation != f.ambiguousQuotation) {
                QFAIL(qPrintable(QStringLiteral("U+%1 differs")
                                     .arg(static_cast<uint>(cp), 4, 16, QLatin1Char('0'))));
            }
        }
    }

    void classes() {
        QCOMPARE(classify(U'甲'), CharClass::Han);
        QCOMPARE(classify(U'（'), CharClass::OpeningBracket);
        QCOMPARE(classify(U'》'), CharClass::ClosingBracket);
        QCOMPARE(classify(U'，'), CharClass::PauseMark);
        QCOMPARE(classify(U'。'), CharClass::FullStop);
        QCOMPARE(classify(U'？'), CharClass::Dividing);
        QCOMPARE(classify(U'·'), CharClass::MiddleDot);
        QCOMPARE(classify(U'5'), CharClass::Digit);
        QCOMPARE(classify(U'%'), CharClass::Digit);
        QCOMPARE(classify(U'a'), CharClass::Latin);
        QCOMPARE(classify(U' '), CharClass::Space);
    }
};

QTEST_GUILESS_MAIN(TestCharClass)
#include "tst_char_class.moc"
