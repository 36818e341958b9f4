// Fonts in the press PDF: each face used becomes a Type0 font with Identity-H encoding
// (content codes are glyph ids), its outlines subset by hb-subset in their original
// format (CFF stays CFF), widths from the face, and a ToUnicode map built from the
// document's own text — so copying and searching the PDF gives the characters typed,
// never a Kangxi radical that happens to share a glyph.
#pragma once

#include <QByteArray>
#include <QString>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <semaphore>
#include <set>

#include "pdf/pdf_file.h"
#include "shaping/font_face.h"

namespace paiban::pdf {

class FontEmbedder {
public:
    // The resource name (/F1 …) of the face; reserves its objects on first use.
    QByteArray resourceName(const FontFacePtr& face, PdfFile& file);
    int objectId(const FontFacePtr& face) const;
    // The face's ToUnicode entries by glyph id: a glyph's first use decides what it
    // stands for (try_emplace, then fill in). Null if the face has no resource name yet.
    std::map<uint32_t, QString>* glyphTexts(const FontFacePtr& face);
    // The face's advance of `glyph` in thousandths of an em (PDF glyph space).
    double advance1000(const FontFacePtr& face, uint32_t glyph) const;
    // The glyphs a face must keep: those its cmap gives for the code points (the usual
    // case, which hb-subset handles without walking the whole cmap), and the rest by id.
    struct GlyphNeeds {
        std::set<char32_t> codePoints;
        std::set<uint32_t> otherGlyphs;
    };
    // How many faces are subset at once: 0, each on a thread of its own; 1, none in the
    // background (each when writeAll() reaches it); N, at most N. The bytes written are the
    // same whatever it is: the objects follow the document, not the threads.
    void setSubsetThreads(int threads);
    // Keeps subsets in this folder between exports (subset_cache.h); empty: nowhere.
    void setCacheDir(const QString& dir);
    // Starts subsetting the face in the background (every glyph the pages will use must
    // be among the needs); writeAll() subsets the faces not started itself.
    void startSubsetting(const FontFacePtr& face, GlyphNeeds needs);
    // Writes every font's objects. Returns false and sets *error when subsetting fails.
    bool writeAll(PdfFile& file, QString* error);

    // A face's font program for the PDF: its subset, and that compressed.
    struct Program {
        bool cff = false;
        QByteArray bytes, deflated;
    };
    FontEmbedder();
    ~FontEmbedder();

private:
    struct Embedded {
        FontFacePtr face;
        QByteArray name;
        int type0 = 0;
        std::map<uint32_t, QString> glyphs;  // glyph id → the text it stands for
    };
    std::map<const FontFace*, Embedded> fonts_;
    std::map<const FontFace*, std::future<std::optional<Program>>> subsets_;
    int subsetThreads_ = 0;
    std::shared_ptr<std::counting_semaphore<>> subsetSlots_;  // when at most N at once
    std::shared_ptr<class SubsetCache> cache_;                // null: none
};

}  // namespace paiban::pdf
