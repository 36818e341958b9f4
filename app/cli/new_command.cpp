// paiban new [--template NAME] [--date DATE] [--force] OUT.paiban: a new edition from a
// template (model/templates), written atomically; --list names the templates. Exit 0
// written; 1 the file could not be written (or exists, without --force); 2 wrong usage,
// an unknown template among them.
#include <QDate>
#include <QFileInfo>
#include <cstdio>
#include <string>

#include "cli/cli.h"
#include "io/document_io.h"
#include "model/templates.h"

namespace paiban::cli {
namespace {

constexpr const char* kUsage =
    "usage: paiban new [--template NAME] [--date DATE] [--force] OUT.paiban\n"
    "       paiban new --list\n";

int usageError(const std::string& why) {
    std::fprintf(stderr, "paiban new: %s\n%s", why.c_str(), kUsage);
    return 2;
}

void listTemplates() {
    for (const TemplateInfo& t : editionTemplates()) {
        const bool isDefault = t.name == defaultTemplateName();
        std::printf("%-14s %s — %s%s\n", qPrintable(t.name), qPrintable(t.title),
                    qPrintable(t.description), isDefault ? " (default)" : "");
    }
}

QString knownTemplateNames() {
    QStringList names;
    for (const TemplateInfo& t : editionTemplates())
        names << t.name;
    return names.join(QStringLiteral(", "));
}

}  // namespace

int newCommand(int argc, char** argv) {
    QString templateName = defaultTemplateName(), out;
    QString date = newspaperDate(QDate::currentDate());
    bool force = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool takesValue = arg == "--template" || arg == "--date";
        if (takesValue && i + 1 >= argc)
            return usageError(arg + " needs a value");
        if (arg == "--list") {
            listTemplates();
            return 0;
        } else if (arg == "--template") {
            templateName = QString::fromLocal8Bit(argv[++i]);
        } else if (arg == "--date") {
            date = QString::fromLocal8Bit(argv[++i]);
        } else if (arg == "--force") {
            force = true;
        } else if (!arg.empty() && arg[0] == '-') {
            return usageError("unknown option " + arg);
        } else if (!out.isEmpty()) {
            return usageError("one output file only");
        } else {
            out = QString::fromLocal8Bit(argv[i]);
        }
    }
    if (out.isEmpty())
        return usageError("an output file is needed");
    const std::optional<Edition> edition = makeFromTemplate(templateName, date);
    if (!edition) {
        return usageError(QStringLiteral("no template is named '%1' (there are: %2)")
                              .arg(templateName, knownTemplateNames())
                              .toStdString());
    }
    if (QFileInfo::exists(out) && !force) {
        std::fprintf(stderr, "paiban new: %s exists already (--force writes over it)\n",
                     qPrintable(out));
        return 1;
    }
    QString error;
    if (!saveEdition(*edition, out, &error)) {
        std::fprintf(stderr, "paiban new: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s: a new edition from %s (%zu pages)\n", qPrintable(out),
                qPrintable(templateName), edition->pages.size());
    return 0;
}

}  // namespace paiban::cli
