// Photos for the press: RGB images converted to the press's CMYK with Little CMS
// (sRGB in, perceptual, black point compensation) and stored as CMYK JPEG (Adobe
// convention: inverted, with its APP14 marker), so a photo stays about the size it was.
#pragma once

#include <QByteArray>
#include <QImage>
#include <optional>

namespace paiban {

struct OutputProfile;

// The image's pixels in the profile's CMYK, JPEG-encoded at `quality` (0–100).
std::optional<QByteArray> cmykJpegFromImage(const QImage& image, const OutputProfile& profile,
                                            int quality);

// The same pixels uncompressed, 4 bytes a pixel, not inverted: for lossless sources.
std::optional<QByteArray> cmykPixelsFromImage(const QImage& image, const OutputProfile& profile);

}  // namespace paiban
