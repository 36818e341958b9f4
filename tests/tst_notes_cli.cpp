// Proofreading from the command line, as a newsroom's scripts use it: `paiban notes
// start-round|changes|import|list` and a proof exported with its notes and change marks.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "sample_text.h"
#include "tool_runner.h"

using namespace paiban;
using namespace paiban::test;

namespace {

const QString kPaiban = QStringLiteral(PAIBAN_BINARY);

// The sample edition with its photos, copied into `folder` (the tests change it).
QString sampleCopy(const QString& folder) {
    const QFileInfo sample(sampleEditionPath());
    QDir(folder).mkpath(QStringLiteral("images"));
    const QDir images(sample.absolutePath() + QStringLiteral("/images"));
    for (const QString& name : images.entryList(QDir::Files)) {
        if (!QFile::copy(images.filePath(name), folder + QStringLiteral("/images/") + name))
            return {};
    }
    const QString copy = folder + QStringLiteral("/sample.paiban");
    return QFile::copy(sample.absoluteFilePath(), copy) ? copy : QString();
}

}  // namespace

class TestNotesCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // A newsroom script's proof rounds and notes: a round started, a story's text changed,
    // the changes listed and marked on a proof, the proof marked by another program
    // (pikepdf), its notes imported into the document, listed, and not imported twice.
    void notesFromTheCommandLine() {
        QTemporaryDir dir;
        const QString doc = sampleCopy(dir.path());
        QVERIFY(!doc.isEmpty());
        ToolResult r = runTool(kPaiban, {"notes", "start-round", doc, "一校", "--by", "王"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(runTool(kPaiban, {"notes", "start-round", doc, "一校"}).exitCode, 2);
        const QString txt = dir.filePath(QStringLiteral("brief.txt"));
        QFile text(txt);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QStringLiteral("魏都区召开土地出让工作推进会，研究拟出让地块。").toUtf8());
        text.close();
        QCOMPARE(runTool(kPaiban, {"import", txt, "--into", doc, "--story", "brief-land"}).exitCode,
                 0);
        r = runTool(kPaiban, {"notes", "changes", doc});
        QVERIFY2(r.exitCode == 0 && r.out.startsWith(QStringLiteral("brief-land ¶1 [0,")),
                 qPrintable(r.out + r.err));
        QCOMPARE(runTool(kPaiban, {"notes", "changes", doc, "--since", "二校"}).exitCode, 1);

        const QString proof = dir.filePath(QStringLiteral("proof.pdf"));
        r = runTool(kPaiban, {"export", doc, "--proof", "--notes", "open", "--changes-since",
                              "一校", "-o", proof});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(
            runTool(kPaiban, {"export", doc, "--proof", "--changes-since", "九校", "-o", proof})
                .exitCode,
            2);
        QCOMPARE(runTool(kPaiban, {"export", doc, "--notes", "all", "-o", proof}).exitCode, 2);

        // Mark 拟出让地块 where pdftotext finds it, as a reader would.
        const QString boxes = runTool("pdftotext", {"-bbox", proof, "-"}).out;
        const QRegularExpression word(QStringLiteral(
            R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">[^<]*拟出让地块[^<]*</word>)re"));
        const QRegularExpressionMatch m = word.match(boxes);
        QVERIFY2(m.hasMatch(), "the proof shows the imported text");
        const QString before = boxes.left(m.capturedStart());
        const int page = static_cast<int>(before.count(QStringLiteral("<page "))) - 1;
        const double x0 = m.captured(1).toDouble(), y0 = m.captured(2).toDouble();
        const double x1 = m.captured(3).toDouble(), y1 = m.captured(4).toDouble();
        QFile marks(dir.filePath(QStringLiteral("marks.json")));
        QVERIFY(marks.open(QIODevice::WriteOnly));
        marks.write(
            QStringLiteral(R"([{"page": %1, "subtype": "Highlight", "quads": [[%2, %3, %4, %5]],
                                       "contents": "标点：逗号", "author": "校对王", "nm": "k1"}])")
                .arg(page)
                .arg(x0)
                .arg(y0)
                .arg(x1 - x0)
                .arg(y1 - y0)
                .toUtf8());
        marks.close();
        const QString marked = dir.filePath(QStringLiteral("marked.pdf"));
        r = runTool("/usr/bin/python3",
                    {QStringLiteral(PAIBAN_SOURCE_DIR "/tests/annotate_proof.py"), proof,
                     marks.fileName(), marked});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runTool(kPaiban, {"notes", "import", doc, marked});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("1 note(s) placed")),
                 qPrintable(r.out + r.err));
        r = runTool(kPaiban, {"notes", "list", doc, "--json"});
        const QJsonArray listed = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(listed.size(), 1);
        const QJsonObject note = listed[0].toObject();
        QCOMPARE(note["story"].toString(), QStringLiteral("brief-land"));
        QCOMPARE(note["kind"].toString(), QStringLiteral("punctuation"));
        QCOMPARE(note["text"].toString(), QStringLiteral("逗号"));
        QCOMPARE(note["round"].toString(), QStringLiteral("一校"));
        QVERIFY2(note["marked"].toString().contains(QStringLiteral("拟出让地块")),
                 qPrintable(note["marked"].toString()));
        r = runTool(kPaiban, {"notes", "list", doc});
        QVERIFY2(r.out.startsWith(QStringLiteral("n1\tpage ")), qPrintable(r.out));
        r = runTool(kPaiban, {"notes", "import", doc, marked});
        // Paiban's own change marks on the proof and the note read before are already there.
        QVERIFY2(r.exitCode == 0 && r.out.startsWith(QStringLiteral("0 note(s) placed")),
                 qPrintable(r.out));
        r = runTool(kPaiban, {"notes", "import", doc, txt});
        QVERIFY2(r.exitCode == 1 && r.err.contains(QStringLiteral("is not a PDF")),
                 qPrintable(r.err));
        QCOMPARE(runTool(kPaiban, {"notes", "frobnicate", doc}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestNotesCli)
#include "tst_notes_cli.moc"
