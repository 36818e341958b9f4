#include "editor/masters_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUndoStack>
#include <QVBoxLayout>
#include <cmath>

#include "editor/edit_session.h"
#include "editor/master_commands.h"
#include "editor/unit_boxes.h"
#include "model/limits.h"
#include "model/masters.h"

namespace paiban::editor {
namespace {

QString kindName(MasterKind kind) {
    switch (kind) {
        case MasterKind::First:
            return MastersDialog::tr("first page");
        case MasterKind::Left:
            return MastersDialog::tr("left-hand pages");
        case MasterKind::Right:
            return MastersDialog::tr("right-hand pages");
        case MasterKind::Any:
            break;
    }
    return MastersDialog::tr("pages that name it");
}

QString fieldName(TextField field) {
    switch (field) {
        case TextField::PageNumber:
            return MastersDialog::tr("page number");
        case TextField::Date:
            return MastersDialog::tr("date");
        case TextField::Title:
            return MastersDialog::tr("title");
        case TextField::Section:
            return MastersDialog::tr("section");
        case TextField::Editor:
            return MastersDialog::tr("editor");
        case TextField::None:
            break;
    }
    return {};
}

// A story's text with its fields named: 第〔page number〕版.
QString textWithFields(const Story& story) {
    QStringList paragraphs;
    for (const Paragraph& p : story.paragraphs) {
        QString line;
        for (const TextRun& run : p.runs)
            line += run.field == TextField::None
                        ? run.text
                        : QStringLiteral("〔%1〕").arg(fieldName(run.field));
        paragraphs << line;
    }
    return paragraphs.join(u'\n');
}

// Text typed with fields named as textWithFields shows them back into paragraphs of runs:
// 〔page number〕 (or the name in any language Paiban speaks) becomes the field; anything
// else in brackets stays text.
std::vector<Paragraph> paragraphsWithFields(const QString& text) {
    static const QRegularExpression kField(QStringLiteral("〔([^〕]*)〕"));
    std::vector<Paragraph> out;
    for (const QString& line : text.split(u'\n')) {
        Paragraph p;
        qsizetype at = 0;
        auto addText = [&](const QString& t) {
            if (!t.isEmpty())
                p.runs.push_back(TextRun{t, QString(), TextField::None, {}});
        };
        for (auto it = kField.globalMatch(line); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            TextField field = TextField::None;
            for (TextField f : {TextField::PageNumber, TextField::Date, TextField::Title,
                                TextField::Section, TextField::Editor}) {
                if (m.captured(1) == fieldName(f) || m.captured(1) == QLatin1String(toString(f)))
                    field = f;
            }
            addText(line.mid(at, m.capturedStart() - at));
            if (field == TextField::None)
                addText(m.captured(0));
            else
                p.runs.push_back(TextRun{QString(), QString(), field, {}});
            at = m.capturedEnd();
        }
        addText(line.mid(at));
        if (p.runs.empty())
            p.runs.push_back(TextRun{});
        out.push_back(std::move(p));
    }
    return out;
}

// A box's value, or the value it was given when the box only shows it rounded: Apply
// changes what was edited, not the precision of the rest.
double edited(const QDoubleSpinBox* box, double before) {
    return std::abs(box->value() - before) < std::pow(10.0, -box->decimals()) ? before
                                                                              : box->value();
}

}  // namespace

MastersDialog::MastersDialog(EditSession* session, QWidget* parent)
    : QDialog(parent), session_(session) {
    setWindowTitle(tr("Master Pages"));
    masters_ = new QListWidget(this);
    items_ = new QListWidget(this);
    auto length = [this](bool negative) {
        auto* box = new LengthBox(this, negative);
        box->setRange(negative ? -limits::kLargestLengthPt : 0, limits::kLargestLengthPt);
        return box;
    };
    x_ = length(true);
    y_ = length(true);
    width_ = length(true);
    height_ = length(true);
    text_ = new QPlainTextEdit(this);
    text_->setTabChangesFocus(true);
    text_->setToolTip(tr("A word in 〔〕 is a field that each page fills in: 〔%1〕, 〔%2〕, "
                         "〔%3〕, 〔%4〕, 〔%5〕.")
                          .arg(fieldName(TextField::PageNumber), fieldName(TextField::Date),
                               fieldName(TextField::Title), fieldName(TextField::Section),
                               fieldName(TextField::Editor)));
    apply_ = new QPushButton(tr("&Apply"), this);
    auto* form = new QFormLayout;
    form->addRow(tr("X:"), x_);
    form->addRow(tr("Y:"), y_);
    form->addRow(tr("Width:"), width_);
    form->addRow(tr("Height:"), height_);
    form->addRow(tr("Text:"), text_);
    form->addRow(QString(), apply_);
    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Masters:"), this));
    left->addWidget(masters_);
    auto* middle = new QVBoxLayout;
    middle->addWidget(new QLabel(tr("Items:"), this));
    middle->addWidget(items_);
    columns->addLayout(left);
    columns->addLayout(middle);
    columns->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    connect(masters_, &QListWidget::currentRowChanged, this, &MastersDialog::showItems);
    connect(items_, &QListWidget::currentRowChanged, this, &MastersDialog::showItem);
    connect(apply_, &QPushButton::clicked, this, &MastersDialog::apply);
    showMasters();
}

QString MastersDialog::masterName() const {
    const QListWidgetItem* item = masters_->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString MastersDialog::itemId() const {
    const QListWidgetItem* item = items_->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void MastersDialog::showMasters() {
    masters_->clear();
    if (session_->hasDocument()) {
        for (const MasterPage& m : session_->edition().masters) {
            auto* item = new QListWidgetItem(
                QStringLiteral("%1 (%2)").arg(m.name, kindName(m.kind)), masters_);
            item->setData(Qt::UserRole, m.name);
        }
    }
    if (masters_->count() > 0)
        masters_->setCurrentRow(0);
    showItems();
}

void MastersDialog::showItems() {
    const QString keep = itemId();
    items_->clear();
    const MasterPage* master =
        session_->hasDocument() ? findMaster(session_->edition(), masterName()) : nullptr;
    if (master) {
        for (const Frame& f : master->frames) {
            auto* item = new QListWidgetItem(
                QStringLiteral("%1 (%2)").arg(f.id, QString::fromLatin1(toString(f.kind))), items_);
            item->setData(Qt::UserRole, f.id);
            if (f.id == keep)
                items_->setCurrentItem(item);
        }
        if (!items_->currentItem() && items_->count() > 0)
            items_->setCurrentRow(0);
    }
    showItem();
}

void MastersDialog::showItem() {
    const MasterPage* master =
        session_->hasDocument() ? findMaster(session_->edition(), masterName()) : nullptr;
    const Frame* frame = nullptr;
    if (master) {
        for (const Frame& f : master->frames) {
            if (f.id == itemId())
                frame = &f;
        }
    }
    for (LengthBox* box : {x_, y_, width_, height_})
        box->setEnabled(frame);
    apply_->setEnabled(frame);
    const Story* story = frame ? masterStoryOf(*master, frame->id) : nullptr;
    text_->setEnabled(story);
    if (!frame) {
        text_->clear();
        return;
    }
    x_->setValue(frame->rect.x);
    y_->setValue(frame->rect.y);
    width_->setValue(frame->rect.width);
    height_->setValue(frame->rect.height);
    text_->setPlainText(story ? textWithFields(*story) : QString());
}

void MastersDialog::apply() {
    const MasterPage* master =
        session_->hasDocument() ? findMaster(session_->edition(), masterName()) : nullptr;
    if (!master)
        return;
    for (const Frame& f : master->frames) {
        if (f.id != itemId())
            continue;
        Frame changed = f;
        changed.rect = {edited(x_, f.rect.x), edited(y_, f.rect.y), edited(width_, f.rect.width),
                        edited(height_, f.rect.height)};
        changed.rect = withinLimits(changed.rect, changed.kind);
        const Story* story = masterStoryOf(*master, f.id);
        const bool moved = !(changed == f);
        const bool retyped = story && text_->toPlainText() != textWithFields(*story);
        if (!moved && !retyped)
            return;
        const QString name = master->name, id = f.id;  // the commands replace the masters
        const std::vector<Paragraph> paragraphs = paragraphsWithFields(text_->toPlainText());
        // What one Apply changed is one step.
        session_->undoStack()->beginMacro(tr("Edit Master Item"));
        if (moved)
            session_->push(new EditMasterItemCommand(session_, name, changed));
        if (retyped)
            session_->push(new EditMasterTextCommand(session_, name, id, paragraphs));
        session_->undoStack()->endMacro();
        showItems();
        return;
    }
}

}  // namespace paiban::editor
