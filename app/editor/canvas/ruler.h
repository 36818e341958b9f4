// A ruler along the top or left of the page, in millimetres from the page's top-left
// corner; ticks thin out as the zoom shrinks so that labels never crowd. Dragging out of
// it draws a ruler guide onto the page.
#pragma once

#include <QWidget>

namespace paiban::editor {

class PageCanvas;

class Ruler : public QWidget {
    Q_OBJECT
public:
    // The rulers' thickness, in screen pixels.
    static constexpr int kThicknessPx = 20;

    Ruler(PageCanvas* canvas, Qt::Orientation orientation);

Q_SIGNALS:
    // A guide let go of on the page: vertical from the left ruler, at a page position.
    void guideDropped(bool vertical, double positionPt);

protected:
    void paintEvent(QPaintEvent*) override;
    void mousePressEvent(QMouseEvent*) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent*) override;

private:
    PageCanvas* canvas_;
    Qt::Orientation orientation_;
    bool dragging_ = false;
};

}  // namespace paiban::editor
