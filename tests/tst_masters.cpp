// Master pages, templates and Document Setup, headless: master items and their fields on
// every page (a text dump of the laid-out pages), a master changed, an item released on one
// page, masters applied, the file format and its back-compatibility, the templates, the
// setup applied to an edition and undone, and `paiban new` on the command line.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>

#include "display/edition_layout.h"
#include "io/document_io.h"
#include "model/document_setup.h"
#include "model/edition_edits.h"
#include "model/masters.h"
#include "model/templates.h"
#include "shaping/font_registry.h"
#include "tool_runner.h"

using namespace paiban;
using namespace paiban::test;

Q_DECLARE_METATYPE(paiban::DocumentSetup)

namespace {

const QString kDate = QStringLiteral("2026年11月30日 星期一");
const QString kPaiban = QStringLiteral(PAIBAN_BINARY);

Edition templateEdition(const QString& name = QStringLiteral("broadsheet-8")) {
    std::optional<Edition> e = makeFromTemplate(name, kDate);
    if (!e)
        qFatal("no template %s", qPrintable(name));
    return *e;
}

// A run of text on a page: where its first glyph stands, and its text.
struct PlacedRun {
    double x = 0, y = 0, endX = 0, sizePt = 0;
    QString text;
};

std::vector<PlacedRun> runsOf(const PageDisplayList& page) {
    std::vector<PlacedRun> runs;
    for (const DisplayItem& item : page.items) {
        const auto* run = std::get_if<GlyphRunItem>(&item);
        if (!run || run->positions.empty())
            continue;
        runs.push_back({run->positions.front().x(), run->positions.front().y(),
                        run->positions.back().x() + run->sizePt, run->sizePt, run->text});
    }
    std::sort(runs.begin(), runs.end(), [](const PlacedRun& a, const PlacedRun& b) {
        return std::round(a.y) != std::round(b.y) ? a.y < b.y : a.x < b.x;
    });
    return runs;
}

// Each page's text as lines read top to bottom, left to right: runs on one baseline
// joined, " … " where a gap wider than two characters lies between them.
QString dump(const EditionDisplay& display) {
    QString out;
    for (size_t p = 0; p < display.pages.size(); ++p) {
        out += QStringLiteral("page %1\n").arg(p + 1);
        const std::vector<PlacedRun> runs = runsOf(display.pages[p]);
        for (size_t i = 0; i < runs.size(); ++i) {
            const bool sameLine = i > 0 && std::round(runs[i].y) == std::round(runs[i - 1].y);
            if (!sameLine)
                out += i == 0 ? QStringLiteral("  ") : QStringLiteral("\n  ");
            else if (runs[i].x - runs[i - 1].endX > 2 * runs[i].sizePt)
                out += QStringLiteral(" … ");
            out += runs[i].text;
        }
        out += u'\n';
    }
    return out;
}

EditionDisplay layOut(const Edition& e) {
    LayoutCache cache;
    return layoutEdition(e, QString(), FontRegistry::shared(), cache);
}

// Where the run holding `text` starts on the page (its first glyph's x), or NaN.
double xOf(const EditionDisplay& display, int page, const QString& text) {
    for (const PlacedRun& r : runsOf(display.pages[static_cast<size_t>(page)])) {
        if (r.text.contains(text))
            return r.x;
    }
    return NAN;
}

int occurrences(const EditionDisplay& display, int page, const QString& text) {
    return static_cast<int>(dump(display).split(QStringLiteral("page ")).at(page + 1).count(text));
}

}  // namespace

class TestMasters : public QObject {
    Q_OBJECT

private slots:
    void mastersByRule_data();
    void mastersByRule();
    void fieldsOnEveryPage();
    void masterChangeShowsOnEveryPage();
    void releasedItemBecomesThePagesOwn();
    void applyingAMaster();
    void newPageTakesItsMaster();
    void undoRestoresMasters();
    void formatRoundTrip();
    void versionOneFilesUnchanged();
    void badMasters_data();
    void badMasters();
    void templatesAreSound_data();
    void templatesAreSound();
    void setupApplied();
    void setupRefused_data();
    void setupRefused();
    void newCommand_data();
    void newCommand();
};

