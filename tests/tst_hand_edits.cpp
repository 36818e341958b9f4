// Edits a hand makes on the page, headless: threading by clicking a frame's out-port and
// then the next frame (model/thread_edits), and a photo placed on a span of columns with
// its caption tied below it (model/place_photo). Tables of edits and the threads or frames
// they leave, printed as text so that a failure shows what differs.
#include <QTest>

#include "model/edition_edits.h"
#include "model/grid.h"
#include "model/image_crop.h"
#include "model/masters.h"
#include "model/place_photo.h"
#include "model/templates.h"
#include "model/thread_edits.h"

using namespace paiban;

namespace {

// Six text frames on one page; story A runs through a1 → a2 → a3, story B (with text) sits
// in b alone, story E (empty) in e; f holds no story; p is a photo.
Edition sixFrames() {
    Edition e;
    Page page;
    for (const char* id : {"a1", "a2", "a3", "b", "e", "f", "p"}) {
        Frame frame;
        frame.id = QString::fromLatin1(id);
        frame.kind = frame.id == u"p" ? FrameKind::Image : FrameKind::Text;
        frame.rect = {0, 0, 100, 100};
        page.frames.push_back(frame);
    }
    e.pages.push_back(page);
    auto story = [](const char* id, std::vector<QString> frames, const char* text) {
        Story s;
        s.id = QString::fromLatin1(id);
        s.frameIds = std::move(frames);
        s.paragraphs.push_back(
            Paragraph{QStringLiteral("body"), {TextRun{QString::fromUtf8(text)}}});
        return s;
    };
    e.stories = {story("A", {"a1", "a2", "a3"}, "本报讯"), story("B", {"b"}, "图为新建成的基地。"),
                 story("E", {"e"}, "")};
    return e;
}

// Every story's thread, as "A: a1 a2 a3 | B: b".
QString threads(const Edition& e) {
    QStringList out;
    for (const Story& s : e.stories) {
        QStringList ids;
        for (const QString& id : s.frameIds)
            ids << id;
        out << s.id + QStringLiteral(": ") + ids.join(u' ');
    }
    return out.join(u" | ");
}

const char* name(ThreadRefusal r) {
    switch (r) {
        case ThreadRefusal::None:
            return "none";
        case ThreadRefusal::UnknownFrame:
            return "unknown frame";
        case ThreadRefusal::NotText:
            return "not text";
        case ThreadRefusal::SameFrame:
            return "same frame";
        case ThreadRefusal::NotThreaded:
            return "not threaded";
        case ThreadRefusal::HoldsOtherStory:
            return "holds other story";
        case ThreadRefusal::WouldLoop:
            return "would loop";
    }
    return "?";
}

QString dump(const Rect& r) {
    return QStringLiteral("%1,%2 %3×%4")
        .arg(r.x, 0, 'f', 1)
        .arg(r.y, 0, 'f', 1)
        .arg(r.width, 0, 'f', 1)
        .arg(r.height, 0, 'f', 1);
}

}  // namespace

