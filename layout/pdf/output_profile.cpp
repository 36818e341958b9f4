#include "pdf/output_profile.h"

#include <lcms2.h>

#include <QFile>
#include <QFileInfo>

namespace paiban {

QString fallbackOutputProfilePath() {
    return QStringLiteral("/usr/share/color/icc/ghostscript/default_cmyk.icc");
}

std::optional<OutputProfile> loadOutputProfile(const QString& requested, QString* error) {
    QString path = requested;
    if (path.isEmpty())
        path = qEnvironmentVariable("PAIBAN_CMYK_PROFILE");
    if (path.isEmpty())
        path = fallbackOutputProfilePath();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the CMYK output profile %1: %2")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    OutputProfile profile{QFileInfo(path).absoluteFilePath(), file.readAll(), {}};
    cmsHPROFILE handle = cmsOpenProfileFromMem(profile.data.constData(),
                                               static_cast<cmsUInt32Number>(profile.data.size()));
    if (!handle) {
        *error = QStringLiteral("%1 is not an ICC profile").arg(path);
        return std::nullopt;
    }
    const bool cmyk = cmsGetColorSpace(handle) == cmsSigCmykData &&
                      cmsGetDeviceClass(handle) == cmsSigOutputClass;
    char description[256] = {};
    cmsGetProfileInfoASCII(handle, cmsInfoDescription, "en", "US", description, sizeof description);
    cmsCloseProfile(handle);
    if (!cmyk) {
        *error = QStringLiteral("%1 is not a CMYK output (printer) profile").arg(path);
        return std::nullopt;
    }
    profile.description = QString::fromLatin1(description).trimmed();
    if (profile.description.isEmpty())
        profile.description = QFileInfo(path).completeBaseName();
    return profile;
}

}  // namespace paiban
