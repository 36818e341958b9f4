// The command line front end: `paiban export …`, `paiban preflight …`, `paiban typeset …`.
// Headless.
#pragma once

#include <optional>
#include <string>

#include "display/edition_layout.h"
#include "preflight/preflight.h"

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

// Preflight's findings as `paiban preflight --json` prints them (`input` names the file).
std::string findingsJson(const QString& input, const std::vector<Finding>& findings);

// `paiban export`'s exit status when preflight found errors and the press PDF was not
// written (--force writes it anyway).
inline constexpr int kExitPreflightErrors = 3;

// Runs the subcommand; returns the process exit code.
int run(int argc, char** argv);

int typeset(int argc, char** argv);
int exportPdf(int argc, char** argv);
int preflightCommand(int argc, char** argv);
int checkCommand(int argc, char** argv);
int importCommand(int argc, char** argv);
int newCommand(int argc, char** argv);
int notesCommand(int argc, char** argv);
int newsroomCommand(int argc, char** argv);

}  // namespace paiban::cli
