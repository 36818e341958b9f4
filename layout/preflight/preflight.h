// Preflight: what must be fixed before a page goes to the press, and what should be
// looked at. One list for the editor's dock, `paiban preflight` and export.
#pragma once

#include <vector>

#include "display/display_list.h"
#include "model/document.h"

namespace paiban {

enum class Severity : uint8_t {
    Error,  // the page is not fit to print: overset, 缺字, a missing photo, a frame off the page
    Warning,  // print it only knowingly: a low-resolution photo, a prohibition not honoured
    Note,     // worth a look in proof: a loose line
};
const char* toString(Severity);

struct Finding {
    Severity severity = Severity::Error;
    QString kind;     // the code: overset, missing-glyph, low-resolution-image, …
    QString message;  // the English sentence (the command line's)
    // The code's arguments, for the editor to word the finding in the user's language:
    // a layout diagnostic's (model/diagnostic.h), or
    //   low-resolution-image  image file, frame, ppi, width px, height px, width mm, least ppi
    //   frame-off-page        frame, "outside" (wholly off) or "overhangs" (runs off an edge)
    //   story-not-placed      story, its name (may be empty)
    //   open-note             note id, its kind (typo …), the text it marks, its text, what
    //                         it asks (remark, delete, insert, replace)
    QStringList args;
    int page = -1;  // page index
    QString frameId, storyId;
    int paragraph = -1, codePoint = -1;
    std::optional<Rect> area;  // where on the page, for the editor's proof view
};

// Newsprint takes about 240 % of ink in all (total area coverage, TAC) before it smears,
// sets off onto the next sheet or dries too slowly on a cold-set press (ISO 12647-3).
constexpr double kNewsprintInkLimitPct = 240;

struct PreflightOptions {
    // Newsprint at 100 lpi wants photos at about 200 ppi as printed; less goes soft.
    double minimumPpi = 200;
    // The most ink a colour or a converted photo may put down, in percent (see above).
    double inkLimitPct = kNewsprintInkLimitPct;
    // The press's CMYK profile that photos are converted with (empty: as the press PDF
    // chooses, pdf/output_profile); photos are checked only when checkPhotoInk is on.
    QString outputProfile;
    bool checkPhotoInk = true;
    // Where photos' ink samples are kept between runs (empty: only in this process), so
    // that a command run again does not decode and convert every photo again.
    QString photoInkCacheDir;
};

// Everything the layout reported, with the checks of the page itself: images too coarse
// for print, frames off the page, stories with nowhere to go.
std::vector<Finding> preflight(const Edition& edition, const EditionDisplay& display,
                               const PreflightOptions& options = {});

int countOf(const std::vector<Finding>& findings, Severity severity);

// The findings that stop a press export of `pages` (page indices; empty: every page):
// every error on those pages, and every error tied to no page.
std::vector<Finding> pressExportBlockers(const std::vector<Finding>& findings,
                                         const std::vector<int>& pages = {});

// Where a finding is, as an editor looks for it: "page 2, frame business-body"; the story
// when there is no frame ("story s"); empty when it has no place.
QString placeOf(const Finding& finding);

// The finding with where it is, for a list: "page 2, frame business-body: 溢文: …".
QString describeWithPlace(const Finding& finding);

}  // namespace paiban
