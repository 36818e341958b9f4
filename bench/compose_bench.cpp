// The composer's speed on the sample's body text (~5,700 characters) at 16 字, beside the
// least any composer must do: HarfBuzz shaping plus ICU break iteration of the same text.
//
//   build/bench/compose_bench --benchmark_min_time=1
//
// Figures are per character of body text ("per_char"); layout of the whole edition per page.
#include <benchmark/benchmark.h>
#include <hb.h>
#include <unicode/ubrk.h>
#include <iterator>

#include <QString>

#include "compose/paragraph_composer.h"
#include "display/edition_layout.h"
#include "io/document_io.h"
#include "shaping/font_registry.h"
#include "text/line_opportunities.h"

using namespace paiban;

namespace {

const QString kSample = QStringLiteral(PAIBAN_SOURCE_DIR "/resources/sample/weidu-weekly.paiban");

struct Corpus {
    std::vector<std::u16string> paragraphs;
    size_t characters = 0;
    ParagraphStyle style;
};

const Corpus& corpus() {
    static const Corpus c = [] {
        Corpus out;
        const LoadResult loaded = loadEdition(kSample);
        if (!loaded.edition)
            std::abort();
        for (const Story& s : loaded.edition->stories) {
            for (const Paragraph& p : s.paragraphs) {
                if (p.style != QLatin1String("body"))
                    continue;
                const QString text = p.text();
                out.paragraphs.push_back(toU16String(text));
                out.characters += static_cast<size_t>(text.size());
            }
        }
        out.style.firstLineIndentEm = 2;
        return out;
    }();
    return c;
}

constexpr double kMeasureEm = 16;

// Seconds per character, which the benchmark library prints with its unit prefix
// ("215ns" is 215 ns per character).
void perCharacter(benchmark::State& state) {
    state.counters["per_char"] =
        benchmark::Counter(static_cast<double>(corpus().characters) * state.iterations(),
                           benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void shapeEachParagraph(benchmark::State& state, hb_font_t* font, hb_language_t language) {
    hb_buffer_t* buffer = hb_buffer_create();
    for (auto _ : state) {
        for (const auto& p : corpus().paragraphs) {
            hb_buffer_clear_contents(buffer);
            hb_buffer_add_utf16(buffer, reinterpret_cast<const uint16_t*>(p.data()),
                                static_cast<int>(p.size()), 0, static_cast<int>(p.size()));
            hb_buffer_set_language(buffer, language);
            hb_buffer_guess_segment_properties(buffer);
            hb_shape(font, buffer, nullptr, 0);
            benchmark::DoNotOptimize(hb_buffer_get_length(buffer));
        }
    }
    hb_buffer_destroy(buffer);
    perCharacter(state);
}

// The floor: HarfBuzz alone, as any program gets it (the face's font with HarfBuzz's own
// functions), one buffer per paragraph, Noto Serif CJK SC.
void BM_HarfBuzzShapeOnly(benchmark::State& state) {
    const FontFacePtr face = FontRegistry::shared().face("Noto Serif CJK SC");
    hb_font_t* font = hb_font_create(face->hbFace());
    hb_font_set_scale(font, static_cast<int>(face->unitsPerEm()),
                      static_cast<int>(face->unitsPerEm()));
    shapeEachParagraph(state, font, HB_LANGUAGE_INVALID);
    hb_font_destroy(font);
}
BENCHMARK(BM_HarfBuzzShapeOnly);

// Not the floor: HarfBuzz with Paiban's glyph cache in front of the cmap
// (shaping/glyph_cache.h) and the text tagged zh-Hans, as the composer shapes.
void BM_HarfBuzzShapeCachedGlyphs(benchmark::State& state) {
    shapeEachParagraph(state, FontRegistry::shared().face("Noto Serif CJK SC")->hbFont(),
                       hb_language_from_string("zh-Hans", -1));
}
BENCHMARK(BM_HarfBuzzShapeCachedGlyphs);

// The floor: ICU's line breaker (zh, lb=normal) iterating every opportunity.
void BM_IcuBreakIterationOnly(benchmark::State& state) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator* it = ubrk_open(UBRK_LINE, "zh@lb=normal", nullptr, 0, &status);
    for (auto _ : state) {
        for (const auto& p : corpus().paragraphs) {
            ubrk_setText(it, reinterpret_cast<const UChar*>(p.data()),
                         static_cast<int32_t>(p.size()), &status);
            int count = 0;
            for (int32_t pos = ubrk_first(it); pos != UBRK_DONE; pos = ubrk_next(it))
                ++count;
            benchmark::DoNotOptimize(count);
        }
    }
    ubrk_close(it);
    perCharacter(state);
}
BENCHMARK(BM_IcuBreakIterationOnly);

// Our shaping step: itemization by coverage and script, HarfBuzz, clusters.
void BM_Shape(benchmark::State& state) {
    const std::vector<StyledSpan> none;
    for (auto _ : state) {
        for (const auto& p : corpus().paragraphs) {
            std::vector<StyledSpan> spans{
                {0, static_cast<uint32_t>(p.size()), corpus().style.fontFamily, 400, 9, {}}};
            benchmark::DoNotOptimize(
                shapeParagraph(p, spans, FontRegistry::shared()).glyphs.size());
        }
    }
    perCharacter(state);
}
BENCHMARK(BM_Shape);

// Breaking and justifying already measured paragraphs at a new width: what a column
// width change or a runaround costs.
void BM_Rebreak(benchmark::State& state) {
    std::vector<MeasuredParagraph> measured;
    for (const auto& p : corpus().paragraphs)
        measured.push_back(measureText(p, {}, corpus().style, FontRegistry::shared()));
    const double width = kMeasureEm * corpus().style.sizePt;
    for (auto _ : state) {
        for (const auto& m : measured)
            benchmark::DoNotOptimize(composeLines(m, corpus().style, {width}).size());
    }
    perCharacter(state);
}
BENCHMARK(BM_Rebreak);

// The same at a new width each time, as when an editor drags a frame's edge: 14 to 18 字
// in turn (16 on average), so that no two passes in a row make the same decisions (the
// branch predictor cannot learn one paragraph's breaks by heart).
void BM_RebreakNewWidths(benchmark::State& state) {
    std::vector<MeasuredParagraph> measured;
    for (const auto& p : corpus().paragraphs)
        measured.push_back(measureText(p, {}, corpus().style, FontRegistry::shared()));
    constexpr double kMeasuresEm[] = {14, 17, 15, 18, 16};
    size_t turn = 0;
    for (auto _ : state) {
        const double width = kMeasuresEm[turn++ % std::size(kMeasuresEm)] * corpus().style.sizePt;
        for (const auto& m : measured)
            benchmark::DoNotOptimize(composeLines(m, corpus().style, {width}).size());
    }
    perCharacter(state);
}
BENCHMARK(BM_RebreakNewWidths);

// The whole composer: shape, measure (ICU + CJK tables), break (total-fit), justify.
void BM_ComposeFull(benchmark::State& state) {
    const double width = kMeasureEm * corpus().style.sizePt;
    for (auto _ : state) {
        for (const auto& p : corpus().paragraphs) {
            MeasuredParagraph m = measureText(p, {}, corpus().style, FontRegistry::shared());
            benchmark::DoNotOptimize(composeLines(m, corpus().style, {width}).size());
        }
    }
    perCharacter(state);
}
BENCHMARK(BM_ComposeFull);

void BM_ComposeFullFirstFit(benchmark::State& state) {
    ParagraphStyle style = corpus().style;
    style.breaker = BreakerKind::FirstFit;
    const double width = kMeasureEm * style.sizePt;
    for (auto _ : state) {
        for (const auto& p : corpus().paragraphs) {
            MeasuredParagraph m = measureText(p, {}, style, FontRegistry::shared());
            benchmark::DoNotOptimize(composeLines(m, style, {width}).size());
        }
    }
    perCharacter(state);
}
BENCHMARK(BM_ComposeFullFirstFit);

// The whole edition, from a cold paragraph cache: every story shaped, flowed, and turned
// into display lists. Reported per page.
void BM_LayoutEditionCold(benchmark::State& state) {
    const Edition edition = *loadEdition(kSample).edition;
    for (auto _ : state) {
        LayoutCache cache;
        benchmark::DoNotOptimize(
            layoutEdition(edition, QString(), FontRegistry::shared(), cache).pages.size());
    }
    state.counters["per_page"] =
        benchmark::Counter(static_cast<double>(edition.pages.size()) * state.iterations(),
                           benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_LayoutEditionCold)->Unit(benchmark::kMillisecond);

// Typing: one character added to (or, every other time, taken from) the last paragraph
// of the longest story on page 1, then the whole edition laid out again with the cache:
// only that story is set again, only that paragraph reshaped.
void BM_LayoutEditionAfterKeystroke(benchmark::State& state) {
    Edition edition = *loadEdition(kSample).edition;
    LayoutCache cache;
    layoutEdition(edition, QString(), FontRegistry::shared(), cache);
    Story* business = nullptr;
    for (Story& s : edition.stories) {
        if (s.id == QLatin1String("business"))
            business = &s;
    }
    QString& typed = business->paragraphs.back().runs.back().text;
    int n = 0;
    for (auto _ : state) {
        if (++n % 2)
            typed += QStringLiteral("新");
        else
            typed.chop(1);
        benchmark::DoNotOptimize(
            layoutEdition(edition, QString(), FontRegistry::shared(), cache).pages.size());
    }
    state.counters["stories_set"] = cache.storiesSet();
}
BENCHMARK(BM_LayoutEditionAfterKeystroke)->Unit(benchmark::kMillisecond);

// A 24-page edition (the sample's two pages twelve times over, every id made unique and
// every copy's text rotated so that none is shared), laid out from a cold cache: what
// opening tonight's paper costs.
Edition twentyFourPages() {
    const Edition sample = *loadEdition(kSample).edition;
    Edition edition = sample;
    edition.pages.clear();
    edition.stories.clear();
    for (int copy = 0; copy < 12; ++copy) {
        const QString suffix = QStringLiteral("-%1").arg(copy);
        for (Page page : sample.pages) {
            for (Frame& f : page.frames) {
                f.id += suffix;
                if (!f.captionOf.isEmpty())
                    f.captionOf += suffix;
            }
            edition.pages.push_back(std::move(page));
        }
        for (Story story : sample.stories) {
            story.id += suffix;
            for (QString& id : story.frameIds)
                id += suffix;
            // Every page its own text, as in a real paper (the cache must not share it):
            // each copy's paragraphs rotated by a few characters.
            for (Paragraph& p : story.paragraphs) {
                for (TextRun& run : p.runs) {
                    const qsizetype k = run.text.size() > 1 ? copy % run.text.size() : 0;
                    run.text = run.text.mid(k) + run.text.left(k);
                }
            }
            edition.stories.push_back(std::move(story));
        }
    }
    return edition;
}

void BM_LayoutEdition24Pages(benchmark::State& state) {
    const Edition edition = twentyFourPages();
    for (auto _ : state) {
        LayoutCache cache;
        benchmark::DoNotOptimize(
            layoutEdition(edition, QString(), FontRegistry::shared(), cache).pages.size());
    }
}
BENCHMARK(BM_LayoutEdition24Pages)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
