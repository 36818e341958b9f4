// Image XObjects. For the press, JPEGs in CMYK or grey pass through untouched (an Adobe
// CMYK JPEG with the /Decode that undoes its inversion); RGB photos are converted to the
// press's CMYK (press_image); other formats are decoded and Flate-compressed. For proofs,
// JPEGs already in the proof's colours pass through; the rest is decoded (CMYK as the
// screen decodes it) into RGB or grey, a JPEG again if it was one, else Flate. Photos keep
// their pixels' count either way. Each file is written once however often it is placed.
#pragma once

#include <QByteArray>
#include <QString>
#include <map>
#include <optional>

#include "pdf/pdf_colours.h"

namespace paiban {
struct OutputProfile;
}

namespace paiban::pdf {

class PdfFile;

struct ImageObject {
    QByteArray name;  // resource name: /Im1 …
    int id = 0;
    int width = 0, height = 0;
};

class ImageWriter {
public:
    // For ColourModel::Cmyk, `profile` null keeps RGB as RGB. `cacheDir` non-empty:
    // photos converted for the press are kept there by content, so the next export of the
    // same photo skips the conversion.
    ImageWriter(PdfFile& file, ColourModel model, const OutputProfile* profile, QString cacheDir);

    std::optional<ImageObject> objectFor(const QString& path, QString* problem);

private:
    std::optional<QByteArray> convertedPhoto(const QByteArray& source, QString* problem);
    // The image in a proof's colours; false with *problem if it cannot be read.
    bool writeProofImage(const QByteArray& data, bool wasJpeg, ImageObject* object,
                         QString* problem);

    PdfFile& file_;
    ColourModel model_;
    const OutputProfile* profile_;
    QString cacheDir_;
    QByteArray profileDigest_;  // part of a converted photo's cache key
    std::map<QString, ImageObject> written_;
};

}  // namespace paiban::pdf
