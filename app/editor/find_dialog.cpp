#include "editor/find_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "editor/commands.h"
#include "editor/edit_session.h"
#include "model/edition_edits.h"

namespace paiban::editor {
namespace {

// Replace All, one undo step for every story it changes.
class ReplaceAllCommand : public StructureCommand {
public:
    ReplaceAllCommand(EditSession* session, const FindOptions& options, const QString& with,
                      const QStringList& stories, int* count)
        : StructureCommand(session,
                           QCoreApplication::translate("paiban::editor::Commands", "Replace All")) {
        record([&](Edition& e) { *count = paiban::replaceAll(e, options, with, stories); });
    }
};

}  // namespace

FindDialog::FindDialog(EditSession* session, QWidget* parent) : QDialog(parent), session_(session) {
    setWindowTitle(tr("Find and Replace"));
    find_ = new QLineEdit(this);
    replace_ = new QLineEdit(this);
    regex_ = new QCheckBox(tr("Regular expression"), this);
    matchCase_ = new QCheckBox(tr("Match case"), this);
    width_ = new QCheckBox(tr("Full- and half-width alike (ＡＢＣ１２３ = ABC123)"), this);
    width_->setChecked(true);
    scope_ = new QComboBox(this);
    scope_->addItems({tr("The whole edition"), tr("The story being edited")});
    status_ = new QLabel(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Find:"), find_);
    form->addRow(tr("Replace with:"), replace_);
    form->addRow(tr("In:"), scope_);
    form->addRow(QString(), regex_);
    form->addRow(QString(), matchCase_);
    form->addRow(QString(), width_);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* next = buttons->addButton(tr("Find &Next"), QDialogButtonBox::ActionRole);
    QPushButton* previous = buttons->addButton(tr("Find &Previous"), QDialogButtonBox::ActionRole);
    QPushButton* replace = buttons->addButton(tr("&Replace"), QDialogButtonBox::ActionRole);
    QPushButton* all = buttons->addButton(tr("Replace &All"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    next->setDefault(true);
    connect(next, &QPushButton::clicked, this, &FindDialog::findNext);
    connect(previous, &QPushButton::clicked, this, &FindDialog::findPrevious);
    connect(replace, &QPushButton::clicked, this, &FindDialog::replaceCurrent);
    connect(all, &QPushButton::clicked, this, &FindDialog::replaceAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(status_);
    layout->addWidget(buttons);
    connect(find_, &QLineEdit::textChanged, this, &FindDialog::searchChanged);
    for (QCheckBox* box : {regex_, matchCase_, width_})
        connect(box, &QCheckBox::toggled, this, &FindDialog::searchChanged);
    connect(scope_, &QComboBox::currentIndexChanged, this, &FindDialog::searchChanged);
    connect(session_, &EditSession::laidOut, this, [this] {
        if (isVisible())
            searchChanged();
    });
}

void FindDialog::start(bool replacing) {
    show();
    raise();
    activateWindow();
    QLineEdit* field = replacing && !find_->text().isEmpty() ? replace_ : find_;
    field->setFocus();
    field->selectAll();
    searchChanged();
}

void FindDialog::setPosition(const QString& storyId, int offset) {
    story_ = storyId;
    offset_ = offset;
}

bool FindDialog::storyScope() const {
    return scope_->currentIndex() == 1 && !story_.isEmpty();
}

FindOptions FindDialog::options() const {
    return FindOptions{find_->text(), regex_->isChecked(), matchCase_->isChecked(),
                       width_->isChecked()};
}

std::vector<TextMatch> FindDialog::matches() const {
    if (!session_->hasDocument())
        return {};
    if (storyScope()) {
        const Story* story = session_->edition().story(story_);
        return story ? findInStory(*story, options()) : std::vector<TextMatch>{};
    }
    return findInEdition(session_->edition(), options());
}

void FindDialog::searchChanged() {
    const FindOptions o = options();
    const std::vector<TextMatch> found = matches();
    if (!o.error().isEmpty())
        status_->setText(tr("Not a regular expression: %1").arg(o.error()));
    else if (o.pattern.isEmpty())
        status_->clear();
    else
        status_->setText(tr("%n match(es)", nullptr, static_cast<int>(found.size())));
    Q_EMIT highlightsChanged(found);
}

// The next match after the caret (or the previous before it), in the edition's order of
// stories, round past the end.
bool FindDialog::step(bool forward) {
    const std::vector<TextMatch> found = matches();
    if (found.empty()) {
        current_.reset();
        status_->setText(options().pattern.isEmpty() ? QString() : tr("Not found."));
        return false;
    }
    std::vector<QString> order;
    for (const Story& s : session_->edition().stories)
        order.push_back(s.id);
    auto rank = [&](const QString& id) {
        return std::find(order.begin(), order.end(), id) - order.begin();
    };
    auto before = [&](const TextMatch& m, const QString& story, int offset) {
        return std::pair(rank(m.storyId), m.from) < std::pair(rank(story), offset);
    };
    const TextMatch* chosen = nullptr;
    if (forward) {
        for (const TextMatch& m : found) {
            if (!before(m, story_, offset_)) {
                chosen = &m;
                break;
            }
        }
        if (!chosen)
            chosen = &found.front();
    } else {
        for (auto it = found.rbegin(); it != found.rend(); ++it) {
            if (before(*it, story_, offset_ - 1)) {
                chosen = &*it;
                break;
            }
        }
        if (!chosen)
            chosen = &found.back();
    }
    current_ = *chosen;
    story_ = chosen->storyId;
    offset_ = forward ? chosen->to : chosen->from;
    Q_EMIT matchChosen(*chosen);
    return true;
}

bool FindDialog::findNext() {
    return step(true);
}
bool FindDialog::findPrevious() {
    return step(false);
}

// The current match, if it is still there, replaced; then the next one found.
void FindDialog::replaceCurrent() {
    const std::vector<TextMatch> found = matches();
    if (current_ && std::find(found.begin(), found.end(), *current_) != found.end()) {
        const Story* story = session_->edition().story(current_->storyId);
        const QString with = replacementFor(*story, *current_, options(), replace_->text());
        session_->push(new TypeTextCommand(session_, current_->storyId, current_->from,
                                           current_->to - current_->from, with,
                                           TextEditKind::Replacing));
        offset_ = current_->from + static_cast<int>(with.size());
        current_.reset();
    }
    findNext();
}

void FindDialog::replaceAll() {
    if (!options().valid() || !session_->hasDocument())
        return;
    int count = 0;
    auto* command =
        new ReplaceAllCommand(session_, options(), replace_->text(),
                              storyScope() ? QStringList{story_} : QStringList{}, &count);
    if (command->changesSomething())
        session_->push(command);
    else
        delete command;
    current_.reset();
    status_->setText(tr("%n replaced.", nullptr, count));
}

}  // namespace paiban::editor
