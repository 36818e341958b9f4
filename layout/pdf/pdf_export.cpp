#include "pdf/pdf_export.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>
#include <QTimeZone>
#include <algorithm>
#include <future>
#include <map>
#include <set>

#include "display/rule_strokes.h"
#include "pdf/output_profile.h"
#include "pdf/pdf_annotations.h"
#include "pdf/pdf_colours.h"
#include "pdf/pdf_file.h"
#include "pdf/pdf_fonts.h"
#include "pdf/pdf_images.h"
#include "pdf/pdf_structure.h"
#include "pdf/pdf_x.h"

namespace paiban {
namespace {

using pdf::num;

// The fixed date of a deterministic export: the same document, the same bytes.
const QDateTime kFixedTimestamp(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());

// Crop marks: hairlines in registration colour, clear of the bleed by this much and
// this long, as presses expect them.
constexpr double kMarkOffsetPt = 6;
constexpr double kMarkLengthPt = 18;
constexpr double kMarkWidthPt = 0.25;
// A missing photo's crossed box: a light tint with a mid-grey outline, plainly not a photo.
constexpr double kMissingPhotoFillK = 0.1;
constexpr double kMissingPhotoLineK = 0.5;

pdf::ColourModel colourModel(const PdfOptions& options) {
    if (options.intent == PdfIntent::Press)
        return pdf::ColourModel::Cmyk;
    return options.proofColour == ProofColour::Gray ? pdf::ColourModel::Gray
                                                    : pdf::ColourModel::Rgb;
}

class PdfExporter {
public:
    PdfExporter(const EditionDisplay& display, const PdfOptions& options,
                const OutputProfile* profile)
        : display_(display),
          options_(options),
          proof_(options.intent == PdfIntent::Proof),
          profile_(profile),
          // PDF/X-4 is based on PDF 1.6; a proof is plain PDF 1.7, whose spec its annotations
          // follow.
          file_(proof_ ? "1.7" : "1.6"),
          images_(file_, colourModel(options), profile, options.imageCacheDir),
          colours_(file_, display.swatches, colourModel(options)) {
        // The profile compresses while the pages are written.
        if (profile_) {
            deflatedProfile_ = std::async(std::launch::async,
                                          [data = profile_->data] { return pdf::deflate(data); });
        }
    }

    QByteArray run(const PdfMetadata& metadata, QString* error) {
        when_ = options_.timestamp.isValid() ? options_.timestamp.toUTC() : kFixedTimestamp;
        const int catalog = file_.reserve();
        const int pagesId = file_.reserve();
        const int info = file_.reserve();
        const std::vector<Article> byStory =
            metadata.articles.empty() ? pdf::storyArticles(display_) : std::vector<Article>();
        structure_.emplace(file_, display_, metadata.articles.empty() ? byStory : metadata.articles,
                           options_.pages);
        // The glyphs every face will show are known from the display lists: subsetting
        // starts now and runs while the pages are written.
        std::map<const FontFace*, std::pair<FontFacePtr, pdf::FontEmbedder::GlyphNeeds>> needs;
        for (int index : options_.pages) {
            for (const DisplayItem& item : display_.pages[static_cast<size_t>(index)].items) {
                if (const auto* run = std::get_if<GlyphRunItem>(&item); run && run->face) {
                    auto& [face, faceNeeds] = needs[run->face.get()];
                    face = run->face;
                    addGlyphNeeds(*run, &faceNeeds);
                }
            }
        }
        fonts_.setSubsetThreads(options_.subsetThreads);
        fonts_.setCacheDir(options_.fontCacheDir);
        for (auto& [key, faceNeeds] : needs)
            fonts_.startSubsetting(faceNeeds.first, std::move(faceNeeds.second));
        QByteArray kids;
        for (int index : options_.pages)
            kids += QByteArray::number(writePage(index, pagesId)) + " 0 R ";
        if (!imageProblems_.isEmpty()) {
            *error = imageProblems_.join(QStringLiteral("; "));
            return {};
        }
        if (!fonts_.writeAll(file_, error))
            return {};
        const QByteArray structureEntries = structure_->writeAndCatalogEntries();
        file_.write(pagesId, "<< /Type /Pages /Kids [" + kids + "] /Count " +
                                 QByteArray::number(static_cast<qsizetype>(options_.pages.size())) +
                                 " >>");
        pdf::DocumentInfo doc{metadata.title, metadata.creator,
                              "D:" + when_.toString("yyyyMMddHHmmss").toLatin1() + "Z",
                              when_.toString("yyyy-MM-ddTHH:mm:ss").toLatin1() + "Z",
                              uuidOfContent()};
        const bool pdfx = profile_ != nullptr;
        QByteArray catalogDict =
            "<< /Type /Catalog /Pages " + QByteArray::number(pagesId) + " 0 R /Metadata " +
            QByteArray::number(pdf::writeXmpMetadata(file_, doc, pdfx)) + " 0 R" + structureEntries;
        // Each page labelled with its number in the edition (第N版), so that a reader shows
        // it and notes read back from a proof of some pages find their page.
        QByteArray labels;
        for (size_t i = 0; i < options_.pages.size(); ++i)
            labels += QByteArray::number(static_cast<qsizetype>(i)) + " << /S /D /St " +
                      QByteArray::number(pageNumber(options_.pages[i])) + " >> ";
        catalogDict += " /PageLabels << /Nums [" + labels + "] >>";
        if (pdfx)
            catalogDict += " /OutputIntents " +
                           pdf::writeOutputIntents(file_, *profile_, deflatedProfile_.get());
        file_.write(catalog, catalogDict + " >>");
        file_.write(info, pdf::infoDictionary(doc, pdfx));
        return file_.finish(catalog, info, documentId_);
    }

private:
    // Each glyph is needed through the code point its cluster starts with when that is
    // what the cmap gives for it, else by id.
    static void addGlyphNeeds(const GlyphRunItem& run, pdf::FontEmbedder::GlyphNeeds* needs) {
        for (size_t i = 0; i < run.glyphs.size(); ++i) {
            const auto at = static_cast<qsizetype>(run.clusters[i]);
            char32_t cp = at < run.text.size() ? run.text.at(at).unicode() : 0;
            if (QChar::isHighSurrogate(cp) && at + 1 < run.text.size())
                cp = QChar::surrogateToUcs4(run.text.at(at), run.text.at(at + 1));
            if (cp != 0 && run.face->glyphFor(cp) == run.glyphs[i])
                needs->codePoints.insert(cp);
            else
                needs->otherGlyphs.insert(run.glyphs[i]);
        }
    }