void TestMasters::mastersByRule_data() {
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("master");
    QTest::newRow("第1版: the first master") << 0 << QStringLiteral("报头");
    QTest::newRow("第2版: left") << 1 << QStringLiteral("报眉左");
    QTest::newRow("第3版: right") << 2 << QStringLiteral("报眉右");
    QTest::newRow("第4版: left") << 3 << QStringLiteral("报眉左");
}

void TestMasters::mastersByRule() {
    QFETCH(int, page);
    QFETCH(QString, master);
    const Edition e = templateEdition();
    const MasterPage* m = masterOf(e, page);
    QVERIFY(m);
    QCOMPARE(m->name, master);
}

void TestMasters::fieldsOnEveryPage() {
    const QString expected = QStringLiteral(
        "page 1\n"
        "  新闻日报\n"
        "  2026年11月30日 星期一　第1版　要闻　责任编辑：\n"
        "page 2\n"
        "  第2版　综合 … 2026年11月30日 星期一　责任编辑：\n"
        "page 3\n"
        "  2026年11月30日 星期一　责任编辑： … 第3版　经济\n"
        "page 4\n"
        "  第4版　文化 … 2026年11月30日 星期一　责任编辑：\n");
    QCOMPARE(dump(layOut(templateEdition())), expected);
}

void TestMasters::masterChangeShowsOnEveryPage() {
    Edition e = templateEdition();
    const EditionDisplay before = layOut(e);
    Frame folio = findMaster(e, QStringLiteral("报眉左"))->frames.front();
    QCOMPARE(folio.id, QStringLiteral("folio"));
    folio.rect.x += 20;
    QVERIFY(editMasterItem(e, QStringLiteral("报眉左"), folio));
    const EditionDisplay after = layOut(e);
    // Both left-hand pages moved; the right-hand page did not.
    QCOMPARE(xOf(after, 1, QStringLiteral("第2版")), xOf(before, 1, QStringLiteral("第2版")) + 20);
    QCOMPARE(xOf(after, 3, QStringLiteral("第4版")), xOf(before, 3, QStringLiteral("第4版")) + 20);
    QCOMPARE(xOf(after, 2, QStringLiteral("第3版")), xOf(before, 2, QStringLiteral("第3版")));
    QVERIFY(!editMasterItem(e, QStringLiteral("报眉左"), Frame{QStringLiteral("nothing")}));
    QVERIFY(!editMasterItem(e, QStringLiteral("no such master"), folio));
}

void TestMasters::releasedItemBecomesThePagesOwn() {
    Edition e = templateEdition();
    const EditionDisplay before = layOut(e);
    const QString id = releaseMasterItem(e, 1, QStringLiteral("folio"));
    QCOMPARE(id, QStringLiteral("folio-1"));
    QVERIFY(releaseMasterItem(e, 1, QStringLiteral("folio")).isEmpty());  // released already
    const Page& page = e.pages[1];
    QCOMPARE(page.frames.size(), size_t(1));
    QCOMPARE(page.frames.front().id, id);
    QCOMPARE(page.releasedItems, std::vector<QString>{QStringLiteral("folio")});
    const Story* story = e.story(QStringLiteral("folio-text-1"));
    QVERIFY(story);
    QCOMPARE(story->frameIds, std::vector<QString>{id});
    // The page reads the same, its number drawn once: by its own frame now.
    const EditionDisplay released = layOut(e);
    QCOMPARE(dump(released), dump(before));
    QCOMPARE(occurrences(released, 1, QStringLiteral("第2版")), 1);
    // A change to the master no longer reaches it, but still reaches page 4.
    Frame folio = findMaster(e, QStringLiteral("报眉左"))->frames.front();
    folio.rect.x += 20;
    QVERIFY(editMasterItem(e, QStringLiteral("报眉左"), folio));
    const EditionDisplay after = layOut(e);
    QCOMPARE(xOf(after, 1, QStringLiteral("第2版")), xOf(before, 1, QStringLiteral("第2版")));
    QCOMPARE(xOf(after, 3, QStringLiteral("第4版")), xOf(before, 3, QStringLiteral("第4版")) + 20);
    // The file keeps it, and it reads back the same.
    const LoadResult loaded = parseEdition(serializeEdition(e), QStringLiteral("released"));
    QVERIFY2(loaded.edition, qPrintable(loaded.errorText()));
    QVERIFY(*loaded.edition == e);
    // Nothing to release: a master item that does not exist, a page with no master.
    QVERIFY(releaseMasterItem(e, 2, QStringLiteral("nothing")).isEmpty());
    QVERIFY(applyMaster(e, 2, QString()));
    QVERIFY(releaseMasterItem(e, 2, QStringLiteral("folio")).isEmpty());
}

