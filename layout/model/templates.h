// Templates of a new edition (File › New, `paiban new`): a paper and its grid, the
// paragraph and character styles a newspaper needs, and master pages — a 报头 masthead on
// the first page's master, a 报眉 with the page number, section, date and editor on the
// left-hand and right-hand masters — over a few empty pages.
#pragma once

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

#include "model/document.h"

namespace paiban {

struct TemplateInfo {
    QString name;         // for the command line: broadsheet-8
    QString title;        // for people: 对开 8 栏
    QString description;  // one line
};

const std::vector<TemplateInfo>& editionTemplates();
// The template the command line and File › New take when none is named.
QString defaultTemplateName();

// A date as a Chinese paper prints it under its masthead: 2026年11月30日 星期一.
QString newspaperDate(const QDate& date);

// A new edition from the named template, dated `date` (the 报眉's date field), or nullopt
// for a name no template has.
std::optional<Edition> makeFromTemplate(const QString& name, const QString& date);

}  // namespace paiban
