#include "editor/commands.h"

#include <QCoreApplication>
#include <algorithm>

#include "editor/edit_session.h"
#include "model/text_edit.h"
#include "model/thread_edits.h"

namespace paiban::editor {
namespace {

// Undo stack labels: one translation context for every command.
QString translated(const char* text) {
    return QCoreApplication::translate("paiban::editor::Commands", text);
}

Story* storyById(Edition& edition, const QString& id) {
    for (Story& s : edition.stories) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

ParagraphStyle* paragraphStyleByName(Edition& edition, const std::string& name) {
    for (ParagraphStyle& s : edition.styles.paragraphStyles) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

}  // namespace

// Move / resize --------------------------------------------------------------------------

MoveFrameCommand::MoveFrameCommand(EditSession* session, const QString& frameId, const Rect& to,
                                   MoveGesture gesture)
    : session_(session),
      frameId_(frameId),
      changes_(placeFrame(session->edition(), frameId, to)),
      gesture_(gesture) {
    const Frame* f = session->edition().frame(frameId).second;
    const bool resized = f && (f->rect.width != to.width || f->rect.height != to.height);
    setText(resized ? translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "Resize Frame"))
                    : translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "Move Frame")));
}

void MoveFrameCommand::apply(bool forward) {
    applyFrameRects(session_->mutableEdition(), changes_, forward);
    session_->changed();
}

void MoveFrameCommand::redo() {
    apply(true);
}
void MoveFrameCommand::undo() {
    apply(false);
}

bool MoveFrameCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const MoveFrameCommand*>(other);
    if (next->frameId_ != frameId_ || gesture_ != MoveGesture::Nudge ||
        next->gesture_ != MoveGesture::Nudge)
        return false;
    changes_ = combineFrameRects(std::move(changes_), next->changes_);
    return true;
}

// Frame properties -------------------------------------------------------------------------

FramePropertiesCommand::FramePropertiesCommand(EditSession* session, const Frame& after)
    : session_(session), after_(after) {
    if (const Frame* f = session->edition().frame(after.id).second)
        before_ = *f;
    setText(translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "Frame Properties")));
}

void FramePropertiesCommand::set(const Frame& frame) {
    if (Frame* f = session_->mutableEdition().mutableFrame(frame.id)) {
        *f = frame;
        session_->changed();
    }
}

void FramePropertiesCommand::redo() {
    set(after_);
}
void FramePropertiesCommand::undo() {
    set(before_);
}

// Text ----------------------------------------------------------------------------------------

StoryChangeCommand::StoryChangeCommand(EditSession* session, const QString& storyId)
    : session_(session) {
    if (const Story* s = session->edition().story(storyId)) {
        before_ = *s;
        after_ = *s;
    }
}

void StoryChangeCommand::set(const Story& story) {
    if (Story* s = storyById(session_->mutableEdition(), story.id)) {
        *s = story;
        session_->changed();
    }
}

void StoryChangeCommand::redo() {
    set(after_);
}
void StoryChangeCommand::undo() {
    set(before_);
}

TypeTextCommand::TypeTextCommand(EditSession* session, const QString& storyId, int offset,
                                 int removed, const QString& inserted)
    : TypeTextCommand(session, storyId, offset, removed, inserted, kindOf(removed, inserted)) {}

TypeTextCommand::TypeTextCommand(EditSession* session, const QString& storyId, int offset,
                                 int removed, const QString& inserted, TextEditKind kind)
    : StoryChangeCommand(session, storyId), kind_(kind) {
    replaceStoryText(after_, offset, removed, inserted);
    caretBefore_ = offset;
    removed_ = removed;
    caretAfter_ = offset + static_cast<int>(inserted.size());
    endsParagraph_ = inserted.endsWith(u'\n');
    setText(inserted.isEmpty()
                ? translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "Delete Text"))
            : kind == TextEditKind::Typing
                ? translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "Typing"))
                : translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "Replace Text")));
}

TextEditKind TypeTextCommand::kindOf(int removed, const QString& inserted) {
    // An input method commits a phrase at once; more than this at a time is a paste.
    constexpr int kLongestTypedChunk = 16;
    if (inserted.isEmpty())
        return TextEditKind::Deleting;
    const bool paragraphBreak = inserted == QStringLiteral("\n");  // Return
    if (removed == 0 &&
        (paragraphBreak || (inserted.size() <= kLongestTypedChunk && !inserted.contains(u'\n'))))
        return TextEditKind::Typing;
    return TextEditKind::Replacing;
}

