#include "flow/fields.h"

#include <algorithm>

namespace paiban {

QString fieldValue(const Edition& edition, int pageIndex, TextField field) {
    const bool onPage = pageIndex >= 0 && pageIndex < static_cast<int>(edition.pages.size());
    const Page* page = onPage ? &edition.pages[static_cast<size_t>(pageIndex)] : nullptr;
    switch (field) {
        case TextField::None:
            return {};
        case TextField::PageNumber:
            return onPage ? QString::number(pageNumber(edition, pageIndex)) : QStringLiteral("?");
        case TextField::Date:
            return edition.date;
        case TextField::Title:
            return edition.title;
        case TextField::Section:
            return page ? page->section : QString();
        case TextField::Editor:
            return page ? page->editor : QString();
    }
    return {};
}

Story withFieldsFilledIn(const Edition& edition, const Story& story) {
    Story out = story;
    const int page = story.frameIds.empty() ? -1 : edition.frame(story.frameIds.front()).first;
    for (Paragraph& paragraph : out.paragraphs) {
        for (TextRun& run : paragraph.runs) {
            if (run.field != TextField::None)
                run.text = fieldValue(edition, page, run.field);
        }
    }
    return out;
}

}  // namespace paiban
