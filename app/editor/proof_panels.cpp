#include "editor/proof_panels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include "editor/deferred_call.h"
#include "editor/edit_session.h"
#include "editor/proof_commands.h"
#include "editor/proof_dialogs.h"
#include "editor/proof_state.h"
#include "editor/settings.h"

namespace paiban::editor {
namespace {

// Quotes and changes longer than this are cut in a row: the page shows the whole.
constexpr int kRowTextChars = 30;
constexpr int kStatusAll = 0, kStatusOpen = 1, kStatusResolved = 2;

// One line of a row: paragraph breaks as ¶, long text cut.
QString rowText(QString text) {
    text.replace(u'\n', QStringLiteral("¶"));
    if (text.size() > kRowTextChars)
        text = text.left(kRowTextChars) + QStringLiteral("…");
    return text;
}

QString timeText(const QDateTime& time) {
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

// A combo box's items replaced only when they differ, keeping the choice by its data.
void setItems(QComboBox* box, const std::vector<std::pair<QString, QVariant>>& items) {
    bool same = box->count() == static_cast<int>(items.size());
    for (int i = 0; same && i < box->count(); ++i)
        same = box->itemText(i) == items[static_cast<size_t>(i)].first &&
               box->itemData(i) == items[static_cast<size_t>(i)].second;
    if (same)
        return;
    const QVariant chosen = box->currentData();
    const int chosenIndex = box->currentIndex();
    const QSignalBlocker block(box);
    box->clear();
    for (const auto& [text, data] : items)
        box->addItem(text, data);
    const int again = box->findData(chosen);
    box->setCurrentIndex(chosenIndex == 0 || again < 0 ? 0 : again);
}

}  // namespace

// Notes ----------------------------------------------------------------------------------

NotesPanel::NotesPanel(EditSession* session, ProofState* proof, QWidget* parent)
    : QWidget(parent), session_(session), proof_(proof) {
    status_ = new QComboBox(this);
    status_->setObjectName(QStringLiteral("notesStatus"));
    status_->addItem(tr("All notes"), kStatusAll);
    status_->addItem(tr("Open notes"), kStatusOpen);
    status_->addItem(tr("Resolved notes"), kStatusResolved);
    round_ = new QComboBox(this);
    round_->setObjectName(QStringLiteral("notesRound"));
    round_->addItem(tr("All rounds"));
    kind_ = new QComboBox(this);
    kind_->setObjectName(QStringLiteral("notesKind"));
    kind_->addItem(tr("All kinds"));
    for (NoteKind k : kNoteKinds)
        kind_->addItem(noteKindName(k), static_cast<int>(k));
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("notesList"));
    list_->setWordWrap(true);
    list_->setAlternatingRowColors(true);
    resolve_ = new QPushButton(tr("Resolve"), this);
    edit_ = new QPushButton(tr("Edit…"), this);
    delete_ = new QPushButton(tr("Delete"), this);
    auto* filters = new QHBoxLayout;
    filters->addWidget(status_);
    filters->addWidget(round_);
    filters->addWidget(kind_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(resolve_);
    buttons->addWidget(edit_);
    buttons->addWidget(delete_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(list_, 1);
    layout->addLayout(buttons);

    refresh_ = new DeferredCall(this, [this] { refresh(); });
    connect(proof_, &ProofState::changed, refresh_, &DeferredCall::request);
    for (QComboBox* box : {status_, round_, kind_})
        connect(box, &QComboBox::activated, refresh_, &DeferredCall::request);
    connect(status_, &QComboBox::activated, this,
            [this] { proof_->setShowResolved(status_->currentData().toInt() != kStatusOpen); });
    // A click shows the note on its page, as in the Changes panel; so do a double-click
    // and Return.
    auto activated = [this](QListWidgetItem* item) {
        Q_EMIT noteActivated(item->data(Qt::UserRole).toString());
    };
    connect(list_, &QListWidget::itemClicked, this, activated);
    connect(list_, &QListWidget::itemActivated, this, activated);
    connect(list_, &QListWidget::currentItemChanged, this, [this] {
        updateButtons();
        proof_->setSelectedNote(currentNote());
    });
    connect(resolve_, &QPushButton::clicked, this, &NotesPanel::toggleResolved);
    connect(edit_, &QPushButton::clicked, this, &NotesPanel::editCurrent);
    connect(delete_, &QPushButton::clicked, this, &NotesPanel::deleteCurrent);
    updateButtons();
}

QStringList NotesPanel::rows() const {
    QStringList rows;
    for (int i = 0; i < list_->count(); ++i)
        rows << list_->item(i)->text();
    return rows;
}

QString NotesPanel::currentNote() const {
    return list_->currentItem() ? list_->currentItem()->data(Qt::UserRole).toString() : QString();
}

void NotesPanel::refresh() {
    const Edition& edition = session_->edition();
    std::vector<std::pair<QString, QVariant>> rounds{{tr("All rounds"), QVariant()}};
    for (const ProofRound& r : edition.proofRounds)
        rounds.emplace_back(r.name, r.name);
    rounds.emplace_back(tr("Before any round"), QString());
    setItems(round_, rounds);
    const int status = status_->currentData().toInt();
    const bool anyRound = round_->currentIndex() == 0;
    const QString round = round_->currentData().toString();
    const bool anyKind = kind_->currentIndex() == 0;
    const int kind = kind_->currentData().toInt();

    QStringList texts;
    std::vector<std::tuple<QString, QString, bool>> rows;  // text, note id, resolved
    for (const NoteRef& ref : allNotes(edition)) {
        const Note& note = *ref.note;
        if ((status == kStatusOpen && note.resolved) ||
            (status == kStatusResolved && !note.resolved) || (!anyRound && note.round != round) ||
            (!anyKind && static_cast<int>(note.kind) != kind))
            continue;
        QStringList lines;
        const QString quote = rowText(note.quote);
        const QString on = note.textDeleted  ? tr("Text deleted: “%1”").arg(quote)
                           : quote.isEmpty() ? tr("(a place in %1)").arg(ref.story->name)
                                             : tr("“%1”").arg(quote);
        const QString asked = noteActionName(note.action);
        const QString kind = asked.isEmpty() ? noteKindName(note.kind)
                                             : tr("%1, %2").arg(noteKindName(note.kind), asked);
        lines << tr("%1. %2 · %3").arg(noteNumber(note), kind, on);
        // The note's words, up to a few lines' worth: Edit… shows the whole of a long one.
        constexpr int kNoteTextChars = 120;
        if (!note.text.isEmpty())
            lines << (note.text.size() > kNoteTextChars
                          ? note.text.left(kNoteTextChars) + QStringLiteral("…")
                          : note.text);
        const QString madeIn = note.round.isEmpty() ? tr("before any round") : note.round;
        const QString state =
            note.resolved ? tr("resolved by %1, %2").arg(note.resolvedBy, timeText(note.resolvedAt))
                          : tr("open");
        // A note read from a PDF may have no author or time: leave the gap out.
        QStringList about;
        for (const QString& part : {note.author, timeText(note.created), madeIn, state}) {
            if (!part.isEmpty())
                about << part;
        }
        lines << about.join(QStringLiteral(" · "));
        rows.emplace_back(lines.join(u'\n'), note.id, note.resolved);
        texts << std::get<0>(rows.back()) + u'\x1f' + note.id;
    }
    // The page shows the notes the panel lists (and the one selected): its filters are
    // the page's too.
    QSet<QString> listedIds;
    for (const auto& row : rows)
        listedIds.insert(std::get<1>(row));
    proof_->setListedNotes(listedIds);
    if (texts != shown_) {  // most layouts change no note: the list keeps its place
        shown_ = texts;
        const QString current = currentNote();
        const QSignalBlocker block(list_);
        list_->clear();
        for (const auto& [text, id, resolved] : rows) {
            auto* item = new QListWidgetItem(text, list_);
            item->setData(Qt::UserRole, id);
            if (resolved)
                item->setForeground(Qt::darkGray);
            if (id == current)
                list_->setCurrentItem(item);
        }
    }
    // The note selected elsewhere (just added, shown from the page) is the current row; a
    // note the filters hide is selected no more (the page hides it too when resolved).
    const QString selected = proof_->selectedNote();
    bool listed = false;
    for (int i = 0; !selected.isEmpty() && i < list_->count(); ++i) {
        if (list_->item(i)->data(Qt::UserRole).toString() != selected)
            continue;
        listed = true;
        if (list_->currentRow() != i) {
            const QSignalBlocker block(list_);
            list_->setCurrentRow(i);
        }
    }
    if (!selected.isEmpty() && !listed)
        proof_->setSelectedNote(QString());
    updateButtons();
}

void NotesPanel::updateButtons() {
    const NoteRef ref = findNote(session_->edition(), currentNote());
    resolve_->setEnabled(static_cast<bool>(ref));
    edit_->setEnabled(static_cast<bool>(ref));
    delete_->setEnabled(static_cast<bool>(ref));
    resolve_->setText(ref && ref.note->resolved ? tr("Reopen") : tr("Resolve"));
}

void NotesPanel::toggleResolved() {
    const NoteRef ref = findNote(session_->edition(), currentNote());
    if (!ref)
        return;
    if (ref.note->resolved)
        session_->push(new ReopenNoteCommand(session_, ref.note->id));
    else
        session_->push(
            new ResolveNoteCommand(session_, ref.note->id, settings::proofAuthor(), proofNow()));
}

void NotesPanel::editCurrent() {
    const NoteRef ref = findNote(session_->edition(), currentNote());
    if (!ref)
        return;
    const QString id = ref.note->id;
    NoteDialog dialog(ref.note->quote, ref.note->kind, ref.note->text, ref.note->author, true,
                      this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto* command = new EditNoteCommand(session_, id, dialog.kind(), dialog.text());
    if (command->changesSomething())
        session_->push(command);
    else
        delete command;
}

void NotesPanel::deleteCurrent() {
    const QString id = currentNote();
    if (findNote(session_->edition(), id))
        session_->push(new DeleteNoteCommand(session_, id));
}

// Changes --------------------------------------------------------------------------------

ChangesPanel::ChangesPanel(EditSession* session, ProofState* proof, QWidget* parent)
    : QWidget(parent), session_(session), proof_(proof) {
    round_ = new QComboBox(this);
    round_->setObjectName(QStringLiteral("changesRound"));
    count_ = new QLabel(this);
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("changesList"));
    list_->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Since:"), this));
    top->addWidget(round_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(count_);
    layout->addWidget(list_, 1);
    refresh_ = new DeferredCall(this, [this] { refresh(); });
    connect(proof_, &ProofState::changed, refresh_, &DeferredCall::request);
    connect(round_, &QComboBox::activated, this,
            [this] { proof_->setRound(round_->currentData().toString()); });
    auto activated = [this](QListWidgetItem* item) {
        Q_EMIT changeActivated(item->data(Qt::UserRole).toInt());
    };
    connect(list_, &QListWidget::itemClicked, this, activated);
    connect(list_, &QListWidget::itemActivated, this, activated);
    refresh();
}

QStringList ChangesPanel::rows() const {
    QStringList rows;
    for (int i = 0; i < list_->count(); ++i)
        rows << list_->item(i)->text();
    return rows;
}

void ChangesPanel::refresh() {
    std::vector<std::pair<QString, QVariant>> rounds{{tr("None"), QString()}};
    for (const ProofRound& r : session_->edition().proofRounds)
        rounds.emplace_back(r.name, r.name);
    setItems(round_, rounds);
    {
        const QSignalBlocker block(round_);
        round_->setCurrentIndex(std::max(0, round_->findData(proof_->round())));
    }
    const std::vector<TextChange>& changes = proof_->changes();
    count_->setText(proof_->round().isEmpty()
                        ? tr("Choose a round to see what changed since.")
                        : tr("%n change(s) since %1", "", static_cast<int>(changes.size()))
                              .arg(proof_->round()));
    QStringList texts;
    for (const TextChange& c : changes) {
        const QString where =
            tr("%1 ¶%2").arg(c.storyName.isEmpty() ? c.storyId : c.storyName).arg(c.paragraph + 1);
        // 11月2【0 → 1】日, 11月2【+1】0日, 11月2【−0】日: the change inside its context.
        auto change = [](const TextChange& c) {
            if (c.before.isEmpty())
                return tr("【+%1】").arg(rowText(c.after));
            if (c.after.isEmpty())
                return tr("【−%1】").arg(rowText(c.before));
            return tr("【%1 → %2】").arg(rowText(c.before), rowText(c.after));
        };
        switch (c.kind) {
            case TextChange::Kind::StoryAdded:
                texts
                    << tr("%1 (story added)").arg(c.storyName.isEmpty() ? c.storyId : c.storyName);
                break;
            case TextChange::Kind::StoryRemoved:
                texts << tr("%1 (story removed)")
                             .arg(c.storyName.isEmpty() ? c.storyId : c.storyName);
                break;
            case TextChange::Kind::Edited:
                texts << tr("%1: %2%3%4")
                             .arg(where, rowText(c.contextBefore), change(c),
                                  rowText(c.contextAfter));
                break;
        }
    }
    if (texts == shown_)
        return;
    shown_ = texts;
    const QSignalBlocker block(list_);
    list_->clear();
    for (int i = 0; i < texts.size(); ++i) {
        auto* item = new QListWidgetItem(texts[i], list_);
        item->setData(Qt::UserRole, i);
        if (changes[static_cast<size_t>(i)].kind == TextChange::Kind::StoryRemoved)
            item->setForeground(Qt::darkGray);
    }
}

}  // namespace paiban::editor
