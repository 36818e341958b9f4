#include "pdf/pdf_fonts.h"

#include <hb-subset.h>
#include <hb.h>

#include <QCryptographicHash>
#include <algorithm>
#include <future>
#include <optional>
#include <set>

#include "pdf/subset_cache.h"

namespace paiban::pdf {
namespace {

QByteArray hex4(uint32_t value) {
    return QByteArray::number(value, 16).rightJustified(4, '0').toUpper();
}

QByteArray blobBytes(hb_blob_t* blob) {
    unsigned length = 0;
    const char* data = hb_blob_get_data(blob, &length);
    QByteArray bytes(data, static_cast<qsizetype>(length));
    hb_blob_destroy(blob);
    return bytes;
}

// Six capital letters naming the subset, from its glyphs (PDF 9.6.4).
QByteArray subsetTag(const std::map<uint32_t, QString>& glyphs, const QByteArray& name) {
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(name);
    for (const auto& [glyph, text] : glyphs)
        hash.addData(QByteArray::number(glyph));
    const QByteArray digest = hash.result();
    QByteArray tag;
    for (int i = 0; i < 6; ++i)
        tag += char('A' + static_cast<unsigned char>(digest[i]) % 26);
    return tag;
}

// Whether a CFF table is CID-keyed: its Top DICT opens with the ROS operator (12 30).
// In a CID-keyed font the PDF selects glyphs by CID through the font's charset, which
// hb-subset keeps; otherwise by glyph id.
bool isCidKeyedCff(const QByteArray& cff) {
    const auto byte = [&](qsizetype i) {
        return i < cff.size() ? static_cast<uint8_t>(cff[i]) : 0;
    };
    const auto offset = [&](qsizetype at, int size) {
        uint32_t v = 0;
        for (int k = 0; k < size; ++k)
            v = (v << 8) | byte(at + k);
        return static_cast<qsizetype>(v);
    };
    // Skip the header and the Name INDEX; read the first Top DICT.
    qsizetype at = byte(2);
    const auto skipIndex = [&](qsizetype start, qsizetype* dataStart, qsizetype* firstEnd) {
        const qsizetype count = (byte(start) << 8) | byte(start + 1);
        if (count == 0)
            return start + 2;
        const int offSize = byte(start + 2);
        const qsizetype offsets = start + 3;
        const qsizetype data = offsets + (count + 1) * offSize - 1;
        if (dataStart)
            *dataStart = data + offset(offsets, offSize);
        if (firstEnd)
            *firstEnd = data + offset(offsets + offSize, offSize);
        return data + offset(offsets + count * offSize, offSize);
    };
    at = skipIndex(at, nullptr, nullptr);
    qsizetype dict = 0, dictEnd = 0;
    skipIndex(at, &dict, &dictEnd);
    for (qsizetype i = dict; i < dictEnd && i < cff.size();) {
        const uint8_t b0 = byte(i);
        if (b0 == 12)
            return byte(i + 1) == 30;  // the first operator decides
        if (b0 <= 21)
            return false;
        if (b0 == 28)
            i += 3;
        else if (b0 == 29)
            i += 5;
        else if (b0 == 30) {  // a real: nibbles up to an 0xf
            ++i;
            while (i < dictEnd && (byte(i) & 0x0f) != 0x0f && (byte(i) & 0xf0) != 0xf0)
                ++i;
            ++i;
        } else if (b0 >= 247 && b0 <= 254)
            i += 2;
        else
            ++i;
    }
    return false;
}

// Layout tables are dropped, since the PDF only draws; for a CFF font, whose CFF table
// alone is embedded, every other table too (which also spares hb-subset the work of
// subsetting a CJK font's cmap and metrics). Glyph ids are kept (retain-gids) where the
// PDF selects glyphs by them; a CID-keyed CFF keeps its CIDs through its charset, so its
// subset may renumber glyphs and stay small.
hb_face_t* subsetFace(hb_face_t* face, const FontEmbedder::GlyphNeeds& needs, bool retainGlyphIds,
                      bool cffOnly) {
    hb_subset_input_t* input = hb_subset_input_create_or_fail();
    if (!input)
        return nullptr;
    hb_set_t* unicodes = hb_subset_input_unicode_set(input);
    hb_set_clear(unicodes);
    hb_set_t* gids = hb_subset_input_glyph_set(input);
    hb_set_add(gids, 0);
    if (needs.otherGlyphs.empty()) {
        // By code point alone: hb-subset looks each up, instead of walking a CJK cmap's
        // 45,000 entries as it does whenever glyph ids are given.
        hb_set_clear(gids);
        for (char32_t cp : needs.codePoints)
            hb_set_add(unicodes, cp);
    } else {
        for (uint32_t glyph : needs.otherGlyphs)
            hb_set_add(gids, glyph);
        hb_font_t* font = hb_font_create(face);
        for (char32_t cp : needs.codePoints) {
            hb_codepoint_t glyph = 0;
            if (hb_font_get_nominal_glyph(font, cp, &glyph))
                hb_set_add(gids, glyph);
        }
        hb_font_destroy(font);
    }
    hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const char* tag :
         {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "vhea", "vmtx", "VORG", "DSIG", "kern",
          "morx", "COLR", "CPAL", "SVG ", "sbix", "CBDT", "CBLC"}) {
        hb_set_add(drop, HB_TAG(tag[0], tag[1], tag[2], tag[3]));
    }
    if (cffOnly) {
        for (const char* tag : {"cmap", "name", "post", "OS/2", "hmtx", "hhea", "vhea", "vmtx"})
            hb_set_add(drop, HB_TAG(tag[0], tag[1], tag[2], tag[3]));
    }
    // A CFF subset is desubroutinized: for the few thousand glyphs of a page of Chinese,
    // working out which of a CJK font's subroutines they call and renumbering them cost
    // hb-subset more than the rest of the subset, and the subroutines kept (shared with
    // glyphs not kept) made the subset larger: the sample's Noto Serif CJK SC regular,
    // 195 KB deflated with them, 172 KB without, in a quarter of the time.
    hb_subset_input_set_flags(
        input, HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_DESUBROUTINIZE |
                   (retainGlyphIds ? static_cast<unsigned>(HB_SUBSET_FLAGS_RETAIN_GIDS) : 0u));
    hb_face_t* subset = hb_subset_or_fail(face, input);
    hb_subset_input_destroy(input);
    return subset;
}

QByteArray toUnicodeCMap(const std::map<uint32_t, QString>& glyphs) {
    QByteArray cmap =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    std::vector<std::pair<uint32_t, QString>> entries;
    for (const auto& [glyph, text] : glyphs) {
        if (!text.isEmpty())
            entries.emplace_back(glyph, text);
    }
    // At most 100 entries per bfchar block (PDF 9.10.3).
    for (size_t i = 0; i < entries.size(); i += 100) {
        const size_t n = std::min<size_t>(100, entries.size() - i);
        cmap += QByteArray::number(static_cast<qulonglong>(n)) + " beginbfchar\n";
        for (size_t k = i; k < i + n; ++k) {
            cmap += "<" + hex4(entries[k].first) + "> <";
            for (QChar c : entries[k].second)
                cmap += hex4(c.unicode());
            cmap += ">\n";
        }
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return cmap;
}

}  // namespace

QByteArray FontEmbedder::resourceName(const FontFacePtr& face, PdfFile& file) {
    auto it = fonts_.find(face.get());
    if (it == fonts_.end()) {
        Embedded e;
        e.face = face;
        e.name = "F" + QByteArray::number(static_cast<qsizetype>(fonts_.size() + 1));
        e.type0 = file.reserve();
        it = fonts_.emplace(face.get(), std::move(e)).first;
    }
    return it->second.name;
}

int FontEmbedder::objectId(const FontFacePtr& face) const {
    auto it = fonts_.find(face.get());
    return it == fonts_.end() ? 0 : it->second.type0;
}

std::map<uint32_t, QString>* FontEmbedder::glyphTexts(const FontFacePtr& face) {
    auto it = fonts_.find(face.get());
    return it == fonts_.end() ? nullptr : &it->second.glyphs;
}

double FontEmbedder::advance1000(const FontFacePtr& face, uint32_t glyph) const {
    return hb_font_get_glyph_h_advance(face->hbFont(), glyph) * 1000.0 / face->unitsPerEm();
}

namespace {

std::optional<FontEmbedder::Program> subsetProgram(const FontFace& face,
                                                   const FontEmbedder::GlyphNeeds& needs) {
    // Looked at in place: the CFF table of a CJK face is some 20 MB.
    hb_blob_t* cffBlob = hb_face_reference_table(face.hbFace(), HB_TAG('C', 'F', 'F', ' '));
    unsigned cffLength = 0;
    const char* cffData = hb_blob_get_data(cffBlob, &cffLength);
    FontEmbedder::Program program;
    program.cff = cffLength > 0;
    const bool cidKeyed = program.cff && isCidKeyedCff(QByteArray::fromRawData(
                                             cffData, static_cast<qsizetype>(cffLength)));
    hb_blob_destroy(cffBlob);
    // Content streams carry the shaper's glyph ids, which are the CIDs of Noto CJK's
    // Adobe-Identity-0 fonts.
    hb_face_t* subset = subsetFace(face.hbFace(), needs, !cidKeyed, program.cff);
    if (!subset)
        return std::nullopt;
    program.bytes = program.cff
                        ? blobBytes(hb_face_reference_table(subset, HB_TAG('C', 'F', 'F', ' ')))
                        : blobBytes(hb_face_reference_blob(subset));
    hb_face_destroy(subset);
    program.deflated = deflate(program.bytes);
    return program;
}

// The face's program from the cache when it holds one for these very needs, else
// subset (holding one of the slots, if any) and kept there.
std::optional<FontEmbedder::Program> programFor(
    const FontFace& face, const FontEmbedder::GlyphNeeds& needs, SubsetCache* cache,
    const std::shared_ptr<std::counting_semaphore<>>& gate) {
    QByteArray key;
    if (cache) {
        key = SubsetCache::key(face, needs);
        if (auto program = cache->load(key))
            return program;
    }
    if (gate)
        gate->acquire();
    auto program = subsetProgram(face, needs);
    if (gate)
        gate->release();
    if (cache && program)
        cache->store(key, *program);
    return program;
}

}  // namespace

FontEmbedder::FontEmbedder() = default;
FontEmbedder::~FontEmbedder() = default;

void FontEmbedder::setCacheDir(const QString& dir) {
    cache_ = dir.isEmpty() ? nullptr : std::make_shared<SubsetCache>(dir);
}

void FontEmbedder::setSubsetThreads(int threads) {
    subsetThreads_ = std::max(0, threads);
    subsetSlots_ =
        subsetThreads_ > 1 ? std::make_shared<std::counting_semaphore<>>(subsetThreads_) : nullptr;
}

void FontEmbedder::startSubsetting(const FontFacePtr& face, GlyphNeeds needs) {
    // Subsetting a CJK face is the slowest part of an export: each face is subset on a
    // thread of its own (HarfBuzz faces are safe to read from several), started as soon
    // as the pages' glyphs are known, while the pages are written.
    if (subsetThreads_ == 1) {
        subsets_[face.get()] =
            std::async(std::launch::deferred, [face, needs = std::move(needs), cache = cache_] {
                return programFor(*face, needs, cache.get(), nullptr);
            });
        return;
    }
    subsets_[face.get()] = std::async(
        std::launch::async, [face, needs = std::move(needs), gate = subsetSlots_, cache = cache_] {
            return programFor(*face, needs, cache.get(), gate);
        });
}

bool FontEmbedder::writeAll(PdfFile& file, QString* error) {
    // In the order the pages first used the faces (their Type0 objects were reserved
    // then), not fonts_'s order by address, which changes from run to run: the same
    // document must give the same bytes in every process.
    std::vector<std::pair<const FontFace*, Embedded*>> ordered;
    for (auto& [key, e] : fonts_)
        ordered.emplace_back(key, &e);
    std::sort(ordered.begin(), ordered.end(),
              [](const auto& a, const auto& b) { return a.second->type0 < b.second->type0; });
    for (auto& [key, e] : fonts_) {
        if (subsets_.count(key) == 0) {
            GlyphNeeds needs;
            for (const auto& [glyph, text] : e.glyphs)
                needs.otherGlyphs.insert(glyph);
            startSubsetting(e.face, std::move(needs));
        }
    }
    for (auto [key, embedded] : ordered) {
        Embedded& e = *embedded;
        const FontFace& face = *e.face;
        const std::optional<Program> program = subsets_[key].get();
        if (!program) {
            *error = QStringLiteral("cannot subset font %1")
                         .arg(QString::fromStdString(face.postScriptName()));
            return false;
        }
        const bool cff = program->cff;
        QByteArray psName = QByteArray::fromStdString(face.postScriptName());
        if (psName.isEmpty())
            psName = "Font" + e.name;
        const QByteArray baseFont = subsetTag(e.glyphs, psName) + "+" + psName;
        const double scale = 1000.0 / face.unitsPerEm();

        const int fontFile = file.reserve();
        const QByteArray dict = cff ? " /Subtype /CIDFontType0C"
                                    : " /Length1 " + QByteArray::number(program->bytes.size());
        if (program->deflated.isEmpty())
            file.writeRawStream(fontFile, dict, program->bytes);
        else
            file.writeRawStream(fontFile, dict + " /Filter /FlateDecode", program->deflated);

        hb_font_extents_t extents{};
        hb_font_get_h_extents(face.hbFont(), &extents);
        const QByteArray head = face.table("head");
        auto s16 = [&](int offset) {
            return static_cast<int16_t>((uint8_t(head[offset]) << 8) | uint8_t(head[offset + 1]));
        };
        const QByteArray bbox =
            head.size() >= 44 ? "[" + num(s16(36) * scale) + " " + num(s16(38) * scale) + " " +
                                    num(s16(40) * scale) + " " + num(s16(42) * scale) + "]"
                              : "[0 -200 1000 900]";
        const int descriptor = file.reserve();
        file.write(descriptor, "<< /Type /FontDescriptor /FontName /" + baseFont +
                                   " /Flags 4 /FontBBox " + bbox + " /ItalicAngle 0 /Ascent " +
                                   num(extents.ascender * scale) + " /Descent " +
                                   num(extents.descender * scale) + " /CapHeight " +
                                   num(extents.ascender * scale) + " /StemV 80 " +
                                   (cff ? "/FontFile3 " : "/FontFile2 ") +
                                   QByteArray::number(fontFile) + " 0 R >>");

        QByteArray widths = "[";
        for (const auto& [glyph, text] : e.glyphs) {
            widths += QByteArray::number(glyph) + " [" + num(advance1000(e.face, glyph)) + "] ";
        }
        widths += "]";
        const int cidFont = file.reserve();
        file.write(cidFont,
                   QByteArray("<< /Type /Font /Subtype ") +
                       (cff ? "/CIDFontType0" : "/CIDFontType2") + " /BaseFont /" + baseFont +
                       " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                       " /FontDescriptor " +
                       QByteArray::number(descriptor) + " 0 R /DW 1000 /W " + widths +
                       (cff ? "" : " /CIDToGIDMap /Identity") + " >>");
        const int toUnicode = file.reserve();
        file.writeStream(toUnicode, QByteArray(), toUnicodeCMap(e.glyphs));
        file.write(e.type0, "<< /Type /Font /Subtype /Type0 /BaseFont /" + baseFont +
                                " /Encoding /Identity-H /DescendantFonts [" +
                                QByteArray::number(cidFont) + " 0 R] /ToUnicode " +
                                QByteArray::number(toUnicode) + " 0 R >>");
    }
    if (cache_)
        cache_->prune();
    return true;
}

}  // namespace paiban::pdf
