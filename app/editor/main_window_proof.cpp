// The window's part in proofreading: the 校对 menu (Start Proof Round, Add Note, Show
// Changes Since, Import Proof Notes), File › Import Proof Notes, the Notes and Changes
// panels, and a note or change shown on its page with its text selected there.
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStatusBar>

#include "editor/canvas/page_canvas.h"
#include "editor/edit_session.h"
#include "editor/main_window.h"
#include "editor/proof_commands.h"
#include "editor/proof_dialogs.h"
#include "editor/proof_panels.h"
#include "editor/proof_state.h"
#include "editor/settings.h"
#include "editor/story_panel.h"
#include "editor/tools/text_tool.h"
#include "editor/tools/tool_box.h"
#include "model/text_edit.h"
#include "proof/pdf_notes_import.h"
#include "proof/proof_marks.h"

namespace paiban::editor {
namespace {

// How long a proofreading sentence stays in the status bar: long enough to read twice.
constexpr int kProofMessageMs = 10000;
// Unplaced notes listed in the import's message itself; the rest in its details.
constexpr int kUnplacedListed = 12;

QString unplacedReason(UnplacedNote::Reason reason) {
    switch (reason) {
        case UnplacedNote::Reason::TextNotFound:
            return MainWindow::tr("its text is in no story now");
        case UnplacedNote::Reason::Ambiguous:
            return MainWindow::tr("its text stands in several places");
        case UnplacedNote::Reason::NoTextNear:
            return MainWindow::tr("no text near it");
    }
    return {};
}

}  // namespace

void MainWindow::createProofPanels() {
    proof_ = new ProofState(session_, this);
    connect(proof_, &ProofState::changed, this,
            [this] { view_->setProofOverlay(proof_->overlay()); });
    auto dock = [this](QWidget* widget, const QString& title, const char* name) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(QString::fromLatin1(name));
        d->setWidget(widget);
        addDockWidget(Qt::RightDockWidgetArea, d);
        docks_.push_back(d);
        return d;
    };
    notesPanel_ = new NotesPanel(session_, proof_, this);
    changesPanel_ = new ChangesPanel(session_, proof_, this);
    // Tabbed with Properties, Story and Styles: the page keeps its width.
    QDockWidget* styles = findChild<QDockWidget*>(QStringLiteral("styles"));
    QDockWidget* notes = dock(notesPanel_, tr("Notes"), "notes");
    QDockWidget* changes = dock(changesPanel_, tr("Changes"), "changes");
    tabifyDockWidget(styles, notes);
    tabifyDockWidget(notes, changes);
    findChild<QDockWidget*>(QStringLiteral("properties"))->raise();
    connect(notesPanel_, &NotesPanel::noteActivated, this, &MainWindow::showNote);
    connect(changesPanel_, &ChangesPanel::changeActivated, this, &MainWindow::showChange);
    connect(storyPanel_, &StoryPanel::addNoteRequested, this,
            [this](const QString& storyId, int from, int to) {
                addNoteOn(NoteTarget{storyId, from, to, true});
            });
}

void MainWindow::createProofMenu(QMenu* file, QAction* beforeInFile) {
    QMenu* proof = menuBar()->addMenu(tr("Pr&oof"));
    proof->addAction(tr("&Start Proof Round…"), this, &MainWindow::startProofRound);
    addNoteAction_ = proof->addAction(tr("Add &Note…"), this, &MainWindow::addNote);
    // Ctrl+Alt+N: a comment's key in the office programs proofreaders know (Ctrl+Alt+M is
    // taken by input methods on some desktops).
    addNoteAction_->setShortcut(QKeySequence(tr("Ctrl+Alt+N")));
    QMenu* since = proof->addMenu(tr("Show &Changes Since"));
    connect(since, &QMenu::aboutToShow, this, [this, since] { fillChangesMenu(since); });
    proof->addSeparator();
    QAction* import =
        proof->addAction(tr("&Import Proof Notes…"), this, &MainWindow::importProofNotes);
    file->insertAction(beforeInFile, import);
    proof->addSeparator();
    for (const char* name : {"notes", "changes"})
        proof->addAction(findChild<QDockWidget*>(QString::fromLatin1(name))->toggleViewAction());
    connect(proof, &QMenu::aboutToShow, this, &MainWindow::updateProofActions);
    connect(tools_->textTool(), &TextTool::caretMoved, this, &MainWindow::updateProofActions);
    connect(tools_, &ToolBox::currentChanged, this, &MainWindow::updateProofActions);
    connect(storyPanel_->textEdit(), &QPlainTextEdit::selectionChanged, this,
            &MainWindow::updateProofActions);
    reportImport = [this](const QString& title, const QString& summary, const QString& details) {
        QMessageBox box(QMessageBox::Information, title, summary, QMessageBox::Ok, this);
        const QStringList lines = details.split(u'\n', Qt::SkipEmptyParts);
        box.setInformativeText(lines.mid(0, kUnplacedListed).join(u'\n'));
        if (lines.size() > kUnplacedListed)
            box.setDetailedText(details);
        box.exec();
    };
    updateProofActions();
}

