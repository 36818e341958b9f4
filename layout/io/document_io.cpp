#include "io/document_io.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include "io/json_reader.h"
#include "io/proof_json.h"
#include "model/masters.h"

namespace paiban {
namespace {

// What a newer version wrote and this one kept, back beside what this one writes.
QJsonObject withExtra(QJsonObject o, const QJsonObject& extra) {
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (!o.contains(it.key()))
            o.insert(it.key(), it.value());
    }
    return o;
}

// A colour naming a swatch is written as the swatch and its tint (its CMYK values follow
// the swatch); raw CMYK as the four fractions, as before swatches.
QJsonValue colorToJson(const CmykColor& c) {
    if (!c.swatch.empty())
        return QJsonObject{{"swatch", QString::fromStdString(c.swatch)}, {"tint", c.tintPct}};
    return QJsonArray{c.c, c.m, c.y, c.k};
}

QJsonArray swatchesToJson(const std::vector<Swatch>& swatches) {
    QJsonArray list;
    for (const Swatch& s : swatches) {
        QJsonObject o{{"name", QString::fromStdString(s.name)}, {"cmyk", colorToJson(s.cmyk)}};
        if (s.spot)
            o["spot"] = true;
        list.append(o);
    }
    return list;
}

QJsonObject paragraphStyleToJson(const ParagraphStyle& s) {
    QJsonObject o{
        {"name", QString::fromStdString(s.name)},
        {"font", QString::fromStdString(s.fontFamily)},
        {"weight", s.fontWeight},
        {"size", s.sizePt},
        {"leading", s.leadingPt},
        {"indent", s.firstLineIndentEm},
        {"spaceBefore", s.spaceBeforePt},
        {"spaceAfter", s.spaceAfterPt},
        {"align", toString(s.alignment)},
        {"kinsoku", toString(s.kinsoku)},
        {"hanging", toString(s.hanging)},
        {"latinGap", s.latinGapEm},
        {"trimLineStart", s.trimLineStartBracket},
        {"widowControl", s.widowControl},
        {"balanceLines", s.balanceLines},
        {"breakBetweenWords", s.breakBetweenWords},
        {"minLastLineChars", s.minLastLineChars},
        {"breaker", toString(s.breaker)},
        {"grid", s.alignToGrid},
        {"color", colorToJson(s.color)},
    };
    if (s.role)
        o["role"] = toString(*s.role);
    return withExtra(o, s.extra);
}

QJsonObject characterStyleToJson(const CharacterStyle& s) {
    QJsonObject o{{"name", QString::fromStdString(s.name)}};
    if (s.fontFamily)
        o["font"] = QString::fromStdString(*s.fontFamily);
    if (s.fontWeight)
        o["weight"] = *s.fontWeight;
    if (s.sizePt)
        o["size"] = *s.sizePt;
    if (s.color)
        o["color"] = colorToJson(*s.color);
    return withExtra(o, s.extra);
}

QJsonObject frameToJson(const Frame& f) {
    QJsonObject o{{"id", f.id},    {"kind", toString(f.kind)}, {"x", f.rect.x},
                  {"y", f.rect.y}, {"width", f.rect.width},    {"height", f.rect.height}};
    if (f.kind == FrameKind::Text) {
        o["columns"] = f.columns;
        o["gutter"] = f.gutterPt;
        if (f.verticalAlign != VerticalAlign::Top)
            o["verticalAlign"] = toString(f.verticalAlign);
        if (f.columnRules)
            o["columnRules"] = true;
    }
    if (!f.captionOf.isEmpty())
        o["captionOf"] = f.captionOf;
    if (f.kind == FrameKind::Image) {
        o["image"] = f.imagePath;
        o["fit"] = toString(f.fit);
        if (f.imageScale != 1)
            o["imageScale"] = f.imageScale;
        if (f.imageOffsetX != 0)
            o["imageOffsetX"] = f.imageOffsetX;
        if (f.imageOffsetY != 0)
            o["imageOffsetY"] = f.imageOffsetY;
    }
    if (f.strokeWidthPt > 0)
        o["strokeWidth"] = f.strokeWidthPt;
    if (f.stroke)
        o["stroke"] = colorToJson(*f.stroke);
    if (f.fill)
        o["fill"] = colorToJson(*f.fill);
    if (f.ruleStyle != RuleStyle::Solid)
        o["ruleStyle"] = toString(f.ruleStyle);
    if (f.wrapText) {
        o["wrap"] = true;
        o["wrapGap"] = f.wrapGapPt;
    }
    return withExtra(o, f.extra);
}

// Master pages: a page names its master only when it does not follow the rule, and lists
// the items released on it only when there are some, so files without masters are
// written as before.
void writePageMaster(QJsonObject& o, const Page& p) {
    if (p.master)
        o["master"] = *p.master;
    if (!p.releasedItems.empty()) {
        QJsonArray released;
        for (const QString& id : p.releasedItems)
            released.append(id);
        o["released"] = released;
    }
}

QJsonObject pageToJson(const Page& p) {
    QJsonArray frames;
    for (const auto& f : p.frames)
        frames.append(frameToJson(f));
    QJsonObject o{
        {"name", p.name},
        {"width", p.widthPt},
        {"height", p.heightPt},
        {"margins", QJsonObject{{"top", p.margins.top},
                                {"bottom", p.margins.bottom},
                                {"left", p.margins.left},
                                {"right", p.margins.right}}},
        {"grid", QJsonObject{{"columns", p.grid.columns},
                             {"columnChars", p.grid.columnChars},
                             {"bodySize", p.grid.bodySizePt},
                             {"gutter", p.grid.gutterPt},
                             {"baseline", p.grid.baselinePt},
                             {"baselineOffset", p.grid.baselineOffsetPt}}},
        {"frames", frames},
    };
    if (!p.guides.empty()) {
        QJsonArray guides;
        for (const Guide& g : p.guides)
            guides.append(QJsonObject{{g.vertical ? "x" : "y", g.positionPt}});
        o["guides"] = guides;
    }
    if (!p.section.isEmpty())
        o["section"] = p.section;
    if (!p.editor.isEmpty())
        o["editor"] = p.editor;
    writePageMaster(o, p);
    return withExtra(o, p.extra);
}

QJsonObject storyToJson(const Story& s) {
    QJsonArray paragraphs;
    for (const auto& p : s.paragraphs) {
        QJsonObject o{{"style", p.style}};
        const bool plain = p.runs.size() == 1 && p.runs.front().characterStyle.isEmpty() &&
                           p.runs.front().field == TextField::None &&
                           p.runs.front().extra.isEmpty();
        if (plain || p.runs.empty()) {
            o["text"] = p.text();
        } else {
            QJsonArray runs;
            for (const auto& r : p.runs) {
                QJsonObject run{{"text", r.text}};
                if (!r.characterStyle.isEmpty())
                    run["style"] = r.characterStyle;
                if (r.field != TextField::None)
                    run["field"] = toString(r.field);
                runs.append(withExtra(run, r.extra));
            }
            o["runs"] = runs;
        }
        paragraphs.append(withExtra(o, p.extra));
    }
    QJsonArray frames;
    for (const auto& id : s.frameIds)
        frames.append(id);
    QJsonObject o{{"id", s.id}, {"name", s.name}, {"frames", frames}, {"paragraphs", paragraphs}};
    if (!s.notes.empty())
        o["notes"] = notesToJson(s.notes);
    if (s.pool) {
        QJsonObject pool{{"id", static_cast<double>(s.pool->id)}, {"revision", s.pool->revision}};
        if (!s.pool->slug.isEmpty())
            pool["slug"] = s.pool->slug;
        o["pool"] = pool;
    }
    return withExtra(o, s.extra);
}

QJsonObject masterToJson(const MasterPage& m) {
    QJsonArray frames, stories;
    for (const Frame& f : m.frames)
        frames.append(frameToJson(f));
    for (const Story& s : m.stories)
        stories.append(storyToJson(s));
    return withExtra(
        QJsonObject{
            {"name", m.name}, {"kind", toString(m.kind)}, {"frames", frames}, {"stories", stories}},
        m.extra);
}

}  // namespace

