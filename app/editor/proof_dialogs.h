// The dialogs of the 校对 menu and the words shared by its panels: Start Proof Round (its
// name proposed as the next of 一校, 二校 …, who, when) and a note's kind, text and author;
// the proofreading refusals and a note's kind in the user's language.
#pragma once

#include <QDateTime>
#include <QDialog>

#include "model/proof_edits.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace paiban::editor {

QString proofRefusalText(ProofRefusal refusal);
QString noteKindName(NoteKind kind);
// What the proofreader asks (a note read from a PDF's strike-out or caret); empty for a
// remark, which asks nothing of the text by itself.
QString noteActionName(NoteAction action);
// The kinds in the order proofreaders list them (错字 first).
inline constexpr NoteKind kNoteKinds[] = {NoteKind::Typo, NoteKind::Punctuation, NoteKind::Fact,
                                          NoteKind::Layout, NoteKind::Other};
// The round after the edition's last: 一校, 二校 … in Chinese, Proof 1, 2 … otherwise; never
// a name taken.
QString proposedRoundName(const Edition& edition);
// Now, to the second: the file keeps times to the second, and a time read back must be
// the time that was set (undo and the saved file agree).
QDateTime proofNow();

class StartRoundDialog : public QDialog {
    Q_OBJECT
public:
    StartRoundDialog(const Edition& edition, const QString& by, const QDateTime& now,
                     QWidget* parent = nullptr);
    QString name() const;
    QString by() const;
    QLineEdit* nameBox() const { return name_; }
    void accept() override;

private:
    const Edition& edition_;
    QLineEdit* name_;
    QLineEdit* by_;
    QLabel* problem_;
};

// A note's kind, words and author; `quote` is the text it is on (empty: a place).
class NoteDialog : public QDialog {
    Q_OBJECT
public:
    // Editing an existing note: its author is shown, not changed.
    NoteDialog(const QString& quote, NoteKind kind, const QString& text, const QString& author,
               bool editing, QWidget* parent = nullptr);
    NoteKind kind() const;
    QString text() const;
    QString author() const;
    QComboBox* kindBox() const { return kind_; }
    QPlainTextEdit* textBox() const { return text_; }

private:
    QComboBox* kind_;
    QPlainTextEdit* text_;
    QLineEdit* author_;
};

}  // namespace paiban::editor
