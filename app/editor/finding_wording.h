// The engine's findings worded in the user's language: each finding is a code with
// arguments (layout/preflight, model/diagnostic.h); this is where the editor turns them
// into sentences. A code it does not know (from a newer engine) shows the engine's English.
#pragma once

#include <QString>

#include "preflight/preflight.h"

namespace paiban::editor {

// The finding's sentence, without its place.
QString wordedFinding(const Finding& finding);

// A document that could not be read, in the user's language: each of the reader's problems
// (model/diagnostic.h: FileError) on a line of its own, "file: field: sentence".
QString wordedLoadErrors(const Diagnostics& errors);

// The finding with where it is: "第 2 版，框 business-body：溢文……".
QString wordedFindingWithPlace(const Finding& finding);

}  // namespace paiban::editor