QString LoadResult::errorText() const {
    QStringList lines;
    for (const auto& e : errors)
        lines << e.message;
    return lines.join(u'\n');
}

QByteArray serializeEdition(const Edition& e) {
    QJsonArray paragraphStyles, characterStyles, pages, stories;
    for (const auto& s : e.styles.paragraphStyles)
        paragraphStyles.append(paragraphStyleToJson(s));
    for (const auto& s : e.styles.characterStyles)
        characterStyles.append(characterStyleToJson(s));
    for (const auto& p : e.pages)
        pages.append(pageToJson(p));
    for (const auto& s : e.stories)
        stories.append(storyToJson(s));
    QJsonObject root{
        {"format", "paiban"},
        {"version", kDocumentFormatVersion},
        {"title", e.title},
        {"date", e.date},
        {"swatches", swatchesToJson(e.swatches)},
        {"styles", QJsonObject{{"paragraph", paragraphStyles}, {"character", characterStyles}}},
        {"pages", pages},
        {"stories", stories},
    };
    if (e.firstPageNumber != 1)
        root["firstPageNumber"] = e.firstPageNumber;
    if (!e.masters.empty()) {
        QJsonArray masters;
        for (const MasterPage& m : e.masters)
            masters.append(masterToJson(m));
        root["masters"] = masters;
    }
    if (!e.proofRounds.empty())
        root["proofRounds"] = proofRoundsToJson(e.proofRounds);
    if (!e.articles.empty()) {
        QJsonArray articles;
        for (const ArticleGrouping& a : e.articles) {
            QJsonArray stories, photos;
            for (const QString& id : a.stories)
                stories.append(id);
            for (const QString& id : a.photos)
                photos.append(id);
            articles.append(withExtra(
                QJsonObject{{"id", a.id}, {"stories", stories}, {"photos", photos}}, a.extra));
        }
        root["articles"] = articles;
    }
    return QJsonDocument(withExtra(root, e.extra)).toJson(QJsonDocument::Indented);
}

