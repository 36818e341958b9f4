#include "io/json_reader.h"

#include "model/limits.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cmath>
#include <limits>

namespace paiban {

QJsonObject unknownFields(const QJsonObject& o, std::initializer_list<const char*> known) {
    QJsonObject rest;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const bool isKnown = std::any_of(known.begin(), known.end(), [&](const char* k) {
            return it.key() == QLatin1String(k);
        });
        if (!isKnown)
            rest.insert(it.key(), it.value());
    }
    return rest;
}

namespace {

using limits::kLargestLengthPt;
constexpr double kInf = std::numeric_limits<double>::infinity();

QString typeName(const QJsonValue& v) {
    switch (v.type()) {
        case QJsonValue::Null:
            return QString::fromUtf8(QT_TRANSLATE_NOOP("paiban::ReadProblem", "null"));
        case QJsonValue::Bool:
            return QString::fromUtf8(QT_TRANSLATE_NOOP("paiban::ReadProblem", "a boolean"));
        case QJsonValue::Double:
            return QString::fromUtf8(QT_TRANSLATE_NOOP("paiban::ReadProblem", "a number"));
        case QJsonValue::String:
            return QString::fromUtf8(QT_TRANSLATE_NOOP("paiban::ReadProblem", "a string"));
        case QJsonValue::Array:
            return QString::fromUtf8(QT_TRANSLATE_NOOP("paiban::ReadProblem", "an array"));
        case QJsonValue::Object:
            return QString::fromUtf8(QT_TRANSLATE_NOOP("paiban::ReadProblem", "an object"));
        case QJsonValue::Undefined:
            return QString::fromUtf8(QT_TRANSLATE_NOOP("paiban::ReadProblem", "nothing"));
    }
    return {};
}

// Line and column of a byte offset, for JSON syntax errors.
std::pair<int, int> lineAndColumn(const QByteArray& data, int offset) {
    int line = 1, column = 1;
    for (int i = 0; i < offset && i < data.size(); ++i) {
        if (data[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(data[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

}  // namespace

QString JsonReader::where(const QString& key) const {
    QString path = path_.join(QString());
    if (!key.isEmpty())
        path += (path.isEmpty() ? QString() : QStringLiteral(".")) + key;
    return path.isEmpty() ? QStringLiteral("document") : path;
}

void JsonReader::error(const QString& key, const char* problem, const QStringList& args) {
    QString message = QString::fromUtf8(problem);
    for (const QString& a : args)
        message = message.arg(a);
    Diagnostic d{DiagnosticKind::FileError,
                 QStringLiteral("%1: %2: %3").arg(source_, where(key), message)};
    d.args = QStringList{source_, where(key), QString::fromUtf8(problem)} + args;
    errors_.push_back(d);
}

double JsonReader::number(const QJsonObject& o, const QString& key, double fallback, bool required,
                          double min, double max) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            error(key, QT_TRANSLATE_NOOP("paiban::ReadProblem", "missing (a number is required)"));
        return fallback;
    }
    if (!v.isDouble()) {
        error(key, QT_TRANSLATE_NOOP("paiban::ReadProblem", "expected a number, got %1"),
              {QStringLiteral("%1").arg(typeName(v))});
        return fallback;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < min || d > max) {
        error(key, QT_TRANSLATE_NOOP("paiban::ReadProblem", "%1 is out of range (%2 to %3)"),
              {QStringLiteral("%1").arg(d), QStringLiteral("%1").arg(min),
               QStringLiteral("%1").arg(max == kInf ? QStringLiteral("∞") : QString::number(max))});
        return fallback;
    }
    return d;
}

int JsonReader::integer(const QJsonObject& o, const QString& key, int fallback, int min, int max) {
    const double d = number(o, key, fallback, false, min, max);
    if (d != std::floor(d)) {
        error(key, QT_TRANSLATE_NOOP("paiban::ReadProblem", "expected a whole number, got %1"),
              {QStringLiteral("%1").arg(d)});
        return fallback;
    }
    return static_cast<int>(d);
}

QString JsonReader::string(const QJsonObject& o, const QString& key, const QString& fallback,
                           bool required) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            error(key, QT_TRANSLATE_NOOP("paiban::ReadProblem", "missing (a string is required)"));
        return fallback;
    }
    if (!v.isString()) {
        error(key, QT_TRANSLATE_NOOP("paiban::ReadProblem", "expected a string, got %1"),
              {QStringLiteral("%1").arg(typeName(v))});
        return fallback;
    }
    return v.toString();
}

bool JsonReader::boolean(const QJsonObject& o, const QString& key, bool fallback) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        error(key, QT_TRANSLATE_NOOP("paiban::ReadProblem", "expected true or false, got %1"),
              {QStringLiteral("%1").arg(typeName(v))});
        return fallback;
    }
    return v.toBool();
}

