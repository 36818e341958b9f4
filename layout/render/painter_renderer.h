// Draws a page's display list through QPainter, in page points: the editor's canvas,
// printing, and (for proofs) QPdfWriter. Glyphs are drawn by id from the same face that
// shaped them, loaded into QRawFont, so nothing is re-shaped or substituted.
#pragma once

class QPainter;

namespace paiban {

struct PageDisplayList;

struct RenderOptions {
    bool screenMarks = false;  // overset marks and other editor-only marks
};

void renderPage(QPainter& painter, const PageDisplayList& page, const RenderOptions& options = {});

}  // namespace paiban
