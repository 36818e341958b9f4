// Before a press export: the page must be fit to print. Preflight's errors on the pages
// being exported (overset, missing or unreadable photos, 缺字, frames off the page) are
// listed with where they are, and the editor may look at them or send the page anyway.
#pragma once

#include <vector>

#include "preflight/preflight.h"

class QWidget;

namespace paiban::editor {

enum class PressDecision { Export, ExportAnyway, ShowProblems, Cancel };

struct PressCheck {
    PressDecision decision = PressDecision::Export;
    std::vector<Finding> blockers;  // the errors that stopped it (empty: none)
};

// Asks, in a message box, when there are errors on `pages` (indices; empty: all): look at
// them, export anyway, or cancel. Export, without asking, when there are none.
PressCheck checkBeforePress(QWidget* parent, const Edition& edition, const EditionDisplay& display,
                            const std::vector<int>& pages);

}  // namespace paiban::editor
