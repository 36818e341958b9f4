// Proofreading in the engine, headless: notes that follow the text they were made on
// (edits before, inside and over them, reflow, a frame moved), proof rounds and the changes
// since one by character, the marks those leave on the page, the file, and notes read
// back from a proof PDF that another program marked (pikepdf, poppler) onto the right
// characters of a page edited since. Tables of input and expected output, printed as text.
#include <poppler-qt6.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "display/edition_layout.h"
#include "io/document_io.h"
#include "model/proof_edits.h"
#include "model/text_edit.h"
#include "pdf/pdf_export.h"
#include "proof/pdf_notes_import.h"
#include "proof/proof_marks.h"
#include "proof/proof_pdf_markup.h"
#include "proof/text_changes.h"
#include "sample_text.h"
#include "shaping/font_registry.h"

using namespace paiban;

namespace {

Story storyOf(const char* id, std::initializer_list<const char*> paragraphs) {
    Story s;
    s.id = QString::fromLatin1(id);
    s.name = s.id;
    for (const char* p : paragraphs)
        s.paragraphs.push_back(Paragraph{QStringLiteral("body"), {TextRun{QString::fromUtf8(p)}}});
    return s;
}

// A note as "[from,to) quote" plus " deleted" when its text is gone.
QString anchorOf(const Story& story, const Note& note) {
    const QString text = storyPlainText(story);
    return QStringLiteral("[%1,%2) %3%4")
        .arg(note.from)
        .arg(note.to)
        .arg(text.mid(note.from, note.to - note.from))
        .arg(note.textDeleted ? QStringLiteral(" deleted") : QString());
}

struct Laid {
    Edition edition;
    EditionDisplay display;
};

Laid laidOut(const Edition& edition) {
    LayoutCache cache;
    return {edition, layoutEdition(edition, QFileInfo(test::sampleEditionPath()).absolutePath(),
                                   FontRegistry::shared(), cache)};
}

Edition sample() {
    const LoadResult loaded = loadEdition(test::sampleEditionPath());
    return *loaded.edition;
}

Story& storyIn(Edition& e, const QString& id) {
    for (Story& s : e.stories) {
        if (s.id == id)
            return s;
    }
    qFatal("no story %s", qPrintable(id));
}

int offsetOf(const Edition& e, const QString& storyId, const QString& text) {
    return static_cast<int>(storyPlainText(*e.story(storyId)).indexOf(text));
}

}  // namespace

