// Flow: a story runs through its frames column by column on the baseline grid, around
// photos that push text away, and what does not fit is reported as overset.
#include <QTest>
#include <cmath>

#include "display/edition_layout.h"
#include "flow/story_flow.h"
#include "shaping/font_registry.h"

using namespace paiban;

namespace {

constexpr double kLead = 13.5;
constexpr double kTop = 50;
constexpr double kAscent = 0.88 * 9;  // Noto CJK's ideographic em box above the baseline, at 小五

Edition twoFrameEdition(const QString& text, double frameHeight = 4 * kLead) {
    Edition e;
    ParagraphStyle body;
    body.name = "body";
    body.leadingPt = kLead;
    e.styles.paragraphStyles.push_back(body);
    Page page;
    page.widthPt = 400;
    page.heightPt = 600;
    page.margins = {kTop, 50, 50, 50};
    page.grid.baselinePt = kLead;
    page.grid.baselineOffsetPt = kAscent;  // the first line's em box sits on the top margin
    Frame a;
    a.id = "a";
    a.rect = {50, kTop, 117, frameHeight};
    Frame b = a;
    b.id = "b";
    b.rect.x = 200;
    page.frames = {a, b};
    e.pages.push_back(page);
    Story s;
    s.id = "s";
    s.frameIds = {"a", "b"};
    s.paragraphs.push_back(Paragraph{"body", {{text, QString()}}});
    e.stories.push_back(s);
    return e;
}

QString lineText(const FlowedLine& line) {
    const auto& clusters = line.paragraph->shaped.clusters;
    const uint32_t start = clusters[static_cast<size_t>(line.line.span.start)].textStart;
    const uint32_t end = clusters[static_cast<size_t>(line.line.span.end - 1)].textEnd;
    return QString::fromUtf16(line.paragraph->shaped.text.data() + start,
                              static_cast<qsizetype>(end - start));
}

QString repeatText(int characters) {
    const QString source =
        QStringLiteral("魏都区生态环境分局通过转变执法方式提升审批效能助力绿色发展");
    QString out;
    while (out.size() < characters)
        out += source;
    return out.left(characters);
}

}  // namespace

