#include "model/page_alone.h"

#include <QDir>
#include <QSet>
#include <algorithm>

namespace paiban {

PageAlone pageAlone(const Edition& edition, int pageIndex, int printedNumber,
                    const QString& documentDir) {
    PageAlone alone;
    Edition& e = alone.edition;
    e = edition;
    e.pages = {edition.pages[static_cast<size_t>(pageIndex)]};
    e.firstPageNumber = printedNumber;
    if (!documentDir.isEmpty()) {
        const QDir folder(documentDir);
        for (Frame& frame : e.pages.front().frames) {
            if (!frame.imagePath.isEmpty() && QDir::isRelativePath(frame.imagePath))
                frame.imagePath = QDir::cleanPath(folder.absoluteFilePath(frame.imagePath));
        }
    }
    QSet<QString> here;
    for (const Frame& f : e.pages.front().frames)
        here.insert(f.id);
    QSet<QString> kept;
    std::erase_if(e.stories, [&](Story& story) {
        const size_t before = story.frameIds.size();
        std::erase_if(story.frameIds, [&](const QString& id) { return !here.contains(id); });
        if (story.frameIds.empty())
            return true;
        if (story.frameIds.size() != before)
            alone.cutStories << story.id;
        kept.insert(story.id);
        return false;
    });
    for (ArticleGrouping& article : e.articles) {
        std::erase_if(article.stories, [&](const QString& id) { return !kept.contains(id); });
        std::erase_if(article.photos, [&](const QString& id) { return !here.contains(id); });
    }
    std::erase_if(e.articles, [](const ArticleGrouping& a) { return a.stories.empty(); });
    return alone;
}

}  // namespace paiban
