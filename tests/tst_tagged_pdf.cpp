// The tagged press PDF read back by tag-aware readers: poppler's `pdfinfo -struct-text`
// for the structure tree with its text, pikepdf (tests/tagged_pdf.py) for the marked
// content, the parent tree and the article threads. Checked as galleys against the
// articles' reading (articlesOf): one Art per article in its order, each Art's text the
// article's, each Figure's Alt its caption, every MCID referenced once, a thread per
// article with its beads over its lines.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "article_fixtures.h"
#include "articles/articles.h"
#include "display/edition_layout.h"
#include "io/document_io.h"
#include "pdf_reading.h"
#include "sample_text.h"
#include "shaping/font_registry.h"
#include "tool_runner.h"

using namespace paiban;
using namespace paiban::test;

namespace {

struct Laid {
    Edition edition;
    EditionDisplay display;
    QString dir;
    std::vector<Article> articles;
};

Laid laidOut(Edition edition, const QString& dir = QString()) {
    LayoutCache cache;
    EditionDisplay display = layoutEdition(edition, dir, FontRegistry::shared(), cache);
    std::vector<Article> articles = articlesOf(edition, display, dir);
    return Laid{std::move(edition), std::move(display), dir, std::move(articles)};
}

Laid sample() {
    const LoadResult loaded = loadEdition(sampleEditionPath());
    if (!loaded.edition)
        qFatal("the sample does not load");
    return laidOut(*loaded.edition, QFileInfo(sampleEditionPath()).absolutePath());
}

// The PDF of a laid-out edition with its articles; the writer's error, or empty.
QString writePdf(const Laid& laid, const QString& path, const PdfOptions& options = {}) {
    PdfMetadata metadata;
    metadata.title = laid.edition.title;
    metadata.articles = laid.articles;
    QString error;
    return writeEditionPdf(laid.display, metadata, options, path, &error) ? QString() : error;
}

Edition storyAcrossPages() {
    return test::storyAcrossPages(
        QStringLiteral("标签让读者把每一篇稿件完整地取出来，不论它跨栏、跨框还是跨版。"));
}

// One element of `pdfinfo -struct-text`: its type, its depth below Document, its title
// (Art) and the text poppler gives it (its content and its children's).
struct ReadElement {
    QString type, title, text;
    int depth = 0;
};

// Parses poppler's print of the tree: an element per line, two spaces a level, its
// /T in quotes after the type and attributes in parentheses; its text on the next lines
// in quotes, one level deeper.
std::vector<ReadElement> structureRead(const QString& pdf) {
    const ToolResult r = runTool("pdfinfo", {"-struct-text", pdf});
    std::vector<ReadElement> elements;
    static const QRegularExpression elementLine(
        QStringLiteral(R"re(^( *)([A-Za-z0-9]+):?(?: "(.*)")?(?: \(.*\))?$)re"));
    static const QRegularExpression textLine(QStringLiteral(R"re(^ *"(.*)"$)re"));
    for (const QString& line : r.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (const auto text = textLine.match(line); text.hasMatch() && !elements.empty()) {
            elements.back().text += text.captured(1);
        } else if (const auto m = elementLine.match(line); m.hasMatch()) {
            elements.push_back(
                {m.captured(2), m.captured(3), {}, static_cast<int>(m.captured(1).size() / 2)});
        }
    }
    return elements;
}

// What a reader of the tags should find, article by article: each Art with its title,
// its headline an H1, its other paragraphs P, each photo a Figure where its caption is
// read (its Alt the caption), the caption in a Caption inside it. One line an element.
QStringList expectedGalley(const std::vector<Article>& articles) {
    QStringList galley;
    for (const Article& a : articles) {
        QString title = !a.headline.isEmpty()  ? a.headline
                        : !a.subhead.isEmpty() ? a.subhead
                                               : a.id;
        galley << QStringLiteral("Art «%1»").arg(title.replace(u'\n', u' '));
        QSet<QString> captionsDone;
        for (const ArticleParagraph& p : a.paragraphs) {
            if (p.role == TextRole::Other)
                continue;
            const auto photo = std::find_if(a.photos.begin(), a.photos.end(), [&](const auto& ph) {
                return ph.captionStoryId == p.storyId;
            });
            if (photo == a.photos.end()) {
                galley << QStringLiteral("  %1 %2").arg(
                    p.role == TextRole::Headline ? QStringLiteral("H1") : QStringLiteral("P"),
                    p.text);
            } else if (!captionsDone.contains(p.storyId)) {
                captionsDone.insert(p.storyId);
                QString caption;
                for (const ArticleParagraph& q : a.paragraphs) {
                    if (q.storyId == p.storyId)
                        caption += q.text;
                }
                galley << QStringLiteral("  Figure ")  // an image: its Alt is read apart
                       << QStringLiteral("    Caption %1").arg(caption);
            }
        }
        for (const ArticlePhoto& photo : a.photos) {
            if (photo.captionStoryId.isEmpty())
                galley << QStringLiteral("  Figure ");
        }
    }
    return galley;
}

// The tree as read, one line an element. poppler prints a title's UTF-16 bytes as they
// are, so the Arts' titles come from pikepdf's reading (`titles`, in the tree's order).
QStringList readGalley(const std::vector<ReadElement>& elements, const QStringList& titles) {
    QStringList galley;
    qsizetype art = 0;
    for (const ReadElement& e : elements) {
        if (e.type == QLatin1String("Document"))
            continue;
        const QString indent(2 * (e.depth - 1), u' ');
        galley << (e.type == QLatin1String("Art")
                       ? QStringLiteral("Art «%1»").arg(titles.value(art++))
                       : indent + e.type + u' ' + e.text);
    }
    return galley;
}

// The galleys compared line by line; the failure names the article of the first line
// that differs.
QString galleyDifference(const QStringList& got, const QStringList& expected) {
    QString article;
    for (qsizetype i = 0; i < std::max(got.size(), expected.size()); ++i) {
        if (expected.value(i).startsWith(QLatin1String("Art")))
            article = expected.value(i);
        if (got.value(i) != expected.value(i)) {
            return QStringLiteral("in %1, element %2:\n  read:     %3\n  expected: %4")
                .arg(article)
                .arg(i + 1)
                .arg(got.value(i), expected.value(i));
        }
    }
    return {};
}

// tests/tagged_pdf.py's reading of a PDF (pikepdf): pages, elements, threads.
QJsonObject pikepdfRead(const QString& pdf) {
    const ToolResult r = runTool(QStringLiteral("/usr/bin/python3"),
                                 {QStringLiteral(PAIBAN_SOURCE_DIR "/tests/tagged_pdf.py"), pdf});
    if (r.exitCode != 0)
        qWarning().noquote() << r.err;
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

// The Arts' titles (/T) as pikepdf reads them, in the tree's order.
QStringList artTitles(const QJsonObject& read) {
    QStringList titles;
    for (const QJsonValue& e : read["elements"].toArray()) {
        if (e["type"].toString() == QLatin1String("Art"))
            titles << e["title"].toString();
    }
    return titles;
}

QList<double> numbers(const QJsonValue& value) {
    QList<double> out;
    for (const QJsonValue& v : value.toArray())
        out << v.toDouble();
    return out;
}

// A page rectangle (top-left origin) in PDF user space: [x0 y0 x1 y1].
QList<double> userRect(const Rect& r, double pageHeight) {
    return {r.x, pageHeight - r.bottom(), r.right(), pageHeight - r.y};
}

bool near(const QList<double>& a, const QList<double>& b) {
    constexpr double kRounding = 0.001;  // the writer keeps 4 decimals
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (std::abs(a[i] - b[i]) > kRounding)
            return false;
    }
    return true;
}

QString withoutSpaces(QString text) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

QString pageText(const QString& pdf, int page) {
    return runTool("pdftotext", {"-f", QString::number(page + 1), "-l", QString::number(page + 1),
                                 "-raw", pdf, "-"})
        .out;
}

}  // namespace

