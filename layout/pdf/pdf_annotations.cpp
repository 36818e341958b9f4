#include "pdf/pdf_annotations.h"

#include <QTimeZone>
#include <algorithm>
#include <set>

#include "pdf/pdf_colours.h"
#include "pdf/pdf_file.h"

namespace paiban::pdf {
namespace {

// A highlighter's ink: multiplied into the page so the type stays black under it, and
// thin enough that a yellow lets the page's own colours through.
constexpr double kHighlightOpacity = 0.4;
// Underline and strike-out lines: this part of the quad's height thick (a 9 pt line's
// quad gives about 0.8 pt, a pen stroke), never thinner than kMinLineWidthPt.
constexpr double kMarkupLineFraction = 1.0 / 14;
constexpr double kMinLineWidthPt = 0.5;
// The caret's notch: how high into the caret its base is cut, as a part of its height.
constexpr double kCaretNotch = 0.3;
// A note's icon: the folded corner and the ruled lines, as parts of its size.
constexpr double kNoteFold = 0.3;
constexpr double kNoteLineInset = 0.2;
constexpr double kNoteStrokeGrey = 0.25;  // outline and lines, dark on any colour
constexpr double kNoteStrokeWidthPt = 0.6;
// Where a popup opens: beside its annotation, this far off, this big (readers draw the
// window at its /Rect), kept on the page.
constexpr double kPopupGapPt = 6;
constexpr double kPopupWidthPt = 180;
constexpr double kPopupHeightPt = 120;
// /F: Print (4), so the annotations print with the proof. A popup is a window, not ink:
// NoZoom (8) | NoRotate (16), not printed.
constexpr int kAnnotationFlags = 4;
constexpr int kPopupFlags = 24;
// Outlined marks without a width of their own.
constexpr double kDefaultMarkLineWidthPt = 1;

// The usual colours: a yellow highlighter and a note's yellow, a proofreader's red pen.
const QColor kHighlightYellow(255, 217, 0);
const QColor kProofRed(220, 30, 30);

bool isEmpty(const Rect& r) {
    return r.width <= 0 || r.height <= 0;
}

Rect unionOf(const std::vector<Rect>& rects) {
    Rect out;
    bool first = true;
    for (const Rect& r : rects) {
        if (isEmpty(r))
            continue;
        if (first) {
            out = r;
            first = false;
            continue;
        }
        const double left = std::min(out.x, r.x), top = std::min(out.y, r.y);
        const double right = std::max(out.right(), r.right());
        const double bottom = std::max(out.bottom(), r.bottom());
        out = {left, top, right - left, bottom - top};
    }
    return out;
}

bool isTextMarkup(PdfAnnotationKind kind) {
    return kind == PdfAnnotationKind::Highlight || kind == PdfAnnotationKind::Underline ||
           kind == PdfAnnotationKind::StrikeOut;
}

// Where the annotation stands, in page points from the top left.
Rect placeOf(const PdfAnnotation& a) {
    if (!isTextMarkup(a.kind) && !isEmpty(a.rect))
        return a.rect;
    return unionOf(a.quads);
}

QByteArray subtypeOf(PdfAnnotationKind kind) {
    switch (kind) {
        case PdfAnnotationKind::Highlight:
            return "/Highlight";
        case PdfAnnotationKind::Underline:
            return "/Underline";
        case PdfAnnotationKind::StrikeOut:
            return "/StrikeOut";
        case PdfAnnotationKind::Caret:
            return "/Caret";
        case PdfAnnotationKind::Text:
            return "/Text";
    }
    return "/Text";
}

QColor colourOf(const PdfAnnotation& a) {
    if (a.colour.isValid())
        return a.colour.toRgb();
    const bool yellow = a.kind == PdfAnnotationKind::Highlight || a.kind == PdfAnnotationKind::Text;
    return yellow ? kHighlightYellow : kProofRed;
}

QByteArray pdfDate(const QDateTime& when) {
    return "(D:" + when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

// PDF coordinates: y up from the page's bottom.
struct Box {
    double left, bottom, right, top;
    double width() const { return right - left; }
    double height() const { return top - bottom; }
};

class AnnotationWriter {
public:
    AnnotationWriter(PdfFile& file, const PdfColours& colours, const AnnotatedPage& page)
        : file_(file), colours_(colours), page_(page) {}

    Box box(const Rect& r) const {
        return {r.x, page_.heightPt - r.bottom(), r.right(), page_.heightPt - r.y};
    }

    static QByteArray array(const Box& b) {
        return "[" + num(b.left) + " " + num(b.bottom) + " " + num(b.right) + " " + num(b.top) +
               "]";
    }

    // Each quad's corners in the order Acrobat writes and poppler and pdf.js read them
    // (upper left, upper right, lower left, lower right), not the spec's counterclockwise.
    QByteArray quadPoints(const PdfAnnotation& a) const {
        QByteArray out = "[";
        for (const Rect& q : a.quads) {
            const Box b = box(q);
            for (const auto& [x, y] : {std::pair{b.left, b.top}, std::pair{b.right, b.top},
                                       std::pair{b.left, b.bottom}, std::pair{b.right, b.bottom}}) {
                out += num(x) + " " + num(y) + " ";
            }
        }
        out.chop(1);
        return out + "]";
    }

    QByteArray appearanceContent(const PdfAnnotation& a, const Box& where) const {
        const QColor colour = colourOf(a);
        QByteArray out;
        switch (a.kind) {
            case PdfAnnotationKind::Highlight:
                out = "/GSh gs " + colours_.fill(colour);
                for (const Rect& q : a.quads) {
                    const Box b = box(q);
                    out += num(b.left) + " " + num(b.bottom) + " " + num(b.width()) + " " +
                           num(b.height()) + " re ";
                }
                return out + "f\n";
            case PdfAnnotationKind::Underline:
            case PdfAnnotationKind::StrikeOut:
                out = colours_.stroke(colour) + "0 J ";
                for (const Rect& q : a.quads) {
                    const Box b = box(q);
                    const double width =
                        std::max(kMinLineWidthPt, b.height() * kMarkupLineFraction);
                    // The underline sits just inside the quad's foot, so /Rect holds it.
                    const double y = a.kind == PdfAnnotationKind::Underline
                                         ? b.bottom + width / 2
                                         : (b.bottom + b.top) / 2;
                    out += num(width) + " w " + num(b.left) + " " + num(y) + " m " + num(b.right) +
                           " " + num(y) + " l S ";
                }
                return out + "\n";
            case PdfAnnotationKind::Caret: {
                // ‸ as a filled arrowhead: base corners, apex, and the notch cut into the base.
                const double mid = (where.left + where.right) / 2;
                return colours_.fill(colour) + num(where.left) + " " + num(where.bottom) + " m " +
                       num(mid) + " " + num(where.top) + " l " + num(where.right) + " " +
                       num(where.bottom) + " l " + num(mid) + " " +
                       num(where.bottom + where.height() * kCaretNotch) + " l h f\n";
            }
            case PdfAnnotationKind::Text: {
                // A sheet with its top right corner folded down, and three ruled lines.
                const double fold = std::min(where.width(), where.height()) * kNoteFold;
                const QColor dark =
                    QColor::fromRgbF(kNoteStrokeGrey, kNoteStrokeGrey, kNoteStrokeGrey);
                const double inset = where.width() * kNoteLineInset;
                const double half = kNoteStrokeWidthPt / 2;
                const Box b{where.left + half, where.bottom + half, where.right - half,
                            where.top - half};
                out = colours_.fill(colour) + colours_.stroke(dark) + num(kNoteStrokeWidthPt) +
                      " w 1 j " + num(b.left) + " " + num(b.bottom) + " m " + num(b.right) + " " +
                      num(b.bottom) + " l " + num(b.right) + " " + num(b.top - fold) + " l " +
                      num(b.right - fold) + " " + num(b.top) + " l " + num(b.left) + " " +
                      num(b.top) + " l b ";
                out += num(b.right - fold) + " " + num(b.top) + " m " + num(b.right - fold) + " " +
                       num(b.top - fold) + " l " + num(b.right) + " " + num(b.top - fold) + " l S ";
                for (int line = 1; line <= 3; ++line) {
                    const double y = b.top - fold - line * (b.height() - fold) / 4;
                    out += num(b.left + inset) + " " + num(y) + " m " + num(b.right - inset) + " " +
                           num(y) + " l S ";
                }
                return out + "\n";
            }
        }
        return out;
    }

    // `a` with its name (writeAnnotations names the unnamed).
    QByteArray write(const PdfAnnotation& a) {
        const Rect place = placeOf(a);
        const Box where = box(place);
        const int annot = file_.reserve();
        const int appearance = file_.reserve();
        QByteArray resources;
        if (a.kind == PdfAnnotationKind::Highlight) {
            resources = " /Resources << /ExtGState << /GSh << /Type /ExtGState /BM /Multiply /CA " +
                        num(kHighlightOpacity) + " /ca " + num(kHighlightOpacity) + " >> >> >>";
        }
        // The form's space is the page's: its /BBox is the annotation's /Rect, so no matrix.
        file_.writeStream(appearance,
                          " /Type /XObject /Subtype /Form /BBox " + array(where) + resources,
                          appearanceContent(a, where));
        const QByteArray date = a.modified.isValid() ? pdfDate(a.modified) : page_.fixedDate;
        const QByteArray name = plainOrTextString(a.name);
        QByteArray dict = "<< /Type /Annot /Subtype " + subtypeOf(a.kind) + " /Rect " +
                          array(where) + " /P " + QByteArray::number(page_.pageObject) +
                          " 0 R /F " + QByteArray::number(kAnnotationFlags) + " /C [" +
                          colours_.operands(colourOf(a)) + "] /NM " + name + " /M " + date +
                          " /CreationDate " + date;
        if (isTextMarkup(a.kind))
            dict += " /QuadPoints " + quadPoints(a);
        if (a.kind == PdfAnnotationKind::Caret)
            dict += " /Sy /None";
        if (a.kind == PdfAnnotationKind::Text)
            dict += " /Name /Comment /Open false";
        if (!a.contents.isEmpty())
            dict += " /Contents " + plainOrTextString(a.contents);
        if (!a.author.isEmpty())
            dict += " /T " + plainOrTextString(a.author);
        if (!a.subject.isEmpty())
            dict += " /Subj " + plainOrTextString(a.subject);
        dict += " /AP << /N " + QByteArray::number(appearance) + " 0 R >>";
        QByteArray refs = QByteArray::number(annot) + " 0 R";
        if (a.popup) {
            const int popup = file_.reserve();
            dict += " /Popup " + QByteArray::number(popup) + " 0 R";
            file_.write(popup, "<< /Type /Annot /Subtype /Popup /Rect " + array(popupBox(where)) +
                                   " /Parent " + QByteArray::number(annot) + " 0 R /P " +
                                   QByteArray::number(page_.pageObject) + " 0 R /F " +
                                   QByteArray::number(kPopupFlags) + " /Open false >>");
            refs += " " + QByteArray::number(popup) + " 0 R";
        }
        file_.write(annot, dict + " >>");
        return refs;
    }

    // To the right of the annotation, its top at the annotation's top, inside the page;
    // on the left where the right has no room.
    Box popupBox(const Box& where) const {
        double left = where.right + kPopupGapPt;
        if (left + kPopupWidthPt > page_.widthPt)
            left = std::max(0.0, where.left - kPopupGapPt - kPopupWidthPt);
        const double top =
            std::clamp(where.top, std::min(kPopupHeightPt, page_.heightPt), page_.heightPt);
        return {left, top - kPopupHeightPt, left + kPopupWidthPt, top};
    }

private:
    PdfFile& file_;
    const PdfColours& colours_;
    const AnnotatedPage& page_;
};

}  // namespace

QString annotationProblem(const std::vector<PdfAnnotation>& annotations,
                          const std::vector<PdfMark>& marks, int pageCount) {
    std::set<std::pair<int, QString>> names;
    for (size_t i = 0; i < annotations.size(); ++i) {
        const PdfAnnotation& a = annotations[i];
        const QString which = QStringLiteral("annotation %1").arg(i + 1);
        if (a.page < 0 || a.page >= pageCount)
            return QStringLiteral("%1: there is no page %2").arg(which).arg(a.page + 1);
        if (isTextMarkup(a.kind) && (a.quads.empty() || isEmpty(unionOf(a.quads))))
            return QStringLiteral("%1: text markup needs the places it marks").arg(which);
        if (isEmpty(placeOf(a)))
            return QStringLiteral("%1: it has no place on the page").arg(which);
        if (!a.name.isEmpty() && !names.emplace(a.page, a.name).second) {
            return QStringLiteral("%1: the name %2 is used twice on page %3")
                .arg(which, a.name)
                .arg(a.page + 1);
        }
    }
    for (size_t i = 0; i < marks.size(); ++i) {
        if (marks[i].page < 0 || marks[i].page >= pageCount)
            return QStringLiteral("mark %1: there is no page %2").arg(i + 1).arg(marks[i].page + 1);
    }
    return {};
}

QByteArray writeAnnotations(PdfFile& file, const PdfColours& colours,
                            const std::vector<const PdfAnnotation*>& annotations,
                            const AnnotatedPage& page) {
    AnnotationWriter writer(file, colours, page);
    // /NM must be unique in the page: the unnamed get "paiban-annot-N", N their place
    // among the page's annotations, moved on past any name already given.
    std::set<QString> taken;
    for (const PdfAnnotation* a : annotations)
        taken.insert(a->name);
    QByteArray refs;
    for (size_t i = 0; i < annotations.size(); ++i) {
        PdfAnnotation named = *annotations[i];
        for (size_t n = i + 1; named.name.isEmpty(); ++n) {
            const QString candidate = QStringLiteral("paiban-annot-%1").arg(n);
            if (taken.insert(candidate).second)
                named.name = candidate;
        }
        refs += (i ? " " : "") + writer.write(named);
    }
    return refs;
}

QByteArray marksContent(const std::vector<const PdfMark*>& marks, const PdfColours& colours,
                        double pageHeightPt) {
    QByteArray out;
    for (const PdfMark* mark : marks) {
        const Rect& r = mark->rect;
        const QByteArray shape = num(r.x) + " " + num(pageHeightPt - r.bottom()) + " " +
                                 num(r.width) + " " + num(r.height) + " re ";
        const QColor colour = mark->colour.isValid() ? mark->colour.toRgb() : kProofRed;
        if (mark->filled) {
            out += "q " + colours.fill(colour) + shape + "f Q\n";
        } else {
            const double width =
                mark->lineWidthPt > 0 ? mark->lineWidthPt : kDefaultMarkLineWidthPt;
            out += "q " + colours.stroke(colour) + num(width) + " w " + shape + "S Q\n";
        }
    }
    return out;
}

}  // namespace paiban::pdf
