// Proofreading in the editor, offscreen, as a proofreader works: a round started, text
// typed on the page, the change listed in the Changes panel and marked on the canvas;
// notes added on a selection, listed in the Notes panel, resolved, reopened, edited and
// deleted, each undone and redone; a note following the text typed before it, and one
// whose text is deleted; an import of a file that is no PDF.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

#include "editor/proof_commands.h"
#include "editor/proof_dialogs.h"
#include "editor/proof_panels.h"
#include "editor/proof_state.h"
#include "editor/settings.h"
#include "editor/story_panel.h"
#include "editor/tools/text_tool.h"
#include "editor/tools/tool_box.h"
#include "editor_fixture.h"
#include "io/document_io.h"
#include "model/text_edit.h"

using namespace paiban;
using namespace paiban::editor;
using paiban::test::EditorFixture;

namespace {

// The lead story of page 1 and a word of its first paragraph.
const QString kStory = QStringLiteral("business");
const QString kWord = QStringLiteral("营商环境");

QString storyText(EditorFixture& f) {
    return storyPlainText(*f.edition().story(kStory));
}
int wordAt(EditorFixture& f) {
    return static_cast<int>(storyText(f).indexOf(kWord));
}

// Answers the next modal dialog of type D: `fill` sets its boxes, then it is accepted.
template <typename D>
void answerNext(std::function<void(D*)> fill) {
    QTimer::singleShot(0, [fill] {
        if (auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget())) {
            fill(dialog);
            dialog->accept();
        }
    });
}

void startRound(EditorFixture& f) {
    answerNext<StartRoundDialog>([](StartRoundDialog*) {});
    f.window.startProofRound();
    QCoreApplication::processEvents();
}

// Text typed on the page at `offset` of the story, key by key.
void typeOnPage(EditorFixture& f, int offset, const QString& text) {
    f.window.tools()->editText(kStory, offset);
    for (const QChar c : text) {
        QKeyEvent key(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(f.window.canvas(), &key);
    }
    QCoreApplication::processEvents();
}

// A note through Proof › Add Note… on [from, to) selected on the page.
void addNoteOnPage(EditorFixture& f, int from, int to, NoteKind kind, const QString& text) {
    f.window.tools()->editText(kStory, from);
    f.window.tools()->textTool()->select(from, to);
    QCoreApplication::processEvents();
    answerNext<NoteDialog>([kind, text](NoteDialog* d) {
        d->kindBox()->setCurrentIndex(d->kindBox()->findData(static_cast<int>(kind)));
        d->textBox()->setPlainText(text);
    });
    QVERIFY2(f.window.addNoteAction()->isEnabled(),
             qPrintable(f.window.addNoteAction()->statusTip()));
    f.window.addNoteAction()->trigger();
    QCoreApplication::processEvents();
}

// The Notes panel's rows, the first line of each (number, kind, text), and the last
// (author, time, round, status) without its time.
QString notesDump(EditorFixture& f) {
    QCoreApplication::processEvents();
    QStringList out;
    for (const QString& row : f.window.notesPanel()->rows()) {
        const QStringList lines = row.split(u'\n');
        QStringList last = lines.back().split(QStringLiteral(" · "));
        // The time the note was made, when it has one (a PDF's mark may not).
        last.removeIf([](const QString& part) {
            return !part.startsWith(QLatin1String("resolved by")) &&
                   part.contains(QRegularExpression(QStringLiteral("\\d:\\d\\d")));
        });
        QString status = last.back();
        if (status.startsWith(QLatin1String("resolved by")))
            status = status.section(u',', 0, 0);  // its time, too
        last.back() = status;
        out << lines.front() + QStringLiteral(" | ") +
                   (lines.size() > 2 ? lines[1] + QStringLiteral(" | ") : QString()) +
                   last.join(QStringLiteral(" · "));
    }
    return out.join(u'\n');
}

int marksOf(EditorFixture& f, ProofMark::Kind kind) {
    const ProofOverlay& overlay = f.window.canvas()->proofOverlay();
    const auto& marks = kind == ProofMark::Kind::Note ? overlay.notes : overlay.changes;
    return static_cast<int>(std::count_if(marks.begin(), marks.end(),
                                          [kind](const ProofMark& m) { return m.kind == kind; }));
}

QByteArray documentJson(EditorFixture& f) {
    return serializeEdition(f.edition());
}

}  // namespace

class TestProofEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        settings::proofAuthorName.set(QStringLiteral("校对员甲"));
    }

    // A round, a word typed on the page: the Changes panel lists it, the canvas marks it
    // (underline and margin bar), a click selects it on the page; undo takes it back.
    void changesSinceRound() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        startRound(f);
        QCOMPARE(f.edition().proofRounds.size(), size_t(1));
        const QString round = f.edition().proofRounds[0].name;
        QCOMPARE(round, proposedRoundName(Edition{}));
        QCOMPARE(f.edition().proofRounds[0].by, QStringLiteral("校对员甲"));
        const int at = wordAt(f);
        typeOnPage(f, at, QStringLiteral("新闻"));

        QComboBox* since = f.window.changesPanel()->roundBox();
        const int index = since->findText(round);
        QVERIFY2(index > 0, qPrintable(QString::number(since->count())));
        since->setCurrentIndex(index);
        Q_EMIT since->activated(index);
        QCoreApplication::processEvents();
        const QString storyName = f.edition().story(kStory)->name;
        // The change inside its paragraph's text either side, as 11月2【+1】0日 reads.
        const QString plain = storyPlainText(*f.edition().story(kStory));
        const int from = std::max(0, at - 6);
        QCOMPARE(
            f.window.changesPanel()->rows(),
            QStringList{QStringLiteral("%1 ¶1: %2【+新闻】%3")
                            .arg(storyName, plain.mid(from, at - from), plain.mid(at + 2, 6))});
        QCOMPARE(f.window.changesPanel()->countLabel()->text(),
                 QStringLiteral("1 change(s) since %1").arg(round));
        QCOMPARE(marksOf(f, ProofMark::Kind::Inserted), 1);
        QCOMPARE(marksOf(f, ProofMark::Kind::ChangeBar), 1);

        f.window.tools()->setCurrent(ToolKind::Select);
        QListWidget* list = f.window.changesPanel()->list();
        Q_EMIT list->itemClicked(list->item(0));
        TextTool* text = f.window.tools()->textTool();
        QCOMPARE(text->story(), kStory);
        QCOMPARE(std::pair(text->selectionStart(), text->selectionEnd()), std::pair(at, at + 2));

        f.window.session()->undoStack()->undo();  // the typing
        QCoreApplication::processEvents();
        QCOMPARE(f.window.changesPanel()->rows(), QStringList());
        QCOMPARE(marksOf(f, ProofMark::Kind::Inserted), 0);
        f.window.session()->undoStack()->undo();  // the round: no changes to show
        QCoreApplication::processEvents();
        QVERIFY(f.edition().proofRounds.empty());
        QCOMPARE(f.window.proofState()->round(), QString());
        f.window.session()->undoStack()->redo();
        QCOMPARE(f.edition().proofRounds.size(), size_t(1));
    }

    // Each action on a note, through the panel's buttons: the row it leaves, and undo and
    // redo going back and forth between the rows before and after.
    void noteActions_data() {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("after");
        const QString open = QStringLiteral(
            "1. Fact · “营商环境” | 应为营商氛围 | 校对员甲 · before any round · open");
        QTest::newRow("add") << QString() << open;
        QTest::newRow("resolve") << QStringLiteral("resolve")
                                 << QStringLiteral(
                                        "1. Fact · “营商环境” | 应为营商氛围 | 校对员甲 · "
                                        "before any round · resolved by 校对员甲");
        QTest::newRow("reopen") << QStringLiteral("reopen") << open;
        QTest::newRow("edit") << QStringLiteral("edit")
                              << QStringLiteral(
                                     "1. Typo · “营商环境” | 错字 | 校对员甲 · before any round · "
                                     "open");
        QTest::newRow("delete") << QStringLiteral("delete") << QString();
    }
    void noteActions() {
        QFETCH(QString, action);
        QFETCH(QString, after);
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        const int at = wordAt(f);
        addNoteOnPage(f, at, at + 4, NoteKind::Fact, QStringLiteral("应为营商氛围"));
        QUndoStack* stack = f.window.session()->undoStack();
        NotesPanel* panel = f.window.notesPanel();
        QCOMPARE(panel->list()->count(), 1);
        panel->list()->setCurrentRow(0);
        if (action == QLatin1String("reopen"))  // a resolved note to reopen
            panel->toggleResolved();
        const QString before = notesDump(f);
        const int steps = stack->count();
        panel->list()->setCurrentRow(0);
        if (action == QLatin1String("resolve") || action == QLatin1String("reopen")) {
            panel->toggleResolved();
        } else if (action == QLatin1String("edit")) {
            answerNext<NoteDialog>([](NoteDialog* d) {
                d->kindBox()->setCurrentIndex(d->kindBox()->findData(int(NoteKind::Typo)));
                d->textBox()->setPlainText(QStringLiteral("错字"));
            });
            panel->editCurrent();
        } else if (action == QLatin1String("delete")) {
            panel->deleteCurrent();
        }
        QCOMPARE(notesDump(f), after);
        if (action.isEmpty())
            return;
        QCOMPARE(stack->count(), steps + 1);  // one step
        stack->undo();
        QCOMPARE(notesDump(f), before);
        stack->redo();
        QCOMPARE(notesDump(f), after);
    }

    // The note's marks on the canvas: a highlight on its text, the selected one known.
    void noteMarked() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        const int at = wordAt(f);
        addNoteOnPage(f, at, at + 4, NoteKind::Typo, QString());
        QCOMPARE(marksOf(f, ProofMark::Kind::Note), 1);
        const ProofOverlay& overlay = f.window.canvas()->proofOverlay();
        QCOMPARE(overlay.notes[0].page, 0);
        QCOMPARE(overlay.selectedNote, QStringLiteral("n1"));
        QCOMPARE(overlay.looks.value(QStringLiteral("n1")).number, QStringLiteral("1"));
        // The note just added is the panel's current row, ready for its buttons.
        QCOMPARE(f.window.notesPanel()->currentNote(), QStringLiteral("n1"));
        // Activating the row shows its text selected on the page.
        f.window.tools()->setCurrent(ToolKind::Select);
        QListWidget* list = f.window.notesPanel()->list();
        Q_EMIT list->itemActivated(list->item(0));
        TextTool* text = f.window.tools()->textTool();
        QCOMPARE(std::pair(text->selectionStart(), text->selectionEnd()), std::pair(at, at + 4));
    }

    // Notes on the same words: their markers stand side by side, and the page paints at
    // every zoom (a rounding once kept two markers trading places for ever).
    void notesOnOneWordPaint() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        const int at = wordAt(f);
        for (int i = 0; i < 3; ++i)
            addNoteOnPage(f, at, at + 4, NoteKind::Typo, QStringLiteral("第%1条").arg(i + 1));
        QCOMPARE(marksOf(f, ProofMark::Kind::Note), 3);
        for (const double zoom : {0.37, 0.5, 1.0, 1.33, 1.7, 2.3, 4.0}) {
            f.window.canvas()->setZoom(zoom);
            QVERIFY(!f.window.canvas()->grab().isNull());
        }
    }

    // A note shown from the Notes panel leaves the keyboard there: Return opens the note
    // again and never puts a paragraph break into the text at the note.
    void jumpKeepsTheKeyboardInThePanel() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        const int at = wordAt(f);
        addNoteOnPage(f, at, at + 4, NoteKind::Fact, QStringLiteral("核对"));
        const QString before = storyPlainText(*f.edition().story(kStory));
        f.window.tools()->setCurrent(ToolKind::Select);
        QListWidget* list = f.window.notesPanel()->list();
        list->setFocus();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(0)).center());
        QTest::keyClick(list, Qt::Key_Return);
        QCoreApplication::processEvents();
        QCOMPARE(storyPlainText(*f.edition().story(kStory)), before);
        TextTool* text = f.window.tools()->textTool();
        QCOMPARE(std::pair(text->selectionStart(), text->selectionEnd()), std::pair(at, at + 4));
        // Clicked away from the text, the page has no selection to put a note on.
        f.window.tools()->setCurrent(ToolKind::Select);
        QCoreApplication::processEvents();
        QVERIFY(!f.window.addNoteAction()->isEnabled());
    }

    // Text typed before a note moves it on; its quote is the same text.
    void noteFollowsTyping() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        const int at = wordAt(f);
        addNoteOnPage(f, at, at + 4, NoteKind::Typo, QString());
        const Rect before = f.window.canvas()->proofOverlay().notes.at(0).rect;
        typeOnPage(f, 3, QStringLiteral("快讯"));
        const Note& note = f.edition().story(kStory)->notes.at(0);
        QCOMPARE(std::pair(note.from, note.to), std::pair(at + 2, at + 6));
        QCOMPARE(storyText(f).mid(note.from, 4), kWord);
        QVERIFY(!(f.window.canvas()->proofOverlay().notes.at(0).rect == before));
        QVERIFY(notesDump(f).startsWith(QStringLiteral("1. Typo · “营商环境”")));
    }

    // A note whose every character is deleted says so in the panel, and comes back with
    // its text on undo.
    void noteOnDeletedText() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        const int at = wordAt(f);
        addNoteOnPage(f, at, at + 4, NoteKind::Typo, QString());
        EditSession* session = f.window.session();
        session->push(new TypeTextCommand(session, kStory, at - 1, 6, QString()));
        QVERIFY(notesDump(f).startsWith(QStringLiteral("1. Typo · Text deleted: “营商环境”")));
        QVERIFY(f.edition().story(kStory)->notes.at(0).textDeleted);
        QCOMPARE(marksOf(f, ProofMark::Kind::Note), 1);  // where the text stood
        session->undoStack()->undo();
        QVERIFY(notesDump(f).startsWith(QStringLiteral("1. Typo · “营商环境”")));
    }

    // Add Note needs text: with no caret and no selection it is off, saying why.
    void addNoteNeedsText() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        f.window.tools()->setCurrent(ToolKind::Select);
        f.window.storyPanel()->textEdit()->clearFocus();
        QCoreApplication::processEvents();
        QVERIFY(!f.window.addNoteAction()->isEnabled());
        QVERIFY(f.window.addNoteAction()->statusTip().contains(QLatin1String("Select text")));
        // A caret with no selection: a note on a place.
        f.window.tools()->editText(kStory, 5);
        QCoreApplication::processEvents();
        QVERIFY(f.window.addNoteAction()->isEnabled());
    }

    // A round's name that is taken keeps the dialog open, saying why.
    void roundNameTaken() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        startRound(f);
        StartRoundDialog dialog(f.edition(), QStringLiteral("乙"), proofNow());
        dialog.nameBox()->setText(f.edition().proofRounds[0].name);
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.findChildren<QLabel*>().isEmpty());
        bool said = false;
        for (QLabel* label : dialog.findChildren<QLabel*>())
            said = said || label->text() == proofRefusalText(ProofRefusal::RoundNameTaken);
        QVERIFY(said);
        dialog.nameBox()->setText(proposedRoundName(f.edition()));
        dialog.accept();
        QVERIFY(!dialog.isVisible());
    }

    // The notes an import placed are added as one undo step, and listed.
    void importIsOneStep() {
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        const int at = wordAt(f);
        NotesImport imported;
        for (const auto& [from, to, action] : {std::tuple{at, at + 2, NoteAction::Delete},
                                               std::tuple{at + 4, at + 4, NoteAction::Insert}}) {
            Note note;
            note.from = from;
            note.to = to;
            note.action = action;
            note.text = action == NoteAction::Insert ? QStringLiteral("的") : QString();
            note.author = QStringLiteral("校对员乙");
            note.importedFrom = QStringLiteral("proof.pdf#%1").arg(from);
            imported.placed.push_back({kStory, note});
        }
        EditSession* session = f.window.session();
        const int steps = session->undoStack()->count();
        auto* command = new ImportNotesCommand(session, imported);
        QCOMPARE(command->added(), 2);
        session->push(command);
        QCOMPARE(session->undoStack()->count(), steps + 1);
        QCOMPARE(
            notesDump(f),
            QStringLiteral("1. Other, delete it · “营商” | 校对员乙 · before any round · open\n"
                           "2. Other, insert here · (a place in %1) | 的 | 校对员乙 · before "
                           "any round · open")
                .arg(f.edition().story(kStory)->name));
        session->undoStack()->undo();
        QCOMPARE(notesDump(f), QString());
    }

    // A file that is no PDF, or none at all: said so, and nothing changes.
    void importRefused_data() {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("said");
        QTest::newRow("text") << QByteArray("这不是PDF") << QStringLiteral("is not a PDF");
        QTest::newRow("truncated PDF")
            << QByteArray("%PDF-1.7\n1 0 obj <<") << QStringLiteral("is not a PDF");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("could not be read");
    }
    void importRefused() {
        QFETCH(QByteArray, contents);
        QFETCH(QString, said);
        EditorFixture f;
        QVERIFY(f.exposed && f.opened);
        const QString path = f.dir.filePath(QStringLiteral("proof.pdf"));
        if (!contents.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(contents);
        }
        QString summary;
        f.window.reportImport = [&](const QString&, const QString& s, const QString&) {
            summary = s;
        };
        const QByteArray before = documentJson(f);
        const int steps = f.window.session()->undoStack()->count();
        f.window.importProofNotesFrom(path);
        QVERIFY2(summary.contains(said) && summary.contains(QLatin1String("Nothing was imported")),
                 qPrintable(summary));
        QCOMPARE(f.window.session()->undoStack()->count(), steps);
        QCOMPARE(documentJson(f), before);
    }
};

QTEST_MAIN(TestProofEditor)
#include "tst_proof_editor.moc"