bool TypeTextCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const TypeTextCommand*>(other);
    if (next->after_.id != after_.id || !(next->before_ == after_) || next->kind_ != kind_)
        return false;
    bool continues = false;
    switch (kind_) {
        case TextEditKind::Typing:  // at the caret, and not past a paragraph break
            continues = next->caretBefore_ == caretAfter_ && !endsParagraph_;
            break;
        case TextEditKind::Deleting:  // Delete at the caret, or Backspace before it
            continues = next->caretBefore_ == caretAfter_ ||
                        next->caretBefore_ + next->removed_ == caretAfter_;
            break;
        case TextEditKind::Replacing:
            break;
    }
    if (!continues)
        return false;
    after_ = next->after_;
    caretAfter_ = next->caretAfter_;
    endsParagraph_ = next->endsParagraph_;
    return true;
}

// Paragraph styles -------------------------------------------------------------------------

ApplyParagraphStyleCommand::ApplyParagraphStyleCommand(EditSession* session, const QString& storyId,
                                                       int firstParagraph, int lastParagraph,
                                                       const QString& style)
    : StoryChangeCommand(session, storyId) {
    for (int i = std::max(0, firstParagraph);
         i <= lastParagraph && i < static_cast<int>(after_.paragraphs.size()); ++i) {
        after_.paragraphs[static_cast<size_t>(i)].style = style;
    }
    setText(translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "Apply Paragraph Style %1"))
                .arg(style));
}

ApplyCharacterStyleCommand::ApplyCharacterStyleCommand(EditSession* session, const QString& storyId,
                                                       int from, int to, const QString& style)
    : StoryChangeCommand(session, storyId) {
    applyCharacterStyle(after_, from, to, style);
    setText(translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "Apply Character Style %1"))
                .arg(style));
}

EditParagraphStyleCommand::EditParagraphStyleCommand(EditSession* session,
                                                     const ParagraphStyle& after)
    : session_(session), after_(after) {
    if (const ParagraphStyle* s =
            session->edition().styles.paragraphStyle(QString::fromStdString(after.name))) {
        before_ = *s;
    }
    setText(translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "Edit Paragraph Style %1"))
                .arg(QString::fromStdString(after.name)));
}

void EditParagraphStyleCommand::set(const ParagraphStyle& style) {
    if (ParagraphStyle* s = paragraphStyleByName(session_->mutableEdition(), style.name)) {
        *s = style;
        session_->changed();
    }
}

void EditParagraphStyleCommand::redo() {
    set(after_);
}
void EditParagraphStyleCommand::undo() {
    set(before_);
}

EditCharacterStyleCommand::EditCharacterStyleCommand(EditSession* session,
                                                     const CharacterStyle& after)
    : session_(session), after_(after) {
    if (const CharacterStyle* s =
            session->edition().styles.characterStyle(QString::fromStdString(after.name))) {
        before_ = *s;
    }
    setText(translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "Edit Character Style %1"))
                .arg(QString::fromStdString(after.name)));
}

void EditCharacterStyleCommand::set(const CharacterStyle& style) {
    for (CharacterStyle& s : session_->mutableEdition().styles.characterStyles) {
        if (s.name == style.name) {
            s = style;
            session_->changed();
            return;
        }
    }
}

void EditCharacterStyleCommand::redo() {
    set(after_);
}
void EditCharacterStyleCommand::undo() {
    set(before_);
}

// Structure ---------------------------------------------------------------------------------

StructureCommand::StructureCommand(EditSession* session, const QString& text) : session_(session) {
    setText(text);
}

void StructureCommand::record(const std::function<void(Edition&)>& edit) {
    Edition after = session_->edition();
    edit(after);
    patch_ = diffEditions(session_->edition(), after);
}

void StructureCommand::redo() {
    if (patch_.empty()) {
        setObsolete(true);  // nothing changed (a page that cannot go): no undo step
        return;
    }
    applyPatch(session_->mutableEdition(), patch_, true);
    session_->changed();
}
void StructureCommand::undo() {
    applyPatch(session_->mutableEdition(), patch_, false);
    session_->changed();
}

