// Proofreading in the .paiban file: a story's notes ("notes", written only when it has
// some) and the edition's proof rounds ("proofRounds", likewise), so that files without
// them save as before. Read and checked in JsonReader (proof_json.cpp).
#pragma once

#include <QJsonArray>

#include "model/document.h"

namespace paiban {

QJsonArray notesToJson(const std::vector<Note>& notes);
QJsonArray proofRoundsToJson(const std::vector<ProofRound>& rounds);
// A time as the file writes it: ISO 8601 in UTC, empty when there is none.
QString isoTime(const QDateTime& time);

}  // namespace paiban