std::optional<CmykColor> JsonReader::rawCmyk(const QJsonValue& v, const QString& key) {
    const QJsonArray a = v.toArray();
    bool ok = v.isArray() && a.size() == 4;
    for (const auto& c : a)
        ok = ok && c.isDouble() && c.toDouble() >= 0 && c.toDouble() <= 1;
    if (!ok) {
        error(key,
              QT_TRANSLATE_NOOP("paiban::ReadProblem",
                                "expected a CMYK colour [c, m, y, k] with each part from 0 to 1"));
        return std::nullopt;
    }
    CmykColor color;
    color.c = a[0].toDouble(), color.m = a[1].toDouble(), color.y = a[2].toDouble();
    color.k = a[3].toDouble();
    return color;
}

std::optional<CmykColor> JsonReader::color(const QJsonObject& o, const QString& key) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isObject())
        return rawCmyk(v, key);
    Scope scope(*this, "." + key);
    const QJsonObject ref = v.toObject();
    const QString name = string(ref, "swatch", QString(), true);
    const double tint = number(ref, "tint", 100, false, 0, 100);
    const Swatch* swatch = findSwatch(swatches_, name.toStdString());
    if (!swatch) {
        if (!name.isEmpty())
            error("swatch",
                  QT_TRANSLATE_NOOP("paiban::ReadProblem", "there is no swatch named '%1'"),
                  {QStringLiteral("%1").arg(name)});
        return std::nullopt;
    }
    return swatchColor(*swatch, tint);
}

std::vector<Swatch> JsonReader::swatches(const QJsonObject& root) {
    if (!root.contains("swatches"))
        return defaultSwatches();  // a document from before swatches
    std::vector<Swatch> list;
    const QJsonArray a = array(root, "swatches", false);
    for (qsizetype i = 0; i < a.size(); ++i) {
        Scope scope(*this, QStringLiteral("swatches[%1]").arg(i));
        const QJsonObject o = object(a[i], QT_TRANSLATE_NOOP("paiban::ReadProblem", "a swatch"));
        Swatch s;
        s.name = string(o, "name", QString(), true).toStdString();
        if (o.contains("name") && s.name.empty())
            error("name", QT_TRANSLATE_NOOP("paiban::ReadProblem", "a swatch needs a name"));
        else if (findSwatch(list, s.name))
            error("name", QT_TRANSLATE_NOOP("paiban::ReadProblem", "a second swatch named '%1'"),
                  {QStringLiteral("%1").arg(QString::fromStdString(s.name))});
        if (!o.contains("cmyk"))
            error("cmyk", QT_TRANSLATE_NOOP("paiban::ReadProblem",
                                            "missing (a CMYK colour [c, m, y, k] is required)"));
        else if (auto c = rawCmyk(o.value("cmyk"), "cmyk"))
            s.cmyk = *c;
        s.spot = boolean(o, "spot", false);
        if (s.spot && isReservedSpotName(s.name)) {
            error(
                "name",
                QT_TRANSLATE_NOOP(
                    "paiban::ReadProblem",
                    "a spot colour may not be named '%1': PDF keeps that name for its own plates"),
                {QStringLiteral("%1").arg(QString::fromStdString(s.name))});
        }
        list.push_back(s);
    }
    return list;
}

template <typename E>
E JsonReader::choice(const QJsonObject& o, const QString& key, E fallback,
                     std::optional<E> (*parse)(std::string_view), const char* allowed) {
    const QString text = string(o, key, QString(), false);
    if (text.isEmpty())
        return fallback;
    const std::string utf8 = text.toStdString();
    if (auto value = parse(utf8))
        return *value;
    error(key, QT_TRANSLATE_NOOP("paiban::ReadProblem", "'%1' is not one of %2"),
          {QStringLiteral("%1").arg(text), QStringLiteral("%1").arg(QString::fromUtf8(allowed))});
    return fallback;
}

