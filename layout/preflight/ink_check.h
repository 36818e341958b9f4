// Preflight of ink: total area coverage (TAC) above the press's limit in the document's
// colours and in photos once converted to the press's CMYK, and RGB sources that export
// will convert. Each finding's kind and wording are made in one place (inkFinding).
#pragma once

#include <vector>

#include "preflight/preflight.h"

namespace paiban {

struct OutputProfile;

// Colours of paragraph and character styles and of frames' fills and strokes whose
// total ink passes options.inkLimitPct (a warning each).
void checkColourInk(const Edition& edition, const PreflightOptions& options,
                    std::vector<Finding>* out);

// RGB photos (a note each: converted at export) and the most ink any part of each puts
// down after conversion with `profile` (a warning when over the limit, naming where).
void checkPhotoInk(const EditionDisplay& display, const PreflightOptions& options,
                   const OutputProfile& profile, std::vector<Finding>* out);

// The most ink a square of `cellPx` × `cellPx` pixels of a CMYK image puts down on
// average, in percent, and where (the square's top-left pixel), from its pixels 4 bytes
// each (C, M, Y, K, 255 = solid).
struct InkPeak {
    double tacPct = 0;
    int x = 0, y = 0;
};
InkPeak peakInk(const QByteArray& cmykPixels, int width, int height, int cellPx = 1);

}  // namespace paiban