    // A UUID from the pages and fonts written so far: the same content, the same
    // identity. The file's /ID is the same digest.
    QByteArray uuidOfContent() {
        const QByteArray h =
            QCryptographicHash::hash(file_.bytesSoFar(), QCryptographicHash::Md5).toHex().toUpper();
        documentId_ = h;
        return h.mid(0, 8) + "-" + h.mid(8, 4) + "-" + h.mid(12, 4) + "-" + h.mid(16, 4) + "-" +
               h.mid(20, 12);
    }

    QByteArray box(double left, double bottom, double right, double top) const {
        return "[" + num(left) + " " + num(bottom) + " " + num(right) + " " + num(top) + "]";
    }

    // Corner marks at the trim's corners, outside the bleed.
    QByteArray cropMarks(const PageDisplayList& page) {
        const double w = page.widthPt, h = page.heightPt;
        const double gap = options_.bleedPt + kMarkOffsetPt, len = kMarkLengthPt;
        QByteArray out = "q " + num(kMarkWidthPt) + " w " + colours_.registrationStroke() + "\n";
        for (const double x : {0.0, w}) {
            for (const double y : {0.0, h}) {
                const double dx = x == 0 ? -1 : 1, dy = y == 0 ? -1 : 1;
                out += num(x + dx * gap) + " " + num(y) + " m " + num(x + dx * (gap + len)) + " " +
                       num(y) + " l S\n";
                out += num(x) + " " + num(y + dy * gap) + " m " + num(x) + " " +
                       num(y + dy * (gap + len)) + " l S\n";
            }
        }
        return out + "Q\n";
    }

