#include "editor/newsroom/newsroom_dialogs.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "editor/newsroom/newsroom_session.h"
#include "editor/newsroom/newsroom_wording.h"

namespace paiban::editor {

using namespace paiban::newsroom;

namespace {
constexpr int kPageIdRole = Qt::UserRole + 1;
constexpr int kVersionRole = Qt::UserRole + 2;
constexpr int kDialogWidthPx = 620;
constexpr int kDialogHeightPx = 420;
}  // namespace

ConnectDialog::ConnectDialog(const QString& connectionString, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Connect to Newsroom"));
    auto* layout = new QVBoxLayout(this);
    auto* explanation = new QLabel(
        tr("The newsroom's PostgreSQL, as libpq takes it: keywords such as "
           "<tt>host=db.paper dbname=newsroom user=layout_chen</tt> or a URI such as "
           "<tt>postgresql://layout_chen@db.paper/newsroom</tt>. What is left out comes from "
           "the PG… environment variables; a password from libpq's password file "
           "(~/.pgpass). Paiban never keeps a password."),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    auto* form = new QFormLayout;
    connection_ = new QLineEdit(connectionString, this);
    connection_->setMinimumWidth(440);
    connection_->setPlaceholderText(QStringLiteral("host=… dbname=… user=…"));
    form->addRow(tr("&Connection:"), connection_);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString ConnectDialog::connectionString() const {
    return connection_->text().trimmed();
}

OpenPageDialog::OpenPageDialog(NewsroomSession* newsroom, QWidget* parent)
    : QDialog(parent), newsroom_(newsroom) {
    setWindowTitle(tr("Open Newsroom Page"));
    resize(kDialogWidthPx, kDialogHeightPx);
    auto* layout = new QVBoxLayout(this);
    tree_ = new QTreeWidget(this);
    tree_->setHeaderLabels({tr("Edition / page"), tr("Status"), tr("Version"), tr("Held by")});
    tree_->setRootIsDecorated(true);
    tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(tree_);
    problem_ = new QLabel(this);
    problem_->setWordWrap(true);
    problem_->hide();
    layout->addWidget(problem_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    QPushButton* open = buttons->button(QDialogButtonBox::Open);
    open->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(tree_, &QTreeWidget::currentItemChanged, this,
            [this, open] { open->setEnabled(pageId() != 0); });
    connect(tree_, &QTreeWidget::itemActivated, this, [this] {
        if (pageId() != 0)
            accept();
    });
    layout->addWidget(buttons);
    fill();
}

void OpenPageDialog::fill() {
    QSqlDatabase db = newsroom_->database();
    const Result<std::vector<EditionRow>> editions = listEditions(db);
    if (!editions) {
        problem_->setText(wordedNewsroomError(editions.error()));
        problem_->show();
        return;
    }
    if (editions->empty()) {
        problem_->setText(
            tr("The newsroom has no editions yet (paiban newsroom add-page makes "
               "one with its first page)."));
        problem_->show();
    }
    for (const EditionRow& edition : editions.value()) {
        auto* editionItem =
            new QTreeWidgetItem(tree_, {QLocale().toString(edition.date, QLocale::ShortFormat) +
                                        QStringLiteral("  ") + edition.title});
        const Result<std::vector<PageRow>> pages = listPages(db, edition.id);
        if (!pages)
            continue;
        for (const PageRow& page : pages.value()) {
            QString holder;
            if (const Result<std::optional<PageHolder>> h = pageHolder(db, page.id); h && h.value())
                holder = h.value()->role;
            auto* item = new QTreeWidgetItem(
                editionItem, {tr("Page %1 %2").arg(page.number).arg(page.name),
                              wordedStatus(page.status), QString::number(page.version), holder});
            item->setData(0, kPageIdRole, page.id);
        }
        editionItem->setExpanded(true);
    }
    tree_->resizeColumnToContents(1);
    tree_->resizeColumnToContents(2);
}

qint64 OpenPageDialog::pageId() const {
    const QTreeWidgetItem* item = tree_->currentItem();
    return item ? item->data(0, kPageIdRole).toLongLong() : 0;
}

HistoryDialog::HistoryDialog(const std::vector<PageVersion>& versions, int current, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Page History"));
    resize(kDialogWidthPx * 3 / 4, kDialogHeightPx);
    auto* layout = new QVBoxLayout(this);
    auto* explanation =
        new QLabel(tr("Restoring a version puts it into the editor; saving then makes it the "
                      "newest version. No version is ever lost."),
                   this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    tree_ = new QTreeWidget(this);
    tree_->setHeaderLabels({tr("Version"), tr("Saved by"), tr("Saved at")});
    tree_->setRootIsDecorated(false);
    for (const PageVersion& v : versions) {
        auto* item = new QTreeWidgetItem(
            tree_,
            {v.version == current ? tr("%1 (open)").arg(v.version) : QString::number(v.version),
             v.savedBy, QLocale().toString(v.savedAt.toLocalTime(), QLocale::ShortFormat)});
        item->setData(0, kVersionRole, v.version);
    }
    tree_->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(tree_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* restore = buttons->button(QDialogButtonBox::Ok);
    restore->setText(tr("Restore"));
    restore->setEnabled(false);
    connect(tree_, &QTreeWidget::currentItemChanged, this,
            [restore](QTreeWidgetItem* item) { restore->setEnabled(item != nullptr); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

int HistoryDialog::version() const {
    const QTreeWidgetItem* item = tree_->currentItem();
    return item ? item->data(0, kVersionRole).toInt() : 0;
}

}  // namespace paiban::editor