QJsonArray JsonReader::array(const QJsonObject& o, const QString& key, bool required) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            error(key, QT_TRANSLATE_NOOP("paiban::ReadProblem", "missing (an array is required)"));
        return {};
    }
    if (!v.isArray()) {
        error(key, QT_TRANSLATE_NOOP("paiban::ReadProblem", "expected an array, got %1"),
              {QStringLiteral("%1").arg(typeName(v))});
        return {};
    }
    return v.toArray();
}

QJsonObject JsonReader::object(const QJsonValue& v, const QString& what) {
    if (!v.isObject()) {
        error(QString(),
              QT_TRANSLATE_NOOP("paiban::ReadProblem", "expected %1 (an object), got %2"),
              {QStringLiteral("%1").arg(what), QStringLiteral("%1").arg(typeName(v))});
        return {};
    }
    return v.toObject();
}

ParagraphStyle JsonReader::paragraphStyle(const QJsonObject& o) {
    ParagraphStyle s;
    s.name = string(o, "name", QString(), true).toStdString();
    s.fontFamily = string(o, "font", QString::fromStdString(s.fontFamily), false).toStdString();
    s.fontWeight =
        integer(o, "weight", s.fontWeight, limits::kLightestWeight, limits::kHeaviestWeight);
    s.sizePt =
        number(o, "size", s.sizePt, false, limits::kSmallestFontSizePt, limits::kLargestFontSizePt);
    s.leadingPt = number(o, "leading", s.leadingPt, false, 0, limits::kLargestLeadingPt);
    s.firstLineIndentEm =
        number(o, "indent", s.firstLineIndentEm, false, 0, limits::kLargestIndentEm);
    s.spaceBeforePt = number(o, "spaceBefore", s.spaceBeforePt, false, 0, kLargestLengthPt);
    s.spaceAfterPt = number(o, "spaceAfter", s.spaceAfterPt, false, 0, kLargestLengthPt);
    s.alignment =
        choice(o, "align", s.alignment, &alignmentFromString, "justify, start, center, end");
    s.kinsoku = choice(o, "kinsoku", s.kinsoku, &kinsokuFromString, "none, basic, gb, strict");
    s.hanging = choice(o, "hanging", s.hanging, &hangingFromString, "off, end");
    s.breaker = choice(o, "breaker", s.breaker, &breakerFromString, "total, first");
    s.latinGapEm = number(o, "latinGap", s.latinGapEm, false, 0, 1);
    s.trimLineStartBracket = boolean(o, "trimLineStart", s.trimLineStartBracket);
    s.widowControl = boolean(o, "widowControl", s.widowControl);
    s.balanceLines = boolean(o, "balanceLines", s.balanceLines);
    s.breakBetweenWords = boolean(o, "breakBetweenWords", s.breakBetweenWords);
    s.minLastLineChars = integer(o, "minLastLineChars", s.minLastLineChars, 1, 10);
    s.alignToGrid = boolean(o, "grid", s.alignToGrid);
    if (auto c = color(o, "color"))
        s.color = *c;
    if (o.contains("role"))
        s.role = choice(o, "role", TextRole::Body, &textRoleFromString,
                        "body, kicker, headline, subhead, byline, caption, other");
    s.extra = unknownFields(o, {"name",
                                "font",
                                "weight",
                                "size",
                                "leading",
                                "indent",
                                "spaceBefore",
                                "spaceAfter",
                                "align",
                                "kinsoku",
                                "hanging",
                                "latinGap",
                                "trimLineStart",
                                "widowControl",
                                "balanceLines",
                                "breakBetweenWords",
                                "minLastLineChars",
                                "breaker",
                                "grid",
                                "color",
                                "role"});
    return s;
}

CharacterStyle JsonReader::characterStyle(const QJsonObject& o) {
    CharacterStyle s;
    s.name = string(o, "name", QString(), true).toStdString();
    if (o.contains("font"))
        s.fontFamily = string(o, "font", QString(), false).toStdString();
    if (o.contains("weight"))
        s.fontWeight = integer(o, "weight", 400, limits::kLightestWeight, limits::kHeaviestWeight);
    if (o.contains("size"))
        s.sizePt =
            number(o, "size", 9, false, limits::kSmallestFontSizePt, limits::kLargestFontSizePt);
    s.color = color(o, "color");
    s.extra = unknownFields(o, {"name", "font", "weight", "size", "color"});
    return s;
}

