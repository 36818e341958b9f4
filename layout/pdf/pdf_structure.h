// The tagged PDF's logical structure (PDF 1.7 §14.6–14.8) and its article threads
// (§12.4.3), written from the articles' reading (articles/articles.h) so that the PDF
// and the e-paper read the pages alike.
//
// While the pages are written, every piece of content is marked: an article's text as
// marked content with an MCID inside the element of its paragraph (H1 for a headline, P
// for the rest), an article's photo inside its Figure, and everything else — rules,
// boxes, the 报头 and 报眉, 转版 jump lines, crop marks — as an artifact. After the pages,
// the tree (Document → one Art per article → its paragraphs and Figures, each Figure's
// Alt its caption and its caption a Caption inside it), the parent tree, and one thread
// of beads per article over the areas it covers.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <optional>
#include <vector>

#include "articles/articles.h"
#include "display/display_list.h"
#include "pdf/pdf_file.h"

namespace paiban::pdf {

class DocumentStructure {
public:
    // Reserves the objects of the tree and the threads for the elements with content on
    // the pages exported (`pages`, indices in order): call before the pages are written,
    // so that objects are numbered in the document's order.
    DocumentStructure(PdfFile& file, const EditionDisplay& display,
                      const std::vector<Article>& articles, const std::vector<int>& pages);

    // A page begins: its index in the edition, its object, its height (for user space).
    void beginPage(int pageIndex, int pageObject, double heightPt);
    // The operators that end the marked content open before and begin that of this item,
    // or nothing when the item continues it (a paragraph's next run, another rule).
    QByteArray markRun(const GlyphRunItem& run);
    QByteArray markImage(const ImageItem& image);
    QByteArray markLayoutArtifact();  // rules, boxes, backgrounds
    QByteArray markPageArtifact();    // crop marks, a proof's marks: production aids
    // Ends the page's open marked content; returns the operators.
    QByteArray endContent();
    // The page dictionary's entries: /StructParents, /Tabs, /B (its beads in reading
    // order). Call after endContent().
    QByteArray pageEntries() const;

    // Writes the tree and the threads; returns the catalog's entries for them.
    QByteArray writeAndCatalogEntries();

private:
    struct ContentRef {
        int pagePosition = 0;  // among the pages exported
        int pageObject = 0;
        int mcid = 0;
        int line = 0;  // the story's line it starts with, for reading order
    };
    struct Element {
        QByteArray type;
        int id = 0;
        int parent = -1;            // index in elements_, −1: the Document
        std::vector<int> children;  // indices in elements_
        std::vector<ContentRef> content;
        QString alt, title;
        std::optional<ArticlePhoto> photo;  // a Figure's photo (its bounding box)
    };
    struct Bead {
        int id = 0, thread = 0, page = 0;
        Rect rect;
    };
    struct Thread {
        int id = 0;
        QString title;
        std::vector<int> beads;  // indices in beads_
    };
    // What the open marked content is: an element, an artifact's properties, or none.
    struct Open {
        int element = -1;
        QByteArray artifact;
        bool operator==(const Open&) const = default;
    };

    void planArticle(const Article& article, const QSet<QString>& paragraphsShown,
                     const QSet<QString>& photosShown);
    int addElement(const QByteArray& type, int parent);
    QByteArray switchTo(const Open& next, int line);
    QByteArray elementBody(const Element& element) const;
    QByteArray userRect(const Rect& rect, double heightPt) const;

    PdfFile& file_;
    const EditionDisplay& display_;
    int root_ = 0, document_ = 0, parentTree_ = 0;
    std::vector<Element> elements_;
    std::vector<int> articleElements_;      // the Arts, in reading order
    QHash<QString, int> paragraphElement_;  // "story\tparagraph" → element
    QHash<QString, int> photoElement_;      // frame id → Figure element
    std::vector<Bead> beads_;
    std::vector<Thread> threads_;
    std::vector<int> pagePositionOf_;              // edition page index → position, or −1
    std::vector<std::vector<int>> parentsByPage_;  // per page exported, element by MCID
    std::vector<int> pageObjects_;                 // per page exported
    // The page being written.
    int page_ = -1, position_ = -1, pageObject_ = 0;
    double heightPt_ = 0;
    Open open_;
};

// One article per story, each of its paragraphs a P, in the order the stories first show
// on the pages, without photos or areas: the structure when the caller gives no reading
// of the articles (articlesOf).
std::vector<Article> storyArticles(const EditionDisplay& display);

// The key of a story's paragraph in DocumentStructure's tables.
QString paragraphKey(const QString& storyId, int paragraph);

}  // namespace paiban::pdf
