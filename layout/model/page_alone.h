// One page of an edition as a document of its own: how a newsroom keeps an edition's pages
// (newsroom/pages.h: each page a document, locked and versioned alone). Headless, so that
// the command line's `newsroom add-page` and the editor mean the same by it.
#pragma once

#include <QStringList>

#include "model/document.h"

namespace paiban {

struct PageAlone {
    Edition edition;
    // Stories whose thread also runs through other pages: only their frames on this page
    // are kept, so their text may not fit (the caller says so).
    QStringList cutStories;
};

// The edition with only its page `pageIndex`, numbered `printedNumber` (第N版), with the
// stories standing on it, the style sheet, swatches, masters and proof rounds; stories
// standing only on other pages, and groupings of them, are left out. With `documentDir`,
// the page's photos found relative to it get absolute paths: the page is kept apart from
// the folder it came from (a newsroom keeps photos on shared storage).
PageAlone pageAlone(const Edition& edition, int pageIndex, int printedNumber,
                    const QString& documentDir = {});

}  // namespace paiban
