// A driver for instruction counts (valgrind --tool=callgrind), which stay steady where
// wall-clock time on a shared machine does not. It measures the sample's body paragraphs
// once, then for N rounds either composes them from scratch or re-breaks the measured ones.
//
//   valgrind --tool=callgrind build/bench/compose_count compose 0   (and 5)
//   valgrind --tool=callgrind build/bench/compose_count rebreak 0   (and 10)
//   valgrind --tool=callgrind build/bench/compose_count rebreak-first 0   (and 10)
//
// Instructions per character = (count at N − count at 0) / (N × characters printed).
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "compose/paragraph_composer.h"
#include "io/document_io.h"
#include "shaping/font_registry.h"

using namespace paiban;

int main(int argc, char** argv) {
    const char* mode = argc > 1 ? argv[1] : "compose";
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 1;
    const LoadResult loaded =
        loadEdition(QStringLiteral(PAIBAN_SOURCE_DIR "/resources/sample/weidu-weekly.paiban"));
    if (!loaded.edition)
        return 1;
    std::vector<std::u16string> paragraphs;
    size_t characters = 0;
    for (const Story& story : loaded.edition->stories) {
        for (const Paragraph& p : story.paragraphs) {
            if (p.style != QLatin1String("body"))
                continue;
            const QString text = p.text();
            paragraphs.emplace_back(reinterpret_cast<const char16_t*>(text.utf16()),
                                    static_cast<size_t>(text.size()));
            characters += static_cast<size_t>(text.size());
        }
    }
    ParagraphStyle style;
    if (std::strcmp(mode, "rebreak-first") == 0)
        style.breaker = BreakerKind::FirstFit;
    const double width = 16 * style.sizePt;
    std::vector<MeasuredParagraph> measured;
    for (const auto& p : paragraphs)
        measured.push_back(measureText(p, {}, style, FontRegistry::shared()));
    size_t lines = 0;
    for (int r = 0; r < rounds; ++r) {
        if (std::strcmp(mode, "compose") == 0) {
            for (const auto& p : paragraphs) {
                const MeasuredParagraph m = measureText(p, {}, style, FontRegistry::shared());
                lines += composeLines(m, style, {width}).size();
            }
        } else {
            for (const auto& m : measured)
                lines += composeLines(m, style, {width}).size();
        }
    }
    std::printf("%s: %zu characters, %d rounds, %zu lines\n", mode, characters, rounds, lines);
    return 0;
}
