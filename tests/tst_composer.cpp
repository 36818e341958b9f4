// Galley proofs of the composer: every rule and example of TYPOGRAPHY.md, at each
// kinsoku level. A row is (text, measure in 字, level, the lines expected).
#include <hb.h>

#include <QTest>
#include <thread>

#include "galley.h"
#include "sample_text.h"
#include "shaping/font_registry.h"

using namespace paiban;
using namespace paiban::test;

Q_DECLARE_METATYPE(paiban::Kinsoku)

namespace {

constexpr double kEm = 9;  // the galley style's 小五
constexpr double kTolerancePt = 0.01;

double em(double pt) {
    return pt / kEm;
}

}  // namespace

class TestComposer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Regression (the editor monkey, under ASan): a mark at the start of a span in another
    // size stays with the face before it, and the new run for that size moved the runs
    // the chosen face was read from. Every run's face and every item's run must be sound.
    void aMarkOpeningASpanOfAnotherSize() {
        const std::u16string text = u"中\u0301文\u0301字";
        std::vector<StyledSpan> spans;
        for (uint32_t i = 0; i < text.size(); ++i) {
            StyledSpan span;
            span.start = i;
            span.end = i + 1;
            span.fontFamily = "Noto Serif CJK SC";
            span.sizePt = 9 + i;  // every character a size of its own: a run each
            spans.push_back(span);
        }
        const ShapedParagraph shaped = shapeParagraph(text, spans, FontRegistry::shared());
        QCOMPARE(shaped.runs.size(), text.size());
        for (const FontRun& run : shaped.runs)
            QVERIFY(run.face && run.face->covers(0x4E2D));
        QVERIFY(shaped.missing.empty());
    }

    void initTestCase() {
        QVERIFY2(FontRegistry::shared().face("Noto Serif CJK SC"),
                 "Noto Serif CJK SC (fonts-noto-cjk) is needed");
    }

    void galleys_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("measure");
        QTest::addColumn<Kinsoku>("level");
        QTest::addColumn<QString>("expected");
        // §1, the examples as given: push in first.
        QTest::newRow("push in ， and 。")
            << "甲，乙丙丁。戊己" << 5.0 << Kinsoku::Gb << "甲，乙丙丁。|戊己";
        // With 孤字 control the bracket takes a companion along: （戊） holds one character.
        QTest::newRow("bracket kept with its text")
            << "甲乙丙丁（戊）" << 5.0 << Kinsoku::Gb << "甲乙丙|丁（戊）";
        // A comma that cannot be pushed in is not left to start a line: push out.
        QTest::newRow("none: ， may start a line")
            << "甲乙丙丁，戊己" << 4.0 << Kinsoku::None << "甲乙丙丁|，戊己";
        QTest::newRow("basic: push out before ，")
            << "甲乙丙丁，戊己" << 4.0 << Kinsoku::Basic << "甲乙丙|丁，戊己";
        QTest::newRow("gb: push out before ，")
            << "甲乙丙丁，戊己" << 4.0 << Kinsoku::Gb << "甲乙丙|丁，戊己";
        QTest::newRow("strict: push out before ，")
            << "甲乙丙丁，戊己" << 4.0 << Kinsoku::Strict << "甲乙丙|丁，戊己";
        // ICU 72 glues quotation marks to both sides; among Chinese they are brackets.
        QTest::newRow("break before “")
            << "甲乙丙，“丁戊”" << 4.0 << Kinsoku::Gb << "甲乙丙，|“丁戊”";
        QTest::newRow("break after ”")
            << "甲“乙丙”丁戊己" << 4.0 << Kinsoku::Gb << "甲“乙丙”|丁戊己";
        QTest::newRow("none: “ may end a line")
            << "甲乙丙“丁戊”" << 4.0 << Kinsoku::None << "甲乙丙“|丁戊”";
        QTest::newRow("gb: “ goes down") << "甲乙丙“丁戊”" << 4.0 << Kinsoku::Gb << "甲乙丙|“丁戊”";
        QTest::newRow("basic: ／ may end a line")
            << "甲乙丙／丁戊己庚辛" << 4.0 << Kinsoku::Basic << "甲乙丙／|丁戊己|庚辛";
        QTest::newRow("gb: ／ may not end a line")
            << "甲乙丙／丁戊己庚辛" << 4.0 << Kinsoku::Gb << "甲乙|丙／丁戊|己庚辛";
        // —— and …… never split, at any level; strict keeps them off the line start.
        QTest::newRow("none: —— whole")
            << "甲乙丙——丁戊" << 4.0 << Kinsoku::None << "甲乙丙|——丁戊";
        QTest::newRow("gb: —— not at line start")
            << "甲乙丙——丁戊" << 4.0 << Kinsoku::Gb << "甲乙|丙——|丁戊";
        // ICU's normal tailoring already keeps …… off the line start (UAX #14 LB22).
        QTest::newRow("gb: …… whole")
            << "甲乙丙丁……戊己" << 5.0 << Kinsoku::Gb << "甲乙丙|丁……戊己";
        QTest::newRow("strict: …… not at line start")
            << "甲乙丙丁……戊己" << 5.0 << Kinsoku::Strict << "甲乙丙|丁……戊己";
        QTest::newRow("none: …… whole")
            << "甲乙丙丁……戊己" << 5.0 << Kinsoku::None << "甲乙丙丁|……戊己";
        // §4: a number breaks from the Han before it, never inside.
        QTest::newRow("percentage whole")
            << "甲乙丙增长91.33%" << 5.0 << Kinsoku::Gb << "甲乙丙增长|91.33%";
    }
    void galleys() {
        QFETCH(QString, text);
        QFETCH(double, measure);
        QFETCH(Kinsoku, level);
        QFETCH(QString, expected);
        QCOMPARE(set(text, measure, level).proof(), expected);
    }

    // The §1 example as TYPOGRAPHY.md gives it, with 孤字 control off so that the
    // line-end rule alone decides.
    void bracketExampleWithoutOrphanControl() {
        ParagraphStyle style = galleyStyle();
        style.minLastLineChars = 1;
        QCOMPARE(set(QStringLiteral("甲乙丙丁（戊）"), 5, style).proof(),
                 QStringLiteral("甲乙丙丁|（戊）"));
        style.breaker = BreakerKind::FirstFit;
        QCOMPARE(set(QStringLiteral("甲乙丙丁（戊）"), 5, style).proof(),
                 QStringLiteral("甲乙丙丁|（戊）"));
    }

    // The same texts at every level: what each level prohibits, and ICU's tailoring
    // underneath (none → lb=loose lets anything start a line).
    void levels_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");  // none, basic, gb, strict
        const QString closing = QStringLiteral("甲乙丙|丁）戊己");
        QTest::newRow("）") << "甲乙丙丁）戊己"
                            << QStringList{"甲乙丙丁|）戊己", closing, closing, closing};
        const QString quote = QStringLiteral("甲乙丙|丁”戊己");
        QTest::newRow("”") << "甲乙丙丁”戊己" << QStringList{"甲乙丙丁|”戊己", quote, quote, quote};
        const QString opening = QStringLiteral("甲乙丙|（丁戊己");
        QTest::newRow("（") << "甲乙丙（丁戊己"
                            << QStringList{"甲乙丙（|丁戊己", opening, opening, opening};
        const QString stop = QStringLiteral("甲乙丙|丁。戊己");
        QTest::newRow("。") << "甲乙丙丁。戊己" << QStringList{"甲乙丙丁|。戊己", stop, stop, stop};
        const QString iteration = QStringLiteral("甲乙丙|丁々戊己");
        QTest::newRow("々") << "甲乙丙丁々戊己"
                            << QStringList{"甲乙丙丁|々戊己", iteration, iteration, iteration};
        const QString percent = QStringLiteral("甲乙丙|丁％戊己");
        QTest::newRow("％") << "甲乙丙丁％戊己"
                            << QStringList{"甲乙丙丁|％戊己", percent, percent, percent};
        const QString slashEnds = QStringLiteral("甲乙丙／|丁戊己庚|辛壬");
        const QString slashInside = QStringLiteral("甲乙|丙／丁戊|己庚辛壬");
        QTest::newRow("／") << "甲乙丙／丁戊己庚辛壬"
                            << QStringList{slashEnds, slashEnds, slashInside, slashInside};
        const QString dash = QStringLiteral("甲乙|丙——|丁戊");
        QTest::newRow("——") << "甲乙丙——丁戊" << QStringList{"甲乙丙|——丁戊", dash, dash, dash};
        const QString ellipsis = QStringLiteral("甲乙丙|丁……戊己");
        QTest::newRow("……") << "甲乙丙丁……戊己"
                            << QStringList{"甲乙丙丁|……戊己", ellipsis, ellipsis, ellipsis};
    }
    void levels() {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const Kinsoku levels[] = {Kinsoku::None, Kinsoku::Basic, Kinsoku::Gb, Kinsoku::Strict};
        const double measure = text.contains(QStringLiteral("……")) ? 5 : 4;
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(QStringLiteral("%1: %2").arg(toString(levels[i]),
                                                  set(text, measure, levels[i]).proof()),
                     QStringLiteral("%1: %2").arg(toString(levels[i]), expected[i]));
        }
    }

    void widthArithmetic_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("naturalEm");
        QTest::newRow("甲（乙）、（丙）丁 is 8 em, not 9") << "甲（乙）、（丙）丁" << 8.0;
        QTest::newRow("。」 collapse") << "甲。」乙" << 3.5;
        QTest::newRow("？？ keep their widths") << "甲？？乙" << 4.0;
        QTest::newRow("？！ keep their widths") << "甲？！乙" << 4.0;
        QTest::newRow("line-end 。 takes half") << "甲乙丙。" << 3.5;
        // Both edges: the line-start （ loses its leading half, the line-end ） its trailing half.
        QTest::newRow("brackets at both edges") << "（甲乙）" << 3.0;
        QTest::newRow("full-width middle dot mid-line") << "甲・乙" << 3.0;
    }
    void widthArithmetic() {
        QFETCH(QString, text);
        QFETCH(double, naturalEm);
        const Galley g = set(text, 40);
        QCOMPARE(g.lines.size(), size_t(1));
        QVERIFY2(qAbs(em(g.lines[0].natural) - naturalEm) < 0.01,
                 qPrintable(QStringLiteral("%1 is %2 em").arg(text).arg(em(g.lines[0].natural))));
    }

    // §2: adjacent compression comes from glyph ink, so fonts with or without halt/chws
    // give the same widths: the serif and sans faces lay their marks out differently.
    void sameWidthsInBothFaces() {
        ParagraphStyle sans = galleyStyle();
        sans.fontFamily = "Noto Sans CJK SC";
        const QString text = QStringLiteral("甲（乙）、（丙）丁，“戊”。");
        QCOMPARE(set(text, 40, sans).lines[0].natural, set(text, 40).lines[0].natural);
    }

    void trimmedOpeningBracket() {
        ParagraphStyle style = galleyStyle();
        const Galley on = set(QStringLiteral("甲乙丙（丁）戊"), 4, style);
        QCOMPARE(on.proof(), QStringLiteral("甲乙丙|（丁）戊"));
        QVERIFY(qAbs(em(on.lines[1].natural) - 3.5) < 0.01);
        QVERIFY(qAbs(em(on.lines[1].clusterX[0]) + 0.5) <
                0.01);  // the glyph starts half an em left
        style.trimLineStartBracket = false;
        const Galley off = set(QStringLiteral("甲乙丙（丁）戊"), 4, style);
        QCOMPARE(off.proof(), QStringLiteral("甲乙丙|（丁）戊"));
        QVERIFY(qAbs(em(off.lines[1].natural) - 4.0) < 0.01);
    }

    // §5: reduce first — the mid-line ， gives up its spare half before anything spreads.
    void reduceBeforeExpand() {
        const Galley g = set(QStringLiteral("甲，乙丙丁。戊己"), 5);
        const PlacedLine& line = g.lines[0];
        QVERIFY(qAbs(em(line.natural) - 5.5) < 0.01);
        QVERIFY(qAbs(em(line.width) - 5.0) < 0.01);
        QVERIFY(qAbs(em(line.clusterX[2]) - 1.5) < 0.01);  // 乙 follows a half-width ，
        QCOMPARE(line.maxGap, 0.0);
    }

    // §5: expand the Han–Latin gap (to ½ em) before spacing all characters.
    void expandHanLatinGapFirst() {
        const Galley g = set(QStringLiteral("甲乙A丙丁戊己庚"), 6.5);
        const PlacedLine& line = g.lines[0];
        QVERIFY(line.width > 0);
        QCOMPARE(line.evenGap, 0.0);
        QVERIFY(line.maxGap > 0 && em(line.maxGap) <= 0.25 + 1e-6);
    }

    void hanLatinGap() {
        ParagraphStyle style = galleyStyle();
        const double with = set(QStringLiteral("甲A乙"), 40, style).lines[0].natural;
        style.latinGapEm = 0;
        const double without = set(QStringLiteral("甲A乙"), 40, style).lines[0].natural;
        QVERIFY(qAbs(em(with - without) - 0.5) < 0.01);  // two gaps of ¼ em
        // No gap next to Chinese punctuation.
        style.latinGapEm = 0.25;
        const double punct = set(QStringLiteral("（A）"), 40, style).lines[0].natural;
        style.latinGapEm = 0;
        QCOMPARE(set(QStringLiteral("（A）"), 40, style).lines[0].natural, punct);
    }

    // §6: no 孤字 — the last line holds at least two characters (punctuation aside), by
    // either breaker, whatever the measure.
    void noOrphanCharacter_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << "甲乙丙丁戊己庚辛壬";
        QTest::newRow("with a stop") << "甲乙丙丁戊己庚辛壬。";
        QTest::newRow("with a bracket") << "甲乙丙丁戊己庚（辛）";
    }
    void noOrphanCharacter() {
        QFETCH(QString, text);
        for (BreakerKind breaker : {BreakerKind::TotalFit, BreakerKind::FirstFit}) {
            for (double measure = 3; measure <= 8; ++measure) {
                ParagraphStyle style = galleyStyle();
                style.breaker = breaker;
                const Galley g = set(text, measure, style);
                const LineMeasure last =
                    g.measured.measureLine(g.lines.back().span.start, g.lines.back().span.end);
                QVERIFY2(g.lines.size() == 1 || last.characters >= 2, qPrintable(g.proof()));
            }
        }
    }

    void numbersStayWhole() {
        for (double measure = 4; measure <= 9; ++measure) {
            const Galley g = set(QStringLiteral("甲乙丙丁增长91.33%，戊己庚辛"), measure);
            QVERIFY2(g.proof().contains(QStringLiteral("91.33%")), qPrintable(g.proof()));
        }
    }

    void numberAndUnitKeptUnlessNeeded() {
        // 1000万 may part only if nothing else fits: here it does not have to.
        const Galley g = set(QStringLiteral("约1000万元就业约3000人"), 6);
        for (const QString& line : g.texts()) {
            QVERIFY2(
                !line.endsWith(QStringLiteral("1000")) && !line.endsWith(QStringLiteral("3000")),
                qPrintable(g.proof()));
        }
    }

    void hangingPunctuation() {
        ParagraphStyle style = galleyStyle();
        style.hanging = Hanging::End;
        const Galley hung = set(QStringLiteral("甲乙丙丁，戊己庚"), 4, style);
        QCOMPARE(hung.proof(), QStringLiteral("甲乙丙丁，|戊己庚"));
        QVERIFY(hung.lines[0].span.hangsLastMark);
        QVERIFY(qAbs(em(hung.lines[0].width) - 4) < 0.01);
        // Never when marks come in a sequence.
        const Galley pair = set(QStringLiteral("甲乙丙”，戊己庚"), 4, style);
        QVERIFY(!pair.lines[0].span.hangsLastMark);
    }

    void firstLineIndent() {
        const Galley g =
            set(QStringLiteral("甲乙丙丁戊己庚辛壬癸子丑"), 6, galleyStyle(Kinsoku::Gb, 2));
        QCOMPARE(g.proof(), QStringLiteral("甲乙丙丁|戊己庚辛壬癸|子丑"));
        QVERIFY(qAbs(em(g.lines[0].clusterX[0]) - 2) < 0.01);
        QVERIFY(qAbs(em(g.lines[0].width) - 4) < 0.01);
    }

    void lastLineNotJustified() {
        const Galley g = set(QStringLiteral("甲乙丙丁戊己庚"), 5);
        QCOMPARE(g.proof(), QStringLiteral("甲乙丙丁戊|己庚"));
        QCOMPARE(g.lines[1].width, g.lines[1].natural);
        QCOMPARE(g.lines[1].maxGap, 0.0);
    }

    void alignment() {
        ParagraphStyle style = galleyStyle();
        style.alignment = Alignment::Center;
        const Galley g = set(QStringLiteral("甲乙"), 6, style);
        QVERIFY(qAbs(em(g.lines[0].offset) - 2) < 0.01);
        style.alignment = Alignment::End;
        QVERIFY(qAbs(em(set(QStringLiteral("甲乙"), 6, style).lines[0].offset) - 4) < 0.01);
    }

    // Headlines: even lines, broken between words (ICU's dictionary), not a full line and
    // a stub cut through a word.
    void balancedHeadline() {
        ParagraphStyle style = galleyStyle();
        style.alignment = Alignment::Center;
        style.sizePt = 12;
        QCOMPARE(set(QStringLiteral("疫情防控能力建设推进会"), 9.75, style).proof(),
                 QStringLiteral("疫情防控能力建设推|进会"));
        style.balanceLines = true;
        style.breakBetweenWords = true;
        QCOMPARE(set(QStringLiteral("疫情防控能力建设推进会"), 9.75, style).proof(),
                 QStringLiteral("疫情防控能力|建设推进会"));
        // One line stays one line.
        QCOMPARE(set(QStringLiteral("土地出让工作推进会"), 9.75, style).proof(),
                 QStringLiteral("土地出让工作推进会"));
    }

    // Push in first: squeezing half an em out of a line's punctuation costs less than
    // spreading the same half em over its fifteen gaps; the last line is free to be short.
    void squeezingIsCheaperThanSpreading() {
        LineMeasure squeezed;
        squeezed.natural = 16.5 * kEm;
        squeezed.shrinkTotal = 0.5 * kEm;
        squeezed.evenGaps = 15;
        LineMeasure spread;
        spread.natural = 15.5 * kEm;
        spread.evenGaps = 15;
        const double squeeze = lineBadness(squeezed, 16 * kEm, kEm, false);
        const double spreadOut = lineBadness(spread, 16 * kEm, kEm, false);
        QVERIFY2(squeeze < spreadOut,
                 qPrintable(QStringLiteral("%1 vs %2").arg(squeeze).arg(spreadOut)));
        QCOMPARE(lineBadness(spread, 16 * kEm, kEm, true), 0.0);
        // A gap of exactly the loose threshold (0.05 em) costs 100.
        spread.natural = 16 * kEm - 15 * 0.05 * kEm;
        QVERIFY(qAbs(lineBadness(spread, 16 * kEm, kEm, false) - 100) < 1e-6);
    }

    void firstFitPushesInThenOut() {
        ParagraphStyle style = galleyStyle();
        style.breaker = BreakerKind::FirstFit;
        QCOMPARE(set(QStringLiteral("甲，乙丙丁。戊己"), 5, style).proof(),
                 QStringLiteral("甲，乙丙丁。|戊己"));
        QCOMPARE(set(QStringLiteral("甲乙丙丁，戊己"), 4, style).proof(),
                 QStringLiteral("甲乙丙|丁，戊己"));
        QCOMPARE(set(QStringLiteral("甲乙丙丁戊己庚辛壬"), 4, style).proof(),
                 QStringLiteral("甲乙丙丁|戊己庚|辛壬"));
    }

    // Shape once, break many: one measured paragraph broken at many widths gives what
    // composing from scratch gives, and the breaker only reads it.
    void breakManyWithoutReshaping() {
        const QString text = QStringLiteral(
            "据了解，许昌数字电商孵化基地建成后，业务将覆盖本地及半径100公里的周边地区。");
        const Galley once = set(text, 10);
        const size_t glyphs = once.measured.shaped.glyphs.size();
        for (double measure = 5; measure <= 30; measure += 1) {
            const ParagraphStyle style = galleyStyle();
            const auto lines = composeLines(once.measured, style, {measure * kEm});
            QStringList texts;
            for (const auto& l : lines)
                texts << lineText(once.measured, l.span);
            QCOMPARE(texts.join(u'|'), set(text, measure).proof());
        }
        QCOMPARE(once.measured.shaped.glyphs.size(), glyphs);
    }

    void eachLineItsOwnWidth() {
        const Galley g = set(QStringLiteral("甲乙丙丁戊己庚辛壬癸子丑寅卯"), 4);
        const auto lines = composeLines(g.measured, galleyStyle(), {2 * kEm, 3 * kEm, 5 * kEm});
        QStringList texts;
        for (const auto& l : lines)
            texts << lineText(g.measured, l.span);
        QCOMPARE(texts.join(u'|'), QStringLiteral("甲乙|丙丁戊|己庚辛壬癸|子丑寅卯"));
    }

    void missingGlyphIsReported() {
        const QString text =
            QStringLiteral("甲乙") + QString::fromUcs4(U"\U0010FFFD") + QStringLiteral("丙");
        const Galley g = set(text, 10);
        QCOMPARE(g.measured.shaped.missing.size(), size_t(1));
        QCOMPARE(g.measured.shaped.missing[0].codePoint, 2u);
        QCOMPARE(g.measured.shaped.missing[0].cp, char32_t(0x10FFFD));
    }

    // The glyph cache in front of the cmap (shaping/glyph_cache.h) answers as HarfBuzz's
    // own font does: for every BMP code point, asked once (a lookup) and again (from the
    // cache), one at a time and a buffer at once, by four threads filling it together;
    // and past the BMP, where it asks the cmap every time.
    void glyphCacheAnswersAsTheCmap() {
        const FontFacePtr face = FontRegistry::shared().face("Noto Serif CJK SC");
        hb_font_t* plain = hb_font_create(face->hbFace());
        std::vector<hb_codepoint_t> codePoints;
        for (hb_codepoint_t cp = 0; cp < 0x10000; ++cp) {
            if (cp < 0xD800 || cp > 0xDFFF)
                codePoints.push_back(cp);
        }
        for (hb_codepoint_t cp : {0x20000u, 0x2A6D6u, 0x1F600u, 0x10FFFDu})
            codePoints.push_back(cp);
        std::vector<hb_codepoint_t> expected(codePoints.size());
        std::vector<bool> mapped(codePoints.size());
        size_t mappedCount = 0;
        for (size_t i = 0; i < codePoints.size(); ++i) {
            mapped[i] = hb_font_get_nominal_glyph(plain, codePoints[i], &expected[i]);
            mappedCount += mapped[i];
        }
        QVERIFY2(mappedCount > 20000, "the face maps the common ideographs");

        hb_font_t* cached = face->hbFont();
        auto mismatches = [&](size_t first, size_t step) {
            int wrong = 0;
            for (int pass = 0; pass < 2; ++pass) {
                for (size_t i = first; i < codePoints.size(); i += step) {
                    hb_codepoint_t glyph = 0;
                    const bool found = hb_font_get_nominal_glyph(cached, codePoints[i], &glyph);
                    wrong += found != mapped[i] || (found && glyph != expected[i]);
                }
            }
            return wrong;
        };
        std::vector<int> wrongByThread(4);
        std::vector<std::thread> threads;
        for (size_t t = 0; t < wrongByThread.size(); ++t)
            threads.emplace_back([&, t] { wrongByThread[t] = mismatches(t, 3); });
        for (auto& thread : threads)
            thread.join();
        for (int wrong : wrongByThread)
            QCOMPARE(wrong, 0);

        // A buffer at once: the count found before the first unmapped code point.
        std::vector<hb_codepoint_t> glyphs(codePoints.size());
        size_t i = 0;
        while (i < codePoints.size()) {
            const unsigned n = hb_font_get_nominal_glyphs(
                cached, static_cast<unsigned>(codePoints.size() - i), &codePoints[i],
                sizeof(hb_codepoint_t), &glyphs[i], sizeof(hb_codepoint_t));
            for (size_t k = i; k < i + n; ++k)
                QVERIFY(mapped[k] && glyphs[k] == expected[k]);
            i += n;
            if (i < codePoints.size()) {
                QVERIFY2(!mapped[i], qPrintable(QString::number(codePoints[i], 16)));
                ++i;
            }
        }
        hb_font_destroy(plain);
    }

    // Shaping the sample through the cache gives HarfBuzz's glyphs and positions.
    void cachedShapingMatchesPlainHarfBuzz() {
        const FontFacePtr face = FontRegistry::shared().face("Noto Serif CJK SC");
        hb_font_t* plain = hb_font_create(face->hbFace());
        hb_font_set_scale(plain, static_cast<int>(face->unitsPerEm()),
                          static_cast<int>(face->unitsPerEm()));
        auto shape = [](hb_font_t* font, const QString& text) {
            hb_buffer_t* buffer = hb_buffer_create();
            hb_buffer_add_utf16(buffer, reinterpret_cast<const uint16_t*>(text.utf16()),
                                static_cast<int>(text.size()), 0, static_cast<int>(text.size()));
            hb_buffer_set_language(buffer, hb_language_from_string("zh-Hans", -1));
            hb_buffer_guess_segment_properties(buffer);
            hb_shape(font, buffer, nullptr, 0);
            unsigned count = 0;
            const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer, &count);
            const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &count);
            QStringList glyphs;
            for (unsigned g = 0; g < count; ++g) {
                glyphs << QStringLiteral("%1@%2+%3")
                              .arg(infos[g].codepoint)
                              .arg(infos[g].cluster)
                              .arg(positions[g].x_advance);
            }
            hb_buffer_destroy(buffer);
            return glyphs.join(u' ');
        };
        const QStringList paragraphs = sampleBodyParagraphs() + sampleHeadlines();
        QVERIFY(paragraphs.size() > 30);
        for (const QString& p : paragraphs)
            QCOMPARE(shape(face->hbFont(), p), shape(plain, p));
        hb_font_destroy(plain);
    }
};

QTEST_GUILESS_MAIN(TestComposer)
#include "tst_composer.moc"
