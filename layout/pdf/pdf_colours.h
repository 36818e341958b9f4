// Colour in the press PDF: process colours as DeviceCMYK, spot colours as Separation
// colour spaces (their CMYK alternate through a Type 2 function), and overprint for
// solid black (100 % K of no other ink), the newspaper norm: black text and black rules
// print over whatever lies under them, so no white gap shows where plates misregister.
#pragma once

#include <QByteArray>
#include <map>
#include <string>
#include <vector>

#include "model/swatches.h"
#include "pdf/pdf_file.h"

namespace paiban::pdf {

class PdfColours {
public:
    PdfColours(PdfFile& file, const std::vector<Swatch>& swatches)
        : file_(file), swatches_(swatches) {}

    // The operators that set the fill (k / scn) or stroke (K / SCN) colour, and, before
    // them, the overprinting graphics state when the colour is solid black. Callers
    // bracket them in q … Q so the state ends with the item.
    QByteArray fill(const CmykColor& color) { return set(color, false); }
    QByteArray stroke(const CmykColor& color) { return set(color, true); }

    // Registration colour for crop marks: the Separation /All, on every plate (the spot
    // plates too, which 1 1 1 1 K would miss).
    QByteArray registrationStroke();

    // Starts a page's resources afresh.
    void beginPage() { pageSpaces_.clear(), pageOverprint_ = false; }
    // The page's /ColorSpace and /ExtGState entries (for its /Resources), if any.
    QByteArray pageResources() const;

private:
    QByteArray set(const CmykColor& color, bool stroking);
    // The Separation colour space of a spot swatch: its resource name, written once.
    QByteArray spotSpace(const Swatch& swatch);

    PdfFile& file_;
    const std::vector<Swatch>& swatches_;
    std::map<std::string, std::pair<QByteArray, int>> spots_;  // swatch → (name, object)
    std::map<QByteArray, int> pageSpaces_;
    int registration_ = 0;    // the /All colour space, once written
    int overprintState_ = 0;  // the ExtGState object, once written
    bool pageOverprint_ = false;
};

// A PDF name object for any text: bytes outside the regular printable ASCII as #xx.
QByteArray nameObject(const std::string& utf8);

}  // namespace paiban::pdf
