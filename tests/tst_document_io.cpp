// The .paiban file: a round trip keeps everything; a bad file gets a message naming
// the problem and where it is, never a crash; saving is atomic.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "io/document_io.h"
#include "sample_text.h"

using namespace paiban;
using namespace paiban::test;

namespace {

// A minimal valid document, as JSON text, with a placeholder for one replaced part.
QByteArray minimalDocument(const QByteArray& pageFrames =
                               "[{\"id\": \"f1\", \"kind\": \"text\", \"x\": 10, \"y\": 10, "
                               "\"width\": 100, \"height\": 200}]",
                           const QByteArray& storyFrames = "[\"f1\"]",
                           const QByteArray& paragraphStyle = "\"body\"") {
    return "{\"format\": \"paiban\", \"version\": 1, \"title\": \"t\",\n"
           " \"styles\": {\"paragraph\": [{\"name\": \"body\", \"size\": 9}], \"character\": []},\n"
           " \"pages\": [{\"name\": \"1\", \"width\": 500, \"height\": 700, \"frames\": " +
           pageFrames + "}],\n \"stories\": [{\"id\": \"s1\", \"frames\": " + storyFrames +
           ", \"paragraphs\": [{\"style\": " + paragraphStyle + ", \"text\": \"甲乙丙\"}]}]}\n";
}

}  // namespace

