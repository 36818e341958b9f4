// The editor's settings: each declared here once with its default, read where used.
#pragma once

#include <QDir>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "epaper/epaper.h"
#include "model/units.h"
#include "preflight/preflight.h"

namespace paiban::editor {

template <typename T>
struct Setting {
    const char* key;
    T defaultValue;
    T get() const {
        return QSettings().value(key, QVariant::fromValue(defaultValue)).template value<T>();
    }
    void set(const T& value) const { QSettings().setValue(key, QVariant::fromValue(value)); }
};

namespace settings {
inline const Setting<QByteArray> windowGeometry{"window/geometry", {}};
inline const Setting<QByteArray> windowState{"window/state", {}};
inline const Setting<bool> showGuides{"view/showGuides", true};
inline const Setting<QString> lastDirectory{"files/lastDirectory", {}};
// File › Open Recent: most recent first.
inline const Setting<QStringList> recentFiles{"files/recent", {}};
inline constexpr int kRecentFilesShown = 8;
inline const Setting<bool> proofView{"view/proof", false};
// Keep the previous version of a document as FILE.paiban~ on every save.
inline const Setting<bool> keepBackup{"files/keepBackup", true};
// Unsaved work goes to the recovery file this long after the last change (a crash loses
// at most the last moment's work; a pause in typing is when the disk is free) …
inline const Setting<int> recoveryDelayMs{"files/recoveryDelayMs", 2000};
// … and at least this often while changes go on without a pause, in seconds.
inline const Setting<int> autosaveSeconds{"files/autosaveSeconds", 30};
// Export PDF: press (PDF/X-4, CMYK) unless a proof is asked for, in colour unless greys
// are; marks and bleed as the printer last wanted them; the press's CMYK profile (empty:
// the fallback).
inline const Setting<bool> exportProof{"export/proof", false};
inline const Setting<bool> exportProofGrey{"export/proofGrey", false};
// A proof's notes (ProofMarkup::Notes: none, open, all) and the round its change marks
// count from (by name; none when the document has no round of that name).
inline const Setting<int> exportProofNotes{"export/proofNotes", 1};
inline const Setting<QString> exportChangesSince{"export/changesSince", {}};
inline const Setting<bool> exportCropMarks{"export/cropMarks", false};
inline const Setting<double> exportBleedMm{"export/bleedMm", 0.0};
inline const Setting<QString> exportOutputProfile{"export/outputProfile", {}};
// Export E-paper: the folder last written and the document it was for (offered again for
// that document only), the page images' width in pixels.
inline const Setting<QString> epaperFolder{"export/epaperFolder", {}};
inline const Setting<QString> epaperDocument{"export/epaperDocument", {}};
inline const Setting<int> epaperPageWidthPx{"export/epaperPageWidthPx",
                                            EpaperOptions{}.pageWidthPx};
// The press's ink limit (total area coverage, percent) that preflight checks against.
inline const Setting<double> inkLimitPct{"preflight/inkLimitPct", kNewsprintInkLimitPct};
// Preflight as this user's press has it: its ink limit, its profile for photos.
inline PreflightOptions preflightOptions() {
    PreflightOptions options;
    options.inkLimitPct = inkLimitPct.get();
    options.outputProfile = exportOutputProfile.get();
    return options;
}
// Who proofreads on this computer: the author of the notes and rounds made here (the
// dialogs offer it, and keep what is typed there); empty: the system's user name.
inline const Setting<QString> proofAuthorName{"proof/author", {}};
inline QString proofAuthor() {
    const QString name = proofAuthorName.get();
    if (!name.isEmpty())
        return name;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QDir::home().dirName() : user;
}
// File › Connect to Newsroom…: the last connection string, always without a password
// (newsroom::withoutPassword; libpq's ~/.pgpass holds passwords, Paiban never does).
inline const Setting<QString> newsroomConnection{"newsroom/connection", {}};
// How lengths and type sizes are shown (any unit may be typed): mm, pt, zi (字) or lan
// (栏); hao (号 where a size has a name) or pt.
inline const Setting<QString> lengthUnitName{"units/length", QStringLiteral("mm")};
inline const Setting<QString> typeSizeUnitName{"units/typeSize", QStringLiteral("hao")};
inline LengthUnit lengthUnit() {
    const QString name = lengthUnitName.get();
    return name == QLatin1String("pt")    ? LengthUnit::Point
           : name == QLatin1String("zi")  ? LengthUnit::Zi
           : name == QLatin1String("lan") ? LengthUnit::Lan
                                          : LengthUnit::Millimetre;
}
inline TypeSizeUnit typeSizeUnit() {
    return typeSizeUnitName.get() == QLatin1String("pt") ? TypeSizeUnit::Point : TypeSizeUnit::Hao;
}
}  // namespace settings

}  // namespace paiban::editor