// Show Changes Since: none, or one of the edition's rounds (the Changes panel's chooser).
void MainWindow::fillChangesMenu(QMenu* menu) {
    menu->clear();
    auto* group = new QActionGroup(menu);
    auto add = [&](const QString& text, const QString& round) {
        QAction* action = menu->addAction(text, this, [this, round] { proof_->setRound(round); });
        action->setCheckable(true);
        action->setChecked(proof_->round() == round);
        group->addAction(action);
    };
    add(tr("None"), QString());
    menu->addSeparator();
    for (const ProofRound& round : session_->edition().proofRounds)
        add(round.name, round.name);
}

std::optional<MainWindow::NoteTarget> MainWindow::noteTarget() const {
    if (!session_->hasDocument())
        return std::nullopt;
    const QString panelStory = storyPanel_->shownStory();
    const auto [panelFrom, panelTo] = storyPanel_->selection();
    if (!panelStory.isEmpty() && storyPanel_->textEdit()->hasFocus())
        return NoteTarget{panelStory, panelFrom, panelTo, true};
    if (tools_->isEditingText() && !tools_->textTool()->story().isEmpty()) {
        const TextTool* text = tools_->textTool();
        return NoteTarget{text->story(), text->selectionStart(), text->selectionEnd(), false};
    }
    // Nothing else: a selection the story panel mirrors from a jump, once the page has been
    // clicked elsewhere, is not one the editor can see any more.
    return std::nullopt;
}

// Add Note is there while there is text to put it on; else its status tip says why.
void MainWindow::updateProofActions() {
    const bool target = noteTarget().has_value();
    addNoteAction_->setEnabled(target);
    addNoteAction_->setStatusTip(
        target ? tr("Add a note on the selected text (at the caret: something to insert there).")
               : tr("Select text on the page or in the Story panel to add a note on it."));
}

void MainWindow::startProofRound() {
    if (!session_->hasDocument())
        return;
    const QDateTime now = proofNow();
    StartRoundDialog dialog(session_->edition(), settings::proofAuthor(), now, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!dialog.by().isEmpty() && dialog.by() != settings::proofAuthor())
        settings::proofAuthorName.set(dialog.by());
    auto* command = new StartProofRoundCommand(session_, dialog.name(), dialog.by(), now);
    if (const auto refusal = command->refusal()) {
        delete command;
        statusBar()->showMessage(proofRefusalText(*refusal), kProofMessageMs);
        return;
    }
    session_->push(command);
    statusBar()->showMessage(
        tr("%1 started: the text of every story is recorded. Show Changes Since › %1 marks "
           "what is changed after it.")
            .arg(dialog.name()),
        kProofMessageMs);
}

void MainWindow::addNote() {
    const std::optional<NoteTarget> target = noteTarget();
    if (!target) {
        statusBar()->showMessage(addNoteAction_->statusTip(), kProofMessageMs);
        return;
    }
    addNoteOn(*target);
}

void MainWindow::addNoteOn(const NoteTarget& target) {
    const Story* story = session_->edition().story(target.storyId);
    if (!story)
        return;
    const QString quote = storyPlainText(*story).mid(target.from, target.to - target.from);
    NoteDialog dialog(quote, NoteKind::Typo, QString(), settings::proofAuthor(), false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!dialog.author().isEmpty() && dialog.author() != settings::proofAuthor())
        settings::proofAuthorName.set(dialog.author());
    Note note;
    note.kind = dialog.kind();
    note.text = dialog.text();
    note.author = dialog.author();
    note.created = proofNow();
    note.from = target.from;
    note.to = target.to;
    auto* command = new AddNoteCommand(session_, target.storyId, note);
    if (const auto refusal = command->refusal()) {
        delete command;
        statusBar()->showMessage(proofRefusalText(*refusal), kProofMessageMs);
        return;
    }
    const QString id = command->noteId();
    session_->push(command);
    proof_->setSelectedNote(id);
    // From the page the note shows in its panel; typing in the story panel keeps its place.
    if (!target.fromPanel)
        findChild<QDockWidget*>(QStringLiteral("notes"))->raise();
}

void MainWindow::importProofNotes() {
    if (!session_->hasDocument())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Proof Notes"), session_->documentDir(), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        importProofNotesFrom(path);
}