Frame JsonReader::frame(const QJsonObject& o) {
    Frame f;
    f.id = string(o, "id", QString(), true);
    const QString kind = string(o, "kind", QStringLiteral("text"), false);
    if (kind == "text")
        f.kind = FrameKind::Text;
    else if (kind == "image")
        f.kind = FrameKind::Image;
    else if (kind == "box")
        f.kind = FrameKind::Box;
    else if (kind == "rule")
        f.kind = FrameKind::Rule;
    else
        error("kind",
              QT_TRANSLATE_NOOP("paiban::ReadProblem", "'%1' is not one of text, image, box, rule"),
              {QStringLiteral("%1").arg(kind)});
    const bool isRule = f.kind == FrameKind::Rule;
    f.rect.x = number(o, "x", 0, true, -kLargestLengthPt, kLargestLengthPt);
    f.rect.y = number(o, "y", 0, true, -kLargestLengthPt, kLargestLengthPt);
    // A rule's width and height are its direction, and may be zero; a frame's may not.
    const double minSize = isRule ? -kLargestLengthPt : limits::kSmallestFrameSidePt;
    f.rect.width = number(o, "width", isRule ? 0 : 1, true, minSize, kLargestLengthPt);
    f.rect.height = number(o, "height", isRule ? 0 : 1, true, minSize, kLargestLengthPt);
    f.columns = integer(o, "columns", 1, 1, limits::kMostColumns);
    f.gutterPt = number(o, "gutter", 0, false, 0, kLargestLengthPt);
    f.verticalAlign = choice(o, "verticalAlign", f.verticalAlign, &verticalAlignFromString,
                             "top, center, bottom");
    f.columnRules = boolean(o, "columnRules", false);
    f.captionOf = string(o, "captionOf", QString(), false);
    if (f.kind == FrameKind::Image) {
        f.imagePath = string(o, "image", QString(), true);
        f.fit = choice(o, "fit", f.fit, &imageFitFromString, "fill, fit, manual");
        f.imageScale = number(o, "imageScale", 1, false, 1e-4, 1e4);
        f.imageOffsetX = number(o, "imageOffsetX", 0, false, -kLargestLengthPt, kLargestLengthPt);
        f.imageOffsetY = number(o, "imageOffsetY", 0, false, -kLargestLengthPt, kLargestLengthPt);
    }
    f.strokeWidthPt = number(o, "strokeWidth", isRule ? 0.5 : 0, false, 0, 100);
    f.stroke = color(o, "stroke");
    f.fill = color(o, "fill");
    f.ruleStyle =
        choice(o, "ruleStyle", f.ruleStyle, &ruleStyleFromString, "solid, dashed, dotted, double");
    f.wrapText = boolean(o, "wrap", false);
    f.wrapGapPt = number(o, "wrapGap", 0, false, 0, kLargestLengthPt);
    f.extra = unknownFields(o, {"id",
                                "kind",
                                "x",
                                "y",
                                "width",
                                "height",
                                "columns",
                                "gutter",
                                "verticalAlign",
                                "columnRules",
                                "captionOf",
                                "image",
                                "fit",
                                "imageScale",
                                "imageOffsetX",
                                "imageOffsetY",
                                "strokeWidth",
                                "stroke",
                                "fill",
                                "ruleStyle",
                                "wrap",
                                "wrapGap"});
    return f;
}

