// The e-paper's reading of the pages: paragraph roles (a table of style names), the
// sample's articles as a galley (which stories, headline, byline, photos each takes), the
// text whole and the areas over the lines, a story across pages, and writeEpaper's files.
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "article_fixtures.h"
#include "articles/articles.h"
#include "display/edition_layout.h"
#include "epaper/epaper.h"
#include "io/document_io.h"
#include "sample_text.h"
#include "shaping/font_registry.h"
#include "tool_runner.h"

using namespace paiban;
using namespace paiban::test;

Q_DECLARE_METATYPE(paiban::TextRole)

namespace {

struct Laid {
    Edition edition;
    EditionDisplay display;
    QString dir;
};

Laid laidOut(Edition edition, const QString& dir = QString()) {
    LayoutCache cache;
    EditionDisplay display = layoutEdition(edition, dir, FontRegistry::shared(), cache);
    return Laid{std::move(edition), std::move(display), dir};
}

Laid sample() {
    const LoadResult loaded = loadEdition(sampleEditionPath());
    if (!loaded.edition)
        qFatal("the sample does not load");
    return laidOut(*loaded.edition, QFileInfo(sampleEditionPath()).absolutePath());
}

QString roleName(TextRole role) {
    return QString::fromUtf8(toString(role));
}

// An article in one line: id, stories, headline parts, byline, paragraphs, photos.
QString galleyLine(const Article& a) {
    QStringList photos;
    for (const ArticlePhoto& p : a.photos)
        photos << p.frameId;
    QStringList heads;
    for (const QString& part : {a.kicker, a.headline, a.subhead}) {
        if (!part.isEmpty())
            heads << part;
    }
    return QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6")
        .arg(a.id, QStringList(a.storyIds.begin(), a.storyIds.end()).join(u','), heads.join(u'/'),
             a.byline)
        .arg(a.paragraphs.size())
        .arg(photos.join(u','));
}

// Compares two galleys line by line, printing both in full (readable Chinese) on a
// difference.
bool sameGalley(const QStringList& got, const QStringList& expected) {
    if (got == expected)
        return true;
    qWarning().noquote() << "galley set:\n" + got.join(u'\n') + "\nexpected:\n" +
                                expected.join(u'\n');
    for (qsizetype i = 0; i < std::max(got.size(), expected.size()); ++i) {
        const QString a = got.value(i), b = expected.value(i);
        if (a != b)
            qWarning().noquote() << "line" << i + 1 << ":\n  set      " + a + "\n  expected " + b;
    }
    return false;
}

bool inside(const Rect& inner, const Rect& outer, double slack = 0.01) {
    return inner.x >= outer.x - slack && inner.y >= outer.y - slack &&
           inner.right() <= outer.right() + slack && inner.bottom() <= outer.bottom() + slack;
}

// A line's ink band: where its characters stand, a hair inside its box (neighbouring
// lines' boxes may touch).
Rect lineRect(const IndexedLine& line) {
    constexpr double kHair = 0.5;
    return Rect{line.left() + kHair, line.top() + kHair, line.right() - line.left() - 2 * kHair,
                line.bottom() - line.top() - 2 * kHair};
}

bool intersects(const Rect& a, const Rect& b) {
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

Edition storyAcrossPages() {
    return test::storyAcrossPages(
        QStringLiteral("数字报的每一篇稿件都应当完整地读出来，不论它跨栏、跨框还是跨版。"));
}

}  // namespace

class TestEpaper : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rolesFromStyleNames_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<TextRole>("role");
        const std::pair<const char*, TextRole> rows[] = {
            // The sample's styles.
            {"body", TextRole::Body},
            {"byline", TextRole::Byline},
            {"kicker", TextRole::Kicker},
            {"headline-lead", TextRole::Headline},
            {"headline", TextRole::Headline},
            {"headline-banner", TextRole::Headline},
            {"headline-large", TextRole::Headline},
            {"headline-brief", TextRole::Headline},
            {"subhead", TextRole::Subhead},
            {"intro", TextRole::Body},
            {"caption", TextRole::Caption},
            {"label", TextRole::Other},
            {"masthead", TextRole::Other},
            {"masthead-front", TextRole::Other},
            {"folio", TextRole::Other},
            {"jump", TextRole::Other},
            // The templates' and newsrooms' Chinese names.
            {"正文", TextRole::Body},
            {"正文2", TextRole::Body},
            {"导语", TextRole::Body},
            {"小标题", TextRole::Body},
            {"引题", TextRole::Kicker},
            {"肩题", TextRole::Kicker},
            {"主题", TextRole::Headline},
            {"标题", TextRole::Headline},
            {"大标题", TextRole::Headline},
            {"副题", TextRole::Subhead},
            {"副标题", TextRole::Subhead},
            {"子题", TextRole::Subhead},
            {"作者", TextRole::Byline},
            {"署名", TextRole::Byline},
            {"图说", TextRole::Caption},
            {"图片说明", TextRole::Caption},
            {"说明", TextRole::Caption},
            {"报头", TextRole::Other},
            {"报眉", TextRole::Other},
            {"报眉居右", TextRole::Other},
            {"页码", TextRole::Other},
            {"转版", TextRole::Other},
            {"转接", TextRole::Other},
            {"栏目", TextRole::Other},
            {"标签", TextRole::Other},
            // Names that say nothing read as text.
            {"", TextRole::Body},
            {"宋体五号", TextRole::Body},
            {"Headline-Big", TextRole::Headline},
        };
        for (const auto& [name, role] : rows)
            QTest::newRow(name[0] ? name : "(empty)") << QString::fromUtf8(name) << role;
    }
    void rolesFromStyleNames() {
        QFETCH(QString, name);
        QFETCH(TextRole, role);
        ParagraphStyle style;
        style.name = name.toStdString();
        QCOMPARE(roleName(roleOfStyle(style)), roleName(role));
        // A role the style sets wins over its name.
        style.role = TextRole::Other;
        QCOMPARE(roleName(roleOfStyle(style)), roleName(TextRole::Other));
    }

    // The file keeps a style's role, writes it only when set, and refuses an unknown one
    // naming where it is.
    void roleInTheFile() {
        Edition e;
        ParagraphStyle plain, tagged;
        plain.name = "plain";
        tagged.name = "报眉";
        tagged.role = TextRole::Headline;
        e.styles.paragraphStyles = {plain, tagged};
        e.pages.push_back(Page{QStringLiteral("1"), 400, 600});
        const QByteArray json = serializeEdition(e);
        const QJsonArray styles =
            QJsonDocument::fromJson(json).object()["styles"].toObject()["paragraph"].toArray();
        QVERIFY(!styles[0].toObject().contains("role"));
        QCOMPARE(styles[1].toObject()["role"].toString(), QStringLiteral("headline"));
        const LoadResult back = parseEdition(json, QStringLiteral("roles"));
        QVERIFY2(back.edition, qPrintable(back.errorText()));
        QCOMPARE(back.edition->styles.paragraphStyles, e.styles.paragraphStyles);

        QByteArray bad = json;
        bad.replace("\"headline\"", "\"headlien\"");
        const LoadResult refused = parseEdition(bad, QStringLiteral("bad"));
        QVERIFY(!refused.edition);
        const QString messages = refused.errorText();
        QVERIFY2(messages.contains(QStringLiteral("styles.paragraph[1].role")) &&
                     messages.contains(QStringLiteral("headlien")),
                 qPrintable(messages));
    }

    // The sample's two pages as a reader takes them: on page 1 the lead story, the picture
    // story under it and the business story below that, then the three briefs of the
    // right-hand column; on page 2 the series' banner and lead, then the two stories, each
    // with its photo, and the picture story of the middle column.
    void sampleArticles() {
        const Laid s = sample();
        const std::vector<Article> articles = articlesOf(s.edition, s.display, s.dir);
        QStringList got;
        for (const Article& a : articles)
            got << galleyLine(a);
        const QStringList expected = {
            // id | stories | kicker/headline/subhead | byline | paragraphs | photos
            QStringLiteral(
                "signing | signing-head,signing | 许昌数字电商孵化基地项目正式签约/"
                "项目全部投入运营后，将带动年销售收入5亿元 | 记者 许廷合 通讯员 丁姜岚 | 5 | "),
            QStringLiteral("photo-disinfection | photo-disinfection |  |  | 1 | "
                           "photo-disinfection-photo"),
            QStringLiteral(
                "business | business-head,business | 魏都区/推动营商环境优化与绿色发展协调共进"
                " | 记者 许廷合 通讯员 丁姜岚 | 7 | "),
            QStringLiteral("brief-epidemic | brief-epidemic-head,brief-epidemic | "
                           "李朝锋主持召开/疫情防控能力建设推进会 |  | 4 | "),
            QStringLiteral("brief-land | brief-land-head,brief-land | "
                           "何长成主持召开/土地出让工作推进会 |  | 4 | "),
            QStringLiteral("brief-discipline | brief-discipline-head,brief-discipline | "
                           "魏都区纪委监委召开/纪检监察协作区工作例会 |  | 4 | "),
            QStringLiteral("series | series-head,series | 学思践悟担使命 笃行不怠谱新篇/"
                           "——魏都区推动学习宣传贯彻党的二十大精神走深走实 |  | 3 | "),
            QStringLiteral(
                "pangzhuang | pangzhuang-head,pangzhuang,pangzhuang-caption | "
                "庞庄社区：做细做实“关键小事” | 本报记者 许廷合 | 12 | pangzhuang-photo"),
            QStringLiteral(
                "aerogel | aerogel-head,aerogel,aerogel-caption | "
                "河南爱彼爱和：坚持走专精特新高质量发展之路 | 本报记者 许廷合 通讯员 刘雪平 | 11 "
                "| aerogel-photo"),
            QStringLiteral("photo-heating | photo-heating |  |  | 1 | photo-heating-photo"),
        };
        QVERIFY(sameGalley(got, expected));
    }

    // A photo standing between two stories is theirs whose id it shares a word with,
    // even when the names differ otherwise: the 24-page bench edition names its stories
    // pangzhuang-0, aerogel-0 … and its photos pangzhuang-photo, where a test of the
    // prefix had turned both photos into picture stories of their own.
    void photoBetweenTwoStoriesByItsName() {
        Laid s = sample();
        for (Story& story : s.edition.stories)
            story.id += QStringLiteral("-0");
        const Laid renamed = laidOut(s.edition, s.dir);
        QStringList got;
        for (const Article& a : articlesOf(renamed.edition, renamed.display, renamed.dir)) {
            QStringList photos;
            for (const ArticlePhoto& p : a.photos)
                photos << p.frameId;
            got << a.id + QStringLiteral(" | ") + photos.join(u',');
        }
        const QStringList expected = {
            QStringLiteral("signing-0 | "),
            QStringLiteral("photo-disinfection-0 | photo-disinfection-photo"),
            QStringLiteral("business-0 | "),
            QStringLiteral("brief-epidemic-0 | "),
            QStringLiteral("brief-land-0 | "),
            QStringLiteral("brief-discipline-0 | "),
            QStringLiteral("series-0 | "),
            QStringLiteral("pangzhuang-0 | pangzhuang-photo"),
            QStringLiteral("aerogel-0 | aerogel-photo"),
            QStringLiteral("photo-heating-0 | photo-heating-photo"),
        };
        QVERIFY(sameGalley(got, expected));
    }

    // Every paragraph of an article is its story's paragraph whole (never a column's or a
    // page's piece of it, never a 转版 line), in the story's order.
    void paragraphsWhole() {
        for (const Laid& s : {sample(), laidOut(storyAcrossPages())}) {
            for (const Article& a : articlesOf(s.edition, s.display, s.dir)) {
                for (const ArticleParagraph& p : a.paragraphs) {
                    const Story* story = s.edition.story(p.storyId);
                    QVERIFY(story);
                    QCOMPARE(p.text, story->paragraphs[static_cast<size_t>(p.paragraph)].text());
                    QVERIFY2(!p.text.contains(QStringLiteral("转第")) &&
                                 !p.text.contains(QStringLiteral("接第")),
                             qPrintable(p.text));
                }
            }
        }
    }

    // Areas stand inside their page; every line of an article's stories lies in one of
    // its areas on its page, and no area covers a line of another story.
    void areasOverTheLines() {
        for (const Laid& s : {sample(), laidOut(storyAcrossPages())}) {
            const std::vector<Article> articles = articlesOf(s.edition, s.display, s.dir);
            QVERIFY(!articles.empty());
            for (const Article& a : articles) {
                QVERIFY2(!a.areas.empty(), qPrintable(a.id));
                for (const ArticleArea& area : a.areas) {
                    const Page& page = s.edition.pages[static_cast<size_t>(area.page)];
                    QVERIFY2(inside(area.rect, Rect{0, 0, page.widthPt, page.heightPt}),
                             qPrintable(a.id));
                }
                for (const QString& id : a.storyIds) {
                    for (const IndexedLine& line : s.display.lines.story(id)->lines) {
                        const bool covered =
                            std::any_of(a.areas.begin(), a.areas.end(), [&](const ArticleArea& r) {
                                return r.page == line.page && inside(lineRect(line), r.rect);
                            });
                        QVERIFY2(covered, qPrintable(a.id + QStringLiteral(": a line of ") + id));
                    }
                }
                for (const Story& other : s.edition.stories) {
                    if (std::find(a.storyIds.begin(), a.storyIds.end(), other.id) !=
                        a.storyIds.end())
                        continue;
                    for (const IndexedLine& line : s.display.lines.story(other.id)->lines) {
                        for (const ArticleArea& r : a.areas) {
                            QVERIFY2(
                                r.page != line.page || !intersects(lineRect(line), r.rect),
                                qPrintable(a.id + QStringLiteral(" covers a line of ") + other.id));
                        }
                    }
                }
            }
        }
    }

    // A story threaded from one page to the next is one article, its headline story with
    // it, its areas on both pages in reading order, its text whole without the 转版 lines.
    void storyAcrossPagesIsOneArticle() {
        const Laid s = laidOut(storyAcrossPages());
        const std::vector<Article> articles = articlesOf(s.edition, s.display, s.dir);
        QStringList got;
        for (const Article& a : articles)
            got << galleyLine(a);
        QCOMPARE(got.join(u'\n'), QStringLiteral("turn | turn-head,turn | 跨版的稿件 |  | 3 | \n"
                                                 "short | short |  |  | 1 | "));
        const Article& turn = articles.front();
        QStringList places;
        for (const ArticleArea& area : turn.areas)
            places << QStringLiteral("p%1 x%2").arg(area.page).arg(std::lround(area.rect.x));
        // The headline, the two columns of the first frame, the frame on the next page.
        QCOMPARE(places.join(u' '), QStringLiteral("p0 x40 p0 x40 p0 x145 p1 x40"));
    }

    // The sample's e-paper: a JPEG and a thumbnail for each page at the widths asked (the
    // pages of an earlier, longer e-paper gone), index.html with the JSON in it, and
    // articles.json as epaper.h says, its articles articlesOf's with rectangles in pixels.
    void writesTheSampleEpaper() {
        const Laid s = sample();
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("pages"))));
        for (const char* old : {"pages/page-07.jpg", "pages/page-07-thumb.jpg"}) {
            QFile f(dir.filePath(QString::fromUtf8(old)));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        EpaperOptions options;
        options.pageWidthPx = 1000;
        options.thumbnailWidthPx = 200;
        const EpaperResult r = writeEpaper(s.edition, s.display, s.dir, dir.path(), options);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.pages, 2);
        QCOMPARE(
            QDir(dir.filePath(QStringLiteral("pages"))).entryList(QDir::Files),
            QStringList({"page-01-thumb.jpg", "page-01.jpg", "page-02-thumb.jpg", "page-02.jpg"}));
        for (int p = 0; p < 2; ++p) {
            const Page& page = s.edition.pages[static_cast<size_t>(p)];
            for (int width : {1000, 200}) {
                const QString name = QStringLiteral("pages/page-0%1%2.jpg")
                                         .arg(p + 1)
                                         .arg(width == 1000 ? "" : "-thumb");
                QImageReader reader(dir.filePath(name));
                QCOMPARE(reader.format(), QByteArray("jpeg"));
                QCOMPARE(reader.size().width(), width);
                QVERIFY2(
                    std::abs(reader.size().height() - page.heightPt * width / page.widthPt) <= 1,
                    qPrintable(name));
            }
        }
        QFile html(dir.filePath(QStringLiteral("index.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(
            html.readAll().contains(R"(<script type="application/json" id="paiban-articles">)"));

        QFile file(dir.filePath(QStringLiteral("articles.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(root["format"].toString(), QStringLiteral("paiban-epaper"));
        QCOMPARE(root["version"].toInt(), 1);
        QCOMPARE(root["title"].toString(), s.edition.title);
        const QJsonArray pages = root["pages"].toArray();
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages[1].toObject()["image"].toString(), QStringLiteral("pages/page-02.jpg"));
        QCOMPARE(pages[1].toObject()["thumbnail"].toString(),
                 QStringLiteral("pages/page-02-thumb.jpg"));
        QCOMPARE(pages[1].toObject()["label"].toString(), QStringLiteral("2"));
        const auto pixels = [&](int page, const Rect& r) {
            const QJsonObject p = pages[page].toObject();
            const double scale = p["width"].toInt() / s.edition.pages[size_t(page)].widthPt;
            const int w = p["width"].toInt(), h = p["height"].toInt();
            const int x0 = std::clamp(int(std::floor(r.x * scale)), 0, w);
            const int y0 = std::clamp(int(std::floor(r.y * scale)), 0, h);
            const int x1 = std::clamp(int(std::ceil(r.right() * scale)), 0, w);
            const int y1 = std::clamp(int(std::ceil(r.bottom() * scale)), 0, h);
            return QJsonArray{x0, y0, x1 - x0, y1 - y0};
        };
        const std::vector<Article> articles = articlesOf(s.edition, s.display, s.dir);
        const QJsonArray list = root["articles"].toArray();
        QCOMPARE(list.size(), qsizetype(articles.size()));
        for (size_t i = 0; i < articles.size(); ++i) {
            const Article& a = articles[i];
            const QJsonObject o = list[qsizetype(i)].toObject();
            QCOMPARE(o["id"].toString(), a.id);
            QCOMPARE(o["headline"].toString(), a.headline);
            QCOMPARE(o["kicker"].toString(), a.kicker);
            QCOMPARE(o["byline"].toString(), a.byline);
            QCOMPARE(o["page"].toInt(), a.areas.front().page);
            QStringList texts;
            for (const ArticleParagraph& p : a.paragraphs) {
                if (p.role == TextRole::Body || p.role == TextRole::Byline)
                    texts << p.text;
            }
            if (texts.isEmpty()) {  // a picture story reads its caption
                for (const ArticlePhoto& photo : a.photos)
                    texts << photo.caption;
            }
            QCOMPARE(o["paragraphs"].toVariant().toStringList(), texts);
            const QJsonArray areas = o["areas"].toArray();
            QCOMPARE(areas.size(), qsizetype(a.areas.size()));
            for (size_t k = 0; k < a.areas.size(); ++k) {
                const QJsonObject area = areas[qsizetype(k)].toObject();
                QCOMPARE(area["page"].toInt(), a.areas[k].page);
                QCOMPARE(area["rect"].toArray(), pixels(a.areas[k].page, a.areas[k].rect));
            }
            const QJsonArray photos = o["photos"].toArray();
            QCOMPARE(photos.size(), qsizetype(a.photos.size()));
            for (size_t k = 0; k < a.photos.size(); ++k) {
                const QJsonObject photo = photos[qsizetype(k)].toObject();
                QCOMPARE(photo["caption"].toString(), a.photos[k].caption);
                QCOMPARE(photo["rect"].toArray(), pixels(a.photos[k].page, a.photos[k].rect));
            }
        }
    }

    // A folder that cannot be made (a file stands where it should be), or a width no page
    // can take: an error that says which, no crash, nothing claimed.
    void refusesWhatItCannotWrite() {
        const Laid s = sample();
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("blocked")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        EpaperResult r = writeEpaper(s.edition, s.display, s.dir,
                                     dir.filePath(QStringLiteral("blocked/epaper")));
        QVERIFY(!r.ok);
        QCOMPARE(int(r.problem), int(EpaperProblem::CannotMakeFolder));
        QVERIFY2(r.error.contains(QStringLiteral("blocked/epaper")), qPrintable(r.error));
        // Its pages folder taken by a file.
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("half"))));
        QFile pages(dir.filePath(QStringLiteral("half/pages")));
        QVERIFY(pages.open(QIODevice::WriteOnly));
        pages.close();
        r = writeEpaper(s.edition, s.display, s.dir, dir.filePath(QStringLiteral("half")));
        QVERIFY(!r.ok);
        QCOMPARE(int(r.problem), int(EpaperProblem::CannotMakeFolder));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("half/index.html"))));
        EpaperOptions tiny;
        tiny.pageWidthPx = 0;
        r = writeEpaper(s.edition, s.display, s.dir, dir.filePath(QStringLiteral("tiny")), tiny);
        QVERIFY(!r.ok);
        QCOMPARE(int(r.problem), int(EpaperProblem::BadImageWidth));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("tiny"))));
    }

    // Pages with no story: the pages' images, an empty article list (the photos without a
    // caption next to no text are ornaments).
    void noStoriesGivesPagesOnly() {
        const LoadResult loaded = loadEdition(sampleEditionPath());
        Edition e = *loaded.edition;
        e.stories.clear();
        const Laid s = laidOut(e, QFileInfo(sampleEditionPath()).absolutePath());
        QVERIFY(articlesOf(s.edition, s.display, s.dir).empty());
        QTemporaryDir dir;
        const EpaperResult r = writeEpaper(s.edition, s.display, s.dir, dir.path());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.pages, 2);
        QCOMPARE(r.articles, 0);
        QFile file(dir.filePath(QStringLiteral("articles.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root["articles"].toArray().size(), 0);
        QCOMPARE(root["pages"].toArray().size(), 2);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("pages/page-02.jpg"))));
    }

    // paiban export --epaper: written with or without a press PDF, and even when preflight
    // refuses the press PDF (a copy of the sample without its photos: exit 3, no PDF, the
    // e-paper there); wrong widths and folders that cannot be made say so.
    void commandLine_data() {
        QTest::addColumn<QStringList>("args");  // DIR: a scratch folder; NOPHOTOS: the copy
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("written");  // a file that must exist after, or empty
        QTest::addColumn<QString>("absent");   // a file that must not
        const QString sample = sampleEditionPath();
        QTest::newRow("e-paper") << QStringList{sample, "--epaper", "DIR/ep"} << 0
                                 << "wrote the e-paper (2 page(s), 10 article(s))"
                                 << "DIR/ep/index.html"
                                 << "";
        QTest::newRow("width") << QStringList{sample, "--epaper", "DIR/w", "--epaper-width", "800"}
                               << 0 << "wrote the e-paper"
                               << "DIR/w/pages/page-02.jpg"
                               << "";
        QTest::newRow("with a PDF")
            << QStringList{sample, "-o", "DIR/out.pdf", "--epaper", "DIR/both"} << 0
            << "wrote the e-paper"
            << "DIR/both/articles.json"
            << "";
        QTest::newRow("press refused")
            << QStringList{"NOPHOTOS", "-o", "DIR/refused.pdf", "--epaper", "DIR/r"} << 3
            << "was not written: preflight found"
            << "DIR/r/index.html"
            << "DIR/refused.pdf";
        QTest::newRow("too narrow")
            << QStringList{sample, "--epaper", "DIR/n", "--epaper-width", "100"} << 2
            << "--epaper-width needs a width in pixels from 200 to 8000"
            << ""
            << "DIR/n";
        QTest::newRow("no folder")
            << QStringList{sample, "--epaper"} << 2 << "--epaper needs a folder"
            << ""
            << "";
        // DIR/site: someone's folder (an index.html and notes of their own).
        QTest::newRow("someone's folder") << QStringList{sample, "--epaper", "DIR/site"} << 1
                                          << "holds files other than an earlier e-paper"
                                          << ""
                                          << "DIR/site/articles.json";
        QTest::newRow("someone's folder, forced")
            << QStringList{sample, "--epaper", "DIR/site", "--force"} << 0 << "wrote the e-paper"
            << "DIR/site/articles.json"
            << "";
        QTest::newRow("blocked") << QStringList{sample, "--epaper", "DIR/file/ep"} << 1
                                 << "the e-paper was not written: cannot make the folder"
                                 << ""
                                 << "DIR/file/ep";
    }
    void commandLine() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QFETCH(QString, written);
        QFETCH(QString, absent);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("site")));
        for (const char* name : {"site/index.html", "site/notes.txt"}) {
            QFile own(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(own.open(QIODevice::WriteOnly));
            own.write("their own\n");
        }
        Edition noPhotos = *loadEdition(sampleEditionPath()).edition;
        const QString copy = dir.filePath(QStringLiteral("no-photos.paiban"));
        QString error;
        QVERIFY2(saveEdition(noPhotos, copy, &error), qPrintable(error));
        const auto place = [&](QString s) {
            s.replace(QStringLiteral("NOPHOTOS"), copy);
            return s.replace(QStringLiteral("DIR"), dir.path());
        };
        QStringList full{QStringLiteral("export")};
        for (const QString& a : args)
            full << place(a);
        const ToolResult r = runTool(QStringLiteral(PAIBAN_BINARY), full);
        QVERIFY(r.ran);
        QVERIFY2(r.exitCode == exitCode && r.err.contains(message),
                 qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        if (!written.isEmpty())
            QVERIFY2(QFile::exists(place(written)), qPrintable(written));
        if (!absent.isEmpty())
            QVERIFY2(!QFile::exists(place(absent)), qPrintable(absent));
    }

    // The editor's own grouping wins over the page's: the stories and photos it names form
    // its article (in its order, under its id); the rest is worked out as before. The file
    // keeps it, and refuses one naming what is not there or taken twice, with the path.
    void explicitGrouping() {
        Edition e = *loadEdition(sampleEditionPath()).edition;
        e.articles = {ArticleGrouping{QStringLiteral("heating-pair"),
                                      {QStringLiteral("aerogel-head"), QStringLiteral("aerogel")},
                                      {QStringLiteral("photo-heating-photo")},
                                      {}}};
        const QByteArray json = serializeEdition(e);
        const LoadResult back = parseEdition(json, QStringLiteral("grouped"));
        QVERIFY2(back.edition, qPrintable(back.errorText()));
        QCOMPARE(back.edition->articles, e.articles);
        QVERIFY(
            !serializeEdition(*loadEdition(sampleEditionPath()).edition).contains("\"articles\""));

        const Laid s = laidOut(*back.edition, QFileInfo(sampleEditionPath()).absolutePath());
        QStringList got;
        for (const Article& a : articlesOf(s.edition, s.display, s.dir)) {
            if (a.storyIds.front() == QStringLiteral("aerogel-head") ||
                a.id == QStringLiteral("photo-heating"))
                got << galleyLine(a);
        }
        QVERIFY(sameGalley(
            got,
            {QStringLiteral(
                "heating-pair | aerogel-head,aerogel,photo-heating,aerogel-caption | "
                "河南爱彼爱和：坚持走专精特新高质量发展之路 | 本报记者 许廷合 通讯员 刘雪平 | 12 | "
                "photo-heating-photo,aerogel-photo")}));

        // A grouping as an editor might write it by hand, and what the reader says.
        const std::pair<const char*, const char*> refusals[] = {
            {R"([{"id": "a", "stories": ["aerogel-head", "nowhere"]}])",
             "articles[0].stories[1]: no story has the id 'nowhere'"},
            {R"([{"id": "a", "photos": ["aerogel-body"]}])",
             "articles[0].photos[0]: no image frame has the id 'aerogel-body'"},
            {R"([{"id": "a", "stories": ["aerogel"]}, {"id": "b", "stories": ["aerogel"]}])",
             "articles[1].stories[0]: the story 'aerogel' is already in an article"},
            {R"([{"id": "a", "stories": ["aerogel"]}, {"id": "a", "stories": ["signing"]}])",
             "articles[1].id: another article has the id 'a'"},
            {R"([{"id": "a"}])", "articles[0]: an article needs a story or a photo"},
            {R"([{"id": "a", "stories": [3]}])", "articles[0].stories[0]: expected an id"},
        };
        for (const auto& [grouping, message] : refusals) {
            QJsonObject root = QJsonDocument::fromJson(json).object();
            root["articles"] = QJsonDocument::fromJson(grouping).array();
            const LoadResult refused =
                parseEdition(QJsonDocument(root).toJson(), QStringLiteral("bad"));
            QVERIFY2(!refused.edition, grouping);
            QVERIFY2(refused.errorText().contains(QString::fromUtf8(message)),
                     qPrintable(refused.errorText()));
        }
    }
};

QTEST_MAIN(TestEpaper)
#include "tst_epaper.moc"
