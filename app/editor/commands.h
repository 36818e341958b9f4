// Every kind of edit, one QUndoCommand each, ids in one enum. A command keeps what it
// needs to go both ways (the frame's rectangles, the story before and after, …) and
// calls EditSession::changed() after changing the edition.
#pragma once

#include <QUndoCommand>
#include <functional>

#include "model/document.h"
#include "model/edition_edits.h"
#include "model/place_photo.h"

namespace paiban::editor {

class EditSession;

// Ids of the commands that merge with the next of their kind (typing, nudging).
enum CommandId : int {
    kMoveFrameCommand = 1,
    kTypeTextCommand,
    kCropImageCommand,
};

// What a hand did to move a frame: a drag or a typed value is one step each; arrow-key
// nudges in a row are one step together.
enum class MoveGesture { Drag, Nudge };

// Moves or resizes a frame (its tied captions move with it).
class MoveFrameCommand : public QUndoCommand {
public:
    MoveFrameCommand(EditSession* session, const QString& frameId, const Rect& to,
                     MoveGesture gesture = MoveGesture::Drag);
    void redo() override;
    void undo() override;
    int id() const override { return kMoveFrameCommand; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(bool forward);
    EditSession* session_;
    QString frameId_;
    std::vector<FrameRectChange> changes_;  // the frame and the captions that follow it
    MoveGesture gesture_;
};

// Changes a frame's other properties: columns, gutter, wrap, image fit, …
class FramePropertiesCommand : public QUndoCommand {
public:
    FramePropertiesCommand(EditSession* session, const Frame& after);
    void redo() override;
    void undo() override;

protected:
    void set(const Frame& frame);
    EditSession* session_;
    Frame before_, after_;
};

// Edits of one story's text or styling: the story before and after.
class StoryChangeCommand : public QUndoCommand {
public:
    void redo() override;
    void undo() override;
    bool changesSomething() const { return !(before_ == after_); }

protected:
    StoryChangeCommand(EditSession* session, const QString& storyId);
    EditSession* session_;
    Story before_, after_;

private:
    void set(const Story& story);
};

// What an edit of a story's text was, for undo: typing and deleting in a row are one
// step each, as in a word processor; anything else (a paste, a cut, typing over a
// selection, an import) is a step of its own.
enum class TextEditKind { Typing, Deleting, Replacing };

// Typing, deleting, pasting in a story: a range of its plain text replaced. Typing in one
// story merges into one step while it goes on at the caret, and so do deletions with
// Backspace or Delete; a paragraph break ends the step it is in.
class TypeTextCommand : public StoryChangeCommand {
public:
    TypeTextCommand(EditSession* session, const QString& storyId, int offset, int removed,
                    const QString& inserted);
    TypeTextCommand(EditSession* session, const QString& storyId, int offset, int removed,
                    const QString& inserted, TextEditKind kind);
    int id() const override { return kTypeTextCommand; }
    bool mergeWith(const QUndoCommand* other) override;
    // What an edit looks like when its caller cannot tell: a few characters added is
    // typing (an input method commits a word at once), nothing added a deletion.
    static TextEditKind kindOf(int removed, const QString& inserted);

private:
    TextEditKind kind_;
    int caretAfter_ = 0;   // plain offset after the edit, to see whether the next continues it
    int caretBefore_ = 0;  // where the edit starts
    int removed_ = 0;
    bool endsParagraph_ = false;
};

// A paragraph style applied to paragraphs of a story.
class ApplyParagraphStyleCommand : public StoryChangeCommand {
public:
    ApplyParagraphStyleCommand(EditSession* session, const QString& storyId, int firstParagraph,
                               int lastParagraph, const QString& style);
};

// A character style given to a range of a story's text (empty: none).
class ApplyCharacterStyleCommand : public StoryChangeCommand {
public:
    ApplyCharacterStyleCommand(EditSession* session, const QString& storyId, int from, int to,
                               const QString& style);
};

// A paragraph style's settings changed: every paragraph in it reflows.
class EditParagraphStyleCommand : public QUndoCommand {
public:
    EditParagraphStyleCommand(EditSession* session, const ParagraphStyle& after);
    void redo() override;
    void undo() override;

private:
    void set(const ParagraphStyle& style);
    EditSession* session_;
    ParagraphStyle before_, after_;
};

// A character style's settings changed: every run in it reflows.
class EditCharacterStyleCommand : public QUndoCommand {
public:
    EditCharacterStyleCommand(EditSession* session, const CharacterStyle& after);
    void redo() override;
    void undo() override;

private:
    void set(const CharacterStyle& style);
    EditSession* session_;
    CharacterStyle before_, after_;
};

// Structural edits that change the edition's lists (frames, pages, stories, threads):
// what an edit means is a function of model/edition_edits; the command keeps only what it
// changed (an EditionPatch: the pages and stories that differ, before and after).
class StructureCommand : public QUndoCommand {
public:
    void redo() override;
    void undo() override;
    bool changesSomething() const { return !patch_.empty(); }

protected:
    StructureCommand(EditSession* session, const QString& text);
    // Called once by the subclass's constructor: the edit, done on a copy of the edition
    // to learn what it changes.
    void record(const std::function<void(Edition&)>& edit);
    EditSession* session_;

private:
    EditionPatch patch_;
};

// A new frame on a page (a text frame with a new, empty story of its own).
class AddFrameCommand : public StructureCommand {
public:
    AddFrameCommand(EditSession* session, int page, Frame frame);
    QString frameId() const { return frameId_; }

private:
    QString frameId_;
};

// A frame removed with what belongs to it alone (model/edition_edits: deleteFrame).
class DeleteFrameCommand : public StructureCommand {
public:
    DeleteFrameCommand(EditSession* session, const QString& frameId);
};

// A text frame added to the end of a story's thread (taken from any thread it was in).
class ThreadFrameCommand : public StructureCommand {
public:
    ThreadFrameCommand(EditSession* session, const QString& storyId, const QString& frameId);
};

// A text frame taken out of its story's thread.
class UnthreadFrameCommand : public StructureCommand {
public:
    UnthreadFrameCommand(EditSession* session, const QString& frameId);
};

// A page added after `index` (same size, margins and grid, no frames).
class AddPageCommand : public StructureCommand {
public:
    AddPageCommand(EditSession* session, int index);
};

// A page and its frames removed.
class RemovePageCommand : public StructureCommand {
public:
    RemovePageCommand(EditSession* session, int index);
};

// A page moved to another place in the edition (its number, jump lines and 报眉 follow).
class MovePageCommand : public StructureCommand {
public:
    MovePageCommand(EditSession* session, int from, int to);
};

// A ruler guide added to a page.
class AddGuideCommand : public StructureCommand {
public:
    AddGuideCommand(EditSession* session, int page, Guide guide);
};

// The guides of a page removed.
class ClearGuidesCommand : public StructureCommand {
public:
    ClearGuidesCommand(EditSession* session, int page);
};

// Edits by hand on the page --------------------------------------------------------------

// A photo's crop moved with the mouse: a drag is one step; turns of the wheel on the same
// photo in a row are one step together.
enum class CropGesture { Drag, Wheel };
class CropImageCommand : public FramePropertiesCommand {
public:
    CropImageCommand(EditSession* session, const Frame& after, CropGesture gesture);
    int id() const override { return kCropImageCommand; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    CropGesture gesture_;
};

// A story continued into the frame clicked after a frame's out-port (model/thread_edits).
class ThreadAfterCommand : public StructureCommand {
public:
    ThreadAfterCommand(EditSession* session, const QString& after, const QString& next);
};

// A thread broken after a frame: the frames that followed it hold nothing.
class BreakThreadCommand : public StructureCommand {
public:
    BreakThreadCommand(EditSession* session, const QString& frameId);
};

// A page's 版名 and 责任编辑 (its 报眉 shows them).
class PageInfoCommand : public StructureCommand {
public:
    PageInfoCommand(EditSession* session, int page, const QString& section, const QString& editor);
};

// A frame brought to the front of its page or sent to the back.
class RestackFrameCommand : public StructureCommand {
public:
    RestackFrameCommand(EditSession* session, const QString& frameId, bool toFront);
};

// A caption frame tied below a photo (model/place_photo: addCaption).
class AddCaptionCommand : public StructureCommand {
public:
    AddCaptionCommand(EditSession* session, const QString& photoId);
    QString captionId() const { return captionId_; }

private:
    QString captionId_;
};

// A photo placed on the page with its caption frame tied below it (model/place_photo).
class PlacePhotoCommand : public StructureCommand {
public:
    PlacePhotoCommand(EditSession* session, int page, const Rect& rect, const QString& imagePath);
    const PlacedPhoto& placed() const { return placed_; }

private:
    PlacedPhoto placed_;
};

}  // namespace paiban::editor
