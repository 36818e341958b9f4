#include "preflight/preflight.h"

#include "display/image_header.h"

#include <QStringList>
#include <algorithm>

#include "model/grid.h"
#include "model/proof_edits.h"
#include "model/text_edit.h"
#include "pdf/output_profile.h"
#include "preflight/ink_check.h"
#include "proof/proof_marks.h"

namespace paiban {
namespace {

// A frame may overhang the page edge by this much before it counts: rounding in a
// document made in millimetres.
constexpr double kOffPageTolerancePt = 0.5;

struct KindSeverity {
    DiagnosticKind kind;
    const char* name;
    Severity severity;
};

// How each thing the layout reports weighs at preflight.
constexpr KindSeverity kDiagnosticSeverity[] = {
    {DiagnosticKind::FileError, "file-error", Severity::Error},
    {DiagnosticKind::MissingGlyph, "missing-glyph", Severity::Error},
    {DiagnosticKind::MissingFont, "missing-font", Severity::Warning},
    {DiagnosticKind::Overset, "overset", Severity::Error},
    {DiagnosticKind::LooseLine, "loose-line", Severity::Note},
    {DiagnosticKind::OverfullLine, "overfull-line", Severity::Error},
    {DiagnosticKind::ProhibitedBreak, "prohibited-break", Severity::Warning},
    {DiagnosticKind::MissingImage, "missing-image", Severity::Error},
    {DiagnosticKind::UnreadableImage, "unreadable-image", Severity::Error},
};

Finding fromDiagnostic(const Diagnostic& d) {
    Finding f;
    for (const auto& entry : kDiagnosticSeverity) {
        if (entry.kind == d.kind) {
            f.kind = QString::fromLatin1(entry.name);
            f.severity = entry.severity;
        }
    }
    f.message = d.message;
    f.args = d.args;
    f.page = d.page;
    f.frameId = d.frameId;
    f.storyId = d.storyId;
    f.paragraph = d.paragraph;
    f.codePoint = d.codePoint;
    f.area = d.area;
    return f;
}

void checkImages(const EditionDisplay& display, const PreflightOptions& options,
                 std::vector<Finding>* out) {
    for (size_t p = 0; p < display.pages.size(); ++p) {
        for (const DisplayItem& item : display.pages[p].items) {
            const auto* image = std::get_if<ImageItem>(&item);
            if (!image || image->missing)
                continue;
            if (!imageDataComplete(image->path)) {
                Finding f{Severity::Error, QStringLiteral("damaged-image"),
                          QStringLiteral("image %1 of frame %2 is cut short or damaged: the "
                                         "press would print it half drawn")
                              .arg(image->path.section(u'/', -1), image->frameId)};
                f.args = {image->path.section(u'/', -1), image->frameId};
                f.page = static_cast<int>(p);
                f.frameId = image->frameId;
                f.area = image->rect;
                out->push_back(f);
            }
            const double ppi = image->effectivePpi();
            if (ppi >= options.minimumPpi)
                continue;
            Finding f{Severity::Warning, QStringLiteral("low-resolution-image"),
                      QStringLiteral("image %1 of frame %2 prints at %3 ppi (%4 × %5 pixels "
                                     "over %6 mm); %7 ppi is the least for the press")
                          .arg(image->path.section(u'/', -1), image->frameId)
                          .arg(qRound(ppi))
                          .arg(image->pixels.width())
                          .arg(image->pixels.height())
                          .arg(image->placed.width / kPtPerMm, 0, 'f', 0)
                          .arg(options.minimumPpi)};
            f.args = {image->path.section(u'/', -1),
                      image->frameId,
                      QString::number(qRound(ppi)),
                      QString::number(image->pixels.width()),
                      QString::number(image->pixels.height()),
                      QString::number(image->placed.width / kPtPerMm, 'f', 0),
                      QString::number(options.minimumPpi)};
            f.page = static_cast<int>(p);
            f.frameId = image->frameId;
            f.area = image->rect;
            out->push_back(f);
        }
    }
}

void checkFramesOnPages(const Edition& edition, std::vector<Finding>* out) {
    for (size_t p = 0; p < edition.pages.size(); ++p) {
        const Page& page = edition.pages[p];
        for (const Frame& frame : page.frames) {
            const double left = std::min(frame.rect.x, frame.rect.right());
            const double right = std::max(frame.rect.x, frame.rect.right());
            const double top = std::min(frame.rect.y, frame.rect.bottom());
            const double bottom = std::max(frame.rect.y, frame.rect.bottom());
            const double t = kOffPageTolerancePt;
            const bool outside =
                right <= 0 || left >= page.widthPt || bottom <= 0 || top >= page.heightPt;
            const bool overhangs =
                left < -t || top < -t || right > page.widthPt + t || bottom > page.heightPt + t;
            if (!outside && !overhangs)
                continue;
            Finding f{
                outside ? Severity::Error : Severity::Warning, QStringLiteral("frame-off-page"),
                outside ? QStringLiteral("frame %1 lies off the page").arg(frame.id)
                        : QStringLiteral("frame %1 runs off the edge of the page").arg(frame.id)};
            f.args = {frame.id, outside ? QStringLiteral("outside") : QStringLiteral("overhangs")};
            f.page = static_cast<int>(p);
            f.frameId = frame.id;
            f.area = frame.rect;
            out->push_back(f);
        }
    }
}

void checkStoriesPlaced(const Edition& edition, std::vector<Finding>* out) {
    for (const Story& story : edition.stories) {
        const bool placed =
            std::any_of(story.frameIds.begin(), story.frameIds.end(),
                        [&](const QString& id) { return edition.frame(id).second; });
        if (placed)
            continue;
        Finding f{
            Severity::Error, QStringLiteral("story-not-placed"),
            QStringLiteral("story %1%2 is in no frame: none of it will print")
                .arg(story.id,
                     story.name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(story.name))};
        f.args = {story.id, story.name};
        f.storyId = story.id;
        out->push_back(f);
    }
}

// A proofreader's note not yet resolved: the page should not go to the press before
// someone has looked at it (a warning, so that a deadline can overrule it).
void checkOpenNotes(const Edition& edition, const EditionDisplay& display,
                    std::vector<Finding>* out) {
    for (const NoteRef& ref : allNotes(edition)) {
        const Note& note = *ref.note;
        if (note.resolved)
            continue;
        const QString marked = note.textDeleted
                                   ? note.quote
                                   : storyPlainText(*ref.story).mid(note.from, note.to - note.from);
        // A strike-out or caret from a PDF may say nothing more: what it asks is its text.
        const QString action = QString::fromLatin1(toString(note.action));
        // A finding is one line of a list: a long note is for the Notes panel.
        constexpr int kNoteCharsInFinding = 40;
        const QString said = note.text.size() > kNoteCharsInFinding
                                 ? note.text.left(kNoteCharsInFinding) + QStringLiteral("…")
                                 : note.text;
        Finding f{Severity::Warning, QStringLiteral("open-note"),
                  QStringLiteral("note %1 (%2) on “%3” is still open: %4")
                      .arg(note.id, QString::fromLatin1(toString(note.kind)), marked,
                           said.isEmpty() ? action : said)};
        f.args = {note.id, QString::fromLatin1(toString(note.kind)), marked, said, action};
        f.storyId = ref.story->id;
        const MarkPlace place = firstPlace(display.lines, ref.story->id, note.from, note.to);
        f.page = place.page;
        if (place.page >= 0) {
            f.area = place.rect;
            for (const QString& frameId : ref.story->frameIds) {
                const auto [page, frame] = edition.frame(frameId);
                if (page == place.page && frame) {
                    f.frameId = frameId;
                    break;
                }
            }
        }
        out->push_back(f);
    }
}

}  // namespace

const char* toString(Severity s) {
    switch (s) {
        case Severity::Error:
            return "error";
        case Severity::Warning:
            return "warning";
        case Severity::Note:
            return "note";
    }
    return "?";
}

std::vector<Finding> preflight(const Edition& edition, const EditionDisplay& display,
                               const PreflightOptions& options) {
    std::vector<Finding> out;
    for (const Diagnostic& d : display.diagnostics)
        out.push_back(fromDiagnostic(d));
    checkImages(display, options, &out);
    checkFramesOnPages(edition, &out);
    checkStoriesPlaced(edition, &out);
    checkOpenNotes(edition, display, &out);
    checkColourInk(edition, options, &out);
    if (options.checkPhotoInk) {
        QString why;  // a profile that does not load is export's to report
        if (const auto profile = loadOutputProfile(options.outputProfile, &why))
            checkPhotoInk(display, options, *profile, &out);
    }
    // Errors first, then by page, as an editor works through them.
    std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        return a.page < b.page;
    });
    return out;
}

int countOf(const std::vector<Finding>& findings, Severity severity) {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(), [&](const Finding& f) {
        return f.severity == severity;
    }));
}

std::vector<Finding> pressExportBlockers(const std::vector<Finding>& findings,
                                         const std::vector<int>& pages) {
    std::vector<Finding> out;
    for (const Finding& f : findings) {
        if (f.severity != Severity::Error)
            continue;
        const bool exported = pages.empty() || f.page < 0 ||
                              std::find(pages.begin(), pages.end(), f.page) != pages.end();
        if (exported)
            out.push_back(f);
    }
    return out;
}

QString placeOf(const Finding& finding) {
    QStringList parts;
    if (finding.page >= 0)
        parts << QStringLiteral("page %1").arg(pageNumber(finding.page));
    if (!finding.frameId.isEmpty())
        parts << QStringLiteral("frame %1").arg(finding.frameId);
    else if (!finding.storyId.isEmpty())
        parts << QStringLiteral("story %1").arg(finding.storyId);
    return parts.join(QStringLiteral(", "));
}

QString describeWithPlace(const Finding& finding) {
    const QString place = placeOf(finding);
    return place.isEmpty() ? finding.message : place + QStringLiteral(": ") + finding.message;
}

}  // namespace paiban
