// What a proof carries besides the page: annotations a reader can list, answer and print
// (PDF 1.7 §12.5.6: text markup, carets, notes, each with its own appearance so that
// readers without appearance code of their own show and print them) and marks drawn into
// the page itself (change bars, underlines). Proofs only: a press PDF (PDF/X-4) has none.
#pragma once

#include <QByteArray>
#include <QColor>
#include <QDateTime>
#include <QString>
#include <cstdint>
#include <vector>

#include "model/document.h"

namespace paiban {

enum class PdfAnnotationKind : uint8_t { Highlight, Underline, StrikeOut, Caret, Text };

struct PdfAnnotation {
    int page = 0;  // index into the edition's pages (display.pages)
    PdfAnnotationKind kind = PdfAnnotationKind::Highlight;
    std::vector<Rect> quads;  // page points, top-left origin like the display list; markup kinds
    Rect rect;                // Caret and Text: where it stands (empty: the quads' union)
    QColor colour;            // RGB; invalid: the kind's usual colour
    QString contents, author, subject;
    QString name;        // /NM, unique in the page, e.g. "paiban-note-n3"; empty: paiban-annot-N
    QDateTime modified;  // /M (and /CreationDate); invalid → the export's fixed date
    bool popup = true;   // markup annotations get a /Popup (closed)
};

// Marks drawn into the proof page's content, above everything: change bars, underlines.
// Filled, or outlined with lines of lineWidthPt (0: a default).
struct PdfMark {
    int page = 0;
    Rect rect;
    QColor colour;
    bool filled = true;
    double lineWidthPt = 0;
};

namespace pdf {

class PdfColours;
class PdfFile;

// Why these annotations and marks cannot be written on an edition of `pageCount` pages
// (a page that is not there, nowhere to stand, a name used twice on a page), or empty.
QString annotationProblem(const std::vector<PdfAnnotation>& annotations,
                          const std::vector<PdfMark>& marks, int pageCount);

struct AnnotatedPage {
    int pageObject = 0;  // the page's object number, for /P
    double widthPt = 0, heightPt = 0;
    QByteArray fixedDate;  // PDF date (D:…Z) of annotations without their own
};

// Writes the page's annotations with their appearance streams and popups; returns the
// entries of the page's /Annots array ("12 0 R 13 0 R …"), empty when there are none.
QByteArray writeAnnotations(PdfFile& file, const PdfColours& colours,
                            const std::vector<const PdfAnnotation*>& annotations,
                            const AnnotatedPage& page);

// The marks as page content, in the proof's colours, each inside q … Q.
QByteArray marksContent(const std::vector<const PdfMark*>& marks, const PdfColours& colours,
                        double pageHeightPt);

}  // namespace pdf
}  // namespace paiban
