#include "proof/pdf_notes_import.h"

#include <poppler-qt6.h>

#include <QSet>
#include <algorithm>
#include <cmath>

#include "model/proof_edits.h"
#include "model/text_edit.h"

namespace paiban {

namespace {

// Characters of context taken on each side of a mark: enough that a word repeated in a
// story (的, 记者, a date) is told apart by its neighbours, few enough that an edit next
// to the mark still leaves most of them.
constexpr int kContextChars = 8;
// A point mark (caret, sticky note) is matched by this many characters either side.
constexpr int kPointContextChars = 4;
// A character belongs to a mark when its box's centre lies within the mark's quad grown
// by this much: readers draw quads from their own text boxes, a little off ours.
constexpr double kQuadSlackPt = 1.0;
// A sticky note further than this from any character is about no text.
constexpr double kStickyReachPt = 36.0;
// Two places of the same text this close to the mark are the same place.
constexpr double kSamePlacePt = 6.0;

// Names Paiban gives the annotations it writes into a proof (notes, change marks).
const QString kOwnPrefix = QStringLiteral("paiban-");

struct PdfChar {
    QChar ch;
    QRectF box;
};

bool significant(QChar c) {
    return !c.isSpace();
}

// The text of the page in poppler's order, whitespace left out (readers and Paiban
// space words differently; the stories' spaces are left out alike).
std::vector<PdfChar> pageChars(const Poppler::Page& page) {
    std::vector<PdfChar> chars;
    for (const auto& box : page.textList()) {
        const QString text = box->text();
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (significant(text[i]))
                chars.push_back({text[i], box->charBoundingBox(static_cast<int>(i))});
        }
    }
    return chars;
}

// A story's text without whitespace, with each kept character's offset in the plain text.
struct StoryText {
    QString id;
    QString chars;
    std::vector<int> offsets;
};

std::vector<StoryText> storyTexts(const Edition& edition) {
    std::vector<StoryText> texts;
    for (const Story& story : edition.stories) {
        const QString plain = storyPlainText(story);
        StoryText t{story.id, {}, {}};
        for (qsizetype i = 0; i < plain.size(); ++i) {
            if (significant(plain[i])) {
                t.chars.append(plain[i]);
                t.offsets.push_back(static_cast<int>(i));
            }
        }
        t.offsets.push_back(static_cast<int>(plain.size()));
        texts.push_back(std::move(t));
    }
    return texts;
}

int commonSuffix(const QString& a, QStringView b) {
    int n = 0;
    while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n])
        ++n;
    return n;
}
int commonPrefix(const QString& a, QStringView b) {
    int n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    return n;
}

// What a mark asks about: the characters it covers (or the place between two), with
// its neighbours in the PDF's text.
struct Marked {
    QString text;           // under the mark; empty for a place
    QString before, after;  // context
    QRectF where;           // on the page, points
};

struct Candidate {
    const StoryText* story = nullptr;
    int from = 0, to = 0;  // plain-text offsets
    int score = 0;         // context characters that agree
    double distance = 0;   // from the mark, on the same page; infinity elsewhere
};

