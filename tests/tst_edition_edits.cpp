// What an edit of the edition means (model/edition_edits), headless: the editor's undo
// commands and the command line call these functions.
#include <QTest>

#include "model/edition_edits.h"

using namespace paiban;

Q_DECLARE_METATYPE(paiban::Rect)

namespace {

// A page with a photo, its caption, and a text frame beside them.
Edition photoWithCaption() {
    Edition e;
    Page page;
    Frame photo;
    photo.id = "photo";
    photo.kind = FrameKind::Image;
    photo.rect = {120.13543055520618, 2.062204724409625, 200, 150};
    Frame empty;
    empty.id = "empty";
    empty.rect = {340, 320, 117, 40};
    Frame caption;
    caption.id = "caption";
    caption.captionOf = "photo";
    caption.rect = {120.13543055520618, 156.0622047244096, 200, 20};
    Frame text;
    text.id = "text";
    text.rect = {340, 2, 117, 300};
    page.frames = {photo, caption, text, empty};
    e.pages.push_back(page);
    auto story = [](const char* id, std::vector<QString> frames, const QString& text) {
        Story s;
        s.id = id;
        s.frameIds = std::move(frames);
        s.paragraphs.push_back(Paragraph{QStringLiteral("body"), {TextRun{text, QString()}}});
        return s;
    };
    e.stories = {story("caption-story", {"caption"}, QStringLiteral("图为新建成的基地。")),
                 story("body", {"text"}, QStringLiteral("本报讯")),
                 story("new", {"empty"}, QString())};
    return e;
}

QString dump(const Rect& r) {
    return QStringLiteral("%1,%2 %3×%4")
        .arg(r.x, 0, 'g', 17)
        .arg(r.y, 0, 'g', 17)
        .arg(r.width)
        .arg(r.height);
}

}  // namespace