void MainWindow::importProofNotesFrom(const QString& path) {
    if (!session_->hasDocument())
        return;
    const QString title = tr("Import Proof Notes");
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        reportImport(
            title,
            tr("%1 could not be read: %2. Nothing was imported.").arg(name, file.errorString()),
            QString());
        return;
    }
    const NotesImport imported =
        readProofNotes(file.readAll(), session_->edition(), session_->display().lines);
    if (imported.problem) {
        reportImport(
            title,
            *imported.problem == NotesImportProblem::Locked
                ? tr("%1 is locked with a password. Save a copy without one in the PDF "
                     "reader and import that. Nothing was imported.")
                      .arg(name)
                : tr("%1 is not a PDF that Paiban can read. Nothing was imported.").arg(name),
            QString());
        return;
    }
    int added = 0;
    if (!imported.placed.empty()) {
        auto* command = new ImportNotesCommand(session_, imported);
        added = command->added();
        if (command->changesSomething())
            session_->push(command);
        else
            delete command;
    }
    const int unplaced = static_cast<int>(imported.unplaced.size());
    QString summary = tr("%n note(s) placed from %1.", "", added).arg(name);
    if (imported.alreadyThere > 0)
        summary += u' ' + tr("%n imported before.", "", imported.alreadyThere);
    if (imported.ownMarks > 0)
        summary += u' ' + tr("%n mark(s) Paiban wrote on the proof itself were left out.", "",
                             imported.ownMarks);
    if (unplaced > 0)
        summary += u' ' + tr("%n could not be placed:", "", unplaced);
    QStringList details;
    for (const UnplacedNote& u : imported.unplaced) {
        const QString page =
            u.page >= 0 ? tr("page %1").arg(pageNumber(u.page)) : tr("PDF page %1").arg(u.pdfPage);
        QString line = u.markedText.isEmpty()
                           ? tr("%1: (%2)").arg(page, unplacedReason(u.reason))
                           : tr("%1: “%2” (%3)").arg(page, u.markedText, unplacedReason(u.reason));
        if (!u.contents.isEmpty())
            line += tr(" — %1").arg(u.contents);
        details << line;
    }
    reportImport(title, summary, details.join(u'\n'));
}

// The note whose marks the pointer is over on the page shown: resolve or reopen it there.
void MainWindow::addNoteUnderPointerActions(QMenu& menu, const QPointF& at) {
    for (const ProofMark& mark : proof_->overlay().notes) {
        const QRectF rect(mark.rect.x, mark.rect.y, mark.rect.width, mark.rect.height);
        if (mark.page != view_->pageIndex() || !rect.adjusted(-1, -1, 1, 1).contains(at))
            continue;
        const NoteRef ref = findNote(session_->edition(), mark.noteId);
        if (!ref)
            continue;
        const QString id = ref.note->id;
        if (ref.note->resolved) {
            menu.addAction(tr("&Reopen Note %1").arg(noteNumber(*ref.note)), this,
                           [this, id] { session_->push(new ReopenNoteCommand(session_, id)); });
        } else {
            menu.addAction(tr("&Resolve Note %1").arg(noteNumber(*ref.note)), this, [this, id] {
                session_->push(
                    new ResolveNoteCommand(session_, id, settings::proofAuthor(), proofNow()));
            });
        }
        return;
    }
}

void MainWindow::showNote(const QString& noteId) {
    const NoteRef ref = findNote(session_->edition(), noteId);
    if (!ref)
        return;
    proof_->setSelectedNote(noteId);
    showTextRangeKeepingFocus(ref.story->id, ref.note->from, ref.note->to);
}

// A jump from a panel leaves the keyboard with the panel: Return there opens the next
// item, and must never reach the page's text as a paragraph break.
void MainWindow::showTextRangeKeepingFocus(const QString& storyId, int from, int to) {
    QWidget* focus = QApplication::focusWidget();
    showTextRange(storyId, from, to);
    if (focus && focus != QApplication::focusWidget())
        focus->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showChange(int index) {
    const std::vector<TextChange>& changes = proof_->changes();
    if (index < 0 || index >= static_cast<int>(changes.size()))
        return;
    const TextChange& change = changes[static_cast<size_t>(index)];
    if (change.kind == TextChange::Kind::StoryRemoved) {
        statusBar()->showMessage(tr("That story is no longer in the document."), kProofMessageMs);
        return;
    }
    showTextRangeKeepingFocus(change.storyId, change.from, change.to);
}

// A stretch of a story shown on its page and selected there (the story panel follows).
void MainWindow::showTextRange(const QString& storyId, int from, int to) {
    const MarkPlace place = firstPlace(session_->display().lines, storyId, from, to);
    if (place.page < 0) {
        statusBar()->showMessage(
            tr("That text is on no page: its story is overset there or placed in no frame."),
            kProofMessageMs);
        storyPanel_->showSelection(storyId, from, to);
        return;
    }
    showPage(place.page);
    view_->scrollToShow(place.rect);
    tools_->editText(storyId, from);
    tools_->textTool()->select(from, to);
}

}  // namespace paiban::editor
