#include "editor/tools/tool.h"

#include <QPainter>

namespace paiban::editor {

void drawHint(QPainter& painter, const QPointF& pointer, const QString& text,
              const QColor& colour) {
    painter.save();
    painter.resetTransform();
    QRectF box = painter.boundingRect(QRectF(pointer + QPointF(16, 16), QSizeF(320, 200)),
                                      Qt::TextWordWrap, text);
    // Kept inside the view: to the pointer's left near the right edge, above it near the
    // bottom.
    if (const QPaintDevice* device = painter.device()) {
        if (box.right() + 4 > device->width())
            box.moveRight(pointer.x() - 16);
        if (box.bottom() + 2 > device->height())
            box.moveBottom(pointer.y() - 16);
    }
    painter.fillRect(box.adjusted(-4, -2, 4, 2), QColor(255, 255, 240, 235));
    painter.setPen(colour);
    painter.drawText(box, Qt::TextWordWrap, text);
    painter.restore();
}

}  // namespace paiban::editor
