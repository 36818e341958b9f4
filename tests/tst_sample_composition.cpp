// Properties of the composer over the whole sample page, at several measures, levels
// and both breakers: the lines add up to the paragraph, no line starts or ends with a
// prohibited character, justified lines exactly fill the measure, no 孤字.
#include <QTest>

#include "breaking/line_breaker.h"
#include "galley.h"
#include "sample_text.h"
#include "text/char_class.h"

using namespace paiban;
using namespace paiban::test;

Q_DECLARE_METATYPE(paiban::Kinsoku)
Q_DECLARE_METATYPE(paiban::BreakerKind)

namespace {

constexpr double kFillTolerancePt = 0.01;

}  // namespace

class TestSampleComposition : public QObject {
    Q_OBJECT
private:
    QStringList paragraphs_;

private Q_SLOTS:
    void initTestCase() {
        paragraphs_ = sampleBodyParagraphs();
        QVERIFY2(paragraphs_.size() > 30, "the sample edition's body paragraphs are needed");
    }

    void properties_data() {
        QTest::addColumn<double>("measure");
        QTest::addColumn<Kinsoku>("level");
        QTest::addColumn<BreakerKind>("breaker");
        for (double measure : {11.0, 13.0, 16.0, 22.0}) {
            for (Kinsoku level : {Kinsoku::Basic, Kinsoku::Gb, Kinsoku::Strict}) {
                for (BreakerKind breaker : {BreakerKind::TotalFit, BreakerKind::FirstFit}) {
                    QTest::addRow("%g字 %s %s", measure, toString(level), toString(breaker))
                        << measure << level << breaker;
                }
            }
        }
        QTest::addRow("16字 none total") << 16.0 << Kinsoku::None << BreakerKind::TotalFit;
    }

    void properties() {
        QFETCH(double, measure);
        QFETCH(Kinsoku, level);
        QFETCH(BreakerKind, breaker);
        ParagraphStyle style = galleyStyle(level, 2);
        style.breaker = breaker;
        const double measurePt = measure * style.sizePt;
        for (const QString& text : paragraphs_) {
            const Galley g = set(text, measure, style);
            const QStringList lines = g.texts();
            QCOMPARE(lines.join(QString()), text);  // nothing lost, nothing repeated
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const PlacedLine& line = g.lines[static_cast<size_t>(i)];
                const bool last = i + 1 == lines.size();
                const QString where = QStringLiteral("line %1 of: %2").arg(i + 1).arg(g.proof());
                QVERIFY2(!line.span.overfull && !line.span.forcedBreak, qPrintable(where));
                const double target = measurePt - (i == 0 ? 2 * style.sizePt : 0);
                if (!last) {
                    QVERIFY2(qAbs(line.width - target) < kFillTolerancePt, qPrintable(where));
                    QVERIFY2(!mayNotEndLine(lines[i].toUcs4().back(), level), qPrintable(where));
                } else {
                    QVERIFY2(line.width <= target + kFillTolerancePt, qPrintable(where));
                }
                if (i > 0)
                    QVERIFY2(!mayNotStartLine(lines[i].toUcs4().front(), level), qPrintable(where));
                if (i > 0)
                    QVERIFY2(
                        !isInseparablePair(lines[i - 1].toUcs4().back(), lines[i].toUcs4().front()),
                        qPrintable(where));
            }
            if (lines.size() > 1) {
                const LineSpan& span = g.lines.back().span;
                QVERIFY2(g.measured.measureLine(span.start, span.end).characters >= 2,
                         qPrintable(g.proof()));
            }
        }
    }

    // Total-fit's bounded first pass must find exactly the breaks an exhaustive search
    // finds, at every measure, level and hanging setting, over the whole sample.
    void boundedSearchFindsTheExhaustiveBreaks() {
        int paragraphsSet = 0;
        for (Kinsoku level : {Kinsoku::None, Kinsoku::Basic, Kinsoku::Gb, Kinsoku::Strict}) {
            for (Hanging hanging : {Hanging::Off, Hanging::End}) {
                ParagraphStyle style = galleyStyle(level, 2);
                style.hanging = hanging;
                for (const QString& text : paragraphs_) {
                    const Galley g = set(text, 16, style);
                    for (double measure : {7.0, 11.0, 13.0, 16.0, 16.5, 22.0, 31.0}) {
                        BreakParams bounded;
                        bounded.lineWidths = {(measure - 2) * style.sizePt, measure * style.sizePt};
                        BreakParams exhaustive = bounded;
                        exhaustive.boundedSearch = false;
                        const auto a = breakLines(g.measured, bounded);
                        const auto b = breakLines(g.measured, exhaustive);
                        QCOMPARE(a.size(), b.size());
                        for (size_t i = 0; i < a.size(); ++i) {
                            const QString where = QStringLiteral("%1字 %2 hanging %3, line %4: %5")
                                                      .arg(measure)
                                                      .arg(QString::fromLatin1(toString(level)))
                                                      .arg(hanging == Hanging::End ? "end" : "off")
                                                      .arg(i + 1)
                                                      .arg(text);
                            QVERIFY2(a[i].start == b[i].start && a[i].end == b[i].end &&
                                         a[i].hangsLastMark == b[i].hangsLastMark &&
                                         a[i].overfull == b[i].overfull &&
                                         a[i].forcedBreak == b[i].forcedBreak,
                                     qPrintable(where));
                        }
                        ++paragraphsSet;
                    }
                }
            }
        }
        QVERIFY(paragraphsSet > 1000);
    }

    // The quality bar of issue 3: at 16 字, fewer loose lines (extra spacing above 0.05 em
    // between characters) than the printed page's 17 of 345, total-fit at least as good
    // as first-fit.
    void fewLooseLines() {
        auto countLoose = [&](BreakerKind breaker, int* lineCount) {
            ParagraphStyle style = galleyStyle(Kinsoku::Gb, 2);
            style.breaker = breaker;
            int loose = 0;
            *lineCount = 0;
            for (const QString& text : paragraphs_) {
                const Galley g = set(text, 16, style);
                for (size_t i = 0; i + 1 < g.lines.size(); ++i) {
                    if (g.lines[i].maxGap > 0.05 * style.sizePt + 1e-9)
                        ++loose;
                }
                *lineCount += static_cast<int>(g.lines.size());
            }
            return loose;
        };
        int totalLines = 0, firstLines = 0;
        const int total = countLoose(BreakerKind::TotalFit, &totalLines);
        const int first = countLoose(BreakerKind::FirstFit, &firstLines);
        qInfo("16字: %d of %d lines loose with total-fit, %d of %d with first-fit", total,
              totalLines, first, firstLines);
        QVERIFY(total < 17);
        QVERIFY(total <= first);
    }
};

QTEST_GUILESS_MAIN(TestSampleComposition)
#include "tst_sample_composition.moc"
