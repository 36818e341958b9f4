// A photo placed by hand, as FIT's 排入图片 does it: on a span of the page's columns or a
// rectangle drawn, cropped to fill it, with a caption frame tied below it in the caption
// style, ready for the caption's words. Functions of the edition, tested headless.
#pragma once

#include <QString>

#include "model/document.h"

namespace paiban {

// The basic column (0-based) under a point across the page: the column it falls in, or the
// nearest one when it falls in a gutter or a margin.
int columnAt(const Page& page, double x);

// The photo's frame when placed by a click: `columns` basic columns wide from `firstColumn`
// (kept inside the grid), its top at `top` snapped to the baseline grid, its height the
// photo's proportion of that width. A photo of no size is taken as 4:3.
Rect photoRectOnColumns(const Page& page, int firstColumn, int columns, double top, int pixelWidth,
                        int pixelHeight);

// The paragraph style captions take: `caption` (or 图片说明) when the style sheet has one,
// else the first style.
QString captionStyleName(const StyleSheet& styles);

struct PlacedPhoto {
    QString photoId;
    QString captionId;       // the caption's text frame, tied to the photo (captionOf)
    QString captionStoryId;  // its story: one empty paragraph in the caption style
};

struct PlacedCaption {
    QString captionId, storyId;
};

// A caption frame tied below a photo: as wide, two caption lines high, wrapping text as the
// photo does, its story one empty paragraph in the caption style. Empty ids for no such
// photo.
PlacedCaption addCaption(Edition& edition, const QString& photoId);

// The photo placed in `rect` on the page (cropped to fill it, text wrapping around it) and
// its caption frame below it, as wide, two caption lines high; both push body text away.
// Empty ids when there is no such page.
PlacedPhoto placePhoto(Edition& edition, int page, const Rect& rect, const QString& imagePath);

}  // namespace paiban
