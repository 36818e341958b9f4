#include "model/proof_edits.h"

#include <algorithm>

#include "model/text_edit.h"

namespace paiban {

namespace {

Note* mutableNote(Edition& edition, const QString& noteId) {
    for (Story& story : edition.stories) {
        for (Note& note : story.notes) {
            if (note.id == noteId)
                return &note;
        }
    }
    return nullptr;
}

}  // namespace

std::vector<RecordedStory> recordStories(const Edition& edition) {
    std::vector<RecordedStory> recorded;
    recorded.reserve(edition.stories.size());
    for (const Story& story : edition.stories) {
        RecordedStory r{story.id, story.name, {}};
        r.paragraphs.reserve(story.paragraphs.size());
        for (const Paragraph& p : story.paragraphs)
            r.paragraphs.push_back(p.text());
        recorded.push_back(std::move(r));
    }
    return recorded;
}

std::optional<ProofRefusal> startProofRound(Edition& edition, const QString& name,
                                            const QString& by, const QDateTime& started) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return ProofRefusal::RoundNameEmpty;
    if (proofRound(edition, trimmed))
        return ProofRefusal::RoundNameTaken;
    edition.proofRounds.push_back(ProofRound{trimmed, by, started, recordStories(edition), {}});
    return std::nullopt;
}

QString currentRound(const Edition& edition) {
    return edition.proofRounds.empty() ? QString() : edition.proofRounds.back().name;
}

const ProofRound* proofRound(const Edition& edition, const QString& name) {
    for (const ProofRound& round : edition.proofRounds) {
        if (round.name == name)
            return &round;
    }
    return nullptr;
}

NoteRef findNote(const Edition& edition, const QString& noteId) {
    for (const Story& story : edition.stories) {
        for (const Note& note : story.notes) {
            if (note.id == noteId)
                return {&story, &note};
        }
    }
    return {};
}

std::vector<NoteRef> allNotes(const Edition& edition) {
    std::vector<NoteRef> notes;
    for (const Story& story : edition.stories) {
        for (const Note& note : story.notes)
            notes.push_back({&story, &note});
    }
    return notes;
}

QString nextNoteId(const Edition& edition) {
    // One past the highest number in use, so that notes read in the order they were made.
    int highest = 0;
    for (const NoteRef& ref : allNotes(edition)) {
        if (ref.note->id.startsWith(u'n'))
            highest = std::max(highest, ref.note->id.mid(1).toInt());
    }
    return QStringLiteral("n%1").arg(highest + 1);
}

std::optional<ProofRefusal> addNote(Edition& edition, const QString& storyId, Note note) {
    auto story = std::find_if(edition.stories.begin(), edition.stories.end(),
                              [&](const Story& s) { return s.id == storyId; });
    if (story == edition.stories.end())
        return ProofRefusal::NoSuchStory;
    const QString text = storyPlainText(*story);
    if (note.from < 0 || note.to < note.from || note.to > text.size())
        return ProofRefusal::RangeOutsideText;
    if (note.id.isEmpty() || findNote(edition, note.id))
        note.id = nextNoteId(edition);
    if (note.round.isEmpty())
        note.round = currentRound(edition);
    note.quote = text.mid(note.from, note.to - note.from);
    note.textDeleted = false;
    story->notes.push_back(std::move(note));
    return std::nullopt;
}

std::optional<ProofRefusal> editNote(Edition& edition, const QString& noteId, NoteKind kind,
                                     const QString& text) {
    Note* note = mutableNote(edition, noteId);
    if (!note)
        return ProofRefusal::NoSuchNote;
    note->kind = kind;
    note->text = text;
    return std::nullopt;
}

std::optional<ProofRefusal> resolveNote(Edition& edition, const QString& noteId, const QString& by,
                                        const QDateTime& at) {
    Note* note = mutableNote(edition, noteId);
    if (!note)
        return ProofRefusal::NoSuchNote;
    note->resolved = true;
    note->resolvedBy = by;
    note->resolvedAt = at;
    return std::nullopt;
}

std::optional<ProofRefusal> reopenNote(Edition& edition, const QString& noteId) {
    Note* note = mutableNote(edition, noteId);
    if (!note)
        return ProofRefusal::NoSuchNote;
    note->resolved = false;
    note->resolvedBy.clear();
    note->resolvedAt = {};
    return std::nullopt;
}

std::optional<ProofRefusal> deleteNote(Edition& edition, const QString& noteId) {
    for (Story& story : edition.stories) {
        auto it = std::find_if(story.notes.begin(), story.notes.end(),
                               [&](const Note& n) { return n.id == noteId; });
        if (it != story.notes.end()) {
            story.notes.erase(it);
            return std::nullopt;
        }
    }
    return ProofRefusal::NoSuchNote;
}

}  // namespace paiban
