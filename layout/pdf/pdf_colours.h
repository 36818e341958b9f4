// Colour in the press PDF: process colours as DeviceCMYK, spot colours as Separation
// colour spaces (their CMYK alternate through a Type 2 function), and overprint for
// solid black (100 % K of no other ink), the newspaper norm: black text and black rules
// print over whatever lies under them, so no white gap shows where plates misregister.
// Proofs are written in the screen's colours instead: RGB as the editor shows the CMYK
// (render/painter_renderer's screenColour), or that RGB's grey, with no overprint.
#pragma once

#include <QByteArray>
#include <QColor>
#include <map>
#include <string>
#include <vector>

#include "model/swatches.h"
#include "pdf/pdf_file.h"

namespace paiban::pdf {

// The colour space a PDF's content is written in: the press's inks, or a proof's RGB or
// grey (DeviceRGB / DeviceGray only).
enum class ColourModel : uint8_t { Cmyk, Rgb, Gray };

// The grey of an RGB colour: ITU-R BT.601 luma, 0.299 R′ + 0.587 G′ + 0.114 B′ on the
// gamma-encoded values, as JPEG's own Y channel is made, so a grey proof's photos and its
// type and tints darken alike. 0..1 in, 0..1 out.
double lumaOf(double red, double green, double blue);
inline double lumaOf(const QColor& rgb) {
    return lumaOf(rgb.redF(), rgb.greenF(), rgb.blueF());
}

class PdfColours {
public:
    PdfColours(PdfFile& file, const std::vector<Swatch>& swatches,
               ColourModel model = ColourModel::Cmyk)
        : file_(file), swatches_(swatches), model_(model) {}

    ColourModel model() const { return model_; }

    // The operators that set the fill (k / scn) or stroke (K / SCN) colour, and, before
    // them, the overprinting graphics state when the colour is solid black. Callers
    // bracket them in q … Q so the state ends with the item.
    QByteArray fill(const CmykColor& color) { return set(color, false); }
    QByteArray stroke(const CmykColor& color) { return set(color, true); }
    // An RGB colour of the proof's own (marks, annotations) in the proof's model; only for
    // proofs: the press has no RGB.
    QByteArray fill(const QColor& rgb) const { return proofOperands(rgb, false); }
    QByteArray stroke(const QColor& rgb) const { return proofOperands(rgb, true); }
    // The operands alone, as an annotation's /C wants them: "r g b" or "g".
    QByteArray operands(const QColor& rgb) const;

    // Registration colour for crop marks: the Separation /All, on every plate (the spot
    // plates too, which 1 1 1 1 K would miss).
    QByteArray registrationStroke();

    // Starts a page's resources afresh.
    void beginPage() { pageSpaces_.clear(), pageOverprint_ = false; }
    // The page's /ColorSpace and /ExtGState entries (for its /Resources), if any.
    QByteArray pageResources() const;

private:
    QByteArray set(const CmykColor& color, bool stroking);
    QByteArray proofOperands(const QColor& rgb, bool stroking) const;
    // The Separation colour space of a spot swatch: its resource name, written once.
    QByteArray spotSpace(const Swatch& swatch);

    PdfFile& file_;
    const std::vector<Swatch>& swatches_;
    ColourModel model_;
    std::map<std::string, std::pair<QByteArray, int>> spots_;  // swatch → (name, object)
    std::map<QByteArray, int> pageSpaces_;
    int registration_ = 0;    // the /All colour space, once written
    int overprintState_ = 0;  // the ExtGState object, once written
    bool pageOverprint_ = false;
};

// A PDF name object for any text: bytes outside the regular printable ASCII as #xx.
QByteArray nameObject(const std::string& utf8);

}  // namespace paiban::pdf
