#include "proof/proof_pdf_markup.h"

#include <map>

#include "model/proof_edits.h"
#include "proof/proof_marks.h"
#include "proof/text_changes.h"

namespace paiban {

namespace {

// Colours a proofreader knows: notes in the highlighter's yellow (grey once resolved),
// insertions in teal, deletions and change bars in the correcting pen's red.
const QColor kOpenNote(255, 212, 0);
const QColor kResolvedNote(200, 200, 200);
const QColor kInserted(0, 150, 136);
const QColor kDeleted(211, 47, 47);
// A caret standing for a place is this wide, centred on it.
constexpr double kCaretWidthPt = 6;
// A change's summary in its pop-up stops after this many characters: a whole story added
// is for the page, not the pop-up.
constexpr int kSummaryChars = 200;

QString summary(const TextChange& change) {
    auto shown = [](QString s) {
        s.replace(u'\n', QStringLiteral("¶"));
        return s.size() > kSummaryChars ? s.left(kSummaryChars) + QStringLiteral("…") : s;
    };
    // Inside its context, as the Changes panel shows it: 11月2【0 → 1】日, 【+…】, 【−…】.
    const QString what = change.before.isEmpty() ? QStringLiteral("+") + shown(change.after)
                         : change.after.isEmpty()
                             ? QStringLiteral("−") + shown(change.before)
                             : shown(change.before) + QStringLiteral(" → ") + shown(change.after);
    return shown(change.contextBefore) + QStringLiteral("【") + what + QStringLiteral("】") +
           shown(change.contextAfter);
}

Rect caretBox(const Rect& place) {
    return {place.x - kCaretWidthPt / 2, place.y, kCaretWidthPt, place.height};
}

PdfAnnotationKind noteAnnotationKind(const Note& note, bool place) {
    if (place || note.action == NoteAction::Insert)
        return place ? PdfAnnotationKind::Caret : PdfAnnotationKind::Highlight;
    if (note.action == NoteAction::Delete || note.action == NoteAction::Replace)
        return PdfAnnotationKind::StrikeOut;
    return PdfAnnotationKind::Highlight;
}

void addNotes(PdfOptions& options, const Edition& edition, const EditionDisplay& display,
              bool withResolved, const ProofMarkupWording& wording,
              const std::vector<bool>& shown) {
    std::vector<const Note*> notes;
    std::vector<QString> storyIds;
    for (const NoteRef& ref : allNotes(edition)) {
        if (ref.note->resolved && !withResolved)
            continue;
        notes.push_back(ref.note);
        storyIds.push_back(ref.story->id);
    }
    // A note's marks, page by page: one annotation on each page its text stands on.
    std::map<std::pair<QString, int>, std::vector<Rect>> byPage;
    std::vector<std::pair<QString, int>> order;
    for (const ProofMark& mark : noteMarks(display.lines, notes, storyIds)) {
        if (!shown[static_cast<size_t>(mark.page)])
            continue;
        const auto key = std::pair{mark.noteId, mark.page};
        if (!byPage.count(key))
            order.push_back(key);
        byPage[key].push_back(mark.rect);
    }
    std::map<QString, int> pagesOfNote;
    for (const auto& key : order) {
        const Note& note = *findNote(edition, key.first).note;
        const std::vector<Rect>& rects = byPage[key];
        const bool place = rects.size() == 1 && rects.front().width <= 0;
        PdfAnnotation a;
        a.page = key.second;
        a.kind = noteAnnotationKind(note, place);
        if (place)
            a.rect = caretBox(rects.front());
        else
            a.quads = rects;
        a.colour = note.resolved ? kResolvedNote : kOpenNote;
        a.contents = note.text;
        if (note.resolved)
            a.contents += (a.contents.isEmpty() ? QString() : QStringLiteral("\n")) +
                          wording.resolved.arg(note.resolvedBy);
        a.author = note.author;
        a.subject = wording.kinds[static_cast<size_t>(note.kind)];
        const int nth = pagesOfNote[note.id]++;
        a.name = QStringLiteral("paiban-note-") + note.id +
                 (nth > 0 ? QStringLiteral("-%1").arg(nth + 1) : QString());
        a.modified = note.created;
        options.annotations.push_back(std::move(a));
    }
}

void addChanges(PdfOptions& options, const Edition& edition, const EditionDisplay& display,
                const ProofRound& round, const ProofMarkupWording& wording,
                const std::vector<bool>& shown) {
    const std::vector<TextChange> changes = changesSince(round, edition);
    const QString from = wording.changesSince.arg(round.name);
    std::map<std::pair<int, int>, std::vector<Rect>> inserted;  // (change, page) → rects
    std::vector<std::pair<int, int>> order;
    int deletions = 0;
    for (const ProofMark& mark : changeMarks(edition, display.lines, changes)) {
        if (!shown[static_cast<size_t>(mark.page)])
            continue;
        const TextChange& change = changes[static_cast<size_t>(mark.change)];
        switch (mark.kind) {
            case ProofMark::Kind::Inserted: {
                const auto key = std::pair{mark.change, mark.page};
                if (!inserted.count(key))
                    order.push_back(key);
                inserted[key].push_back(mark.rect);
                break;
            }
            case ProofMark::Kind::Deleted: {
                PdfAnnotation a;
                a.page = mark.page;
                a.kind = PdfAnnotationKind::Caret;
                a.rect = caretBox(mark.rect);
                a.colour = kDeleted;
                // What was deleted, in its context: a bare “0” means nothing in a list.
                a.contents = summary(change);
                a.subject = wording.deleted;
                a.author = from;
                a.name = QStringLiteral("paiban-deleted-%1").arg(++deletions);
                a.popup = true;
                options.annotations.push_back(std::move(a));
                break;
            }
            case ProofMark::Kind::ChangeBar:
                options.marks.push_back({mark.page, mark.rect, kDeleted, true, 0});
                break;
            case ProofMark::Kind::Note:
                break;
        }
    }
    for (const auto& key : order) {
        const TextChange& change = changes[static_cast<size_t>(key.first)];
        PdfAnnotation a;
        a.page = key.second;
        a.kind = PdfAnnotationKind::Underline;
        a.quads = inserted[key];
        a.colour = kInserted;
        a.contents = summary(change);
        a.subject = wording.inserted;
        a.author = from;
        a.name =
            QStringLiteral("paiban-change-%1-p%2").arg(key.first + 1).arg(pageNumber(key.second));
        options.annotations.push_back(std::move(a));
    }
}

}  // namespace

std::optional<ProofMarkupProblem> addProofMarkup(PdfOptions& options, const Edition& edition,
                                                 const EditionDisplay& display,
                                                 const ProofMarkup& markup,
                                                 const ProofMarkupWording& wording) {
    const ProofRound* round = nullptr;
    if (!markup.changesSince.isEmpty()) {
        round = proofRound(edition, markup.changesSince);
        if (!round)
            return ProofMarkupProblem::NoSuchRound;
    }
    std::vector<bool> shown(display.pages.size(), options.pages.empty());
    for (int page : options.pages) {
        if (page >= 0 && page < static_cast<int>(shown.size()))
            shown[static_cast<size_t>(page)] = true;
    }
    if (markup.notes != ProofMarkup::Notes::None)
        addNotes(options, edition, display, markup.notes == ProofMarkup::Notes::All, wording,
                 shown);
    if (round)
        addChanges(options, edition, display, *round, wording, shown);
    return std::nullopt;
}

}  // namespace paiban
