// What can go wrong between Paiban and a newsroom's database, as values: a code and its
// arguments, worded in the user's language by the editor (app/editor/newsroom/
// newsroom_wording.cpp) and in English by `englishText` for the command line.
#pragma once

#include <QStringList>
#include <optional>
#include <utility>
#include <variant>

class QSqlError;

namespace paiban::newsroom {

enum class Problem : uint8_t {
    NoDriver,          // Qt's QPSQL driver is not installed
    CannotConnect,     // args: the server's or libpq's message
    ConnectionLost,    // args: the message
    NoNewsroom,        // the database has no Paiban schema: `paiban newsroom init`
    MayNotMigrate,     // args: the database's version, the program's, role, the reason
    NotAMember,        // args: role (not in any of the newsroom's roles)
    SchemaNewer,       // args: the database's version, the program's
    SchemaBehind,      // args: the database's version, the program's, why it stayed behind
    MigrationFailed,   // args: the file, the server's message
    NotAllowed,        // args: the server's message (a privilege or row-level security)
    StoryApproved,     // args: slug
    StoryMoveRefused,  // args: slug, from, to
    NoSuchStory,       // args: id
    StoryNotYours,     // args: slug
    SlugTaken,         // args: the server's message
    PageNumberTaken,   // args: the server's message
    PageSigned,        // args: page number
    PageMoveRefused,   // args: page number, from, to
    EditionSigned,     // args: the number of a signed-off page in it
    NoSuchPage,        // args: id
    PageNotYours,      // args: id
    PageHeld,          // args: who holds it, their program
    NoSuchEdition,     // args: date, title
    QueryFailed,       // args: the server's message
};

struct Error {
    Problem problem = Problem::QueryFailed;
    QStringList args;
    friend bool operator==(const Error&, const Error&) = default;
};

// The error a failed statement stands for: the schema's own refusals (SQLSTATE class PB,
// their detail carrying the arguments), a missing privilege, a taken slug, else the
// server's message.
Error errorOf(const QSqlError& error);

QString englishText(const Error& error);
// The problem's name as in the enum (NoNewsroom …): for logs and tests.
const char* toString(Problem problem);

// A value or the error that stopped it.
template <typename T>
class Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(Error error) : state_(std::move(error)) {}
    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<0>(state_); }
    T& value() & { return std::get<0>(state_); }
    // By value, so that `for (x : f().value())` holds what it walks.
    T value() && { return std::get<0>(std::move(state_)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<1>(state_); }

private:
    std::variant<T, Error> state_;
};

// A result with no value: success, or the error.
struct Done {};
using Status = Result<Done>;

}  // namespace paiban::newsroom
