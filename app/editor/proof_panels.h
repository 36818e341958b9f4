// The proofreader's panels: Notes (every note with its number, kind, the text it is on,
// its words, author, time, round and status; filtered by status, round and kind; resolved,
// reopened, edited, deleted from here) and Changes (what changed since the round chosen,
// story by story, paragraph by paragraph). Activating a row shows it on its page. Both
// refresh after the event that changed the session, never inside their own signals.
#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace paiban::editor {

class DeferredCall;
class EditSession;
class ProofState;

class NotesPanel : public QWidget {
    Q_OBJECT
public:
    NotesPanel(EditSession* session, ProofState* proof, QWidget* parent = nullptr);
    QListWidget* list() const { return list_; }
    QComboBox* statusFilter() const { return status_; }
    QComboBox* roundFilter() const { return round_; }
    QComboBox* kindFilter() const { return kind_; }
    // The rows as shown, one string each (lines joined by '\n').
    QStringList rows() const;
    // The note of the current row (empty: none).
    QString currentNote() const;
    // What the buttons do, on the current row's note.
    void toggleResolved();
    void editCurrent();
    void deleteCurrent();

Q_SIGNALS:
    void noteActivated(const QString& noteId);

private:
    void refresh();
    void updateButtons();
    EditSession* session_;
    ProofState* proof_;
    DeferredCall* refresh_;
    QComboBox *status_, *round_, *kind_;
    QListWidget* list_;
    QPushButton *resolve_, *edit_, *delete_;
    QStringList shown_;  // rows and ids as last shown
};

class ChangesPanel : public QWidget {
    Q_OBJECT
public:
    ChangesPanel(EditSession* session, ProofState* proof, QWidget* parent = nullptr);
    QListWidget* list() const { return list_; }
    QComboBox* roundBox() const { return round_; }
    QLabel* countLabel() const { return count_; }
    QStringList rows() const;

Q_SIGNALS:
    // The change of ProofState::changes() at `index`.
    void changeActivated(int index);

private:
    void refresh();
    EditSession* session_;
    ProofState* proof_;
    DeferredCall* refresh_;
    QComboBox* round_;
    QLabel* count_;
    QListWidget* list_;
    QStringList shown_;
};

}  // namespace paiban::editor
