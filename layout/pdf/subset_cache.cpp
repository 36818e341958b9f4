#include "pdf/subset_cache.h"

#include <hb.h>
#include <libdeflate.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include "pdf/pdf_file.h"

namespace paiban::pdf {
namespace {

// Raised whenever what a file holds, or how the key is made, changes.
constexpr quint32 kFormatVersion = 2;
constexpr char kMagic[8] = {'P', 'B', 'S', 'U', 'B', 'S', 'E', 'T'};
// magic, version, key (32), cff (1), two lengths, CRC-32 of the payload
constexpr qsizetype kHeaderSize = 8 + 4 + 32 + 1 + 4 + 4 + 4;

void addU32(QCryptographicHash& hash, quint32 value) {
    const quint32 be = qToBigEndian(value);
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(&be), 4));
}

void appendU32(QByteArray& out, quint32 value) {
    const quint32 be = qToBigEndian(value);
    out.append(reinterpret_cast<const char*>(&be), 4);
}

quint32 readU32(const QByteArray& in, qsizetype at) {
    return qFromBigEndian<quint32>(in.constData() + at);
}

quint32 crcOf(const QByteArray& a, const QByteArray& b) {
    // libdeflate's CRC-32 (zlib's polynomial), which the writer links already.
    quint32 crc = libdeflate_crc32(0, a.constData(), static_cast<size_t>(a.size()));
    return libdeflate_crc32(crc, b.constData(), static_cast<size_t>(b.size()));
}

// What this build's deflate makes of a fixed, moderately redundant input: the deflated
// bytes are cached too, and must be those a fresh export would write, so a change of
// level or library gives new keys.
const QByteArray& deflateFingerprint() {
    static const QByteArray fingerprint = [] {
        QByteArray sample;
        quint32 x = 2463534242u;
        for (int i = 0; i < 16384; ++i) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            sample += char('A' + (x % 7) * (i % 5));  // repeats, but not only
        }
        return QCryptographicHash::hash(deflate(sample), QCryptographicHash::Sha256);
    }();
    return fingerprint;
}

}  // namespace

SubsetCache::Counts& SubsetCache::counts() {
    static Counts counts;
    return counts;
}

QByteArray SubsetCache::key(const FontFace& face, const FontEmbedder::GlyphNeeds& needs) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("paiban font subset");
    addU32(hash, kFormatVersion);
    hash.addData(hb_version_string());
    hash.addData(deflateFingerprint());
    const QFileInfo file(QString::fromStdString(face.path()));
    hash.addData(QFile::encodeName(file.absoluteFilePath()));
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(QByteArray::number(file.size()));
    hash.addData(QByteArray::number(file.lastModified().toMSecsSinceEpoch()));
    addU32(hash, face.index());
    hash.addData(face.table("head"));
    addU32(hash, static_cast<quint32>(needs.codePoints.size()));
    for (char32_t cp : needs.codePoints)  // std::set: sorted
        addU32(hash, cp);
    addU32(hash, static_cast<quint32>(needs.otherGlyphs.size()));
    for (uint32_t glyph : needs.otherGlyphs)
        addU32(hash, glyph);
    return hash.result();
}

QString SubsetCache::filePath(const QByteArray& key) const {
    return dir_ + u'/' + QString::fromLatin1(key.toHex()) + QStringLiteral(".subset");
}

std::optional<FontEmbedder::Program> SubsetCache::load(const QByteArray& key) const {
    QFile file(filePath(key));
    if (!file.open(QIODevice::ReadOnly)) {
        ++counts().misses;
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    const auto reject = [] {
        ++counts().rejected;
        ++counts().misses;
        return std::nullopt;
    };
    if (data.size() < kHeaderSize || !data.startsWith(QByteArrayView(kMagic, 8)) ||
        readU32(data, 8) != kFormatVersion || data.mid(12, 32) != key) {
        return reject();
    }
    const uint8_t cff = static_cast<uint8_t>(data[44]);
    const qint64 bytesLength = readU32(data, 45), deflatedLength = readU32(data, 49);
    if (cff > 1 || kHeaderSize + bytesLength + deflatedLength != data.size())
        return reject();
    FontEmbedder::Program program;
    program.cff = cff == 1;
    program.bytes = data.mid(kHeaderSize, bytesLength);
    program.deflated = data.mid(kHeaderSize + bytesLength, deflatedLength);
    if (program.bytes.isEmpty() || crcOf(program.bytes, program.deflated) != readU32(data, 53))
        return reject();
    // Used now: what prune() keeps longest.
    file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    ++counts().hits;
    return program;
}

void SubsetCache::store(const QByteArray& key, const FontEmbedder::Program& program) {
    if (dir_.isEmpty() || !QDir().mkpath(dir_))
        return;
    QByteArray data;
    data.reserve(kHeaderSize + program.bytes.size() + program.deflated.size());
    data.append(kMagic, 8);
    appendU32(data, kFormatVersion);
    data += key;
    data += char(program.cff ? 1 : 0);
    appendU32(data, static_cast<quint32>(program.bytes.size()));
    appendU32(data, static_cast<quint32>(program.deflated.size()));
    appendU32(data, crcOf(program.bytes, program.deflated));
    data += program.bytes;
    data += program.deflated;
    QSaveFile file(filePath(key));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return;
    ++counts().written;
    stored_ = true;
}

void SubsetCache::prune() const {
    if (!stored_)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 total = 0;
    const QFileInfoList files =
        QDir(dir_).entryInfoList({QStringLiteral("*.subset")}, QDir::Files | QDir::NoDotAndDotDot,
                                 QDir::Time);  // newest first
    for (const QFileInfo& info : files) {
        total += info.size();
        if (total > kMaxBytes || info.lastModified().daysTo(now) > kMaxAgeDays)
            QFile::remove(info.absoluteFilePath());
    }
}

}  // namespace paiban::pdf
