#include "editor/edit_session.h"

#include "editor/finding_wording.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>

#include "editor/settings.h"
#include "io/document_io.h"
#include "shaping/font_registry.h"

namespace paiban::editor {

EditSession::EditSession(QObject* parent)
    : QObject(parent),
      cache_(std::make_unique<LayoutCache>()),
      recoveryDelayMs_(std::max(0, settings::recoveryDelayMs.get())),
      recoveryLongestGapMs_(std::max(5, settings::autosaveSeconds.get()) * 1000) {
    recoveryTimer_.setSingleShot(true);
    connect(&recoveryTimer_, &QTimer::timeout, this, &EditSession::startRecoveryWrite);
    connect(&stack_, &QUndoStack::indexChanged, this, &EditSession::scheduleRecovery);
}

EditSession::~EditSession() {
    // The stack is a member that goes after the timers: its last indexChanged (from its
    // own destructor) must not reach a session half taken apart (UBSan saw it).
    QObject::disconnect(&stack_, nullptr, this, nullptr);
    finishRecoveryWrite();  // a thread must not outlive what it reports to
}

QString EditSession::documentDir() const {
    return QFileInfo(path_).absolutePath();
}

bool EditSession::open(const QString& path, QString* error) {
    const LoadResult loaded = loadEdition(path);
    if (!loaded.edition) {
        *error = wordedLoadErrors(loaded.errors);
        return false;
    }
    finishRecoveryWrite();  // of the document open until now
    recoveryTimer_.stop();
    recoveredAt_ = -1;
    edition_ = loaded.edition;
    path_ = QFileInfo(path).absoluteFilePath();
    setReadOnly(false);
    cache_ = std::make_unique<LayoutCache>();
    stack_.clear();
    changed();
    Q_EMIT documentReplaced();
    return true;
}

const Edition& EditSession::noEdition() {
    static const Edition none;
    return none;
}

void EditSession::push(QUndoCommand* command) {
    if (!edition_ || readOnly_) {
        delete command;
        if (edition_)
            Q_EMIT editRefused();
        return;
    }
    stack_.push(command);
}

void EditSession::setReadOnly(bool readOnly) {
    if (readOnly_ == readOnly)
        return;
    readOnly_ = readOnly;
    Q_EMIT readOnlyChanged(readOnly);
}

void EditSession::openNew(Edition edition) {
    finishRecoveryWrite();  // of the document open until now
    recoveryTimer_.stop();
    recoveredAt_ = -1;
    edition_ = std::move(edition);
    path_.clear();
    setReadOnly(false);
    cache_ = std::make_unique<LayoutCache>();
    stack_.clear();
    changed();
    Q_EMIT documentReplaced();
}

void EditSession::close() {
    removeRecovery();  // saved, or let go knowingly
    edition_.reset();
    path_.clear();
    setReadOnly(false);
    stack_.clear();
    cache_ = std::make_unique<LayoutCache>();
    display_ = EditionDisplay{};
    Q_EMIT documentReplaced();
    Q_EMIT laidOut();
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

namespace {

// Writes `edition` as the recovery file of `document` (its owner beside it); the error, if
// any, and how long it took.
std::pair<QString, double> writeRecoveryFile(const Edition& edition, const QString& path,
                                             const QString& document) {
    QElapsedTimer clock;
    clock.start();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString error;
    if (!saveEdition(edition, path, &error))
        return {error.isEmpty() ? QStringLiteral("cannot write %1").arg(path) : error, 0};
    // Beside it, which document it belongs to: the next start can name it.
    QFile owner(path + QStringLiteral(".path"));
    if (!owner.open(QIODevice::WriteOnly) || owner.write(document.toUtf8()) < 0)
        return {owner.errorString(), 0};
    return {QString(), clock.nsecsElapsed() / 1e6};
}

}  // namespace

// After every change (and undo and redo): the recovery file is due a moment after the
// last one, or at once if changes have gone on unsaved for the longest gap allowed.
void EditSession::scheduleRecovery() {
    if (edition_ && !isModified() && (recoveredAt_ >= 0 || writing_)) {
        removeRecovery();  // undone back to the saved document: nothing is left to recover
        return;
    }
    if (!edition_ || !isModified() || recoveredAt_ == stack_.index()) {
        recoveryTimer_.stop();
        unsavedSince_.invalidate();
        return;
    }
    if (!unsavedSince_.isValid())
        unsavedSince_.start();
    const qint64 longest = recoveryLongestGapMs_;
    const qint64 delay = std::clamp<qint64>(recoveryDelayMs_, 0, longest);
    recoveryTimer_.start(
        static_cast<int>(std::clamp(longest - unsavedSince_.elapsed(), 0LL, delay)));
}

void EditSession::startRecoveryWrite() {
    if (!edition_ || !isModified() || recoveredAt_ == stack_.index() || path_.isEmpty())
        return;
    if (writing_) {
        if (writing_->result.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
            recoveryTimer_.start(recoveryDelayMs_);  // one at a time
            return;
        }
        if (const auto error = finishRecoveryWrite())
            Q_EMIT recoveryFailed(*error);
    }
    unsavedSince_.invalidate();
    writing_ = RecoveryWrite{stack_.index(), std::async(std::launch::async, writeRecoveryFile,
                                                        *edition_, recoveryPath(), path_)};
    // Its outcome is collected at the next write, a save or a close, or here when it is done.
    QTimer::singleShot(recoveryDelayMs_, this, [this] {
        if (writing_ &&
            writing_->result.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
            if (const auto error = finishRecoveryWrite())
                Q_EMIT recoveryFailed(*error);
        }
    });
}

std::optional<QString> EditSession::finishRecoveryWrite() {
    if (!writing_)
        return std::nullopt;
    const auto [error, ms] = writing_->result.get();
    const int index = writing_->index;
    writing_.reset();
    if (!error.isEmpty())
        return error;
    recoveredAt_ = index;
    lastRecoveryWriteMs_ = ms;
    return std::nullopt;
}

bool EditSession::writeRecovery(QString* error) {
    if (const auto failed = finishRecoveryWrite()) {
        *error = *failed;
        return false;
    }
    if (!edition_ || !isModified() || recoveredAt_ == stack_.index())
        return true;
    recoveryTimer_.stop();
    unsavedSince_.invalidate();
    const auto [failed, ms] = writeRecoveryFile(*edition_, recoveryPath(), path_);
    if (!failed.isEmpty()) {
        *error = failed;
        return false;
    }
    recoveredAt_ = stack_.index();
    lastRecoveryWriteMs_ = ms;
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

void EditSession::discardRecoveryOf(const QString& documentPath) {
    QFile::remove(recoveryPathFor(documentPath));
    QFile::remove(recoveryPathFor(documentPath) + QStringLiteral(".path"));
}

void EditSession::removeRecovery() {
    finishRecoveryWrite();  // or it would write the file again after it is removed
    recoveryTimer_.stop();
    unsavedSince_.invalidate();
    if (!path_.isEmpty()) {
        QFile::remove(recoveryPath());
        QFile::remove(recoveryPath() + QStringLiteral(".path"));
    }
    recoveredAt_ = -1;
}

bool EditSession::restoreRecovery(QString* error) {
    LoadResult recovered = loadEdition(recoveryPath());
    if (!recovered.edition) {
        *error = wordedLoadErrors(recovered.errors);
        return false;
    }
    edition_ = std::move(recovered.edition);
    cache_ = std::make_unique<LayoutCache>();
    stack_.clear();
    stack_.resetClean();  // the restored work is not saved yet
    changed();
    Q_EMIT documentReplaced();
    return true;
}

void EditSession::changed() {
    if (!edition_)
        return;
    display_ = layoutEdition(*edition_, documentDir(), FontRegistry::shared(), *cache_);
    Q_EMIT laidOut();
}

}  // namespace paiban::editor