Page JsonReader::page(const QJsonObject& o) {
    Page p;
    p.name = string(o, "name", QString(), false);
    p.widthPt = number(o, "width", 0, true, 1, kLargestLengthPt);
    p.heightPt = number(o, "height", 0, true, 1, kLargestLengthPt);
    p.section = string(o, "section", QString(), false);
    p.editor = string(o, "editor", QString(), false);
    if (o.contains("margins")) {
        Scope scope(*this, ".margins");
        const QJsonObject m = object(o.value("margins"), "margins");
        p.margins.top = number(m, "top", 0, false, 0, kLargestLengthPt);
        p.margins.bottom = number(m, "bottom", 0, false, 0, kLargestLengthPt);
        p.margins.left = number(m, "left", 0, false, 0, kLargestLengthPt);
        p.margins.right = number(m, "right", 0, false, 0, kLargestLengthPt);
    }
    if (o.contains("grid")) {
        Scope scope(*this, ".grid");
        const QJsonObject g = object(o.value("grid"), "grid");
        p.grid.columns = integer(g, "columns", p.grid.columns, 1, limits::kMostColumns);
        p.grid.columnChars = integer(g, "columnChars", 0, 0, 500);
        p.grid.bodySizePt = number(g, "bodySize", p.grid.bodySizePt, false, 1, 1000);
        p.grid.gutterPt = number(g, "gutter", p.grid.gutterPt, false, 0, kLargestLengthPt);
        p.grid.baselinePt = number(g, "baseline", p.grid.baselinePt, false, 1, kLargestLengthPt);
        p.grid.baselineOffsetPt = number(g, "baselineOffset", 0, false, 0, kLargestLengthPt);
    }
    const QJsonArray guides = array(o, "guides", false);
    for (qsizetype i = 0; i < guides.size(); ++i) {
        Scope scope(*this, QStringLiteral(".guides[%1]").arg(i));
        const QJsonObject g =
            object(guides[i], QT_TRANSLATE_NOOP("paiban::ReadProblem", "a guide"));
        if (g.contains("x"))
            p.guides.push_back(
                {true, number(g, "x", 0, true, -kLargestLengthPt, kLargestLengthPt)});
        else
            p.guides.push_back(
                {false, number(g, "y", 0, true, -kLargestLengthPt, kLargestLengthPt)});
    }
    const QJsonArray frames = array(o, "frames", false);
    for (qsizetype i = 0; i < frames.size(); ++i) {
        Scope scope(*this, QStringLiteral(".frames[%1]").arg(i));
        p.frames.push_back(
            frame(object(frames[i], QT_TRANSLATE_NOOP("paiban::ReadProblem", "a frame"))));
    }
    readPageMaster(o, p);
    p.extra = unknownFields(o, {"name", "width", "height", "section", "editor", "margins", "grid",
                                "guides", "frames", "master", "released"});
    return p;
}

Story JsonReader::story(const QJsonObject& o) {
    Story s;
    s.id = string(o, "id", QString(), true);
    s.name = string(o, "name", QString(), false);
    const QJsonArray frames = array(o, "frames", false);
    for (qsizetype i = 0; i < frames.size(); ++i) {
        if (!frames[i].isString()) {
            error(QStringLiteral("frames[%1]").arg(i),
                  QT_TRANSLATE_NOOP("paiban::ReadProblem", "expected a frame id (a string)"));
            continue;
        }
        s.frameIds.push_back(frames[i].toString());
    }
    const QJsonArray paragraphs = array(o, "paragraphs", true);
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        Scope scope(*this, QStringLiteral(".paragraphs[%1]").arg(i));
        const QJsonObject po =
            object(paragraphs[i], QT_TRANSLATE_NOOP("paiban::ReadProblem", "a paragraph"));
        Paragraph p;
        p.style = string(po, "style", QStringLiteral("body"), false);
        if (po.contains("runs")) {
            const QJsonArray runs = array(po, "runs", true);
            for (qsizetype r = 0; r < runs.size(); ++r) {
                Scope runScope(*this, QStringLiteral(".runs[%1]").arg(r));
                const QJsonObject ro =
                    object(runs[r], QT_TRANSLATE_NOOP("paiban::ReadProblem", "a run"));
                const TextField field = choice(ro, "field", TextField::None, &textFieldFromString,
                                               "none, page, date, title, section, editor");
                p.runs.push_back({string(ro, "text", QString(), field == TextField::None),
                                  string(ro, "style", QString(), false), field,
                                  unknownFields(ro, {"text", "style", "field"})});
            }
        } else {
            p.runs.push_back({string(po, "text", QString(), true), QString()});
        }
        p.extra = unknownFields(po, {"style", "text", "runs"});
        s.paragraphs.push_back(std::move(p));
    }
    readNotes(o, s);
    if (o.contains("pool")) {
        Scope scope(*this, QStringLiteral(".pool"));
        const QJsonObject po =
            object(o.value("pool"), QT_TRANSLATE_NOOP("paiban::ReadProblem", "a pool link"));
        PoolLink link;
        // Whole numbers: a JSON number holds any id up to 2⁵³ exactly.
        link.id = static_cast<qint64>(std::floor(number(po, "id", 1, true, 1, 9.0e15)));
        link.revision = integer(po, "revision", 1, 1, std::numeric_limits<int>::max());
        link.slug = string(po, "slug", QString(), false);
        s.pool = link;
    }
    s.extra = unknownFields(o, {"id", "name", "frames", "paragraphs", "notes", "pool"});
    return s;
}