class TestHandEdits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Clicking `after`'s out-port, then `next`: the threads it leaves, or why not.
    void threadAfterAFrame_data() {
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("next");
        QTest::addColumn<QString>("refusal");
        QTest::addColumn<QString>("threads");
        const QString untouched = QStringLiteral("A: a1 a2 a3 | B: b | E: e");
        QTest::newRow("into a frame holding no story, at the end") << "a3"
                                                                   << "f"
                                                                   << "none"
                                                                   << "A: a1 a2 a3 f | B: b | E: e";
        QTest::newRow("into a frame holding no story, in the middle")
            << "a1"
            << "f"
            << "none"
            << "A: a1 f a2 a3 | B: b | E: e";
        QTest::newRow("an empty story's frame: the empty story goes") << "a3"
                                                                      << "e"
                                                                      << "none"
                                                                      << "A: a1 a2 a3 e | B: b";
        QTest::newRow("a frame later in the same thread moves up") << "a1"
                                                                   << "a3"
                                                                   << "none"
                                                                   << "A: a1 a3 a2 | B: b | E: e";
        QTest::newRow("an earlier frame of the thread would loop") << "a3"
                                                                   << "a1"
                                                                   << "would loop" << untouched;
        QTest::newRow("a story with text of its own is not swallowed")
            << "a3"
            << "b"
            << "holds other story" << untouched;
        QTest::newRow("a photo") << "a3"
                                 << "p"
                                 << "not text" << untouched;
        QTest::newRow("itself") << "a2"
                                << "a2"
                                << "same frame" << untouched;
        QTest::newRow("from a frame holding nothing") << "f"
                                                      << "e"
                                                      << "not threaded" << untouched;
        QTest::newRow("a frame not there") << "a3"
                                           << "gone"
                                           << "unknown frame" << untouched;
        QTest::newRow("B continues into the empty frame") << "b"
                                                          << "e"
                                                          << "none"
                                                          << "A: a1 a2 a3 | B: b e";
    }
    void threadAfterAFrame() {
        QFETCH(QString, after);
        QFETCH(QString, next);
        QFETCH(QString, refusal);
        QFETCH(QString, threads);
        Edition e = sixFrames();
        QCOMPARE(QString::fromLatin1(name(checkThreadAfter(e, after, next))), refusal);
        QCOMPARE(QString::fromLatin1(name(threadAfter(e, after, next))), refusal);
        QCOMPARE(::threads(e), threads);
    }

    // Breaking the thread after a frame: the story stops there; the frames after it hold
    // nothing and can take another story.
    void breakingAThread_data() {
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("threads");
        QTest::newRow("after the first") << "a1"
                                         << "a2 a3"
                                         << "A: a1 | B: b | E: e";
        QTest::newRow("after the second") << "a2"
                                          << "a3"
                                          << "A: a1 a2 | B: b | E: e";
        QTest::newRow("after the last: nothing") << "a3"
                                                 << ""
                                                 << "A: a1 a2 a3 | B: b | E: e";
        QTest::newRow("a frame with no story") << "f"
                                               << ""
                                               << "A: a1 a2 a3 | B: b | E: e";
    }
    void breakingAThread() {
        QFETCH(QString, after);
        QFETCH(QString, left);
        QFETCH(QString, threads);
        Edition e = sixFrames();
        QCOMPARE(breakThreadAfter(e, after).join(u' '), left);
        QCOMPARE(::threads(e), threads);
        if (!left.isEmpty()) {  // the freed frame takes another story's text
            QCOMPARE(threadAfter(e, QStringLiteral("b"), left.split(u' ').front()),
                     ThreadRefusal::None);
        }
    }

    // Stacking order: the page lists frames bottom to top.
    void restacking_data() {
        QTest::addColumn<QString>("frame");
        QTest::addColumn<bool>("toFront");
        QTest::addColumn<bool>("changed");
        QTest::addColumn<QString>("order");
        QTest::newRow("an empty frame to the front") << "e" << true << true << "a1 a2 a3 b f p e";
        QTest::newRow("the top one to the front: no change")
            << "p" << true << false << "a1 a2 a3 b e f p";
        QTest::newRow("a middle one to the back") << "b" << false << true << "b a1 a2 a3 e f p";
        QTest::newRow("a middle one to the front") << "a2" << true << true << "a1 a3 b e f p a2";
        QTest::newRow("an unknown frame") << "zz" << true << false << "a1 a2 a3 b e f p";
    }
    void restacking() {
        QFETCH(QString, frame);
        QFETCH(bool, toFront);
        QFETCH(bool, changed);
        QFETCH(QString, order);
        Edition e = sixFrames();
        QCOMPARE(restackFrame(e, frame, toFront), changed);
        QStringList ids;
        for (const Frame& f : e.pages[0].frames)
            ids << f.id;
        QCOMPARE(ids.join(u' '), order);
    }

    // Pages moved in a template of four (报头 on page 1, 报眉左/右 by side): the 报头 stays
    // with the front page wherever it goes, the page moved to the front keeps its 报眉, and
    // the others' 报眉 follow their new side. Each page is named by its section.
    void pagesMovedKeepTheirMasthead_data() {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QString>("masters");
        QTest::newRow("third page to the front")
            << 2 << 0 << "经济:报眉右 要闻:报头 综合:报眉右 文化:报眉左";
        QTest::newRow("front page to the back")
            << 0 << 3 << "综合:报眉左 经济:报眉左 文化:报眉右 要闻:报头";
        QTest::newRow("inside pages swapped")
            << 1 << 2 << "要闻:报头 经济:报眉左 综合:报眉右 文化:报眉左";
    }
    void pagesMovedKeepTheirMasthead() {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QString, masters);
        Edition e =
            *makeFromTemplate(QStringLiteral("tabloid-6"), QStringLiteral("2026年11月30日"));
        QVERIFY(movePage(e, from, to));
        QStringList got;
        for (int p = 0; p < static_cast<int>(e.pages.size()); ++p) {
            const MasterPage* m = masterOf(e, p);
            got << e.pages[size_t(p)].section + u':' + (m ? m->name : QStringLiteral("-"));
        }
        QCOMPARE(got.join(u' '), masters);
    }

    // Which basic column a click across a 对开 page falls in: inside a column, in a gutter
    // (the nearer column), in the margins (the outer columns).
    void columnUnderAClick() {
        const Page page = makePage(*pagePreset("对开"));
        const Rect third = columnSpan(page, 2, 1);
        QCOMPARE(columnAt(page, third.x + 1), 2);
        QCOMPARE(columnAt(page, third.right() - 1), 2);
        QCOMPARE(columnAt(page, third.right() + page.grid.gutterPt * 0.25), 2);
        QCOMPARE(columnAt(page, third.right() + page.grid.gutterPt * 0.75), 3);
        QCOMPARE(columnAt(page, 0), 0);
        QCOMPARE(columnAt(page, page.widthPt), page.grid.columns - 1);
    }

    // A photo clicked onto a column: as wide as the columns asked for, kept inside the
    // grid, its top on a grid line, its height its proportion.
    void photoOnColumns_data() {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("expectFirst");
        QTest::addColumn<int>("pixelWidth");
        QTest::addColumn<int>("pixelHeight");
        QTest::addColumn<double>("aspect");
        QTest::newRow("3 columns from the 2nd, landscape") << 1 << 3 << 1 << 1600 << 1200 << 0.75;
        QTest::newRow("past the last column: pulled back") << 7 << 3 << 5 << 1000 << 1000 << 1.0;
        QTest::newRow("portrait") << 0 << 2 << 0 << 800 << 1200 << 1.5;
        QTest::newRow("a size that could not be read: 4:3") << 0 << 2 << 0 << 0 << 0 << 0.75;
    }
    void photoOnColumns() {
        QFETCH(int, first);
        QFETCH(int, columns);
        QFETCH(int, expectFirst);
        QFETCH(int, pixelWidth);
        QFETCH(int, pixelHeight);
        QFETCH(double, aspect);
        const Page page = makePage(*pagePreset("对开"));
        const double top = page.margins.top + 3.3 * page.grid.baselinePt;
        const Rect r = photoRectOnColumns(page, first, columns, top, pixelWidth, pixelHeight);
        const Rect span = columnSpan(page, expectFirst, columns);
        QCOMPARE(dump(r), dump(Rect{span.x, page.margins.top + 3 * page.grid.baselinePt, span.width,
                                    span.width * aspect}));
    }

    // A photo placed with its caption: the caption frame below it, as wide, tied to it, in
    // the caption style, empty; both wrap body text; moving the photo takes the caption.
    void photoWithItsCaption() {
        Edition e;
        e.pages.push_back(makePage(*pagePreset("对开")));
        ParagraphStyle body, caption;
        body.name = "body";
        caption.name = "caption";
        caption.sizePt = 7.5;
        caption.leadingPt = 11;
        e.styles.paragraphStyles = {body, caption};
        const Rect rect{100, 200, 300, 225};
        const PlacedPhoto placed = placePhoto(e, 0, rect, QStringLiteral("images/flood.jpg"));
        QVERIFY(!placed.photoId.isEmpty() && !placed.captionId.isEmpty());
        const Frame* photo = e.frame(placed.photoId).second;
        const Frame* captionFrame = e.frame(placed.captionId).second;
        QCOMPARE(photo->imagePath, QStringLiteral("images/flood.jpg"));
        QCOMPARE(photo->fit, ImageFit::Fill);
        QVERIFY(photo->wrapText && captionFrame->wrapText);
        QCOMPARE(captionFrame->captionOf, placed.photoId);
        QCOMPARE(dump(captionFrame->rect), dump(Rect{100, 429, 300, 22}));
        const Story* story = e.story(placed.captionStoryId);
        QVERIFY(story);
        QCOMPARE(story->frameIds, std::vector<QString>{placed.captionId});
        QCOMPARE(story->paragraphs.size(), size_t(1));
        QCOMPARE(story->paragraphs[0].style, QStringLiteral("caption"));
        QVERIFY(story->paragraphs[0].text().isEmpty());
        QVERIFY(moveFrame(e, placed.photoId, 10, 20));
        QCOMPARE(dump(e.frame(placed.captionId).second->rect), dump(Rect{110, 449, 300, 22}));
        // No such page: nothing placed.
        QVERIFY(placePhoto(e, 5, rect, QStringLiteral("x.jpg")).photoId.isEmpty());
    }

    // A photo of 400 × 300 px in a frame of 200 × 200 pt at (100, 100): where the whole
    // image lies for each fit, after a pan, and after scaling about a point.
    void photoCroppedByHand_data() {
        QTest::addColumn<int>("fit");
        QTest::addColumn<QString>("gesture");
        QTest::addColumn<QString>("image");
        QTest::addColumn<int>("fitAfter");
        // Fill: 0.667 pt/px covers the height, 266.7 wide, centred (33.3 cut each side).
        QTest::newRow("fill") << int(ImageFit::Fill) << ""
                              << "66.7,100.0 266.7×200.0" << int(ImageFit::Fill);
        QTest::newRow("fit") << int(ImageFit::Fit) << ""
                             << "100.0,125.0 200.0×150.0" << int(ImageFit::Fit);
        QTest::newRow("fill panned left: stays fill")
            << int(ImageFit::Fill) << "pan -20 5"
            << "46.7,105.0 266.7×200.0" << int(ImageFit::Fill);
        QTest::newRow("fill scaled ×2 about the frame's centre: manual")
            << int(ImageFit::Fill) << "scale 2 200 200"
            << "-66.7,0.0 533.3×400.0" << int(ImageFit::Manual);
        QTest::newRow("fit scaled ×0.5 about the image's corner")
            << int(ImageFit::Fit) << "scale 0.5 100 125"
            << "100.0,125.0 100.0×75.0" << int(ImageFit::Manual);
        QTest::newRow("no scale of nothing") << int(ImageFit::Fit) << "scale 0 100 100"
                                             << "100.0,125.0 200.0×150.0" << int(ImageFit::Fit);
    }
    void photoCroppedByHand() {
        QFETCH(int, fit);
        QFETCH(QString, gesture);
        QFETCH(QString, image);
        QFETCH(int, fitAfter);
        Frame frame;
        frame.kind = FrameKind::Image;
        frame.rect = {100, 100, 200, 200};
        frame.fit = ImageFit(fit);
        const QStringList g = gesture.split(u' ', Qt::SkipEmptyParts);
        if (!g.isEmpty() && g[0] == u"pan")
            frame = pannedImage(frame, g[1].toDouble(), g[2].toDouble());
        if (!g.isEmpty() && g[0] == u"scale")
            frame = scaledImage(frame, 400, 300, g[1].toDouble(), g[2].toDouble(), g[3].toDouble());
        QCOMPARE(dump(imageRectInFrame(frame, 400, 300)), image);
        QCOMPARE(int(frame.fit), fitAfter);
    }

    void captionStyleChosen() {
        StyleSheet styles;
        ParagraphStyle s;
        s.name = "正文";
        styles.paragraphStyles.push_back(s);
        QCOMPARE(captionStyleName(styles), QStringLiteral("正文"));
        s.name = "图片说明";
        styles.paragraphStyles.push_back(s);
        QCOMPARE(captionStyleName(styles), QStringLiteral("图片说明"));
    }
};

QTEST_GUILESS_MAIN(TestHandEdits)
#include "tst_hand_edits.moc"
