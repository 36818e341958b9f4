// Placing photos by hand (File › Place Image, FIT's 排入图片): the tool carries the photos
// chosen; a click puts the next one on a span of columns from the column clicked (its
// height the photo's proportion), a drag puts it in the rectangle drawn; each gets its
// caption frame tied below it. Left and right arrows change how many columns a click
// takes; Escape puts the rest down.
#pragma once

#include <QImage>
#include <QSize>
#include <QStringList>
#include <optional>
#include <vector>

#include "editor/tools/tool.h"

namespace paiban::editor {

class PlaceTool : public Tool {
    Q_OBJECT
public:
    using Tool::Tool;
    ToolKind kind() const override { return ToolKind::Place; }
    // The photos to place, in order (files that are not images are the caller's to refuse).
    void load(const QStringList& paths);
    int remaining() const { return static_cast<int>(queue_.size()); }
    int columns() const { return columns_; }
    void deactivate() override;
    void mousePress(QMouseEvent& event, const QPointF& at) override;
    void mouseMove(QMouseEvent& event, const QPointF& at) override;
    void mouseRelease(QMouseEvent& event, const QPointF& at) override;
    bool keyPress(QKeyEvent& event) override;
    void paintOverlay(QPainter& painter) const override;
    QCursor cursorAt(const QPointF&) const override { return Qt::CrossCursor; }

Q_SIGNALS:
    // A photo placed (its frame and its caption's story, for the window to select).
    void placed(const QString& photoId, const QString& captionStoryId);
    // Nothing left to place, or Escape.
    void finished();

private:
    struct Photo {
        QString path;  // absolute
        QSize pixels;
        QImage preview;  // small, shown under the pointer
    };
    Rect clickRect(const QPointF& at) const;
    void place(const Rect& rect);

    std::vector<Photo> queue_;
    int columns_ = 0;  // 0: the default for the page
    bool pressed_ = false;
    QPointF start_, hover_;
    std::optional<Rect> dragged_;
    bool hovering_ = false;
};

}  // namespace paiban::editor
