#include "shaping/font_face.h"

#include <hb-ot.h>
#include <hb.h>

#include <limits>
#include <vector>

#include "shaping/glyph_cache.h"

namespace paiban {
namespace {

// OpenType script tag of Han, for the ideographic em-box baselines of the BASE table.
constexpr hb_tag_t kHanScriptTag = HB_TAG('h', 'a', 'n', 'i');

// An ink cache entry not yet computed: zero, which no ink packs to (a glyph with ink
// has a width; an empty one packs to −1), so the table starts as untouched zero pages.
constexpr int64_t kInkUnknown = 0;

int64_t packInk(const GlyphInk& ink) {
    if (ink.empty)
        return -1;
    return (static_cast<int64_t>(ink.xBearing) << 32) | static_cast<uint32_t>(ink.width);
}

GlyphInk unpackInk(int64_t packed) {
    if (packed == -1)
        return GlyphInk{};
    return GlyphInk{static_cast<int>(packed >> 32), static_cast<int>(static_cast<uint32_t>(packed)),
                    false};
}

std::string nameEntry(hb_face_t* face, hb_ot_name_id_t id) {
    unsigned length =
        hb_ot_name_get_utf8(face, id, hb_language_from_string("en", -1), nullptr, nullptr);
    if (length == 0)
        length = hb_ot_name_get_utf8(face, id, HB_LANGUAGE_INVALID, nullptr, nullptr);
    if (length == 0)
        return {};
    std::string text(length + 1, '\0');
    unsigned size = length + 1;
    if (hb_ot_name_get_utf8(face, id, hb_language_from_string("en", -1), &size, text.data()) == 0) {
        size = length + 1;
        hb_ot_name_get_utf8(face, id, HB_LANGUAGE_INVALID, &size, text.data());
    }
    text.resize(size);
    return text;
}

}  // namespace

std::shared_ptr<FontFace> FontFace::open(const std::string& path, unsigned index) {
    hb_blob_t* blob = hb_blob_create_from_file_or_fail(path.c_str());
    if (!blob)
        return nullptr;
    const unsigned faceCount = hb_face_count(blob);
    if (index >= faceCount) {
        hb_blob_destroy(blob);
        return nullptr;
    }
    std::shared_ptr<FontFace> face(new FontFace);
    face->path_ = path;
    face->index_ = index;
    face->face_ = hb_face_create(blob, index);
    hb_blob_destroy(blob);
    face->upem_ = hb_face_get_upem(face->face_);
    face->plainFont_ = hb_font_create(face->face_);
    hb_font_set_scale(face->plainFont_, static_cast<int>(face->upem_),
                      static_cast<int>(face->upem_));
    face->font_ = createGlyphCachingFont(face->plainFont_);

    // Prefer the typographic family (16) over the legacy one (1), which splits weights.
    face->family_ = nameEntry(face->face_, HB_OT_NAME_ID_TYPOGRAPHIC_FAMILY);
    if (face->family_.empty())
        face->family_ = nameEntry(face->face_, HB_OT_NAME_ID_FONT_FAMILY);
    face->style_ = nameEntry(face->face_, HB_OT_NAME_ID_TYPOGRAPHIC_SUBFAMILY);
    if (face->style_.empty())
        face->style_ = nameEntry(face->face_, HB_OT_NAME_ID_FONT_SUBFAMILY);
    face->postScriptName_ = nameEntry(face->face_, HB_OT_NAME_ID_POSTSCRIPT_NAME);
    face->weight_ = static_cast<int>(hb_style_get_value(face->font_, HB_STYLE_TAG_WEIGHT));

    face->glyphCount_ = hb_face_get_glyph_count(face->face_);
    face->inkCache_ = std::make_unique<ZeroedAtomicTable<int64_t>>(face->glyphCount_);

    // The ideographic em box (BASE 'ideo'/'idtp'), synthesised by HarfBuzz when absent.
    hb_position_t top = 0, bottom = 0;
    hb_ot_layout_get_baseline_with_fallback(face->font_,
                                            HB_OT_LAYOUT_BASELINE_TAG_IDEO_EMBOX_TOP_OR_RIGHT,
                                            HB_DIRECTION_LTR, kHanScriptTag, HB_TAG_NONE, &top);
    hb_ot_layout_get_baseline_with_fallback(face->font_,
                                            HB_OT_LAYOUT_BASELINE_TAG_IDEO_EMBOX_BOTTOM_OR_LEFT,
                                            HB_DIRECTION_LTR, kHanScriptTag, HB_TAG_NONE, &bottom);
    if (top > bottom) {
        face->ascent_ = double(top) / face->upem_;
        face->descent_ = double(bottom) / face->upem_;
    }
    return face;
}

FontFace::~FontFace() {
    hb_set_destroy(coverage_);
    hb_font_destroy(font_);
    hb_font_destroy(plainFont_);
    hb_face_destroy(face_);
}

// Collected on first use: a fallback face that is never asked costs nothing (a CJK
// cmap holds some 45,000 code points).
const uint64_t* FontFace::collectCoverage() const {
    std::lock_guard lock(coverageMutex_);
    if (const uint64_t* bits = bmpBits_.load(std::memory_order_acquire))
        return bits;  // another thread collected it meanwhile
    coverage_ = hb_set_create();
    hb_face_collect_unicodes(face_, coverage_);
    bmpCoverage_.assign(0x10000 / 64, 0);
    // In batches: one call per element would cost more than the cmap walk itself.
    hb_codepoint_t batch[1024];
    hb_codepoint_t last = HB_SET_VALUE_INVALID;
    for (unsigned n; (n = hb_set_next_many(coverage_, last, batch, 1024)) > 0;) {
        for (unsigned i = 0; i < n && batch[i] < 0x10000; ++i)
            bmpCoverage_[batch[i] / 64] |= uint64_t(1) << (batch[i] % 64);
        last = batch[n - 1];
        if (last >= 0x10000)
            break;
    }
    bmpBits_.store(bmpCoverage_.data(), std::memory_order_release);
    return bmpCoverage_.data();
}

bool FontFace::coversSupplementary(char32_t cp) const {
    bmpCoverage();  // collects coverage_ too
    return hb_set_has(coverage_, cp);
}

uint32_t FontFace::glyphFor(char32_t cp) const {
    hb_codepoint_t glyph = 0;
    return hb_font_get_nominal_glyph(font_, cp, &glyph) ? glyph : 0;
}

GlyphInk FontFace::ink(uint32_t glyph) const {
    const bool cached = glyph < glyphCount_;
    if (cached) {
        const int64_t known = inkCache_->load(glyph);
        if (known != kInkUnknown)
            return unpackInk(known);
    }
    hb_glyph_extents_t extents{};
    GlyphInk ink;
    if (hb_font_get_glyph_extents(font_, glyph, &extents) && extents.width > 0) {
        ink.xBearing = extents.x_bearing;
        ink.width = extents.width;
        ink.empty = false;
    }
    if (cached)
        inkCache_->store(glyph, packInk(ink));
    return ink;
}

QByteArray FontFace::table(const char tag[4]) const {
    hb_blob_t* blob = hb_face_reference_table(face_, HB_TAG(tag[0], tag[1], tag[2], tag[3]));
    unsigned length = 0;
    const char* data = hb_blob_get_data(blob, &length);
    QByteArray bytes(data, static_cast<qsizetype>(length));
    hb_blob_destroy(blob);
    return bytes;
}

const QByteArray& FontFace::standaloneData() const {
    std::lock_guard lock(mutex_);
    if (!standalone_.isEmpty())
        return standalone_;
    unsigned count = hb_face_get_table_tags(face_, 0, nullptr, nullptr);
    std::vector<hb_tag_t> tags(count);
    hb_face_get_table_tags(face_, 0, &count, tags.data());
    hb_face_t* builder = hb_face_builder_create();
    for (hb_tag_t tag : tags) {
        hb_blob_t* table = hb_face_reference_table(face_, tag);
        hb_face_builder_add_table(builder, tag, table);
        hb_blob_destroy(table);
    }
    hb_blob_t* font = hb_face_reference_blob(builder);
    unsigned length = 0;
    const char* data = hb_blob_get_data(font, &length);
    standalone_ = QByteArray(data, static_cast<qsizetype>(length));
    hb_blob_destroy(font);
    hb_face_destroy(builder);
    return standalone_;
}

}  // namespace paiban