    int writePage(int index, int parent) {
        const PageDisplayList& page = display_.pages[static_cast<size_t>(index)];
        height_ = page.heightPt;
        resources_.clear();
        colours_.beginPage();
        const int id = file_.reserve();
        structure_->beginPage(index, id, page.heightPt);
        QByteArray content;
        for (const DisplayItem& item : page.items) {
            std::visit([&](const auto& i) { content += draw(i); }, item);
        }
        if (options_.cropMarks && !proof_)
            content += structure_->markPageArtifact() + cropMarks(page);
        QByteArray annots;
        if (proof_) {
            std::vector<const PdfMark*> marks;
            for (const PdfMark& mark : options_.marks) {
                if (mark.page == index)
                    marks.push_back(&mark);
            }
            if (!marks.empty())
                content += structure_->markPageArtifact() +
                           pdf::marksContent(marks, colours_, page.heightPt);
            std::vector<const PdfAnnotation*> annotations;
            for (const PdfAnnotation& annotation : options_.annotations) {
                if (annotation.page == index)
                    annotations.push_back(&annotation);
            }
            const QByteArray date = "(D:" + when_.toString("yyyyMMddHHmmss").toLatin1() + "Z)";
            annots = pdf::writeAnnotations(file_, colours_, annotations,
                                           {id, page.widthPt, page.heightPt, date});
        }
        content += structure_->endContent();
        const int contents = file_.reserve();
        file_.writeStream(contents, QByteArray(), content);
        QByteArray fonts, images;
        for (const auto& [name, id] : resources_) {
            (name.startsWith('F') ? fonts : images) +=
                "/" + name + " " + QByteArray::number(id) + " 0 R ";
        }
        const double w = page.widthPt, h = page.heightPt, b = options_.bleedPt;
        const double m = options_.cropMarks ? b + kMarkOffsetPt + kMarkLengthPt + 3 : b;
        // A proof is the page as read: no bleed, no trim, nothing outside it.
        const QByteArray boxes = proof_ ? "/MediaBox " + box(0, 0, w, h)
                                        : "/MediaBox " + box(-m, -m, w + m, h + m) + " /BleedBox " +
                                              box(-b, -b, w + b, h + b) + " /TrimBox " +
                                              box(0, 0, w, h);
        file_.write(id, "<< /Type /Page /Parent " + QByteArray::number(parent) + " 0 R " + boxes +
                            " /Resources << /Font << " + fonts + ">> /XObject << " + images +
                            ">> " + colours_.pageResources() + ">> /Contents " +
                            QByteArray::number(contents) + " 0 R" + structure_->pageEntries() +
                            (annots.isEmpty() ? QByteArray() : " /Annots [" + annots + "]") +
                            " >>");
        return id;
    }

    double y(double top) const { return height_ - top; }

    QByteArray rect(const Rect& r) const {
        return num(r.x) + " " + num(y(r.bottom())) + " " + num(r.width) + " " + num(r.height) +
               " re";
    }

    // Stroked paths of a rule or border (display/rule_strokes), in the current colour.
    QByteArray strokes(const std::vector<StrokePath>& paths) const {
        QByteArray out;
        for (const StrokePath& path : paths) {
            out += num(path.widthPt) + " w " + (path.roundCaps ? "1 J " : "0 J ") + "[";
            for (double d : path.dashes)
                out += num(d) + " ";
            out += "] 0 d ";
            for (size_t i = 0; i < path.points.size(); ++i) {
                out += num(path.points[i].x()) + " " + num(y(path.points[i].y())) +
                       (i == 0 ? " m " : " l ");
            }
            out += path.closed ? "s " : "S ";
        }
        return out;
    }

    QByteArray draw(const BoxItem& box) {
        QByteArray out = structure_->markLayoutArtifact();
        if (box.fill)
            out += "q " + colours_.fill(*box.fill) + rect(box.rect) + " f Q\n";
        if (box.stroke && box.strokeWidthPt > 0) {
            out += "q " + colours_.stroke(*box.stroke) + "0 j " +
                   strokes(borderStrokes(box.rect, box.strokeWidthPt, box.strokeStyle)) + "Q\n";
        }
        return out;
    }

    QByteArray draw(const RuleItem& rule) {
        return structure_->markLayoutArtifact() + "q " + colours_.stroke(rule.color) +
               strokes(ruleStrokes(rule.from, rule.to, rule.widthPt, rule.style)) + "Q\n";
    }

    QByteArray draw(const OversetMarkItem&) { return {}; }  // the editor's mark, not the press's

    QByteArray draw(const ImageItem& image) {
        const QByteArray mark = structure_->markImage(image);
        QString problem;
        const auto object = image.missing ? std::nullopt : images_.objectFor(image.path, &problem);
        if (!object && !image.missing)
            imageProblems_ << QStringLiteral("image %1: %2").arg(image.path, problem);
        if (!object) {  // a missing photo prints as a crossed grey box, never silently blank
            const CmykColor fill{0, 0, 0, kMissingPhotoFillK}, line{0, 0, 0, kMissingPhotoLineK};
            return mark + "q " + colours_.fill(fill) + rect(image.rect) + " f 0.5 w " +
                   colours_.stroke(line) + rect(image.rect) + " S " + num(image.rect.x) + " " +
                   num(y(image.rect.y)) + " m " + num(image.rect.right()) + " " +
                   num(y(image.rect.bottom())) + " l S Q\n";
        }
        // Where layout placed it, clipped to the frame.
        const Rect& placed = image.placed;
        resources_[object->name] = object->id;
        return mark + "q " + rect(image.rect) + " W n " + num(placed.width) + " 0 0 " +
               num(placed.height) + " " + num(placed.x) + " " + num(y(placed.bottom())) + " cm /" +
               object->name + " Do Q\n";
    }

