#include "editor/newsroom/story_pool_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "editor/canvas/page_canvas.h"
#include "editor/deferred_call.h"
#include "editor/newsroom/newsroom_session.h"
#include "editor/newsroom/newsroom_wording.h"

namespace paiban::editor {

using namespace paiban::newsroom;

namespace {

constexpr int kPoolIdRole = Qt::UserRole + 1;
constexpr int kHeadlineWidthPx = 120;
enum Column { kSlug, kHeadline, kStatus, kCharacters, kAuthor, kRevision, kColumnCount };

// The list hands a dragged row's pool id to the page.
class PoolList : public QTreeWidget {
public:
    using QTreeWidget::QTreeWidget;

protected:
    QStringList mimeTypes() const override {
        return {QString::fromLatin1(PageCanvas::kPoolStoryMimeType)};
    }
    QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override {
        if (items.isEmpty())
            return nullptr;
        auto* data = new QMimeData;
        data->setData(PageCanvas::kPoolStoryMimeType,
                      QByteArray::number(items.first()->data(kSlug, kPoolIdRole).toLongLong()));
        data->setText(items.first()->text(kHeadline));
        return data;
    }
};

// What a row shows, to tell whether the list changed.
bool sameRows(const std::vector<PoolStory>& a, const std::vector<PoolStory>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const PoolStory& x, const PoolStory& y) {
                          return x.id == y.id && x.revision == y.revision && x.status == y.status &&
                                 x.text == y.text && x.slug == y.slug;
                      });
}

}  // namespace

StoryPoolPanel::StoryPoolPanel(NewsroomSession* newsroom, QWidget* parent)
    : QWidget(parent), newsroom_(newsroom) {
    refresh_ = new DeferredCall(this, [this] { refreshNow(); });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* filters = new QHBoxLayout;
    status_ = new QComboBox(this);
    status_->addItem(tr("Any status"), -1);
    for (StoryStatus s : {StoryStatus::Reporting, StoryStatus::Editing, StoryStatus::Proofing,
                          StoryStatus::Approved})
        status_->addItem(wordedStatus(s), static_cast<int>(s));
    section_ = new QComboBox(this);
    section_->addItem(tr("Every section"), QString());
    filters->addWidget(status_);
    filters->addWidget(section_);
    layout->addLayout(filters);
    text_ = new QLineEdit(this);
    text_->setPlaceholderText(tr("Find in the pool…"));
    text_->setClearButtonEnabled(true);
    layout->addWidget(text_);
    list_ = new PoolList(this);
    list_->setColumnCount(kColumnCount);
    list_->setHeaderLabels(
        {tr("Slug"), tr("Headline"), tr("Status"), tr("Characters"), tr("Author"), tr("Rev.")});
    list_->setRootIsDecorated(false);
    list_->setDragEnabled(true);
    list_->setDragDropMode(QAbstractItemView::DragOnly);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->setToolTip(tr("Drag a story onto a text frame of the page to place it there."));
    // Narrow columns for the short ones, so that status, 字数 and revision stay in view in
    // a panel a third of the window wide; the headline is cut short (its tooltip is whole).
    list_->header()->setStretchLastSection(false);
    list_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list_->header()->setSectionResizeMode(kHeadline, QHeaderView::Interactive);
    list_->header()->resizeSection(kHeadline, kHeadlineWidthPx);
    layout->addWidget(list_, 1);
    problem_ = new QLabel(this);
    problem_->setWordWrap(true);
    layout->addWidget(problem_);

    connect(status_, &QComboBox::currentIndexChanged, refresh_, &DeferredCall::request);
    connect(section_, &QComboBox::currentIndexChanged, refresh_, &DeferredCall::request);
    connect(text_, &QLineEdit::textChanged, refresh_, &DeferredCall::request);
    connect(newsroom_, &NewsroomSession::connectionChanged, refresh_, &DeferredCall::request);
    connect(newsroom_, &NewsroomSession::poolChanged, refresh_, &DeferredCall::request);
    refreshNow();
}

StoryFilter StoryPoolPanel::filter() const {
    StoryFilter f;
    const int status = status_->currentData().toInt();
    if (status >= 0)
        f.status = static_cast<StoryStatus>(status);
    f.section = section_->currentData().toString();
    f.text = text_->text().trimmed();
    return f;
}

void StoryPoolPanel::fillSections() {
    const Result<QStringList> sections = storySections(newsroom_->database());
    if (!sections)
        return;
    QStringList shown;
    for (int i = 1; i < section_->count(); ++i)
        shown << section_->itemData(i).toString();
    if (shown == sections.value())
        return;
    const QString current = section_->currentData().toString();
    const QSignalBlocker block(section_);
    while (section_->count() > 1)
        section_->removeItem(1);
    for (const QString& s : sections.value())
        section_->addItem(s, s);
    section_->setCurrentIndex(std::max(0, section_->findData(current)));
}

void StoryPoolPanel::refreshNow() {
    if (!newsroom_->isConnected()) {
        listed_.clear();
        list_->clear();
        problem_->setText(tr("Not connected: File › Connect to Newsroom…"));
        setEnabled(false);
        return;
    }
    setEnabled(true);
    fillSections();
    const Result<std::vector<PoolStory>> stories = listStories(newsroom_->database(), filter());
    if (!stories) {
        problem_->setText(wordedNewsroomError(stories.error()));
        return;
    }
    problem_->setText(tr("%n stories", nullptr, static_cast<int>(stories->size())));
    if (sameRows(listed_, stories.value()))
        return;
    listed_ = stories.value();
    const qint64 selected =
        list_->currentItem() ? list_->currentItem()->data(kSlug, kPoolIdRole).toLongLong() : 0;
    list_->clear();
    for (const PoolStory& s : listed_) {
        auto* item = new QTreeWidgetItem(list_, {s.slug, s.text.headline, wordedStatus(s.status),
                                                 QString::number(s.text.characterCount()), s.author,
                                                 QString::number(s.revision)});
        item->setData(kSlug, kPoolIdRole, s.id);
        item->setToolTip(kHeadline, s.text.headline);
        item->setTextAlignment(kCharacters, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(kRevision, Qt::AlignRight | Qt::AlignVCenter);
        if (s.id == selected)
            list_->setCurrentItem(item);
    }
}

QStringList StoryPoolPanel::listedSlugs() const {
    QStringList slugs;
    for (int i = 0; i < list_->topLevelItemCount(); ++i)
        slugs << list_->topLevelItem(i)->text(kSlug);
    return slugs;
}

}  // namespace paiban::editor
