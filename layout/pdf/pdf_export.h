// The edition's PDF, written by Paiban itself (see DESIGN.md › PDF). For the press:
// PDF/X-4 with the press's CMYK profile as output intent, Type0/CID fonts subset with
// hb-subset in their own outline format, ToUnicode from the document's text, DeviceCMYK
// colour with 100 % K text, photos in the press's CMYK, trim and bleed boxes, crop marks
// on request. Proofs, for screens and office printers, share the fonts and the text but
// are plain PDF 1.7 in the screen's RGB (or its greys), and may carry annotations and
// marks (pdf/pdf_annotations).
#pragma once

#include <QDateTime>
#include <QString>
#include <vector>

#include "articles/articles.h"
#include "display/display_list.h"
#include "pdf/pdf_annotations.h"

namespace paiban {

struct PdfMetadata {
    QString title;
    QString creator = QStringLiteral("Paiban");
    // What the pages say, article by article (articlesOf): the tagged PDF's structure
    // and its article threads. Empty: one article per story, without photos or threads.
    std::vector<Article> articles;
};

enum class PdfIntent : uint8_t { Press, Proof };

// A proof's colours: the document's CMYK as the screen shows it, or that in greys (for
// black-and-white office printers, and smaller files).
enum class ProofColour : uint8_t { Rgb, Gray };

struct PdfOptions {
    PdfIntent intent = PdfIntent::Press;
    ProofColour proofColour = ProofColour::Rgb;  // proofs only
    std::vector<int> pages;                      // page indices, in order; empty: every page
    bool cropMarks = false;                      // press only, as is the bleed
    double bleedPt = 0;
    QString outputProfile;  // the press's CMYK ICC; empty: $PAIBAN_CMYK_PROFILE or the fallback
    QString imageCacheDir;  // where converted photos are kept between exports; empty: nowhere
    QString fontCacheDir;   // where font subsets are kept between exports; empty: nowhere
    // A press PDF of a document with 缺字 (characters no font has) is refused: they
    // would print as blanks. This lets it through, knowingly.
    bool allowMissingGlyphs = false;
    // Faces subset at once (pdf_fonts: 0, a thread each; 1, none in the background). The
    // file is the same byte for byte whatever it is.
    int subsetThreads = 0;
    // Written into the file's dates. Left invalid, a fixed date is written, so that the
    // same document always gives the same bytes.
    QDateTime timestamp;
    // Proofs only (a press PDF given any is refused): notes on the pages, and marks drawn
    // over them. Those on pages not exported are left out.
    std::vector<PdfAnnotation> annotations;
    std::vector<PdfMark> marks;
};

struct PdfResult {
    QByteArray bytes;      // empty on failure
    QString error;         // why it failed
    QStringList warnings;  // what the press should know (fallback profile, RGB kept, …)
};

PdfResult editionPdf(const EditionDisplay& display, const PdfMetadata& metadata,
                     const PdfOptions& options = {});

// Writes the PDF atomically; false with *error on failure.
bool writeEditionPdf(const EditionDisplay& display, const PdfMetadata& metadata,
                     const PdfOptions& options, const QString& path, QString* error,
                     QStringList* warnings = nullptr);

// Parses a page selection like "1-2,4" (page numbers) into indices; false if malformed
// or out of range.
bool parsePageRanges(const QString& text, int pageCount, std::vector<int>* indices);

}  // namespace paiban
