// One open edition in the editor: the document, its undo stack, its layout. Every change
// goes through a command on the stack (commands.h); after each, the edition is laid out
// again (only what changed is set again) and laidOut() tells the views.
#pragma once

#include <QObject>
#include <QUndoStack>
#include <memory>
#include <optional>

#include "display/edition_layout.h"
#include "model/document.h"

namespace paiban::editor {

class EditSession : public QObject {
    Q_OBJECT
public:
    explicit EditSession(QObject* parent = nullptr);
    ~EditSession() override;

    // Replaces the open document; false with *error if it cannot be read.
    bool open(const QString& path, QString* error);
    bool saveAs(const QString& path, QString* error);

    bool hasDocument() const { return edition_.has_value(); }
    const Edition& edition() const { return *edition_; }
    // For commands only: change it in redo()/undo(), then call changed().
    Edition& mutableEdition() { return *edition_; }
    const EditionDisplay& display() const { return display_; }
    // Where text is on the pages of the current layout (editing in place).
    const LayoutCache& layout() const { return *cache_; }
    QUndoStack* undoStack() { return &stack_; }
    QString path() const { return path_; }
    QString documentDir() const;
    bool isModified() const { return !stack_.isClean(); }

    // Crash recovery: unsaved work is written to a recovery file beside the user's data
    // (not next to the document), found again when the document is next opened.
    QString recoveryPath() const { return recoveryPathFor(path_); }
    static QString recoveryPathFor(const QString& documentPath);
    // Writes the recovery file if there are changes it does not hold yet.
    bool writeRecovery(QString* error);
    void removeRecovery();
    // Documents with unsaved work left in recovery files (by a crash or a kill).
    static QStringList pendingRecoveries();
    // Replaces the open document's contents with its recovery file's (unsaved).
    bool restoreRecovery(QString* error);

    // Pushes a command: its redo() runs now.
    void push(QUndoCommand* command) { stack_.push(command); }
    // Called by commands after changing the edition: lays it out again.
    void changed();

Q_SIGNALS:
    void documentReplaced();  // another document was opened
    void laidOut();           // the display lists and findings are new

private:
    std::optional<Edition> edition_;
    QString path_;
    QUndoStack stack_;
    std::unique_ptr<LayoutCache> cache_;
    EditionDisplay display_;
    int recoveredAt_ = -1;  // undo index the recovery file holds (−1: none written)
};

}  // namespace paiban::editor
