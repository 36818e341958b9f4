// Font subsets kept between exports, in a folder the caller names (as the converted
// photos are: PdfOptions::fontCacheDir), so that tonight's tenth export of an edition
// re-subsets only the faces whose glyphs changed.
//
// The key is a SHA-256 over a format version, HarfBuzz's version, a fingerprint of this
// build's deflate, the font file's identity — its path, size, modification time, face
// index and the face's `head` table (whose checkSumAdjustment and dates change with the
// font's contents) — and the exact glyph needs (the sorted code points and glyph ids).
// Digesting the face's outlines themselves would be surer but costs more than it saves:
// Noto CJK's CFF table is some 20 MB, about as slow to hash as to subset.
//
// Each entry is one file named by the key: a header (magic, version, the key, the
// lengths, a CRC-32 of the payload), then the subset and its deflated bytes, written
// atomically. A file that is short, long, foreign or damaged is ignored (the face is
// subset again and the file rewritten); a folder that cannot be written is no error.
#pragma once

#include <QByteArray>
#include <QString>
#include <atomic>
#include <optional>

#include "pdf/pdf_fonts.h"

namespace paiban::pdf {

class SubsetCache {
public:
    // The folder's bound: after an export that wrote to it, files unused for this long
    // are dropped, and then the least recently used until the folder is under the limit
    // (a 24-page edition's faces come to a few MB; this keeps weeks of editions).
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;
    static constexpr int kMaxAgeDays = 30;

    explicit SubsetCache(QString dir) : dir_(std::move(dir)) {}

    static QByteArray key(const FontFace& face, const FontEmbedder::GlyphNeeds& needs);
    // The program stored under `key`, if its file is whole and is for that key.
    std::optional<FontEmbedder::Program> load(const QByteArray& key) const;
    // Stores it; silently nothing when the folder cannot be written.
    void store(const QByteArray& key, const FontEmbedder::Program& program);
    // Bounds the folder's size (see kMaxBytes) if anything was stored.
    void prune() const;

    QString filePath(const QByteArray& key) const;

    // What the caches of this process have done: for tests and measurements.
    struct Counts {
        std::atomic<int> hits{0}, misses{0}, rejected{0}, written{0};
    };
    static Counts& counts();

private:
    QString dir_;
    std::atomic<bool> stored_{false};
};

}  // namespace paiban::pdf
