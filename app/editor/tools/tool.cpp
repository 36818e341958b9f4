#include "editor/tools/tool.h"

#include <QPainter>

namespace paiban::editor {

void drawHint(QPainter& painter, const QPointF& pointer, const QString& text,
              const QColor& colour) {
    painter.save();
    painter.resetTransform();
    const QRectF box = painter.boundingRect(QRectF(pointer + QPointF(16, 16), QSizeF(320, 200)),
                                            Qt::TextWordWrap, text);
    painter.fillRect(box.adjusted(-4, -2, 4, 2), QColor(255, 255, 240, 235));
    painter.setPen(colour);
    painter.drawText(box, Qt::TextWordWrap, text);
    painter.restore();
}

}  // namespace paiban::editor
