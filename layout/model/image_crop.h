// Where a photo lies in its frame (the frame crops it), and the crop moved by hand: panned
// under the frame, or scaled about a point that stays where it is, as an editor does with
// the mouse. Layout and the editor share these, so what the hand moves is what prints.
#pragma once

#include "model/document.h"

namespace paiban {

// The whole image's rectangle on the page for the frame's fit, given its size in pixels
// (the frame itself when the size is unknown).
Rect imageRectInFrame(const Frame& frame, int pixelWidth, int pixelHeight);

// The frame with its image moved by (dx, dy) points under it; the fit stays (a filled
// photo stays filled when the frame is resized later, its crop shifted as asked).
Frame pannedImage(const Frame& frame, double dx, double dy);

// The frame with its image scaled by `factor` about `anchor` (a page point that stays put):
// the fit becomes manual at the scale the image had, times the factor, within the limits
// a document may hold.
Frame scaledImage(const Frame& frame, int pixelWidth, int pixelHeight, double factor,
                  double anchorX, double anchorY);

}  // namespace paiban
