// The e-paper (数字报/电子版): the finished edition as page images a reader clicks, each
// story opening whole in a reading pane — written from the same layout as the press PDF.
//
// DIR/
//   index.html, viewer.css, viewer.js   the reader (no network: works from file://)
//   articles.json                        what is on the pages (format below)
//   pages/page-01.jpg, page-01-thumb.jpg …
//
// articles.json (version 1), every rectangle [x, y, width, height] in the page image's
// pixels, pages by index from 0:
//   { "format": "paiban-epaper", "version": 1, "title": …, "date": …,
//     "pages": [{ "index": 0, "label": "1", "name": …, "image": "pages/page-01.jpg",
//                 "thumbnail": "pages/page-01-thumb.jpg", "width": 1500, "height": 2098 }],
//     "articles": [{ "id": …, "stories": [ids], "page": first page index,
//                    "kicker": …, "headline": …, "subhead": …, "byline": …,
//                    "paragraphs": [text …],            // body and byline, whole
//                    "photos": [{ "page": i, "rect": [..], "caption": … }],
//                    "areas": [{ "page": i, "rect": [..] }] }] }
// The viewer reads the same data from a <script type="application/json" id="paiban-articles">
// block in index.html, since a browser will not fetch files from file://.
#pragma once

#include <QString>
#include <QStringList>

#include "display/display_list.h"
#include "model/document.h"

namespace paiban {

// Page images narrower than this cannot show a body line legibly; wider than this a
// broadsheet page is tens of megabytes per page (a typing error, not a wish).
constexpr int kSmallestEpaperWidthPx = 200;
constexpr int kLargestEpaperWidthPx = 8000;

struct EpaperOptions {
    int pageWidthPx = 1500;      // the page images' width
    int thumbnailWidthPx = 240;  // the thumbnails'
    int jpegQuality = 85;
};

// Why an e-paper was not written, for the editor to word in the user's language.
enum class EpaperProblem : uint8_t {
    None,
    CannotMakeFolder,  // path: the folder
    CannotWriteFile,   // path: the file (the system's reason in `error`)
    BadPageSize,       // path: the page's file stem
    BadImageWidth,     // path: the width asked
};

struct EpaperResult {
    bool ok = false;
    EpaperProblem problem = EpaperProblem::None;
    QString path;   // the problem's argument
    QString error;  // the same in English, for the command line and logs
    int pages = 0, articles = 0;
};

// Whether `dir` holds something other than an earlier e-paper (an articles.json of ours):
// writing there would replace its files of the e-paper's names (index.html, pages/ …)
// and mix page images into someone's folder, so callers ask first. A folder that does
// not exist or is empty holds nothing.
bool holdsOtherThanAnEpaper(const QString& dir);

// Writes the e-paper of a laid-out edition into `dir` (made if missing; files of an
// earlier e-paper there are replaced).
EpaperResult writeEpaper(const Edition& edition, const EditionDisplay& display,
                         const QString& documentDir, const QString& dir,
                         const EpaperOptions& options = {});

// The reader's files (index.html with the articles' JSON in it, viewer.css, viewer.js),
// written into `dir`; false with *error on failure.
bool writeEpaperViewer(const QString& dir, const QByteArray& articlesJson, const QString& title,
                       QString* error);

}  // namespace paiban