void JsonReader::checkReferences(const Edition& e) {
    QSet<QString> frameIds, threaded;
    for (size_t p = 0; p < e.pages.size(); ++p) {
        for (size_t f = 0; f < e.pages[p].frames.size(); ++f) {
            const Frame& frame = e.pages[p].frames[f];
            const QString at = QStringLiteral("pages[%1].frames[%2].id").arg(p).arg(f);
            if (frameIds.contains(frame.id))
                error(at, QT_TRANSLATE_NOOP("paiban::ReadProblem", "frame id '%1' is used twice"),
                      {QStringLiteral("%1").arg(frame.id)});
            frameIds.insert(frame.id);
        }
    }
    for (size_t p = 0; p < e.pages.size(); ++p) {
        for (size_t f = 0; f < e.pages[p].frames.size(); ++f) {
            const Frame& frame = e.pages[p].frames[f];
            if (frame.captionOf.isEmpty())
                continue;
            const QString at = QStringLiteral("pages[%1].frames[%2].captionOf").arg(p).arg(f);
            const auto [photoPage, photo] = e.frame(frame.captionOf);
            if (!photo)
                error(at, QT_TRANSLATE_NOOP("paiban::ReadProblem", "no frame has the id '%1'"),
                      {QStringLiteral("%1").arg(frame.captionOf)});
            else if (photo == &frame)
                error(at, QT_TRANSLATE_NOOP("paiban::ReadProblem",
                                            "a frame cannot be its own caption"));
            else if (photoPage != static_cast<int>(p))
                error(at, QT_TRANSLATE_NOOP("paiban::ReadProblem", "photo '%1' is on another page"),
                      {QStringLiteral("%1").arg(frame.captionOf)});
        }
    }
    QSet<QString> storyIds;
    for (size_t s = 0; s < e.stories.size(); ++s) {
        const Story& story = e.stories[s];
        const QString at = QStringLiteral("stories[%1]").arg(s);
        if (storyIds.contains(story.id))
            error(at + ".id",
                  QT_TRANSLATE_NOOP("paiban::ReadProblem", "story id '%1' is used twice"),
                  {QStringLiteral("%1").arg(story.id)});
        storyIds.insert(story.id);
        for (size_t f = 0; f < story.frameIds.size(); ++f) {
            const QString& id = story.frameIds[f];
            const QString fat = QStringLiteral("%1.frames[%2]").arg(at).arg(f);
            const auto [page, frame] = e.frame(id);
            if (!frame) {
                error(fat, QT_TRANSLATE_NOOP("paiban::ReadProblem", "no frame has the id '%1'"),
                      {QStringLiteral("%1").arg(id)});
            } else if (frame->kind != FrameKind::Text) {
                error(fat,
                      QT_TRANSLATE_NOOP("paiban::ReadProblem", "frame '%1' is not a text frame"),
                      {QStringLiteral("%1").arg(id)});
            } else if (std::count(story.frameIds.begin(), story.frameIds.begin() + f, id) > 0) {
                error(
                    fat,
                    QT_TRANSLATE_NOOP("paiban::ReadProblem",
                                      "frame '%1' comes twice in the thread: a thread cannot loop"),
                    {QStringLiteral("%1").arg(id)});
            } else if (threaded.contains(id)) {
                error(fat,
                      QT_TRANSLATE_NOOP("paiban::ReadProblem",
                                        "frame '%1' already holds another story"),
                      {QStringLiteral("%1").arg(id)});
            }
            threaded.insert(id);
        }
        for (size_t p = 0; p < story.paragraphs.size(); ++p) {
            const Paragraph& para = story.paragraphs[p];
            const QString pat = QStringLiteral("%1.paragraphs[%2]").arg(at).arg(p);
            if (!e.styles.paragraphStyle(para.style)) {
                error(pat + ".style",
                      QT_TRANSLATE_NOOP("paiban::ReadProblem", "no paragraph style is named '%1'"),
                      {QStringLiteral("%1").arg(para.style)});
            }
            for (size_t r = 0; r < para.runs.size(); ++r) {
                const QString& cs = para.runs[r].characterStyle;
                if (!cs.isEmpty() && !e.styles.characterStyle(cs)) {
                    error(QStringLiteral("%1.runs[%2].style").arg(pat).arg(r),
                          QT_TRANSLATE_NOOP("paiban::ReadProblem",
                                            "no character style is named '%1'"),
                          {QStringLiteral("%1").arg(cs)});
                }
            }
        }
    }
}

