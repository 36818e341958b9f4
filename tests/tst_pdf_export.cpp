// The press PDF, read back by the tools a press and a reader use: its text (pdftotext)
// holds every headline with the characters typed, its fonts are embedded subsets with
// ToUnicode maps, and qpdf and Ghostscript accept it. Proofs, written by the same writer,
// give the same text in RGB or grey, and carry annotations that poppler reads back.
#include <poppler-qt6.h>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <numeric>

#include "display/edition_layout.h"
#include "io/document_io.h"
#include "pdf/pdf_export.h"
#include "pdf_reading.h"
#include "sample_text.h"
#include "shaping/font_registry.h"
#include "tool_runner.h"

using namespace paiban;
using namespace paiban::test;

namespace {

const QString kPaiban = QStringLiteral(PAIBAN_BINARY);

QString withoutSpace(QString s) {
    return s.remove(QRegularExpression(QStringLiteral("\\s")));
}

// An edition of one page of the given size whose one frame holds `text` in the body
// style, with the first-line indent given.
Edition oneFrameEdition(double pageWidth, double pageHeight, Rect frame, const QString& text,
                        double indentEm) {
    Edition e;
    ParagraphStyle body;
    body.name = "body";
    body.firstLineIndentEm = indentEm;
    e.styles.paragraphStyles.push_back(body);
    Page page;
    page.widthPt = pageWidth;
    page.heightPt = pageHeight;
    Frame f;
    f.id = "f";
    f.rect = frame;
    page.frames.push_back(f);
    e.pages.push_back(page);
    e.stories.push_back(Story{"s", "s", {Paragraph{"body", {{text, QString()}}}}, {"f"}});
    return e;
}

// A 200-point square page filled by one photo (its path relative to the document).
Edition onePhotoPage(const QString& imagePath) {
    Edition e;
    Page page;
    page.widthPt = 200;
    page.heightPt = 200;
    Frame photo;
    photo.id = QStringLiteral("photo");
    photo.kind = FrameKind::Image;
    photo.imagePath = imagePath;
    photo.rect = {0, 0, 200, 200};
    page.frames.push_back(photo);
    e.pages.push_back(page);
    return e;
}

}  // namespace

Q_DECLARE_METATYPE(ProofColour)
Q_DECLARE_METATYPE(PdfAnnotationKind)
Q_DECLARE_METATYPE(PdfAnnotation)

class TestPdfExport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString pdf_;