class TestDocumentIo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sampleRoundTrip() {
        const LoadResult loaded = loadEdition(sampleEditionPath());
        QVERIFY2(loaded.edition, qPrintable(loaded.errorText()));
        QCOMPARE(loaded.edition->pages.size(), size_t(2));
        const QByteArray saved = serializeEdition(*loaded.edition);
        const LoadResult again = parseEdition(saved, "saved");
        QVERIFY2(again.edition, qPrintable(again.errorText()));
        QVERIFY(*again.edition == *loaded.edition);
        QCOMPARE(serializeEdition(*again.edition), saved);  // stable: a second save changes nothing
    }

    void everyFieldSurvives() {
        Edition e;
        e.title = QStringLiteral("测试");
        e.date = QStringLiteral("2022-11-24");
        ParagraphStyle style;
        style.name = "body";
        style.fontFamily = "Noto Sans CJK SC";
        style.fontWeight = 700;
        style.sizePt = 10.5;
        style.leadingPt = 15;
        style.firstLineIndentEm = 0;
        style.spaceBeforePt = 3;
        style.spaceAfterPt = 4;
        style.alignment = Alignment::Center;
        style.kinsoku = Kinsoku::Strict;
        style.hanging = Hanging::End;
        style.latinGapEm = 0.125;
        style.trimLineStartBracket = false;
        style.widowControl = true;
        style.minLastLineChars = 3;
        style.breaker = BreakerKind::FirstFit;
        style.alignToGrid = false;
        style.color = CmykColor{0.1, 0.2, 0.3, 0.4};
        e.styles.paragraphStyles.push_back(style);
        CharacterStyle bold;
        bold.name = "bold";
        bold.fontWeight = 700;
        bold.color = CmykColor{0, 1, 1, 0};
        e.styles.characterStyles.push_back(bold);
        Page page;
        page.name = "A1";
        page.widthPt = 1000;
        page.heightPt = 1500;
        page.margins = {10, 20, 30, 40};
        page.grid.columns = 6;
        page.grid.columnChars = 12;
        page.grid.bodySizePt = 10.5;
        page.grid.gutterPt = 12;
        page.grid.baselinePt = 14;
        page.grid.baselineOffsetPt = 2;
        Frame text;
        text.id = "t";
        text.rect = {1, 2, 300, 400};
        text.columns = 3;
        text.gutterPt = 9;
        text.verticalAlign = VerticalAlign::Center;
        text.columnRules = true;
        Frame image;
        image.id = "i";
        image.kind = FrameKind::Image;
        image.rect = {5, 6, 7, 8};
        image.imagePath = "images/a.jpg";
        image.wrapText = true;
        image.wrapGapPt = 4.5;
        image.fit = ImageFit::Manual;
        image.imageScale = 0.5;
        image.imageOffsetX = -3;
        image.imageOffsetY = 2.5;
        Frame caption;
        caption.id = "c";
        caption.rect = {5, 20, 7, 8};
        caption.captionOf = "i";
        Frame rule;
        rule.id = "r";
        rule.kind = FrameKind::Rule;
        rule.rect = {0, 10, 100, 0};
        rule.strokeWidthPt = 0.75;
        rule.stroke = CmykColor{0, 0, 0, 1};
        Frame box;
        box.id = "b";
        box.kind = FrameKind::Box;
        box.rect = {0, 0, 10, 10};
        box.fill = CmykColor{0, 0, 0, 0.1};
        page.section = "一周要闻";
        page.guides = {{true, 120.5}, {false, 300}};
        page.editor = "王编辑";
        page.frames = {text, image, rule, box, caption};
        e.pages.push_back(page);
        Story story;
        story.id = "s";
        story.name = "story";
        story.frameIds = {"t"};
        story.paragraphs.push_back(
            Paragraph{"body", {{"本报讯", QString()}, {"（记者）", "bold"}}});
        story.paragraphs.push_back(Paragraph{"body", {{"甲乙丙", QString()}}});
        story.paragraphs.push_back(Paragraph{
            "body",
            {{"第", QString()}, {"1", QString(), TextField::PageNumber}, {"版", QString()}}});
        e.stories.push_back(story);

        const LoadResult back = parseEdition(serializeEdition(e), "memory");
        QVERIFY2(back.edition, qPrintable(back.errorText()));
        QVERIFY(back.edition->styles == e.styles);
        QVERIFY(back.edition->pages == e.pages);
        QVERIFY(back.edition->stories == e.stories);
        QVERIFY(*back.edition == e);
    }

    void badFiles_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{\"format\": \"paiban\",\n \"version\": 1,,}")
                                  << "bad.paiban:2:16: not valid JSON";
        QTest::newRow("not an object") << QByteArray("[1, 2]") << "expected a Paiban document";
        QTest::newRow("another format")
            << QByteArray("{\"format\": \"idml\"}") << "not a Paiban document";
        QTest::newRow("newer version")
            << QByteArray("{\"format\": \"paiban\", \"version\": 7, \"pages\": []}")
            << "version 7 was written by a newer Paiban";
        QTest::newRow("no pages") << QByteArray("{\"format\": \"paiban\", \"version\": 1}")
                                  << "pages: missing";
        QTest::newRow("negative width") << minimalDocument(
                                               "[{\"id\": \"f1\", \"kind\": \"text\", \"x\": 10, "
                                               "\"y\": 10, \"width\": -100, \"height\": 200}]")
                                        << "pages[0].frames[0].width: -100 is out of range";
        QTest::newRow("width as text")
            << minimalDocument(
                   "[{\"id\": \"f1\", \"kind\": \"text\", \"x\": 10, \"y\": 10, \"width\": "
                   "\"wide\", \"height\": 200}]")
            << "pages[0].frames[0].width: expected a number, got a string";
        QTest::newRow("unknown frame kind")
            << minimalDocument(
                   "[{\"id\": \"f1\", \"kind\": \"video\", \"x\": 10, \"y\": 10, \"width\": 100, "
                   "\"height\": 200}]")
            << "pages[0].frames[0].kind: 'video' is not one of text, image, box, rule";
        QTest::newRow("frame without id")
            << minimalDocument(
                   "[{\"kind\": \"text\", \"x\": 10, \"y\": 10, \"width\": 100, \"height\": 200}]")
            << "pages[0].frames[0].id: missing";
        QTest::newRow("thread to nowhere")
            << minimalDocument(
                   "[{\"id\": \"f1\", \"kind\": \"text\", \"x\": 10, \"y\": 10, \"width\": 100, "
                   "\"height\": 200}]",
                   "[\"f1\", \"f9\"]")
            << "stories[0].frames[1]: no frame has the id 'f9'";
        QTest::newRow("unknown style")
            << minimalDocument(
                   "[{\"id\": \"f1\", \"kind\": \"text\", \"x\": 10, \"y\": 10, \"width\": 100, "
                   "\"height\": 200}]",
                   "[\"f1\"]", "\"headline\"")
            << "stories[0].paragraphs[0].style: no paragraph style is named 'headline'";
        QTest::newRow("duplicate frame id")
            << minimalDocument(
                   "[{\"id\": \"f1\", \"kind\": \"text\", \"x\": 10, \"y\": 10, \"width\": 100, "
                   "\"height\": 200},"
                   " {\"id\": \"f1\", \"kind\": \"box\", \"x\": 10, \"y\": 10, \"width\": 100, "
                   "\"height\": 200}]")
            << "frame id 'f1' is used twice";
        QTest::newRow("bad colour")
            << minimalDocument(
                   "[{\"id\": \"f1\", \"kind\": \"box\", \"x\": 10, \"y\": 10, \"width\": 100, "
                   "\"height\": 200, \"fill\": [0, 2]}]",
                   "[]")
            << "pages[0].frames[0].fill: expected a CMYK colour";
        QTest::newRow("caption of nothing")
            << minimalDocument(
                   "[{\"id\": \"f1\", \"kind\": \"text\", \"x\": 10, \"y\": 10, \"width\": 100, "
                   "\"height\": 200, \"captionOf\": \"photo\"}]")
            << "pages[0].frames[0].captionOf: no frame has the id 'photo'";
        QTest::newRow("unknown image fit")
            << minimalDocument(
                   "[{\"id\": \"f1\", \"kind\": \"image\", \"image\": \"a.jpg\", \"x\": 10, "
                   "\"y\": 10, \"width\": 100, \"height\": 200, \"fit\": \"zoom\"}]",
                   "[]")
            << "pages[0].frames[0].fit: 'zoom' is not one of fill, fit, manual";
        QTest::newRow("unknown field")
            << QByteArray(
                   "{\"format\": \"paiban\", \"version\": 1, \"pages\": [], \"stories\": "
                   "[{\"id\": \"s\", \"paragraphs\": [{\"runs\": [{\"field\": \"weather\"}]}]}]}")
            << "stories[0].paragraphs[0].runs[0].field: 'weather' is not one of none, page, date";
    }
    void badFiles() {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const LoadResult result = parseEdition(json, QStringLiteral("bad.paiban"));
        QVERIFY(!result.edition);
        QVERIFY(!result.errors.empty());
        QVERIFY2(result.errorText().contains(message), qPrintable(result.errorText()));
        QVERIFY(result.errorText().startsWith(QStringLiteral("bad.paiban")));
    }

    void minimalDocumentIsValid() {
        const LoadResult result = parseEdition(minimalDocument(), "ok.paiban");
        QVERIFY2(result.edition, qPrintable(result.errorText()));
    }

    void everyErrorIsReported() {
        const QByteArray json = minimalDocument(
            "[{\"id\": \"f1\", \"kind\": \"text\", \"x\": \"left\", \"y\": 10, \"width\": -1, "
            "\"height\": 200}]");
        const LoadResult result = parseEdition(json, "two.paiban");
        QCOMPARE(result.errors.size(), size_t(2));
    }

    void missingFile() {
        const LoadResult result = loadEdition(QStringLiteral("/nonexistent/edition.paiban"));
        QVERIFY(!result.edition);
        QVERIFY(result.errorText().contains(
            QStringLiteral("/nonexistent/edition.paiban: cannot open")));
    }

    void saveIsAtomic() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edition.paiban"));
        const LoadResult loaded = loadEdition(sampleEditionPath());
        QVERIFY(loaded.edition);
        QString error;
        QVERIFY2(saveEdition(*loaded.edition, path, &error), qPrintable(error));
        QVERIFY(loadEdition(path).edition);
        // A failed save leaves the previous file untouched and says why.
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        Edition changed = *loaded.edition;
        changed.title = QStringLiteral("changed");
        const bool savedReadOnly = saveEdition(changed, path, &error);
        QFile::setPermissions(
            dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (!savedReadOnly) {  // (root may write anyway)
            QVERIFY(!error.isEmpty());
            QCOMPARE(loadEdition(path).edition->title, loaded.edition->title);
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("edition.paiban")});
    }

    // Saving keeps the previous version as FILE~ when asked; a save that cannot be done
    // leaves the old file as it was and says why.
    void savesKeepTheOldVersion() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("doc.paiban"));
        Edition e;
        e.title = QStringLiteral("第一版");
        Page page;
        page.widthPt = page.heightPt = 100;
        e.pages.push_back(page);
        QString error;
        QVERIFY(saveEdition(e, path, &error, true));
        QVERIFY(!QFile::exists(path + u'~'));  // nothing to keep the first time
        e.title = QStringLiteral("第二版");
        QVERIFY(saveEdition(e, path, &error, true));
        const LoadResult backup = loadEdition(path + u'~'), saved = loadEdition(path);
        QVERIFY2(backup.edition && saved.edition, qPrintable(backup.errorText()));
        QCOMPARE(backup.edition->title, QStringLiteral("第一版"));
        QCOMPARE(saved.edition->title, QStringLiteral("第二版"));
        // The backup cannot be made (a folder is in its way): nothing is saved.
        QFile::remove(path + u'~');
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("doc.paiban~/inside")));
        e.title = QStringLiteral("第三版");
        QVERIFY(!saveEdition(e, path, &error, true));
        QVERIFY2(error.contains(QStringLiteral("was not saved")), qPrintable(error));
        QCOMPARE(loadEdition(path).edition.value().title, QStringLiteral("第二版"));
        // A folder that does not exist: said so.
        QVERIFY(!saveEdition(e, dir.filePath(QStringLiteral("nowhere/doc.paiban")), &error));
        QVERIFY2(error.contains(QStringLiteral("nowhere")), qPrintable(error));
    }

    // A document from a newer Paiban: what this one does not know survives a save.
    void unknownFieldsSurviveASave() {
        const QByteArray json = R"({"format": "paiban", "version": 1, "futureEdition": {"a": 1},
 "styles": {"paragraph": [{"name": "body", "futureStyle": [1, 2]}],
            "character": [{"name": "c", "futureCharacter": true}]},
 "pages": [{"width": 100, "height": 100, "futurePage": "x",
            "frames": [{"id": "f", "kind": "text", "x": 1, "y": 1, "width": 50, "height": 50,
                        "futureFrame": {"depth": 3}}]}],
 "stories": [{"id": "s", "frames": ["f"], "futureStory": 7,
              "paragraphs": [{"text": "甲", "futureParagraph": 1},
                             {"runs": [{"text": "乙", "futureRun": "r"}]}]}]})";
        const LoadResult loaded = parseEdition(json, QStringLiteral("future.paiban"));
        QVERIFY2(loaded.edition, qPrintable(loaded.errorText()));
        const QJsonObject saved =
            QJsonDocument::fromJson(serializeEdition(*loaded.edition)).object();
        QCOMPARE(saved["futureEdition"].toObject()["a"].toInt(), 1);
        QCOMPARE(saved["styles"]
                     .toObject()["paragraph"]
                     .toArray()[0]
                     .toObject()["futureStyle"]
                     .toArray()
                     .size(),
                 2);
        QVERIFY(saved["styles"]
                    .toObject()["character"]
                    .toArray()[0]
                    .toObject()["futureCharacter"]
                    .toBool());
        const QJsonObject page = saved["pages"].toArray()[0].toObject();
        QCOMPARE(page["futurePage"].toString(), QStringLiteral("x"));
        QCOMPARE(page["frames"].toArray()[0].toObject()["futureFrame"].toObject()["depth"].toInt(),
                 3);
        const QJsonObject story = saved["stories"].toArray()[0].toObject();
        QCOMPARE(story["futureStory"].toInt(), 7);
        const QJsonArray paragraphs = story["paragraphs"].toArray();
        QCOMPARE(paragraphs[0].toObject()["futureParagraph"].toInt(), 1);
        QCOMPARE(paragraphs[1].toObject()["runs"].toArray()[0].toObject()["futureRun"].toString(),
                 QStringLiteral("r"));
    }

    // The corpus of broken documents (tests/data/broken, one file a fault, expected.tsv
    // their messages): each gets its one clear message, naming where; none crashes.
    void brokenDocumentsCorpus() {
        const auto rows = test::corpusRows(QStringLiteral("broken"));
        QVERIFY(rows.size() >= 16);
        for (const QStringList& fields : rows) {
            QCOMPARE(fields.size(), 2);
            const QString file = test::corpusFolder(QStringLiteral("broken")) + u'/' + fields[0];
            const LoadResult result = loadEdition(file);
            QVERIFY2(!result.edition, qPrintable(file));
            QVERIFY2(result.errorText().contains(fields[1]),
                     qPrintable(result.errorText() + QStringLiteral(" ≠ ") + fields[1]));
            QVERIFY2(result.errorText().startsWith(file), qPrintable(result.errorText()));
        }
    }
};

QTEST_GUILESS_MAIN(TestDocumentIo)
#include "tst_document_io.moc"
