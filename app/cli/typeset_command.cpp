// paiban typeset: compose plain text, one paragraph per line, and print the lines as
// JSON — for copy-fitting (how many lines will this story take?) and for tests.
#include <QFile>
#include <QString>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "cli/json_writer.h"
#include "compose/paragraph_composer.h"
#include "model/units.h"
#include "shaping/font_registry.h"

namespace paiban::cli {
namespace {

struct TypesetOptions {
    std::string measure = "16zi";
    std::string size = "小五";
    std::string indent = "2zi";
    ParagraphStyle style;
    bool glyphs = false;
    int repeat = 0;
    std::string input = "-";
};

int usageError(const std::string& message) {
    std::fprintf(stderr, "paiban typeset: %s\n", message.c_str());
    std::fputs(
        "usage: paiban typeset [--measure 16zi|43mm|120pt] [--size 小五|9pt] [--font NAME]\n"
        "         [--indent 2zi] [--kinsoku none|basic|gb|strict] [--latin-gap 0.25]\n"
        "         [--hanging off|end] [--breaker total|first] [--glyphs] [--repeat N] [FILE|-]\n",
        stderr);
    return 2;
}

// Returns an error message, or empty when the options parsed.
std::string parseOptions(int argc, char** argv, TypesetOptions* o) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto next = [&](std::string* value) {
            if (i + 1 >= argc)
                return false;
            *value = argv[++i];
            return true;
        };
        std::string v;
        if (arg == "--glyphs") {
            o->glyphs = true;
        } else if (arg == "--measure" || arg == "--size" || arg == "--font" || arg == "--indent" ||
                   arg == "--kinsoku" || arg == "--latin-gap" || arg == "--hanging" ||
                   arg == "--breaker" || arg == "--repeat") {
            if (!next(&v))
                return arg + " needs a value";
            if (arg == "--measure")
                o->measure = v;
            if (arg == "--size")
                o->size = v;
            if (arg == "--indent")
                o->indent = v;
            if (arg == "--font")
                o->style.fontFamily = v;
            if (arg == "--kinsoku") {
                auto k = kinsokuFromString(v);
                if (!k)
                    return "unknown kinsoku level '" + v + "' (none, basic, gb, strict)";
                o->style.kinsoku = *k;
            }
            if (arg == "--hanging") {
                auto h = hangingFromString(v);
                if (!h)
                    return "unknown hanging '" + v + "' (off, end)";
                o->style.hanging = *h;
            }
            if (arg == "--breaker") {
                auto b = breakerFromString(v);
                if (!b)
                    return "unknown breaker '" + v + "' (total, first)";
                o->style.breaker = *b;
            }
            if (arg == "--latin-gap") {
                char* end = nullptr;
                o->style.latinGapEm = std::strtod(v.c_str(), &end);
                if (*end || o->style.latinGapEm < 0)
                    return "bad --latin-gap '" + v + "'";
            }
            if (arg == "--repeat") {
                o->repeat = std::atoi(v.c_str());
                if (o->repeat < 1)
                    return "bad --repeat '" + v + "'";
            }
        } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
            return "unknown option " + arg;
        } else {
            o->input = arg;
        }
    }
    return {};
}

std::vector<QString> readParagraphs(const std::string& input, std::string* error) {
    QFile file;
    bool opened = input == "-" ? file.open(stdin, QIODevice::ReadOnly)
                               : (file.setFileName(QString::fromStdString(input)),
                                  file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = "cannot read " + input;
        return {};
    }
    // Paragraph i is input line i, so that a script can match them up; a blank line is an
    // empty paragraph (no lines). The newline that ends the last line opens none.
    QString all = QString::fromUtf8(file.readAll());
    if (all.endsWith(u'\n'))
        all.chop(1);
    std::vector<QString> paragraphs;
    if (all.isEmpty())
        return paragraphs;
    for (const QString& line : all.split(u'\n')) {
        QString text = line;
        if (text.endsWith(u'\r'))
            text.chop(1);
        paragraphs.push_back(text);
    }
    return paragraphs;
}

std::string utf8(const std::u16string& text, uint32_t start, uint32_t end) {
    return QString::fromUtf16(text.data() + start, static_cast<qsizetype>(end - start))
        .toStdString();
}

