// The press PDF, read back by the tools a press and a reader use: its text (pdftotext)
// holds every headline with the characters typed, its fonts are embedded subsets with
// ToUnicode maps, and qpdf and Ghostscript accept it.
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

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

}  // namespace

class TestPdfExport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString pdf_;

    static QString exportEdition(const Edition& edition, const QString& documentDir,
                                 const QString& path) {
        LayoutCache cache;
        const EditionDisplay display =
            layoutEdition(edition, documentDir, FontRegistry::shared(), cache);
        QString error;
        PdfMetadata metadata;
        metadata.title = edition.title;
        return writeEditionPdf(display, metadata, path, &error) ? QString() : error;
    }

private Q_SLOTS:
    void initTestCase() {
        for (const char* tool : {"pdftotext", "pdffonts", "qpdf", "gs"}) {
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
        QVERIFY(headlines.size() >= 9);  // nine headline lines in the sample
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

    // Subsets hold only the glyphs used: the two pages with four CJK faces stay small.
    void fontsAreSubsetsForReal() {
        const qint64 size = QFileInfo(pdf_).size();
        QVERIFY2(size < 600 * 1024, qPrintable(QString::number(size)));
    }

    void qpdfAndGhostscriptAccept() {
        const ToolResult check = runTool("qpdf", {"--check", pdf_});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        const ToolResult gs =
            runTool("gs", {"-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=nullpage", pdf_});
        QVERIFY2(gs.exitCode == 0 && !gs.err.contains(QStringLiteral("Error")), qPrintable(gs.err));
    }

    void twoPagesOfBroadsheetSize() {
        const ToolResult info = runTool("pdfinfo", {pdf_});
        QVERIFY(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+2"))));
        // 390 × 543 mm
        QVERIFY2(info.out.contains(QStringLiteral("1105.51 x 1539.21 pts")), qPrintable(info.out));
    }

    // Body text is 100 % K: Ghostscript's ink coverage of a text-only page has no C, M, Y.
    void textIsBlackOnly() {
        Edition e;
        ParagraphStyle body;
        body.name = "body";
        e.styles.paragraphStyles.push_back(body);
        Page page;
        page.widthPt = 300;
        page.heightPt = 300;
        Frame f;
        f.id = "f";
        f.rect = {20, 20, 260, 260};
        page.frames.push_back(f);
        e.pages.push_back(page);
        e.stories.push_back(Story{
            "s",
            "s",
            {Paragraph{
                "body",
                {{QStringLiteral("魏都区生态环境分局通过转变执法方式提升审批效能。"), QString()}}}},
            {"f"}});
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
