#include "editor/master_commands.h"

#include <QCoreApplication>

#include "model/masters.h"

namespace paiban::editor {
namespace {

QString translated(const char* text) {
    return QCoreApplication::translate("paiban::editor::MasterCommands", text);
}

}  // namespace

ApplyMasterCommand::ApplyMasterCommand(EditSession* session, int page,
                                       const std::optional<QString>& master)
    : StructureCommand(session, translated(QT_TRANSLATE_NOOP("paiban::editor::MasterCommands",
                                                             "Apply Master"))) {
    record([&](Edition& e) { applyMaster(e, page, master); });
}

ReleaseMasterItemCommand::ReleaseMasterItemCommand(EditSession* session, int page,
                                                   const QString& itemId)
    : StructureCommand(session, translated(QT_TRANSLATE_NOOP("paiban::editor::MasterCommands",
                                                             "Release from Master"))) {
    record([&](Edition& e) { frameId_ = releaseMasterItem(e, page, itemId); });
}

EditMasterTextCommand::EditMasterTextCommand(EditSession* session, const QString& master,
                                             const QString& itemId,
                                             const std::vector<Paragraph>& paragraphs)
    : StructureCommand(session, translated(QT_TRANSLATE_NOOP("paiban::editor::MasterCommands",
                                                             "Edit Master Text"))) {
    record([&](Edition& e) { setMasterItemText(e, master, itemId, paragraphs); });
}

EditMasterItemCommand::EditMasterItemCommand(EditSession* session, const QString& master,
                                             const Frame& item)
    : StructureCommand(session, translated(QT_TRANSLATE_NOOP("paiban::editor::MasterCommands",
                                                             "Edit Master Item"))) {
    record([&](Edition& e) { editMasterItem(e, master, item); });
}

DocumentSetupCommand::DocumentSetupCommand(EditSession* session, const DocumentSetup& setup,
                                           std::optional<int> page)
    : StructureCommand(session, translated(QT_TRANSLATE_NOOP("paiban::editor::MasterCommands",
                                                             "Document Setup"))) {
    record([&](Edition& e) { applySetup(e, setup, page); });
}

}  // namespace paiban::editor
