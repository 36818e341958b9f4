// Flow: a story runs through its frames column by column on the baseline grid, around
// photos that push text away, and what does not fit is reported as overset.
#include <QTest>
#include <cmath>

#include "display/edition_layout.h"
#include "flow/story_flow.h"
#include "shaping/font_registry.h"

using namespace paiban;

Q_DECLARE_METATYPE(paiban::Rect)

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

// The text of every line set on a page, in order.
QStringList linesOnPage(const StoryLayout& layout, int page) {
    QStringList out;
    for (const FlowedLine& line : layout.lines) {
        if (line.page == page)
            out << lineText(line);
    }
    return out;
}

// A story threaded from frame a on page 1 to frame b on page 2.
Edition twoPageEdition(const QString& text) {
    Edition e = twoFrameEdition(text);
    Page second = e.pages[0];
    second.frames = {e.pages[0].frames[1]};
    e.pages[0].frames.pop_back();
    e.pages.push_back(second);
    return e;
}

bool onGrid(const FlowedLine& line) {
    const double steps = (line.baseline - kTop - kAscent) / kLead;
    return std::abs(steps - std::round(steps)) < 1e-6;
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

        LayoutCache layoutCache;
        const EditionDisplay display =
            layoutEdition(e, QString(), FontRegistry::shared(), layoutCache);
        int markedCharacters = 0;
        for (const auto& item : display.pages[0].items) {
            if (const auto* mark = std::get_if<OversetMarkItem>(&item))
                markedCharacters = mark->characters;
        }
        QCOMPARE(markedCharacters, layout.oversetCharacters);  // 溢文 with its count
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

    // Regression (found by the editor monkey): slots that narrow to slivers after a wide
    // first line made the flow ask for the same slots again and again — the editor hung
    // when a text frame was dragged beside a photo. The story must set, in its slots or
    // as overset.
    void narrowSlotsAfterAWideOneEndTheLookAhead() {
        // 300 characters; a wide first line, 19 lines at less than half the width beside a
        // photo, wide lines again after it: the estimate from the last slot taken (wide)
        // never asked for the slots the narrow lines need.
        Edition e = twoFrameEdition(repeatText(300), 40 * kLead);
        e.stories[0].frameIds = {"a"};
        Frame photo;
        photo.id = "photo";
        photo.kind = FrameKind::Image;
        photo.imagePath = "missing.jpg";
        photo.rect = {50 + 55, kTop + kLead, 200, 19 * kLead};
        photo.wrapText = true;
        e.pages[0].frames.push_back(photo);
        ParagraphCache cache;
        const StoryLayout layout = flowStory(e, e.stories[0], FontRegistry::shared(), cache);
        int characters = 0;
        int narrow = 0;
        for (const auto& line : layout.lines) {
            characters += static_cast<int>(lineText(line).size());
            narrow += line.line.width < 60;
        }
        QCOMPARE(characters + layout.oversetCharacters, 300);
        QCOMPARE(layout.oversetCharacters, 0);
        QVERIFY2(narrow >= 15, qPrintable(QString::number(narrow)));
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
        LayoutCache layoutCache;
        const ParagraphCache& cache = layoutCache.paragraphs();
        layoutEdition(e, QString(), FontRegistry::shared(), layoutCache);
        QCOMPARE(cache.misses(), 3);
        layoutEdition(e, QString(), FontRegistry::shared(), layoutCache);
        QCOMPARE(cache.misses(), 3);
        e.stories[0].paragraphs[1].runs[0].text += QStringLiteral("新");
        layoutEdition(e, QString(), FontRegistry::shared(), layoutCache);
        QCOMPARE(cache.misses(), 4);
        QCOMPARE(cache.size(), size_t(3));  // the old version of the edited paragraph is gone
        e.styles.paragraphStyles[0].breakBetweenWords = true;  // a measuring setting changes
        layoutEdition(e, QString(), FontRegistry::shared(), layoutCache);
        QCOMPARE(cache.misses(), 7);
    }

    // After an edit, only the story whose inputs changed is set again: its text, its
    // frames, a frame that wraps it; the others are reused.
    void editsSetOnlyTheStoriesTheyTouch() {
        Edition e = twoFrameEdition(repeatText(40));
        Frame other;
        other.id = "c";
        other.rect = {350, kTop, 117, 4 * kLead};
        e.pages[0].frames.push_back(other);
        e.stories.push_back(
            Story{"t", "other", {Paragraph{"body", {{repeatText(30), QString()}}}}, {"c"}});
        LayoutCache cache;
        const EditionDisplay before = layoutEdition(e, QString(), FontRegistry::shared(), cache);
        QCOMPARE(cache.storiesSet(), 2);
        layoutEdition(e, QString(), FontRegistry::shared(), cache);
        QCOMPARE(cache.storiesSet(), 0);
        e.stories[1].paragraphs[0].runs[0].text += QStringLiteral("新");
        layoutEdition(e, QString(), FontRegistry::shared(), cache);
        QCOMPARE(cache.storiesSet(), 1);
        moveFrame(e, "a", 0, kLead);
        layoutEdition(e, QString(), FontRegistry::shared(), cache);
        QCOMPARE(cache.storiesSet(), 1);
        Frame box;
        box.id = "box";
        box.kind = FrameKind::Box;
        box.rect = {340, kTop, 60, 2 * kLead};
        box.wrapText = true;
        e.pages[0].frames.push_back(box);
        layoutEdition(e, QString(), FontRegistry::shared(), cache);
        QCOMPARE(cache.storiesSet(), 2);  // both threads' pages gained a wrapping frame
        // Reused or not, the page shows the same thing as a layout from scratch.
        LayoutCache fresh;
        const EditionDisplay again = layoutEdition(e, QString(), FontRegistry::shared(), cache);
        const EditionDisplay scratch = layoutEdition(e, QString(), FontRegistry::shared(), fresh);
        QCOMPARE(again.pages[0].items.size(), scratch.pages[0].items.size());
        QVERIFY(before.pages[0].items.size() != 0);
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
                QVERIFY(d.area.has_value());  // its line, for the editor's proof view
                QCOMPARE(d.page, 0);
                QCOMPARE(d.frameId, QStringLiteral("a"));
                QVERIFY2(d.message.startsWith(QStringLiteral("缺字: no font has U+10FFFD")),
                         qPrintable(d.message));
            }
        }
        QVERIFY(missingFont);
        QVERIFY(missingGlyph);
    }

    // 转版: where the thread turns to another page, the last line there says where the
    // story goes on, the first line on the next page where it came from; the numbers
    // follow the pages when they move.
    void jumpLinesFollowPageMoves() {
        const QString text = repeatText(13 * 5);  // six lines, three on each page
        Edition e = twoPageEdition(text);
        ParagraphCache cache;
        StoryLayout layout = flowStory(e, e.stories[0], FontRegistry::shared(), cache);
        QStringList first = linesOnPage(layout, 0), second = linesOnPage(layout, 1);
        QCOMPARE(first.size(), 4);  // three lines of text and the jump line
        QCOMPARE(first.last(), QStringLiteral("（下转第2版）"));
        QCOMPARE(second.first(), QStringLiteral("（上接第1版）"));
        QString set;
        for (const FlowedLine& line : layout.lines) {
            if (line.region >= 0)
                set += lineText(line);
            QVERIFY(onGrid(line));
        }
        QCOMPARE(set, text);  // nothing lost to the jump lines
        // The jump line ends flush with the column, at the frame's last grid line.
        const FlowedLine& jump = layout.lines[3];
        QCOMPARE(jump.region, -1);
        QVERIFY(std::abs(jump.line.offset + jump.line.width - 117) < 0.01);
        QVERIFY(jump.baseline + jump.descent <= kTop + 4 * kLead + 1e-6);

        Page blank = e.pages[0];
        blank.frames.clear();
        e.pages.insert(e.pages.begin(), blank);  // a page goes in front: 第2版 → 第3版
        layout = flowStory(e, e.stories[0], FontRegistry::shared(), cache);
        QCOMPARE(linesOnPage(layout, 1).last(), QStringLiteral("（下转第3版）"));
        QCOMPARE(linesOnPage(layout, 2).first(), QStringLiteral("（上接第2版）"));
        std::swap(e.pages[1], e.pages[2]);  // the continuation now comes first
        layout = flowStory(e, e.stories[0], FontRegistry::shared(), cache);
        QCOMPARE(linesOnPage(layout, 2).last(), QStringLiteral("（下转第2版）"));
        QCOMPARE(linesOnPage(layout, 1).first(), QStringLiteral("（上接第3版）"));
    }

    void noJumpLinesWhenTheStoryEndsBeforeTheTurn() {
        const QString text = repeatText(13 * 4 - 2);  // exactly fills frame a
        const Edition e = twoPageEdition(text);
        ParagraphCache cache;
        const StoryLayout layout = flowStory(e, e.stories[0], FontRegistry::shared(), cache);
        QCOMPARE(linesOnPage(layout, 0).size(), 4);
        QVERIFY(linesOnPage(layout, 1).isEmpty());
        for (const FlowedLine& line : layout.lines)
            QVERIFY(line.region >= 0);
    }

    // 报眉 fields: the page number is where the header stands, and follows page moves.
    void fieldsAreFilledInFromThePage() {
        Edition e = twoPageEdition(repeatText(10));
        e.date = "2022年11月";
        e.pages[1].section = "学习贯彻";
        e.stories[0].frameIds = {"b"};
        e.stories[0].paragraphs[0].runs = {
            {"第", QString()},  {"?", QString(), TextField::PageNumber},
            {"版 ", QString()}, {QString(), QString(), TextField::Section},
            {" ", QString()},   {QString(), QString(), TextField::Date}};
        e.styles.paragraphStyles[0].firstLineIndentEm = 0;
        ParagraphCache cache;
        StoryLayout layout = flowStory(e, e.stories[0], FontRegistry::shared(), cache);
        QCOMPARE(lineText(layout.lines[0]), QStringLiteral("第2版 学习贯彻 2022年11月"));
        std::swap(e.pages[0], e.pages[1]);
        layout = flowStory(e, e.stories[0], FontRegistry::shared(), cache);
        QCOMPARE(lineText(layout.lines[0]), QStringLiteral("第1版 学习贯彻 2022年11月"));
    }

    // 图文互斥 on every side of a photo, with its standoff: no line touches the photo or
    // its standoff, and lines beside it are set to the narrower width.
    void textWrapsOnEverySide_data() {
        QTest::addColumn<Rect>("photo");
        QTest::addColumn<bool>("narrowsLines");
        const double y = kTop + 4 * kLead;
        QTest::newRow("left") << Rect{40, y, 60, 3 * kLead} << true;
        QTest::newRow("right") << Rect{110, y, 70, 3 * kLead} << true;
        QTest::newRow("top") << Rect{40, kTop - 5, 140, 2 * kLead} << false;
        QTest::newRow("bottom") << Rect{40, kTop + 9 * kLead, 140, 4 * kLead} << false;
        QTest::newRow("middle, across") << Rect{40, y, 140, 2 * kLead} << false;
    }
    void textWrapsOnEverySide() {
        QFETCH(Rect, photo);
        QFETCH(bool, narrowsLines);
        Edition e = twoFrameEdition(repeatText(150), 12 * kLead);
        const double standoff = 4.5;
        Frame image;
        image.id = "photo";
        image.kind = FrameKind::Box;
        image.rect = photo;
        image.wrapText = true;
        image.wrapGapPt = standoff;
        e.pages[0].frames.push_back(image);
        ParagraphCache cache;
        const StoryLayout layout = flowStory(e, e.stories[0], FontRegistry::shared(), cache);
        const Rect keepOut{photo.x - standoff, photo.y - standoff, photo.width + 2 * standoff,
                           photo.height + 2 * standoff};
        int narrowed = 0, inFrameA = 0;
        for (const FlowedLine& line : layout.lines) {
            if (line.x >= 199)
                continue;  // frame b
            ++inFrameA;
            const double left = line.x, right = line.x + line.line.offset + line.line.width;
            const double top = line.baseline - line.ascent, bottom = line.baseline + line.descent;
            const bool besideVertically = bottom > keepOut.y && top < keepOut.bottom();
            const bool overlaps = besideVertically && right > keepOut.x && left < keepOut.right();
            QVERIFY2(!overlaps, qPrintable(lineText(line)));
            if (right - left < 117 - 1)
                ++narrowed;
        }
        QVERIFY(inFrameA > 0);
        QCOMPARE(narrowed > 1, narrowsLines);
    }

    // Body lines sit on the grid in every column, whatever headings and captions between
    // them do: lines in neighbouring columns align.
    void bodyLinesAlignAcrossColumns() {
        Edition e = twoFrameEdition(repeatText(60), 10 * kLead);
        ParagraphStyle heading;
        heading.name = "heading";
        heading.sizePt = 14;
        heading.leadingPt = 19;
        heading.alignToGrid = false;
        heading.firstLineIndentEm = 0;
        heading.spaceBeforePt = 3;
        e.styles.paragraphStyles.push_back(heading);
        auto& paragraphs = e.stories[0].paragraphs;
        paragraphs.insert(paragraphs.begin(), Paragraph{"heading", {{"小标题", QString()}}});
        paragraphs.push_back(Paragraph{"heading", {{"又一个小标题", QString()}}});
        paragraphs.push_back(Paragraph{"body", {{repeatText(100), QString()}}});
        ParagraphCache cache;
        const StoryLayout layout = flowStory(e, e.stories[0], FontRegistry::shared(), cache);
        int body = 0;
        for (const FlowedLine& line : layout.lines) {
            if (line.ascent > kAscent + 0.01)
                continue;  // a heading line
            QVERIFY2(onGrid(line), qPrintable(lineText(line)));
            ++body;
        }
        QVERIFY(body > 10);
        // The heading's own lines sit off the grid, and the body after it returns to it.
        QVERIFY(!onGrid(layout.lines[0]));
    }

    // A headline frame centres its lines in the whole number of body lines it takes.
    void framesAlignTheirLinesVertically() {
        Edition e = twoFrameEdition(QStringLiteral("甲乙丙"), 4 * kLead);
        e.stories[0].frameIds = {"a"};
        e.styles.paragraphStyles[0].firstLineIndentEm = 0;
        e.pages[0].frames[0].verticalAlign = VerticalAlign::Center;
        ParagraphCache cache;
        StoryLayout layout = flowStory(e, e.stories[0], FontRegistry::shared(), cache);
        const FlowedLine& line = layout.lines[0];
        const double middle = (line.baseline - line.ascent + line.baseline + line.descent) / 2;
        QVERIFY(std::abs(middle - (kTop + 2 * kLead)) < 0.01);
        e.pages[0].frames[0].verticalAlign = VerticalAlign::Bottom;
        layout = flowStory(e, e.stories[0], FontRegistry::shared(), cache);
        QVERIFY(std::abs(layout.lines[0].baseline + layout.lines[0].descent - (kTop + 4 * kLead)) <
                0.01);
    }

    // A photo and its caption move together.
    void captionsMoveWithTheirPhoto() {
        Edition e = twoFrameEdition(repeatText(10));
        Frame photo;
        photo.id = "photo";
        photo.kind = FrameKind::Image;
        photo.rect = {50, 300, 100, 80};
        Frame caption;
        caption.id = "caption";
        caption.rect = {50, 384, 100, 20};
        caption.captionOf = "photo";
        e.pages[0].frames.push_back(photo);
        e.pages[0].frames.push_back(caption);
        QVERIFY(moveFrame(e, "photo", 10, -20));
        QCOMPARE(e.frame("photo").second->rect, (Rect{60, 280, 100, 80}));
        QCOMPARE(e.frame("caption").second->rect, (Rect{60, 364, 100, 20}));
        QVERIFY(moveFrame(e, "caption", 0, 5));  // the caption alone may be nudged
        QCOMPARE(e.frame("photo").second->rect.y, 280.0);
        QVERIFY(!moveFrame(e, "nothing", 1, 1));
    }

    void missingImageIsDiagnosed() {
        Edition e = twoFrameEdition(repeatText(10));
        Frame photo;
        photo.id = "photo";
        photo.kind = FrameKind::Image;
        photo.imagePath = "nowhere.jpg";
        photo.rect = {10, 10, 20, 20};
        e.pages[0].frames.push_back(photo);
        LayoutCache cache;
        const EditionDisplay display =
            layoutEdition(e, QStringLiteral("/tmp"), FontRegistry::shared(), cache);
        QCOMPARE(display.diagnostics.size(), size_t(1));
        QCOMPARE(display.diagnostics[0].kind, DiagnosticKind::MissingImage);
    }
};

QTEST_GUILESS_MAIN(TestFlow)
#include "tst_flow.moc"
