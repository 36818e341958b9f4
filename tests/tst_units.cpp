#include <QTest>
#include <cmath>

#include "model/units.h"

using namespace paiban;

class TestUnits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void chineseSizes_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("points");
        QTest::newRow("初号") << "初号" << 42.0;
        QTest::newRow("五号") << "五号" << 10.5;
        QTest::newRow("小五") << "小五" << 9.0;
        QTest::newRow("六号") << "六号" << 7.5;
        QTest::newRow("八号") << "八号" << 5.0;
    }
    void chineseSizes() {
        QFETCH(QString, name);
        QFETCH(double, points);
        QCOMPARE(parseTypeSize(name.toStdString()).value_or(-1), points);
    }
    void typeSizesInPoints() {
        QCOMPARE(parseTypeSize("9pt").value_or(-1), 9.0);
        QCOMPARE(parseTypeSize("10.5").value_or(-1), 10.5);
        QVERIFY(!parseTypeSize("大五"));
        QVERIFY(!parseTypeSize("-3pt"));
        QVERIFY(!parseTypeSize("9mm"));
    }
    void lengths() {
        QCOMPARE(parseLength("16zi", 9).value_or(-1), 144.0);
        QCOMPARE(parseLength("16字", 9).value_or(-1), 144.0);
        QCOMPARE(parseLength("120pt", 9).value_or(-1), 120.0);
        QVERIFY(qAbs(parseLength("25.4mm", 9).value_or(-1) - 72.0) < 1e-9);
        QVERIFY(!parseLength("12parsecs", 9));
        QVERIFY(!parseLength("", 9));
    }

    // What a newsroom types into a length box, and what it means: on a 对开 grid of
    // 13-字 columns of 小五 (117 pt) with 1-字 gutters (9 pt); a bare number in millimetres.
    void lengthsAsTyped_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<double>("points");  // −1: refused
        QTest::newRow("millimetres") << "3.7mm" << mmToPt(3.7);
        QTest::newRow("a bare number: the box's unit") << "10" << mmToPt(10);
        QTest::newRow("points") << "10.5pt" << 10.5;
        QTest::newRow("字 of the body size") << "2字" << 18.0;
        QTest::newRow("zi, typed in Latin") << "2zi" << 18.0;
        QTest::newRow("栏: three columns and two gutters") << "3栏" << 3 * 117.0 + 2 * 9.0;
        QTest::newRow("one 栏") << "1栏" << 117.0;
        QTest::newRow("full-width, from a Chinese input method") << "３７ｍｍ" << mmToPt(37);
        QTest::newRow("spaces and upper case") << " 12 PT " << 12.0;
        QTest::newRow("centimetres") << "2cm" << mmToPt(20);
        QTest::newRow("毫米") << "5毫米" << mmToPt(5);
        QTest::newRow("negative where lengths may not be") << "-5mm" << -1.0;
        QTest::newRow("an unknown unit") << "12parsecs" << -1.0;
        QTest::newRow("nothing") << "" << -1.0;
        QTest::newRow("a unit alone") << "mm" << -1.0;
    }
    void lengthsAsTyped() {
        QFETCH(QString, typed);
        QFETCH(double, points);
        const LengthContext grid{9, 117, 9};
        const auto parsed = parseLengthIn(typed, grid, LengthUnit::Millimetre);
        QCOMPARE(parsed.value_or(-1.0), points);
    }

    // What a length box shows, in each unit; and a type size by its 号 where it has one.
    void lengthsAsShown_data() {
        QTest::addColumn<double>("points");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QString>("shown");
        QTest::newRow("mm") << mmToPt(43) << int(LengthUnit::Millimetre) << "43.0 mm";
        QTest::newRow("pt") << 10.5 << int(LengthUnit::Point) << "10.5 pt";
        QTest::newRow("字") << 18.0 << int(LengthUnit::Zi) << "2 字";
        QTest::newRow("half a 字") << 4.5 << int(LengthUnit::Zi) << "0.5 字";
        QTest::newRow("栏") << 3 * 117.0 + 2 * 9.0 << int(LengthUnit::Lan) << "3 栏";
        QTest::newRow("a column and a half")
            << 1.5 * 117.0 + 0.5 * 9.0 << int(LengthUnit::Lan) << "1.5 栏";
    }
    void lengthsAsShown() {
        QFETCH(double, points);
        QFETCH(int, unit);
        QFETCH(QString, shown);
        const LengthContext grid{9, 117, 9};
        QCOMPARE(formatLength(points, LengthUnit(unit), grid), shown);
        // What is shown reads back as what it was (to the shown precision).
        QVERIFY(std::abs(*parseLengthIn(shown, grid, LengthUnit::Point) - points) < 0.1);
    }

    void typeSizesAsShownAndTyped() {
        QCOMPARE(formatTypeSize(9, TypeSizeUnit::Hao), QStringLiteral("小五"));
        QCOMPARE(formatTypeSize(42, TypeSizeUnit::Hao), QStringLiteral("初号"));
        QCOMPARE(formatTypeSize(9.5, TypeSizeUnit::Hao), QStringLiteral("9.5 pt"));
        QCOMPARE(formatTypeSize(9, TypeSizeUnit::Point), QStringLiteral("9 pt"));
        QCOMPARE(parseTypeSizeText(QStringLiteral("小五")).value_or(-1), 9.0);
        QCOMPARE(parseTypeSizeText(QStringLiteral("１０.５ｐｔ")).value_or(-1), 10.5);
        QCOMPARE(parseTypeSizeText(QStringLiteral(" 五号 ")).value_or(-1), 10.5);
        QVERIFY(!parseTypeSizeText(QStringLiteral("大五")));
    }
};

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