AddFrameCommand::AddFrameCommand(EditSession* session, int page, Frame frame)
    : StructureCommand(session,
                       translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "New Frame"))) {
    record([&](Edition& e) { frameId_ = addFrame(e, page, std::move(frame)); });
}

DeleteFrameCommand::DeleteFrameCommand(EditSession* session, const QString& frameId)
    : StructureCommand(session,
                       translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "Delete Frame"))) {
    record([&](Edition& e) { deleteFrame(e, frameId); });
}

ThreadFrameCommand::ThreadFrameCommand(EditSession* session, const QString& storyId,
                                       const QString& frameId)
    : StructureCommand(session,
                       translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "Thread Frame"))) {
    record([&](Edition& e) { threadFrame(e, storyId, frameId); });
}

UnthreadFrameCommand::UnthreadFrameCommand(EditSession* session, const QString& frameId)
    : StructureCommand(
          session, translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "Unthread Frame"))) {
    record([&](Edition& e) { unthreadFrame(e, frameId); });
}

AddPageCommand::AddPageCommand(EditSession* session, int index)
    : StructureCommand(session,
                       translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "New Page"))) {
    record([&](Edition& e) { addPage(e, index); });
}

RemovePageCommand::RemovePageCommand(EditSession* session, int index)
    : StructureCommand(session,
                       translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "Delete Page"))) {
    record([&](Edition& e) { removePage(e, index); });
}

MovePageCommand::MovePageCommand(EditSession* session, int from, int to)
    : StructureCommand(session,
                       translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "Move Page"))) {
    record([&](Edition& e) { movePage(e, from, to); });
}

AddGuideCommand::AddGuideCommand(EditSession* session, int page, Guide guide)
    : StructureCommand(session,
                       translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "New Guide"))) {
    record([&](Edition& e) { addGuide(e, page, guide); });
}

ClearGuidesCommand::ClearGuidesCommand(EditSession* session, int page)
    : StructureCommand(session,
                       translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "Clear Guides"))) {
    record([&](Edition& e) { clearGuides(e, page); });
}

// Edits by hand on the page --------------------------------------------------------------

CropImageCommand::CropImageCommand(EditSession* session, const Frame& after, CropGesture gesture)
    : FramePropertiesCommand(session, after), gesture_(gesture) {
    setText(translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "Crop Photo")));
}

bool CropImageCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const CropImageCommand*>(other);
    if (gesture_ != CropGesture::Wheel || next->gesture_ != CropGesture::Wheel ||
        next->after_.id != after_.id)
        return false;
    after_ = next->after_;
    return true;
}

ThreadAfterCommand::ThreadAfterCommand(EditSession* session, const QString& after,
                                       const QString& next)
    : StructureCommand(session,
                       translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "Thread Frame"))) {
    record([&](Edition& e) { threadAfter(e, after, next); });
}

BreakThreadCommand::BreakThreadCommand(EditSession* session, const QString& frameId)
    : StructureCommand(session,
                       translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "Break Thread"))) {
    record([&](Edition& e) { breakThreadAfter(e, frameId); });
}

PageInfoCommand::PageInfoCommand(EditSession* session, int page, const QString& section,
                                 const QString& editor)
    : StructureCommand(
          session, translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "Page Information"))) {
    record([&](Edition& e) { setPageInfo(e, page, section, editor); });
}

RestackFrameCommand::RestackFrameCommand(EditSession* session, const QString& frameId, bool toFront)
    : StructureCommand(
          session,
          toFront ? translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "Bring to Front"))
                  : translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "Send to Back"))) {
    record([&](Edition& e) { restackFrame(e, frameId, toFront); });
}

AddCaptionCommand::AddCaptionCommand(EditSession* session, const QString& photoId)
    : StructureCommand(session,
                       translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "Add Caption"))) {
    record([&](Edition& e) { captionId_ = addCaption(e, photoId).captionId; });
}

PlacePhotoCommand::PlacePhotoCommand(EditSession* session, int page, const Rect& rect,
                                     const QString& imagePath)
    : StructureCommand(session,
                       translated(QT_TRANSLATE_NOOP("paiban::editor::Commands", "Place Photo"))) {
    record([&](Edition& e) { placed_ = placePhoto(e, page, rect, imagePath); });
}

}  // namespace paiban::editor
