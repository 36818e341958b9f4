#include "editor/swatch_commands.h"

#include "editor/edit_session.h"

namespace paiban::editor {

SwatchEditCommand::SwatchEditCommand(EditSession* session, const QString& text, const Edit& edit,
                                     QString* why)
    : session_(session) {
    setText(text);
    Edition copy = session->edition();
    if (!edit(copy, why))
        return;
    const Edition& before = session->edition();
    swatchesBefore_ = before.swatches;
    swatchesAfter_ = copy.swatches;
    stylesBefore_ = before.styles;
    stylesAfter_ = copy.styles;
    for (size_t p = 0; p < before.pages.size() && p < copy.pages.size(); ++p) {
        const auto& was = before.pages[p].frames;
        const auto& now = copy.pages[p].frames;
        for (size_t i = 0; i < was.size() && i < now.size(); ++i) {
            if (!(was[i] == now[i]))
                frames_.push_back({was[i].id, was[i], now[i]});
        }
    }
    changes_ = !(swatchesBefore_ == swatchesAfter_) || !(stylesBefore_ == stylesAfter_) ||
               !frames_.empty();
}

void SwatchEditCommand::apply(bool forward) {
    Edition& e = session_->mutableEdition();
    e.swatches = forward ? swatchesAfter_ : swatchesBefore_;
    e.styles = forward ? stylesAfter_ : stylesBefore_;
    for (const FrameColours& f : frames_) {
        if (Frame* frame = e.mutableFrame(f.id))
            *frame = forward ? f.after : f.before;
    }
    session_->changed();
}

void SwatchEditCommand::redo() {
    apply(true);
}
void SwatchEditCommand::undo() {
    apply(false);
}

}  // namespace paiban::editor
