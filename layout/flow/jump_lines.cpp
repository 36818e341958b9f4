#include "flow/jump_lines.h"

#include <cmath>
#include <optional>

#include "compose/paragraph_composer.h"

namespace paiban {
namespace {

// Rounding slack when a reserved line's edge meets a body line's.
constexpr double kEdgeSlackPt = 0.01;

// The paragraph style jump lines use when the edition has none named "jump": the body
// face at the body size, no indent.
ParagraphStyle defaultJumpStyle(const Edition& edition) {
    ParagraphStyle style;
    if (const ParagraphStyle* body = edition.styles.paragraphStyle(QStringLiteral("body"))) {
        style = *body;
    }
    style.name = "jump";
    style.firstLineIndentEm = 0;
    style.alignToGrid = true;
    return style;
}

}  // namespace

std::vector<PageTurn> pageTurns(const std::vector<Region>& regions) {
    std::vector<PageTurn> turns;
    for (size_t i = 1; i < regions.size(); ++i) {
        if (regions[i].page != regions[i - 1].page) {
            turns.push_back({static_cast<int>(i - 1), static_cast<int>(i), regions[i - 1].page,
                             regions[i].page});
        }
    }
    return turns;
}

size_t turnsReached(const std::vector<PageTurn>& turns, const StoryLayout& layout) {
    int furthest = -1;
    for (const FlowedLine& line : layout.lines)
        furthest = std::max(furthest, line.region);
    size_t reached = 0;
    while (reached < turns.size() && turns[reached].toRegion <= furthest)
        ++reached;
    return reached;
}

JumpLineSetter::JumpLineSetter(const Edition& edition, FontRegistry& fonts, ParagraphCache& cache)
    : edition_(edition), fonts_(fonts), cache_(cache) {
    const ParagraphStyle* named = edition.styles.paragraphStyle(QStringLiteral("jump"));
    style_ = named ? *named : defaultJumpStyle(edition);
    const Set probe = measure(QStringLiteral("（下转第1版）"));
    ascent_ = probe.metrics.ascent;
    descent_ = probe.metrics.descent;
}

JumpLineSetter::Set JumpLineSetter::measure(const QString& text) const {
    Paragraph paragraph{QString::fromStdString(style_.name), {{text, QString()}}};
    auto measured = cache_.measure(paragraph, style_, edition_.styles, fonts_);
    return {measured, lineMetricsFor(style_, *measured)};
}

double JumpLineSetter::footBaseline(const Region& r) const {
    const double lowest = r.bottom - descent_;
    if (r.gridStep <= 0)
        return lowest;
    return r.gridOrigin + std::floor((lowest - r.gridOrigin) / r.gridStep + 1e-6) * r.gridStep;
}

double JumpLineSetter::headBaseline(const Region& r) const {
    const double highest = r.top + ascent_;
    if (r.gridStep <= 0)
        return highest;
    return r.gridOrigin + std::ceil((highest - r.gridOrigin) / r.gridStep - 1e-6) * r.gridStep;
}

void JumpLineSetter::reserve(const std::vector<PageTurn>& turns,
                             std::vector<Region>* regions) const {
    for (const PageTurn& turn : turns) {
        Region& from = (*regions)[static_cast<size_t>(turn.fromRegion)];
        Region& to = (*regions)[static_cast<size_t>(turn.toRegion)];
        from.bottom = footBaseline(from) - ascent_ - kEdgeSlackPt;
        to.top = headBaseline(to) + descent_ + kEdgeSlackPt;
    }
}

void JumpLineSetter::place(const std::vector<PageTurn>& turns, const std::vector<Region>& regions,
                           std::vector<FlowedLine>* lines) const {
    auto set = [&](const Region& region, const QString& text, Alignment alignment,
                   double baseline) -> std::optional<FlowedLine> {
        const Set measured = measure(text);
        if (measured.paragraph->clusterCount() == 0)
            return std::nullopt;
        ParagraphStyle style = style_;
        style.alignment = alignment;
        std::vector<PlacedLine> placed = composeLines(*measured.paragraph, style, {region.width});
        if (placed.empty())
            return std::nullopt;
        return FlowedLine{region.page,
                          -1,
                          region.x,
                          baseline,
                          measured.metrics.ascent,
                          measured.metrics.descent,
                          measured.paragraph,
                          std::move(placed.front()),
                          -1,
                          region.frameId};
    };
    // From the last turn back, so that the places found for earlier turns stay valid: the
    // foot line after the last line before the turn, the head line before the first after.
    for (auto turn = turns.rbegin(); turn != turns.rend(); ++turn) {
        const Region& from = regions[static_cast<size_t>(turn->fromRegion)];
        const Region& to = regions[static_cast<size_t>(turn->toRegion)];
        size_t head = lines->size(), foot = 0;
        for (size_t i = 0; i < lines->size(); ++i) {
            const int r = (*lines)[i].region;
            if (r >= 0 && r <= turn->fromRegion)
                foot = i + 1;
            if (r >= turn->toRegion && head == lines->size())
                head = i;
        }
        if (auto line = set(to, QStringLiteral("（上接第%1版）").arg(pageNumber(turn->fromPage)),
                            Alignment::Start, headBaseline(to))) {
            lines->insert(lines->begin() + static_cast<long>(head), std::move(*line));
        }
        if (auto line = set(from, QStringLiteral("（下转第%1版）").arg(pageNumber(turn->toPage)),
                            Alignment::End, footBaseline(from))) {
            lines->insert(lines->begin() + static_cast<long>(foot), std::move(*line));
        }
    }
}

}  // namespace paiban