class TestProofreading : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // A note on 数字电商 in 许昌数字电商孵化基地 ([2,6)); an edit at `offset` removing
    // `removed` characters and putting in `inserted`.
    void noteFollowsEdits_data() {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("removed");
        QTest::addColumn<QString>("inserted");
        QTest::addColumn<QString>("expected");
        auto row = [](const char* name, int offset, int removed, const char* inserted,
                      const char* expected) {
            QTest::newRow(name) << offset << removed << QString::fromUtf8(inserted)
                                << QString::fromUtf8(expected);
        };
        row("typed before it", 0, 0, "河南", "[4,8) 数字电商");
        row("typed at its start", 2, 0, "新", "[3,7) 数字电商");
        row("typed inside it", 4, 0, "型", "[2,7) 数字型电商");
        row("typed at its end", 6, 0, "物流", "[2,6) 数字电商");
        row("typed after it", 8, 0, "新", "[2,6) 数字电商");
        row("deleted before it", 0, 2, "", "[0,4) 数字电商");
        row("its head deleted", 1, 2, "", "[1,4) 字电商");
        row("its tail deleted", 5, 3, "", "[2,5) 数字电");
        row("a typo corrected", 3, 1, "子", "[2,6) 数子电商");
        row("retyped whole", 2, 4, "网络零售", "[2,6) 网络零售");
        row("deleted whole", 2, 4, "", "[2,2)  deleted");
        row("deleted with more", 1, 7, "", "[1,1)  deleted");
        row("a paragraph break before it", 1, 0, "\n", "[3,7) 数字电商");
    }
    void noteFollowsEdits() {
        QFETCH(int, offset);
        QFETCH(int, removed);
        QFETCH(QString, inserted);
        QFETCH(QString, expected);
        Edition e;
        e.stories.push_back(storyOf("s", {"许昌数字电商孵化基地"}));
        Note note;
        note.from = 2;
        note.to = 6;
        QVERIFY(!addNote(e, QStringLiteral("s"), note));
        QCOMPARE(e.stories[0].notes[0].quote, QStringLiteral("数字电商"));
        QVERIFY(replaceStoryText(e.stories[0], offset, removed, inserted));
        QCOMPARE(anchorOf(e.stories[0], e.stories[0].notes[0]), expected);
        QCOMPARE(e.stories[0].notes[0].quote, QStringLiteral("数字电商"));  // what it was made on
    }

    void placeNoteFollowsEdits() {
        // A note marking a place (an insertion asked for) moves with the text before it.
        Edition e;
        e.stories.push_back(storyOf("s", {"许昌数字电商"}));
        Note place;
        place.from = place.to = 2;
        QVERIFY(!addNote(e, QStringLiteral("s"), place));
        replaceStoryText(e.stories[0], 0, 0, QStringLiteral("河南"));
        QCOMPARE(anchorOf(e.stories[0], e.stories[0].notes[0]), QStringLiteral("[4,4) "));
        replaceStoryText(e.stories[0], 4, 2, QString());  // the characters after it
        QCOMPARE(anchorOf(e.stories[0], e.stories[0].notes[0]), QStringLiteral("[4,4) "));
        QVERIFY(!e.stories[0].notes[0].textDeleted);  // it had none to lose
    }

    void noteEdits() {
        Edition e;
        e.stories.push_back(storyOf("s", {"许昌数字电商"}));
        QCOMPARE(addNote(e, QStringLiteral("nope"), Note{}), ProofRefusal::NoSuchStory);
        Note outside;
        outside.from = 3;
        outside.to = 9;
        QCOMPARE(addNote(e, QStringLiteral("s"), outside), ProofRefusal::RangeOutsideText);
        QVERIFY(!startProofRound(e, QStringLiteral("一校"), QStringLiteral("王"), {}));
        Note note;
        note.to = 2;
        QVERIFY(!addNote(e, QStringLiteral("s"), note));
        QVERIFY(!addNote(e, QStringLiteral("s"), note));
        QCOMPARE(e.stories[0].notes[0].id, QStringLiteral("n1"));
        QCOMPARE(e.stories[0].notes[1].id, QStringLiteral("n2"));
        QCOMPARE(e.stories[0].notes[1].round, QStringLiteral("一校"));
        const QDateTime at(QDate(2026, 11, 30), QTime(21, 5), Qt::UTC);
        QVERIFY(!resolveNote(e, QStringLiteral("n1"), QStringLiteral("李"), at));
        QVERIFY(e.stories[0].notes[0].resolved);
        QCOMPARE(e.stories[0].notes[0].resolvedBy, QStringLiteral("李"));
        QVERIFY(!reopenNote(e, QStringLiteral("n1")));
        QVERIFY(!e.stories[0].notes[0].resolved);
        QVERIFY(!editNote(e, QStringLiteral("n2"), NoteKind::Fact, QStringLiteral("核对")));
        QCOMPARE(e.stories[0].notes[1].kind, NoteKind::Fact);
        QVERIFY(!deleteNote(e, QStringLiteral("n1")));
        QCOMPARE(deleteNote(e, QStringLiteral("n1")), ProofRefusal::NoSuchNote);
        QCOMPARE(nextNoteId(e), QStringLiteral("n3"));  // one past the highest in use
        QCOMPARE(startProofRound(e, QStringLiteral(" 一校 "), {}, {}),
                 ProofRefusal::RoundNameTaken);
        QCOMPARE(startProofRound(e, QStringLiteral("  "), {}, {}), ProofRefusal::RoundNameEmpty);
    }

    void textChangesByCharacter_data() {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        auto row = [](const char* name, const char* before, const char* after,
                      const char* expected) {
            QTest::newRow(name) << QString::fromUtf8(before) << QString::fromUtf8(after)
                                << QString::fromUtf8(expected);
        };
        row("unchanged", "许昌数字电商", "许昌数字电商", "");
        row("a typo corrected", "11月20日上午，许廷合报道", "11月21日上午，许廷合报道",
            " ¶1 [4,5) 0 → 1");
        row("inserted", "许昌电商孵化基地", "许昌数字电商孵化基地", " ¶1 [2,4)  → 数字");
        row("deleted", "许昌数字电商孵化基地", "许昌电商孵化基地", " ¶1 [2,2) 数字 → ");
        row("two edits a character apart are one", "张三说了", "章三讲了",
            " ¶1 [0,3) 张三说 → 章三讲");
        row("two edits far apart are two", "张三说今天天气很好李四", "章三说今天天气很好李五",
            " ¶1 [0,1) 张 → 章\n ¶1 [10,11) 四 → 五");
        row("in the second paragraph", "第一段\n第二段文字", "第一段\n第二段新文字",
            " ¶2 [7,8)  → 新");
        row("a paragraph break added", "第一段第二段", "第一段\n第二段", " ¶1 [3,4)  → ¶");
        row("outside the BMP", "字𠀀字", "字𠀁字", " ¶1 [1,3) 𠀀 → 𠀁");
    }
    void textChangesByCharacter() {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        const QString got = dumpChanges(textChanges(before, after));
        QVERIFY2(got == expected,
                 qPrintable(QStringLiteral("\n got: %1\nwant: %2").arg(got, expected)));
    }

    void changesSinceRound() {
        Edition e;
        e.stories = {storyOf("a", {"许昌数字电商孵化基地", "项目正式签约"}),
                     storyOf("b", {"营商环境"}), storyOf("gone", {"一则简讯"})};
        QVERIFY(!startProofRound(e, QStringLiteral("一校"), QStringLiteral("王"), {}));
        replaceStoryText(e.stories[0], 13, 2, QStringLiteral("顺利"));  // 正式 → 顺利
        e.stories.erase(e.stories.begin() + 2);
        e.stories.push_back(storyOf("new", {"新稿"}));
        const QString got = dumpChanges(changesSince(e.proofRounds[0], e));
        const QString want = QStringLiteral(
            "a ¶2 [13,15) 正式 → 顺利\n"
            "added new ¶1 [0,2)  → 新稿\n"
            "removed gone ¶1 [0,0) 一则简讯 → ");
        QVERIFY2(got == want, qPrintable(QStringLiteral("\n got: %1\nwant: %2").arg(got, want)));
        // Each change comes with its paragraph's text either side, up to six characters.
        const std::vector<TextChange> changes = changesSince(e.proofRounds[0], e);
        const TextChange& first = changes.front();
        QCOMPARE(first.contextBefore + u'|' + first.contextAfter, QStringLiteral("项目|签约"));
    }

    void fileKeepsNotesAndRounds() {
        Edition e = sample();
        QVERIFY(!startProofRound(e, QStringLiteral("一校"), QStringLiteral("王"),
                                 QDateTime(QDate(2026, 11, 30), QTime(18, 0), Qt::UTC)));
        Note note;
        note.kind = NoteKind::Typo;
        note.action = NoteAction::Replace;
        note.text = QStringLiteral("应为“孵化”");
        note.author = QStringLiteral("王");
        note.created = QDateTime(QDate(2026, 11, 30), QTime(18, 5), Qt::UTC);
        note.from = offsetOf(e, QStringLiteral("signing"), QStringLiteral("孵化"));
        note.to = note.from + 2;
        QVERIFY(!addNote(e, QStringLiteral("signing"), note));
        QVERIFY(!resolveNote(e, QStringLiteral("n1"), QStringLiteral("李"),
                             QDateTime(QDate(2026, 11, 30), QTime(19, 0), Qt::UTC)));
        const LoadResult back = parseEdition(serializeEdition(e), QStringLiteral("saved"));
        QVERIFY2(back.edition, qPrintable(back.errorText()));
        QVERIFY(*back.edition == e);
        // A document without proofreading writes neither field.
        const QByteArray plain = serializeEdition(sample());
        QVERIFY(!plain.contains("\"notes\"") && !plain.contains("\"proofRounds\""));
    }

    void brokenNotes_data() {
        QTest::addColumn<QString>("notes");
        QTest::addColumn<QString>("rounds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("outside the text") << R"([{"id": "n1", "from": 2, "to": 40}])"
                                          << "[]"
                                          << "t: stories[0].notes[0].to: the note's text [2, 40) "
                                             "is not within the story's 6 characters";
        QTest::newRow("an id twice") << R"([{"id": "n1"}, {"id": "n1"}])"
                                     << "[]"
                                     << "t: stories[0].notes[1].id: note id 'n1' is used twice";
        QTest::newRow("an unknown kind") << R"([{"id": "n1", "kind": "spelling"}])"
                                         << "[]"
                                         << "t: stories[0].notes[0].kind: 'spelling' is not one of "
                                            "typo, punctuation, fact, layout, other";
        QTest::newRow("a bad date") << R"([{"id": "n1", "created": "yesterday"}])"
                                    << "[]"
                                    << "t: stories[0].notes[0].created: 'yesterday' is not a date "
                                       "and time (2026-11-30T18:00:00Z)";
        QTest::newRow("a round named twice")
            << "[]"
            << R"([{"name": "一校"}, {"name": "一校"}])"
            << "t: proofRounds[1].name: proof round '一校' is named twice";
    }
    void brokenNotes() {
        QFETCH(QString, notes);
        QFETCH(QString, rounds);
        QFETCH(QString, expected);
        const QString json =
            QStringLiteral(
                R"({"format": "paiban", "version": 1, "styles": {"paragraph": [{"name": "body"}]}, "pages": [{"width": 100, "height": 100, "frames": [{"id": "f", "kind": "text", "x": 0, "y": 0, "width": 50, "height": 50}]}],
                 "stories": [{"id": "s", "frames": ["f"], "paragraphs": [{"text": "许昌数字电商"}], "notes": %1}],
                 "proofRounds": %2})")
                .arg(notes, rounds);
        const LoadResult loaded = parseEdition(json.toUtf8(), QStringLiteral("t"));
        QVERIFY(!loaded.edition);
        QCOMPARE(loaded.errorText(), expected);
    }

    // The sample after 一校: 11月20日 corrected to 11月21日 and 上午 deleted in the signing
    // story. The marks stand on that story's line: the inserted 1 underlined where it is
    // set, the deleted 0 and 上午 at their places, a bar left of the column.
    void changeMarksOnThePage() {
        Edition e = sample();
        QVERIFY(!startProofRound(e, QStringLiteral("一校"), {}, {}));
        const QString id = QStringLiteral("signing");
        const int date = offsetOf(e, id, QStringLiteral("11月20日上午"));
        QVERIFY(date > 0);
        replaceStoryText(storyIn(e, id), date + 6, 2, QString());            // 上午
        replaceStoryText(storyIn(e, id), date + 4, 1, QStringLiteral("1"));  // 20 → 21
        const std::vector<TextChange> changes = changesSince(e.proofRounds[0], e);
        QCOMPARE(dumpChanges(changes),
                 QStringLiteral("signing ¶1 [%1,%2) 0日上午 → 1日").arg(date + 4).arg(date + 6));
        const Laid laid = laidOut(e);
        const auto marks = changeMarks(laid.edition, laid.display.lines, changes);
        const auto caret = laid.display.lines.caretAt(id, date + 4);
        QVERIFY(caret);
        QStringList kinds;
        for (const ProofMark& m : marks) {
            kinds << QStringLiteral("%1 p%2 %3").arg(int(m.kind)).arg(m.page).arg(m.text);
            QCOMPARE(m.page, caret->page);
            QVERIFY2(
                std::abs(m.rect.y - caret->top.y()) < 0.5 || m.kind == ProofMark::Kind::ChangeBar,
                "every mark on the edited line");
        }
        QCOMPARE(kinds.join(u'|'),
                 QStringLiteral("0 p%1 |1 p%1 0|1 p%1 上午|2 p%1 ").arg(caret->page));
        const ProofMark& inserted = marks[0];
        QCOMPARE(inserted.rect.x, caret->top.x());
        const ProofMark& bar = marks.back();
        QVERIFY(bar.rect.right() < caret->top.x());
        QVERIFY(bar.rect.y <= caret->top.y() + 0.01);
    }

    // A note made on 许昌数字电商孵化基地项目 in the signing story's body stays on those
    // characters when text is typed before it (reflow: it moves along the line) and when
    // its frame is moved (its marks move by as much).
    void noteFollowsReflowAndFrameMove() {
        Edition e = sample();
        const QString id = QStringLiteral("signing");
        const QString words = QStringLiteral("许昌数字电商孵化基地项目");
        Note note;
        note.from = offsetOf(e, id, words);
        note.to = note.from + static_cast<int>(words.size());
        QVERIFY(!addNote(e, id, note));
        auto marksOf = [&](const Edition& edition) {
            const Laid laid = laidOut(edition);
            const Note& n = *findNote(laid.edition, QStringLiteral("n1")).note;
            return noteMarks(laid.display.lines, {&n}, {id});
        };
        const auto before = marksOf(e);
        QVERIFY(!before.empty());
        replaceStoryText(storyIn(e, id), 0, 0, QStringLiteral("（本报记者现场报道）"));
        const Note& moved = *findNote(e, QStringLiteral("n1")).note;
        QCOMPARE(storyPlainText(*e.story(id)).mid(moved.from, moved.to - moved.from), words);
        const auto reflowed = marksOf(e);
        QVERIFY(!reflowed.empty());
        QVERIFY2(reflowed.front().rect.x != before.front().rect.x ||
                     reflowed.front().rect.y != before.front().rect.y,
                 "the typed text pushes the note's words along");
        const QString frameId = e.story(id)->frameIds.front();
        // Lines keep to the baseline grid: a move by whole grid steps moves them as much.
        const double dy = -2 * e.pages[static_cast<size_t>(e.frame(frameId).first)].grid.baselinePt;
        QVERIFY(moveFrame(e, frameId, 30, dy));
        const auto shifted = marksOf(e);
        QCOMPARE(shifted.size(), reflowed.size());
        for (size_t i = 0; i < shifted.size(); ++i) {
            QVERIFY(std::abs(shifted[i].rect.x - reflowed[i].rect.x - 30) < 0.01);
            QVERIFY(std::abs(shifted[i].rect.y - reflowed[i].rect.y - dy) < 0.01);
        }
    }

    void noteOnDeletedText() {
        Edition e = sample();
        const QString id = QStringLiteral("signing");
        const QString words = QStringLiteral("孵化基地");
        Note note;
        note.from = offsetOf(e, id, words);
        note.to = note.from + 4;
        QVERIFY(!addNote(e, id, note));
        replaceStoryText(storyIn(e, id), note.from - 2, 8, QString());
        const Note& gone = *findNote(e, QStringLiteral("n1")).note;
        QVERIFY(gone.textDeleted);
        QCOMPARE(gone.quote, words);
        QCOMPARE(gone.from, note.from - 2);
        // Its mark still stands where the text stood, a place with no width.
        const Laid laid = laidOut(e);
        const auto marks = noteMarks(laid.display.lines, {findNote(laid.edition, "n1").note}, {id});
        QCOMPARE(marks.size(), size_t(1));
        QCOMPARE(marks[0].rect.width, 0.0);
        // The file keeps it so.
        const LoadResult back = parseEdition(serializeEdition(e), QStringLiteral("saved"));
        QVERIFY(back.edition && findNote(*back.edition, "n1").note->textDeleted);
    }

    void proofPdfCarriesNotesAndChanges();
    void importNotesFromAMarkedProof();
    void importRefusesWhatIsNoPdf();
};

