// The command line as a newsroom script uses it: `paiban typeset` prints JSON lines for
// copy-fitting, `paiban export` writes a PDF headless, and errors are messages with a
// non-zero exit code.
#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "io/document_io.h"
#include "preflight/preflight.h"
#include "sample_text.h"
#include "tool_runner.h"

using namespace paiban;
using namespace paiban::test;

namespace {

const QString kPaiban = QStringLiteral(PAIBAN_BINARY);

QJsonObject typesetJson(const QStringList& args, const QByteArray& input,
                        ToolResult* raw = nullptr) {
    const ToolResult r = runTool(kPaiban, QStringList{"typeset"} + args, input);
    if (raw)
        *raw = r;
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

// How a copy of the sample is broken for an export test.
enum class Break {
    None,
    Overset,        // story business runs 1,371 characters past business-body (page 1)
    GarbagePhoto,   // images/aerogel.jpg (frame aerogel-photo, page 2) is random bytes
    TruncatedJpeg,  // … is cut short before its frame header
    TextAsJpeg,     // … is a text file named .jpg
    FrameOffPage,   // the box signing-label-box (page 1) lies right of the page
    MissingGlyph,   // 缺字: U+10FFFD, which no font has, in story series (series-body, page 2)
};

Story* storyById(Edition& edition, const QString& id) {
    for (Story& story : edition.stories) {
        if (story.id == id)
            return &story;
    }
    return nullptr;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// A copy of the sample and its photos in `folder`, broken as asked; its path, or empty
// when the copy could not be made.
QString brokenSample(const QString& folder, Break how) {
    const QDir sampleImages(QFileInfo(sampleEditionPath()).absolutePath() +
                            QStringLiteral("/images"));
    QDir(folder).mkpath(QStringLiteral("images"));
    for (const QString& name : sampleImages.entryList(QDir::Files)) {
        if (!QFile::copy(sampleImages.filePath(name), folder + QStringLiteral("/images/") + name))
            return {};
    }
    LoadResult loaded = loadEdition(sampleEditionPath());
    if (!loaded.edition)
        return {};
    Edition& edition = *loaded.edition;
    const QString photo = folder + QStringLiteral("/images/aerogel.jpg");
    bool ok = true;
    switch (how) {
        case Break::None:
            break;
        case Break::Overset:
            storyById(edition, QStringLiteral("business"))->paragraphs.back().runs.back().text +=
                QStringLiteral("营商环境体现着一个地方的温度").repeated(100);
            break;
        case Break::GarbagePhoto: {
            QByteArray garbage;
            quint32 x = 2463534242u;  // xorshift: the same bytes every run
            for (int i = 0; i < 20000; ++i) {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                garbage += char(x & 0xFF);
            }
            garbage[0] = 'G';  // not FF D8, not a PNG: no header to be read
            ok = QFile::remove(photo) && writeFile(photo, garbage);
            break;
        }
        case Break::TruncatedJpeg: {
            QFile original(sampleImages.filePath(QStringLiteral("aerogel.jpg")));
            ok = original.open(QIODevice::ReadOnly) && QFile::remove(photo) &&
                 writeFile(photo, original.read(100));  // its frame header is at byte 158
            break;
        }
        case Break::TextAsJpeg:
            ok = QFile::remove(photo) &&
                 writeFile(photo, "Photo of the aerogel plant: to follow from the photo desk.\n");
            break;
        case Break::FrameOffPage:
            edition.mutableFrame(QStringLiteral("signing-label-box"))->rect.x = 2000;
            break;
        case Break::MissingGlyph: {
            QString& text =
                storyById(edition, QStringLiteral("series"))->paragraphs[0].runs[0].text;
            text.replace(0, 1, QString::fromUcs4(U"\U0010FFFD"));  // for 宏
            break;
        }
    }
    const QString path = folder + QStringLiteral("/doc.paiban");
    QString error;
    return ok && saveEdition(edition, path, &error) ? path : QString();
}

QString describeAll(const std::vector<Finding>& findings) {
    QStringList lines;
    for (const Finding& f : findings)
        lines << describeWithPlace(f);
    return lines.join(u'\n');
}

}  // namespace

Q_DECLARE_METATYPE(Break)

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void typesetPrintsLines() {
        ToolResult raw;
        const QJsonObject json = typesetJson({"--measure", "5zi", "--indent", "0"},
                                             "甲，乙丙丁。戊己\n甲乙丙丁（戊）\n", &raw);
        QCOMPARE(raw.exitCode, 0);
        QCOMPARE(json["measure_pt"].toDouble(), 45.0);
        QCOMPARE(json["size_pt"].toDouble(), 9.0);
        const QJsonArray paragraphs = json["paragraphs"].toArray();
        QCOMPARE(paragraphs.size(), 2);
        const QJsonArray lines = paragraphs[0].toObject()["lines"].toArray();
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = lines[0].toObject();
        QCOMPARE(first["text"].toString(), QStringLiteral("甲，乙丙丁。"));
        QCOMPARE(first["start"].toInt(), 0);
        QCOMPARE(first["end"].toInt(), 6);
        QCOMPARE(first["natural_pt"].toDouble(), 49.5);
        QCOMPARE(first["width_pt"].toDouble(), 45.0);
        QCOMPARE(first["max_gap_pt"].toDouble(), 0.0);
        QCOMPARE(lines[1].toObject()["start"].toInt(), 6);
        QVERIFY(json["diagnostics"].toArray().isEmpty());
    }

    void typesetOptions() {
        // 43 mm at 五号 and a Chinese size name; first-fit; strict; glyph positions.
        const QJsonObject json =
            typesetJson({"--measure", "43mm", "--size", "五号", "--kinsoku", "strict", "--breaker",
                         "first", "--glyphs", "--latin-gap", "0.125", "--hanging", "end", "--font",
                         "Noto Sans CJK SC", "-"},
                        QStringLiteral("约1000万元，就业人员约3000人。").toUtf8());
        QVERIFY(qAbs(json["measure_pt"].toDouble() - 121.89) < 0.01);
        QCOMPARE(json["size_pt"].toDouble(), 10.5);
        const QJsonObject line =
            json["paragraphs"].toArray()[0].toObject()["lines"].toArray()[0].toObject();
        const QJsonArray glyphs = line["glyphs"].toArray();
        QVERIFY(glyphs.size() >= line["end"].toInt() - line["start"].toInt());
        QCOMPARE(glyphs[0].toObject()["x_pt"].toDouble(), 21.0);  // the 2-字 indent at 五号
        QCOMPARE(glyphs[0].toObject()["cp"].toInt(), 0);
    }

    // Paragraph i is input line i: a blank line is an empty paragraph, not skipped.
    void typesetKeepsLineNumbers() {
        const QJsonObject json = typesetJson({}, "甲乙丙\n\n丁戊己\n");
        const QJsonArray paragraphs = json["paragraphs"].toArray();
        QCOMPARE(paragraphs.size(), 3);
        QCOMPARE(paragraphs[1].toObject()["lines"].toArray().size(), 0);
        QCOMPARE(paragraphs[2].toObject()["lines"].toArray()[0].toObject()["text"].toString(),
                 QStringLiteral("丁戊己"));
    }

    void typesetReportsMissingGlyphs() {
        const QJsonObject json = typesetJson({}, QString::fromUcs4(U"甲乙\U0010FFFD丙").toUtf8());
        const QJsonArray diagnostics = json["diagnostics"].toArray();
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics[0].toObject()["kind"].toString(), QStringLiteral("missing-glyph"));
        QCOMPARE(diagnostics[0].toObject()["paragraph"].toInt(), 0);
        QCOMPARE(diagnostics[0].toObject()["cp"].toInt(), 2);
    }