void TestMasters::applyingAMaster() {
    Edition e = templateEdition();
    QVERIFY(applyMaster(e, 1, QString()));   // none
    QVERIFY(!applyMaster(e, 1, QString()));  // no change
    EditionDisplay display = layOut(e);
    QCOMPARE(occurrences(display, 1, QStringLiteral("第2版")), 0);
    QVERIFY(applyMaster(e, 1, QStringLiteral("报眉右")));
    display = layOut(e);
    QVERIFY(xOf(display, 1, QStringLiteral("第2版")) > xOf(display, 1, QStringLiteral("责任编辑")));
    QVERIFY(!applyMaster(e, 1, QStringLiteral("no such master")));
    QVERIFY(!applyMaster(e, 9, std::nullopt));
    QVERIFY(applyMaster(e, 1, std::nullopt));  // back to the rule
    QCOMPARE(masterOf(e, 1)->name, QStringLiteral("报眉左"));
}

void TestMasters::newPageTakesItsMaster() {
    Edition e = templateEdition();
    QVERIFY(applyMaster(e, 3, QStringLiteral("报眉右")));
    const int at = addPage(e, 3);  // a copy of page 4, which named its master
    QCOMPARE(at, 4);
    QVERIFY(!e.pages[4].master);
    QCOMPARE(masterOf(e, 4)->name, QStringLiteral("报眉右"));
    const EditionDisplay display = layOut(e);
    QCOMPARE(occurrences(display, 4, QStringLiteral("第5版")), 1);
    // Moved to the front, page 5 becomes 第1版 and its 报眉 says so: it keeps its 报眉 (the
    // 报头 stays with the front page it heads, now 第2版).
    QVERIFY(movePage(e, 4, 0));
    QCOMPARE(masterOf(e, 0)->name, QStringLiteral("报眉右"));
    QCOMPARE(masterOf(e, 1)->name, QStringLiteral("报头"));
    QCOMPARE(occurrences(layOut(e), 0, QStringLiteral("第1版")), 1);
}

void TestMasters::undoRestoresMasters() {
    const Edition original = templateEdition();
    Edition e = original;
    Frame rule = findMaster(e, QStringLiteral("报头"))->frames.back();
    rule.strokeWidthPt = 4;
    QVERIFY(editMasterItem(e, QStringLiteral("报头"), rule));
    releaseMasterItem(e, 2, QStringLiteral("dateline"));
    const EditionPatch patch = diffEditions(original, e);
    QVERIFY(!patch.empty());
    QVERIFY(patch.masterList);
    Edition undone = e;
    applyPatch(undone, patch, false);
    QVERIFY(undone == original);
    applyPatch(undone, patch, true);
    QVERIFY(undone == e);
}

