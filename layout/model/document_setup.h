// Document Setup: the paper, margins, type area (版心) as columns of whole characters with
// the gutter in characters, the body size and the baseline grid, in the newsroom's terms;
// the page grid built from them, and applied to an existing edition without touching its
// frames (what no longer fits shows in preflight as overset or off the page).
#pragma once

#include <optional>

#include "model/document.h"
#include "model/grid.h"

namespace paiban {

struct DocumentSetup {
    double widthPt = 0, heightPt = 0;
    // Top, and the least foot margin: the foot grows to leave whole body lines. With
    // columns of whole characters the type area is centred across the sheet and the side
    // margins follow from it; with free columns they are as given.
    double topPt = 0, bottomPt = 0;
    double sidePt = 0;
    int columns = 8;
    int columnChars = 13;  // 0: free columns sharing the type area
    double gutterChars = 1;
    double bodySizePt = 9;
    double baselinePt = 13.5;
    friend bool operator==(const DocumentSetup&, const DocumentSetup&) = default;
};

// The setup of a paper preset (对开, 4开), and the setup a page has now.
DocumentSetup setupFromPreset(const PagePreset& preset);
DocumentSetup setupOf(const Page& page);

// What can be wrong with a setup, as a code the editor words in the user's language.
enum class SetupProblem : uint8_t {
    None,
    PaperSize,         // args: the largest side, pt
    Columns,           // args: the most columns
    ColumnChars,       // args: the most characters a column holds
    BodySize,          // args: the least and the most size, pt
    Gutter,            // a negative gutter
    Baseline,          // args: the largest baseline, pt
    Margins,           // a negative margin
    TypeAreaTooWide,   // args: the type area's width and the paper's, mm
    ColumnsTooNarrow,  // free columns narrower than a character
    NoRoomForALine,    // the margins leave less than a line
};

struct SetupCheck {
    SetupProblem problem = SetupProblem::None;
    QStringList args;
    QString message;  // the English sentence, or empty
    bool ok() const { return problem == SetupProblem::None; }
};

// What is wrong with a setup, or None: a type area wider than the paper, no room for a
// line, sizes out of range.
SetupCheck checkSetup(const DocumentSetup& setup);

// The page with the setup's size, margins and grid; its frames, guides and master kept.
Page withSetup(Page page, const DocumentSetup& setup);

// The setup applied to every page, or to the one with index `page`. Applied to every page,
// the masters' items follow the type area (across in proportion to its width, down from
// its top); the pages' own frames stay where they are. False (the edition unchanged) when
// the setup is wrong, *error saying why, or the page does not exist.
bool applySetup(Edition& edition, const DocumentSetup& setup, std::optional<int> page,
                QString* error = nullptr);

}  // namespace paiban
