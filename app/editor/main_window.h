// The editor's main window: the page canvas with its tools, the panels (story, pages,
// styles, properties, preflight), the menus (File with recent files, print and export;
// Edit with undo and redo; View with zoom, guides and proof view; Tools), all working on
// one EditSession.
#pragma once

#include <QDateTime>
#include <QMainWindow>
#include <functional>
#include <optional>

#include "display/edition_layout.h"
#include "model/document.h"
#include "preflight/preflight.h"
#include "proof/proof_pdf_markup.h"

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;

namespace paiban::editor {

class DeferredCall;
class FindDialog;
class PageCanvas;
class ToolBox;
class EditSession;
class PagesPanel;
class PropertiesPanel;
class StoryPanel;
class StylesPanel;
class LinksPanel;
class NotesPanel;
class ChangesPanel;
class ProofState;
class NewsroomSession;
class StoryPoolPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow();
    ~MainWindow() override;

    bool openDocument(const QString& path);
    // The document to open at start: `requested`, unless the user takes up the offer of
    // another with unsaved work left by a crash (then that one).
    QString startupDocument(const QString& requested);
    int currentPage() const { return page_; }
    int pageCount() const;
    const EditionDisplay& display() const;
    PageCanvas* canvas() const { return view_; }
    ToolBox* tools() const { return tools_; }
    EditSession* session() const { return session_; }
    StoryPanel* storyPanel() const { return storyPanel_; }
    StylesPanel* stylesPanel() const { return stylesPanel_; }
    LinksPanel* linksPanel() const { return linksPanel_; }
    ProofState* proofState() const { return proof_; }
    NotesPanel* notesPanel() const { return notesPanel_; }
    ChangesPanel* changesPanel() const { return changesPanel_; }
    QAction* addNoteAction() const { return addNoteAction_; }
    // Says what an import of proof notes did, or why it did nothing (a message box unless
    // replaced, as tests do): its title, summary, the notes it could not place.
    std::function<void(const QString& title, const QString& summary, const QString& details)>
        reportImport;
    // Asked, with the time of the recovery file, whether to restore unsaved work found for
    // a document being opened (a message box unless replaced, as tests do).
    std::function<bool(const QDateTime&)> confirmRecovery;
    // The newsroom (main_window_newsroom.cpp): the connection and the page open from it.
    NewsroomSession* newsroom() const { return newsroom_; }
    StoryPoolPanel* storyPoolPanel() const { return poolPanel_; }
    // Connects (and remembers the connection string, without its password); false, having
    // said why, when it cannot.
    bool connectToNewsroom(const QString& connectionString);
    // Opens a newsroom page into the editor: editable, or read-only while another holds it.
    bool openNewsroomPage(qint64 pageId);
    // A pool story set into the text frame at a point of the shown page (a drop from the
    // story pool panel); false, saying why in the status bar, when there is none there.
    bool placePoolStory(qint64 poolId, const QPointF& pagePoint);
    // Says what went wrong in the newsroom (a message box unless replaced, as tests do).
    std::function<void(const QString& title, const QString& text)> showNewsroomProblem;
    // Writes unsaved work to the recovery file now (the session does it by itself a moment
    // after each change).
    void autosave();

public Q_SLOTS:
    void open();
    bool save();
    bool saveAs();
    void exportPdf();
    void exportEpaper();
    ProofMarkupWording proofMarkupWording() const;
    void print();
    void placeImage();
    void importText();
    void deleteSelection();
    // Threading by clicks from the selected text frame (the thread tool).
    void threadSelection();
    // The selected frame's story stops there; the frames after it hold nothing.
    void breakThreadSelection();
    void unthreadSelection();
    // Pages › Page Information: the page's 版名 and 责任编辑, as its 报眉 shows them.
    void editPageInfo();
    void bringToFront();
    void sendToBack();
    void showPage(int index);
    void nextPage();
    void previousPage();
    // View › Panels › Reset Panels: every panel back where it was at first.
    void resetPanels();
    // Documents, masters, Window and Help (main_window_document.cpp).
    void newDocument();
    bool closeDocument();
    void documentSetup();
    void editMasters();
    // The 校对 menu (main_window_proof.cpp): a round started, a note added on the text
    // selected on the page or in the story panel, a proof PDF's notes imported, a note or
    // change shown on its page.
    void startProofRound();
    void addNote();
    void importProofNotes();
    void importProofNotesFrom(const QString& path);
    void showNote(const QString& noteId);
    void showChange(int index);
    // File › Connect to Newsroom…, Disconnect, Open Newsroom Page…; Pages › History…
    void connectToNewsroomDialog();
    void disconnectFromNewsroom();
    void openNewsroomPageDialog();
    void showPageHistory();
    void setNewsroomPageStatus(int status);  // a newsroom::PageStatus

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createPanels();
    void laidOut();
    void refreshLists();
    void updateStoryCount();
    void updateTitle();
    void updateDiagnostics();
    void updateRecentFiles();
    void selectionChanged(const QString& frameId);
    void updateFrameActions();
    FindDialog* findDialog();
    void startFind(bool replacing);
    enum class TextAction { Cut, Copy, Paste, PasteJoined, SelectAll };
    void textAction(TextAction action);
    void showFinding(const Finding& finding);
    void addImageFrames(const QStringList& paths, const QPointF& at);
    // The files among `paths` that are images Paiban can read; the others named in one
    // message (titled `title`).
    QStringList readableImages(const QStringList& paths, const QString& title);
    // The Edit menu's frame entries (thread, break, unthread, stacking) and the page's
    // context menu (page_gestures.cpp).
    void createFrameActions(QMenu* edit);
    void updateHandActions();
    void showPageMenu(const QPointF& pagePoint, const QPoint& globalPos);
    void addDrawnFrame(FrameKind kind, const Rect& rect);
    bool saveTo(const QString& path);
    // Asks whether to save unsaved changes; false if the user cancels.
    bool maybeSave();
    // main_window_document.cpp: File › New, Close and Document Setup around Open and
    // Save As; the Pages menu (masters), the Window and Help menus.
    void addDocumentActions(QMenu* file, QAction* open, QAction* saveAs);
    void createPagesWindowHelpMenus();
    void fillMasterMenu(QMenu* menu);
    void fillReleaseMenu(QMenu* menu);
    void showShortcuts();
    void forgetDocumentState();
    // main_window_proof.cpp: the proof state, the Notes and Changes panels, the 校对 menu
    // and File › Import Proof Notes (put before `beforeInFile`).
    void createProofPanels();
    void createProofMenu(QMenu* file, QAction* beforeInFile);
    void fillChangesMenu(QMenu* menu);
    void updateProofActions();
    // The text a note would be on: the page's selection or caret, or the story panel's.
    struct NoteTarget {
        QString storyId;
        int from = 0, to = 0;
        bool fromPanel = false;
    };
    std::optional<NoteTarget> noteTarget() const;
    void addNoteOn(const NoteTarget& target);
    void showTextRange(const QString& storyId, int from, int to);
    void showTextRangeKeepingFocus(const QString& storyId, int from, int to);
    void addNoteUnderPointerActions(QMenu& menu, const QPointF& at);
    // main_window_newsroom.cpp: the newsroom's session, menus, panel and state shown.
    void createNewsroom();
    void createNewsroomFileActions(QMenu* file);
    void createNewsroomPageActions(QMenu* pages);
    void updateNewsroomState();
    bool saveNewsroomPage();
    QString readOnlyReason() const;

