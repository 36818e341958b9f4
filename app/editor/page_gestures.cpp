// The window's part in what a hand does on the page: placing photos (File › Place Image
// hands them to the place tool; files dropped from a file manager land where they are
// dropped), threading by clicks, stacking, and the page's context menu. What each edit
// means is the engine's (model/place_photo, model/thread_edits, model/edition_edits); the
// tools carry the gestures.
#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

#include "editor/canvas/page_canvas.h"
#include "editor/commands.h"
#include "editor/edit_session.h"
#include "editor/main_window.h"
#include "editor/settings.h"
#include "editor/tools/select_tool.h"
#include "editor/tools/tool_box.h"
#include "model/grid.h"
#include "model/image_crop.h"
#include "model/place_photo.h"
#include "model/thread_edits.h"

namespace paiban::editor {
namespace {

// A photo dropped from a file manager spans three basic columns from the column it was
// dropped on, the usual width of a news photo, until resized.
constexpr int kDroppedPhotoColumns = 3;

const Frame* frameWithCaption(const Edition& edition, const QString& photoId) {
    for (const Page& page : edition.pages) {
        for (const Frame& f : page.frames) {
            if (f.captionOf == photoId)
                return &f;
        }
    }
    return nullptr;
}

}  // namespace

QStringList MainWindow::readableImages(const QStringList& paths, const QString& title) {
    QStringList good, bad;
    for (const QString& path : paths)
        (QImageReader(path).size().isEmpty() ? bad : good) << path;
    if (!bad.isEmpty()) {
        QStringList names;
        for (const QString& path : bad)
            names << QDir::toNativeSeparators(path);
        QMessageBox::warning(this, title,
                             tr("Not an image Paiban can read (JPEG, PNG or TIFF), not placed:\n%1")
                                 .arg(names.join(u'\n')));
    }
    return good;
}

// File › Place Image: the photos chosen go to the place tool; each click or drag on the
// page places the next.
void MainWindow::placeImage() {
    if (!session_->hasDocument())
        return;
    const QStringList chosen =
        QFileDialog::getOpenFileNames(this, tr("Place Image"), settings::lastDirectory.get(),
                                      tr("Images (*.jpg *.jpeg *.png *.tif *.tiff)"));
    if (chosen.isEmpty())
        return;
    settings::lastDirectory.set(QFileInfo(chosen.front()).absolutePath());
    const QStringList photos = readableImages(chosen, tr("Place Image"));
    if (photos.isEmpty())
        return;
    tools_->placePhotos(photos);
    view_->setFocus();
}

// Photos dropped on the page: each on three columns from the column it landed on, with its
// caption below it; the next a line lower and to the right.
void MainWindow::addImageFrames(const QStringList& paths, const QPointF& at) {
    if (!session_->hasDocument())
        return;
    const QStringList photos = readableImages(paths, tr("Place Image"));
    const Page& page = session_->edition().pages[static_cast<size_t>(page_)];
    QPointF where = at;
    QString last;
    for (const QString& path : photos) {
        const QSize pixels = QImageReader(path).size();
        const Rect rect = photoRectOnColumns(page, columnAt(page, where.x()), kDroppedPhotoColumns,
                                             where.y(), pixels.width(), pixels.height());
        auto* command = new PlacePhotoCommand(session_, page_, rect,
                                              QDir(session_->documentDir()).relativeFilePath(path));
        last = command->placed().photoId;
        session_->push(command);
        where += QPointF(page.grid.baselinePt, page.grid.baselinePt);
    }
    if (!last.isEmpty())
        view_->setSelectedFrame(last);
}

void MainWindow::threadSelection() {
    const QString from = view_->selectedFrame();
    if (!session_->hasDocument() || !storyOfFrame(session_->edition(), from)) {
        statusBar()->showMessage(tr("Select a text frame first: its story continues in the frame "
                                    "you click next."),
                                 8000);
        return;
    }
    tools_->startThreading(from);
}

void MainWindow::breakThreadSelection() {
    if (!view_->selectedFrame().isEmpty())
        session_->push(new BreakThreadCommand(session_, view_->selectedFrame()));
}

void MainWindow::unthreadSelection() {
    if (!view_->selectedFrame().isEmpty())
        session_->push(new UnthreadFrameCommand(session_, view_->selectedFrame()));
}

void MainWindow::editPageInfo() {
    if (!session_->hasDocument() || page_ < 0 || page_ >= pageCount())
        return;
    const Page& page = session_->edition().pages[static_cast<size_t>(page_)];
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Page Information"));
    auto* section = new QLineEdit(page.section, &dialog);
    auto* editor = new QLineEdit(page.editor, &dialog);
    section->setPlaceholderText(tr("e.g. 要闻"));
    auto* form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("Page %1: what its 报眉 shows.").arg(pageNumber(page_)), &dialog));
    form->addRow(tr("Section (版名):"), section);
    form->addRow(tr("Editor (责任编辑):"), editor);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted || !session_->hasDocument() || page_ >= pageCount())
        return;
    auto* command = new PageInfoCommand(session_, page_, section->text(), editor->text());
    if (command->changesSomething())
        session_->push(command);
    else
        delete command;
}

void MainWindow::bringToFront() {
    if (!view_->selectedFrame().isEmpty())
        session_->push(new RestackFrameCommand(session_, view_->selectedFrame(), true));
}

