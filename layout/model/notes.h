// Proofreaders' notes (批注): a remark anchored to a stretch of a story's text. The anchor
// is a range of the story's plain text (model/text_edit), so a note follows its words
// through reflow, frames moved and pages reordered; text edits move it with them
// (`followTextEdit`, called by every replacement of a story's text).
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <string_view>
#include <vector>

namespace paiban {

// What a note is about, as proofreaders mark it: 错字, 标点, 事实, 版式, 其他.
enum class NoteKind : uint8_t { Typo, Punctuation, Fact, Layout, Other };
const char* toString(NoteKind);
std::optional<NoteKind> noteKindFromString(std::string_view);

// What the proofreader asks of the text under the note, as the marks of a PDF reader say
// it: a remark (a highlight, a sticky note), delete it (struck out), insert the note's
// text there (a caret), or replace it by the note's text (struck out with a comment).
enum class NoteAction : uint8_t { Remark, Delete, Insert, Replace };
const char* toString(NoteAction);
std::optional<NoteAction> noteActionFromString(std::string_view);

struct Note {
    QString id;  // unique in the edition: "n1", "n2" …
    NoteKind kind = NoteKind::Other;
    NoteAction action = NoteAction::Remark;
    QString text;    // the proofreader's words
    QString author;  // who wrote it
    QDateTime created;
    QString round;  // the proof round it was made in (its name); empty: before any
    // The anchor: [from, to) of the story's plain text; from == to marks a place (an
    // insertion asked for).
    int from = 0, to = 0;
    QString quote;             // the text anchored when the note was made
    bool textDeleted = false;  // every character it was anchored to has been deleted
    bool resolved = false;
    QString resolvedBy;
    QDateTime resolvedAt;
    // A note read from a proof PDF: the annotation's unique name there (or its page and
    // place), so that importing the same PDF again adds nothing.
    QString importedFrom;
    QJsonObject extra;  // fields of newer versions, kept
    friend bool operator==(const Note&, const Note&) = default;
};

// Moves the notes' anchors for `removed` characters at `offset` replaced by `inserted`
// ones: notes after the edit shift; text typed inside a note's stretch joins it (a typo
// corrected stays under its note); a note whose every character is deleted collapses to
// the place they stood and says so (`textDeleted`) instead of vanishing.
void followTextEdit(std::vector<Note>& notes, int offset, int removed, int inserted);

}  // namespace paiban
