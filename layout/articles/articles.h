// Articles: what a reader reads as one piece — a story's headline (often a story of its
// own, in its own frame), its body, its photos with their captions — in reading order,
// with where each stands on the pages. The e-paper (epaper/) and the tagged press PDF
// (pdf/) are both written from this one reading, so the two never disagree.
//
// Which paragraph is a kicker, a headline or a byline is said by its paragraph style's
// role (InDesign's export tagging): `ParagraphStyle::role` when the style sets one, else
// worked out from the style's name (English and Chinese names, e.g. 引题, 主题, 副题).
#pragma once

#include <QString>
#include <vector>

#include "display/display_list.h"
#include "model/document.h"

namespace paiban {

// TextRole (what a paragraph is to a reader) lives with the paragraph styles
// (model/style.h), which may set it. The style's role: its own when set, else worked out
// from its name (kRoleByStyleName in text_roles.cpp), Body when the name says nothing.
TextRole roleOfStyle(const ParagraphStyle& style);
TextRole roleOfStyleName(const QString& name);

struct ArticleParagraph {
    TextRole role = TextRole::Body;
    QString text;  // whole, even where it crosses columns, frames and pages
    QString storyId;
    int paragraph = 0;  // its index in that story
};

// A place on a page, in page points.
struct ArticleArea {
    int page = 0;  // page index
    Rect rect;
};

struct ArticlePhoto {
    QString frameId;
    QString imagePath;  // absolute; empty when the frame has none
    int page = 0;
    Rect rect;               // the frame on its page
    QString captionStoryId;  // empty when it has no caption
    QString caption;         // the caption's text
};

struct Article {
    QString id;                     // stable: the id of its body story (or of its first story)
    std::vector<QString> storyIds;  // in reading order: headline story, body, …
    QString kicker, headline, subhead, byline;  // each the paragraphs of its role, joined
    // Every paragraph of its stories in reading order (headline parts and captions too),
    // by role; a reader's text is those with role Body (and Byline).
    std::vector<ArticleParagraph> paragraphs;
    std::vector<ArticlePhoto> photos;
    // Where the article's text stands, in reading order: a rectangle over each run of its
    // lines in one column of one frame (never over a neighbour's lines), then its photos.
    std::vector<ArticleArea> areas;
};

// The edition's articles in reading order (page by page; on a page, by where each
// begins). Master items (报头, 报眉) and stories all of role Other belong to none.
std::vector<Article> articlesOf(const Edition& edition, const EditionDisplay& display,
                                const QString& documentDir);

}  // namespace paiban
