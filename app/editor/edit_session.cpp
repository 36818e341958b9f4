#include "editor/edit_session.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>

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
    removeRecovery();
    path_ = QFileInfo(path).absoluteFilePath();
    stack_.setClean();
    return true;
}

QString EditSession::recoveryPathFor(const QString& documentPath) {
    const QByteArray key =
        QCryptographicHash::hash(QFileInfo(documentPath).absoluteFilePath().toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex();
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/recovery/") + QString::fromLatin1(key) + QStringLiteral(".paiban");
}

bool EditSession::writeRecovery(QString* error) {
    if (!edition_ || !isModified() || recoveredAt_ == stack_.index())
        return true;
    const QString path = recoveryPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!saveEdition(*edition_, path, error))
        return false;
    // Beside it, which document it belongs to: the next start can name it.
    QFile owner(path + QStringLiteral(".path"));
    if (owner.open(QIODevice::WriteOnly))
        owner.write(path_.toUtf8());
    recoveredAt_ = stack_.index();
    return true;
}

QStringList EditSession::pendingRecoveries() {
    const QDir folder(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                      QStringLiteral("/recovery"));
    QStringList documents;
    for (const QFileInfo& owner :
         folder.entryInfoList({QStringLiteral("*.paiban.path")}, QDir::Files)) {
        QFile file(owner.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString document = QString::fromUtf8(file.readAll());
        if (QFile::exists(recoveryPathFor(document)))
            documents << document;
    }
    return documents;
}

void EditSession::removeRecovery() {
    if (!path_.isEmpty()) {
        QFile::remove(recoveryPath());
        QFile::remove(recoveryPath() + QStringLiteral(".path"));
    }
    recoveredAt_ = -1;
}

bool EditSession::restoreRecovery(QString* error) {
    LoadResult recovered = loadEdition(recoveryPath());
    if (!recovered.edition) {
        *error = recovered.errorText();
        return false;
    }
    edition_ = std::move(recovered.edition);
    cache_ = std::make_unique<LayoutCache>();
    stack_.clear();
    stack_.resetClean();  // the restored work is not saved yet
    changed();
    return true;
}

void EditSession::changed() {
    if (!edition_)
        return;
    display_ = layoutEdition(*edition_, documentDir(), FontRegistry::shared(), *cache_);
    Q_EMIT laidOut();
}

}  // namespace paiban::editor
