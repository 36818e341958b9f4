// The editor's canvas: one page of the edition, drawn from its display list at a zoom,
// with the guides an editor works by (margins, the column grid, frame edges).
#pragma once

#include <QAbstractScrollArea>

#include "display/display_list.h"
#include "model/document.h"

namespace paiban::editor {

class PageView : public QAbstractScrollArea {
    Q_OBJECT
public:
    enum class ZoomMode { FitPage, Fixed };

    explicit PageView(QWidget* parent = nullptr);

    // The page to show; pointers stay owned by the caller and must outlive the view's use.
    void setPage(const Page* page, const PageDisplayList* display);
    double zoom() const { return zoom_; }  // 1.0 = actual size on this screen
    ZoomMode zoomMode() const { return mode_; }

public Q_SLOTS:
    void setZoom(double zoom);
    void fitPage();
    void zoomIn();
    void zoomOut();
    void setGuidesVisible(bool visible);

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    double pixelsPerPoint() const;
    QSizeF pageSizePx() const;
    QPointF pageOrigin() const;
    void updateScrollBars();
    void drawGuides(QPainter& painter) const;

    const Page* page_ = nullptr;
    const PageDisplayList* display_ = nullptr;
    double zoom_ = 1.0;
    ZoomMode mode_ = ZoomMode::FitPage;
    bool guides_ = true;
};

}  // namespace paiban::editor
