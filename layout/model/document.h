// The document model: an edition of pages; a page has a size, margins and a column
// grid; frames (text, image, box, rule) are placed on it; stories are paragraphs of
// styled runs, threaded through text frames; styles are named. All lengths in points.
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>
#include <string_view>
#include <vector>

#include "model/notes.h"
#include "model/proof_rounds.h"
#include "model/style.h"
#include "model/swatches.h"

namespace paiban {

struct Rect {
    double x = 0, y = 0, width = 0, height = 0;
    double right() const { return x + width; }
    double bottom() const { return y + height; }
    friend bool operator==(const Rect&, const Rect&) = default;
};

struct Margins {
    double top = 0, bottom = 0, left = 0, right = 0;
    friend bool operator==(const Margins&, const Margins&) = default;
};

// The page's column grid (基本栏) and baseline grid. Body lines sit on baselines at
// margins.top + baselineOffsetPt + k × baselinePt; an offset of the body face's ascent
// (0.88 em for Noto CJK) puts the first line's em box on the top margin.
struct ColumnGrid {
    int columns = 8;
    // Column widths in whole characters of the body size (FIT's absolute mode), or 0 for
    // free widths that share the type area equally.
    int columnChars = 0;
    double bodySizePt = 9;
    double gutterPt = 9;
    double baselinePt = 13.5;
    double baselineOffsetPt = 0;
    friend bool operator==(const ColumnGrid&, const ColumnGrid&) = default;
};

enum class FrameKind : uint8_t { Text, Image, Box, Rule };
// Where a text frame's lines sit when they do not fill it: headlines are centred in the
// whole number of body lines they take (行取り).
enum class VerticalAlign : uint8_t { Top, Center, Bottom };
// How an image fills its frame: fill crops to cover the frame (centred, then shifted by
// the offset); fit shows the whole image inside it; manual places it at `imageScale`
// with its top-left corner at the offset.
enum class ImageFit : uint8_t { Fill, Fit, Manual };
// Text that layout fills in from where the story stands: 报眉 page numbers, the date.
enum class TextField : uint8_t { None, PageNumber, Date, Title, Section, Editor };
// How a rule is drawn: one line, dashes, dots, or two thin lines (文武线 aside, the
// newsroom's plain double rule) that together take the rule's weight.
enum class RuleStyle : uint8_t { Solid, Dashed, Dotted, Double };

const char* toString(FrameKind);
const char* toString(VerticalAlign);
const char* toString(ImageFit);
const char* toString(TextField);
std::optional<VerticalAlign> verticalAlignFromString(std::string_view);
std::optional<ImageFit> imageFitFromString(std::string_view);
std::optional<TextField> textFieldFromString(std::string_view);
const char* toString(RuleStyle);
std::optional<RuleStyle> ruleStyleFromString(std::string_view);

struct Frame {
    QString id;
    FrameKind kind = FrameKind::Text;
    Rect rect;  // for a rule: from (x, y) to (x + width, y + height)
    // Text frames: inner columns and the gap between them; the story flows top to
    // bottom, column by column, then into the next frame of its thread.
    int columns = 1;
    double gutterPt = 0;
    VerticalAlign verticalAlign = VerticalAlign::Top;
    bool columnRules = false;  // 栏线 between the frame's columns
    // A caption frame names its photo: moving the photo moves the caption (moveFrame).
    QString captionOf;
    // Image frames: a path relative to the document's folder, and how it is cropped.
    QString imagePath;
    ImageFit fit = ImageFit::Fill;
    double imageScale = 1;                      // manual: points per image pixel × 72 / dpi
    double imageOffsetX = 0, imageOffsetY = 0;  // points: the crop's shift
    // Boxes and rules; image and box frames push text away when wrapText is on (图文互斥).
    double strokeWidthPt = 0;
    std::optional<CmykColor> stroke;
    std::optional<CmykColor> fill;
    RuleStyle ruleStyle = RuleStyle::Solid;  // rules, and the border of boxes
    bool wrapText = false;
    double wrapGapPt = 0;
    QJsonObject extra;  // fields of newer versions, kept
    friend bool operator==(const Frame&, const Frame&) = default;
};

// A ruler guide an editor drew: a line across the page (horizontal at y) or down it
// (vertical at x). Frames snap to guides as to the grid.
struct Guide {
    bool vertical = false;
    double positionPt = 0;
    friend bool operator==(const Guide&, const Guide&) = default;
};

struct Page {
    QString name;
    double widthPt = 0, heightPt = 0;
    Margins margins;
    ColumnGrid grid;
    QString section;  // 版名, for the section header (报眉)
    QString editor;   // 责任编辑
    std::vector<Guide> guides;
    std::vector<Frame> frames;
    // Its master page (model/masters.h): unset, the edition's rule (first, left, right);
    // empty, none; else the master's name. The master's items released on this page
    // (copied into its frames) by their ids: the master's own are hidden here.
    std::optional<QString> master;
    std::vector<QString> releasedItems;
    QJsonObject extra;  // fields of newer versions, kept
    friend bool operator==(const Page&, const Page&) = default;
};

struct TextRun {
    QString text;            // for a field, what was last filled in (layout refills it)
    QString characterStyle;  // empty: the paragraph style alone
    TextField field = TextField::None;
    QJsonObject extra;  // fields of newer versions, kept
    friend bool operator==(const TextRun&, const TextRun&) = default;
};

struct Paragraph {
    QString style;
    std::vector<TextRun> runs;
    QJsonObject extra;  // fields of newer versions, kept
    QString text() const;
    friend bool operator==(const Paragraph&, const Paragraph&) = default;
};

// Where a story's text came from in a newsroom's story pool (稿库, newsroom/): the pool
// story's id and slug, and the revision this page shows, so that a newer revision
// reflows the page and text edited here goes back as the revision after it.
struct PoolLink {
    qint64 id = 0;
    int revision = 0;
    QString slug;
    friend bool operator==(const PoolLink&, const PoolLink&) = default;
};

struct Story {
    QString id;
    QString name;
    std::vector<Paragraph> paragraphs;
    std::vector<QString> frameIds;  // the thread, in reading order
    std::vector<Note> notes;        // proofreaders' notes on its text (model/notes.h)
    std::optional<PoolLink> pool;   // placed from a newsroom's story pool
    QJsonObject extra;              // fields of newer versions, kept
    friend bool operator==(const Story&, const Story&) = default;
};

struct StyleSheet {
    std::vector<ParagraphStyle> paragraphStyles;
    std::vector<CharacterStyle> characterStyles;
    const ParagraphStyle* paragraphStyle(const QString& name) const;
    const CharacterStyle* characterStyle(const QString& name) const;
    friend bool operator==(const StyleSheet&, const StyleSheet&) = default;
};

// Which pages a master page serves by the edition's rule (model/masters.h): the first
// page, left-hand pages (even numbers) or right-hand pages (odd); `any` only those that
// name it.
enum class MasterKind : uint8_t { Any, First, Left, Right };

// A master page (主页): items drawn on every page that uses it, under the page's own
// frames, their text fields (page number, section, editor, date) filled per page. Its
// stories thread only its own text frames.
struct MasterPage {
    QString name;
    MasterKind kind = MasterKind::Any;
    std::vector<Frame> frames;
    std::vector<Story> stories;
    QJsonObject extra;  // fields of newer versions, kept
    friend bool operator==(const MasterPage&, const MasterPage&) = default;
};

// An article as the editor grouped it by hand, overriding the grouping worked out from the
// page (articles/articles.h): its stories in reading order and its photos (image frames).
struct ArticleGrouping {
    QString id;
    std::vector<QString> stories;
    std::vector<QString> photos;
    QJsonObject extra;  // fields of newer versions, kept
    friend bool operator==(const ArticleGrouping&, const ArticleGrouping&) = default;
};

struct Edition {
    QString title;
    QString date;
    // The printed number (第N版) of its first page: a newsroom keeps each page of an
    // edition as a document of its own (newsroom/pages.h), page 5 as a one-page document
    // whose first page is 5. 1 for a whole edition.
    int firstPageNumber = 1;
    StyleSheet styles;
    std::vector<Swatch> swatches = defaultSwatches();
    std::vector<Page> pages;
    std::vector<Story> stories;
    std::vector<MasterPage> masters;
    std::vector<ProofRound> proofRounds;    // oldest first (model/proof_rounds.h)
    std::vector<ArticleGrouping> articles;  // explicit groupings; the rest worked out
    // Fields a newer Paiban wrote that this one does not know: kept through a save, so
    // that opening a document in an older Paiban does not lose what a newer one put in.
    QJsonObject extra;

    const Story* story(const QString& id) const;
    // The page index and frame with this id, or {-1, nullptr}.
    std::pair<int, const Frame*> frame(const QString& id) const;
    Frame* mutableFrame(const QString& id);
    friend bool operator==(const Edition&, const Edition&) = default;
};

// Moves a frame, and the captions tied to it with it (a photo and its caption move
// together). Returns false if there is no such frame.
bool moveFrame(Edition& edition, const QString& id, double dx, double dy);

// Frame to content: the image frame's height changed so the whole image shows at the
// frame's width (its pixel size given), and the fit set to fill.
void frameToContent(Frame& frame, int pixelWidth, int pixelHeight);

// The page's printed number (第N版): its place in the edition.
inline int pageNumber(int pageIndex) {
    return pageIndex + 1;
}
// The same where the document may be one page of a larger edition (firstPageNumber).
inline int pageNumber(const Edition& edition, int pageIndex) {
    return edition.firstPageNumber + pageIndex;
}

}  // namespace paiban
