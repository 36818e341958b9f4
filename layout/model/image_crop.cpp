#include "model/image_crop.h"

#include <algorithm>

#include "model/limits.h"

namespace paiban {

namespace {

// The image scale a document may hold, points per pixel (the reader's range).
constexpr double kSmallestImageScale = 1e-4;
constexpr double kLargestImageScale = 1e4;

double clampOffset(double v) {
    return std::clamp(v, -limits::kLargestLengthPt, limits::kLargestLengthPt);
}

}  // namespace

Rect imageRectInFrame(const Frame& f, int pixelWidth, int pixelHeight) {
    const Rect& r = f.rect;
    if (pixelWidth <= 0 || pixelHeight <= 0)
        return r;
    const double w = pixelWidth, h = pixelHeight;
    double scale = f.imageScale;  // points per pixel
    if (f.fit == ImageFit::Fill)
        scale = std::max(r.width / w, r.height / h);
    else if (f.fit == ImageFit::Fit)
        scale = std::min(r.width / w, r.height / h);
    if (f.fit == ImageFit::Manual)
        return {r.x + f.imageOffsetX, r.y + f.imageOffsetY, w * scale, h * scale};
    return {r.x + (r.width - w * scale) / 2 + f.imageOffsetX,
            r.y + (r.height - h * scale) / 2 + f.imageOffsetY, w * scale, h * scale};
}

Frame pannedImage(const Frame& frame, double dx, double dy) {
    Frame out = frame;
    out.imageOffsetX = clampOffset(frame.imageOffsetX + dx);
    out.imageOffsetY = clampOffset(frame.imageOffsetY + dy);
    return out;
}

Frame scaledImage(const Frame& frame, int pixelWidth, int pixelHeight, double factor,
                  double anchorX, double anchorY) {
    if (pixelWidth <= 0 || pixelHeight <= 0 || !(factor > 0))
        return frame;
    const Rect now = imageRectInFrame(frame, pixelWidth, pixelHeight);
    const double scale =
        std::clamp(now.width / pixelWidth * factor, kSmallestImageScale, kLargestImageScale);
    const double applied = scale / (now.width / pixelWidth);
    Frame out = frame;
    out.fit = ImageFit::Manual;
    out.imageScale = scale;
    // The anchor keeps its place in the image: its distance from the image's corner grows
    // by the factor.
    out.imageOffsetX = clampOffset(anchorX - (anchorX - now.x) * applied - frame.rect.x);
    out.imageOffsetY = clampOffset(anchorY - (anchorY - now.y) * applied - frame.rect.y);
    return out;
}

}  // namespace paiban