    // A Latin word wider than the measure: broken where the rules forbid, and said so.
    void typesetReportsUnkeepableRules() {
        const QJsonObject json =
            typesetJson({"--measure", "4zi", "--indent", "0"}, "甲乙Internationalization丙丁\n");
        const QJsonArray diagnostics = json["diagnostics"].toArray();
        QVERIFY(!diagnostics.isEmpty());
        QCOMPARE(diagnostics[0].toObject()["kind"].toString(), QStringLiteral("prohibited-break"));
        QString all;
        for (const auto& line : json["paragraphs"].toArray()[0].toObject()["lines"].toArray()) {
            QVERIFY(line.toObject()["width_pt"].toDouble() <= 36.0 + 0.01);
            all += line.toObject()["text"].toString();
        }
        QCOMPARE(all, QStringLiteral("甲乙Internationalization丙丁"));
    }

    void typesetRepeatTimes() {
        ToolResult raw;
        typesetJson({"--repeat", "3"}, "甲乙丙丁戊己庚辛壬癸\n", &raw);
        QCOMPARE(raw.exitCode, 0);
        QVERIFY2(raw.err.contains(QRegularExpression(
                     QStringLiteral("^compose: [0-9.]+ ns/char \\(median of 3\\)"))),
                 qPrintable(raw.err));
    }

