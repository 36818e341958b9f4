#include "pdf/press_image.h"

#include <lcms2.h>
// jpeglib.h needs these first.
#include <jpeglib.h>
#include <cstddef>
#include <cstdio>

#include <memory>
#include <mutex>
#include <vector>

#include "pdf/output_profile.h"

namespace paiban {
namespace {

struct ProfileCloser {
    void operator()(void* p) const { cmsCloseProfile(p); }
};
struct TransformDeleter {
    void operator()(void* t) const { cmsDeleteTransform(t); }
};

// Encodes CMYK rows (4 bytes a pixel, already inverted) as a JPEG in memory.
QByteArray encodeCmykJpeg(const std::vector<uint8_t>& pixels, int width, int height, int quality) {
    jpeg_compress_struct cinfo;
    jpeg_error_mgr jerr;
    cinfo.err = jpeg_std_error(&jerr);
    jpeg_create_compress(&cinfo);
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&cinfo, &buffer, &size);
    cinfo.image_width = static_cast<JDIMENSION>(width);
    cinfo.image_height = static_cast<JDIMENSION>(height);
    cinfo.input_components = 4;
    cinfo.in_color_space = JCS_CMYK;
    jpeg_set_defaults(&cinfo);
    // Stored as YCCK with its two colour-difference planes at half resolution, as
    // Photoshop does: a third of the size of plain CMYK for the same look. The Adobe
    // marker tells every decoder, PDF's DCTDecode included, to turn it back into CMYK.
    jpeg_set_colorspace(&cinfo, JCS_YCCK);
    jpeg_set_quality(&cinfo, quality, TRUE);
    jpeg_start_compress(&cinfo, TRUE);
    const size_t stride = static_cast<size_t>(width) * 4;
    while (cinfo.next_scanline < cinfo.image_height) {
        JSAMPROW row = const_cast<JSAMPROW>(pixels.data() + cinfo.next_scanline * stride);
        jpeg_write_scanlines(&cinfo, &row, 1);
    }
    jpeg_finish_compress(&cinfo);
    jpeg_destroy_compress(&cinfo);
    QByteArray out(reinterpret_cast<const char*>(buffer), static_cast<qsizetype>(size));
    free(buffer);
    return out;
}

// An image's pixels as 8-bit RGB, transparency laid on white paper.
QImage rgbOnWhite(const QImage& source) {
    if (!source.hasAlphaChannel())
        return source.convertToFormat(QImage::Format_RGB888);
    const QImage argb = source.convertToFormat(QImage::Format_ARGB32);
    QImage rgb(argb.size(), QImage::Format_RGB888);
    for (int y = 0; y < argb.height(); ++y) {
        const auto* in = reinterpret_cast<const QRgb*>(argb.constScanLine(y));
        uchar* out = rgb.scanLine(y);
        for (int x = 0; x < argb.width(); ++x) {
            const int a = qAlpha(in[x]);
            out[3 * x] = static_cast<uchar>((qRed(in[x]) * a + 255 * (255 - a)) / 255);
            out[3 * x + 1] = static_cast<uchar>((qGreen(in[x]) * a + 255 * (255 - a)) / 255);
            out[3 * x + 2] = static_cast<uchar>((qBlue(in[x]) * a + 255 * (255 - a)) / 255);
        }
    }
    return rgb;
}

// Little CMS builds a perceptual sRGB → press transform by sampling the whole pipeline
// into a table: tens of milliseconds, more than converting a photo. An export converts
// every photo and samples each for its ink with the same profile, so the transform is
// built once per profile and kind and shared; cmsFLAGS_NOCACHE (no one-pixel cache in
// the transform) lets threads share it.
std::shared_ptr<void> pressTransform(const OutputProfile& profile, bool inverted) {
    struct Entry {
        QByteArray profileData;
        bool inverted = false;
        std::shared_ptr<void> transform;
    };
    // A process uses one press profile, two when the user changes it: a few entries.
    constexpr size_t kKeptTransforms = 4;
    static std::mutex mutex;
    static std::vector<Entry> entries;
    std::lock_guard lock(mutex);
    for (const Entry& e : entries) {
        if (e.inverted == inverted && e.profileData == profile.data)
            return e.transform;
    }
    std::unique_ptr<void, ProfileCloser> srgb(cmsCreate_sRGBProfile());
    std::unique_ptr<void, ProfileCloser> press(cmsOpenProfileFromMem(
        profile.data.constData(), static_cast<cmsUInt32Number>(profile.data.size())));
    if (!srgb || !press)
        return nullptr;
    void* created = cmsCreateTransform(srgb.get(), TYPE_RGB_8, press.get(),
                                       inverted ? TYPE_CMYK_8_REV : TYPE_CMYK_8, INTENT_PERCEPTUAL,
                                       cmsFLAGS_BLACKPOINTCOMPENSATION | cmsFLAGS_NOCACHE);
    if (!created)
        return nullptr;
    std::shared_ptr<void> transform(created, TransformDeleter());
    if (entries.size() == kKeptTransforms)
        entries.erase(entries.begin());
    entries.push_back({profile.data, inverted, transform});
    return transform;
}

// sRGB → the press's CMYK; `inverted` for Adobe's JPEG convention.
std::optional<std::vector<uint8_t>> toCmyk(const QImage& source, const OutputProfile& profile,
                                           bool inverted) {
    if (source.isNull())
        return std::nullopt;
    const QImage rgb = rgbOnWhite(source);
    const std::shared_ptr<void> transform = pressTransform(profile, inverted);
    if (!transform)
        return std::nullopt;
    const int width = rgb.width(), height = rgb.height();
    std::vector<uint8_t> cmyk(static_cast<size_t>(width) * static_cast<size_t>(height) * 4);
    for (int y = 0; y < height; ++y) {
        cmsDoTransform(transform.get(), rgb.constScanLine(y),
                       cmyk.data() + static_cast<size_t>(y) * static_cast<size_t>(width) * 4,
                       static_cast<cmsUInt32Number>(width));
    }
    return cmyk;
}

}  // namespace

std::optional<QByteArray> cmykJpegFromImage(const QImage& source, const OutputProfile& profile,
                                            int quality) {
    const auto cmyk = toCmyk(source, profile, true);
    if (!cmyk)
        return std::nullopt;
    return encodeCmykJpeg(*cmyk, source.width(), source.height(), quality);
}

std::optional<QByteArray> cmykPixelsFromImage(const QImage& source, const OutputProfile& profile) {
    const auto cmyk = toCmyk(source, profile, false);
    if (!cmyk)
        return std::nullopt;
    return QByteArray(reinterpret_cast<const char*>(cmyk->data()),
                      static_cast<qsizetype>(cmyk->size()));
}

}  // namespace paiban