std::optional<Candidate> bestPlace(const Marked& marked, const std::vector<StoryText>& stories,
                                   const LineIndex& lines, int page, UnplacedNote::Reason* reason) {
    // A place is looked for as the characters either side of it, joined.
    const bool place = marked.text.isEmpty();
    const QString left = place ? marked.before.right(kPointContextChars) : QString();
    const QString core = place ? left + marked.after.left(kPointContextChars) : marked.text;
    if (core.isEmpty()) {
        *reason = UnplacedNote::Reason::NoTextNear;
        return std::nullopt;
    }
    std::vector<Candidate> candidates;
    for (const StoryText& story : stories) {
        for (qsizetype k = story.chars.indexOf(core); k >= 0;
             k = story.chars.indexOf(core, k + 1)) {
            Candidate c;
            c.story = &story;
            const QStringView chars(story.chars);
            if (place) {
                const qsizetype at = k + left.size();
                c.from = c.to = story.offsets[static_cast<size_t>(at)];
                c.score = commonSuffix(marked.before, chars.left(at)) +
                          commonPrefix(marked.after, chars.mid(at));
            } else {
                const qsizetype end = k + core.size();
                c.from = story.offsets[static_cast<size_t>(k)];
                c.to = story.offsets[static_cast<size_t>(end - 1)] + 1;
                c.score = commonSuffix(marked.before, chars.left(k)) +
                          commonPrefix(marked.after, chars.mid(end));
            }
            c.distance = std::numeric_limits<double>::infinity();
            const auto bands = lines.bandsOf(story.id, c.from, std::max(c.to, c.from + 1));
            for (const LineIndex::Band& band : bands) {
                if (band.page != page)
                    continue;
                const QRectF r(band.rect.x, band.rect.y, band.rect.width, band.rect.height);
                c.distance =
                    std::min(c.distance, std::hypot(r.center().x() - marked.where.center().x(),
                                                    r.center().y() - marked.where.center().y()));
                break;
            }
            candidates.push_back(c);
        }
    }
    if (candidates.empty()) {
        *reason = UnplacedNote::Reason::TextNotFound;
        return std::nullopt;
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.score != b.score ? a.score > b.score : a.distance < b.distance;
    });
    if (candidates.size() == 1)
        return candidates.front();
    const Candidate& best = candidates[0];
    const Candidate& next = candidates[1];
    // Told apart by the neighbours, or by standing where the mark is.
    if (best.score > next.score || best.distance < next.distance - kSamePlacePt)
        return best;
    *reason = UnplacedNote::Reason::Ambiguous;
    return std::nullopt;
}

QRectF toPoints(const QRectF& normalized, const QSizeF& size) {
    return {normalized.x() * size.width(), normalized.y() * size.height(),
            normalized.width() * size.width(), normalized.height() * size.height()};
}

// The characters a text-markup annotation covers.
Marked markedByQuads(const Poppler::HighlightAnnotation& annotation,
                     const std::vector<PdfChar>& chars, const QSizeF& size) {
    std::vector<QRectF> quads;
    for (const auto& quad : annotation.highlightQuads()) {
        // Readers order a quad's corners differently (the spec's order, or round it): its
        // bounds are what count.
        double left = 1, top = 1, right = 0, bottom = 0;
        for (const QPointF& p : quad.points) {
            left = std::min(left, p.x());
            right = std::max(right, p.x());
            top = std::min(top, p.y());
            bottom = std::max(bottom, p.y());
        }
        const QRectF r(QPointF(left, top), QPointF(right, bottom));
        quads.push_back(
            toPoints(r, size).adjusted(-kQuadSlackPt, -kQuadSlackPt, kQuadSlackPt, kQuadSlackPt));
    }
    if (quads.empty())
        quads.push_back(toPoints(annotation.boundary(), size));
    Marked marked;
    int first = -1, last = -1;
    for (size_t i = 0; i < chars.size(); ++i) {
        const QPointF centre = chars[i].box.center();
        if (std::any_of(quads.begin(), quads.end(),
                        [&](const QRectF& q) { return q.contains(centre); })) {
            marked.text.append(chars[i].ch);
            if (first < 0)
                first = static_cast<int>(i);
            last = static_cast<int>(i);
            marked.where = marked.where.isNull() ? chars[i].box : marked.where.united(chars[i].box);
        }
    }
    for (int i = std::max(0, first - kContextChars); first >= 0 && i < first; ++i)
        marked.before.append(chars[static_cast<size_t>(i)].ch);
    for (int i = last + 1;
         last >= 0 && i <= last + kContextChars && i < static_cast<int>(chars.size()); ++i)
        marked.after.append(chars[static_cast<size_t>(i)].ch);
    return marked;
}