class TestFlow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void threadsThroughFramesOnTheGrid() {
        const QString text = repeatText(13 * 7 - 2);  // 7 lines of 13 字 with the 2-字 indent
        const Edition e = twoFrameEdition(text);
        ParagraphCache cache;
        const StoryLayout layout = flowStory(e, e.stories[0], FontRegistry::shared(), cache);
        QCOMPARE(layout.oversetParagraph, -1);
        QCOMPARE(layout.lines.size(), size_t(7));
        QString all;
        for (size_t i = 0; i < layout.lines.size(); ++i) {
            const FlowedLine& line = layout.lines[i];
            all += lineText(line);
            // On the baseline grid, below the frame's top by at least the em box's ascent.
            const double steps = (line.baseline - kTop - kAscent) / kLead;
            QVERIFY2(std::abs(steps - std::round(steps)) < 1e-9,
                     qPrintable(QString::number(line.baseline)));
            QCOMPARE(line.x, i < 4 ? 50.0 : 200.0);  // four lines fill frame a, the rest go to b
        }
        QCOMPARE(all, text);
        QVERIFY(layout.lines[0].baseline - 0.88 * 9 >= kTop - 1e-9);
        QCOMPARE(layout.lines[4].baseline, layout.lines[0].baseline);  // b starts level with a
    }

    void oversetIsReportedNeverDropped() {
        const QString text = repeatText(200);
        const Edition e = twoFrameEdition(text);
        ParagraphCache cache;
        const StoryLayout layout = flowStory(e, e.stories[0], FontRegistry::shared(), cache);
        QCOMPARE(layout.oversetParagraph, 0);
        QString set;
        for (const auto& line : layout.lines)
            set += lineText(line);
        QCOMPARE(set.size() + layout.oversetCharacters, text.size());
        QCOMPARE(layout.diagnostics.size(), size_t(1));
        QCOMPARE(layout.diagnostics[0].kind, DiagnosticKind::Overset);
        QCOMPARE(layout.diagnostics[0].frameId, QStringLiteral("b"));

        const EditionDisplay display = layoutEdition(e, QString(), FontRegistry::shared(), cache);
        bool marked = false;
        for (const auto& item : display.pages[0].items)
            marked = marked || std::holds_alternative<OversetMarkItem>(item);
        QVERIFY(marked);
    }

    void textRunsAroundAPhoto() {
        Edition e = twoFrameEdition(repeatText(120), 12 * kLead);
        Frame photo;
        photo.id = "photo";
        photo.kind = FrameKind::Image;
        photo.imagePath = "missing.jpg";
        photo.rect = {50 + 60, kTop, 100, 3 * kLead};  // covers the right half of frame a's top
        photo.wrapText = true;
        e.pages[0].frames.push_back(photo);  // on top of the text frames
        ParagraphCache cache;
        const StoryLayout layout = flowStory(e, e.stories[0], FontRegistry::shared(), cache);
        const double em = 9;
        int narrowed = 0;
        for (const auto& line : layout.lines) {
            if (line.x != 50)
                continue;
            const bool besidePhoto = line.baseline - 0.88 * em < kTop + 3 * kLead;
            const double width = line.line.width + (line.line.offset);
            if (besidePhoto) {
                QVERIFY2(width <= 60 + 1e-6, qPrintable(lineText(line)));
                ++narrowed;
            } else {
                QVERIFY(width > 100);
            }
        }
        QVERIFY(narrowed >= 2);
    }

    void frameAboveAPhotoIsNotPushed() {
        Edition e = twoFrameEdition(repeatText(30), 12 * kLead);
        Frame photo;
        photo.id = "photo";
        photo.kind = FrameKind::Box;
        photo.rect = {50, kTop, 117, 3 * kLead};
        photo.wrapText = true;
        e.pages[0].frames.insert(e.pages[0].frames.begin(), photo);  // below the text frames
        ParagraphCache cache;
        const StoryLayout layout = flowStory(e, e.stories[0], FontRegistry::shared(), cache);
        QVERIFY(layout.lines[0].baseline < kTop + kLead + 1e-9);
    }

    void widowControlKeepsLastLineOffColumnTop() {
        const QString text = repeatText(13 * 5 - 2);  // 5 lines: 4 in frame a, 1 would open b
        Edition e = twoFrameEdition(text);
        ParagraphCache cache;
        StoryLayout layout = flowStory(e, e.stories[0], FontRegistry::shared(), cache);
        QCOMPARE(layout.lines.back().x, 200.0);
        QCOMPARE(layout.lines[3].x, 50.0);
        e.styles.paragraphStyles[0].widowControl = true;
        layout = flowStory(e, e.stories[0], FontRegistry::shared(), cache);
        QCOMPARE(layout.lines.size(), size_t(5));
        QCOMPARE(layout.lines[3].x, 200.0);  // two lines open frame b
        QCOMPARE(layout.lines[2].x, 50.0);
    }

    void editsReshapeOnlyWhatChanged() {
        Edition e = twoFrameEdition(repeatText(20));
        e.stories[0].paragraphs.push_back(Paragraph{"body", {{repeatText(25), QString()}}});
        e.stories[0].paragraphs.push_back(Paragraph{"body", {{repeatText(30), QString()}}});
        ParagraphCache cache;
        layoutEdition(e, QString(), FontRegistry::shared(), cache);
        QCOMPARE(cache.misses(), 3);
        layoutEdition(e, QString(), FontRegistry::shared(), cache);
        QCOMPARE(cache.misses(), 3);
        e.stories[0].paragraphs[1].runs[0].text += QStringLiteral("新");
        layoutEdition(e, QString(), FontRegistry::shared(), cache);
        QCOMPARE(cache.misses(), 4);
        QCOMPARE(cache.size(), size_t(3));  // the old version of the edited paragraph is gone
        e.styles.paragraphStyles[0].breakBetweenWords = true;  // a measuring setting changes
        layoutEdition(e, QString(), FontRegistry::shared(), cache);
        QCOMPARE(cache.misses(), 7);
    }

    void looseLinesAreDiagnosed() {
        Edition e = twoFrameEdition(QStringLiteral("甲乙丙丁，戊己庚辛壬癸子"), 8 * kLead);
        e.pages[0].frames[0].rect.width = 4 * 9;  // 4 字: the comma forces a push-out
        e.styles.paragraphStyles[0].firstLineIndentEm = 0;
        ParagraphCache cache;
        const StoryLayout layout = flowStory(e, e.stories[0], FontRegistry::shared(), cache);
        QVERIFY(!layout.diagnostics.empty());
        QCOMPARE(layout.diagnostics[0].kind, DiagnosticKind::LooseLine);
        QVERIFY2(layout.diagnostics[0].message.contains(QStringLiteral("甲乙丙")),
                 qPrintable(layout.diagnostics[0].message));
        QCOMPARE(layout.diagnostics[0].frameId, QStringLiteral("a"));
    }

    // A style naming a font that is not installed still sets its text, with a fallback,
    // and says so; a character no font has is reported with where it is (缺字).
    void missingFontsAndGlyphsAreDiagnosed() {
        Edition e = twoFrameEdition(QStringLiteral("甲乙") + QString::fromUcs4(U"\U0010FFFD") +
                                    QStringLiteral("丙丁"));
        e.styles.paragraphStyles[0].fontFamily = "No Such Font 宋体";
        ParagraphCache cache;
        const StoryLayout layout = flowStory(e, e.stories[0], FontRegistry::shared(), cache);
        QCOMPARE(layout.lines.size(), size_t(1));
        bool missingFont = false, missingGlyph = false;
        for (const Diagnostic& d : layout.diagnostics) {
            missingFont = missingFont || (d.kind == DiagnosticKind::MissingFont &&
                                          d.message.contains(QStringLiteral("No Such Font")));
            if (d.kind == DiagnosticKind::MissingGlyph) {
                missingGlyph = true;
                QCOMPARE(d.codePoint, 2);
                QCOMPARE(d.paragraph, 0);
                QVERIFY2(d.message.startsWith(QStringLiteral("缺字: no font has U+10FFFD")),
                         qPrintable(d.message));
            }
        }
        QVERIFY(missingFont);
        QVERIFY(missingGlyph);
    }

    void missingImageIsDiagnosed() {
        Edition e = twoFrameEdition(repeatText(10));
        Frame photo;
        photo.id = "photo";
        photo.kind = FrameKind::Image;
        photo.imagePath = "nowhere.jpg";
        photo.rect = {10, 10, 20, 20};
        e.pages[0].frames.push_back(photo);
        ParagraphCache cache;
        const EditionDisplay display =
            layoutEdition(e, QStringLiteral("/tmp"), FontRegistry::shared(), cache);
        QCOMPARE(display.diagnostics.size(), size_t(1));
        QCOMPARE(display.diagnostics[0].kind, DiagnosticKind::MissingImage);
    }
};

QTEST_GUILESS_MAIN(TestFlow)
#include "tst_flow.moc"
