// paiban import FILE.txt [--encoding E] --into DOC.paiban --story ID: places a text file
// into a story (one paragraph a line, in the story's first paragraph style), then saves
// the document (atomically, the previous version kept as DOC.paiban~). Invalid bytes in
// the text are reported with their offsets and nothing is changed.
#include <QFile>
#include <cstdio>
#include <string>

#include "cli/cli.h"
#include "io/document_io.h"
#include "io/text_import.h"

namespace paiban::cli {
namespace {

int importUsage(const char* message) {
    std::fprintf(
        stderr,
        "paiban import: %s\nusage: paiban import FILE.txt [--encoding utf-8|utf-16|gb18030] "
        "--into DOC.paiban --story ID\n",
        message);
    return 2;
}

}  // namespace

int importCommand(int argc, char** argv) {
    QString input, document, storyId, encoding;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--encoding" && hasValue)
            encoding = QString::fromLocal8Bit(argv[++i]);
        else if (arg == "--into" && hasValue)
            document = QString::fromLocal8Bit(argv[++i]);
        else if (arg == "--story" && hasValue)
            storyId = QString::fromLocal8Bit(argv[++i]);
        else if (!arg.empty() && arg[0] == '-')
            return importUsage(("unknown option or missing value: " + arg).c_str());
        else if (input.isEmpty())
            input = QString::fromLocal8Bit(argv[i]);
        else
            return importUsage("only one text file at a time");
    }
    if (input.isEmpty() || document.isEmpty() || storyId.isEmpty())
        return importUsage("a text file, --into DOC.paiban and --story ID are needed");
    QFile file(input);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "paiban import: cannot read %s: %s\n", qPrintable(input),
                     qPrintable(file.errorString()));
        return 1;
    }
    const DecodedText decoded = decodeText(file.readAll(), encoding);
    if (!decoded.ok()) {
        std::fprintf(stderr, "paiban import: %s: %s\n", qPrintable(input),
                     qPrintable(decoded.error));
        return 1;
    }
    LoadResult loaded = loadEdition(document);
    if (!loaded.edition) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.errorText()));
        return 1;
    }
    Story* story = nullptr;
    for (Story& s : loaded.edition->stories) {
        if (s.id == storyId)
            story = &s;
    }
    if (!story) {
        std::fprintf(stderr, "paiban import: %s has no story %s\n", qPrintable(document),
                     qPrintable(storyId));
        return 1;
    }
    const QString style =
        story->paragraphs.empty() ? QStringLiteral("body") : story->paragraphs.front().style;
    story->paragraphs.clear();
    for (const QString& line : paragraphsOf(decoded.text))
        story->paragraphs.push_back(Paragraph{style, {TextRun{line, QString()}}});
    QString error;
    if (!saveEdition(*loaded.edition, document, &error, true)) {
        std::fprintf(stderr, "paiban import: %s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stderr, "paiban import: %zu paragraph(s) of %s text into story %s of %s\n",
                 story->paragraphs.size(), qPrintable(decoded.encoding), qPrintable(storyId),
                 qPrintable(document));
    return 0;
}

}  // namespace paiban::cli
