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

// False when a JPEG's or PNG's data stops before the picture does (a file cut short in
// a copy or an upload): its header reads, but the press would print it half drawn or
// grey. A JPEG must hold its end marker after its first scan, a PNG its IEND chunk; only
// the file's last 64 KB are read. Other formats, and files that cannot be read (which
// layout reports itself), count as complete.
bool imageDataComplete(const QString& path);

}  // namespace paiban