namespace {

QJsonArray quadsOf(const LineIndex& lines, const QString& storyId, int from, int to) {
    QJsonArray quads;
    for (const LineIndex::Band& band : lines.bandsOf(storyId, from, to))
        quads.append(QJsonArray{band.rect.x, band.rect.y, band.rect.width, band.rect.height});
    return quads;
}

// The first glyph run of the page whose text is in no story: a master page's (报头, 报眉).
std::optional<std::pair<QString, Rect>> masterText(const Edition& e, const PageDisplayList& page) {
    for (const DisplayItem& item : page.items) {
        const auto* run = std::get_if<GlyphRunItem>(&item);
        if (!run || run->text.trimmed().size() < 2 || run->positions.empty())
            continue;
        bool inStory = false;
        for (const Story& s : e.stories)
            inStory = inStory || storyPlainText(s).contains(run->text.trimmed());
        if (inStory)
            continue;
        const double x = run->positions.front().x(), baseline = run->positions.front().y();
        const double right = run->positions.back().x() + run->sizePt;
        return std::pair{run->text, Rect{x, baseline - run->sizePt * 0.88, right - x, run->sizePt}};
    }
    return std::nullopt;
}

}  // namespace

// A press PDF of the sample (exact text, as a proof's), marked with pikepdf as a
// proofreader's reader would and with poppler's own annotation writer; meanwhile the page
// was edited (text typed before the marked words, the first line re-broken). Every mark
// lands on the characters it was made on; one on the masthead, which no story holds, is
// reported with its page and text; importing again adds nothing.
void TestProofreading::importNotesFromAMarkedProof() {
    QTemporaryDir dir;
    const Edition proofed = sample();
    const Laid then = laidOut(proofed);
    const QString pdf = dir.filePath(QStringLiteral("proof.pdf"));
    QString error;
    QVERIFY2(writeEditionPdf(then.display, PdfMetadata{}, PdfOptions{}, pdf, &error),
             qPrintable(error));

    const QString id = QStringLiteral("signing");
    const QString project = QStringLiteral("许昌数字电商孵化基地项目");
    const int projectAt = offsetOf(proofed, id, project);
    const int morningAt = offsetOf(proofed, id, QStringLiteral("上午"));
    const auto caret = then.display.lines.caretAt(id, morningAt);  // between 日 and 上午
    const int page = caret->page;
    const auto masthead = masterText(proofed, then.display.pages[static_cast<size_t>(page)]);
    QVERIFY(masthead);
    QJsonArray marks{
        QJsonObject{
            {"page", page},
            {"subtype", "Highlight"},
            {"quads", quadsOf(then.display.lines, id, projectAt, projectAt + project.size())},
            {"contents", QStringLiteral("事实：项目全称请核对")},
            {"author", QStringLiteral("校对王")},
            {"nm", "h1"}},
        QJsonObject{{"page", page},
                    {"subtype", "StrikeOut"},
                    {"quads", quadsOf(then.display.lines, id, morningAt, morningAt + 2)},
                    {"author", QStringLiteral("校对王")},
                    {"nm", "s1"}},
        QJsonObject{
            {"page", page},
            {"subtype", "Caret"},
            {"rect", QJsonArray{caret->top.x() - 2, caret->top.y() + caret->height - 4, 4, 5}},
            {"contents", QStringLiteral("左右")},
            {"nm", "c1"}},
        QJsonObject{
            {"page", page},
            {"subtype", "Highlight"},
            {"quads", QJsonArray{QJsonArray{masthead->second.x, masthead->second.y,
                                            masthead->second.width, masthead->second.height}}},
            {"contents", QStringLiteral("报头")},
            {"nm", "m1"}},
    };
    QFile spec(dir.filePath(QStringLiteral("marks.json")));
    QVERIFY(spec.open(QIODevice::WriteOnly));
    spec.write(QJsonDocument(marks).toJson());
    spec.close();
    const QString marked = dir.filePath(QStringLiteral("marked.pdf"));
    QProcess python;
    // Debian's Python, where python3-pikepdf is installed (scripts/packages.txt).
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(PAIBAN_SOURCE_DIR "/tests/annotate_proof.py"), pdf,
                  spec.fileName(), marked});
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());

    // Poppler's own writer adds an underline on 正式签约, as Okular would save it.
    const QString okular = dir.filePath(QStringLiteral("okular.pdf"));
    const int signAt = offsetOf(proofed, id, QStringLiteral("成功举行"));
    {
        auto document = Poppler::Document::load(marked);
        QVERIFY(document);
        auto pdfPage = document->page(page);
        const QSizeF size = pdfPage->pageSizeF();
        auto underline = std::make_unique<Poppler::HighlightAnnotation>();
        underline->setHighlightType(Poppler::HighlightAnnotation::Underline);
        QList<Poppler::HighlightAnnotation::Quad> quads;
        QRectF all;
        for (const LineIndex::Band& band : then.display.lines.bandsOf(id, signAt, signAt + 4)) {
            const QRectF r(band.rect.x / size.width(), band.rect.y / size.height(),
                           band.rect.width / size.width(), band.rect.height / size.height());
            Poppler::HighlightAnnotation::Quad q{
                {r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()}, false, false, 0.1};
            quads << q;
            all = all.united(r);
        }
        underline->setHighlightQuads(quads);
        underline->setBoundary(all);
        underline->setContents(QStringLiteral("标点：此处无误？"));
        underline->setAuthor(QStringLiteral("二校李"));
        pdfPage->addAnnotation(underline.get());
        auto converter = document->pdfConverter();
        converter->setOutputFileName(okular);
        converter->setPDFOptions(Poppler::PDFConverter::WithChanges);
        QVERIFY(converter->convert());
    }

    // Meanwhile the page changed: text typed at the head of the story moves every mark's
    // words along the lines.
    Edition now = proofed;
    replaceStoryText(storyIn(now, id), 0, 0, QStringLiteral("（本报记者现场报道）"));
    const Laid edited = laidOut(now);
    QFile file(okular);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const NotesImport imported = readProofNotes(bytes, edited.edition, edited.display.lines);
    QVERIFY(!imported.problem);
    QStringList got;
    for (const auto& placed : imported.placed) {
        const Story& story = *edited.edition.story(placed.storyId);
        got << QStringLiteral("%1 %2 %3 %4 “%5” %6")
                   .arg(placed.storyId, QString::fromLatin1(toString(placed.note.kind)),
                        QString::fromLatin1(toString(placed.note.action)))
                   .arg(anchorOf(story, placed.note), placed.note.text, placed.note.author);
    }
    const int shift = 10;  // （本报记者现场报道）
    const QStringList want{
        QStringLiteral(
            "signing fact remark [%1,%2) 许昌数字电商孵化基地项目 “项目全称请核对” 校对王")
            .arg(projectAt + shift)
            .arg(projectAt + shift + project.size()),
        QStringLiteral("signing other delete [%1,%2) 上午 “” 校对王")
            .arg(morningAt + shift)
            .arg(morningAt + shift + 2),
        QStringLiteral("signing other insert [%1,%1)  “左右” ").arg(morningAt + shift),
        QStringLiteral("signing punctuation remark [%1,%2) 成功举行 “此处无误？” 二校李")
            .arg(signAt + shift)
            .arg(signAt + shift + 4),
    };
    QVERIFY2(got == want, qPrintable(QStringLiteral("\n got: %1\nwant: %2")
                                         .arg(got.join(QStringLiteral("\n      ")),
                                              want.join(QStringLiteral("\n      ")))));
    QCOMPARE(imported.unplaced.size(), size_t(1));
    QCOMPARE(imported.unplaced[0].reason, UnplacedNote::Reason::TextNotFound);
    QCOMPARE(imported.unplaced[0].pdfPage, page + 1);
    QCOMPARE(imported.unplaced[0].contents, QStringLiteral("报头"));
    QVERIFY2(masthead->first.contains(imported.unplaced[0].markedText.left(2)),
             qPrintable(imported.unplaced[0].markedText));

    Edition withNotes = now;
    QCOMPARE(addImportedNotes(withNotes, imported), 4);
    const NotesImport again = readProofNotes(bytes, withNotes, edited.display.lines);
    QVERIFY(again.placed.empty());
    QCOMPARE(again.alreadyThere, 4);
}

