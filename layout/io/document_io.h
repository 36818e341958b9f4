// The .paiban file: versioned, human-readable JSON. Loading validates everything and
// returns every problem as a message naming where it is (pages[0].frames[2].width …);
// saving is atomic (QSaveFile), so a crash mid-save never loses the document.
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

#include "model/diagnostic.h"
#include "model/document.h"

namespace paiban {

inline constexpr int kDocumentFormatVersion = 1;

struct LoadResult {
    std::optional<Edition> edition;
    Diagnostics errors;         // empty when the edition loaded
    QString errorText() const;  // every error, one per line
};

LoadResult parseEdition(const QByteArray& json, const QString& sourceName);
LoadResult loadEdition(const QString& path);

QByteArray serializeEdition(const Edition& edition);
// Writes atomically; on failure returns false and sets *error.
// Saves atomically (a temporary file, flushed, renamed over the old one). With
// `keepBackup`, the previous version is kept as PATH~ first. On failure the old file is
// left as it was and *error says why.
bool saveEdition(const Edition& edition, const QString& path, QString* error,
                 bool keepBackup = false);

}  // namespace paiban
