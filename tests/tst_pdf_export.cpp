// The press PDF, read back by the tools a press and a reader use: its text (pdftotext)
// holds every headline with the characters typed, its fonts are embedded subsets with
// ToUnicode maps, and qpdf and Ghostscript accept it.
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "display/edition_layout.h"
#include "io/document_io.h"
#include "pdf/pdf_export.h"
#include "sample_text.h"
#include "shaping/font_registry.h"
#include "tool_runner.h"

using namespace paiban;
using namespace paiban::test;

namespace {

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

}  // namespace

class TestPdfExport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString pdf_;

    static QString exportEdition(const Edition& edition, const QString& documentDir,
                                 const QString& path, const PdfOptions& options = {}) {
        LayoutCache cache;
        const EditionDisplay display =
            layoutEdition(edition, documentDir, FontRegistry::shared(), cache);
        QString error;
        PdfMetadata metadata;
        metadata.title = edition.title;
        return writeEditionPdf(display, metadata, options, path, &error) ? QString() : error;
    }

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
        Edition e;
        Page page;
        page.widthPt = 200;
        page.heightPt = 200;
        Frame photo;
        photo.id = "photo";
        photo.kind = FrameKind::Image;
        photo.imagePath = "red.jpg";
        photo.rect = {0, 0, 200, 200};
        page.frames.push_back(photo);
        e.pages.push_back(page);
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

    // A proof goes through QPdfWriter: RGB, for screens and office printers.
    void proofsAreWrittenToo() {
        const LoadResult loaded = loadEdition(sampleEditionPath());
        PdfOptions options;
        options.intent = PdfIntent::Proof;
        const QString proof = dir_.filePath(QStringLiteral("proof.pdf"));
        QVERIFY(exportEdition(*loaded.edition, QFileInfo(sampleEditionPath()).absolutePath(), proof,
                              options)
                    .isEmpty());
        const ToolResult info = runTool("pdfinfo", {proof});
        QVERIFY(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+2"))));
        QVERIFY(!info.out.contains(QStringLiteral("PDF/X")));
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
