#include "model/document_setup.h"

#include <cmath>

#include "model/limits.h"

namespace paiban {
namespace {

// Characters a basic column may hold: more is a typo (a broadsheet column holds 13).
constexpr int kMostColumnChars = 500;

double typeAreaWidthOf(const DocumentSetup& s) {
    const double gutter = s.gutterChars * s.bodySizePt;
    if (s.columnChars > 0)
        return s.columns * s.columnChars * s.bodySizePt + (s.columns - 1) * gutter;
    return s.widthPt - 2 * s.sidePt;
}

// A master item moved with the type area: across, where it stands in the type area's
// width (and its width in proportion: a 报眉 across the type area stays across it);
// down, its distance from the top margin, and its height, kept.
Rect refit(const Rect& r, const Page& before, const Page& after) {
    const double oldWidth = typeAreaWidth(before), newWidth = typeAreaWidth(after);
    const double scale = oldWidth > 0 ? newWidth / oldWidth : 1;
    return {after.margins.left + (r.x - before.margins.left) * scale,
            after.margins.top + (r.y - before.margins.top), r.width * scale, r.height};
}

}  // namespace

DocumentSetup setupFromPreset(const PagePreset& preset) {
    const Page page = makePage(preset);
    return setupOf(page);
}

DocumentSetup setupOf(const Page& page) {
    DocumentSetup s;
    s.widthPt = page.widthPt;
    s.heightPt = page.heightPt;
    s.topPt = page.margins.top;
    s.bottomPt = page.margins.bottom;
    s.sidePt = page.margins.left;
    s.columns = page.grid.columns;
    s.columnChars = page.grid.columnChars;
    s.bodySizePt = page.grid.bodySizePt;
    s.gutterChars = s.bodySizePt > 0 ? page.grid.gutterPt / s.bodySizePt : 0;
    s.baselinePt = page.grid.baselinePt;
    return s;
}

namespace {

SetupCheck problem(SetupProblem code, QStringList args, QString message) {
    return {code, std::move(args), std::move(message)};
}

QString number(double v, int decimals = -1) {
    return decimals < 0 ? QString::number(v) : QString::number(v, 'f', decimals);
}

}  // namespace

SetupCheck checkSetup(const DocumentSetup& s) {
    using namespace limits;
    if (!(s.widthPt >= 1 && s.widthPt <= kLargestLengthPt && s.heightPt >= 1 &&
          s.heightPt <= kLargestLengthPt))
        return problem(SetupProblem::PaperSize, {number(kLargestLengthPt)},
                       QStringLiteral("the paper must be between 1 pt and %1 pt on each side")
                           .arg(kLargestLengthPt));
    if (s.columns < 1 || s.columns > kMostColumns)
        return problem(SetupProblem::Columns, {number(kMostColumns)},
                       QStringLiteral("the type area needs 1 to %1 columns").arg(kMostColumns));
    if (s.columnChars < 0 || s.columnChars > kMostColumnChars)
        return problem(
            SetupProblem::ColumnChars, {number(kMostColumnChars)},
            QStringLiteral("a column holds 0 (free) to %1 characters").arg(kMostColumnChars));
    if (!(s.bodySizePt >= kSmallestFontSizePt && s.bodySizePt <= kLargestFontSizePt))
        return problem(SetupProblem::BodySize,
                       {number(kSmallestFontSizePt), number(kLargestFontSizePt)},
                       QStringLiteral("the body size must be between %1 pt and %2 pt")
                           .arg(kSmallestFontSizePt)
                           .arg(kLargestFontSizePt));
    if (!(s.gutterChars >= 0 && s.gutterChars * s.bodySizePt <= kLargestLengthPt))
        return problem(SetupProblem::Gutter, {}, QStringLiteral("the gutter cannot be negative"));
    if (!(s.baselinePt >= 1 && s.baselinePt <= kLargestLeadingPt))
        return problem(SetupProblem::Baseline, {number(kLargestLeadingPt)},
                       QStringLiteral("the baseline grid must be between 1 pt and %1 pt")
                           .arg(kLargestLeadingPt));
    if (!(s.topPt >= 0 && s.bottomPt >= 0 && s.sidePt >= 0))
        return problem(SetupProblem::Margins, {}, QStringLiteral("margins cannot be negative"));
    const double typeWidth = typeAreaWidthOf(s);
    if (typeWidth > s.widthPt + 1e-6)
        return problem(SetupProblem::TypeAreaTooWide,
                       {number(ptToMm(typeWidth), 1), number(ptToMm(s.widthPt), 1)},
                       QStringLiteral("the type area (%1 mm) is wider than the paper (%2 mm)")
                           .arg(ptToMm(typeWidth), 0, 'f', 1)
                           .arg(ptToMm(s.widthPt), 0, 'f', 1));
    if (s.columnChars == 0 &&
        typeWidth - (s.columns - 1) * s.gutterChars * s.bodySizePt < s.columns * s.bodySizePt)
        return problem(SetupProblem::ColumnsTooNarrow, {},
                       QStringLiteral("the columns are narrower than one character"));
    if (s.heightPt - s.topPt - s.bottomPt < s.baselinePt)
        return problem(SetupProblem::NoRoomForALine, {},
                       QStringLiteral("the margins leave no room for a line"));
    return {};
}

Page withSetup(Page page, const DocumentSetup& s) {
    page.widthPt = s.widthPt;
    page.heightPt = s.heightPt;
    page.grid.columns = s.columns;
    page.grid.columnChars = s.columnChars;
    page.grid.bodySizePt = s.bodySizePt;
    page.grid.gutterPt = s.gutterChars * s.bodySizePt;
    page.grid.baselinePt = s.baselinePt;
    page.grid.baselineOffsetPt = kBodyAscentEm * s.bodySizePt;
    const double side = s.columnChars > 0 ? (s.widthPt - typeAreaWidthOf(s)) / 2 : s.sidePt;
    page.margins.left = page.margins.right = side;
    page.margins.top = s.topPt;
    // The foot margin grows to leave a whole number of body lines in the type area.
    const double lines = std::floor((s.heightPt - s.topPt - s.bottomPt) / s.baselinePt + 1e-9);
    page.margins.bottom = s.heightPt - s.topPt - lines * s.baselinePt;
    return page;
}

bool applySetup(Edition& edition, const DocumentSetup& setup, std::optional<int> page,
                QString* error) {
    const SetupCheck check = checkSetup(setup);
    if (!check.ok()) {
        if (error)
            *error = check.message;
        return false;
    }
    if (page && (*page < 0 || *page >= static_cast<int>(edition.pages.size()))) {
        if (error)
            *error = QStringLiteral("there is no page %1").arg(*page + 1);
        return false;
    }
    // The masters serve every page: they follow a setup of all pages, as the first page's
    // type area moves.
    if (!page && !edition.pages.empty()) {
        const Page& before = edition.pages.front();
        const Page after = withSetup(before, setup);
        for (MasterPage& master : edition.masters) {
            for (Frame& item : master.frames)
                item.rect = refit(item.rect, before, after);
        }
    }
    for (int p = 0; p < static_cast<int>(edition.pages.size()); ++p) {
        if (!page || *page == p)
            edition.pages[static_cast<size_t>(p)] =
                withSetup(std::move(edition.pages[static_cast<size_t>(p)]), setup);
    }
    return true;
}

}  // namespace paiban