    // The text each glyph's cluster stands for: [start, end) in run.text per glyph.
    static std::vector<std::pair<qsizetype, qsizetype>> clusterSpans(const GlyphRunItem& run) {
        std::vector<std::pair<qsizetype, qsizetype>> spans(run.glyphs.size());
        for (size_t i = run.glyphs.size(); i-- > 0;) {
            const bool lastOfCluster =
                i + 1 == run.glyphs.size() || run.clusters[i + 1] != run.clusters[i];
            const qsizetype end = i + 1 == run.glyphs.size() ? run.text.size()
                                  : lastOfCluster            ? qsizetype(run.clusters[i + 1])
                                                             : spans[i + 1].second;
            spans[i] = {run.clusters[i], end};
        }
        return spans;
    }

    QByteArray draw(const GlyphRunItem& run) {
        if (run.glyphs.empty() || !run.face)
            return {};
        const QByteArray font = fonts_.resourceName(run.face, file_);
        resources_[font] = fonts_.objectId(run.face);
        const auto spans = clusterSpans(run);
        // Each glyph's first use decides its ToUnicode entry: a cluster's text on its first
        // glyph, nothing on the rest. A cluster whose glyphs' entries do not spell its text
        // (one glyph shared by 一 and ⼀, or a glyph first used in another cluster) is
        // marked with its ActualText, so that copying and searching still give back what
        // was typed.
        std::map<uint32_t, QString>& texts = *fonts_.glyphTexts(run.face);
        std::vector<bool> actualText(run.glyphs.size(), false);
        for (size_t i = 0; i < run.glyphs.size();) {
            const QStringView typed =
                QStringView(run.text).mid(spans[i].first, spans[i].second - spans[i].first);
            size_t k = i + 1;
            while (k < run.glyphs.size() && run.clusters[k] == run.clusters[i])
                ++k;
            auto [first, inserted] = texts.try_emplace(run.glyphs[i]);
            if (inserted)
                first->second = typed.toString();
            bool spelledRight = first->second == typed;
            for (size_t g = i + 1; g < k; ++g) {
                // Later glyphs of a cluster stand for nothing, unless already used otherwise.
                const auto it = texts.try_emplace(run.glyphs[g]).first;
                spelledRight = spelledRight && it->second.isEmpty();
            }
            for (size_t g = i; g < k; ++g)
                actualText[g] = !spelledRight;
            i = k;
        }
        QByteArray out = structure_->markRun(run) + "q " + colours_.fill(run.color) + "BT /" +
                         font + " " + num(run.sizePt) + " Tf\n";
        // One TJ per baseline: the positions become adjustments against the PDF widths. A
        // cluster with ActualText gets a TJ of its own inside its marked span.
        size_t i = 0;
        while (i < run.glyphs.size()) {
            const double baseline = run.positions[i].y();
            const bool marked = actualText[i];
            if (marked) {
                out += "/Span << /ActualText " +
                       pdf::textString(
                           run.text.mid(spans[i].first, spans[i].second - spans[i].first)) +
                       " >> BDC ";
            }
            out += "1 0 0 1 " + num(run.positions[i].x()) + " " + num(y(baseline)) + " Tm [<";
            double pen = run.positions[i].x();
            size_t k = i;
            for (; k < run.glyphs.size() && run.positions[k].y() == baseline; ++k) {
                if (k > i &&
                    (actualText[k] != marked || (marked && run.clusters[k] != run.clusters[i]))) {
                    break;
                }
                const double adjust = (run.positions[k].x() - pen) * 1000.0 / run.sizePt;
                if (k > i && std::abs(adjust) > 0.01)
                    out += "> " + num(-adjust) + " <";
                out += QByteArray::number(run.glyphs[k], 16).rightJustified(4, '0');
                pen = run.positions[k].x() +
                      fonts_.advance1000(run.face, run.glyphs[k]) * run.sizePt / 1000.0;
            }
            out += ">] TJ\n";
            if (marked)
                out += "EMC\n";
            i = k;
        }
        return out + "ET Q\n";
    }

