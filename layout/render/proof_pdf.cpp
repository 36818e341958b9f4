#include "render/proof_pdf.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include "display/display_list.h"
#include "render/painter_renderer.h"

namespace paiban {

QByteArray proofPdfBytes(const EditionDisplay& display, const std::vector<int>& pages,
                         const QString& title, const QString& creator) {
    std::vector<int> chosen = pages;
    if (chosen.empty()) {
        for (size_t p = 0; p < display.pages.size(); ++p)
            chosen.push_back(static_cast<int>(p));
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setCreator(creator);
    writer.setResolution(72);  // one device pixel a point: the display list's unit
    QPainter painter;
    for (size_t i = 0; i < chosen.size(); ++i) {
        const PageDisplayList& page = display.pages[static_cast<size_t>(chosen[i])];
        writer.setPageSize(QPageSize(QSizeF(page.widthPt, page.heightPt), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        if (i == 0)
            painter.begin(&writer);
        else
            writer.newPage();
        renderPage(painter, page);
    }
    if (painter.isActive())
        painter.end();
    return buffer.data();
}

}  // namespace paiban
