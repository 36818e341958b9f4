// The e-paper reader's files as writeEpaperViewer puts them in a folder: the title and
// the articles' JSON inside index.html, safe whatever a story says. How the reader
// behaves in a browser is tests/epaper_browser.py's part.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "epaper/epaper.h"

using namespace paiban;

namespace {

const QByteArray kScriptOpen = R"(<script type="application/json" id="paiban-articles">)";

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The articles' block of index.html, as the browser's HTML parser cuts it: up to the
// first "</script" whatever follows.
QByteArray articlesBlock(const QByteArray& html) {
    const qsizetype start = html.indexOf(kScriptOpen);
    if (start < 0)
        return {};
    const qsizetype from = start + kScriptOpen.size();
    return html.mid(from, html.indexOf("</script", from) - from);
}

QByteArray articlesWithHeadline(const QString& headline) {
    QJsonObject article{{"id", "s1"}, {"headline", headline}};
    QJsonObject root{
        {"format", "paiban-epaper"}, {"version", 1}, {"articles", QJsonArray{article}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

}  // namespace

class TestEpaperViewer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // What the reader's tab shows, from the edition's title as typed.
    void title_data() {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Chinese") << "卫都周刊 2026年11月30日"
                                 << "<title>卫都周刊 2026年11月30日</title>";
        QTest::newRow("markup is text") << "<b>周刊</b>"
                                        << "<title>&lt;b&gt;周刊&lt;/b&gt;</title>";
        QTest::newRow("ampersand and quotes") << R"(A & B "周刊")"
                                              << "<title>A &amp; B &quot;周刊&quot;</title>";
        QTest::newRow("nothing") << ""
                                 << "<title></title>";
    }
    void title() {
        QFETCH(QString, title);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(writeEpaperViewer(dir.path(), articlesWithHeadline("标题"), title, &error),
                 qPrintable(error));
        const QString html = QString::fromUtf8(readAll(dir.filePath("index.html")));
        const qsizetype at = html.indexOf("<title>");
        QCOMPARE(html.mid(at, html.indexOf("</title>", at) + 8 - at), expected);
    }

    // A story's text that would end the script or open an HTML comment stays inside the
    // block, and the block reads back as the same JSON.
    void articlesStayInTheirScript_data() {
        QTest::addColumn<QString>("headline");
        QTest::newRow("plain") << "全市新增绿地三百公顷";
        QTest::newRow("a script's end") << "</script><script>alert(1)</script>";
        QTest::newRow("upper case end") << "</SCRIPT >";
        QTest::newRow("a comment's start") << "<!-- <script>";
        QTest::newRow("the template's slot") << "<!--paiban:articles--><!--paiban:title-->";
        QTest::newRow("line separators") << QString::fromUtf8("甲\u2028乙\u2029丙");
    }
    void articlesStayInTheirScript() {
        QFETCH(QString, headline);
        QTemporaryDir dir;
        const QByteArray json = articlesWithHeadline(headline);
        QString error;
        QVERIFY2(writeEpaperViewer(dir.path(), json, "周刊", &error), qPrintable(error));
        const QByteArray block = articlesBlock(readAll(dir.filePath("index.html")));
        QVERIFY2(!block.contains('<'), block.constData());
        QJsonParseError parse;
        const QJsonDocument back = QJsonDocument::fromJson(block, &parse);
        QVERIFY2(parse.error == QJsonParseError::NoError, qPrintable(parse.errorString()));
        QCOMPARE(back, QJsonDocument::fromJson(json));
        QCOMPARE(back["articles"][0]["headline"].toString(), headline);
    }

    // The stylesheet and the script go out as committed; index.html is the template with
    // its slots filled.
    void filesAsCommitted() {
        QTemporaryDir dir;
        QString error;
        QVERIFY2(writeEpaperViewer(dir.path(), articlesWithHeadline("标题"), "周刊", &error),
                 qPrintable(error));
        const QString source = QStringLiteral(PAIBAN_SOURCE_DIR "/layout/epaper/viewer/");
        for (const char* name : {"viewer.css", "viewer.js"}) {
            const QByteArray written = readAll(dir.filePath(name));
            QVERIFY2(!written.isEmpty(), name);
            QVERIFY2(written == readAll(source + name), name);
        }
        const QByteArray html = readAll(dir.filePath("index.html"));
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.contains(R"(<html lang="zh-CN">)"));
        QVERIFY(!html.contains("<!--paiban:"));
        QVERIFY(html.contains(R"(<script src="viewer.js"></script>)"));
    }

    // A nested folder is made; an earlier reader there is replaced.
    void makesAndReplaces() {
        QTemporaryDir dir;
        const QString folder = dir.filePath("周刊-电子版/第1期");
        QString error;
        QVERIFY2(writeEpaperViewer(folder, articlesWithHeadline("旧"), "周刊", &error),
                 qPrintable(error));
        QVERIFY2(writeEpaperViewer(folder, articlesWithHeadline("新"), "周刊", &error),
                 qPrintable(error));
        const QByteArray block = articlesBlock(readAll(folder + "/index.html"));
        QCOMPARE(QJsonDocument::fromJson(block)["articles"][0]["headline"].toString(),
                 QString("新"));
    }

    // What cannot be written says why, and writes nothing it should not.
    void refusals() {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!writeEpaperViewer(dir.path(), "{\"articles\": [", "周刊", &error));
        QVERIFY2(error.contains("not JSON"), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath("index.html")));

        QFile blocker(dir.filePath("occupied"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        error.clear();
        QVERIFY(!writeEpaperViewer(dir.filePath("occupied"), articlesWithHeadline("标题"), "周刊",
                                   &error));
        QVERIFY2(error.contains(dir.filePath("occupied")), qPrintable(error));
        QVERIFY(
            writeEpaperViewer(dir.filePath("fine"), articlesWithHeadline("标题"), "周刊", nullptr));
    }
};

QTEST_GUILESS_MAIN(TestEpaperViewer)
#include "tst_epaper_viewer.moc"