    void typesetRejectsBadOptions() {
        for (const QStringList& args :
             {QStringList{"--kinsoku", "medium"}, QStringList{"--measure", "wide"},
              QStringList{"--size", "大五"}, QStringList{"--bogus"}}) {
            ToolResult raw;
            typesetJson(args, "甲\n", &raw);
            QCOMPARE(raw.exitCode, 2);
            QVERIFY2(raw.err.startsWith(QStringLiteral("paiban typeset: ")), qPrintable(raw.err));
        }
    }

    void exportWritesPdfHeadless() {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.pdf"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const ToolResult r = runTool(kPaiban, {"export", sampleEditionPath(), "-o", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("wrote 2 page(s)")));
        QVERIFY(QFile(out).size() > 10000);
        const ToolResult text = runTool("pdftotext", {out, "-"});
        QVERIFY(text.out.contains(QStringLiteral("魏都周刊")));
    }

    // Page previews for a newsroom's web proofing: one PNG a page at the resolution asked.
    void exportWritesPngPreviews() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("previews"));
        const ToolResult r =
            runTool(kPaiban, {"export", sampleEditionPath(), "--png", folder, "--dpi", "20"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const char* name : {"page-1.png", "page-2.png"}) {
            const QImage page(QDir(folder).filePath(QString::fromLatin1(name)));
            QVERIFY(!page.isNull());
            QCOMPARE(page.width(), 214);   // 271 mm (4开) at 20 dpi
            QCOMPARE(page.height(), 308);  // 390 mm
            int dark = 0;
            for (int y = 0; y < page.height(); y += 2) {
                for (int x = 0; x < page.width(); x += 2)
                    dark += qGray(page.pixel(x, y)) < 160;
            }
            QVERIFY2(dark > 1000, qPrintable(QString::number(dark)));  // text and photos, not blank
        }
        QCOMPARE(runTool(kPaiban, {"export", sampleEditionPath(), "--png", folder, "--dpi", "9000"})
                     .exitCode,
                 2);
    }

    // Proofs in colour and in greys: written by Paiban's own writer (subset fonts, the
    // text as typed), photos in the proof's colours, no word about a press profile; --grey
    // alone is a usage error, the press having no greys of its own.
    void proofsInColourAndGrey_data() {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("said");
        QTest::addColumn<QString>("photoColour");  // pdfimages' colour column
        QTest::newRow("rgb") << QStringList{"--proof"} << "(proof)"
                             << "rgb";
        QTest::newRow("grey") << QStringList{"--proof", "--grey"} << "(proof, grey)"
                              << "gray";
        QTest::newRow("grey first") << QStringList{"--grey", "--proof"} << "(proof, grey)"
                                    << "gray";
    }
    void proofsInColourAndGrey() {
        QFETCH(QStringList, options);
        QFETCH(QString, said);
        QFETCH(QString, photoColour);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("proof.pdf"));
        const ToolResult r =
            runTool(kPaiban, QStringList{"export", sampleEditionPath(), "-o", out} + options);
        QVERIFY2(r.exitCode == 0 && r.err.contains(said), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("profile")), qPrintable(r.err));
        const QString text = runTool("pdftotext", {out, "-"}).out;
        QVERIFY2(text.contains(QStringLiteral("月")) && !text.contains(QStringLiteral("⽉")),
                 qPrintable(text.left(200)));
        const QStringList fonts =
            runTool("pdffonts", {out}).out.split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString& row : fonts)
            QVERIFY2(row.contains(QRegularExpression(QStringLiteral("yes\\s+yes\\s+yes"))),
                     qPrintable(row));
        const QStringList images =
            runTool("pdfimages", {"-list", out}).out.split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!images.isEmpty());
        for (const QString& row : images)
            QCOMPARE(row.simplified().split(u' ').value(5), photoColour);
    }
    void greyIsForProofsOnly() {
        QTemporaryDir dir;
        const ToolResult r = runTool(kPaiban, {"export", sampleEditionPath(), "-o",
                                               dir.filePath(QStringLiteral("p.pdf")), "--grey"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--grey is for proofs")), qPrintable(r.err));
    }

    // The export options a newsroom script passes: pages, bleed, marks, proof.
    void exportOptions() {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("p2.pdf"));
        ToolResult r = runTool(kPaiban, {"export", sampleEditionPath(), "-o", out, "--pages", "2",
                                         "--bleed", "3mm", "--marks"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("wrote 1 page(s)")), qPrintable(r.err));
        const ToolResult info = runTool("pdfinfo", {"-box", out});
        QVERIFY(info.out.contains(QStringLiteral("BleedBox:")));
        QVERIFY(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+1"))));
        r = runTool(kPaiban, {"export", sampleEditionPath(), "-o", out, "--proof"});
        QVERIFY2(r.exitCode == 0 && r.err.contains(QStringLiteral("(proof)")), qPrintable(r.err));
        for (const QStringList& bad :
             {QStringList{"--pages", "3"}, QStringList{"--pages", "2-1"},
              QStringList{"--bleed", "1m"}, QStringList{"--date", "yesterday"}}) {
            r = runTool(kPaiban, QStringList{"export", sampleEditionPath(), "-o", out} + bad);
            QVERIFY2(r.exitCode == 2, qPrintable(bad.join(u' ') + r.err));
        }
        r = runTool(kPaiban, {"export", sampleEditionPath(), "-o", out, "--icc", "/nowhere.icc"});
        QCOMPARE(r.exitCode, 1);  // a profile asked for by name is never silently replaced
        QVERIFY2(r.err.contains(QStringLiteral("/nowhere.icc")), qPrintable(r.err));
    }

    void checkSaysWhetherADocumentIsSound() {
        ToolResult r = runTool(kPaiban, {"check", sampleEditionPath()});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("ok (2 page(s)")),
                 qPrintable(r.out));
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.paiban"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "{\"format\": \"paiban\", \"version\": 1, \"pages\": [{\"width\": 0, \"height\": "
            "10}]}");
        f.close();
        r = runTool(kPaiban, {"check", bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("pages[0].width: 0 is out of range")),
                 qPrintable(r.out));
        QCOMPARE(runTool(kPaiban, {"check"}).exitCode, 2);
    }

    // An image that would unpack into gigabytes is refused, never decoded: preflight says
    // so, the press export stops there (with 缺字 allowed: the image still stops it), and
    // a forced export draws the frame as a crossed box instead.
    void pressExportRefusesMissingGlyphsAndBombs() {
        QTemporaryDir dir;
        // A PNG header claiming 30,000 × 30,000 pixels: 900 megapixels.
        QByteArray bomb =
            QByteArray::fromHex("89504E470D0A1A0A0000000D49484452000075300000753008020000");
        bomb += QByteArray(4, '\0');
        QVERIFY(writeFile(dir.filePath(QStringLiteral("bomb.png")), bomb));
        const QByteArray doc = R"({"format": "paiban", "version": 1,
 "styles": {"paragraph": [{"name": "body"}]},
 "pages": [{"width": 300, "height": 300, "frames": [
   {"id": "t", "kind": "text", "x": 10, "y": 10, "width": 200, "height": 100},
   {"id": "p", "kind": "image", "image": "bomb.png", "x": 10, "y": 150, "width": 100, "height": 100}]}],
 "stories": [{"id": "s", "frames": ["t"], "paragraphs": [{"text": "甲乙\uDBFF\uDFFD丙"}]}]})";
        const QString path = dir.filePath(QStringLiteral("doc.paiban"));
        QVERIFY(writeFile(path, doc));
        const QString out = dir.filePath(QStringLiteral("out.pdf"));
        ToolResult r = runTool(kPaiban, {"export", path, "-o", out});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("page 1, frame t: 缺字: no font has U+10FFFD")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("page 1, frame p: image bomb.png of frame p is too "
                                               "large to open (30000 × 30000 pixels)")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        r = runTool(kPaiban, {"export", path, "-o", out, "--allow-missing-glyphs"});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(!r.err.contains(QStringLiteral("error: page 1, frame t")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        r = runTool(kPaiban, {"export", path, "-o", out, "--force"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(out));
        r = runTool(kPaiban, {"preflight", path});
        QVERIFY2(r.out.contains(QStringLiteral("too large to open (30000 × 30000 pixels)")),
                 qPrintable(r.out));
    }

    // What stops a press export: the errors on the pages exported, and those on no page.
    void pressExportBlockersSelectPages() {
        auto finding = [](Severity severity, const char* kind, int page, const char* frame,
                          const char* story, const char* message) {
            Finding f{severity, QString::fromLatin1(kind), QString::fromUtf8(message)};
            f.page = page;
            f.frameId = QString::fromLatin1(frame);
            f.storyId = QString::fromLatin1(story);
            return f;
        };
        std::vector<Finding> findings = {
            finding(Severity::Error, "overset", 1, "business-body", "business",
                    "205 characters overset"),
            finding(Severity::Warning, "low-resolution-image", 0, "photo", "",
                    "image a.jpg prints at 150 ppi"),
            finding(Severity::Note, "loose-line", 0, "body", "s", "a loose line"),
        };
        QCOMPARE(describeAll(pressExportBlockers(findings, {0})), QString());
        QCOMPARE(describeAll(pressExportBlockers(findings, {1})),
                 QStringLiteral("page 2, frame business-body: 205 characters overset"));
        QCOMPARE(describeAll(pressExportBlockers(findings, {0, 1})),
                 describeAll(pressExportBlockers(findings)));
        QCOMPARE(describeAll(pressExportBlockers(findings)),
                 QStringLiteral("page 2, frame business-body: 205 characters overset"));
        // An error tied to no page stops every export; a story without a frame is named.
        findings.push_back(finding(Severity::Error, "story-not-placed", -1, "", "brief",
                                   "story brief is in no frame"));
        QCOMPARE(describeAll(pressExportBlockers(findings, {0})),
                 QStringLiteral("story brief: story brief is in no frame"));
        QCOMPARE(describeAll(pressExportBlockers(findings, {1})),
                 QStringLiteral("page 2, frame business-body: 205 characters overset\n"
                                "story brief: story brief is in no frame"));
        QCOMPARE(describeWithPlace(finding(Severity::Error, "file-error", -1, "", "", "no place")),
                 QStringLiteral("no place"));
    }

    // A press export of a broken page writes nothing and says what and where (exit 3),
    // unless forced; proofs and previews are written with the errors as warnings.
    void exportRefusesBrokenPages_data() {
        QTest::addColumn<Break>("breakage");
        QTest::addColumn<QStringList>("options");  // OUT: the PDF, DIR: the preview folder
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("written");        // OUT, or DIR/page-1.png
        QTest::addColumn<QStringList>("words");   // in stderr
        QTest::addColumn<QStringList>("absent");  // not in stderr

        // The sample at newsprint's ink limit (its grey placeholders are well under it).
        const QStringList sampleInk;
        const QStringList press = QStringList{"-o", "OUT"} + sampleInk,
                          force{"-o", "OUT", "--force"}, proof{"-o", "OUT", "--proof"},
                          png = QStringList{"--png", "DIR", "--dpi", "10"} + sampleInk,
                          glyphs{"-o", "OUT", "--allow-missing-glyphs"};
        const QStringList refused{"was not written", "--force"};
        const QStringList clean{"error", "warning: page", "not written"};
        QTest::newRow("sample press")
            << Break::None << press << 0 << true << QStringList{"wrote 2 page(s)"} << clean;
        QTest::newRow("sample png")
            << Break::None << png << 0 << true << QStringList{"wrote 2 page preview(s)"} << clean;

        struct Broken {
            const char* name;
            Break breakage;
            QStringList where;  // the words that place and name the problem
        };
        const Broken broken[] = {
            {"overset",
             Break::Overset,
             {"page 1, frame business-body: 溢文", "1371 characters are overset"}},
            {"garbage photo",
             Break::GarbagePhoto,
             {"page 2, frame aerogel-photo: image images/aerogel.jpg", "cannot be read"}},
            {"frame off page",
             Break::FrameOffPage,
             {"page 1, frame signing-label-box: frame signing-label-box lies off the page"}},
            {"缺字",
             Break::MissingGlyph,
             {"page 2, frame series-body: 缺字: no font has U+10FFFD"}},
        };
        for (const Broken& b : broken) {
            auto row = [&](const char* options) -> QTestData& {
                return QTest::addRow("%s, %s", b.name, options);
            };
            const auto as = [&](const char* label) {
                QStringList words;
                for (const QString& w : b.where)
                    words << (w.startsWith(u'p') ? QString::fromLatin1(label) + w : w);
                return words;
            };
            row("press") << b.breakage << press << 3 << false << as("error: ") + refused
                         << QStringList{"wrote"};
            row("press --force") << b.breakage << force << 0 << true
                                 << as("warning: ") + QStringList{"wrote 2 page(s)"}
                                 << QStringList{"error: "};
            row("proof") << b.breakage << proof << 0 << true
                         << as("warning: ") + QStringList{"(proof)"} << QStringList{"error: "};
            row("png") << b.breakage << png << 0 << true
                       << as("warning: ") + QStringList{"page preview(s)"}
                       << QStringList{"error: "};
            // --allow-missing-glyphs lets 缺字 through, and only 缺字.
            if (b.breakage == Break::MissingGlyph) {
                row("press --allow-missing-glyphs") << b.breakage << glyphs << 0 << true
                                                    << as("warning: ") << QStringList{"error: "};
            } else {
                row("press --allow-missing-glyphs")
                    << b.breakage << glyphs << 3 << false << as("error: ") + refused
                    << QStringList{"wrote"};
            }
        }
        // Photos that are there but cannot be read are errors, said as such.
        for (const auto& [name, breakage] :
             {std::pair{"truncated JPEG", Break::TruncatedJpeg},
              std::pair{"text file named .jpg", Break::TextAsJpeg}}) {
            QTest::addRow("%s, press", name)
                << breakage << press << 3 << false
                << QStringList{"error: page 2, frame aerogel-photo: image images/aerogel.jpg of "
                               "frame aerogel-photo cannot be read"}
                << QStringList{"missing", "wrote"};
        }
        // Only the pages exported: the photo of page 2 does not stop page 1.
        QTest::newRow("garbage photo, press --pages 1")
            << Break::GarbagePhoto << QStringList{"-o", "OUT", "--pages", "1"} << 0 << true
            << QStringList{"wrote 1 page(s)"} << QStringList{"error", "aerogel-photo"};
        QTest::newRow("garbage photo, press --pages 2")
            << Break::GarbagePhoto << QStringList{"-o", "OUT", "--pages", "2"} << 3 << false
            << QStringList{"error: page 2, frame aerogel-photo"} << QStringList{"wrote"};
    }

    void exportRefusesBrokenPages() {
        QFETCH(Break, breakage);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(bool, written);
        QFETCH(QStringList, words);
        QFETCH(QStringList, absent);
        QTemporaryDir dir;
        const QString document = brokenSample(dir.path(), breakage);
        QVERIFY2(!document.isEmpty(), "could not make the broken copy of the sample");
        const QString out = dir.filePath(QStringLiteral("out.pdf"));
        const QString previews = dir.filePath(QStringLiteral("previews"));
        QStringList args{"export", document};
        for (const QString& option : options) {
            args << (option == u"OUT" ? out : option == u"DIR" ? previews : option);
        }
        const ToolResult r = runTool(kPaiban, args);
        const QString product = options.contains(QStringLiteral("OUT"))
                                    ? out
                                    : previews + QStringLiteral("/page-1.png");
        // Every difference from what was expected, then the whole of stderr.
        QStringList differences;
        if (r.exitCode != exitCode) {
            differences
                << QStringLiteral("exit code: expected %1, got %2").arg(exitCode).arg(r.exitCode);
        }
        if (QFile::exists(product) != written) {
            differences << QStringLiteral("%1: expected %2, but it %3")
                               .arg(QFileInfo(product).fileName(),
                                    written ? QStringLiteral("written") : QStringLiteral("none"),
                                    written ? QStringLiteral("is not there")
                                            : QStringLiteral("was written"));
        }
        for (const QString& word : words) {
            if (!r.err.contains(word))
                differences << QStringLiteral("stderr lacks “%1”").arg(word);
        }
        for (const QString& word : absent) {
            if (r.err.contains(word))
                differences << QStringLiteral("stderr has “%1”, which it should not").arg(word);
        }
        QVERIFY2(
            differences.isEmpty(),
            qPrintable(
                QStringLiteral("\npaiban export doc.paiban %1\n  %2\n--- stderr ---\n%3")
                    .arg(options.join(u' '), differences.join(QStringLiteral("\n  ")), r.err)));
    }

    // A GB18030 file from the newsroom system into a story; a file with bad bytes is
    // refused with their offsets and the document left as it was.
    void importsTextIntoAStory() {
        QTemporaryDir dir;
        const QString doc = brokenSample(dir.path(), Break::None);  // with its photos, to export
        QVERIFY(!doc.isEmpty());
        const QString txt = dir.filePath(QStringLiteral("brief.txt"));
        QFile gb(txt);
        QVERIFY(gb.open(QIODevice::WriteOnly));
        gb.write(QByteArray::fromHex("cebab6bcc7f8a3acd0c2cec5") + "\r\n" +
                 QByteArray::fromHex("cebab6bcc7f8"));
        gb.close();
        ToolResult r = runTool(kPaiban, {"import", txt, "--into", doc, "--story", "brief-land"});
        QVERIFY2(r.exitCode == 0 && r.err.contains(QStringLiteral("2 paragraph(s) of GB18030")),
                 qPrintable(r.err));
        QVERIFY(QFile::exists(doc + u'~'));
        const ToolResult check = runTool(kPaiban, {"check", doc});
        QCOMPARE(check.exitCode, 0);
        const ToolResult text =
            runTool(kPaiban, {"export", doc, "-o", dir.filePath(QStringLiteral("d.pdf"))});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(runTool("pdftotext", {dir.filePath(QStringLiteral("d.pdf")), "-"})
                    .out.contains(QStringLiteral("魏都区，新闻")));
        QFile bad(dir.filePath(QStringLiteral("bad.txt")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QStringLiteral("魏都").toUtf8() + "\xFF");
        bad.close();
        const QByteArray before = [&] {
            QFile f(doc);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        r = runTool(kPaiban, {"import", bad.fileName(), "--encoding", "utf-8", "--into", doc,
                              "--story", "brief-land"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("invalid bytes at offset 6")), qPrintable(r.err));
        QFile after(doc);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QVERIFY(after.readAll() == before);
        QCOMPARE(runTool(kPaiban, {"import", txt, "--into", doc}).exitCode, 2);
    }

    // A save killed midway (here `paiban import` writing a document of several megabytes,
    // killed at moments through its run) leaves the document whole: the old one or the
    // new one, never a torn file.
    void killedSavesLeaveTheDocumentWhole() {
        QTemporaryDir dir;
        const QString doc = dir.filePath(QStringLiteral("doc.paiban"));
        QVERIFY(QFile::copy(sampleEditionPath(), doc));
        QFile::setPermissions(doc, QFile::ReadOwner | QFile::WriteOwner);
        const QString big = dir.filePath(QStringLiteral("big.txt"));
        QFile text(big);
        QVERIFY(text.open(QIODevice::WriteOnly));
        const QByteArray line =
            QStringLiteral("魏都区生态环境分局通过转变执法方式提升审批效能助力绿色发展。\n")
                .toUtf8();
        for (int i = 0; i < 60000; ++i)  // about 5 MB
            text.write(line);
        text.close();
        int killedBeforeTheEnd = 0;
        for (int delayMs : {5, 20, 40, 80, 120, 200, 400}) {
            QProcess process;
            process.start(kPaiban, {"import", big, "--into", doc, "--story", "brief-land"});
            QVERIFY(process.waitForStarted());
            QThread::msleep(static_cast<unsigned long>(delayMs));
            killedBeforeTheEnd += process.state() == QProcess::Running;
            process.kill();
            process.waitForFinished();
            const LoadResult loaded = loadEdition(doc);
            QVERIFY2(loaded.edition, qPrintable(loaded.errorText()));
            const Story* story = loaded.edition->story(QStringLiteral("brief-land"));
            QVERIFY(story);
            const qsizetype paragraphs = static_cast<qsizetype>(story->paragraphs.size());
            QVERIFY2(paragraphs == 2 || paragraphs == 60000,
                     qPrintable(QString::number(paragraphs)));
        }
        QVERIFY(killedBeforeTheEnd > 0);  // some kills did land during the run
    }

    void preflightPassesTheSample() {
        // At newsprint's 240 % ink limit, the default.
        const ToolResult r = runTool(kPaiban, {"preflight", sampleEditionPath()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("0 error(s), 0 warning(s)")), qPrintable(r.out));
    }

    // Every kind of problem the issue lists, in one document, each found and placed.
    void preflightFindsWhatWouldSpoilThePage() {
        QTemporaryDir dir;
        QImage small(100, 80, QImage::Format_RGB32);
        small.fill(Qt::gray);
        QVERIFY(small.save(dir.filePath(QStringLiteral("small.png"))));
        QFile notAnImage(dir.filePath(QStringLiteral("broken.jpg")));
        QVERIFY(notAnImage.open(QIODevice::WriteOnly));
        notAnImage.write("not a JPEG");
        notAnImage.close();
        // Photos cut short in a copy: their headers read, their pictures stop halfway.
        for (const char* name : {"half.jpg", "half.png"}) {
            QImage photo(400, 300, QImage::Format_RGB32);
            photo.fill(Qt::darkGreen);
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(photo.save(&buffer, QByteArray(name).endsWith("jpg") ? "JPEG" : "PNG"));
            QFile cut(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(cut.open(QIODevice::WriteOnly));
            cut.write(bytes.left(bytes.size() / 2));
        }
        const QByteArray doc = R"({"format": "paiban", "version": 1,
 "styles": {"paragraph": [{"name": "body"}]},
 "pages": [{"width": 600, "height": 800, "frames": [
   {"id": "short", "kind": "text", "x": 50, "y": 50, "width": 117, "height": 27},
   {"id": "narrow", "kind": "text", "x": 300, "y": 50, "width": 27, "height": 200},
   {"id": "photo", "kind": "image", "image": "small.png", "x": 50, "y": 300, "width": 200, "height": 160},
   {"id": "gone", "kind": "image", "image": "nowhere.jpg", "x": 300, "y": 300, "width": 50, "height": 50},
   {"id": "broken", "kind": "image", "image": "broken.jpg", "x": 400, "y": 300, "width": 50, "height": 50},
   {"id": "cut-jpeg", "kind": "image", "image": "half.jpg", "x": 50, "y": 500, "width": 30, "height": 20},
   {"id": "cut-png", "kind": "image", "image": "half.png", "x": 100, "y": 500, "width": 30, "height": 20},
   {"id": "overhang", "kind": "box", "x": 580, "y": 700, "width": 50, "height": 50},
   {"id": "lost", "kind": "box", "x": 900, "y": 100, "width": 50, "height": 50}]}],
 "stories": [
   {"id": "long", "frames": ["short"], "paragraphs": [{"text": "魏都区生态环境分局通过转变执法方式提升审批效能助力绿色发展，魏都区生态环境分局通过转变执法方式"}]},
   {"id": "latin", "frames": ["narrow"], "paragraphs": [{"style": "body", "text": "Internationalization"}]},
   {"id": "glyph", "frames": [], "paragraphs": [{"text": "甲"}]}]})";
        const QString path = dir.filePath(QStringLiteral("bad.paiban"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(doc);
        file.close();
        const ToolResult r = runTool(kPaiban, {"preflight", path, "--json"});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QMultiMap<QString, QJsonObject> byKind;
        for (const QJsonValue& v : json["findings"].toArray())
            byKind.insert(v.toObject()["kind"].toString(), v.toObject());
        auto expect = [&](const char* kind, const char* severity, const char* where) {
            const auto found = byKind.values(QString::fromLatin1(kind));
            QVERIFY2(!found.isEmpty(), kind);
            bool matched = false;
            for (const QJsonObject& f : found) {
                matched = matched || (f["severity"].toString() == QLatin1String(severity) &&
                                      (f["frame"].toString() == QLatin1String(where) ||
                                       f["story"].toString() == QLatin1String(where)));
            }
            QVERIFY2(matched, qPrintable(QStringLiteral("%1 at %2").arg(kind, where)));
        };
        expect("overset", "error", "long");
        expect("missing-image", "error", "gone");
        expect("unreadable-image", "error", "broken");
        expect("low-resolution-image", "warning", "photo");
        expect("damaged-image", "error", "cut-jpeg");
        expect("damaged-image", "error", "cut-png");
        QVERIFY2(byKind.values(QStringLiteral("damaged-image")).size() == 2,
                 "the whole photos are not damaged");
        expect("frame-off-page", "warning", "overhang");
        expect("frame-off-page", "error", "lost");
        expect("story-not-placed", "error", "glyph");
        expect("prohibited-break", "warning", "latin");
        QVERIFY(json["errors"].toInt() >= 5);
        QCOMPARE(json["findings"].toArray()[0].toObject()["severity"].toString(),
                 QStringLiteral("error"));  // errors come first
        const ToolResult text = runTool(kPaiban, {"preflight", path});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains(QStringLiteral("error: page 1: 溢文")), qPrintable(text.out));
    }

    void exportExplainsBadDocuments() {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.paiban"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "{\"format\": \"paiban\", \"version\": 1, \"pages\": [{\"width\": -5, \"height\": "
            "10}]}");
        f.close();
        const ToolResult r =
            runTool(kPaiban, {"export", bad, "-o", dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("pages[0].width: -5 is out of range")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
        const ToolResult usage = runTool(kPaiban, {"export", bad});
        QCOMPARE(usage.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
