// The page grid in the newsroom's terms (TYPOGRAPHY.md §7): presets, basic columns of
// whole characters, 破栏 arithmetic, snapping frames to columns and grid lines, and
// image frames fitted to their content.
#include <QTest>

#include "model/grid.h"

using namespace paiban;

class TestGrid : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void broadsheetPreset() {
        const PagePreset* preset = pagePreset("对开");
        QVERIFY(preset);
        const Page page = makePage(*preset);
        QCOMPARE(qRound(page.widthPt / kPtPerMm), 390);
        QCOMPARE(qRound(page.heightPt / kPtPerMm), 543);
        // 8 × 13 字 + 7 gutters of 1 字 = 111 字 of 小五: about 351 mm (352.4).
        QCOMPARE(typeAreaWidth(page), 111 * 9.0);
        QVERIFY(std::abs(typeAreaWidth(page) / kPtPerMm - 351) < 2);
        QCOMPARE(page.margins.left, page.margins.right);
        // The type area holds a whole number of body lines.
        const double lines = (page.heightPt - page.margins.top - page.margins.bottom) / 13.5;
        QCOMPARE(lines, std::round(lines));
        QCOMPARE(page.grid.baselineOffsetPt, 0.88 * 9);
    }

    void tabloidPreset() {
        const Page page = makePage(*pagePreset("4开"));
        QCOMPARE(page.grid.columns, 6);
        QCOMPARE(qRound(page.widthPt / kPtPerMm * 10), 2715);
        QVERIFY(page.margins.left > 0);
        QVERIFY(!pagePreset("8开"));
    }

    // A column spanning n basic columns holds 13n + (n − 1) characters.
    void columnSpans_data() {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("characters");
        QTest::newRow("one") << 0 << 1 << 13;
        QTest::newRow("two") << 3 << 2 << 27;
        QTest::newRow("five") << 0 << 5 << 69;
        QTest::newRow("通栏") << 0 << 8 << 111;
    }
    void columnSpans() {
        QFETCH(int, first);
        QFETCH(int, count);
        QFETCH(int, characters);
        const Page page = makePage(*pagePreset("对开"));
        const Rect span = columnSpan(page, first, count);
        QCOMPARE(span.width, characters * 9.0);
        QCOMPARE(span.x, page.margins.left + first * 14 * 9.0);
    }

    void resplitting() {
        QCOMPARE(resplit(69, 3).charsPerColumn, 22);  // five basic columns set as three
        QCOMPARE(resplit(69, 3).remainder, 1);
        QCOMPARE(resplit(69, 4).charsPerColumn, 16);
        QCOMPARE(resplit(69, 4).remainder, 2);
        QCOMPARE(resplit(27, 2).charsPerColumn, 13);
    }

    void freeColumnWidths() {
        Page page = makePage(*pagePreset("对开"));
        page.grid.columnChars = 0;  // free: equal shares of the type area
        const double free = page.widthPt - page.margins.left - page.margins.right;
        QVERIFY(std::abs(typeAreaWidth(page) - free) < 1e-9);
    }

    void framesSnapToColumnsAndGridLines() {
        const Page page = makePage(*pagePreset("对开"));
        const Rect twoColumns = columnSpan(page, 2, 2);
        const Rect dragged{twoColumns.x + 3, page.margins.top + 5 * 13.5 - 4, twoColumns.width - 5,
                           10 * 13.5 + 2};
        const Rect snapped = snapToGrid(page, dragged, 9);
        QCOMPARE(snapped.x, twoColumns.x);
        QCOMPARE(snapped.right(), twoColumns.right());
        QCOMPARE(snapped.y, page.margins.top + 5 * 13.5);
        QCOMPARE(snapped.bottom(), page.margins.top + 15 * 13.5);
        // Too far from any edge to snap within the tolerance: left alone.
        const Rect loose{twoColumns.x + 40, page.margins.top + 6, 50, 50};
        QCOMPARE(snapToGrid(page, loose, 2).x, loose.x);
    }

    void framesSnapToGuides() {
        Page page = makePage(*pagePreset("对开"));
        page.guides = {{true, 400.25}, {false, 700.5}};
        const Rect snapped = snapToGrid(page, Rect{398, 703, 100, 100}, 4);
        QCOMPARE(snapped.x, 400.25);
        QCOMPARE(snapped.y, 700.5);
    }

    void imageFrameToContent() {
        Frame photo;
        photo.kind = FrameKind::Image;
        photo.rect = {0, 0, 300, 100};
        photo.fit = ImageFit::Manual;
        photo.imageOffsetX = 12;
        frameToContent(photo, 1200, 800);
        QCOMPARE(photo.rect.height, 200.0);
        QCOMPARE(photo.fit, ImageFit::Fill);
        QCOMPARE(photo.imageOffsetX, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestGrid)
#include "tst_grid.moc"
