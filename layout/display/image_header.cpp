#include "display/image_header.h"

#include <QFile>
#include <QImageReader>
#include <algorithm>

namespace paiban {
namespace {

bool isStartOfFrame(uint8_t marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

// Walks a JPEG's marker segments through `read(offset, length)` until the frame header.
template <typename Read>
std::optional<JpegHeader> walkJpeg(Read read) {
    const QByteArray start = read(0, 2);
    if (start.size() < 2 || uint8_t(start[0]) != 0xFF || uint8_t(start[1]) != 0xD8)
        return std::nullopt;
    JpegHeader header;
    qint64 at = 2;
    // A JPEG's segments before its frame header are few (APPn, DQT, DRI): a bound keeps a
    // damaged file from walking forever.
    for (int segments = 0; segments < 256; ++segments) {
        const QByteArray marker = read(at, 10);
        if (marker.size() < 4 || uint8_t(marker[0]) != 0xFF)
            return std::nullopt;
        const uint8_t kind = uint8_t(marker[1]);
        const int length = (uint8_t(marker[2]) << 8) | uint8_t(marker[3]);
        if (kind == 0xEE && read(at + 4, 5) == "Adobe")
            header.adobe = true;
        if (isStartOfFrame(kind)) {
            if (marker.size() < 10)
                return std::nullopt;
            header.height = (uint8_t(marker[5]) << 8) | uint8_t(marker[6]);
            header.width = (uint8_t(marker[7]) << 8) | uint8_t(marker[8]);
            header.components = uint8_t(marker[9]);
            return header;
        }
        if (length < 2)
            return std::nullopt;
        at += 2 + length;
    }
    return std::nullopt;
}

// Where a JPEG's first scan starts (just after its SOS segment), or −1.
qint64 jpegScanStart(QFile& file) {
    qint64 at = 2;
    for (int segments = 0; segments < 256; ++segments) {
        if (!file.seek(at))
            return -1;
        const QByteArray marker = file.read(4);
        if (marker.size() < 4 || uint8_t(marker[0]) != 0xFF)
            return -1;
        const int length = (uint8_t(marker[2]) << 8) | uint8_t(marker[3]);
        if (length < 2)
            return -1;
        at += 2 + length;
        if (uint8_t(marker[1]) == 0xDA)
            return at;
    }
    return -1;
}

// How much of a file's end is read for its end marker: more than any trailer cameras
// append after a JPEG's end (EXIF's second image ends with a marker of its own).
constexpr qint64 kTailBytes = 64 * 1024;

}  // namespace

bool imageDataComplete(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true;
    const QByteArray head = file.read(8);
    const qint64 size = file.size();
    if (head.startsWith("\xFF\xD8")) {
        const qint64 scan = jpegScanStart(file);
        if (scan < 0 || scan >= size)
            return false;
        const qint64 from = std::max(scan, size - kTailBytes);
        // In the scan's data 0xFF is always followed by 0x00 or a restart marker, so
        // FF D9 after the scan starts is an end of image.
        return file.seek(from) && file.read(size - from).contains("\xFF\xD9");
    }
    if (head.startsWith("\x89PNG\r\n\x1a\n")) {
        const qint64 from = std::max<qint64>(8, size - 12);
        return file.seek(from) && file.read(size - from).contains("IEND");
    }
    return true;
}

std::optional<JpegHeader> jpegHeader(const QByteArray& data) {
    return walkJpeg([&](qint64 offset, qint64 length) { return data.mid(offset, length); });
}

QSize imagePixelSize(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto jpeg = walkJpeg([&](qint64 offset, qint64 length) {
        return file.seek(offset) ? file.read(length) : QByteArray();
    });
    if (jpeg)
        return QSize(jpeg->width, jpeg->height);
    // A PNG's size is in its first chunk (IHDR), right after the signature.
    if (file.seek(0)) {
        const QByteArray head = file.read(24);
        if (head.startsWith("\x89PNG\r\n\x1a\n") && head.mid(12, 4) == "IHDR") {
            auto be32 = [&](int at) {
                return (uint32_t(uint8_t(head[at])) << 24) |
                       (uint32_t(uint8_t(head[at + 1])) << 16) |
                       (uint32_t(uint8_t(head[at + 2])) << 8) | uint32_t(uint8_t(head[at + 3]));
            };
            const uint32_t width = be32(16), height = be32(20);
            if (width > 0 && height > 0 && width < (1u << 31) && height < (1u << 31))
                return QSize(static_cast<int>(width), static_cast<int>(height));
        }
    }
    file.close();
    QImageReader reader(path);
    return reader.size();  // invalid when the format is unknown or the header unreadable
}

}  // namespace paiban
