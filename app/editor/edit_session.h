// One open edition in the editor: the document, its undo stack, its layout. Every change
// goes through a command on the stack (commands.h); after each, the edition is laid out
// again (only what changed is set again) and laidOut() tells the views.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUndoStack>
#include <future>
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
    // A new, untitled document (File › New): saved by Save As.
    void openNew(Edition edition);
    // No document open (File › Close): the window stays, empty, for New and Open.
    void close();

    bool hasDocument() const { return edition_.has_value(); }
    // With no document open (after File › Close), an empty edition: no pages, stories or
    // styles, so that a panel or tool reading it finds nothing rather than crashing.
    const Edition& edition() const { return edition_ ? *edition_ : noEdition(); }
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
    // (not next to the document), found again when the document is next opened. It is
    // written a moment after the last change (settings::recoveryDelayMs) and at least
    // every settings::autosaveSeconds while changes go on, on a worker thread: the
    // document is copied (its text is shared, so that is cheap) and serialised and
    // written there, so that typing never waits for the disk.
    QString recoveryPath() const { return recoveryPathFor(path_); }
    static QString recoveryPathFor(const QString& documentPath);
    // Writes the recovery file now, if there are changes it does not hold yet, and waits
    // for it to be written.
    bool writeRecovery(QString* error);
    void removeRecovery();
    // How long the last recovery write took on its thread (ms; −1: none yet).
    double lastRecoveryWriteMs() const { return lastRecoveryWriteMs_; }
    // Documents with unsaved work left in recovery files (by a crash or a kill).
    static QStringList pendingRecoveries();
    // Lets go of the unsaved work left for a document (not the open one).
    static void discardRecoveryOf(const QString& documentPath);
    // Replaces the open document's contents with its recovery file's (unsaved).
    bool restoreRecovery(QString* error);

    // Pushes a command: its redo() runs now.
    // With no document open there is nothing to change: the command is dropped; so it is
    // while the document is read-only (editRefused() says so).
    void push(QUndoCommand* command);
    // A newsroom page someone else holds, or one signed off, is shown read-only: every
    // edit of every tool and panel comes through push(), so refusing them there is the one
    // place that holds for all of them. Undo and redo are off too (the stack is cleared
    // when such a page is opened).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return readOnly_; }
    // Called by commands after changing the edition: lays it out again.
    void changed();

Q_SIGNALS:
    void documentReplaced();  // another document was opened, or its recovered work restored
    void laidOut();           // the display lists and findings are new
    void recoveryFailed(const QString& error);
    void editRefused();  // an edit pushed while the document is read-only
    void readOnlyChanged(bool readOnly);

private:
    static const Edition& noEdition();
    void scheduleRecovery();
    void startRecoveryWrite();
    // Waits for a recovery write under way; its error, if it failed.
    std::optional<QString> finishRecoveryWrite();

    std::optional<Edition> edition_;
    QString path_;
    bool readOnly_ = false;
    QUndoStack stack_;
    std::unique_ptr<LayoutCache> cache_;
    EditionDisplay display_;
    int recoveredAt_ = -1;  // undo index the recovery file holds (−1: none written)
    const int recoveryDelayMs_, recoveryLongestGapMs_;  // from the settings, at start
    QTimer recoveryTimer_;
    QElapsedTimer unsavedSince_;  // the first change the recovery file does not hold
    struct RecoveryWrite {
        int index = -1;                                  // the undo index it holds
        std::future<std::pair<QString, double>> result;  // error (empty: none), ms taken
    };
    std::optional<RecoveryWrite> writing_;
    double lastRecoveryWriteMs_ = -1;
};

}  // namespace paiban::editor
