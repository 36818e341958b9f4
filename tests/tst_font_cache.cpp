// Font subsets kept between exports (pdf/subset_cache): the same bytes with and without
// the cache, cold and warm; damaged or foreign files never trusted; an unwritable folder
// no error; old files dropped.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "display/edition_layout.h"
#include "io/document_io.h"
#include "pdf/pdf_export.h"
#include "pdf/subset_cache.h"
#include "pdf_reading.h"
#include "sample_text.h"
#include "shaping/font_registry.h"

using namespace paiban;
using namespace paiban::test;

namespace {

// What a test does to the font subset cache between a cold export and a warm one.
enum class CacheDamage { None, Truncate, FlipBytes, Foreign, Unwritable };

}  // namespace

Q_DECLARE_METATYPE(CacheDamage)

class TestFontCache : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString uncached_;  // the sample exported without a font cache

private Q_SLOTS:
    void initTestCase() {
        const LoadResult loaded = loadEdition(sampleEditionPath());
        QVERIFY2(loaded.edition, qPrintable(loaded.errorText()));
        uncached_ = dir_.filePath(QStringLiteral("sample.pdf"));
        const QString error = exportEdition(
            *loaded.edition, QFileInfo(sampleEditionPath()).absolutePath(), uncached_);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Font subsets kept in a cache folder between exports: the cold export, the warm one
    // and one without the cache give the same bytes; a damaged or foreign file is never
    // trusted (the face is subset again and the file rewritten); a folder that cannot be
    // written is no error.
    void fontSubsetCache_data() {
        QTest::addColumn<CacheDamage>("damage");
        QTest::addColumn<int>("damaged");  // cache files the damage spoils
        QTest::newRow("warm") << CacheDamage::None << 0;
        QTest::newRow("one truncated") << CacheDamage::Truncate << 1;
        QTest::newRow("bytes flipped") << CacheDamage::FlipBytes << 1;
        QTest::newRow("another face's file") << CacheDamage::Foreign << 1;
        QTest::newRow("truncated and flipped") << CacheDamage::Truncate << 2;
        QTest::newRow("unwritable folder") << CacheDamage::Unwritable << 0;
    }
    void fontSubsetCache() {
        QFETCH(CacheDamage, damage);
        QFETCH(int, damaged);
        const LoadResult loaded = loadEdition(sampleEditionPath());
        const QString documentDir = QFileInfo(sampleEditionPath()).absolutePath();
        const QByteArray uncached = fileBytes(uncached_);  // exported without a cache
        QVERIFY(!uncached.isEmpty());
        QTemporaryDir cacheRoot;
        PdfOptions options;
        options.fontCacheDir = cacheRoot.filePath(QStringLiteral("font-subsets"));
        if (damage == CacheDamage::Unwritable) {
            // Under a file, so that no one can write it (the tests may run as root).
            QFile blocker(cacheRoot.filePath(QStringLiteral("a-file")));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            blocker.close();
            options.fontCacheDir = blocker.fileName() + QStringLiteral("/font-subsets");
        }
        auto& counts = pdf::SubsetCache::counts();
        const auto listing = [&] {
            return QDir(options.fontCacheDir)
                .entryInfoList({QStringLiteral("*.subset")}, QDir::Files, QDir::Name);
        };

        const int writtenBefore = counts.written;
        const QString cold = cacheRoot.filePath(QStringLiteral("cold.pdf"));
        QVERIFY(exportEdition(*loaded.edition, documentDir, cold, options).isEmpty());
        QVERIFY2(fileBytes(cold) == uncached, "cold cache: the bytes of no cache");
        const QFileInfoList files = listing();
        const int faces = counts.written - writtenBefore;
        QCOMPARE(files.size(), faces);
        if (damage == CacheDamage::Unwritable)
            QCOMPARE(faces, 0);
        else
            QVERIFY(faces >= 2);
        std::vector<QByteArray> stored;
        for (const QFileInfo& f : files)
            stored.push_back(fileBytes(f.absoluteFilePath()));

        const auto overwrite = [](const QString& path, const QByteArray& bytes) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                   f.write(bytes) == bytes.size();
        };
        if (damage == CacheDamage::Truncate) {
            QVERIFY(overwrite(files[0].absoluteFilePath(), stored[0].left(stored[0].size() / 2)));
            if (damaged == 2) {
                QByteArray flipped = stored[1];
                flipped[flipped.size() - 7] = char(~flipped[flipped.size() - 7]);
                QVERIFY(overwrite(files[1].absoluteFilePath(), flipped));
            }
        } else if (damage == CacheDamage::FlipBytes) {
            QByteArray flipped = stored[0];
            for (qsizetype i = flipped.size() / 2; i < flipped.size() / 2 + 3; ++i)
                flipped[i] = char(flipped[i] ^ 0x5a);  // in the payload: the header is intact
            QVERIFY(overwrite(files[0].absoluteFilePath(), flipped));
        } else if (damage == CacheDamage::Foreign) {
            QVERIFY(overwrite(files[0].absoluteFilePath(), stored[1]));
        }

        const int hitsBefore = counts.hits, rejectedBefore = counts.rejected;
        const QString warm = cacheRoot.filePath(QStringLiteral("warm.pdf"));
        QVERIFY(exportEdition(*loaded.edition, documentDir, warm, options).isEmpty());
        QVERIFY2(fileBytes(warm) == uncached, "warm cache: the bytes of no cache");
        QCOMPARE(counts.rejected - rejectedBefore, damaged);
        QCOMPARE(counts.hits - hitsBefore, faces - damaged);
        const QFileInfoList after = listing();
        QCOMPARE(after.size(), files.size());
        for (qsizetype i = 0; i < after.size(); ++i)
            QVERIFY2(fileBytes(after[i].absoluteFilePath()) == stored[static_cast<size_t>(i)],
                     "a spoilt file is written again");
    }

    // The cache folder is bounded: an export that stores subsets drops the files unused
    // for longer than SubsetCache::kMaxAgeDays, and leaves what is not its own.
    void fontSubsetCacheDropsOldFiles() {
        const LoadResult loaded = loadEdition(sampleEditionPath());
        QTemporaryDir cacheRoot;
        PdfOptions options;
        options.fontCacheDir = cacheRoot.path();
        const auto make = [&](const QString& name, int daysOld) {
            QFile f(cacheRoot.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write("old") != 3 || !f.flush())
                return false;  // flushed first: writing would set the time again
            return f.setFileTime(QDateTime::currentDateTimeUtc().addDays(-daysOld),
                                 QFileDevice::FileModificationTime);
        };
        QVERIFY(make(QStringLiteral("stale.subset"), pdf::SubsetCache::kMaxAgeDays + 5));
        QVERIFY(make(QStringLiteral("recent.subset"), 2));
        QVERIFY(make(QStringLiteral("notes.txt"), pdf::SubsetCache::kMaxAgeDays + 5));
        QVERIFY(exportEdition(*loaded.edition, QFileInfo(sampleEditionPath()).absolutePath(),
                              cacheRoot.filePath(QStringLiteral("x.pdf")), options)
                    .isEmpty());
        QVERIFY(!QFile::exists(cacheRoot.filePath(QStringLiteral("stale.subset"))));
        QVERIFY(QFile::exists(cacheRoot.filePath(QStringLiteral("recent.subset"))));
        QVERIFY(QFile::exists(cacheRoot.filePath(QStringLiteral("notes.txt"))));
    }
};

QTEST_MAIN(TestFontCache)
#include "tst_font_cache.moc"