// The place a caret marks, or the character a sticky note stands by.
Marked markedByPoint(const QRectF& where, const std::vector<PdfChar>& chars, bool isCaret,
                     bool* nearText) {
    Marked marked;
    marked.where = where;
    const QPointF point = isCaret ? where.center() : where.topLeft();
    int nearest = -1;
    double best = std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < chars.size(); ++i) {
        const QRectF& box = chars[i].box;
        const double dx = std::max({box.left() - point.x(), 0.0, point.x() - box.right()});
        const double dy = std::max({box.top() - point.y(), 0.0, point.y() - box.bottom()});
        const double d = std::hypot(dx, dy);
        if (d < best) {
            best = d;
            nearest = static_cast<int>(i);
        }
    }
    *nearText = nearest >= 0 && (isCaret || best <= kStickyReachPt);
    if (!*nearText)
        return marked;
    // A caret stands between characters: after the nearest one if it is right of its middle.
    const int split = isCaret && point.x() > chars[static_cast<size_t>(nearest)].box.center().x()
                          ? nearest + 1
                          : nearest;
    if (!isCaret)
        marked.text = chars[static_cast<size_t>(nearest)].ch;
    const int afterFrom = isCaret ? split : nearest + 1;
    for (int i = std::max(0, split - kContextChars); i < split; ++i)
        marked.before.append(chars[static_cast<size_t>(i)].ch);
    for (int i = afterFrom; i < afterFrom + kContextChars && i < static_cast<int>(chars.size());
         ++i)
        marked.after.append(chars[static_cast<size_t>(i)].ch);
    return marked;
}