bool saveEdition(const Edition& edition, const QString& path, QString* error, bool keepBackup) {
    if (keepBackup && QFileInfo::exists(path)) {
        const QString backup = path + u'~';
        QFile::remove(backup);
        if (!QFile::copy(path, backup)) {
            if (error) {
                *error = QStringLiteral(
                             "cannot keep the previous version as %1; %2 was not "
                             "saved")
                             .arg(backup, path);
            }
            return false;
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = serializeEdition(edition);
    if (file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot save %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

namespace {

// A problem with the file as a whole (no field to name): the English sentence, and the
// code the editor words (model/diagnostic.h: FileError).
LoadResult fileProblem(const QString& source, const char* problem, const QStringList& args) {
    QString message = QString::fromUtf8(problem);
    for (const QString& a : args)
        message = message.arg(a);
    Diagnostic d{DiagnosticKind::FileError, QStringLiteral("%1: %2").arg(source, message)};
    d.args = QStringList{source, QString(), QString::fromUtf8(problem)} + args;
    LoadResult r;
    r.errors.push_back(d);
    return r;
}

}  // namespace

LoadResult loadEdition(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fileProblem(path, QT_TRANSLATE_NOOP("paiban::ReadProblem", "cannot open: %1"),
                           {file.errorString()});
    }
    // Nothing a newsroom makes comes near this; a bigger file is not a document and is not
    // read into memory.
    constexpr qint64 kLargestDocumentBytes = 256LL * 1024 * 1024;
    if (file.size() > kLargestDocumentBytes) {
        return fileProblem(
            path,
            QT_TRANSLATE_NOOP("paiban::ReadProblem", "%1 MB is too large to be a Paiban document"),
            {QString::number(file.size() / (1024 * 1024))});
    }
    return parseEdition(file.readAll(), path);
}

LoadResult parseEdition(const QByteArray& json, const QString& sourceName) {
    if (json.trimmed().isEmpty()) {
        return fileProblem(sourceName,
                           QT_TRANSLATE_NOOP("paiban::ReadProblem",
                                             "the file is empty: no document in it (a save that "
                                             "never finished? look for %1~)"),
                           {sourceName});
    }
    return JsonReader(sourceName).readEdition(json);
}

}  // namespace paiban