LoadResult JsonReader::readEdition(const QByteArray& json) {
    LoadResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        Diagnostic d{DiagnosticKind::FileError, QStringLiteral("%1:%2:%3: not valid JSON: %4")
                                                    .arg(source_)
                                                    .arg(line)
                                                    .arg(column)
                                                    .arg(parseError.errorString())};
        d.args = {QStringLiteral("%1:%2:%3").arg(source_).arg(line).arg(column), QString(),
                  QString::fromUtf8(QT_TRANSLATE_NOOP("paiban::ReadProblem", "not valid JSON: %1")),
                  parseError.errorString()};
        result.errors.push_back(d);
        return result;
    }
    if (!doc.isObject()) {
        error(QString(), QT_TRANSLATE_NOOP("paiban::ReadProblem",
                                           "expected a Paiban document (a JSON object)"));
        result.errors = errors_;
        return result;
    }
    const QJsonObject root = doc.object();
    if (root.value("format").toString() != QLatin1String("paiban")) {
        error("format",
              QT_TRANSLATE_NOOP("paiban::ReadProblem",
                                "not a Paiban document (\"format\": \"paiban\" is missing)"));
        result.errors = errors_;
        return result;
    }
    const int version = integer(root, "version", 0, 1, 1000000);
    if (version > kDocumentFormatVersion) {
        error(
            "version",
            QT_TRANSLATE_NOOP("paiban::ReadProblem",
                              "version %1 was written by a newer Paiban; this one reads up to %2"),
            {QStringLiteral("%1").arg(version), QStringLiteral("%1").arg(kDocumentFormatVersion)});
        result.errors = errors_;
        return result;
    }
    Edition e;
    e.title = string(root, "title", QString(), false);
    e.extra =
        unknownFields(root, {"format", "version", "title", "date", "firstPageNumber", "swatches",
                             "styles", "pages", "stories", "masters", "proofRounds", "articles"});
    e.date = string(root, "date", QString(), false);
    // A newspaper numbers its pages in the hundreds at most (special editions).
    e.firstPageNumber = integer(root, "firstPageNumber", 1, 1, 9999);
    swatches_ = swatches(root);
    e.swatches = swatches_;
    const QJsonObject styles = root.value("styles").toObject();
    const QJsonArray ps = array(styles, "paragraph", false);
    for (qsizetype i = 0; i < ps.size(); ++i) {
        Scope scope(*this, QStringLiteral("styles.paragraph[%1]").arg(i));
        e.styles.paragraphStyles.push_back(paragraphStyle(
            object(ps[i], QT_TRANSLATE_NOOP("paiban::ReadProblem", "a paragraph style"))));
    }
    const QJsonArray cs = array(styles, "character", false);
    for (qsizetype i = 0; i < cs.size(); ++i) {
        Scope scope(*this, QStringLiteral("styles.character[%1]").arg(i));
        e.styles.characterStyles.push_back(characterStyle(
            object(cs[i], QT_TRANSLATE_NOOP("paiban::ReadProblem", "a character style"))));
    }
    const QJsonArray pages = array(root, "pages", true);
    if (pages.isEmpty() && root.contains("pages"))
        error("pages",
              QT_TRANSLATE_NOOP("paiban::ReadProblem", "an edition needs at least one page"));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        Scope scope(*this, QStringLiteral("pages[%1]").arg(i));
        e.pages.push_back(
            page(object(pages[i], QT_TRANSLATE_NOOP("paiban::ReadProblem", "a page"))));
    }
    const QJsonArray stories = array(root, "stories", false);
    for (qsizetype i = 0; i < stories.size(); ++i) {
        Scope scope(*this, QStringLiteral("stories[%1]").arg(i));
        e.stories.push_back(
            story(object(stories[i], QT_TRANSLATE_NOOP("paiban::ReadProblem", "a story"))));
    }
    readMasters(root, e);
    readProofRounds(root, e);
    readArticles(root, e);
    if (errors_.empty())
        checkReferences(e);
    if (errors_.empty())
        checkNotes(e);
    if (errors_.empty())
        checkMasterReferences(e);
    if (errors_.empty())
        checkArticles(e);
    result.errors = errors_;
    if (errors_.empty())
        result.edition = std::move(e);
    return result;
}

}  // namespace paiban
