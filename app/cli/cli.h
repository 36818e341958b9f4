// The command line front end: `paiban export …`, `paiban preflight …`, `paiban typeset …`.
// Headless.
#pragma once

#include <optional>

#include "display/edition_layout.h"

namespace paiban::cli {

// True when the arguments name a subcommand rather than a document to edit.
bool isSubcommand(int argc, char** argv);

// A document loaded and laid out for a subcommand; on failure the loader's messages are
// printed on stderr and nothing is returned.
struct LaidOutDocument {
    Edition edition;
    EditionDisplay display;
};
std::optional<LaidOutDocument> loadAndLayOut(const QString& path);

// --ink-limit's value: a percentage of total ink from 100 to 400 (four solid inks);
// false if it is not one.
bool parseInkLimit(const char* text, double* percent);

// Runs the subcommand; returns the process exit code.
int run(int argc, char** argv);

int typeset(int argc, char** argv);
int exportPdf(int argc, char** argv);
int preflightCommand(int argc, char** argv);
int checkCommand(int argc, char** argv);
int importCommand(int argc, char** argv);
int newCommand(int argc, char** argv);
int notesCommand(int argc, char** argv);

}  // namespace paiban::cli