    EditSession* session_ = nullptr;
    DeferredCall* listsRefresh_ = nullptr;
    int page_ = 0;

    PageCanvas* view_ = nullptr;
    ToolBox* tools_ = nullptr;
    QAction* undoTool_ = nullptr;
    QAction* redoTool_ = nullptr;
    QAction* deleteFrameAction_ = nullptr;
    QAction* proofAction_ = nullptr;
    QAction* threadAction_ = nullptr;
    QAction* breakThreadAction_ = nullptr;
    QAction* unthreadAction_ = nullptr;
    QAction* frontAction_ = nullptr;
    QAction* backAction_ = nullptr;
    QAction* placeAction_ = nullptr;
    std::vector<QDockWidget*> docks_;
    QByteArray defaultState_;
    QStringList shownFindings_;  // the preflight list's rows
    QString restoreAtOpen_;
    FindDialog* find_ = nullptr;  // a document whose recovered work was chosen at start  // the
                                  // panels' first arrangement, for Reset Panels
    QComboBox* pageBox_ = nullptr;
    QLabel* zoomLabel_ = nullptr;
    QLabel* storyCount_ = nullptr;
    QListWidget* diagnostics_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    StoryPanel* storyPanel_ = nullptr;
    PagesPanel* pagesPanel_ = nullptr;
    StylesPanel* stylesPanel_ = nullptr;
    PropertiesPanel* propertiesPanel_ = nullptr;
    LinksPanel* linksPanel_ = nullptr;
    ProofState* proof_ = nullptr;
    NotesPanel* notesPanel_ = nullptr;
    ChangesPanel* changesPanel_ = nullptr;
    QAction* addNoteAction_ = nullptr;
    QAction* saveAction_ = nullptr;
    NewsroomSession* newsroom_ = nullptr;
    StoryPoolPanel* poolPanel_ = nullptr;
    QLabel* newsroomRole_ = nullptr;
    QLabel* readOnlyBanner_ = nullptr;
    QAction* openNewsroomPageAction_ = nullptr;
    QAction* disconnectNewsroomAction_ = nullptr;
    QAction* historyAction_ = nullptr;
    QMenu* pageStatusMenu_ = nullptr;
};

}  // namespace paiban::editor
