#include "model/place_photo.h"

#include <algorithm>
#include <cmath>

#include "model/edition_edits.h"
#include "model/grid.h"

namespace paiban {

namespace {

// A caption's frame holds two lines of the caption style: most captions under a photo of
// two or three columns take one or two; a longer one shows as overset to be fitted.
constexpr int kCaptionLines = 2;
// Between a photo and its caption: a third of a body line, as the printed page has it.
constexpr double kCaptionGapPt = 4;
// A photo whose size cannot be read is placed 4:3, the proportion of most news photos.
constexpr double kUnknownPhotoAspect = 3.0 / 4.0;

}  // namespace

int columnAt(const Page& page, double x) {
    const int columns = std::max(1, page.grid.columns);
    int nearest = 0;
    double best = HUGE_VAL;
    for (int c = 0; c < columns; ++c) {
        const Rect span = columnSpan(page, c, 1);
        if (x >= span.x && x <= span.right())
            return c;
        const double distance = std::min(std::abs(x - span.x), std::abs(x - span.right()));
        if (distance < best) {
            best = distance;
            nearest = c;
        }
    }
    return nearest;
}

Rect photoRectOnColumns(const Page& page, int firstColumn, int columns, double top, int pixelWidth,
                        int pixelHeight) {
    const int gridColumns = std::max(1, page.grid.columns);
    const int count = std::clamp(columns, 1, gridColumns);
    const int first = std::clamp(firstColumn, 0, gridColumns - count);
    const Rect span = columnSpan(page, first, count);
    const double aspect =
        pixelWidth > 0 && pixelHeight > 0 ? double(pixelHeight) / pixelWidth : kUnknownPhotoAspect;
    const double step = page.grid.baselinePt;
    double y = std::max(top, page.margins.top);
    if (step > 0)
        y = page.margins.top + std::round((y - page.margins.top) / step) * step;
    return {span.x, y, span.width, span.width * aspect};
}

QString captionStyleName(const StyleSheet& styles) {
    for (const char* name : {"caption", "图片说明"}) {
        if (styles.paragraphStyle(QString::fromUtf8(name)))
            return QString::fromUtf8(name);
    }
    return styles.paragraphStyles.empty()
               ? QStringLiteral("body")
               : QString::fromStdString(styles.paragraphStyles.front().name);
}

PlacedCaption addCaption(Edition& edition, const QString& photoId) {
    const auto [page, photo] = edition.frame(photoId);
    if (!photo)
        return {};
    const QString style = captionStyleName(edition.styles);
    const ParagraphStyle* captionStyle = edition.styles.paragraphStyle(style);
    const double leading = captionStyle ? captionStyle->leading()
                                        : edition.pages[static_cast<size_t>(page)].grid.baselinePt;
    Frame caption;
    caption.kind = FrameKind::Text;
    caption.rect = {photo->rect.x, photo->rect.bottom() + kCaptionGapPt, photo->rect.width,
                    kCaptionLines * leading};
    caption.captionOf = photoId;
    caption.wrapText = photo->wrapText;
    caption.wrapGapPt = photo->wrapGapPt;
    PlacedCaption placed;
    placed.captionId = addFrame(edition, page, caption);
    for (Story& story : edition.stories) {
        if (story.frameIds == std::vector<QString>{placed.captionId}) {
            story.paragraphs = {Paragraph{style, {TextRun{}}}};
            placed.storyId = story.id;
        }
    }
    return placed;
}

PlacedPhoto placePhoto(Edition& edition, int page, const Rect& rect, const QString& imagePath) {
    if (page < 0 || page >= static_cast<int>(edition.pages.size()))
        return {};
    const Page& where = edition.pages[static_cast<size_t>(page)];
    const double wrapGap = where.grid.gutterPt / 2;
    Frame photo;
    photo.kind = FrameKind::Image;
    photo.rect = rect;
    photo.imagePath = imagePath;
    photo.fit = ImageFit::Fill;
    photo.wrapText = true;
    photo.wrapGapPt = wrapGap;
    PlacedPhoto placed;
    placed.photoId = addFrame(edition, page, photo);

    const PlacedCaption caption = addCaption(edition, placed.photoId);
    placed.captionId = caption.captionId;
    placed.captionStoryId = caption.storyId;
    return placed;
}

}  // namespace paiban