void TestMasters::formatRoundTrip() {
    Edition e = templateEdition();
    QVERIFY(applyMaster(e, 2, QString()));
    QVERIFY(applyMaster(e, 3, QStringLiteral("报眉右")));
    const QByteArray json = serializeEdition(e);
    const LoadResult loaded = parseEdition(json, QStringLiteral("masters"));
    QVERIFY2(loaded.edition, qPrintable(loaded.errorText()));
    QVERIFY(*loaded.edition == e);
    QCOMPARE(serializeEdition(*loaded.edition), json);
}

void TestMasters::versionOneFilesUnchanged() {
    // A file written before masters (the sample without its masters, its 报头 and 报眉 then
    // being no part of it): it opens, has none, and saves byte for byte.
    const QString path = QStringLiteral(PAIBAN_SOURCE_DIR "/resources/sample/weidu-weekly.paiban");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(root.contains(QStringLiteral("masters")));
    root.remove(QStringLiteral("masters"));
    const QByteArray bytes = QJsonDocument(root).toJson();
    const LoadResult loaded = parseEdition(bytes, path);
    QVERIFY2(loaded.edition, qPrintable(loaded.errorText()));
    QVERIFY(loaded.edition->masters.empty());
    QVERIFY(!usesMasters(*loaded.edition));
    const QByteArray saved = serializeEdition(*loaded.edition);
    QCOMPARE(saved, serializeEdition(*parseEdition(saved, path).edition));
    QVERIFY(!saved.contains("\"masters\""));
    QVERIFY(!saved.contains("\"master\""));
    QVERIFY(!saved.contains("\"released\""));
}

void TestMasters::badMasters_data() {
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown kind") << QByteArray("\"kind\": \"first\"")
                                  << QByteArray("\"kind\": \"middle\"")
                                  << QStringLiteral(
                                         "masters[0].kind: 'middle' is not one of any, first, "
                                         "left, right");
    QTest::newRow("page names no master")
        << QByteArray("\"section\": \"综合\"")
        << QByteArray("\"section\": \"综合\", \"master\": \"B-Master\"")
        << QStringLiteral("pages[1].master: no master page is named 'B-Master'");
    QTest::newRow("released item unknown")
        << QByteArray("\"section\": \"综合\"")
        << QByteArray("\"section\": \"综合\", \"released\": [\"masthead\"]")
        << QStringLiteral("pages[1].released[0]: the page's master has no item 'masthead'");
    QTest::newRow("story threads no item")
        << QByteArray("\"masthead-line\"\n") << QByteArray("\"masthead-lime\"\n")
        << QStringLiteral(
               "masters[0].stories[1].frames[0]: no item of this master has the id "
               "'masthead-lime'");
    QTest::newRow("two masters of one name")
        << QByteArray("\"name\": \"报眉右\"") << QByteArray("\"name\": \"报眉左\"")
        << QStringLiteral("masters[2].name: master name '报眉左' is used twice");
}

void TestMasters::badMasters() {
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, message);
    QByteArray json = serializeEdition(templateEdition());
    QVERIFY2(json.contains(from), from.constData());
    json.replace(from, to);
    const LoadResult loaded = parseEdition(json, QStringLiteral("bad.paiban"));
    QVERIFY(!loaded.edition);
    QVERIFY2(loaded.errorText().contains(message), qPrintable(loaded.errorText()));
}

void TestMasters::templatesAreSound_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("columns");
    for (const TemplateInfo& t : editionTemplates())
        QTest::newRow(qPrintable(t.name)) << t.name << (t.name.startsWith("broadsheet") ? 8 : 6);
    QVERIFY(editionTemplates().size() >= 2);
}

