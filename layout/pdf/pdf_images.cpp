#include "pdf/pdf_images.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSaveFile>

#include "display/image_header.h"
#include "pdf/output_profile.h"
#include "pdf/pdf_file.h"
#include "pdf/press_image.h"

namespace paiban::pdf {
namespace {

// JPEG quality of photos converted to CMYK: visually lossless on newsprint, about the
// size of the RGB original.
constexpr int kConvertedPhotoQuality = 85;

QByteArray imageDict(int width, int height, const QByteArray& space) {
    return " /Type /XObject /Subtype /Image /Width " + QByteArray::number(width) + " /Height " +
           QByteArray::number(height) + " /ColorSpace " + space + " /BitsPerComponent 8";
}

}  // namespace

ImageWriter::ImageWriter(PdfFile& file, const OutputProfile* profile, QString cacheDir)
    : file_(file), profile_(profile), cacheDir_(std::move(cacheDir)) {
    if (profile_ && !cacheDir_.isEmpty())
        profileDigest_ = QCryptographicHash::hash(profile_->data, QCryptographicHash::Sha1);
}

std::optional<QByteArray> ImageWriter::convertedPhoto(const QByteArray& source, QString* problem) {
    QString cached;
    if (!cacheDir_.isEmpty()) {
        QCryptographicHash key(QCryptographicHash::Sha1);
        key.addData(source);
        key.addData(profileDigest_);
        key.addData(QByteArray::number(kConvertedPhotoQuality));
        cached = QDir(cacheDir_).filePath(QString::fromLatin1(key.result().toHex()) + ".jpg");
        QFile file(cached);
        if (file.open(QIODevice::ReadOnly))
            return file.readAll();
    }
    const auto converted =
        cmykJpegFromImage(QImage::fromData(source), *profile_, kConvertedPhotoQuality);
    if (!converted) {
        *problem = QStringLiteral("could not convert to CMYK");
        return std::nullopt;
    }
    if (!cached.isEmpty() && QDir().mkpath(cacheDir_)) {
        QSaveFile file(cached);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(*converted);
            file.commit();
        }
    }
    return converted;
}

std::optional<ImageObject> ImageWriter::objectFor(const QString& path, QString* problem) {
    if (auto it = written_.find(path); it != written_.end())
        return it->second;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *problem = f.errorString();
        return std::nullopt;
    }
    QByteArray data = f.readAll();
    ImageObject object;
    object.name = "Im" + QByteArray::number(static_cast<qsizetype>(written_.size() + 1));
    auto jpeg = jpegHeader(data);
    if (jpeg && jpeg->components == 3 && profile_) {
        // An RGB photo for the press: into the press's CMYK, still a JPEG.
        const auto converted = convertedPhoto(data, problem);
        if (!converted)
            return std::nullopt;
        data = *converted;
        jpeg = jpegHeader(data);
    }
    object.id = file_.reserve();
    if (jpeg && jpeg->components != 2) {
        object.width = jpeg->width;
        object.height = jpeg->height;
        const QByteArray space = jpeg->components == 1   ? "/DeviceGray"
                                 : jpeg->components == 4 ? "/DeviceCMYK"
                                                         : "/DeviceRGB";
        const QByteArray decode =
            jpeg->components == 4 && jpeg->adobe ? " /Decode [1 0 1 0 1 0 1 0]" : "";
        file_.writeRawStream(
            object.id, imageDict(jpeg->width, jpeg->height, space) + decode + " /Filter /DCTDecode",
            data);
    } else {
        QImage image = QImage::fromData(data);
        if (image.isNull()) {
            *problem = QStringLiteral("not an image Qt can read");
            return std::nullopt;
        }
        object.width = image.width();
        object.height = image.height();
        if (profile_) {
            // Lossless in, lossless out: the press's CMYK, Flate-compressed.
            const auto pixels = cmykPixelsFromImage(image, *profile_);
            if (!pixels) {
                *problem = QStringLiteral("could not convert to CMYK");
                return std::nullopt;
            }
            file_.writeStream(object.id, imageDict(object.width, object.height, "/DeviceCMYK"),
                              *pixels);
        } else {
            image = image.convertToFormat(QImage::Format_RGB888);
            QByteArray pixels;
            for (int row = 0; row < image.height(); ++row) {
                pixels.append(reinterpret_cast<const char*>(image.constScanLine(row)),
                              image.width() * 3);
            }
            file_.writeStream(object.id, imageDict(image.width(), image.height(), "/DeviceRGB"),
                              pixels);
        }
    }
    written_.emplace(path, object);
    return object;
}

}  // namespace paiban::pdf