class TestEditionEdits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Where each frame ends up when one is placed: a move takes the caption along by as
    // much; a resize leaves it; an unknown frame changes nothing.
    void placingAFrame_data() {
        QTest::addColumn<QString>("frame");
        QTest::addColumn<Rect>("to");
        QTest::addColumn<QStringList>("expected");  // id: rect after, for each frame changed
        QTest::newRow("photo moved") << "photo" << Rect{100.3, 40.7, 200, 150}
                                     << QStringList{"photo: 100.3,40.700000000000003 200×150",
                                                    "caption: 100.3,194.69999999999999 200×20"};
        QTest::newRow("photo resized in place")
            << "photo" << Rect{120.13543055520618, 2.062204724409625, 180, 120}
            << QStringList{"photo: 120.13543055520618,2.0622047244096251 180×120"};
        QTest::newRow("caption moved alone")
            << "caption" << Rect{10, 10, 200, 20} << QStringList{"caption: 10,10 200×20"};
        QTest::newRow("not moved at all") << "text" << Rect{340, 2, 117, 300} << QStringList{};
        QTest::newRow("unknown frame") << "nothing" << Rect{1, 2, 3, 4} << QStringList{};
        // A drag at 5 % zoom can go past what a document may hold (the monkey made a frame
        // 10,020 pt wide): kept within it, so that the document opens again.
        QTest::newRow("past the limits")
            << "text" << Rect{-20000, 5, 10020.2, 0} << QStringList{"text: -10000,5 10000×0.01"};
    }
    void placingAFrame() {
        QFETCH(QString, frame);
        QFETCH(Rect, to);
        QFETCH(QStringList, expected);
        const Edition before = photoWithCaption();
        QStringList changed;
        for (const FrameRectChange& c : placeFrame(before, frame, to))
            changed << c.frameId + QStringLiteral(": ") + dump(c.after);
        QCOMPARE(changed, expected);
    }

    // What goes with a deleted frame: a photo's caption and the caption's story; an empty
    // frame's empty story; a text frame's story with text stays, unplaced.
    void deletingAFrame_data() {
        QTest::addColumn<QString>("frame");
        QTest::addColumn<QStringList>("framesLeft");
        QTest::addColumn<QStringList>("storiesLeft");  // id: its frames
        QTest::newRow("photo with its caption")
            << "photo" << QStringList{"text", "empty"} << QStringList{"body: text", "new: empty"};
        QTest::newRow("caption alone")
            << "caption" << QStringList{"photo", "text", "empty"}
            << QStringList{"caption-story: ", "body: text", "new: empty"};
        QTest::newRow("text frame with text")
            << "text" << QStringList{"photo", "caption", "empty"}
            << QStringList{"caption-story: caption", "body: ", "new: empty"};
        QTest::newRow("empty frame just drawn")
            << "empty" << QStringList{"photo", "caption", "text"}
            << QStringList{"caption-story: caption", "body: text"};
        QTest::newRow("no such frame")
            << "nothing" << QStringList{"photo", "caption", "text", "empty"}
            << QStringList{"caption-story: caption", "body: text", "new: empty"};
    }
    void deletingAFrame() {
        QFETCH(QString, frame);
        QFETCH(QStringList, framesLeft);
        QFETCH(QStringList, storiesLeft);
        Edition e = photoWithCaption();
        deleteFrame(e, frame);
        QStringList frames, stories;
        for (const Frame& f : e.pages[0].frames)
            frames << f.id;
        for (const Story& s : e.stories) {
            QStringList ids(s.frameIds.begin(), s.frameIds.end());
            stories << s.id + QStringLiteral(": ") + ids.join(u',');
        }
        QCOMPARE(frames, framesLeft);
        QCOMPARE(stories, storiesLeft);
    }

    // Structural edits as a table: the edit, then the edition's pages (frames of each) and
    // stories (their frames) after it; each edit's patch undoes it to the byte and redoes
    // it again.
    void structuralEdits_data() {
        QTest::addColumn<int>("edit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("add a text frame: a story of its own")
            << 0
            << "p0: photo caption text empty text-1 | p1: - || caption-story: caption / body: text "
               "/ new: empty / story-1: text-1";
        QTest::newRow("thread the empty frame to the body: its empty story goes")
            << 1
            << "p0: photo caption text empty | p1: - || caption-story: caption / body: text,empty";
        QTest::newRow("unthread") << 2
                                  << "p0: photo caption text empty | p1: - || caption-story: "
                                     "caption / body:  / new: empty";
        QTest::newRow("add a page after the first")
            << 3
            << "p0: photo caption text empty | p1: - | p2: - || caption-story: caption / body: "
               "text / new: empty";
        QTest::newRow("remove the first page: its frames' stories unplaced")
            << 4 << "p0: - || caption-story:  / body:  / new: ";
        QTest::newRow("move the second page first")
            << 5
            << "p0: - | p1: photo caption text empty || caption-story: caption / body: text / new: "
               "empty";
        QTest::newRow("the last page cannot go")
            << 6
            << "p0: photo caption text empty || caption-story: caption / body: text / new: empty";
    }
    void structuralEdits() {
        QFETCH(int, edit);
        QFETCH(QString, expected);
        Edition e = photoWithCaption();
        Page second = e.pages[0];
        second.frames.clear();
        e.pages.push_back(second);
        if (edit == 6)
            e.pages.pop_back();
        const Edition before = e;
        switch (edit) {
            case 0: {
                Frame text;
                text.rect = {10, 10, 100, 100};
                QCOMPARE(addFrame(e, 0, text), QStringLiteral("text-1"));
                QCOMPARE(e.frame("text-1").second->gutterPt, e.pages[0].grid.bodySizePt);  // 1 字
                break;
            }
            case 1:
                QVERIFY(threadFrame(e, "body", "empty"));
                break;
            case 2:
                QVERIFY(unthreadFrame(e, "text"));
                break;
            case 3:
                QCOMPARE(addPage(e, 0), 1);
                break;
            case 4:
                QVERIFY(removePage(e, 0));
                break;
            case 5:
                QVERIFY(movePage(e, 1, 0));
                break;
            case 6:
                QVERIFY(!removePage(e, 0));
                break;
        }
        QStringList pages, stories;
        for (size_t p = 0; p < e.pages.size(); ++p) {
            QStringList frames;
            for (const Frame& f : e.pages[p].frames)
                frames << f.id;
            pages << QStringLiteral("p%1: %2").arg(p).arg(frames.isEmpty() ? QStringLiteral("-")
                                                                           : frames.join(u' '));
        }
        for (const Story& s : e.stories)
            stories << s.id + QStringLiteral(": ") +
                           QStringList(s.frameIds.begin(), s.frameIds.end()).join(u',');
        QCOMPARE(pages.join(QStringLiteral(" | ")) + QStringLiteral(" || ") +
                     stories.join(QStringLiteral(" / ")),
                 expected);
        const EditionPatch patch = diffEditions(before, e);
        QCOMPARE(patch.empty(), edit == 6);
        Edition undone = e;
        applyPatch(undone, patch, false);
        QVERIFY(undone == before);
        applyPatch(undone, patch, true);
        QVERIFY(undone == e);
        // Only what changed is kept: adding a frame keeps one page and the story list.
        if (edit == 0)
            QCOMPARE(patch.pages.size(), size_t(1));
    }

    // Undone, every rectangle is what it was to the bit (moving back by the difference
    // is not: 120.13543055520618 + d − d gave 120.1354305552062, which the editor monkey
    // found as a document that undo did not give back).
    void undoRestoresEveryBit() {
        Edition e = photoWithCaption();
        const Edition original = e;
        auto changes = placeFrame(e, "photo", Rect{357.943405511811, 494.3622047244095, 200, 150});
        applyFrameRects(e, changes, true);
        auto more = placeFrame(e, "photo", Rect{33.1, 0.3, 200, 150});
        applyFrameRects(e, more, true);
        const Edition moved = e;
        const auto both = combineFrameRects(changes, more);
        applyFrameRects(e, both, false);
        for (size_t i = 0; i < e.pages[0].frames.size(); ++i) {
            QCOMPARE(dump(e.pages[0].frames[i].rect), dump(original.pages[0].frames[i].rect));
            QVERIFY(e.pages[0].frames[i].rect == original.pages[0].frames[i].rect);
        }
        applyFrameRects(e, both, true);  // redone: as after the two moves, to the bit
        for (size_t i = 0; i < e.pages[0].frames.size(); ++i)
            QCOMPARE(dump(e.pages[0].frames[i].rect), dump(moved.pages[0].frames[i].rect));
    }
};

QTEST_GUILESS_MAIN(TestEditionEdits)
#include "tst_edition_edits.moc"