    const EditionDisplay& display_;
    const PdfOptions& options_;
    const bool proof_;
    const OutputProfile* profile_;
    QDateTime when_;
    std::future<QByteArray> deflatedProfile_;
    QByteArray documentId_;
    pdf::PdfFile file_;
    pdf::FontEmbedder fonts_;
    pdf::ImageWriter images_;
    pdf::PdfColours colours_;
    std::optional<pdf::DocumentStructure> structure_;
    QStringList imageProblems_;
    std::map<QByteArray, int> resources_;
    double height_ = 0;
};

}  // namespace

PdfResult editionPdf(const EditionDisplay& display, const PdfMetadata& metadata,
                     const PdfOptions& requested) {
    PdfResult result;
    PdfOptions options = requested;
    if (options.pages.empty()) {
        for (size_t p = 0; p < display.pages.size(); ++p)
            options.pages.push_back(static_cast<int>(p));
    }
    for (int index : options.pages) {
        if (index < 0 || index >= static_cast<int>(display.pages.size())) {
            result.error = QStringLiteral("there is no page %1").arg(pageNumber(index));
            return result;
        }
    }
    if (options.intent == PdfIntent::Proof) {
        result.error = pdf::annotationProblem(options.annotations, options.marks,
                                              static_cast<int>(display.pages.size()));
        // 缺字 is the press's refusal: a proof shows them blank, and preflight names them.
        if (result.error.isEmpty())
            result.bytes = PdfExporter(display, options, nullptr).run(metadata, &result.error);
        return result;
    }
    if (!options.annotations.empty() || !options.marks.empty()) {
        result.error = QStringLiteral(
            "annotations and marks are for proofs: a press PDF (PDF/X-4) carries none");
        return result;
    }
    if (!options.allowMissingGlyphs) {
        // 缺字 on the pages being exported, or in text on no page (overset).
        auto blank = [&](const Diagnostic& d) {
            return d.kind == DiagnosticKind::MissingGlyph &&
                   (d.page < 0 || std::find(options.pages.begin(), options.pages.end(), d.page) !=
                                      options.pages.end());
        };
        const auto missing =
            std::count_if(display.diagnostics.begin(), display.diagnostics.end(), blank);
        if (missing > 0) {
            const auto first =
                std::find_if(display.diagnostics.begin(), display.diagnostics.end(), blank);
            result.error = QStringLiteral(
                               "%1 character(s) no font has would print blank (%2); "
                               "fix them, or export knowingly with missing glyphs "
                               "allowed")
                               .arg(missing)
                               .arg(first->message);
            return result;
        }
    }
    QString profileError;
    const std::optional<OutputProfile> profile =
        loadOutputProfile(options.outputProfile, &profileError);
    if (!profile) {
        if (!options.outputProfile.isEmpty()) {
            result.error = profileError;  // asked for by name: never silently another
            return result;
        }
        result.warnings << profileError +
                               QStringLiteral("; photos stay RGB and the PDF is not PDF/X");
    } else if (profile->path == fallbackOutputProfilePath()) {
        result.warnings << QStringLiteral(
                               "no press profile configured (--icc or PAIBAN_CMYK_PROFILE): "
                               "photos converted to and output intent set for “%1”")
                               .arg(profile->description);
    }
    result.bytes =
        PdfExporter(display, options, profile ? &*profile : nullptr).run(metadata, &result.error);
    return result;
}

bool writeEditionPdf(const EditionDisplay& display, const PdfMetadata& metadata,
                     const PdfOptions& options, const QString& path, QString* error,
                     QStringList* warnings) {
    const PdfResult result = editionPdf(display, metadata, options);
    if (warnings)
        *warnings = result.warnings;
    if (result.bytes.isEmpty()) {
        *error = result.error;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(result.bytes) != result.bytes.size() ||
        !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool parsePageRanges(const QString& text, int pageCount, std::vector<int>* indices) {
    indices->clear();
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList ends = part.trimmed().split(u'-');
        bool okFirst = false, okLast = false;
        const int first = ends.value(0).toInt(&okFirst);
        const int last = ends.size() == 2 ? ends[1].toInt(&okLast) : first;
        if (!okFirst || (ends.size() == 2 && !okLast) || ends.size() > 2 || first < 1 ||
            last < first || last > pageCount) {
            return false;
        }
        for (int n = first; n <= last; ++n)
            indices->push_back(n - 1);
    }
    return !indices->empty();
}

}  // namespace paiban
