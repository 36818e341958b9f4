// A text frame's ports, as in InDesign: the in-port on its top edge near the left corner,
// the out-port on its bottom edge near the right corner, beside the corner handles. A
// click on the out-port starts threading; the canvas draws the thread between them.
#pragma once

#include <QRectF>
#include <algorithm>

#include "model/document.h"

namespace paiban::editor {

// A port's side, in screen pixels: large enough to hit, small beside a column's text.
inline constexpr double kPortPx = 11;
// Its centre's distance from the frame's corner, in ports: clear of the corner handle. A
// narrow frame (a column of briefs at a small zoom) has it a quarter of its width in, clear
// of the middle handle too.
inline constexpr double kPortInsetPorts = 2;

// `px`: one screen pixel in page points at the current zoom.
inline QRectF inPort(const Rect& frame, double px) {
    const double side = kPortPx * px;
    const double cx = frame.x + std::min(kPortInsetPorts * side, frame.width / 4);
    return {cx - side / 2, frame.y - side / 2, side, side};
}

inline QRectF outPort(const Rect& frame, double px) {
    const double side = kPortPx * px;
    const double cx = frame.right() - std::min(kPortInsetPorts * side, frame.width / 4);
    return {cx - side / 2, frame.bottom() - side / 2, side, side};
}

}  // namespace paiban::editor