void TestMasters::templatesAreSound() {
    QFETCH(QString, name);
    QFETCH(int, columns);
    const Edition e = templateEdition(name);
    QCOMPARE(e.pages.front().grid.columns, columns);
    const QByteArray json = serializeEdition(e);
    const LoadResult loaded = parseEdition(json, name);
    QVERIFY2(loaded.edition, qPrintable(loaded.errorText()));
    QCOMPARE(serializeEdition(*loaded.edition), json);
    for (MasterKind kind : {MasterKind::First, MasterKind::Left, MasterKind::Right}) {
        QVERIFY(std::any_of(e.masters.begin(), e.masters.end(), [&](const MasterPage& m) {
            return m.kind == kind && !m.frames.empty();
        }));
    }
    for (const char* style : {"正文", "标题", "引题", "副题", "图片说明", "作者", "报眉"})
        QVERIFY2(e.styles.paragraphStyle(QString::fromUtf8(style)), style);
    const EditionDisplay display = layOut(e);
    for (int p = 0; p < static_cast<int>(e.pages.size()); ++p) {
        const QString folio = QStringLiteral("第%1版").arg(p + 1);
        QCOMPARE(occurrences(display, p, folio), 1);
        QCOMPARE(occurrences(display, p, e.pages[static_cast<size_t>(p)].section), 1);
    }
    // Nothing overset, no missing glyph: the master items fit.
    QVERIFY(display.diagnostics.empty());
    QVERIFY(!makeFromTemplate(QStringLiteral("no-such-template"), kDate));
}

void TestMasters::setupApplied() {
    const Edition original = templateEdition();
    Edition e = original;
    Frame box;
    box.kind = FrameKind::Box;
    box.rect = {700, 700, 300, 300};
    addFrame(e, 1, box);
    const Edition withFrame = e;
    DocumentSetup setup = setupFromPreset(*pagePreset("4开"));
    QCOMPARE(checkSetup(setup).message, QString());
    QVERIFY(checkSetup(setup).ok());
    QString error;
    QVERIFY(applySetup(e, setup, std::nullopt, &error));
    for (const Page& page : e.pages) {
        QCOMPARE(page.widthPt, mmToPt(271.5));
        QCOMPARE(page.grid.columns, 6);
        QCOMPARE(page.grid.columnChars, 12);
    }
    // The frame is kept where it was, now off the smaller page: preflight names it.
    QCOMPARE(e.pages[1].frames.size(), size_t(1));
    QCOMPARE(e.pages[1].frames.front().rect, withFrame.pages[1].frames.front().rect);
    QCOMPARE(setupOf(e.pages[0]), setup);
    // The masters follow the type area: the 报眉's rule still spans it, a rule's width
    // above the top margin; the page 报眉 reads as before.
    const Page& page = e.pages[0];
    const Frame& rule = findMaster(e, QStringLiteral("报眉左"))->frames.back();
    QCOMPARE(rule.id, QStringLiteral("header-rule"));
    QCOMPARE(rule.rect.x, page.margins.left);
    QVERIFY(std::abs(rule.rect.width - typeAreaWidth(page)) < 1e-9);
    QCOMPARE(page.margins.top - rule.rect.y,
             original.pages[0].margins.top -
                 findMaster(original, QStringLiteral("报眉左"))->frames.back().rect.y);
    QCOMPARE(dump(layOut(e)), dump(layOut(original)));
    // Undone as one step.
    const EditionPatch patch = diffEditions(withFrame, e);
    Edition undone = e;
    applyPatch(undone, patch, false);
    QVERIFY(undone == withFrame);
    // One page only: 7 columns of 11 字 with a 2-字 gutter on page 3.
    e = withFrame;
    DocumentSetup narrow = setupOf(e.pages[2]);
    narrow.columns = 7;
    narrow.columnChars = 11;
    narrow.gutterChars = 2;
    QVERIFY(applySetup(e, narrow, 2, &error));
    QCOMPARE(e.pages[2].grid.gutterPt, 18.0);
    QCOMPARE(typeAreaWidth(e.pages[2]), (7 * 11 + 6 * 2) * 9.0);
    QCOMPARE(e.pages[2].margins.left, e.pages[2].margins.right);
    QVERIFY(e.pages[1] == withFrame.pages[1]);
    // The foot margin leaves whole lines.
    const Page& p = e.pages[2];
    const double lines = (p.heightPt - p.margins.top - p.margins.bottom) / p.grid.baselinePt;
    QCOMPARE(lines, std::round(lines));
    QVERIFY(!applySetup(e, narrow, 9, &error));
    QCOMPARE(error, QStringLiteral("there is no page 10"));
}

