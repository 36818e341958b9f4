// The undoable swatch edits of the Swatches panel: add, change (values, kind, name) and
// delete. What each means is model/swatches (addSwatch, changeSwatch, deleteSwatch,
// tested headless); the command keeps the swatches, the style sheet and the frames whose
// colours the edit changed, before and after.
#pragma once

#include <QUndoCommand>
#include <functional>

#include "model/document.h"

namespace paiban::editor {

class EditSession;

class SwatchEditCommand : public QUndoCommand {
public:
    using Edit = std::function<bool(Edition&, QString* why)>;
    // Runs `edit` on a copy of the session's edition; when it refuses, *why says so and
    // the command changes nothing (check changesSomething() before pushing it).
    SwatchEditCommand(EditSession* session, const QString& text, const Edit& edit, QString* why);
    bool changesSomething() const { return changes_; }
    void redo() override;
    void undo() override;

private:
    struct FrameColours {
        QString id;
        Frame before, after;
    };
    void apply(bool forward);
    EditSession* session_;
    bool changes_ = false;
    std::vector<Swatch> swatchesBefore_, swatchesAfter_;
    StyleSheet stylesBefore_, stylesAfter_;
    std::vector<FrameColours> frames_;
};

}  // namespace paiban::editor