class TestTaggedPdf : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    Laid sample_;
    QString pdf_;

private Q_SLOTS:
    void initTestCase() {
        for (const char* tool : {"pdfinfo", "pdftotext", "qpdf", "gs"}) {
            QVERIFY2(haveTool(QString::fromLatin1(tool)),
                     qPrintable(QStringLiteral("%1 is needed (scripts/packages.txt)").arg(tool)));
        }
        sample_ = sample();
        QVERIFY(!sample_.articles.empty());
        pdf_ = dir_.filePath(QStringLiteral("sample.pdf"));
        const QString error = writePdf(sample_, pdf_);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // The structure read back is the articles' reading: one Art per article in its
    // order, its headline an H1, its paragraphs whole, its photos Figures with captions.
    void articlesAsGalley_data() {
        QTest::addColumn<QString>("document");
        QTest::addColumn<int>("intent");
        QTest::newRow("sample, press") << "sample" << int(PdfIntent::Press);
        QTest::newRow("sample, proof") << "sample" << int(PdfIntent::Proof);
        QTest::newRow("story across pages") << "across" << int(PdfIntent::Press);
    }
    void articlesAsGalley() {
        QFETCH(QString, document);
        QFETCH(int, intent);
        const Laid laid =
            document == QLatin1String("sample") ? sample_ : laidOut(storyAcrossPages());
        PdfOptions options;
        options.intent = PdfIntent(intent);
        options.allowMissingGlyphs = true;
        const QString pdf = dir_.filePath(document + QString::number(intent) + ".pdf");
        const QString error = writePdf(laid, pdf, options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList got = readGalley(structureRead(pdf), artTitles(pikepdfRead(pdf)));
        const QStringList expected = expectedGalley(laid.articles);
        const QString difference = galleyDifference(got, expected);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // The sample's articles as a tagged reader lists them: which elements each Art holds.
    void sampleElements() {
        QStringList got;
        QString line;
        const QStringList titles = artTitles(pikepdfRead(pdf_));
        for (const ReadElement& e : structureRead(pdf_)) {
            if (e.type == QLatin1String("Art")) {
                if (!line.isEmpty())
                    got << line;
                line = titles.value(got.size()) + u':';
            } else if (e.type != QLatin1String("Document")) {
                line += u' ' + e.type;
            }
        }
        got << line;
        const QStringList expected = {
            QStringLiteral("许昌数字电商孵化基地项目正式签约: H1 P P P P"),
            QStringLiteral("photo-disinfection: Figure Caption"),
            QStringLiteral("推动营商环境优化与绿色发展协调共进: P H1 P P P P P"),
            QStringLiteral("疫情防控能力建设推进会: P H1 P P"),
            QStringLiteral("土地出让工作推进会: P H1 P P"),
            QStringLiteral("纪检监察协作区工作例会: P H1 P P"),
            QStringLiteral("学思践悟担使命 笃行不怠谱新篇: H1 P P"),
            QStringLiteral("庞庄社区：做细做实“关键小事”: H1 P P P P P P P P P P Figure Caption"),
            QStringLiteral("河南爱彼爱和：坚持走专精特新高质量发展之路: H1 P P P P P P P P P "
                           "Figure Caption"),
            QStringLiteral("photo-heating: Figure Caption"),
        };
        QCOMPARE(got.join(u'\n'), expected.join(u'\n'));
    }

    // Furniture is no article's text: the 报头 and 报眉 (master items), the 转版 lines.
    void furnitureIsArtifact() {
        for (const Laid& laid : {sample_, laidOut(storyAcrossPages())}) {
            const QString pdf = dir_.filePath(QStringLiteral("furniture.pdf"));
            QVERIFY(writePdf(laid, pdf).isEmpty());
            QString tagged;
            for (const ReadElement& e : structureRead(pdf))
                tagged += e.text;
            // Every line of the page that is no article's is in no element.
            QStringList furniture;
            for (const PageDisplayList& page : laid.display.pages) {
                for (const DisplayItem& item : page.items) {
                    const auto* run = std::get_if<GlyphRunItem>(&item);
                    if (run && (run->masterItem || run->paragraph < 0))
                        furniture << run->text;
                }
            }
            QVERIFY(!furniture.isEmpty());
            // pdftotext puts spaces between Chinese and Latin text: compared without them.
            const QString pages = withoutSpaces(pageText(pdf, 0) + pageText(pdf, 1));
            for (const QString& text : furniture) {
                QVERIFY2(pages.contains(withoutSpaces(text)), qPrintable(text));  // on the page
                if (withoutSpaces(text).size() > 1)
                    QVERIFY2(!withoutSpaces(tagged).contains(withoutSpaces(text)),
                             qPrintable(text));
            }
        }
    }

    // Every MCID of every page is in the content once and held by exactly one element,
    // which the parent tree names; marked content is balanced; the catalog says so.
    void everyMcidOnce_data() {
        QTest::addColumn<QString>("document");
        QTest::newRow("sample") << "sample";
        QTest::newRow("story across pages") << "across";
    }
    void everyMcidOnce() {
        QFETCH(QString, document);
        const Laid laid =
            document == QLatin1String("sample") ? sample_ : laidOut(storyAcrossPages());
        const QString pdf = dir_.filePath(document + QStringLiteral("-mcid.pdf"));
        QVERIFY(writePdf(laid, pdf).isEmpty());
        const QJsonObject read = pikepdfRead(pdf);
        QVERIFY(!read.isEmpty());
        const QJsonArray pages = read["pages"].toArray();
        QCOMPARE(pages.size(), qsizetype(laid.display.pages.size()));
        std::map<std::pair<int, int>, int> held;  // (page, MCID) → times referenced
        for (const QJsonValue& e : read["elements"].toArray()) {
            for (const QJsonValue& c : e["content"].toArray())
                ++held[{c[0].toInt(), c[1].toInt()}];
        }
        int mcids = 0;
        for (qsizetype p = 0; p < pages.size(); ++p) {
            QVERIFY2(pages[p]["balanced"].toBool(),
                     qPrintable(QStringLiteral("page %1").arg(p + 1)));
            QSet<int> seen;
            for (const QJsonValue& m : pages[p]["mcids"].toArray()) {
                const QString where = QStringLiteral("page %1 MCID %2").arg(p + 1).arg(m.toInt());
                QVERIFY2(!seen.contains(m.toInt()), qPrintable(where + " twice in the content"));
                seen.insert(m.toInt());
                QVERIFY2((held[{int(p), m.toInt()}] == 1), qPrintable(where + " not held once"));
                held.erase(std::pair(int(p), m.toInt()));
                ++mcids;
            }
        }
        QVERIFY2(held.empty(), "an element refers to content no page has");
        QVERIFY(mcids > 0);
        QCOMPARE(read["parent_tree_errors"].toArray(), QJsonArray());
        const QJsonObject catalog = read["catalog"].toObject();
        QVERIFY(catalog["marked"].toBool());
        QCOMPARE(catalog["lang"].toString(), QStringLiteral("zh-CN"));
        QVERIFY(catalog["display_doc_title"].toBool());
    }

    // Each Figure's Alt is its caption, and its box the photo's frame on the page.
    void figuresAltIsCaption() {
        const QJsonObject read = pikepdfRead(pdf_);
        std::vector<const ArticlePhoto*> photos;
        for (const Article& a : sample_.articles) {
            for (const ArticlePhoto& photo : a.photos)
                photos.push_back(&photo);
        }
        QStringList figures;
        for (const QJsonValue& e : read["elements"].toArray()) {
            if (e["type"].toString() == QLatin1String("Figure"))
                figures << e["alt"].toString();
        }
        QCOMPARE(figures.size(), qsizetype(photos.size()));
        qsizetype i = 0;
        for (const QJsonValue& e : read["elements"].toArray()) {
            if (e["type"].toString() != QLatin1String("Figure"))
                continue;
            const ArticlePhoto& photo = *photos[static_cast<size_t>(i++)];
            QCOMPARE(e["alt"].toString(), photo.caption);
            const double height = sample_.display.pages[static_cast<size_t>(photo.page)].heightPt;
            QVERIFY2(near(numbers(e["bbox"]), userRect(photo.rect, height)),
                     qPrintable(photo.frameId));
        }
    }

    // A thread per article with areas, titled by its headline, a bead per area in reading
    // order, each inside its page's box and over the article's own lines or photo.
    void threads_data() {
        QTest::addColumn<QString>("document");
        QTest::newRow("sample") << "sample";
        QTest::newRow("story across pages") << "across";
    }
    void threads() {
        QFETCH(QString, document);
        const Laid laid =
            document == QLatin1String("sample") ? sample_ : laidOut(storyAcrossPages());
        const QString pdf = dir_.filePath(document + QStringLiteral("-threads.pdf"));
        QVERIFY(writePdf(laid, pdf).isEmpty());
        const QJsonObject read = pikepdfRead(pdf);
        QCOMPARE(read["page_beads_errors"].toArray(), QJsonArray());
        const QJsonArray threads = read["threads"].toArray();
        QCOMPARE(threads.size(), qsizetype(laid.articles.size()));
        for (size_t t = 0; t < laid.articles.size(); ++t) {
            const Article& a = laid.articles[t];
            const QJsonObject thread = threads[qsizetype(t)].toObject();
            const QString title = !a.headline.isEmpty()  ? a.headline
                                  : !a.subhead.isEmpty() ? a.subhead
                                                         : a.id;
            QCOMPARE(thread["title"].toString(), QString(title).replace(u'\n', u' '));
            const QJsonArray beads = thread["beads"].toArray();
            QVERIFY2(beads.size() == qsizetype(a.areas.size()), qPrintable(a.id));
            for (size_t b = 0; b < a.areas.size(); ++b) {
                const ArticleArea& area = a.areas[b];
                const QString where = QStringLiteral("%1, bead %2").arg(a.id).arg(b + 1);
                const QJsonObject bead = beads[qsizetype(b)].toObject();
                QCOMPARE(bead["page"].toInt(), area.page);
                const double height = laid.display.pages[static_cast<size_t>(area.page)].heightPt;
                const QList<double> r = numbers(bead["rect"]);
                QVERIFY2(near(r, userRect(area.rect, height)), qPrintable(where));
                const QList<double> box = numbers(read["pages"][area.page]["box"]);
                QVERIFY2(r[0] >= box[0] && r[1] >= box[1] && r[2] <= box[2] && r[3] <= box[3],
                         qPrintable(where + " outside its page"));
                QVERIFY2(overArticle(laid, a, area), qPrintable(where + " over none of its lines"));
            }
        }
    }

    // Some pages: only their articles, their MCIDs and beads; the file stays clean.
    void somePages() {
        PdfOptions options;
        options.pages = {1};
        const QString pdf = dir_.filePath(QStringLiteral("page2.pdf"));
        QVERIFY(writePdf(sample_, pdf, options).isEmpty());
        QStringList got, expected;
        got = artTitles(pikepdfRead(pdf));
        for (const Article& a : sample_.articles) {
            if (std::any_of(a.areas.begin(), a.areas.end(),
                            [](const ArticleArea& area) { return area.page == 1; }))
                expected << (a.headline.isEmpty() ? a.id
                                                  : QString(a.headline).replace(u'\n', u' '));
        }
        QCOMPARE(got, expected);
        const QJsonObject read = pikepdfRead(pdf);
        QCOMPARE(read["parent_tree_errors"].toArray(), QJsonArray());
        QCOMPARE(read["page_beads_errors"].toArray(), QJsonArray());
        QCOMPARE(read["threads"].toArray().size(), expected.size());
        QCOMPARE(runTool("qpdf", {"--check", pdf}).exitCode, 0);
    }

    // Tags keep the file sound for qpdf and Ghostscript.
    void cleanForQpdfAndGhostscript() {
        const ToolResult qpdf = runTool("qpdf", {"--check", pdf_});
        QVERIFY2(qpdf.exitCode == 0 && qpdf.err.isEmpty(), qPrintable(qpdf.out + qpdf.err));
        const ToolResult gs =
            runTool("gs", {"-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=nullpage", pdf_});
        QVERIFY2(gs.exitCode == 0 && gs.out.isEmpty() && gs.err.isEmpty(),
                 qPrintable(gs.out + gs.err));
    }

private:
    // Whether an area covers a glyph of the article's own stories on its page, or one of
    // its photos.
    static bool overArticle(const Laid& laid, const Article& a, const ArticleArea& area) {
        const Rect& r = area.rect;
        for (const ArticlePhoto& photo : a.photos) {
            if (photo.page == area.page && photo.rect == r)
                return true;
        }
        for (const DisplayItem& item : laid.display.pages[static_cast<size_t>(area.page)].items) {
            const auto* run = std::get_if<GlyphRunItem>(&item);
            if (!run ||
                std::find(a.storyIds.begin(), a.storyIds.end(), run->storyId) == a.storyIds.end())
                continue;
            for (const QPointF& p : run->positions) {
                if (p.x() >= r.x && p.x() < r.right() && p.y() > r.y && p.y() <= r.bottom())
                    return true;
            }
        }
        return false;
    }
};

QTEST_GUILESS_MAIN(TestTaggedPdf)
#include "tst_tagged_pdf.moc"