void writeLine(JsonWriter& json, const MeasuredParagraph& p, const PlacedLine& line, bool glyphs) {
    const auto& clusters = p.shaped.clusters;
    const std::u16string& text = p.shaped.text;
    const uint32_t textStart = clusters[static_cast<size_t>(line.span.start)].textStart;
    const uint32_t textEnd = clusters[static_cast<size_t>(line.span.end - 1)].textEnd;
    json.beginObject();
    json.key("text");
    json.value(utf8(text, textStart, textEnd));
    json.key("start");
    json.value(codePointOffset(text, textStart));
    json.key("end");
    json.value(codePointOffset(text, textEnd));
    json.key("natural_pt");
    json.value(line.natural);
    json.key("width_pt");
    json.value(line.width);
    json.key("max_gap_pt");
    json.value(line.maxGap);
    if (line.span.hangsLastMark) {
        json.key("hanging");
        json.value(true);
    }
    if (glyphs) {
        json.key("glyphs");
        json.beginArray();
        const double lineEnd = line.offset + line.width;
        for (int c = line.span.start; c < line.span.end; ++c) {
            const auto& cluster = clusters[static_cast<size_t>(c)];
            const double x = line.clusterX[static_cast<size_t>(c - line.span.start)];
            const bool lastCluster = c + 1 == line.span.end;
            const double next =
                lastCluster ? (line.span.hangsLastMark
                                   ? x + cluster.advance - p.metrics[static_cast<size_t>(c)].endTrim
                                   : lineEnd)
                            : line.clusterX[static_cast<size_t>(c + 1 - line.span.start)];
            double gx = x;
            for (uint32_t g = cluster.glyphStart; g < cluster.glyphEnd; ++g) {
                const auto& glyph = p.shaped.glyphs[g];
                const bool lastGlyph = g + 1 == cluster.glyphEnd;
                json.beginObject();
                json.key("cp");
                json.value(codePointOffset(text, cluster.textStart));
                json.key("x_pt");
                json.value(gx + glyph.xOffset);
                json.key("advance_pt");
                json.value(lastGlyph ? next - gx : double(glyph.xAdvance));
                json.endObject();
                gx += glyph.xAdvance;
            }
        }
        json.endArray();
    }
    json.endObject();
}

}  // namespace

int typeset(int argc, char** argv) {
    TypesetOptions o;
    if (std::string error = parseOptions(argc, argv, &o); !error.empty())
        return usageError(error);
    const auto size = parseTypeSize(o.size);
    if (!size)
        return usageError("bad --size '" + o.size + "' (a 号 name such as 小五, or 9pt)");
    o.style.sizePt = *size;
    const auto measure = parseLength(o.measure, *size);
    if (!measure || *measure <= 0)
        return usageError("bad --measure '" + o.measure + "'");
    const auto indent = parseLength(o.indent, *size);
    if (!indent)
        return usageError("bad --indent '" + o.indent + "'");
    o.style.firstLineIndentEm = *indent / *size;

    std::string error;
    const std::vector<QString> paragraphs = readParagraphs(o.input, &error);
    if (!error.empty())
        return usageError(error);
    FontRegistry& fonts = FontRegistry::shared();
    if (!fonts.face(o.style.fontFamily, o.style.fontWeight)) {
        std::fprintf(stderr, "paiban typeset: font '%s' is not installed; using fallbacks\n",
                     o.style.fontFamily.c_str());
    }

    struct Composed {
        MeasuredParagraph measured;
        std::vector<PlacedLine> lines;
    };
    std::vector<Composed> composed;
    auto composeAll = [&] {
        composed.clear();
        for (const QString& text : paragraphs) {
            std::u16string utf16 = toU16String(text);
            MeasuredParagraph m = measureText(std::move(utf16), {}, o.style, fonts);
            std::vector<PlacedLine> lines = composeLines(m, o.style, {*measure});
            composed.push_back({std::move(m), std::move(lines)});
        }
    };
    if (o.repeat > 0) {
        size_t characters = 0;
        for (const QString& text : paragraphs)
            characters += static_cast<size_t>(text.toUcs4().size());
        std::vector<double> perChar;
        for (int r = 0; r < o.repeat; ++r) {
            const auto t0 = std::chrono::steady_clock::now();
            composeAll();
            const auto t1 = std::chrono::steady_clock::now();
            perChar.push_back(std::chrono::duration<double, std::nano>(t1 - t0).count() /
                              std::max<size_t>(characters, 1));
        }
        std::sort(perChar.begin(), perChar.end());
        std::fprintf(stderr, "compose: %.1f ns/char (median of %d)\n", perChar[perChar.size() / 2],
                     o.repeat);
    } else {
        composeAll();
    }

    JsonWriter json;
    json.beginObject();
    json.key("measure_pt");
    json.value(*measure);
    json.key("size_pt");
    json.value(*size);
    json.key("paragraphs");
    json.beginArray();
    for (const auto& c : composed) {
        json.beginObject();
        json.key("lines");
        json.beginArray();
        for (const auto& line : c.lines)
            writeLine(json, c.measured, line, o.glyphs);
        json.endArray();
        json.endObject();
    }
    json.endArray();
    json.key("diagnostics");
    json.beginArray();
    for (size_t p = 0; p < composed.size(); ++p) {
        for (const auto& missing : composed[p].measured.shaped.missing) {
            json.beginObject();
            json.key("kind");
            json.value("missing-glyph");
            json.key("paragraph");
            json.value(static_cast<long long>(p));
            json.key("cp");
            json.value(missing.codePoint);
            json.key("char");
            const char32_t cp = missing.cp;
            json.value(QString::fromUcs4(&cp, 1).toStdString());
            json.endObject();
        }
        // Lines the rules could not be kept in: nothing legal fitted the measure.
        for (size_t l = 0; l < composed[p].lines.size(); ++l) {
            const LineSpan& span = composed[p].lines[l].span;
            if (!span.overfull && !span.forcedBreak)
                continue;
            json.beginObject();
            json.key("kind");
            json.value(span.overfull ? "overfull-line" : "prohibited-break");
            json.key("paragraph");
            json.value(static_cast<long long>(p));
            json.key("line");
            json.value(static_cast<long long>(l));
            json.endObject();
        }
    }
    json.endArray();
    json.endObject();
    std::fwrite(json.text().data(), 1, json.text().size(), stdout);
    std::fputc('\n', stdout);
    return 0;
}

}  // namespace paiban::cli
