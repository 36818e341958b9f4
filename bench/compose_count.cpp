// A driver for instruction counts (valgrind --tool=callgrind), which stay steady where
// wall-clock time on a shared machine does not. It measures the sample's body paragraphs
// once, then for N rounds either composes them from scratch or re-breaks the measured ones.
//
//   valgrind --tool=callgrind build/bench/compose_count compose 0   (and 5)
//   valgrind --tool=callgrind build/bench/compose_count rebreak 0   (and 10)
//   valgrind --tool=callgrind build/bench/compose_count rebreak-first 0   (and 10)
//   valgrind --tool=callgrind build/bench/compose_count shape 0   (and 5; measure likewise)
//   valgrind --tool=callgrind build/bench/compose_count floor-harfbuzz 0   (and 5; -zh, -cached
//   likewise)
//   valgrind --tool=callgrind build/bench/compose_count floor-icu 0   (and 5)
//
// Instructions per character = (count at N − count at 0) / (N × characters printed).
//
// On a shared machine wall-clock time drifts by tens of percent within seconds, so
//   build/bench/compose_count interleaved 400
// times the floor (HarfBuzz, then ICU), the whole composer, re-breaking (at a new width
// each round) and HarfBuzz through Paiban's glyph cache one after the other in each
// round, and prints the medians of the per-round ratios (a drift slower than a round, a
// few milliseconds, cancels out of each ratio) and each one's fastest round.
#include <hb.h>
#include <unicode/ubrk.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>

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
            paragraphs.push_back(toU16String(text));
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
    const FontFacePtr face = FontRegistry::shared().face(style.fontFamily);
    // HarfBuzz as any program gets it: the face's font with HarfBuzz's own functions.
    hb_font_t* const plainFont = hb_font_create(face->hbFace());
    hb_font_set_scale(plainFont, static_cast<int>(face->unitsPerEm()),
                      static_cast<int>(face->unitsPerEm()));
    hb_buffer_t* buffer = hb_buffer_create();
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator* breaker = ubrk_open(UBRK_LINE, "zh@lb=normal", nullptr, 0, &status);
    // The least shaping can cost: one buffer per paragraph, nothing kept; `chinese` tags it
    // as Simplified Chinese, as Paiban shapes. `font` is plainFont for the floor, or
    // Paiban's font with the glyph cache (shaping/glyph_cache.h) to see what that saves.
    auto harfbuzzFloor = [&](hb_font_t* font, bool chinese) {
        for (const auto& p : paragraphs) {
            hb_buffer_clear_contents(buffer);
            hb_buffer_add_utf16(buffer, reinterpret_cast<const uint16_t*>(p.data()),
                                static_cast<int>(p.size()), 0, static_cast<int>(p.size()));
            if (chinese)
                hb_buffer_set_language(buffer, hb_language_from_string("zh-Hans", -1));
            hb_buffer_guess_segment_properties(buffer);
            hb_shape(font, buffer, nullptr, 0);
            lines += hb_buffer_get_length(buffer) > 0;
        }
    };
    // The least line breaking can cost: every ICU opportunity visited once.
    auto icuFloor = [&] {
        for (const auto& p : paragraphs) {
            ubrk_setText(breaker, reinterpret_cast<const UChar*>(p.data()),
                         static_cast<int32_t>(p.size()), &status);
            for (int32_t pos = ubrk_first(breaker); pos != UBRK_DONE; pos = ubrk_next(breaker))
                ++lines;
        }
    };
    auto composeAll = [&] {
        for (const auto& p : paragraphs) {
            const MeasuredParagraph m = measureText(p, {}, style, FontRegistry::shared());
            lines += composeLines(m, style, {width}).size();
        }
    };
    // Re-breaking at a new width each round, as when an editor drags a frame's edge: 14 to
    // 18 字 in turn (16 on average), as compose_bench's BM_RebreakNewWidths.
    constexpr double kMeasuresEm[] = {14, 17, 15, 18, 16};
    size_t turn = 0;
    auto rebreakAll = [&] {
        const double newWidth = kMeasuresEm[turn++ % std::size(kMeasuresEm)] * style.sizePt;
        for (const auto& m : measured)
            lines += composeLines(m, style, {newWidth}).size();
    };
    if (std::strcmp(mode, "interleaved") == 0) {
        using Clock = std::chrono::steady_clock;
        auto timed = [&](auto&& work) {
            const auto start = Clock::now();
            work();
            return std::chrono::duration<double, std::nano>(Clock::now() - start).count() /
                   static_cast<double>(characters);
        };
        auto median = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return v[v.size() / 2];
        };
        std::vector<double> harfbuzz, cached, icu, compose, rebreak, overFloor, overCached,
            overRebreak;
        for (int r = 0; r < std::max(rounds, 1); ++r) {
            harfbuzz.push_back(timed([&] { harfbuzzFloor(plainFont, false); }));
            icu.push_back(timed(icuFloor));
            compose.push_back(timed(composeAll));
            rebreak.push_back(timed(rebreakAll));
            cached.push_back(timed([&] { harfbuzzFloor(face->hbFont(), true); }));
            overFloor.push_back(compose.back() / (harfbuzz.back() + icu.back()));
            overCached.push_back(compose.back() / (cached.back() + icu.back()));
            overRebreak.push_back(compose.back() / rebreak.back());
        }
        std::printf(
            "medians over %d interleaved rounds, ns per character: HarfBuzz %.1f, ICU %.1f, "
            "composer %.1f, re-break %.1f; HarfBuzz with Paiban's glyph cache, zh-Hans %.1f\n",
            std::max(rounds, 1), median(harfbuzz), median(icu), median(compose), median(rebreak),
            median(cached));
        std::printf(
            "composer / (HarfBuzz + ICU): %.2f (with the glyph cache in the floor too: %.2f); "
            "composer / re-break: %.1f\n",
            median(overFloor), median(overCached), median(overRebreak));
        // Other programs only ever add time: each one's fastest round is its least
        // disturbed figure.
        auto fastest = [](const std::vector<double>& v) {
            return *std::min_element(v.begin(), v.end());
        };
        std::printf(
            "fastest rounds, ns per character: HarfBuzz %.1f, ICU %.1f, composer %.1f, re-break "
            "%.1f, HarfBuzz with the glyph cache %.1f; composer / (HarfBuzz + ICU): %.2f; "
            "composer / re-break: %.1f\n",
            fastest(harfbuzz), fastest(icu), fastest(compose), fastest(rebreak), fastest(cached),
            fastest(compose) / (fastest(harfbuzz) + fastest(icu)),
            fastest(compose) / fastest(rebreak));
        ubrk_close(breaker);
        hb_buffer_destroy(buffer);
        hb_font_destroy(plainFont);
        return lines > 0 ? 0 : 1;
    }
    for (int r = 0; r < rounds; ++r) {
        if (std::strcmp(mode, "floor-harfbuzz-cached") == 0) {
            harfbuzzFloor(face->hbFont(), true);
        } else if (std::strncmp(mode, "floor-harfbuzz", 14) == 0) {
            harfbuzzFloor(plainFont, std::strcmp(mode, "floor-harfbuzz-zh") == 0);
        } else if (std::strcmp(mode, "floor-icu") == 0) {
            icuFloor();
        } else if (std::strcmp(mode, "shape") == 0) {
            for (const auto& p : paragraphs) {
                const std::vector<StyledSpan> spans{{0, static_cast<uint32_t>(p.size()),
                                                     style.fontFamily, style.fontWeight,
                                                     style.sizePt, style.color}};
                lines += shapeParagraph(p, spans, FontRegistry::shared()).clusters.size() > 0;
            }
        } else if (std::strcmp(mode, "measure") == 0) {
            for (const auto& p : paragraphs)
                lines += measureText(p, {}, style, FontRegistry::shared()).clusterCount() > 0;
        } else if (std::strcmp(mode, "compose") == 0) {
            composeAll();
        } else {
            rebreakAll();
        }
    }
    ubrk_close(breaker);
    hb_buffer_destroy(buffer);
    hb_font_destroy(plainFont);
    std::printf("%s: %zu characters, %d rounds, %zu lines\n", mode, characters, rounds, lines);
    return 0;
}
