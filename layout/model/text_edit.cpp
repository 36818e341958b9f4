#include "model/text_edit.h"

#include <QStringList>
#include <algorithm>

namespace paiban {
namespace {

// Paragraph text length.
int lengthOf(const Paragraph& p) {
    int n = 0;
    for (const TextRun& run : p.runs)
        n += static_cast<int>(run.text.size());
    return n;
}

// Removes [from, to) of a paragraph's text from its runs; empty runs go, but a paragraph
// keeps one run so that its character style survives being emptied.
void removeRange(Paragraph& p, int from, int to) {
    int at = 0;
    for (TextRun& run : p.runs) {
        const int length = static_cast<int>(run.text.size());
        const int start = std::clamp(from - at, 0, length), end = std::clamp(to - at, 0, length);
        if (end > start && run.field == TextField::None)
            run.text.remove(start, end - start);
        at += length;
    }
    if (p.runs.size() > 1) {
        std::erase_if(p.runs, [](const TextRun& r) {
            return r.text.isEmpty() && r.field == TextField::None;
        });
    }
    if (p.runs.empty())
        p.runs.push_back(TextRun{});
}

// Inserts text without breaks at `offset`: into the run it falls in, at a boundary into
// the run before (a field run never takes typed text: a plain run is made beside it).
void insertPlain(Paragraph& p, int offset, const QString& text) {
    if (text.isEmpty())
        return;
    int at = 0;
    for (size_t r = 0; r < p.runs.size(); ++r) {
        TextRun& run = p.runs[r];
        const int length = static_cast<int>(run.text.size());
        if (offset <= at + length) {  // at a boundary, the run before
            if (run.field != TextField::None) {
                const bool before = offset == at;
                const size_t next = r + 1;
                if (!before && next < p.runs.size() && p.runs[next].field == TextField::None) {
                    p.runs[next].text.prepend(text);  // typed after a field: the run after it
                    return;
                }
                p.runs.insert(p.runs.begin() + static_cast<long>(before ? r : r + 1),
                              TextRun{text, run.characterStyle});
            } else {
                run.text.insert(offset - at, text);
            }
            return;
        }
        at += length;
    }
    if (p.runs.empty() || p.runs.back().field != TextField::None)
        p.runs.push_back(TextRun{text, p.runs.empty() ? QString() : p.runs.back().characterStyle});
    else
        p.runs.back().text += text;
}

// Splits a paragraph at `offset`: the part after it becomes a new paragraph with the
// same style and the runs' character styles.
Paragraph splitOff(Paragraph& p, int offset) {
    Paragraph tail{p.style, {}};
    int at = 0;
    std::vector<TextRun> head;
    for (const TextRun& run : p.runs) {
        const int length = static_cast<int>(run.text.size());
        if (at + length <= offset && !(length == 0 && at == offset && !head.empty())) {
            head.push_back(run);
        } else if (at >= offset) {
            tail.runs.push_back(run);
        } else {
            const int cut = offset - at;
            head.push_back(TextRun{run.text.left(cut), run.characterStyle, run.field});
            tail.runs.push_back(TextRun{run.text.mid(cut), run.characterStyle, run.field});
        }
        at += length;
    }
    if (head.empty())
        head.push_back(
            TextRun{QString(), p.runs.empty() ? QString() : p.runs.front().characterStyle});
    if (tail.runs.empty())
        tail.runs.push_back(TextRun{QString(), head.back().characterStyle});
    p.runs = std::move(head);
    return tail;
}

}  // namespace

QString storyPlainText(const Story& story) {
    QStringList paragraphs;
    for (const Paragraph& p : story.paragraphs)
        paragraphs << p.text();
    return paragraphs.join(u'\n');
}

TextPosition positionOf(const Story& story, int plainOffset) {
    int at = 0;
    for (size_t i = 0; i < story.paragraphs.size(); ++i) {
        const int length = lengthOf(story.paragraphs[i]);
        if (plainOffset <= at + length)
            return {static_cast<int>(i), std::max(0, plainOffset - at)};
        at += length + 1;  // the '\n'
    }
    if (story.paragraphs.empty())
        return {0, 0};
    return {static_cast<int>(story.paragraphs.size()) - 1, lengthOf(story.paragraphs.back())};
}

bool replaceStoryText(Story& story, int plainOffset, int removeCount, const QString& insert) {
    const int total = static_cast<int>(storyPlainText(story).size());
    if (plainOffset < 0 || removeCount < 0 || plainOffset + removeCount > total)
        return false;
    if (story.paragraphs.empty())
        story.paragraphs.push_back(Paragraph{QStringLiteral("body"), {TextRun{}}});
    const TextPosition from = positionOf(story, plainOffset);
    const TextPosition to = positionOf(story, plainOffset + removeCount);
    auto& ps = story.paragraphs;
    // Remove: trim the first paragraph's tail, join the last one's rest onto it.
    Paragraph& first = ps[static_cast<size_t>(from.paragraph)];
    if (to.paragraph == from.paragraph) {
        removeRange(first, from.offset, to.offset);
    } else {
        removeRange(first, from.offset, lengthOf(first));
        Paragraph last = ps[static_cast<size_t>(to.paragraph)];
        removeRange(last, 0, to.offset);
        for (TextRun& run : last.runs) {
            if (!run.text.isEmpty() || run.field != TextField::None)
                first.runs.push_back(run);
        }
        ps.erase(ps.begin() + from.paragraph + 1, ps.begin() + to.paragraph + 1);
    }
    // Insert: the first line into this paragraph, each further line a new paragraph.
    const QStringList lines = insert.split(u'\n');
    Paragraph* current = &ps[static_cast<size_t>(from.paragraph)];
    int offset = from.offset;
    insertPlain(*current, offset, lines.front());
    offset += static_cast<int>(lines.front().size());
    for (qsizetype i = 1; i < lines.size(); ++i) {
        Paragraph tail = splitOff(*current, offset);
        const int index = static_cast<int>(current - ps.data());
        ps.insert(ps.begin() + index + 1, std::move(tail));
        current = &ps[static_cast<size_t>(index + 1)];
        insertPlain(*current, 0, lines[i]);
        offset = static_cast<int>(lines[i].size());
    }
    followTextEdit(story.notes, plainOffset, removeCount, static_cast<int>(insert.size()));
    return true;
}

void applyCharacterStyle(Story& story, int from, int to, const QString& characterStyle) {
    int paragraphStart = 0;
    for (Paragraph& p : story.paragraphs) {
        const int length = lengthOf(p);
        const int a = std::clamp(from - paragraphStart, 0, length);
        const int b = std::clamp(to - paragraphStart, 0, length);
        paragraphStart += length + 1;
        if (a >= b)
            continue;
        std::vector<TextRun> runs;
        int at = 0;
        for (const TextRun& run : p.runs) {
            const int n = static_cast<int>(run.text.size());
            const int s = std::clamp(a - at, 0, n), e = std::clamp(b - at, 0, n);
            at += n;
            if (run.field != TextField::None || s >= e) {
                runs.push_back(run);
                continue;
            }
            if (s > 0)
                runs.push_back(TextRun{run.text.left(s), run.characterStyle});
            runs.push_back(TextRun{run.text.mid(s, e - s), characterStyle});
            if (e < n)
                runs.push_back(TextRun{run.text.mid(e), run.characterStyle});
        }
        // Neighbours of one style become one run again.
        std::vector<TextRun> joined;
        for (TextRun& run : runs) {
            if (!joined.empty() && joined.back().field == TextField::None &&
                run.field == TextField::None &&
                joined.back().characterStyle == run.characterStyle) {
                joined.back().text += run.text;
            } else {
                joined.push_back(std::move(run));
            }
        }
        p.runs = std::move(joined);
    }
}

}  // namespace paiban