private Q_SLOTS:
    void initTestCase() {
        for (const char* tool :
             {"pdftotext", "pdffonts", "pdfinfo", "pdfimages", "pdftoppm", "qpdf", "gs"}) {
            QVERIFY2(haveTool(QString::fromLatin1(tool)),
                     qPrintable(QStringLiteral("%1 is needed (scripts/packages.txt)").arg(tool)));
        }
        const LoadResult loaded = loadEdition(sampleEditionPath());
        QVERIFY2(loaded.edition, qPrintable(loaded.errorText()));
        pdf_ = dir_.filePath(QStringLiteral("sample.pdf"));
        const QString error =
            exportEdition(*loaded.edition, QFileInfo(sampleEditionPath()).absolutePath(), pdf_);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void textHoldsEveryHeadline() {
        const ToolResult text = runTool("pdftotext", {pdf_, "-"});
        QCOMPARE(text.exitCode, 0);
        const QString all = withoutSpace(text.out);
        const QStringList headlines = sampleHeadlines();
        // Eight headlines (the lead's two printed lines set as one).
        QVERIFY(headlines.size() >= 8);
        for (const QString& headline : headlines) {
            QVERIFY2(all.contains(withoutSpace(headline)),
                     qPrintable(QStringLiteral("missing headline: ") + headline));
        }
    }

    void textIsTheTextTyped() {
        const QString all = withoutSpace(runTool("pdftotext", {pdf_, "-"}).out);
        // 月 and 日 stay themselves (QPdfWriter turns them into Kangxi radicals ⽉ ⽇).
        QVERIFY(all.contains(QStringLiteral("11月20日上午")));
        static const QRegularExpression suspicious(
            QStringLiteral("[\\x{2E80}-\\x{2FDF}\\x{F900}-\\x{FAFF}\\x{E000}-\\x{F8FF}\\x{FFFD}]"));
        const auto match = suspicious.match(all);
        QVERIFY2(!match.hasMatch(), qPrintable(match.captured()));
        for (const QString& paragraph :
             sampleBodyParagraphs()) {  // each opens with an indented first line
            QVERIFY2(all.contains(withoutSpace(paragraph.left(8))), qPrintable(paragraph.left(8)));
        }
    }

    void fontsAreEmbeddedSubsetsWithToUnicode() {
        const ToolResult fonts = runTool("pdffonts", {pdf_});
        QCOMPARE(fonts.exitCode, 0);
        const QStringList rows = fonts.out.split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(rows.size() >= 3);
        for (const QString& row : rows) {
            QVERIFY2(row.contains(QStringLiteral("CID Type 0C")),
                     qPrintable(row));  // CFF outlines kept as CFF
            QVERIFY2(row.contains(QRegularExpression(QStringLiteral("^[A-Z]{6}\\+"))),
                     qPrintable(row));
            QVERIFY2(
                row.contains(QRegularExpression(QStringLiteral("Identity-H\\s+yes\\s+yes\\s+yes"))),
                qPrintable(row));
        }
    }

    // Subsets hold only the glyphs used: the two pages' four CJK faces stay small, and the
    // whole press PDF, photos at 200 ppi in CMYK and the output profile included, stays
    // under 1.5 MB.
    void fontsAreSubsetsForReal() {
        QFile file(pdf_);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        static const QRegularExpression fontProgram(
            QStringLiteral("/Subtype /CIDFontType0C[^>]*/Length (\\d+)"));
        qint64 fonts = 0;
        int count = 0;
        for (auto it = fontProgram.globalMatch(QString::fromLatin1(bytes)); it.hasNext(); ++count)
            fonts += it.next().captured(1).toLongLong();
        QCOMPARE(count, 4);
        QVERIFY2(fonts < 600 * 1024, qPrintable(QString::number(fonts)));
        QVERIFY2(bytes.size() < 1536 * 1024, qPrintable(QString::number(bytes.size())));
    }

    void qpdfAndGhostscriptAccept() {
        const ToolResult check = runTool("qpdf", {"--check", pdf_});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        // Rendered without a word of complaint by either renderer.
        const ToolResult gs =
            runTool("gs", {"-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=nullpage", pdf_});
        QVERIFY2(gs.exitCode == 0 && gs.err.trimmed().isEmpty() && gs.out.trimmed().isEmpty(),
                 qPrintable(gs.out + gs.err));
        const ToolResult ppm = runTool(
            "pdftoppm", {"-r", "10", "-png", pdf_, dir_.filePath(QStringLiteral("render"))});
        QVERIFY2(ppm.exitCode == 0 && ppm.err.trimmed().isEmpty(), qPrintable(ppm.err));
    }

    // PDF/X-4: the press's profile as the output intent, the standard named in the XMP and
    // the document information, trim and bleed boxes on every page.
    void pressPdfIsPdfX4() {
        QFile file(pdf_);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-1.6"));
        for (const char* needed : {"/OutputIntents [<< /Type /OutputIntent /S /GTS_PDFX",
                                   "/DestOutputProfile", "/GTS_PDFXVersion (PDF/X-4)",
                                   "<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>",
                                   "/Type /Metadata /Subtype /XML", "/Trapped /False", "/N 4"}) {
            QVERIFY2(bytes.contains(needed), needed);
        }
        const ToolResult boxes = runTool("pdfinfo", {"-box", "-f", "1", "-l", "2", pdf_});
        QCOMPARE(boxes.out.count(QStringLiteral("TrimBox:")), 2);
        QVERIFY2(boxes.out.contains(QRegularExpression(QStringLiteral(
                     "Page\\s+1 TrimBox:\\s+0\\.00\\s+0\\.00\\s+768\\.19\\s+1105\\.51"))),
                 qPrintable(boxes.out));
    }

    // Photos reach the press in its CMYK: no RGB image and no RGB colour anywhere, and
    // black text and rules are K alone, never rich black.
    void colourIsCmykAndBlackIsK() {
        const ToolResult images = runTool("pdfimages", {"-list", pdf_});
        const QStringList rows = images.out.split(u'\n', Qt::SkipEmptyParts).mid(2);
        QCOMPARE(rows.size(), 4);
        for (const QString& row : rows)
            QVERIFY2(row.simplified().split(u' ').value(5) == QLatin1String("cmyk"),
                     qPrintable(row));
        const QString expanded = dir_.filePath(QStringLiteral("expanded.pdf"));
        QCOMPARE(runTool("qpdf", {"--qdf", "--object-streams=disable", pdf_, expanded}).exitCode,
                 0);
        QFile file(expanded);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString content = QString::fromLatin1(file.readAll());
        QVERIFY(
            !content.contains(QRegularExpression(QStringLiteral("\\s(rg|RG|sc|SC|scn|SCN)\\s"))));
        static const QRegularExpression colour(
            QStringLiteral("([\\d.]+) ([\\d.]+) ([\\d.]+) ([\\d.]+) (k|K)\\s"));
        int blacks = 0;
        for (auto it = colour.globalMatch(content); it.hasNext();) {
            const auto m = it.next();
            if (m.captured(4).toDouble() < 0.99 ||
                m.captured(0).startsWith(QLatin1String("1 1 1 1")))
                continue;  // a colour, or the registration colour of crop marks
            ++blacks;
            QVERIFY2(m.captured(1).toDouble() == 0 && m.captured(2).toDouble() == 0 &&
                         m.captured(3).toDouble() == 0,
                     qPrintable(m.captured(0)));
        }
        QVERIFY(blacks > 10);
    }

    // The same document gives the same bytes; a timestamp asked for changes the dates.
    void exportsAreDeterministic() {
        const LoadResult loaded = loadEdition(sampleEditionPath());
        const QString again = dir_.filePath(QStringLiteral("again.pdf"));
        QVERIFY(exportEdition(*loaded.edition, QFileInfo(sampleEditionPath()).absolutePath(), again)
                    .isEmpty());
        QFile a(pdf_), b(again);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QVERIFY(a.readAll() == b.readAll());
        PdfOptions stamped;
        stamped.timestamp = QDateTime(QDate(2022, 11, 20), QTime(18, 30), QTimeZone::utc());
        const QString dated = dir_.filePath(QStringLiteral("dated.pdf"));
        QVERIFY(exportEdition(*loaded.edition, QFileInfo(sampleEditionPath()).absolutePath(), dated,
                              stamped)
                    .isEmpty());
        QVERIFY(runTool("pdfinfo", {dated}).out.contains(QStringLiteral("2022")));
    }

    // Bleed and crop marks: the trim stays the page, the bleed box 3 mm out, the media
    // box room for the marks; pages chosen by number.
    void bleedMarksAndPages() {
        const LoadResult loaded = loadEdition(sampleEditionPath());
        PdfOptions options;
        options.bleedPt = 3 * 72 / 25.4;
        options.cropMarks = true;
        options.pages = {1};
        const QString marked = dir_.filePath(QStringLiteral("marked.pdf"));
        QVERIFY(exportEdition(*loaded.edition, QFileInfo(sampleEditionPath()).absolutePath(),
                              marked, options)
                    .isEmpty());
        const ToolResult info = runTool("pdfinfo", {"-box", marked});
        QVERIFY(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+1"))));
        QVERIFY2(info.out.contains(QRegularExpression(
                     QStringLiteral("BleedBox:\\s+-8\\.50\\s+-8\\.50\\s+776\\.69\\s+1114\\.02"))),
                 qPrintable(info.out));
        QVERIFY2(info.out.contains(QRegularExpression(QStringLiteral("MediaBox:\\s+-35\\.50"))),
                 qPrintable(info.out));
        QVERIFY(runTool("pdftotext", {marked, "-"}).out.contains(QStringLiteral("学思践悟")));
        const ToolResult gs =
            runTool("gs", {"-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=nullpage", marked});
        QVERIFY2(gs.err.trimmed().isEmpty(), qPrintable(gs.err));
    }

    // A CMYK JPEG (Adobe's inverted convention) goes in untouched and prints in the inks
    // it was made with: magenta and yellow, no cyan, no black.
    void cmykJpegSurvivesTheRoundTrip() {
        QVERIFY(haveTool("convert"));
        const QString jpeg = dir_.filePath(QStringLiteral("red.jpg"));
        QCOMPARE(runTool("convert", {"-size", "60x40", "xc:cmyk(0,255,255,0)", jpeg}).exitCode, 0);
        const Edition e = onePhotoPage(QStringLiteral("red.jpg"));
        const QString path = dir_.filePath(QStringLiteral("red.pdf"));
        QVERIFY(exportEdition(e, dir_.path(), path).isEmpty());
        QCOMPARE(runTool("pdfimages", {"-j", path, dir_.filePath(QStringLiteral("out"))}).exitCode,
                 0);
        QFile in(jpeg), out(dir_.filePath(QStringLiteral("out-000.jpg")));
        QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::ReadOnly));
        QVERIFY(in.readAll() == out.readAll());  // passed through byte for byte
        const QStringList ink =
            runTool("gs", {"-q", "-o", "-", "-sDEVICE=inkcov", path}).out.simplified().split(u' ');
        QVERIFY2(ink.size() >= 4, qPrintable(ink.join(u' ')));
        QVERIFY2(ink[0].toDouble() < 0.02 && ink[3].toDouble() < 0.02, qPrintable(ink.join(u' ')));
        QVERIFY2(ink[1].toDouble() > 0.9 && ink[2].toDouble() > 0.9, qPrintable(ink.join(u' ')));
    }

    // Copying gives back what was typed even where glyphs are shared: Noto CJK draws 一
    // (U+4E00) and the Kangxi radical ⼀ (U+2F00) with one glyph, which one ToUnicode entry
    // cannot spell both ways; the second gets an ActualText span.
    void sharedGlyphsCopyAsTyped() {
        const QString typed = QStringLiteral("甲一\u2F00乙一丙");
        const Edition e = oneFrameEdition(300, 100, {10, 10, 280, 80}, typed, 0);
        const QString path = dir_.filePath(QStringLiteral("shared.pdf"));
        QVERIFY(exportEdition(e, QString(), path).isEmpty());
        QCOMPARE(withoutSpace(runTool("pdftotext", {path, "-"}).out), typed);
        const QString expanded = dir_.filePath(QStringLiteral("shared-qdf.pdf"));
        QCOMPARE(runTool("qpdf", {"--qdf", "--object-streams=disable", path, expanded}).exitCode,
                 0);
        QFile file(expanded);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("/ActualText"), 1);  // only the cluster that needs it
    }

    // The sample's proof, in colour or in greys, exported once per test run.
    QString proofOf(ProofColour colour) {
        const QString path = dir_.filePath(colour == ProofColour::Gray ? QStringLiteral("grey.pdf")
                                                                       : QStringLiteral("rgb.pdf"));
        if (QFileInfo::exists(path))
            return path;
        const LoadResult loaded = loadEdition(sampleEditionPath());
        PdfOptions options;
        options.intent = PdfIntent::Proof;
        options.proofColour = colour;
        const QString error = exportEdition(
            *loaded.edition, QFileInfo(sampleEditionPath()).absolutePath(), path, options);
        return error.isEmpty() ? path : QString();
    }

    static void proofColourColumn() {
        QTest::addColumn<ProofColour>("colour");
        QTest::newRow("rgb") << ProofColour::Rgb;
        QTest::newRow("grey") << ProofColour::Gray;
    }

    // A proof goes through the press's writer: the text of the press PDF exactly, as typed
    // (QPdfWriter's proofs gave Kangxi radicals for 一 月 日 目 …), fonts embedded as
    // subsets, a plain PDF 1.7 page without PDF/X, trim or bleed.
    void proofTextIsThePressText_data() { proofColourColumn(); }
    void proofTextIsThePressText() {
        QFETCH(ProofColour, colour);
        const QString proof = proofOf(colour);
        QVERIFY(!proof.isEmpty());
        const ToolResult text = runTool("pdftotext", {proof, "-"});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(kangxiRadicalsIn(text.out), QString());
        const QString difference = firstDifference(text.out, runTool("pdftotext", {pdf_, "-"}).out);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        const QStringList fonts =
            runTool("pdffonts", {proof}).out.split(u'\n', Qt::SkipEmptyParts).mid(2);
        QCOMPARE(fonts.size(), 4);
        static const QRegularExpression embeddedSubset(
            QStringLiteral("^[A-Z]{6}\\+.*Identity-H\\s+yes\\s+yes\\s+yes"));
        for (const QString& row : fonts)
            QVERIFY2(row.contains(embeddedSubset), qPrintable(row));
        const QByteArray bytes = fileBytes(proof);
        QVERIFY(bytes.startsWith("%PDF-1.7"));
        const ToolResult info = runTool("pdfinfo", {"-box", proof});
        QVERIFY2(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+2"))),
                 qPrintable(info.out));
        QVERIFY2(info.out.contains(QStringLiteral("魏都周刊")), qPrintable(info.out));
        QVERIFY2(info.out.contains(QStringLiteral("2000")), qPrintable(info.out));  // fixed date
        for (const char* pressOnly :
             {"/OutputIntents", "/GTS_PDFX", "/TrimBox", "/BleedBox", "PDF/X-4"}) {
            QVERIFY2(!bytes.contains(pressOnly), pressOnly);
        }
        const ToolResult check = runTool("qpdf", {"--check", proof});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }

    // A colour proof has no CMYK in it (nor spots, nor overprint): the screen's RGB, grey
    // JPEGs as they are. A grey proof has only DeviceGray. Photos keep their pixels.
    void proofColourSpaces_data() {
        QTest::addColumn<ProofColour>("colour");
        QTest::addColumn<QStringList>("absent");  // patterns the expanded file must not match
        QTest::addColumn<QString>("present");     // one it must
        QTest::addColumn<QString>("photos");      // pdfimages' colour of every photo
        const QString cmykOperator = QStringLiteral("\\s(?:[\\d.]+ ){4}[kK]\\s"),
                      rgbOperator = QStringLiteral("\\s(?:[\\d.]+ ){3}(?:rg|RG)\\s"),
                      spaceOperator = QStringLiteral("\\s(?:cs|CS|sc|SC|scn|SCN)\\s");
        QTest::newRow("rgb") << ProofColour::Rgb
                             << QStringList{cmykOperator,  spaceOperator, "/DeviceCMYK",
                                            "/Separation", "/OP true",    "/ICCBased"}
                             << rgbOperator << "rgb";
        QTest::newRow("grey") << ProofColour::Gray
                              << QStringList{cmykOperator,  rgbOperator,  spaceOperator,
                                             "/DeviceCMYK", "/DeviceRGB", "/Separation",
                                             "/OP true",    "/ICCBased"}
                              << QStringLiteral("\\s[\\d.]+ [gG]\\s") << "gray";
    }
    void proofColourSpaces() {
        QFETCH(ProofColour, colour);
        QFETCH(QStringList, absent);
        QFETCH(QString, present);
        QFETCH(QString, photos);
        const QString proof = proofOf(colour);
        const QString content = expandedPdf(proof);
        QVERIFY(!content.isEmpty());
        for (const QString& pattern : absent) {
            const auto match = QRegularExpression(pattern).match(content);
            QVERIFY2(!match.hasMatch(), qPrintable(pattern + u'→' + match.captured()));
        }
        QVERIFY2(content.contains(QRegularExpression(present)), qPrintable(present));
        const QList<QStringList> images = imageRows(proof), press = imageRows(pdf_);
        QCOMPARE(images.size(), press.size());
        for (qsizetype i = 0; i < images.size(); ++i) {
            QCOMPARE(images[i].value(5), photos);
            // Width and height as in the press PDF (and the files): no photo resampled.
            QCOMPARE(images[i].mid(3, 2), press[i].mid(3, 2));
        }
    }

    // A spot colour in a proof is its alternate as the screen shows it: no Separation, and
    // a 50 % tint of a red spot (M100 Y100) is the RGB of M50 Y50.
    void spotColoursProofAsTheirAlternate_data() { proofColourColumn(); }
    void spotColoursProofAsTheirAlternate() {
        QFETCH(ProofColour, colour);
        Edition e;
        e.swatches.push_back({"报红专色", {0, 1, 1, 0}, true});
        Page page;
        page.widthPt = 200;
        page.heightPt = 200;
        Frame box;
        box.id = "box";
        box.kind = FrameKind::Box;
        box.rect = {20, 20, 100, 100};
        box.fill = CmykColor{0, 0.5, 0.5, 0, "报红专色", 50};
        page.frames.push_back(box);
        e.pages.push_back(page);
        const QString press = dir_.filePath(QStringLiteral("spot-press.pdf"));
        QVERIFY(exportEdition(e, QString(), press).isEmpty());
        QVERIFY(expandedPdf(press).contains(QStringLiteral("/Separation")));  // the control
        PdfOptions options;
        options.intent = PdfIntent::Proof;
        options.proofColour = colour;
        const QString proof = dir_.filePath(QStringLiteral("spot-proof.pdf"));
        QVERIFY(exportEdition(e, QString(), proof, options).isEmpty());
        const QString content = expandedPdf(proof);
        QVERIFY(!content.contains(QStringLiteral("/Separation")));
        // Qt: R = (1 − C)(1 − K) = 1, G = B = 0.5; grey 0.299 + 0.587 × 0.5 + 0.114 × 0.5.
        const QString fill = colour == ProofColour::Rgb ? QStringLiteral("1 0.5 0.5 rg")
                                                        : QStringLiteral("0.6495 g");
        QVERIFY2(content.contains(fill), qPrintable(fill));
    }

    // The same bytes from every run of the program, not only within one (the font
    // objects were once written in the order of their faces' addresses).
    void exportsAreDeterministicAcrossRuns_data() {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("press") << QStringList();
        QTest::newRow("proof") << QStringList{"--proof"};
        QTest::newRow("grey proof") << QStringList{"--proof", "--grey"};
        // Every face subset on the main thread, two at a time, a thread each: one file.
        QTest::newRow("press, one thread") << QStringList{"--threads", "1"};
        QTest::newRow("press, two threads") << QStringList{"--threads", "2"};
        QTest::newRow("proof, one thread") << QStringList{"--proof", "--threads", "1"};
    }
    void exportsAreDeterministicAcrossRuns() {
        QFETCH(QStringList, options);
        // Whatever the threads, the bytes of the default run (a thread a face).
        const bool proof = options.contains(QStringLiteral("--proof"));
        static QByteArray defaultPress, defaultProof;
        QByteArray& reference = proof ? defaultProof : defaultPress;
        QByteArray first;
        // Three runs: two may place the faces alike by chance.
        for (int run = 0; run < 3; ++run) {
            const QString path = dir_.filePath(QStringLiteral("run-%1.pdf").arg(run));
            const ToolResult r =
                runTool(kPaiban, QStringList{"export", sampleEditionPath(), "-o", path} + options);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            if (run == 0)
                first = fileBytes(path);
            else
                QVERIFY2(fileBytes(path) == first, qPrintable(QStringLiteral("run %1").arg(run)));
        }
        const bool grey = options.contains(QStringLiteral("--grey"));
        if (!options.contains(QStringLiteral("--threads")) && !grey)
            reference = first;
        else if (!grey)
            QVERIFY2(first == reference, "the same bytes as a thread a face");
    }

    // The same document and annotations give the same bytes.
    void proofsAreDeterministic() {
        const LoadResult loaded = loadEdition(sampleEditionPath());
        PdfOptions options;
        options.intent = PdfIntent::Proof;
        options.annotations.push_back(
            {0, PdfAnnotationKind::Highlight, {{100, 200, 150, 12}}, {}, QColor(Qt::yellow)});
        options.marks.push_back({1, {40, 300, 2, 60}, QColor(Qt::red)});
        QByteArray first;
        for (int i = 0; i < 2; ++i) {
            const QString path = dir_.filePath(QStringLiteral("again-%1.pdf").arg(i));
            QVERIFY(exportEdition(*loaded.edition, QFileInfo(sampleEditionPath()).absolutePath(),
                                  path, options)
                        .isEmpty());
            if (i == 0)
                first = fileBytes(path);
            else
                QVERIFY(first == fileBytes(path));
        }
        QCOMPARE(fileBytes(proofOf(ProofColour::Rgb)) == first, false);  // they did change it
    }

    // Annotations as a reader reads them (poppler): the kind, where they stand, what they
    // say, who said it, their names, dates and popups. Places within half a point.
    void proofAnnotationsReadBack_data() {
        QTest::addColumn<PdfAnnotationKind>("kind");
        QTest::addColumn<QList<QRectF>>("quads");
        QTest::addColumn<QRectF>("rect");
        QTest::addColumn<int>("subtype");        // Poppler::Annotation::SubType
        QTest::addColumn<int>("highlightType");  // Poppler::HighlightAnnotation's, or -1
        QTest::addColumn<bool>("popup");
        using P = Poppler::Annotation;
        using H = Poppler::HighlightAnnotation;
        const QList<QRectF> twoLines{{100.25, 200, 150, 12}, {40, 214.5, 80.75, 12}};
        QTest::newRow("highlight") << PdfAnnotationKind::Highlight << twoLines << QRectF()
                                   << int(P::AHighlight) << int(H::Highlight) << true;
        QTest::newRow("underline") << PdfAnnotationKind::Underline << twoLines << QRectF()
                                   << int(P::AHighlight) << int(H::Underline) << true;
        QTest::newRow("strike-out") << PdfAnnotationKind::StrikeOut << twoLines.mid(0, 1)
                                    << QRectF() << int(P::AHighlight) << int(H::StrikeOut) << true;
        QTest::newRow("caret") << PdfAnnotationKind::Caret << QList<QRectF>()
                               << QRectF(300, 400, 8, 10) << int(P::ACaret) << -1 << true;
        QTest::newRow("note") << PdfAnnotationKind::Text << QList<QRectF>()
                              << QRectF(500, 60, 20, 20) << int(P::AText) << -1 << true;
        QTest::newRow("caret at quads") << PdfAnnotationKind::Caret << twoLines.mid(1) << QRectF()
                                        << int(P::ACaret) << -1 << true;
        QTest::newRow("highlight, no popup") << PdfAnnotationKind::Highlight << twoLines << QRectF()
                                             << int(P::AHighlight) << int(H::Highlight) << false;
    }
    void proofAnnotationsReadBack() {
        QFETCH(PdfAnnotationKind, kind);
        QFETCH(QList<QRectF>, quads);
        QFETCH(QRectF, rect);
        QFETCH(int, subtype);
        QFETCH(int, highlightType);
        QFETCH(bool, popup);
        const double width = 600, height = 800;
        const Edition e = oneFrameEdition(width, height, {20, 20, 560, 760},
                                          QStringLiteral("魏都区生态环境分局提升审批效能。"), 2);
        PdfOptions options;
        options.intent = PdfIntent::Proof;
        PdfAnnotation given;
        given.kind = kind;
        for (const QRectF& q : quads)
            given.quads.push_back({q.x(), q.y(), q.width(), q.height()});
        given.rect = {rect.x(), rect.y(), rect.width(), rect.height()};
        given.colour = QColor(255, 200, 0);
        given.contents = QStringLiteral("“孵化器”改为“孵化基地”");
        given.author = QStringLiteral("校对 王丽");
        given.subject = QStringLiteral("改字");
        given.name = QStringLiteral("paiban-note-n3");
        given.modified = QDateTime(QDate(2022, 11, 20), QTime(18, 30), QTimeZone::utc());
        given.popup = popup;
        options.annotations.push_back(given);
        PdfAnnotation plain = given;  // ASCII text, the export's date, a made-up name
        plain.contents = QStringLiteral("OK");
        plain.author = QStringLiteral("Li");
        plain.name.clear();
        plain.modified = {};
        options.annotations.push_back(plain);
        const QString path = dir_.filePath(QStringLiteral("annotated.pdf"));
        const QString error = exportEdition(e, QString(), path, options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const ToolResult check = runTool("qpdf", {"--check", path});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));

        const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
        QVERIFY(document);
        const std::unique_ptr<Poppler::Page> page = document->page(0);
        const auto annotations = page->annotations();
        QCOMPARE(int(annotations.size()), 2);
        const Poppler::Annotation& read = *annotations[0];
        QCOMPARE(int(read.subType()), subtype);
        QCOMPARE(read.contents(), given.contents);
        QCOMPARE(read.author(), given.author);
        QCOMPARE(read.uniqueName(), given.name);
        QCOMPARE(read.modificationDate(), given.modified);
        QCOMPARE(read.creationDate(), given.modified);
        // A popup has a place of its own; without one poppler's stays uninitialised.
        QCOMPARE(read.popup().geometry().isValid(), popup);
        // Normalized (0–1 from the top left) back to page points.
        auto points = [&](QPointF p) { return QPointF(p.x() * width, p.y() * height); };
        auto near = [](QRectF got, QRectF wanted) {
            return std::abs(got.left() - wanted.left()) <= 0.5 &&
                   std::abs(got.top() - wanted.top()) <= 0.5 &&
                   std::abs(got.right() - wanted.right()) <= 0.5 &&
                   std::abs(got.bottom() - wanted.bottom()) <= 0.5;
        };
        auto show = [](QRectF r) {
            return QStringLiteral("%1,%2 %3×%4")
                .arg(r.x())
                .arg(r.y())
                .arg(r.width())
                .arg(r.height());
        };
        if (highlightType >= 0) {
            const auto& markup = static_cast<const Poppler::HighlightAnnotation&>(read);
            QCOMPARE(int(markup.highlightType()), highlightType);
            const auto readQuads = markup.highlightQuads();
            QCOMPARE(readQuads.size(), quads.size());
            for (qsizetype i = 0; i < quads.size(); ++i) {
                QPolygonF corners;
                for (const QPointF& p : readQuads[i].points)
                    corners << points(p);
                QVERIFY2(near(corners.boundingRect(), quads[i]),
                         qPrintable(show(corners.boundingRect()) + " ≠ " + show(quads[i])));
                // The file's corners in Acrobat's order (upper left, upper right, lower left,
                // lower right) come out of poppler-qt clockwise from the upper left: a corner
                // order poppler misread would show as a twisted quad here.
                const QRectF& q = quads[i];
                const QList<QPointF> clockwise{q.topLeft(), q.topRight(), q.bottomRight(),
                                               q.bottomLeft()};
                for (int c = 0; c < 4; ++c) {
                    QVERIFY2(QLineF(corners[c], clockwise[c]).length() <= 0.5,
                             qPrintable(QStringLiteral("corner %1").arg(c)));
                }
            }
        }
        const QRectF wanted =
            rect.isEmpty()
                ? std::accumulate(quads.begin(), quads.end(), QRectF(),
                                  [](QRectF a, QRectF b) { return a.isNull() ? b : a | b; })
                : rect;
        const QRectF boundary(points(read.boundary().topLeft()),
                              points(read.boundary().bottomRight()));
        QVERIFY2(near(boundary, wanted), qPrintable(show(boundary) + " ≠ " + show(wanted)));

        const Poppler::Annotation& second = *annotations[1];
        QCOMPARE(second.contents(), QStringLiteral("OK"));
        QCOMPARE(second.author(), QStringLiteral("Li"));
        QCOMPARE(second.uniqueName(), QStringLiteral("paiban-annot-2"));  // its place on the page
        QCOMPARE(second.modificationDate(),
                 QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc()));
        // Drawn by their appearance streams: pdftoppm renders them without complaint.
        const ToolResult ppm =
            runTool("pdftoppm", {"-r", "20", "-png", path, dir_.filePath(QStringLiteral("ann"))});
        QVERIFY2(ppm.exitCode == 0 && ppm.err.trimmed().isEmpty(), qPrintable(ppm.err));
    }

    // What cannot be written is said, never half-written: annotations on a press PDF, on a
    // page the edition has not, markup with nothing to mark, a name twice on a page.
    void annotationsRefused_data() {
        QTest::addColumn<bool>("press");
        QTest::addColumn<PdfAnnotation>("second");
        QTest::addColumn<QString>("error");
        const PdfAnnotation fine{0, PdfAnnotationKind::Highlight, {{10, 10, 50, 10}}};
        PdfAnnotation named = fine, elsewhere = fine, empty = fine, sameName = fine;
        named.name = QStringLiteral("n1");
        elsewhere.page = 3;
        empty.quads.clear();
        sameName.name = QStringLiteral("n1");
        QTest::newRow("press") << true << named << "annotations and marks are for proofs";
        QTest::newRow("no such page") << false << elsewhere << "annotation 2: there is no page 4";
        QTest::newRow("nothing marked") << false << empty << "annotation 2: text markup needs";
        QTest::newRow("name twice") << false << sameName << "the name n1 is used twice on page 1";
    }
    void annotationsRefused() {
        QFETCH(bool, press);
        QFETCH(PdfAnnotation, second);
        QFETCH(QString, error);
        const Edition e = oneFrameEdition(300, 300, {20, 20, 260, 260}, QStringLiteral("甲乙"), 0);
        PdfOptions options;
        options.intent = press ? PdfIntent::Press : PdfIntent::Proof;
        PdfAnnotation first{0, PdfAnnotationKind::Highlight, {{10, 10, 50, 10}}};
        first.name = QStringLiteral("n1");
        options.annotations = {first, second};
        const QString path = dir_.filePath(QStringLiteral("refused.pdf"));
        QFile::remove(path);
        const QString got = exportEdition(e, QString(), path, options);
        QVERIFY2(got.contains(error), qPrintable(got));
        QVERIFY(!QFile::exists(path));
    }

    // 缺字 is the press's refusal: a proof with characters no font has is written (they
    // show blank), so that the newsroom can read it and find them.
    void proofsShowMissingGlyphsBlank() {
        const Edition e =
            oneFrameEdition(300, 300, {20, 20, 260, 260}, QString::fromUcs4(U"甲\U0010FFFD乙"), 0);
        PdfOptions options;
        options.intent = PdfIntent::Proof;
        const QString path = dir_.filePath(QStringLiteral("blank.pdf"));
        const QString error = exportEdition(e, QString(), path, options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(withoutSpace(runTool("pdftotext", {path, "-"}).out).contains(QStringLiteral("甲")));
    }

    // A CMYK JPEG in a proof is decoded as the screen decodes it and written in the
    // proof's colours at its own size: red stays red (or its grey).
    void cmykJpegInAProof_data() {
        QTest::addColumn<ProofColour>("colour");
        QTest::addColumn<QString>("listed");
        QTest::newRow("rgb") << ProofColour::Rgb << "rgb";
        QTest::newRow("grey") << ProofColour::Gray << "gray";
    }
    void cmykJpegInAProof() {
        QFETCH(ProofColour, colour);
        QFETCH(QString, listed);
        QVERIFY(haveTool("convert"));
        const QString jpeg = dir_.filePath(QStringLiteral("red-proof.jpg"));
        QCOMPARE(runTool("convert", {"-size", "60x40", "xc:cmyk(0,255,255,0)", jpeg}).exitCode, 0);
        const Edition e = onePhotoPage(QStringLiteral("red-proof.jpg"));
        PdfOptions options;
        options.intent = PdfIntent::Proof;
        options.proofColour = colour;
        const QString path = dir_.filePath(QStringLiteral("red-proof.pdf"));
        QVERIFY(exportEdition(e, dir_.path(), path, options).isEmpty());
        const QList<QStringList> images = imageRows(path);
        QCOMPARE(images.size(), 1);
        QCOMPARE(images[0].mid(3, 3), (QStringList{"60", "40", listed}));
        const QString ppm = dir_.filePath(QStringLiteral("red-proof"));
        QCOMPARE(runTool("pdftoppm", {"-r", "10", "-png", path, ppm}).exitCode, 0);
        const QImage shown(ppm + QStringLiteral("-1.png"));
        const QColor centre = shown.pixelColor(shown.width() / 2, shown.height() / 2);
        // Qt's naive CMYK → RGB of M100 Y100 is pure red; its BT.601 grey 0.299 × 255.
        const QColor wanted = colour == ProofColour::Rgb ? QColor(255, 0, 0) : QColor(76, 76, 76);
        QVERIFY2(std::abs(centre.red() - wanted.red()) < 8 &&
                     std::abs(centre.green() - wanted.green()) < 8 &&
                     std::abs(centre.blue() - wanted.blue()) < 8,
                 qPrintable(centre.name()));
    }

    // 缺字 would print blank: the press PDF refuses the pages that have them (and text on
    // no page), not the others, unless told.
    void pressRefusesMissingGlyphsOnItsPages() {
        Edition e = oneFrameEdition(300, 300, {20, 20, 260, 260}, QStringLiteral("甲乙丙"),
                                    ParagraphStyle().firstLineIndentEm);
        Page second = e.pages[0];
        second.frames[0].id = "g";
        e.pages.push_back(second);
        e.stories.push_back(
            Story{"t",
                  "t",
                  {Paragraph{"body", {{QString::fromUcs4(U"甲\U0010FFFD乙"), QString()}}}},
                  {"g"}});
        const QString path = dir_.filePath(QStringLiteral("glyphs.pdf"));
        PdfOptions options;
        options.pages = {1};
        QString error = exportEdition(e, QString(), path, options);
        QVERIFY2(error.contains(QStringLiteral("1 character(s) no font has would print blank")),
                 qPrintable(error));
        options.pages = {0};
        error = exportEdition(e, QString(), path, options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        options.pages = {};
        QVERIFY(!exportEdition(e, QString(), path, options).isEmpty());
        options.allowMissingGlyphs = true;
        error = exportEdition(e, QString(), path, options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void twoPagesOfTabloidSize() {
        const ToolResult info = runTool("pdfinfo", {pdf_});
        QVERIFY(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+2"))));
        // 271 × 390 mm (4开)
        QVERIFY2(info.out.contains(QStringLiteral("768.189 x 1105.51 pts")), qPrintable(info.out));
    }

    // Body text is 100 % K: Ghostscript's ink coverage of a text-only page has no C, M, Y.
    void textIsBlackOnly() {
        const Edition e =
            oneFrameEdition(300, 300, {20, 20, 260, 260},
                            QStringLiteral("魏都区生态环境分局通过转变执法方式提升审批效能。"),
                            ParagraphStyle().firstLineIndentEm);
        const QString path = dir_.filePath(QStringLiteral("black.pdf"));
        QVERIFY(exportEdition(e, QString(), path).isEmpty());
        const ToolResult ink = runTool("gs", {"-q", "-o", "-", "-sDEVICE=inkcov", path});
        const QStringList parts = ink.out.simplified().split(u' ');
        QVERIFY2(parts.size() >= 4, qPrintable(ink.out + ink.err));
        QCOMPARE(parts[0].toDouble(), 0.0);
        QCOMPARE(parts[1].toDouble(), 0.0);
        QCOMPARE(parts[2].toDouble(), 0.0);
        QVERIFY(parts[3].toDouble() > 0);
    }
};

QTEST_MAIN(TestPdfExport)
#include "tst_pdf_export.moc"
