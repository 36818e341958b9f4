// Edit › Find and Replace (Ctrl+F, Ctrl+H): in the story being edited or the whole
// edition, plain text or a regular expression, optionally treating full- and half-width
// forms alike; every hit highlighted on the page, the current one selected; next and
// previous across pages; replace one, or all at once as one undo step.
#pragma once

#include <QDialog>
#include <vector>

#include "model/find_text.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace paiban::editor {

class EditSession;

class FindDialog : public QDialog {
    Q_OBJECT
public:
    FindDialog(EditSession* session, QWidget* parent);
    // Opened for finding or for replacing (the field to type in first).
    void start(bool replacing);
    // Where to search from, and in which story when the scope is the story (the caret).
    void setPosition(const QString& storyId, int offset);
    FindOptions options() const;
    std::vector<TextMatch> matches() const;

public Q_SLOTS:
    bool findNext();
    bool findPrevious();
    void replaceCurrent();
    void replaceAll();

Q_SIGNALS:
    // A match to show: its page, the story edited there, the match selected.
    void matchChosen(const paiban::TextMatch& match);
    // Every match, to highlight on the page (empty: none).
    void highlightsChanged(const std::vector<paiban::TextMatch>& matches);

private:
    void searchChanged();
    bool step(bool forward);
    bool storyScope() const;

    EditSession* session_;
    QLineEdit* find_;
    QLineEdit* replace_;
    QCheckBox* regex_;
    QCheckBox* matchCase_;
    QCheckBox* width_;
    QComboBox* scope_;
    QLabel* status_;
    QString story_;  // where the caret is
    int offset_ = 0;
    std::optional<TextMatch> current_;
};

}  // namespace paiban::editor
