// Draws a page's display list through QPainter, in page points: the editor's canvas,
// printing and PNG previews. Glyphs are drawn by id from the same face that
// shaped them, loaded into QRawFont, so nothing is re-shaped or substituted.
#pragma once

#include <QColor>

class QPainter;

namespace paiban {

struct CmykColor;
struct PageDisplayList;

// A document colour as the screen shows it: Qt's naive CMYK → RGB, (1 − c)(1 − k) and so
// on, no profile. Proof PDFs use it too, so that a proof looks as the editor did.
QColor screenColour(const CmykColor& colour);

struct RenderOptions {
    bool screenMarks = false;  // overset marks and other editor-only marks
};

void renderPage(QPainter& painter, const PageDisplayList& page, const RenderOptions& options = {});

}  // namespace paiban
