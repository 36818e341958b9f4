#include "editor/press_check.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

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

QString findingWithPlace(const Finding& f) {
    QString place;
    if (f.page >= 0 && !f.frameId.isEmpty())
        place = tr("page %1, frame %2").arg(pageNumber(f.page)).arg(f.frameId);
    else if (f.page >= 0)
        place = tr("page %1").arg(pageNumber(f.page));
    else if (!f.frameId.isEmpty())
        place = tr("frame %1").arg(f.frameId);
    else if (!f.storyId.isEmpty())
        place = tr("story %1").arg(f.storyId);
    return place.isEmpty() ? f.message : place + QStringLiteral(": ") + f.message;
}

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
        listed << QStringLiteral("• ") + findingWithPlace(f);
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
