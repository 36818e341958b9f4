#include "editor/press_check.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

#include "editor/finding_wording.h"
#include "model/document.h"

namespace paiban::editor {
namespace {

// lupdate files this file's tr() calls under the namespace they are in.
QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("paiban::editor", text, nullptr, n);
}

// Lists this many findings in the message; the rest are counted (the preflight panel has
// them all).
constexpr int kFindingsListed = 12;

}  // namespace

PressCheck checkBeforePress(QWidget* parent, const Edition& edition, const EditionDisplay& display,
                            const std::vector<int>& pages) {
    PressCheck check;
    check.blockers = pressExportBlockers(preflight(edition, display), pages);
    if (check.blockers.empty())
        return check;
    QStringList listed;
    for (const Finding& f : check.blockers) {
        if (listed.size() == kFindingsListed) {
            listed << tr("… and %n more in the Preflight panel.",
                         int(check.blockers.size()) - kFindingsListed);
            break;
        }
        listed << QStringLiteral("• ") + wordedFindingWithPlace(f);
    }
    QMessageBox box(
        QMessageBox::Warning, tr("Not ready for the press"),
        tr("The page has %n error(s) that would print wrong:", int(check.blockers.size())),
        QMessageBox::NoButton, parent);
    box.setInformativeText(listed.join(u'\n'));
    QPushButton* show = box.addButton(tr("Show Problems"), QMessageBox::AcceptRole);
    QPushButton* anyway = box.addButton(tr("Export Anyway"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(show);
    box.exec();
    check.decision = box.clickedButton() == show     ? PressDecision::ShowProblems
                     : box.clickedButton() == anyway ? PressDecision::ExportAnyway
                                                     : PressDecision::Cancel;
    return check;
}

}  // namespace paiban::editor
