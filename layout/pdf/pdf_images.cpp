#include "pdf/pdf_images.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSaveFile>
#include <cmath>

#include "display/image_header.h"
#include "pdf/output_profile.h"
#include "pdf/pdf_file.h"
#include "pdf/press_image.h"

namespace paiban::pdf {
namespace {

// JPEG quality of photos converted to CMYK: visually lossless on newsprint, about the
// size of the RGB original.
constexpr int kConvertedPhotoQuality = 85;
// JPEG quality of a proof's photos that had to be decoded (CMYK, or colour in a grey
// proof): a proof is read on screen and office paper, where 85 is indistinguishable.
constexpr int kProofPhotoQuality = 85;

QByteArray imageDict(int width, int height, const QByteArray& space) {
    return " /Type /XObject /Subtype /Image /Width " + QByteArray::number(width) + " /Height " +
           QByteArray::number(height) + " /ColorSpace " + space + " /BitsPerComponent 8";
}

// Grey by the same luma as the grey proof's colours (lumaOf), not Qt's conversion, so
// photos and tints agree.
QImage greyImage(const QImage& source) {
    const QImage rgb = source.convertToFormat(QImage::Format_RGB888);
    QImage grey(rgb.size(), QImage::Format_Grayscale8);
    grey.setDotsPerMeterX(rgb.dotsPerMeterX());
    grey.setDotsPerMeterY(rgb.dotsPerMeterY());
    for (int row = 0; row < rgb.height(); ++row) {
        const uchar* in = rgb.constScanLine(row);
        uchar* out = grey.scanLine(row);
        for (int x = 0; x < rgb.width(); ++x, in += 3)
            out[x] = uchar(std::lround(255 * lumaOf(in[0] / 255.0, in[1] / 255.0, in[2] / 255.0)));
    }
    return grey;
}

// The rows of an image without their padding, as an image stream wants them.
QByteArray packedRows(const QImage& image, int bytesPerPixel) {
    QByteArray pixels;
    pixels.reserve(qsizetype(image.width()) * bytesPerPixel * image.height());
    for (int row = 0; row < image.height(); ++row) {
        pixels.append(reinterpret_cast<const char*>(image.constScanLine(row)),
                      qsizetype(image.width()) * bytesPerPixel);
    }
    return pixels;
}

}  // namespace

ImageWriter::ImageWriter(PdfFile& file, ColourModel model, const OutputProfile* profile,
                         QString cacheDir)
    : file_(file), model_(model), profile_(profile), cacheDir_(std::move(cacheDir)) {
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

bool ImageWriter::writeProofImage(const QByteArray& data, bool wasJpeg, ImageObject* object,
                                  QString* problem) {
    // Qt decodes a CMYK JPEG naively, as the editor's canvas shows it.
    QImage image = QImage::fromData(data);
    if (image.isNull()) {
        *problem = QStringLiteral("not an image Qt can read");
        return false;
    }
    const bool gray = model_ == ColourModel::Gray;
    image = gray ? greyImage(image) : image.convertToFormat(QImage::Format_RGB888);
    object->width = image.width();
    object->height = image.height();
    const QByteArray dict =
        imageDict(image.width(), image.height(), gray ? "/DeviceGray" : "/DeviceRGB");
    if (wasJpeg) {
        // A photo stays a JPEG: Flate of its pixels would be several times the size.
        QByteArray encoded;
        QBuffer buffer(&encoded);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "JPEG", kProofPhotoQuality)) {
            *problem = QStringLiteral("could not encode as JPEG");
            return false;
        }
        file_.writeRawStream(object->id, dict + " /Filter /DCTDecode", encoded);
    } else {
        file_.writeStream(object->id, dict, packedRows(image, gray ? 1 : 3));
    }
    return true;
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
    if (model_ != ColourModel::Cmyk) {
        // A JPEG already in the proof's colours goes in as it is; anything else is decoded.
        const bool fits = jpeg && (jpeg->components == 1 ||
                                   (jpeg->components == 3 && model_ == ColourModel::Rgb));
        if (!fits) {
            object.id = file_.reserve();
            if (!writeProofImage(data, jpeg.has_value(), &object, problem))
                return std::nullopt;
            written_.emplace(path, object);
            return object;
        }
    }
    if (jpeg && jpeg->components == 3 && profile_ && model_ == ColourModel::Cmyk) {
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
            file_.writeStream(object.id, imageDict(image.width(), image.height(), "/DeviceRGB"),
                              packedRows(image, 3));
        }
    }
    written_.emplace(path, object);
    return object;
}

}  // namespace paiban::pdf