// 一校, then 20 → 21 and 上午 deleted, and two notes (one resolved): the proof PDF with
// open notes and the changes since 一校 carries them as annotations at their places, read
// back with poppler as any reader would, and the change bars drawn on the page.
void TestProofreading::proofPdfCarriesNotesAndChanges() {
    Edition e = sample();
    const QString id = QStringLiteral("signing");
    QVERIFY(!startProofRound(e, QStringLiteral("一校"), QStringLiteral("王"), {}));
    const int date = offsetOf(e, id, QStringLiteral("11月20日上午"));
    replaceStoryText(storyIn(e, id), date + 6, 2, QString());
    replaceStoryText(storyIn(e, id), date + 4, 1, QStringLiteral("1"));
    Note fact;
    fact.kind = NoteKind::Fact;
    fact.text = QStringLiteral("项目全称请核对");
    fact.author = QStringLiteral("校对王");
    fact.from = offsetOf(e, id, QStringLiteral("许昌数字电商孵化基地项目"));
    fact.to = fact.from + 12;
    QVERIFY(!addNote(e, id, fact));
    Note done = fact;
    done.text = QStringLiteral("已改");
    QVERIFY(!addNote(e, id, done));
    QVERIFY(!resolveNote(e, QStringLiteral("n2"), QStringLiteral("李"), {}));

    const Laid laid = laidOut(e);
    PdfOptions options;
    options.intent = PdfIntent::Proof;
    ProofMarkup markup;
    markup.notes = ProofMarkup::Notes::Open;
    markup.changesSince = QStringLiteral("一校");
    QVERIFY(!addProofMarkup(options, laid.edition, laid.display, markup));
    ProofMarkup wrongRound = markup;
    wrongRound.changesSince = QStringLiteral("三校");
    PdfOptions unused;
    QCOMPARE(addProofMarkup(unused, laid.edition, laid.display, wrongRound),
             ProofMarkupProblem::NoSuchRound);
    QVERIFY(!options.marks.empty());  // the change bars, on the edited line's page
    for (const PdfMark& bar : options.marks)
        QCOMPARE(bar.page, laid.display.lines.caretAt(id, date)->page);
    const PdfResult pdf = editionPdf(laid.display, PdfMetadata{}, options);
    QVERIFY2(!pdf.bytes.isEmpty(), qPrintable(pdf.error));

    auto document = Poppler::Document::loadFromData(pdf.bytes);
    QVERIFY(document);
    const int page = laid.display.lines.caretAt(id, date)->page;
    auto pdfPage = document->page(page);
    QCOMPARE(pdfPage->label(), QString::number(pageNumber(page)));
    QStringList got;
    const QSizeF size = pdfPage->pageSizeF();
    for (const auto& a : pdfPage->annotations()) {
        QString kind = QString::number(a->subType());
        if (a->subType() == Poppler::Annotation::AHighlight)
            kind = QStringList{"Highlight", "Squiggly", "Underline", "StrikeOut"}.at(
                static_cast<const Poppler::HighlightAnnotation&>(*a).highlightType());
        else if (a->subType() == Poppler::Annotation::ACaret)
            kind = QStringLiteral("Caret");
        got << QStringLiteral("%1 %2 “%3” %4")
                   .arg(kind, a->uniqueName(), a->contents(), a->author());
        // Each stands where its text is on the page: its box holds the first mark's place.
        const QRectF box(a->boundary().x() * size.width(), a->boundary().y() * size.height(),
                         a->boundary().width() * size.width(),
                         a->boundary().height() * size.height());
        QVERIFY2(box.intersects(QRectF(
                     laid.display.lines
                         .caretAt(id, a->uniqueName().contains(u"note") ? fact.from : date + 4)
                         ->top,
                     QSizeF(120, 20))),
                 qPrintable(a->uniqueName()));
    }
    const QStringList want{
        QStringLiteral("Highlight paiban-note-n1 “项目全称请核对” 校对王"),
        QStringLiteral(
            "Caret paiban-deleted-1 “岚）11月2【0日上午 → 1日】，许昌数字电” Since 一校"),
        QStringLiteral(
            "Caret paiban-deleted-2 “岚）11月2【0日上午 → 1日】，许昌数字电” Since 一校"),
        QStringLiteral("Underline paiban-change-1-p%1 “岚）11月2【0日上午 → 1日】，许昌数字电” "
                       "Since 一校")
            .arg(pageNumber(page)),
    };
    QVERIFY2(got == want, qPrintable(QStringLiteral("\n got: %1\nwant: %2")
                                         .arg(got.join(QStringLiteral("\n      ")),
                                              want.join(QStringLiteral("\n      ")))));
    // Importing the proof back finds only Paiban's own marks: nothing is added twice.
    const NotesImport back = readProofNotes(pdf.bytes, laid.edition, laid.display.lines);
    QVERIFY(back.placed.empty() && back.unplaced.empty());
    QCOMPARE(back.ownMarks, 4);
}

void TestProofreading::importRefusesWhatIsNoPdf() {
    const Edition e = sample();
    const NotesImport imported = readProofNotes(QByteArray("not a pdf at all"), e, LineIndex{});
    QCOMPARE(imported.problem, NotesImportProblem::NotAPdf);
    QVERIFY(imported.placed.empty());
}

QTEST_GUILESS_MAIN(TestProofreading)
#include "tst_proofreading.moc"
