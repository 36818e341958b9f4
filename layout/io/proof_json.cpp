#include "io/proof_json.h"

#include <QSet>

#include "io/json_reader.h"
#include "model/text_edit.h"

namespace paiban {

QString isoTime(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonArray notesToJson(const std::vector<Note>& notes) {
    QJsonArray list;
    for (const Note& n : notes) {
        QJsonObject o{{"id", n.id},
                      {"kind", toString(n.kind)},
                      {"text", n.text},
                      {"author", n.author},
                      {"created", isoTime(n.created)},
                      {"from", n.from},
                      {"to", n.to},
                      {"quote", n.quote}};
        if (n.action != NoteAction::Remark)
            o["action"] = toString(n.action);
        if (!n.importedFrom.isEmpty())
            o["importedFrom"] = n.importedFrom;
        if (!n.round.isEmpty())
            o["round"] = n.round;
        if (n.textDeleted)
            o["textDeleted"] = true;
        if (n.resolved) {
            o["resolved"] = true;
            o["resolvedBy"] = n.resolvedBy;
            o["resolvedAt"] = isoTime(n.resolvedAt);
        }
        for (auto it = n.extra.begin(); it != n.extra.end(); ++it) {
            if (!o.contains(it.key()))
                o.insert(it.key(), it.value());
        }
        list.append(o);
    }
    return list;
}

QJsonArray proofRoundsToJson(const std::vector<ProofRound>& rounds) {
    QJsonArray list;
    for (const ProofRound& r : rounds) {
        QJsonArray stories;
        for (const RecordedStory& s : r.stories) {
            QJsonArray paragraphs;
            for (const QString& p : s.paragraphs)
                paragraphs.append(p);
            stories.append(QJsonObject{{"id", s.id}, {"name", s.name}, {"paragraphs", paragraphs}});
        }
        QJsonObject o{
            {"name", r.name}, {"by", r.by}, {"started", isoTime(r.started)}, {"stories", stories}};
        for (auto it = r.extra.begin(); it != r.extra.end(); ++it) {
            if (!o.contains(it.key()))
                o.insert(it.key(), it.value());
        }
        list.append(o);
    }
    return list;
}

QDateTime JsonReader::time(const QJsonObject& o, const QString& key, bool required) {
    const QString text = string(o, key, QString(), required);
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        error(key,
              QT_TRANSLATE_NOOP("paiban::ReadProblem",
                                "'%1' is not a date and time (2026-11-30T18:00:00Z)"),
              {text});
    return t;
}

Note JsonReader::note(const QJsonObject& o) {
    Note n;
    n.id = string(o, "id", QString(), true);
    const QString kind = string(o, "kind", QStringLiteral("other"), false);
    if (const auto k = noteKindFromString(kind.toStdString()))
        n.kind = *k;
    else
        error("kind",
              QT_TRANSLATE_NOOP("paiban::ReadProblem",
                                "'%1' is not one of typo, punctuation, fact, layout, other"),
              {kind});
    const QString action = string(o, "action", QStringLiteral("remark"), false);
    if (const auto a = noteActionFromString(action.toStdString()))
        n.action = *a;
    else
        error("action",
              QT_TRANSLATE_NOOP("paiban::ReadProblem",
                                "'%1' is not one of remark, delete, insert, replace"),
              {action});
    n.importedFrom = string(o, "importedFrom", QString(), false);
    n.text = string(o, "text", QString(), false);
    n.author = string(o, "author", QString(), false);
    n.created = time(o, "created", false);
    n.round = string(o, "round", QString(), false);
    n.from = integer(o, "from", 0, 0, std::numeric_limits<int>::max());
    n.to = integer(o, "to", 0, 0, std::numeric_limits<int>::max());
    n.quote = string(o, "quote", QString(), false);
    n.textDeleted = boolean(o, "textDeleted", false);
    n.resolved = boolean(o, "resolved", false);
    n.resolvedBy = string(o, "resolvedBy", QString(), false);
    n.resolvedAt = time(o, "resolvedAt", false);
    n.extra = unknownFields(
        o, {"id", "kind", "text", "author", "created", "round", "from", "to", "quote",
            "textDeleted", "resolved", "resolvedBy", "resolvedAt", "action", "importedFrom"});
    return n;
}

void JsonReader::readNotes(const QJsonObject& o, Story& s) {
    const QJsonArray notes = array(o, "notes", false);
    for (qsizetype i = 0; i < notes.size(); ++i) {
        Scope scope(*this, QStringLiteral(".notes[%1]").arg(i));
        s.notes.push_back(
            note(object(notes[i], QT_TRANSLATE_NOOP("paiban::ReadProblem", "a note"))));
    }
}

void JsonReader::readProofRounds(const QJsonObject& root, Edition& e) {
    const QJsonArray rounds = array(root, "proofRounds", false);
    QSet<QString> names;
    for (qsizetype i = 0; i < rounds.size(); ++i) {
        Scope scope(*this, QStringLiteral("proofRounds[%1]").arg(i));
        const QJsonObject o =
            object(rounds[i], QT_TRANSLATE_NOOP("paiban::ReadProblem", "a proof round"));
        ProofRound r;
        r.name = string(o, "name", QString(), true);
        if (o.contains("name") && r.name.trimmed().isEmpty())
            error("name", QT_TRANSLATE_NOOP("paiban::ReadProblem", "a proof round needs a name"));
        else if (names.contains(r.name))
            error("name",
                  QT_TRANSLATE_NOOP("paiban::ReadProblem", "proof round '%1' is named twice"),
                  {r.name});
        names.insert(r.name);
        r.by = string(o, "by", QString(), false);
        r.started = time(o, "started", false);
        const QJsonArray stories = array(o, "stories", false);
        for (qsizetype s = 0; s < stories.size(); ++s) {
            Scope storyScope(*this, QStringLiteral(".stories[%1]").arg(s));
            const QJsonObject so =
                object(stories[s], QT_TRANSLATE_NOOP("paiban::ReadProblem", "a story"));
            RecordedStory story{
                string(so, "id", QString(), true), string(so, "name", QString(), false), {}};
            const QJsonArray paragraphs = array(so, "paragraphs", false);
            for (qsizetype p = 0; p < paragraphs.size(); ++p) {
                if (!paragraphs[p].isString()) {
                    error(QStringLiteral("paragraphs[%1]").arg(p),
                          QT_TRANSLATE_NOOP("paiban::ReadProblem",
                                            "expected a paragraph's text (a string)"));
                    continue;
                }
                story.paragraphs.push_back(paragraphs[p].toString());
            }
            r.stories.push_back(std::move(story));
        }
        r.extra = unknownFields(o, {"name", "by", "started", "stories"});
        e.proofRounds.push_back(std::move(r));
    }
}

void JsonReader::checkNotes(const Edition& e) {
    QSet<QString> ids;
    for (size_t s = 0; s < e.stories.size(); ++s) {
        const Story& story = e.stories[s];
        const int length = static_cast<int>(storyPlainText(story).size());
        for (size_t n = 0; n < story.notes.size(); ++n) {
            const Note& note = story.notes[n];
            const QString at = QStringLiteral("stories[%1].notes[%2]").arg(s).arg(n);
            if (ids.contains(note.id))
                error(at + QStringLiteral(".id"),
                      QT_TRANSLATE_NOOP("paiban::ReadProblem", "note id '%1' is used twice"),
                      {note.id});
            ids.insert(note.id);
            if (note.to < note.from || note.to > length)
                error(at + QStringLiteral(".to"),
                      QT_TRANSLATE_NOOP("paiban::ReadProblem",
                                        "the note's text [%1, %2) is not within the story's %3 "
                                        "characters"),
                      {QString::number(note.from), QString::number(note.to),
                       QString::number(length)});
        }
    }
}

}  // namespace paiban
