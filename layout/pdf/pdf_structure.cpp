#include "pdf/pdf_structure.h"

#include <QSet>
#include <algorithm>

namespace paiban::pdf {
namespace {

QByteArray ref(int id) {
    return QByteArray::number(id) + " 0 R";
}

// What a paragraph of each role is in the tree. The headline is the article's heading;
// a kicker (引题) and a subhead (副题) are parts of that headline, not headings of parts
// of the article, so they are paragraphs: an H2 for a subhead would announce a section
// under it, and an H for a kicker would put a heading before the headline it leads into.
// PDF 1.7 has no subtitle type (PDF 2.0's Title and Sub are not in 1.7's standard set,
// and a role map is what we keep out).
QByteArray typeOfRole(TextRole role) {
    return role == TextRole::Headline ? "H1" : "P";
}

// 报头 and 报眉 stand at the top of the page, the folio of some papers at the foot.
QByteArray paginationArtifact(double baselinePt, double pageHeightPt) {
    return baselinePt < pageHeightPt / 2 ? "/Type /Pagination /Subtype /Header"
                                         : "/Type /Pagination /Subtype /Footer";
}

}  // namespace

QString paragraphKey(const QString& storyId, int paragraph) {
    return storyId + u'\t' + QString::number(paragraph);
}

std::vector<Article> storyArticles(const EditionDisplay& display) {
    std::vector<Article> articles;
    QHash<QString, size_t> articleOf;
    QSet<QString> seen;
    for (const PageDisplayList& page : display.pages) {
        for (const DisplayItem& item : page.items) {
            const auto* run = std::get_if<GlyphRunItem>(&item);
            if (!run || run->masterItem || run->paragraph < 0)
                continue;
            auto found = articleOf.find(run->storyId);
            if (found == articleOf.end()) {
                found = articleOf.insert(run->storyId, articles.size());
                articles.push_back({});
                articles.back().id = run->storyId;
                articles.back().storyIds = {run->storyId};
            }
            if (seen.contains(paragraphKey(run->storyId, run->paragraph)))
                continue;
            seen.insert(paragraphKey(run->storyId, run->paragraph));
            auto& paragraphs = articles[*found].paragraphs;
            paragraphs.push_back({TextRole::Body, {}, run->storyId, run->paragraph});
            std::stable_sort(
                paragraphs.begin(), paragraphs.end(),
                [](const auto& a, const auto& b) { return a.paragraph < b.paragraph; });
        }
    }
    return articles;
}

DocumentStructure::DocumentStructure(PdfFile& file, const EditionDisplay& display,
                                     const std::vector<Article>& articles,
                                     const std::vector<int>& pages)
    : file_(file), display_(display), pagePositionOf_(display.pages.size(), -1) {
    QSet<QString> paragraphsShown, photosShown;
    for (size_t i = 0; i < pages.size(); ++i) {
        pagePositionOf_[static_cast<size_t>(pages[i])] = static_cast<int>(i);
        for (const DisplayItem& item : display.pages[static_cast<size_t>(pages[i])].items) {
            if (const auto* run = std::get_if<GlyphRunItem>(&item)) {
                if (!run->masterItem && run->paragraph >= 0 && !run->glyphs.empty())
                    paragraphsShown.insert(paragraphKey(run->storyId, run->paragraph));
            } else if (const auto* image = std::get_if<ImageItem>(&item)) {
                photosShown.insert(image->frameId);
            }
        }
    }
    parentsByPage_.resize(pages.size());
    pageObjects_.resize(pages.size());
    for (const Article& article : articles)
        planArticle(article, paragraphsShown, photosShown);
    // Numbered in the tree's order, before the pages: the document's order, whatever the
    // pages hold.
    root_ = file_.reserve();
    document_ = file_.reserve();
    parentTree_ = file_.reserve();
    for (Element& element : elements_)
        element.id = file_.reserve();
    for (Thread& thread : threads_) {
        thread.id = file_.reserve();
        for (int bead : thread.beads)
            beads_[static_cast<size_t>(bead)].id = file_.reserve();
    }
}

int DocumentStructure::addElement(const QByteArray& type, int parent) {
    Element element;
    element.type = type;
    element.parent = parent;
    elements_.push_back(std::move(element));
    const int index = static_cast<int>(elements_.size() - 1);
    if (parent >= 0)
        elements_[static_cast<size_t>(parent)].children.push_back(index);
    return index;
}

void DocumentStructure::planArticle(const Article& article, const QSet<QString>& paragraphsShown,
                                    const QSet<QString>& photosShown) {
    const int art = addElement("Art", -1);
    // The headline's lines (its paragraphs, joined by line feeds) as one line of a title.
    QString title = !article.headline.isEmpty()  ? article.headline
                    : !article.subhead.isEmpty() ? article.subhead
                                                 : article.id;
    title.replace(u'\n', u' ');
    elements_[static_cast<size_t>(art)].title = title;
    // Each photo's Figure stands where its caption is read (or after the text, without
    // one), its caption a Caption inside it.
    QHash<QString, const ArticlePhoto*> photoOfCaption;
    std::vector<const ArticlePhoto*> uncaptioned;
    for (const ArticlePhoto& photo : article.photos) {
        if (!photosShown.contains(photo.frameId) || photoElement_.contains(photo.frameId))
            continue;
        if (photo.captionStoryId.isEmpty())
            uncaptioned.push_back(&photo);
        else
            photoOfCaption.insert(photo.captionStoryId, &photo);
    }
    QHash<QString, int> captionElement;  // caption story → its Caption element
    auto addFigure = [&](const ArticlePhoto& photo) {
        const int figure = addElement("Figure", art);
        Element& element = elements_[static_cast<size_t>(figure)];
        element.alt = photo.caption;
        element.photo = photo;
        photoElement_.insert(photo.frameId, figure);
        return figure;
    };
    for (const ArticleParagraph& paragraph : article.paragraphs) {
        const QString key = paragraphKey(paragraph.storyId, paragraph.paragraph);
        if (paragraph.role == TextRole::Other || !paragraphsShown.contains(key) ||
            paragraphElement_.contains(key)) {
            continue;
        }
        if (const ArticlePhoto* photo = photoOfCaption.value(paragraph.storyId)) {
            auto caption = captionElement.find(paragraph.storyId);
            if (caption == captionElement.end())
                caption = captionElement.insert(paragraph.storyId,
                                                addElement("Caption", addFigure(*photo)));
            paragraphElement_.insert(key, *caption);
            continue;
        }
        paragraphElement_.insert(key, addElement(typeOfRole(paragraph.role), art));
    }
    for (const ArticlePhoto& photo : article.photos) {
        // Photos whose caption shows on no page exported stand after the text too.
        if (photosShown.contains(photo.frameId) && !photoElement_.contains(photo.frameId))
            uncaptioned.push_back(&photo);
    }
    for (const ArticlePhoto* photo : uncaptioned) {
        if (!photoElement_.contains(photo->frameId))
            addFigure(*photo);
    }
    if (elements_[static_cast<size_t>(art)].children.empty()) {
        elements_.pop_back();  // nothing of it on the pages exported
        return;
    }
    articleElements_.push_back(art);

    Thread thread;
    thread.title = title;
    for (const ArticleArea& area : article.areas) {
        const size_t page = static_cast<size_t>(area.page);
        if (page >= pagePositionOf_.size() || pagePositionOf_[page] < 0)
            continue;
        beads_.push_back({0, static_cast<int>(threads_.size()), area.page, area.rect});
        thread.beads.push_back(static_cast<int>(beads_.size() - 1));
    }
    if (!thread.beads.empty())
        threads_.push_back(std::move(thread));
}

void DocumentStructure::beginPage(int pageIndex, int pageObject, double heightPt) {
    page_ = pageIndex;
    position_ = pagePositionOf_[static_cast<size_t>(pageIndex)];
    pageObject_ = pageObject;
    pageObjects_[static_cast<size_t>(position_)] = pageObject;
    heightPt_ = heightPt;
    open_ = {};
}

QByteArray DocumentStructure::switchTo(const Open& next, int line) {
    // An element's content goes on in one sequence while its runs follow each other, and
    // so do artifacts of one kind.
    if (next == open_)
        return {};
    QByteArray out = open_ == Open{} ? QByteArray() : QByteArray("EMC\n");
    open_ = next;
    if (next.element >= 0) {
        std::vector<int>& parents = parentsByPage_[static_cast<size_t>(position_)];
        const int mcid = static_cast<int>(parents.size());
        parents.push_back(next.element);
        Element& element = elements_[static_cast<size_t>(next.element)];
        element.content.push_back({position_, pageObject_, mcid, line});
        out += "/" + element.type + " <</MCID " + QByteArray::number(mcid) + ">> BDC\n";
    } else if (!next.artifact.isEmpty()) {
        out += "/Artifact <<" + next.artifact + ">> BDC\n";
    }
    return out;
}

QByteArray DocumentStructure::markRun(const GlyphRunItem& run) {
    if (run.masterItem) {
        const double baseline = run.positions.empty() ? 0 : run.positions.front().y();
        return switchTo({-1, paginationArtifact(baseline, heightPt_)}, 0);
    }
    if (run.paragraph < 0)  // a 转版 line: where the story goes on, not what it says
        return switchTo({-1, "/Type /Pagination"}, 0);
    const int element = paragraphElement_.value(paragraphKey(run.storyId, run.paragraph), -1);
    if (element < 0)  // text of no article: a label, a page's own furniture
        return switchTo({-1, "/Type /Layout"}, 0);
    return switchTo({element, {}}, run.line);
}

QByteArray DocumentStructure::markImage(const ImageItem& image) {
    const int element = photoElement_.value(image.frameId, -1);
    if (element < 0)
        return markLayoutArtifact();
    return switchTo({element, {}}, 0);
}

QByteArray DocumentStructure::markLayoutArtifact() {
    return switchTo({-1, "/Type /Layout"}, 0);
}

QByteArray DocumentStructure::markPageArtifact() {
    return switchTo({-1, "/Type /Page"}, 0);
}

QByteArray DocumentStructure::endContent() {
    return switchTo({}, 0);
}

QByteArray DocumentStructure::pageEntries() const {
    QByteArray out = " /Tabs /S";
    const std::vector<int>& parents = parentsByPage_[static_cast<size_t>(position_)];
    if (!parents.empty())
        out += " /StructParents " + QByteArray::number(position_);
    QByteArray beads;
    for (const Bead& bead : beads_) {
        if (bead.page == page_)
            beads += ref(bead.id) + " ";
    }
    if (!beads.isEmpty())
        out += " /B [" + beads.trimmed() + "]";
    return out;
}

QByteArray DocumentStructure::userRect(const Rect& rect, double heightPt) const {
    return "[" + num(rect.x) + " " + num(heightPt - rect.bottom()) + " " + num(rect.right()) + " " +
           num(heightPt - rect.y) + "]";
}

QByteArray DocumentStructure::elementBody(const Element& element) const {
    const QByteArray parent = element.parent < 0
                                  ? ref(document_)
                                  : ref(elements_[static_cast<size_t>(element.parent)].id);
    QByteArray out = "<< /Type /StructElem /S /" + element.type + " /P " + parent;
    const int pageObject = element.content.empty() ? 0 : element.content.front().pageObject;
    if (pageObject != 0)
        out += " /Pg " + ref(pageObject);
    QByteArray kids;
    for (const ContentRef& content : element.content) {
        kids += content.pageObject == pageObject
                    ? QByteArray::number(content.mcid) + " "
                    : "<< /Type /MCR /Pg " + ref(content.pageObject) + " /MCID " +
                          QByteArray::number(content.mcid) + " >> ";
    }
    for (int child : element.children)
        kids += ref(elements_[static_cast<size_t>(child)].id) + " ";
    out += " /K [" + kids.trimmed() + "]";
    if (!element.title.isEmpty())
        out += " /T " + plainOrTextString(element.title);
    if (!element.alt.isEmpty())
        out += " /Alt " + plainOrTextString(element.alt);
    if (element.photo) {
        // An illustration's box is its frame on the page (the photo is clipped to it).
        const double height = display_.pages[static_cast<size_t>(element.photo->page)].heightPt;
        out += " /A << /O /Layout /Placement /Block /BBox " +
               userRect(element.photo->rect, height) + " >>";
    }
    return out + " >>";
}

QByteArray DocumentStructure::writeAndCatalogEntries() {
    // Each element's content in reading order: page by page, and on a page by the story's
    // lines (a later frame of the thread may have been drawn first).
    for (Element& element : elements_) {
        std::stable_sort(element.content.begin(), element.content.end(),
                         [](const ContentRef& a, const ContentRef& b) {
                             return std::pair(a.pagePosition, a.line) <
                                    std::pair(b.pagePosition, b.line);
                         });
    }
    for (const Element& element : elements_)
        file_.write(element.id, elementBody(element));
    QByteArray arts;
    for (int art : articleElements_)
        arts += ref(elements_[static_cast<size_t>(art)].id) + " ";
    file_.write(document_, "<< /Type /StructElem /S /Document /P " + ref(root_) + " /K [" +
                               arts.trimmed() + "] >>");
    QByteArray nums;
    int nextKey = 0;
    for (size_t position = 0; position < parentsByPage_.size(); ++position) {
        if (parentsByPage_[position].empty())
            continue;
        QByteArray parents;
        for (int element : parentsByPage_[position])
            parents += ref(elements_[static_cast<size_t>(element)].id) + " ";
        nums +=
            QByteArray::number(static_cast<qsizetype>(position)) + " [" + parents.trimmed() + "] ";
        nextKey = static_cast<int>(position) + 1;
    }
    file_.write(parentTree_, "<< /Nums [" + nums.trimmed() + "] >>");
    file_.write(root_, "<< /Type /StructTreeRoot /K " + ref(document_) + " /ParentTree " +
                           ref(parentTree_) + " /ParentTreeNextKey " + QByteArray::number(nextKey) +
                           " >>");

    QByteArray threads;
    for (const Thread& thread : threads_) {
        const auto& beads = thread.beads;
        for (size_t i = 0; i < beads.size(); ++i) {
            const Bead& bead = beads_[static_cast<size_t>(beads[i])];
            const Bead& next = beads_[static_cast<size_t>(beads[(i + 1) % beads.size()])];
            const Bead& previous =
                beads_[static_cast<size_t>(beads[(i + beads.size() - 1) % beads.size()])];
            const auto position =
                static_cast<size_t>(pagePositionOf_[static_cast<size_t>(bead.page)]);
            file_.write(
                bead.id,
                "<< /Type /Bead" + (i == 0 ? " /T " + ref(thread.id) : QByteArray()) + " /N " +
                    ref(next.id) + " /V " + ref(previous.id) + " /P " +
                    ref(pageObjects_[position]) + " /R " +
                    userRect(bead.rect, display_.pages[static_cast<size_t>(bead.page)].heightPt) +
                    " >>");
        }
        file_.write(thread.id, "<< /Type /Thread /F " +
                                   ref(beads_[static_cast<size_t>(beads.front())].id) +
                                   " /I << /Title " + plainOrTextString(thread.title) + " >> >>");
        threads += ref(thread.id) + " ";
    }
    QByteArray entries = " /StructTreeRoot " + ref(root_) +
                         " /MarkInfo << /Marked true >> /Lang (zh-CN)"
                         " /ViewerPreferences << /DisplayDocTitle true >>";
    if (!threads.isEmpty())
        entries += " /Threads [" + threads.trimmed() + "]";
    return entries;
}

}  // namespace paiban::pdf
