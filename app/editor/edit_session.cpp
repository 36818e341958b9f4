#include "editor/edit_session.h"

#include <QFileInfo>

#include "editor/settings.h"
#include "io/document_io.h"
#include "shaping/font_registry.h"

namespace paiban::editor {

EditSession::EditSession(QObject* parent)
    : QObject(parent), cache_(std::make_unique<LayoutCache>()) {}

EditSession::~EditSession() = default;

QString EditSession::documentDir() const {
    return QFileInfo(path_).absolutePath();
}

bool EditSession::open(const QString& path, QString* error) {
    const LoadResult loaded = loadEdition(path);
    if (!loaded.edition) {
        *error = loaded.errorText();
        return false;
    }
    edition_ = loaded.edition;
    path_ = QFileInfo(path).absoluteFilePath();
    cache_ = std::make_unique<LayoutCache>();
    stack_.clear();
    changed();
    Q_EMIT documentReplaced();
    return true;
}

bool EditSession::saveAs(const QString& path, QString* error) {
    if (!saveEdition(*edition_, path, error, settings::keepBackup.get()))
        return false;
    path_ = QFileInfo(path).absoluteFilePath();
    stack_.setClean();
    return true;
}

void EditSession::changed() {
    if (!edition_)
        return;
    display_ = layoutEdition(*edition_, documentDir(), FontRegistry::shared(), *cache_);
    Q_EMIT laidOut();
}

}  // namespace paiban::editor
