#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