void TestMasters::setupRefused_data() {
    QTest::addColumn<DocumentSetup>("setup");
    QTest::addColumn<QString>("message");
    const DocumentSetup good = setupFromPreset(*pagePreset("对开"));
    DocumentSetup wide = good;
    wide.columnChars = 20;
    QTest::newRow("type area wider than the paper")
        << wide << QStringLiteral("the type area (530.2 mm) is wider than the paper (390.0 mm)");
    DocumentSetup none = good;
    none.columns = 0;
    QTest::newRow("no columns") << none << QStringLiteral("the type area needs 1 to 50 columns");
    DocumentSetup tall = good;
    tall.topPt = tall.heightPt;
    QTest::newRow("no room") << tall << QStringLiteral("the margins leave no room for a line");
    DocumentSetup free = good;
    free.columnChars = 0;
    free.sidePt = free.widthPt / 2 - 10;
    QTest::newRow("free columns too narrow")
        << free << QStringLiteral("the columns are narrower than one character");
}

void TestMasters::setupRefused() {
    QFETCH(DocumentSetup, setup);
    QFETCH(QString, message);
    QCOMPARE(checkSetup(setup).message, message);
    QVERIFY(!checkSetup(setup).ok());
    Edition e = templateEdition();
    const Edition before = e;
    QString error;
    QVERIFY(!applySetup(e, setup, std::nullopt, &error));
    QCOMPARE(error, message);
    QVERIFY(e == before);
}

void TestMasters::newCommand_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("default template")
        << QStringList{"new", "--date", kDate, "OUT"} << 0 << QStringLiteral("broadsheet-8");
    QTest::newRow("tabloid") << QStringList{"new", "--template", "tabloid-6", "OUT"} << 0
                             << QStringLiteral("tabloid-6 (4 pages)");
    QTest::newRow("list") << QStringList{"new", "--list"} << 0
                          << QStringLiteral("tabloid-6      4开 6 栏");
    QTest::newRow("unknown template")
        << QStringList{"new", "--template", "berliner", "OUT"} << 2
        << QStringLiteral(
               "paiban new: no template is named 'berliner' (there are: broadsheet-8, "
               "tabloid-6)");
    QTest::newRow("unwritable path")
        << QStringList{"new", "/nonexistent-folder/x.paiban"} << 1
        << QStringLiteral("paiban new: cannot write /nonexistent-folder/x.paiban");
    QTest::newRow("exists") << QStringList{"new", "EXISTING"} << 1
                            << QStringLiteral("exists already (--force writes over it)");
    QTest::newRow("over it") << QStringList{"new", "--force", "EXISTING"} << 0
                             << QStringLiteral("a new edition from broadsheet-8");
    QTest::newRow("no output") << QStringList{"new"} << 2
                               << QStringLiteral("paiban new: an output file is needed");
}

void TestMasters::newCommand() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("new.paiban"));
    const QString existing = dir.filePath(QStringLiteral("existing.paiban"));
    QFile(existing).open(QIODevice::WriteOnly);
    args.replaceInStrings(QStringLiteral("EXISTING"), existing);
    args.replaceInStrings(QStringLiteral("OUT"), out);
    const ToolResult r = runTool(kPaiban, args);
    QVERIFY(r.ran);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2((r.out + r.err).contains(says), qPrintable(r.out + r.err));
    if (exitCode == 0 && args.contains(out)) {
        const ToolResult check = runTool(kPaiban, {"check", out});
        QCOMPARE(check.exitCode, 0);
        const LoadResult loaded = loadEdition(out);
        QVERIFY(loaded.edition);
        QCOMPARE(loaded.edition->masters.size(), size_t(3));
    }
}

QTEST_GUILESS_MAIN(TestMasters)
#include "tst_masters.moc"
