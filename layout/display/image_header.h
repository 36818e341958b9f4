// What an image file is without decoding it: a JPEG's frame header and a PNG's IHDR read
// directly (a JPEG's components and Adobe's CMYK marker too), anything else through
// QImageReader's header. Layout
// asks for the size of every placed photo on every layout; the PDF writer asks whether
// a JPEG can pass through.
#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>
#include <optional>

namespace paiban {

struct JpegHeader {
    int width = 0, height = 0, components = 0;
    bool adobe = false;  // an Adobe APP14 marker: CMYK stored inverted
};

// The frame header of a baseline or progressive JPEG held in memory.
std::optional<JpegHeader> jpegHeader(const QByteArray& data);

// The pixel size of the image file at `path`; empty if it is missing or unreadable.
QSize imagePixelSize(const QString& path);

}  // namespace paiban