// A strike-out asks for its text to go unless its comment gives what should stand there
// instead; a comment that only says to delete (删, 删去, 删除, delete) is no replacement.
bool asksToDelete(const QString& contents) {
    const QString said = contents.trimmed();
    if (said.isEmpty())
        return true;
    for (const QString& word : {QStringLiteral("删"), QStringLiteral("delete")}) {
        if (said.startsWith(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// 错字：…, 标点 …, typo: … at the start of a comment say its kind.
NoteKind kindFromContents(QString* contents) {
    static const std::pair<NoteKind, QStringList> kWords[] = {
        {NoteKind::Typo, {QStringLiteral("错字"), QStringLiteral("typo")}},
        {NoteKind::Punctuation, {QStringLiteral("标点"), QStringLiteral("punctuation")}},
        {NoteKind::Fact, {QStringLiteral("事实"), QStringLiteral("fact")}},
        {NoteKind::Layout, {QStringLiteral("版式"), QStringLiteral("layout")}},
        {NoteKind::Other, {QStringLiteral("其他"), QStringLiteral("other")}},
    };
    const QString trimmed = contents->trimmed();
    for (const auto& [kind, words] : kWords) {
        for (const QString& word : words) {
            if (!trimmed.startsWith(word, Qt::CaseInsensitive))
                continue;
            const QString rest = trimmed.mid(word.size());
            if (rest.isEmpty() || rest[0] == u'：' || rest[0] == u':' || rest[0].isSpace()) {
                *contents = rest.isEmpty() ? rest : rest.mid(1).trimmed();
                return kind;
            }
        }
    }
    return NoteKind::Other;
}

int editionPageOf(const Poppler::Page& page, int pdfIndex, int pageCount) {
    bool ok = false;
    const int number = page.label().toInt(&ok);
    if (ok && number >= 1 && number <= pageCount)
        return number - 1;
    return pdfIndex < pageCount ? pdfIndex : -1;
}

}  // namespace

NotesImport readProofNotes(const QByteArray& pdf, const Edition& edition, const LineIndex& lines) {
    NotesImport result;
    // Poppler says what it finds wrong with a file on the debug channel; a file that is no
    // PDF is this function's answer, worded by the caller, not a line on stderr.
    static const bool quiet = [] {
        Poppler::setDebugErrorFunction([](const QString&, const QVariant&) {}, QVariant());
        return true;
    }();
    (void)quiet;
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document) {
        result.problem = NotesImportProblem::NotAPdf;
        return result;
    }
    if (document->isLocked()) {
        result.problem = NotesImportProblem::Locked;
        return result;
    }
    QSet<QString> importedBefore;
    for (const NoteRef& ref : allNotes(edition)) {
        if (!ref.note->importedFrom.isEmpty())
            importedBefore.insert(ref.note->importedFrom);
    }
    const std::vector<StoryText> stories = storyTexts(edition);
    const int pageCount = static_cast<int>(edition.pages.size());
    for (int p = 0; p < document->numPages(); ++p) {
        const std::unique_ptr<Poppler::Page> page = document->page(p);
        if (!page)
            continue;
        const QSizeF size = page->pageSizeF();
        const int editionPage = editionPageOf(*page, p, pageCount);
        std::vector<PdfChar> chars;
        bool charsRead = false;
        for (const auto& annotation : page->annotations()) {
            const auto type = annotation->subType();
            const bool markup = type == Poppler::Annotation::AHighlight;
            const bool caret = type == Poppler::Annotation::ACaret;
            const bool sticky =
                type == Poppler::Annotation::AText &&
                static_cast<const Poppler::TextAnnotation&>(*annotation).textType() ==
                    Poppler::TextAnnotation::Linked;
            if (!markup && !caret && !sticky) {
                ++result.ignored;
                continue;
            }
            const QRectF where = toPoints(annotation->boundary(), size);
            QString key = annotation->uniqueName();
            if (key.startsWith(kOwnPrefix)) {
                ++result.ownMarks;
                continue;
            }
            key = key.isEmpty() ? QStringLiteral("pdf:p%1@%2,%3")
                                      .arg(p + 1)
                                      .arg(std::lround(where.x()))
                                      .arg(std::lround(where.y()))
                                : QStringLiteral("pdf:") + key;
            if (importedBefore.contains(key)) {
                ++result.alreadyThere;
                continue;
            }
            if (!charsRead) {
                chars = pageChars(*page);
                charsRead = true;
            }
            QString contents = annotation->contents();
            Note note;
            note.author = annotation->author();
            note.created = annotation->creationDate().isValid() ? annotation->creationDate()
                                                                : annotation->modificationDate();
            note.importedFrom = key;
            Marked marked;
            bool nearText = true;
            if (markup) {
                const auto& highlight =
                    static_cast<const Poppler::HighlightAnnotation&>(*annotation);
                marked = markedByQuads(highlight, chars, size);
                if (highlight.highlightType() == Poppler::HighlightAnnotation::StrikeOut)
                    note.action = asksToDelete(contents) ? NoteAction::Delete : NoteAction::Replace;
                nearText = !marked.text.isEmpty();
            } else {
                marked = markedByPoint(where, chars, caret, &nearText);
                if (caret)
                    note.action = NoteAction::Insert;
            }
            note.kind = kindFromContents(&contents);
            note.text = contents;
            UnplacedNote::Reason reason = UnplacedNote::Reason::NoTextNear;
            std::optional<Candidate> found;
            if (nearText)
                found = bestPlace(marked, stories, lines, editionPage, &reason);
            if (!found) {
                result.unplaced.push_back(
                    {reason, p + 1, editionPage,
                     marked.text.isEmpty() ? marked.before + marked.after : marked.text,
                     annotation->contents(), note.author});
                continue;
            }
            note.from = found->from;
            note.to = found->to;
            importedBefore.insert(key);
            result.placed.push_back({found->story->id, std::move(note)});
        }
    }
    return result;
}

int addImportedNotes(Edition& edition, const NotesImport& imported) {
    int added = 0;
    for (const NotesImport::Placed& placed : imported.placed) {
        if (!addNote(edition, placed.storyId, placed.note))
            ++added;
    }
    return added;
}

}  // namespace paiban
