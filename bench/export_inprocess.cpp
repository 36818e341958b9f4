// Export as the editor does it (issue 18: export at the speed of a keystroke): the edition
// is already laid out and its fonts open, the converted photos and font subsets are in
// their caches from the first export, so File › Export PDF costs the writing alone. Times
// a keystroke's layout (one character typed into the longest story) followed by the press
// PDF, N times, and prints the median and the fastest of each part.
//
//   build/bench/export_inprocess [N] [EDITION.paiban]
#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "articles/articles.h"
#include "display/edition_layout.h"
#include "io/document_io.h"
#include "model/text_edit.h"
#include "pdf/pdf_export.h"
#include "shaping/font_registry.h"

using namespace paiban;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

void printFigure(const char* what, std::vector<double> times) {
    std::sort(times.begin(), times.end());
    std::printf("%-44s median %7.2f ms   fastest %7.2f ms\n", what, times[times.size() / 2],
                times.front());
}

// The story with the most text: where a keystroke costs the most.
Story* longestStory(Edition& edition) {
    Story* longest = nullptr;
    qsizetype most = -1;
    for (Story& story : edition.stories) {
        const qsizetype length = storyPlainText(story).size();
        if (length > most)
            most = length, longest = &story;
    }
    return longest;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 21;
    const QString path =
        argc > 2 ? QString::fromLocal8Bit(argv[2])
                 : QStringLiteral(PAIBAN_SOURCE_DIR "/resources/sample/weidu-weekly.paiban");
    LoadResult loaded = loadEdition(path);
    if (!loaded.edition) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.errorText()));
        return 1;
    }
    Edition edition = std::move(*loaded.edition);
    const QString dir = QFileInfo(path).absolutePath();
    QTemporaryDir caches;
    PdfOptions options;
    options.imageCacheDir = caches.filePath(QStringLiteral("press-images"));
    options.fontCacheDir = caches.filePath(QStringLiteral("font-subsets"));

    LayoutCache cache;
    EditionDisplay display = layoutEdition(edition, dir, FontRegistry::shared(), cache);
    PdfMetadata metadata;
    metadata.title = edition.title;
    // The first export of the night: photos converted, fonts subset.
    auto start = Clock::now();
    PdfResult first = editionPdf(display, metadata, options);
    std::printf("first export (photos converted, fonts subset)  %7.2f ms, %lld bytes\n",
                msSince(start), static_cast<long long>(first.bytes.size()));

    Story* story = longestStory(edition);
    std::vector<double> layouts, reads, exports;
    for (int round = 0; round < rounds; ++round) {
        // A keystroke: a character typed into the longest story, or taken out again.
        const bool typing = round % 2 == 0;
        start = Clock::now();
        replaceStoryText(*story, 2, typing ? 0 : 1, typing ? QStringLiteral("字") : QString());
        display = layoutEdition(edition, dir, FontRegistry::shared(), cache);
        layouts.push_back(msSince(start));
        start = Clock::now();
        metadata.articles = articlesOf(edition, display, dir);
        reads.push_back(msSince(start));
        start = Clock::now();
        const PdfResult result = editionPdf(display, metadata, options);
        exports.push_back(msSince(start));
        if (result.bytes.isEmpty()) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(result.error));
            return 1;
        }
    }
    std::printf("rounds: %d, %s\n", rounds, qPrintable(QFileInfo(path).fileName()));
    printFigure("layout after a keystroke", layouts);
    printFigure("articles (tagged PDF's reading)", reads);
    printFigure("press PDF, caches warm (the editor's export)", exports);
    std::vector<double> total(layouts.size());
    for (size_t i = 0; i < total.size(); ++i)
        total[i] = layouts[i] + reads[i] + exports[i];
    printFigure("keystroke to press PDF", total);
    return 0;
}
