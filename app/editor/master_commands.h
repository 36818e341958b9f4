// The undoable edits of master pages and of Document Setup: what each means is a function
// of layout/model (masters, document_setup); each command records what it changed as an
// EditionPatch (StructureCommand), so that undo puts back exactly what was there.
#pragma once

#include "editor/commands.h"
#include "model/document_setup.h"

namespace paiban::editor {

// A page's master set: a name, "" for none, or nullopt for the edition's rule.
class ApplyMasterCommand : public StructureCommand {
public:
    ApplyMasterCommand(EditSession* session, int page, const std::optional<QString>& master);
};

// A master item released on one page: it becomes the page's own frame.
class ReleaseMasterItemCommand : public StructureCommand {
public:
    ReleaseMasterItemCommand(EditSession* session, int page, const QString& itemId);
    QString frameId() const { return frameId_; }

private:
    QString frameId_;
};

// A master item changed (its place and size, its colours): every page using it follows.
class EditMasterItemCommand : public StructureCommand {
public:
    EditMasterItemCommand(EditSession* session, const QString& master, const Frame& item);
};

// A master item's text replaced (fields kept as fields): shows on every page using it.
class EditMasterTextCommand : public StructureCommand {
public:
    EditMasterTextCommand(EditSession* session, const QString& master, const QString& itemId,
                          const std::vector<Paragraph>& paragraphs);
};

// Document Setup applied to every page, or to one (a page index): one step.
class DocumentSetupCommand : public StructureCommand {
public:
    DocumentSetupCommand(EditSession* session, const DocumentSetup& setup, std::optional<int> page);
};

}  // namespace paiban::editor