void MainWindow::sendToBack() {
    if (!view_->selectedFrame().isEmpty())
        session_->push(new RestackFrameCommand(session_, view_->selectedFrame(), false));
}

void MainWindow::createFrameActions(QMenu* edit) {
    threadAction_ =
        edit->addAction(tr("&Thread to Next Frame"), this, &MainWindow::threadSelection);
    breakThreadAction_ =
        edit->addAction(tr("&Break Thread After Frame"), this, &MainWindow::breakThreadSelection);
    unthreadAction_ = edit->addAction(tr("U&nthread Frame"), this, &MainWindow::unthreadSelection);
    edit->addSeparator();
    // InDesign's keys for the stacking order.
    frontAction_ = edit->addAction(tr("Bring to &Front"), this, &MainWindow::bringToFront);
    frontAction_->setShortcut(QKeySequence(tr("Ctrl+Shift+]")));
    backAction_ = edit->addAction(tr("Send to Bac&k"), this, &MainWindow::sendToBack);
    backAction_->setShortcut(QKeySequence(tr("Ctrl+Shift+[")));
    updateHandActions();
}

// The frame entries enabled for what the selected frame is.
void MainWindow::updateHandActions() {
    if (!threadAction_)
        return;
    const bool hasDocument = session_->hasDocument();
    const QString id = view_->selectedFrame();
    const Frame* frame = hasDocument ? session_->edition().frame(id).second : nullptr;
    const Story* story = hasDocument ? storyOfFrame(session_->edition(), id) : nullptr;
    const bool continues = story && story->frameIds.back() != id;
    threadAction_->setEnabled(story != nullptr);
    breakThreadAction_->setEnabled(continues);
    unthreadAction_->setEnabled(story && story->frameIds.size() > 1);
    frontAction_->setEnabled(frame != nullptr);
    backAction_->setEnabled(frame != nullptr);
}

// A right-click on the page: what can be done to the frame under the pointer (it becomes
// the selection), or to the page where there is none.
void MainWindow::showPageMenu(const QPointF& at, const QPoint& globalPos) {
    if (!session_->hasDocument())
        return;
    if (tools_->current() != ToolKind::Select && tools_->current() != ToolKind::Text)
        return;  // placing or threading: the right button puts the tool down
    QMenu menu(this);
    const Frame* frame = view_->frameAt(at);
    if (tools_->isEditingText()) {
        // Inside the text being edited: the clipboard.
        const std::pair<QString, TextAction> entries[] = {
            {tr("Cu&t"), TextAction::Cut},
            {tr("&Copy"), TextAction::Copy},
            {tr("&Paste"), TextAction::Paste},
            {tr("Select &All"), TextAction::SelectAll}};
        for (const auto& [text, kind] : entries)
            menu.addAction(text, this, [this, kind = kind] { textAction(kind); });
        // Proofreading where the proofreader reads: a note on the selection, and the note
        // under the pointer resolved or reopened.
        menu.addSeparator();
        updateProofActions();
        menu.addAction(addNoteAction_);
        addNoteUnderPointerActions(menu, at);
        menu.exec(globalPos);
        return;
    }
    view_->setSelectedFrame(frame ? frame->id : QString());
    updateHandActions();
    if (frame) {
        const QString id = frame->id;
        if (frame->kind == FrameKind::Text) {
            menu.addAction(tr("&Edit Text"), this, [this] { tools_->editText(QString(), -1); });
            menu.addSeparator();
            menu.addAction(threadAction_);
            menu.addAction(breakThreadAction_);
            menu.addAction(unthreadAction_);
        }
        if (frame->kind == FrameKind::Image) {
            menu.addAction(tr("&Crop with the Mouse"), this,
                           [this, id] { tools_->selectTool()->cropImage(id); });
            const std::pair<QString, ImageFit> fits[] = {
                {tr("&Fill the Frame"), ImageFit::Fill},
                {tr("Show the &Whole Photo"), ImageFit::Fit}};
            for (const auto& [text, fit] : fits) {
                menu.addAction(text, this, [this, id, fit = fit] {
                    if (const Frame* f = session_->edition().frame(id).second) {
                        Frame after = *f;
                        after.fit = fit;
                        after.imageOffsetX = after.imageOffsetY = 0;
                        session_->push(new FramePropertiesCommand(session_, after));
                    }
                });
            }
            if (!frameWithCaption(session_->edition(), id)) {
                menu.addAction(tr("Add &Caption"), this, [this, id] {
                    auto* add = new AddCaptionCommand(session_, id);
                    const QString captionId = add->captionId();
                    if (captionId.isEmpty()) {
                        delete add;
                        return;
                    }
                    session_->push(add);
                    view_->setSelectedFrame(captionId);
                    tools_->editText(QString(), -1);
                });
            }
        }
        menu.addSeparator();
        menu.addAction(frontAction_);
        menu.addAction(backAction_);
        menu.addSeparator();
        menu.addAction(deleteFrameAction_);
    } else {
        menu.addAction(placeAction_);
        menu.addSeparator();
        menu.addAction(tr("Page &Information…"), this, &MainWindow::editPageInfo);
        menu.addAction(tr("&Add Page After This"), this, [this] {
            session_->push(new AddPageCommand(session_, page_));
            showPage(page_ + 1);
        });
        menu.addAction(tr("&Clear Guides on Page"), this,
                       [this] { session_->push(new ClearGuidesCommand(session_, page_)); });
    }
    menu.exec(globalPos);
}

}  // namespace paiban::editor
