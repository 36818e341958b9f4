// Image XObjects for the press PDF. JPEGs in CMYK or grey pass through untouched (an
// Adobe CMYK JPEG with the /Decode that undoes its inversion); RGB photos are converted
// to the press's CMYK (press_image) unless the PDF is a proof; other formats are decoded
// and Flate-compressed. Each file is written once however often it is placed.
#pragma once

#include <QByteArray>
#include <QString>
#include <map>
#include <optional>

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
    // `profile` null: keep RGB as RGB. `cacheDir` non-empty: converted photos are kept
    // there by content, so the next export of the same photo skips the conversion.
    ImageWriter(PdfFile& file, const OutputProfile* profile, QString cacheDir);

    std::optional<ImageObject> objectFor(const QString& path, QString* problem);

private:
    std::optional<QByteArray> convertedPhoto(const QByteArray& source, QString* problem);

    PdfFile& file_;
    const OutputProfile* profile_;
    QString cacheDir_;
    QByteArray profileDigest_;  // part of a converted photo's cache key
    std::map<QString, ImageObject> written_;
};

}  // namespace paiban::pdf
