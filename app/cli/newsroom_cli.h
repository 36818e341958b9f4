// What the `paiban newsroom …` commands share: their arguments, the connection, and how
// they report the newsroom's refusals.
#pragma once

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

#include "newsroom/newsroom_error.h"
#include "newsroom/schema.h"

namespace paiban::cli {

// Options given to a newsroom command: --connect, the command's own (with a value, as
// `--name value` or `--name=value`), flags, and the operands in order.
struct NewsroomArguments {
    QString connection;  // --connect, else $PAIBAN_NEWSROOM, else libpq's PG* defaults
    QStringList operands;
    QHash<QString, QString> options;
    QSet<QString> flags;
    bool help = false;
};

// Parses argv from the command's name on; prints the problem and returns nothing when
// an option is unknown or lacks its value (never echoing a value: it may hold a password).
std::optional<NewsroomArguments> parseNewsroomArguments(int argc, char** argv,
                                                        const QSet<QString>& withValue,
                                                        const QSet<QString>& flags);

// Connects as the arguments say and checks the schema (`Apply` for init).
newsroom::Result<QSqlDatabase> connectNewsroom(const NewsroomArguments& args,
                                               newsroom::Migration migration);
inline const QString kNewsroomConnection = QStringLiteral("paiban-cli");

int newsroomUsage(const char* message);
// Prints the newsroom's refusal in English; returns 1.
int newsroomFailed(const newsroom::Error& error);
// "1 story", "2 stories".
QString counted(int n, const char* one, const char* many);
// A date as the newsroom writes it, YYYY-MM-DD exactly; invalid otherwise.
QDate isoDate(const QString& text);

int exportEditionCommand(const NewsroomArguments& args);

}  // namespace paiban::cli
