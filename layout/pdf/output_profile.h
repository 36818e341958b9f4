// The press's CMYK characterisation: the ICC profile a press PDF names as its output
// intent (PDF/X) and converts RGB photos into. A newsroom configures its printer's
// profile; without one, Ghostscript's default CMYK profile (a SWOP-like coated press,
// Debian package libgs-common) stands in, and the PDF says which it used.
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace paiban {

struct OutputProfile {
    QString path;
    QByteArray data;      // the ICC bytes, embedded as the output intent
    QString description;  // its 'desc' tag: the output condition
};

// Where the profile is looked for when none is given: $PAIBAN_CMYK_PROFILE, then the
// fallback. Reads and checks it is a CMYK output profile.
std::optional<OutputProfile> loadOutputProfile(const QString& path, QString* error);

// The fallback's path.
QString fallbackOutputProfilePath();

}  // namespace paiban
