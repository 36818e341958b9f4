#include "editor/proof_dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace paiban::editor {
namespace {

// A quote longer than this is cut in the dialog's heading: the page shows the whole.
constexpr int kQuoteShownChars = 40;

// 1 → 一, 12 → 十二, 20 → 二十: rounds are counted in Chinese numerals (二校, not 2校).
QString chineseNumeral(int n) {
    static const QString kDigits = QStringLiteral("〇一二三四五六七八九");
    if (n < 10)
        return kDigits.at(n);
    if (n < 100) {
        const int tens = n / 10, units = n % 10;
        return (tens > 1 ? QString(kDigits.at(tens)) : QString()) + QStringLiteral("十") +
               (units ? QString(kDigits.at(units)) : QString());
    }
    return QString::number(n);
}

}  // namespace

QString proofRefusalText(ProofRefusal refusal) {
    switch (refusal) {
        case ProofRefusal::RoundNameEmpty:
            return StartRoundDialog::tr("A proof round needs a name.");
        case ProofRefusal::RoundNameTaken:
            return StartRoundDialog::tr("There is already a proof round of that name.");
        case ProofRefusal::NoSuchStory:
            return StartRoundDialog::tr("The story is no longer in the document.");
        case ProofRefusal::RangeOutsideText:
            return StartRoundDialog::tr("The selected text is no longer in the story.");
        case ProofRefusal::NoSuchNote:
            return StartRoundDialog::tr("The note is no longer in the document.");
    }
    return {};
}

QString noteKindName(NoteKind kind) {
    switch (kind) {
        case NoteKind::Typo:
            return NoteDialog::tr("Typo");
        case NoteKind::Punctuation:
            return NoteDialog::tr("Punctuation");
        case NoteKind::Fact:
            return NoteDialog::tr("Fact");
        case NoteKind::Layout:
            return NoteDialog::tr("Layout");
        case NoteKind::Other:
            return NoteDialog::tr("Other");
    }
    return {};
}

QString noteActionName(NoteAction action) {
    switch (action) {
        case NoteAction::Remark:
            return {};
        case NoteAction::Delete:
            return NoteDialog::tr("delete it");
        case NoteAction::Insert:
            return NoteDialog::tr("insert here");
        case NoteAction::Replace:
            return NoteDialog::tr("replace it");
    }
    return {};
}

QString proposedRoundName(const Edition& edition) {
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (int n = static_cast<int>(edition.proofRounds.size()) + 1;; ++n) {
        const QString name = chinese ? chineseNumeral(n) + QStringLiteral("校")
                                     : StartRoundDialog::tr("Proof %1").arg(n);
        if (!proofRound(edition, name))
            return name;
    }
}

QDateTime proofNow() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addMSecs(-now.time().msec());
}

StartRoundDialog::StartRoundDialog(const Edition& edition, const QString& by, const QDateTime& now,
                                   QWidget* parent)
    : QDialog(parent), edition_(edition) {
    setWindowTitle(tr("Start Proof Round"));
    name_ = new QLineEdit(proposedRoundName(edition), this);
    name_->setObjectName(QStringLiteral("roundName"));
    by_ = new QLineEdit(by, this);
    by_->setObjectName(QStringLiteral("roundBy"));
    problem_ = new QLabel(this);
    problem_->setStyleSheet(QStringLiteral("color: #c00"));
    problem_->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), name_);
    form->addRow(tr("&By:"), by_);
    form->addRow(tr("Date:"),
                 new QLabel(QLocale().toString(now.toLocalTime(), QLocale::LongFormat), this));
    auto* explain = new QLabel(
        tr("The text of every story is recorded now; later, Show Changes Since shows what "
           "was changed after it."),
        this);
    explain->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(explain);
    layout->addWidget(problem_);
    layout->addWidget(buttons);
    name_->selectAll();
}

QString StartRoundDialog::name() const {
    return name_->text().trimmed();
}
QString StartRoundDialog::by() const {
    return by_->text().trimmed();
}

// A name the round cannot take keeps the dialog open, saying why.
void StartRoundDialog::accept() {
    std::optional<ProofRefusal> refusal;
    if (name().isEmpty())
        refusal = ProofRefusal::RoundNameEmpty;
    else if (proofRound(edition_, name()))
        refusal = ProofRefusal::RoundNameTaken;
    if (refusal) {
        problem_->setText(proofRefusalText(*refusal));
        problem_->show();
        name_->setFocus();
        return;
    }
    QDialog::accept();
}

NoteDialog::NoteDialog(const QString& quote, NoteKind kind, const QString& text,
                       const QString& author, bool editing, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(editing ? tr("Edit Note") : tr("Add Note"));
    QString shown = quote;
    shown.replace(u'\n', QStringLiteral("¶"));
    if (shown.size() > kQuoteShownChars)
        shown = shown.left(kQuoteShownChars) + QStringLiteral("…");
    auto* on = new QLabel(
        quote.isEmpty() ? tr("At the caret (something to insert there)") : tr("On “%1”").arg(shown),
        this);
    on->setWordWrap(true);
    kind_ = new QComboBox(this);
    kind_->setObjectName(QStringLiteral("noteKind"));
    for (NoteKind k : kNoteKinds)
        kind_->addItem(noteKindName(k), static_cast<int>(k));
    kind_->setCurrentIndex(kind_->findData(static_cast<int>(kind)));
    text_ = new QPlainTextEdit(text, this);
    text_->setObjectName(QStringLiteral("noteText"));
    text_->setTabChangesFocus(true);
    author_ = new QLineEdit(author, this);
    author_->setObjectName(QStringLiteral("noteAuthor"));
    author_->setEnabled(!editing);
    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), kind_);
    form->addRow(tr("&Note:"), text_);
    form->addRow(tr("&Author:"), author_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(on);
    layout->addLayout(form);
    layout->addWidget(buttons);
    text_->setFocus();
}

NoteKind NoteDialog::kind() const {
    return static_cast<NoteKind>(kind_->currentData().toInt());
}
QString NoteDialog::text() const {
    return text_->toPlainText().trimmed();
}
QString NoteDialog::author() const {
    return author_->text().trimmed();
}

}  // namespace paiban::editor
