// The story pool (稿库) panel: the newsroom's stories with slug, headline, status, 字数,
// author and revision, filtered by status, section and text; listed again when the
// server says a story changed. A row dragged onto a text frame of the page places that
// story there (PageCanvas::kPoolStoryMimeType carries its pool id).
#pragma once

#include <QWidget>
#include <vector>

#include "newsroom/story_pool.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace paiban::editor {

class DeferredCall;
class NewsroomSession;

class StoryPoolPanel : public QWidget {
    Q_OBJECT
public:
    StoryPoolPanel(NewsroomSession* newsroom, QWidget* parent = nullptr);
    // The filter's boxes (tests set them as a hand would).
    QComboBox* statusBox() const { return status_; }
    QComboBox* sectionBox() const { return section_; }
    QLineEdit* textBox() const { return text_; }
    QTreeWidget* list() const { return list_; }
    // The slugs listed, in order.
    QStringList listedSlugs() const;
    // Lists again now (else once after the event that asked for it).
    void refreshNow();

private:
    newsroom::StoryFilter filter() const;
    void fillSections();

    NewsroomSession* newsroom_;
    DeferredCall* refresh_;
    QComboBox* status_;
    QComboBox* section_;
    QLineEdit* text_;
    QTreeWidget* list_;
    QLabel* problem_;
    std::vector<newsroom::PoolStory> listed_;
};

}  // namespace paiban::editor
