// The command line front end: `paiban export …`, `paiban preflight …`, `paiban typeset …`. Headless.
#pragma once

namespace paiban::cli {

// True when the arguments name a subcommand rather than a document to edit.
bool isSubcommand(int argc, char** argv);

// Runs the subcommand; returns the process exit code.
int run(int argc, char** argv);

int typeset(int argc, char** argv);
int exportPdf(int argc, char** argv);
int preflightCommand(int argc, char** argv);
int checkCommand(int argc, char** argv);
int importCommand(int argc, char** argv);

}  // namespace paiban::cli
