#include <hb.h>

#include <algorithm>
#include <memory>

#include "shaping/font_registry.h"
#include "shaping/shaped_text.h"
#include "text/char_class.h"

namespace paiban {
namespace {

char32_t decodeAt(std::u16string_view text, size_t i, size_t* length) {
    char16_t c = text[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.size()) {
        char16_t d = text[i + 1];
        if (d >= 0xDC00 && d <= 0xDFFF) {
            *length = 2;
            return 0x10000 + ((char32_t(c) - 0xD800) << 10) + (char32_t(d) - 0xDC00);
        }
    }
    *length = 1;
    return c;
}

bool isNeutralScript(hb_script_t script) {
    return script == HB_SCRIPT_COMMON || script == HB_SCRIPT_INHERITED ||
           script == HB_SCRIPT_UNKNOWN;
}

// Most of a Chinese page is unified ideographs: their script is known without asking.
hb_script_t scriptOf(hb_unicode_funcs_t* unicode, char32_t cp) {
    if (isUnifiedIdeograph(cp))
        return HB_SCRIPT_HAN;
    return hb_unicode_script(unicode, cp);
}

// A run of text shaped with one face, size and script.
struct Item {
    uint32_t start, end;
    uint16_t run;
    hb_script_t script;
};

struct ItemizeState {
    const std::vector<FontFacePtr>* fallbacks;
    std::vector<FontRun>* runs;
};

uint16_t runIndexFor(std::vector<FontRun>& runs, const FontFacePtr& face, const StyledSpan& span) {
    for (size_t i = 0; i < runs.size(); ++i) {
        if (runs[i].face == face && runs[i].sizePt == span.sizePt && runs[i].color == span.color) {
            return static_cast<uint16_t>(i);
        }
    }
    runs.push_back(FontRun{face, span.sizePt, span.color});
    return static_cast<uint16_t>(runs.size() - 1);
}

}  // namespace

uint32_t codePointOffset(std::u16string_view text, uint32_t utf16Offset) {
    uint32_t count = 0;
    for (uint32_t i = 0; i < utf16Offset && i < text.size(); ++i) {
        const char16_t c = text[i];
        if (!(c >= 0xDC00 && c <= 0xDFFF))
            ++count;
    }
    return count;
}

ShapedParagraph shapeParagraph(std::u16string text, const std::vector<StyledSpan>& spans,
                               FontRegistry& fonts) {
    ShapedParagraph out;
    out.text = std::move(text);
    const std::u16string_view view = out.text;
    hb_unicode_funcs_t* unicode = hb_unicode_funcs_get_default();

    // 1. Itemize: style span × covering face × script.
    std::vector<Item> items;
    items.reserve(8);  // most paragraphs are one item, or a few
    uint32_t codePoints = 0;
    for (const auto& span : spans) {
        FontFacePtr styled = fonts.face(span.fontFamily, span.fontWeight);
        if (!styled) {
            if (std::find(out.missingFonts.begin(), out.missingFonts.end(), span.fontFamily) ==
                out.missingFonts.end()) {
                out.missingFonts.push_back(span.fontFamily);
            }
        }
        std::vector<FontFacePtr> candidates;
        candidates.reserve(4);
        if (styled)
            candidates.push_back(styled);
        for (auto& f : fonts.fallbacks(span.fontWeight)) {
            if (f != styled)
                candidates.push_back(f);
        }
        if (candidates.empty())
            continue;  // nothing installed at all: reported as missing fonts
        hb_script_t lastScript = HB_SCRIPT_COMMON;
        // The run of the last face chosen in this span: the common case is the same again.
        const FontFace* lastFace = nullptr;
        const uint64_t* lastCoverage = nullptr;  // lastFace's BMP coverage bits
        uint16_t lastRun = 0;
        for (size_t i = span.start; i < span.end;) {
            size_t length = 1;
            const char32_t cp = decodeAt(view, i, &length);
            hb_script_t script = scriptOf(unicode, cp);
            const bool neutral = isNeutralScript(script);
            // Most characters continue the open item (the span's last, in lastFace): a
            // neutral one whenever that face has it, others when the face is the styled
            // one (the first a search would choose) and the script agrees.
            if (lastFace && cp < 0x10000 && ((lastCoverage[cp / 64] >> (cp % 64)) & 1)) {
                Item& open = items.back();
                if (neutral || (lastFace == candidates.front().get() &&
                                (open.script == script || isNeutralScript(open.script)))) {
                    if (!neutral) {
                        open.script = script;
                        lastScript = script;
                    }
                    i += length;
                    ++codePoints;
                    // The same for the unified ideographs that follow (most of the text),
                    // which are never surrogates and whose script is Han.
                    if (script == HB_SCRIPT_HAN) {
                        while (i < span.end && isUnifiedIdeograph(view[i]) &&
                               ((lastCoverage[view[i] / 64] >> (view[i] % 64)) & 1)) {
                            ++i;
                            ++codePoints;
                        }
                    }
                    open.end = static_cast<uint32_t>(i);
                    continue;
                }
            }
            const FontFacePtr* chosen = nullptr;
            // Marks and neutral characters stay with the face of what precedes them.
            if (!items.empty() && items.back().end == i && neutral) {
                const auto& prevFace = out.runs[items.back().run].face;
                if (prevFace->covers(cp))
                    chosen = &prevFace;
            }
            for (size_t c = 0; !chosen && c < candidates.size(); ++c) {
                if (candidates[c]->covers(cp))
                    chosen = &candidates[c];
            }
            if (!chosen) {
                if (cp != 0x20 && cp != 0xA0)
                    out.missing.push_back({codePoints, cp});
                chosen = &candidates.front();
            }
            if (neutral)
                script = lastScript;
            lastScript = script;
            FontFace* const face = chosen->get();  // *chosen may live in out.runs, which
            if (lastFace != face) {                // runIndexFor may move (found by the
                lastRun = runIndexFor(out.runs, *chosen, span);  // editor monkey under ASan)
                lastFace = face;
                lastCoverage = lastFace->bmpCoverage();
            }
            const uint16_t run = lastRun;
            if (!items.empty() && items.back().end == i && items.back().run == run &&
                (items.back().script == script || isNeutralScript(items.back().script))) {
                items.back().end = static_cast<uint32_t>(i + length);
                items.back().script = script;
            } else {
                items.push_back(
                    {static_cast<uint32_t>(i), static_cast<uint32_t>(i + length), run, script});
            }
            i += length;
            ++codePoints;
        }
    }

    // 2. Shape each item with the whole paragraph as context. Each thread keeps one
    // buffer: HarfBuzz reuses its memory.
    struct BufferDeleter {
        void operator()(hb_buffer_t* b) const { hb_buffer_destroy(b); }
    };
    thread_local const std::unique_ptr<hb_buffer_t, BufferDeleter> ownedBuffer(hb_buffer_create());
    hb_buffer_t* const buffer = ownedBuffer.get();
    out.glyphs.reserve(view.size());
    out.clusters.reserve(view.size());
    // Looked up once: HarfBuzz compares the tag against every language it has seen.
    static const hb_language_t chinese = hb_language_from_string("zh-Hans", -1);
    for (const auto& item : items) {
        const FontRun& run = out.runs[item.run];
        hb_buffer_clear_contents(buffer);
        hb_buffer_add_utf16(buffer, reinterpret_cast<const uint16_t*>(view.data()),
                            static_cast<int>(view.size()), item.start,
                            static_cast<int>(item.end - item.start));
        hb_buffer_set_direction(buffer, HB_DIRECTION_LTR);
        hb_buffer_set_script(buffer, isNeutralScript(item.script) ? HB_SCRIPT_HAN : item.script);
        hb_buffer_set_language(buffer, chinese);
        hb_shape(run.face->hbFont(), buffer, nullptr, 0);

        unsigned count = 0;
        const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer, &count);
        const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &count);
        const float scale = static_cast<float>(run.sizePt / run.face->unitsPerEm());
        const size_t firstGlyph = out.glyphs.size();
        out.glyphs.resize(firstGlyph + count);
        ShapedGlyph* const glyphs = out.glyphs.data() + firstGlyph;
        for (unsigned g = 0; g < count;) {
            ShapedCluster& c = out.clusters.emplace_back();
            c.textStart = infos[g].cluster;
            c.glyphStart = static_cast<uint32_t>(firstGlyph + g);
            c.run = item.run;
            size_t length = 1;
            c.cp = decodeAt(view, c.textStart, &length);
            do {
                const float advance = static_cast<float>(positions[g].x_advance) * scale;
                glyphs[g] = {infos[g].codepoint, advance, positions[g].x_offset * scale,
                             positions[g].y_offset * scale};
                c.advance += advance;
                ++g;
            } while (g < count && infos[g].cluster == c.textStart);
            c.glyphEnd = static_cast<uint32_t>(firstGlyph + g);
            if (out.clusters.size() > 1)
                out.clusters[out.clusters.size() - 2].textEnd = c.textStart;
        }
    }
    if (!out.clusters.empty())
        out.clusters.back().textEnd = static_cast<uint32_t>(view.size());
    hb_buffer_clear_contents(buffer);
    return out;
}

}  // namespace paiban
