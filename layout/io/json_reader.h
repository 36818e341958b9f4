// Reads a .paiban document from JSON, checking every field's type and range and every
// reference (story → frames, paragraph → style), and collecting one message per problem.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include "io/document_io.h"

namespace paiban {

// The fields of an object this version does not read, to be kept and written back.
QJsonObject unknownFields(const QJsonObject& o, std::initializer_list<const char*> known);

class JsonReader {
public:
    explicit JsonReader(QString sourceName) : source_(std::move(sourceName)) {}
    LoadResult readEdition(const QByteArray& json);

private:
    // The field's path, for messages: pages[0].frames[2].width.
    struct Scope {
        JsonReader& reader;
        Scope(JsonReader& r, const QString& part) : reader(r) { r.path_.push_back(part); }
        ~Scope() { reader.path_.pop_back(); }
    };
    QString where(const QString& key = {}) const;
    // A problem at `key` of the object being read: `problem` is the English sentence with
    // %1, %2 … for `args`, marked for translation in the context "paiban::ReadProblem" (the
    // editor words it from there; the diagnostic carries the source, the field's path, the
    // sentence and its arguments).
    void error(const QString& key, const char* problem, const QStringList& args = {});

    double number(const QJsonObject& o, const QString& key, double fallback, bool required,
                  double min, double max);
    int integer(const QJsonObject& o, const QString& key, int fallback, int min, int max);
    QString string(const QJsonObject& o, const QString& key, const QString& fallback,
                   bool required);
    bool boolean(const QJsonObject& o, const QString& key, bool fallback);
    // A colour: raw CMYK [c, m, y, k] (fractions), or {"swatch": name, "tint": percent}
    // naming one of the document's swatches (read before any colour).
    std::optional<CmykColor> color(const QJsonObject& o, const QString& key);
    std::optional<CmykColor> rawCmyk(const QJsonValue& v, const QString& key);
    std::vector<Swatch> swatches(const QJsonObject& root);
    template <typename E>
    E choice(const QJsonObject& o, const QString& key, E fallback,
             std::optional<E> (*parse)(std::string_view), const char* allowed);
    QJsonArray array(const QJsonObject& o, const QString& key, bool required);
    QJsonObject object(const QJsonValue& v, const QString& what);

    ParagraphStyle paragraphStyle(const QJsonObject& o);
    CharacterStyle characterStyle(const QJsonObject& o);
    Page page(const QJsonObject& o);
    Frame frame(const QJsonObject& o);
    Story story(const QJsonObject& o);
    void checkReferences(const Edition& e);
    // Master pages (json_reader_masters.cpp): the edition's masters, a page's master and
    // released items, and what they refer to.
    void readMasters(const QJsonObject& root, Edition& e);
    void readPageMaster(const QJsonObject& o, Page& p);
    MasterPage master(const QJsonObject& o);
    void checkMasterReferences(const Edition& e);
    // Proofreading (proof_json.cpp): a story's notes, the edition's proof rounds, and the
    // notes' ids and anchors checked against the stories' text.
    QDateTime time(const QJsonObject& o, const QString& key, bool required);
    Note note(const QJsonObject& o);
    void readNotes(const QJsonObject& o, Story& s);
    void readProofRounds(const QJsonObject& root, Edition& e);
    void checkNotes(const Edition& e);
    // Articles grouped by hand (json_reader_articles.cpp), their stories and photos checked.
    void readArticles(const QJsonObject& root, Edition& e);
    void checkArticles(const Edition& e);

    QString source_;
    QStringList path_;
    Diagnostics errors_;
    std::vector<Swatch> swatches_;  // the document's, for the colours that name one
};

}  // namespace paiban
