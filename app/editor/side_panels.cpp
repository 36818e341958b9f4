#include "editor/side_panels.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <functional>

#include "editor/colour_picker.h"
#include "editor/commands.h"
#include "editor/deferred_call.h"
#include "editor/edit_session.h"
#include "editor/settings.h"
#include "editor/unit_boxes.h"
#include "model/grid.h"
#include "model/limits.h"
#include "render/painter_renderer.h"

namespace paiban::editor {
namespace {

// Thumbnails: tall enough to tell a page by its photos and headlines.
constexpr int kThumbnailHeightPx = 120;
// How long the page must stay unchanged before its thumbnail is drawn again.
constexpr int kThumbnailDelayMs = 400;

// The smallest frame side the boxes offer (a tenth of a millimetre: less would show as 0).
constexpr double kSmallestSidePt = 0.1 * 72 / 25.4;
// A box's value this close to the frame's is the frame's (the boxes hold thousandths of a
// point): a field not edited keeps the frame's value to the bit.
constexpr double kSameWithinPt = 0.001;
// The heaviest rule or border a document holds (io/json_reader reads strokeWidth to 100).
constexpr double kHeaviestStrokePt = 100;

// A length in the user's unit, within what a document may hold (model/limits.h): the
// least given, the most the longest length there is.
LengthBox* lengthBox(QWidget* parent, double leastPt) {
    auto* box = new LengthBox(parent, leastPt < 0);
    box->setRange(leastPt, limits::kLargestLengthPt);
    box->setUnit(settings::lengthUnit());
    return box;
}

// The names of the document's settings, in the user's language; the box keeps the file's
// own name as the item's data.
QString alignmentName(Alignment a) {
    switch (a) {
        case Alignment::Justify:
            return QCoreApplication::translate("paiban::editor::Names", "Justify");
        case Alignment::Start:
            return QCoreApplication::translate("paiban::editor::Names", "Left");
        case Alignment::Center:
            return QCoreApplication::translate("paiban::editor::Names", "Centre");
        case Alignment::End:
            return QCoreApplication::translate("paiban::editor::Names", "Right");
    }
    return {};
}

QString kinsokuName(Kinsoku k) {
    switch (k) {
        case Kinsoku::None:
            return QCoreApplication::translate("paiban::editor::Names", "None");
        case Kinsoku::Basic:
            return QCoreApplication::translate("paiban::editor::Names", "Basic");
        case Kinsoku::Gb:
            return QCoreApplication::translate("paiban::editor::Names", "GB (national standard)");
        case Kinsoku::Strict:
            return QCoreApplication::translate("paiban::editor::Names", "Strict");
    }
    return {};
}

QString fitName(ImageFit f) {
    switch (f) {
        case ImageFit::Fill:
            return QCoreApplication::translate("paiban::editor::Names", "Fill the frame");
        case ImageFit::Fit:
            return QCoreApplication::translate("paiban::editor::Names", "Fit in the frame");
        case ImageFit::Manual:
            return QCoreApplication::translate("paiban::editor::Names", "By hand");
    }
    return {};
}

QString kindName(FrameKind k) {
    switch (k) {
        case FrameKind::Text:
            return QCoreApplication::translate("paiban::editor::Names", "Text frame");
        case FrameKind::Image:
            return QCoreApplication::translate("paiban::editor::Names", "Image frame");
        case FrameKind::Box:
            return QCoreApplication::translate("paiban::editor::Names", "Box");
        case FrameKind::Rule:
            return QCoreApplication::translate("paiban::editor::Names", "Rule");
    }
    return {};
}

QString ruleStyleName(RuleStyle r) {
    switch (r) {
        case RuleStyle::Solid:
            return QCoreApplication::translate("paiban::editor::Names", "Solid");
        case RuleStyle::Dashed:
            return QCoreApplication::translate("paiban::editor::Names", "Dashed");
        case RuleStyle::Dotted:
            return QCoreApplication::translate("paiban::editor::Names", "Dotted");
        case RuleStyle::Double:
            return QCoreApplication::translate("paiban::editor::Names", "Double");
    }
    return {};
}

// Selects the item whose data is `name` (the file's own name of a setting).
void selectByData(QComboBox* box, const char* name) {
    box->setCurrentIndex(std::max(0, box->findData(QString::fromLatin1(name))));
}

QIcon thumbnail(const PageDisplayList& page) {
    const double scale = kThumbnailHeightPx / std::max(page.heightPt, 1.0);
    QImage image(qMax(1, qRound(page.widthPt * scale)), kThumbnailHeightPx, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.save();
    painter.scale(scale, scale);
    renderPage(painter, page);
    painter.restore();
    // An edge: an empty page is still a page, not white on white.
    painter.setPen(QColor(150, 150, 150));
    painter.drawRect(image.rect().adjusted(0, 0, -1, -1));
    return QIcon(QPixmap::fromImage(image));
}

// The pages' thumbnails: a page dragged onto another's place moves there (the panel moves
// the page in the edition; the list itself never reorders its items). The drag carries the
// page's index and which list it left, so a page dragged to another window is refused
// rather than taken for one of this edition's pages.
class PageList : public QListWidget {
public:
    PageList(QWidget* parent, std::function<void(int, int)> moved)
        : QListWidget(parent), moved_(std::move(moved)) {
        setDragEnabled(true);
        setAcceptDrops(true);
        setDropIndicatorShown(true);
        setDragDropMode(QAbstractItemView::DragDrop);
        setDefaultDropAction(Qt::MoveAction);
    }

protected:
    QStringList mimeTypes() const override { return {QString::fromLatin1(kPageMime)}; }

    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override {
        if (items.size() != 1)
            return nullptr;
        auto* data = new QMimeData;
        data->setData(QString::fromLatin1(kPageMime),
                      QStringLiteral("%1 %2").arg(listToken()).arg(row(items.front())).toLatin1());
        return data;
    }

    void dragEnterEvent(QDragEnterEvent* event) override { acceptIfOurs(event); }
    void dragMoveEvent(QDragMoveEvent* event) override { acceptIfOurs(event); }

    void dropEvent(QDropEvent* event) override {
        const int from = draggedRow(event->mimeData());
        if (from < 0) {
            event->ignore();
            return;
        }
        const QModelIndex target = indexAt(event->position().toPoint());
        const int to = target.isValid() ? target.row() : count() - 1;
        // The list's items are redrawn from the edition; Qt must not move or remove them.
        event->setDropAction(Qt::IgnoreAction);
        event->accept();
        if (to >= 0 && from != to)
            moved_(from, to);
    }

private:
    static constexpr const char* kPageMime = "application/x-paiban-page";

    QString listToken() const { return QString::number(reinterpret_cast<quintptr>(this), 16); }

    // The dragged page's row when the drag came from this list, else -1.
    int draggedRow(const QMimeData* data) const {
        if (!data)
            return -1;
        const QStringList parts =
            QString::fromLatin1(data->data(QString::fromLatin1(kPageMime))).split(QLatin1Char(' '));
        if (parts.size() != 2 || parts[0] != listToken())
            return -1;
        bool ok = false;
        const int from = parts[1].toInt(&ok);
        return ok && from >= 0 && from < count() ? from : -1;
    }

    void acceptIfOurs(QDragMoveEvent* event) {
        if (draggedRow(event->mimeData()) < 0) {
            event->ignore();
            return;
        }
        event->setDropAction(Qt::MoveAction);
        event->accept();
    }

    std::function<void(int, int)> moved_;
};

}  // namespace

// Pages ---------------------------------------------------------------------------------

PagesPanel::PagesPanel(EditSession* session, QWidget* parent) : QWidget(parent), session_(session) {
    list_ = new PageList(this, [this](int from, int to) {
        session_->push(new MovePageCommand(session_, from, to));
        Q_EMIT pageActivated(to);
    });
    list_->setViewMode(QListView::IconMode);
    list_->setIconSize(QSize(kThumbnailHeightPx, kThumbnailHeightPx));
    list_->setMovement(QListView::Snap);
    list_->setResizeMode(QListView::Adjust);
    auto* add = new QPushButton(tr("Add"), this);
    auto* remove = new QPushButton(tr("Delete"), this);
    auto* up = new QPushButton(tr("Earlier"), this);
    auto* down = new QPushButton(tr("Later"), this);
    // Two by two: the panel stays as narrow as two thumbnails side by side.
    auto* buttons = new QGridLayout;
    buttons->addWidget(add, 0, 0);
    buttons->addWidget(remove, 0, 1);
    buttons->addWidget(up, 1, 0);
    buttons->addWidget(down, 1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(list_, 1);
    layout->addLayout(buttons);
    connect(list_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != current_)
            Q_EMIT pageActivated(row);
    });
    // The buttons and the thumbnails' context menu do the same.
    auto* addAction = new QAction(tr("Add Page After"), this);
    auto* removeAction = new QAction(tr("Delete Page"), this);
    auto* earlierAction = new QAction(tr("Move Earlier"), this);
    auto* laterAction = new QAction(tr("Move Later"), this);
    connect(addAction, &QAction::triggered, this, [this] {
        session_->push(new AddPageCommand(session_, current_));
        Q_EMIT pageActivated(current_ + 1);  // the new page, shown
    });
    connect(removeAction, &QAction::triggered, this, &PagesPanel::removeCurrentPage);
    connect(earlierAction, &QAction::triggered, this, [this] {
        if (current_ > 0) {
            session_->push(new MovePageCommand(session_, current_, current_ - 1));
            Q_EMIT pageActivated(current_ - 1);
        }
    });
    connect(laterAction, &QAction::triggered, this, [this] {
        if (current_ + 1 < static_cast<int>(session_->edition().pages.size())) {
            session_->push(new MovePageCommand(session_, current_, current_ + 1));
            Q_EMIT pageActivated(current_ + 1);
        }
    });
    connect(add, &QPushButton::clicked, addAction, &QAction::trigger);
    connect(remove, &QPushButton::clicked, removeAction, &QAction::trigger);
    connect(up, &QPushButton::clicked, earlierAction, &QAction::trigger);
    connect(down, &QPushButton::clicked, laterAction, &QAction::trigger);
    list_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(list_, &QWidget::customContextMenuRequested, this,
            [this, addAction, removeAction, earlierAction, laterAction](const QPoint& at) {
                if (!session_->hasDocument())
                    return;
                // The page under the pointer is the one the menu is about.
                if (QListWidgetItem* item = list_->itemAt(at); item && list_->row(item) != current_)
                    Q_EMIT pageActivated(list_->row(item));
                const int pages = static_cast<int>(session_->edition().pages.size());
                earlierAction->setEnabled(current_ > 0);
                laterAction->setEnabled(current_ + 1 < pages);
                removeAction->setEnabled(pages > 1);
                QMenu menu(this);
                menu.addAction(addAction);
                menu.addAction(removeAction);
                menu.addSeparator();
                menu.addAction(earlierAction);
                menu.addAction(laterAction);
                menu.exec(list_->viewport()->mapToGlobal(at));
            });
    // Thumbnails are redrawn once typing pauses, not on every key.
    refreshTimer_ = new QTimer(this);
    refreshTimer_->setSingleShot(true);
    refreshTimer_->setInterval(kThumbnailDelayMs);
    connect(refreshTimer_, &QTimer::timeout, this, &PagesPanel::refresh);
    auto* refreshSoon = new DeferredCall(this, [this] { refresh(); });
    connect(session_, &EditSession::laidOut, this, [this, refreshSoon] {
        if (list_->count() != static_cast<int>(session_->display().pages.size()))
            refreshSoon->request();  // pages added or removed: as soon as the edit is done
        else
            refreshTimer_->start();
    });
}

// A page with frames on it goes only when the user says so (and Undo brings it back).
void PagesPanel::removeCurrentPage() {
    if (!session_->hasDocument())
        return;
    const auto& pages = session_->edition().pages;
    if (pages.size() <= 1) {
        QMessageBox::information(this, tr("Delete Page"),
                                 tr("An edition keeps at least one page."));
        return;
    }
    if (current_ < 0 || current_ >= static_cast<int>(pages.size()))
        return;
    const int frames = static_cast<int>(pages[static_cast<size_t>(current_)].frames.size());
    if (frames > 0 &&
        QMessageBox::question(
            this, tr("Delete Page"),
            tr("Page %1 holds %n frame(s). Delete the page with them? Their stories keep "
               "their text; Edit › Undo brings the page back.",
               nullptr, frames)
                .arg(pageNumber(session_->edition(), current_)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes) {
        return;
    }
    session_->push(new RemovePageCommand(session_, current_));
}

void PagesPanel::setCurrentPage(int page) {
    current_ = page;
    const QSignalBlocker block(list_);
    list_->setCurrentRow(page);
}

void PagesPanel::refresh() {
    const QSignalBlocker block(list_);
    const auto& pages = session_->display().pages;
    while (list_->count() > static_cast<int>(pages.size()))
        delete list_->takeItem(list_->count() - 1);
    for (size_t p = 0; p < pages.size(); ++p) {
        if (static_cast<int>(p) >= list_->count())
            list_->addItem(new QListWidgetItem);
        QListWidgetItem* item = list_->item(static_cast<int>(p));
        // The edition's number: a newsroom page is page N of its edition, alone.
        item->setText(tr("Page %1").arg(pageNumber(session_->edition(), static_cast<int>(p))));
        item->setIcon(thumbnail(pages[p]));
    }
    current_ = std::min(current_, list_->count() - 1);
    list_->setCurrentRow(current_);
}

// Styles ---------------------------------------------------------------------------------

StylesPanel::StylesPanel(EditSession* session, QWidget* parent)
    : QWidget(parent), session_(session) {
    list_ = new QListWidget(this);
    font_ = new QLineEdit(this);
    size_ = new TypeSizeBox(this);
    size_->setRange(limits::kSmallestFontSizePt, limits::kLargestFontSizePt);
    size_->setUnit(settings::typeSizeUnit());
    leading_ = new QDoubleSpinBox(this);
    leading_->setRange(0, limits::kLargestLeadingPt);
    leading_->setSuffix(QStringLiteral(" pt"));
    leading_->setKeyboardTracking(false);
    indent_ = new QDoubleSpinBox(this);
    indent_->setRange(0, limits::kLargestIndentEm);
    indent_->setSuffix(tr(" 字"));
    indent_->setKeyboardTracking(false);
    alignment_ = new QComboBox(this);
    for (Alignment a : {Alignment::Justify, Alignment::Start, Alignment::Center, Alignment::End})
        alignment_->addItem(alignmentName(a), QString::fromLatin1(toString(a)));
    kinsoku_ = new QComboBox(this);
    for (Kinsoku k : {Kinsoku::None, Kinsoku::Basic, Kinsoku::Gb, Kinsoku::Strict})
        kinsoku_->addItem(kinsokuName(k), QString::fromLatin1(toString(k)));
    colour_ = new ColourPicker(QString(), this);
    characterColour_ = new ColourPicker(tr("as the paragraph"), this);
    auto* form = new QFormLayout;
    form->addRow(tr("Font:"), font_);
    form->addRow(tr("Size:"), size_);
    form->addRow(tr("Leading:"), leading_);
    form->addRow(tr("First-line indent:"), indent_);
    form->addRow(tr("Alignment:"), alignment_);
    form->addRow(tr("Line-start rules:"), kinsoku_);
    form->addRow(tr("Colour:"), colour_);
    characterList_ = new QListWidget(this);
    characterFont_ = new QLineEdit(this);
    characterFont_->setPlaceholderText(tr("as the paragraph"));
    characterWeight_ = new QSpinBox(this);
    characterWeight_->setRange(0, limits::kHeaviestWeight);  // 0: as the paragraph
    characterWeight_->setSingleStep(100);
    characterWeight_->setSpecialValueText(tr("as the paragraph"));
    characterWeight_->setKeyboardTracking(false);
    characterSize_ = new TypeSizeBox(this);
    characterSize_->setRange(0, limits::kLargestFontSizePt);  // 0: as the paragraph
    characterSize_->setUnit(settings::typeSizeUnit());
    characterSize_->setSpecialValueText(tr("as the paragraph"));
    auto* characterForm = new QFormLayout;
    characterForm->addRow(tr("Font:"), characterFont_);
    characterForm->addRow(tr("Weight:"), characterWeight_);
    characterForm->addRow(tr("Size:"), characterSize_);
    characterForm->addRow(tr("Colour:"), characterColour_);
    connect(colour_, &ColourPicker::edited, this, &StylesPanel::edited);
    connect(characterColour_, &ColourPicker::edited, this, &StylesPanel::characterEdited);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(list_, 1);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Character styles:"), this));
    layout->addWidget(characterList_, 1);
    layout->addLayout(characterForm);
    connect(characterList_, &QListWidget::currentRowChanged, this,
            &StylesPanel::showCharacterStyle);
    connect(characterFont_, &QLineEdit::editingFinished, this, &StylesPanel::characterEdited);
    connect(characterWeight_, &QSpinBox::valueChanged, this, &StylesPanel::characterEdited);
    connect(characterSize_, &QDoubleSpinBox::valueChanged, this, &StylesPanel::characterEdited);
    connect(list_, &QListWidget::currentRowChanged, this, &StylesPanel::showStyle);
    connect(font_, &QLineEdit::editingFinished, this, &StylesPanel::edited);
    for (QDoubleSpinBox* box : std::initializer_list<QDoubleSpinBox*>{size_, leading_, indent_})
        connect(box, &QDoubleSpinBox::valueChanged, this, &StylesPanel::edited);
    for (QComboBox* box : {alignment_, kinsoku_})
        connect(box, &QComboBox::currentIndexChanged, this, &StylesPanel::edited);
    connect(session_, &EditSession::laidOut, new DeferredCall(this, [this] { refresh(); }),
            &DeferredCall::request);
}

QDoubleSpinBox* StylesPanel::sizeBox() const {
    return size_;
}

void StylesPanel::applyUnits() {
    const QSignalBlocker block(size_);
    const QSignalBlocker blockCharacter(characterSize_);
    size_->setUnit(settings::typeSizeUnit());
    characterSize_->setUnit(settings::typeSizeUnit());
}

void StylesPanel::refresh() {
    // Typing changes no style: the lists stay as they are (and keep their selection).
    if (session_->hasDocument() && shown_ && *shown_ == session_->edition().styles &&
        shownSwatches_ == session_->edition().swatches)
        return;
    shownSwatches_ = session_->hasDocument() ? session_->edition().swatches : std::vector<Swatch>{};
    shown_ = session_->hasDocument() ? std::optional(session_->edition().styles) : std::nullopt;
    const QSignalBlocker block(list_);
    const int row = std::max(0, list_->currentRow());
    list_->clear();
    for (const ParagraphStyle& s : session_->edition().styles.paragraphStyles)
        list_->addItem(QString::fromStdString(s.name));
    list_->setCurrentRow(std::min(row, list_->count() - 1));
    showStyle();
    const QSignalBlocker blockCharacters(characterList_);
    const int characterRow = std::max(0, characterList_->currentRow());
    characterList_->clear();
    for (const CharacterStyle& s : session_->edition().styles.characterStyles)
        characterList_->addItem(QString::fromStdString(s.name));
    characterList_->setCurrentRow(std::min(characterRow, characterList_->count() - 1));
    showCharacterStyle();
}

void StylesPanel::showCharacterStyle() {
    const auto& styles = session_->edition().styles.characterStyles;
    const int row = characterList_->currentRow();
    if (row < 0 || row >= static_cast<int>(styles.size()))
        return;
    const CharacterStyle& s = styles[static_cast<size_t>(row)];
    updating_ = true;
    characterFont_->setText(s.fontFamily ? QString::fromStdString(*s.fontFamily) : QString());
    characterWeight_->setValue(s.fontWeight.value_or(0));
    characterSize_->setValue(s.sizePt.value_or(0));
    characterColour_->show(session_->edition().swatches, s.color);
    updating_ = false;
}

void StylesPanel::characterEdited() {
    const auto& styles = session_->edition().styles.characterStyles;
    const int row = characterList_->currentRow();
    if (updating_ || row < 0 || row >= static_cast<int>(styles.size()))
        return;
    CharacterStyle s = styles[static_cast<size_t>(row)];
    s.fontFamily = characterFont_->text().isEmpty()
                       ? std::nullopt
                       : std::optional<std::string>(characterFont_->text().toStdString());
    // Between "as the paragraph" (0) and the lightest weight or smallest size there is
    // nothing a document may hold: a value typed there becomes the nearest that is.
    s.fontWeight =
        characterWeight_->value() > 0
            ? std::optional<int>(std::max(characterWeight_->value(), limits::kLightestWeight))
            : std::nullopt;
    s.sizePt =
        characterSize_->value() > 0
            ? std::optional<double>(std::max(characterSize_->value(), limits::kSmallestFontSizePt))
            : std::nullopt;
    s.color = characterColour_->colour();
    if (s == styles[static_cast<size_t>(row)])
        return;
    session_->push(new EditCharacterStyleCommand(session_, s));
}

void StylesPanel::showStyle() {
    const auto& styles = session_->edition().styles.paragraphStyles;
    const int row = list_->currentRow();
    if (row < 0 || row >= static_cast<int>(styles.size()))
        return;
    const ParagraphStyle& s = styles[static_cast<size_t>(row)];
    updating_ = true;
    font_->setText(QString::fromStdString(s.fontFamily));
    size_->setValue(s.sizePt);
    leading_->setValue(s.leading());
    indent_->setValue(s.firstLineIndentEm);
    selectByData(alignment_, toString(s.alignment));
    selectByData(kinsoku_, toString(s.kinsoku));
    colour_->show(session_->edition().swatches, s.color);
    updating_ = false;
}

void StylesPanel::edited() {
    const auto& styles = session_->edition().styles.paragraphStyles;
    const int row = list_->currentRow();
    if (updating_ || row < 0 || row >= static_cast<int>(styles.size()))
        return;
    ParagraphStyle s = styles[static_cast<size_t>(row)];
    s.fontFamily = font_->text().toStdString();
    s.sizePt = size_->value();
    s.leadingPt = leading_->value();
    s.firstLineIndentEm = indent_->value();
    s.alignment = alignmentFromString(alignment_->currentData().toString().toStdString())
                      .value_or(s.alignment);
    s.kinsoku =
        kinsokuFromString(kinsoku_->currentData().toString().toStdString()).value_or(s.kinsoku);
    s.color = colour_->colour().value_or(s.color);
    if (s == styles[static_cast<size_t>(row)])
        return;
    session_->push(new EditParagraphStyleCommand(session_, s));
}

// Properties ------------------------------------------------------------------------------

PropertiesPanel::PropertiesPanel(EditSession* session, QWidget* parent)
    : QWidget(parent), session_(session) {
    title_ = new QLabel(this);
    title_->setWordWrap(true);  // a long frame id wraps; it never widens the window
    const double farthest = -limits::kLargestLengthPt;
    x_ = lengthBox(this, farthest);
    y_ = lengthBox(this, farthest);
    width_ = lengthBox(this, kSmallestSidePt);  // a rule's may be 0: set in refresh()
    height_ = lengthBox(this, kSmallestSidePt);
    gutter_ = lengthBox(this, 0);
    standoff_ = lengthBox(this, 0);
    columns_ = new QSpinBox(this);
    columns_->setRange(1, limits::kMostColumns);
    columns_->setKeyboardTracking(false);
    wrap_ = new QCheckBox(tr("Text wraps around it"), this);
    fit_ = new QComboBox(this);
    for (ImageFit f : {ImageFit::Fill, ImageFit::Fit, ImageFit::Manual})
        fit_->addItem(fitName(f), QString::fromLatin1(toString(f)));
    fill_ = new ColourPicker(tr("None"), this);
    stroke_ = new ColourPicker(tr("None"), this);
    strokeWeight_ = new QDoubleSpinBox(this);
    strokeWeight_->setRange(0, kHeaviestStrokePt);
    strokeWeight_->setDecimals(2);
    strokeWeight_->setSingleStep(0.25);
    strokeWeight_->setSuffix(QStringLiteral(" pt"));
    strokeWeight_->setKeyboardTracking(false);
    ruleStyle_ = new QComboBox(this);
    for (RuleStyle r : {RuleStyle::Solid, RuleStyle::Dashed, RuleStyle::Dotted, RuleStyle::Double})
        ruleStyle_->addItem(ruleStyleName(r), QString::fromLatin1(toString(r)));
    auto* form = new QFormLayout(this);
    form->addRow(title_);
    form->addRow(tr("X:"), x_);
    form->addRow(tr("Y:"), y_);
    form->addRow(tr("Width:"), width_);
    form->addRow(tr("Height:"), height_);
    form->addRow(tr("Columns:"), columns_);
    form->addRow(tr("Gutter:"), gutter_);
    form->addRow(QString(), wrap_);
    form->addRow(tr("Standoff:"), standoff_);
    form->addRow(tr("Image fit:"), fit_);
    form->addRow(tr("Fill:"), fill_);
    form->addRow(tr("Stroke:"), stroke_);
    form->addRow(tr("Weight:"), strokeWeight_);
    form->addRow(tr("Line style:"), ruleStyle_);
    connect(fill_, &ColourPicker::edited, this, &PropertiesPanel::edited);
    connect(stroke_, &ColourPicker::edited, this, &PropertiesPanel::edited);
    connect(strokeWeight_, &QDoubleSpinBox::valueChanged, this, &PropertiesPanel::edited);
    connect(ruleStyle_, &QComboBox::currentIndexChanged, this, &PropertiesPanel::edited);
    for (QDoubleSpinBox* box : {x_, y_, width_, height_, gutter_, standoff_})
        connect(box, &QDoubleSpinBox::valueChanged, this, &PropertiesPanel::edited);
    connect(columns_, &QSpinBox::valueChanged, this, &PropertiesPanel::edited);
    connect(wrap_, &QCheckBox::toggled, this, &PropertiesPanel::edited);
    connect(fit_, &QComboBox::currentIndexChanged, this, &PropertiesPanel::edited);
    refresh_ = new DeferredCall(this, [this] { refresh(); });
    connect(session_, &EditSession::laidOut, refresh_, &DeferredCall::request);
    refresh();
}

void PropertiesPanel::setFrame(const QString& frameId) {
    frameId_ = frameId;
    refresh_->request();
}

void PropertiesPanel::refresh() {
    const Frame* f = session_->hasDocument() ? session_->edition().frame(frameId_).second : nullptr;
    setEnabled(f != nullptr);
    title_->setText(f ? tr("%1 “%2”").arg(kindName(f->kind), f->id) : tr("No frame selected."));
    if (!f)
        return;
    updating_ = true;
    // A rule's width or height is 0 (its direction); a frame's never is.
    const double leastSide = f->kind == FrameKind::Rule ? 0 : kSmallestSidePt;
    width_->setMinimum(leastSide);
    height_->setMinimum(leastSide);
    // 字 of the page's body size, 栏 of its grid.
    const int page = session_->edition().frame(frameId_).first;
    const Page& onPage = session_->edition().pages[static_cast<size_t>(page)];
    const LengthContext context{onPage.grid.bodySizePt, columnWidth(onPage), onPage.grid.gutterPt};
    for (LengthBox* box : {x_, y_, width_, height_, gutter_, standoff_}) {
        box->setContext(context);
        box->setUnit(settings::lengthUnit());
    }
    // Positions in 字 and 栏 count from the type area's edges, as the rulers do; down the
    // page, where there are no columns, 栏 means 字.
    x_->setPositionFrom(onPage.margins.left);
    y_->setPositionFrom(onPage.margins.top);
    if (settings::lengthUnit() == LengthUnit::Lan) {
        y_->setUnit(LengthUnit::Zi);
        height_->setUnit(LengthUnit::Zi);
    }
    x_->setValue(f->rect.x);
    y_->setValue(f->rect.y);
    width_->setValue(f->rect.width);
    height_->setValue(f->rect.height);
    columns_->setValue(f->columns);
    gutter_->setValue(f->gutterPt);
    wrap_->setChecked(f->wrapText);
    standoff_->setValue(f->wrapGapPt);
    selectByData(fit_, toString(f->fit));
    columns_->setEnabled(f->kind == FrameKind::Text);
    gutter_->setEnabled(f->kind == FrameKind::Text);
    fit_->setEnabled(f->kind == FrameKind::Image);
    const auto& swatches = session_->edition().swatches;
    fill_->show(swatches, f->fill);
    stroke_->show(swatches, f->stroke);
    strokeWeight_->setValue(f->strokeWidthPt);
    selectByData(ruleStyle_, toString(f->ruleStyle));
    fill_->setEnabled(f->kind != FrameKind::Rule);
    updating_ = false;
}

void PropertiesPanel::edited() {
    const Frame* f = session_->hasDocument() ? session_->edition().frame(frameId_).second : nullptr;
    if (updating_ || !f)
        return;
    // A box that still shows the frame's value (to its thousandths) keeps it to the bit.
    auto valueOf = [](const LengthBox* box, double current) {
        return std::abs(box->value() - current) < kSameWithinPt ? current : box->value();
    };
    const Rect rect{valueOf(x_, f->rect.x), valueOf(y_, f->rect.y), valueOf(width_, f->rect.width),
                    valueOf(height_, f->rect.height)};
    if (!(rect == f->rect)) {
        session_->push(new MoveFrameCommand(session_, frameId_, rect));
        return;
    }
    Frame after = *f;
    after.columns = columns_->value();
    after.gutterPt = valueOf(gutter_, f->gutterPt);
    after.wrapText = wrap_->isChecked();
    after.wrapGapPt = valueOf(standoff_, f->wrapGapPt);
    after.fit = imageFitFromString(fit_->currentData().toString().toStdString()).value_or(f->fit);
    if (f->kind != FrameKind::Rule)
        after.fill = fill_->colour();
    after.stroke = stroke_->colour();
    after.strokeWidthPt = std::abs(strokeWeight_->value() - f->strokeWidthPt) < kSameWithinPt
                              ? f->strokeWidthPt
                              : strokeWeight_->value();
    after.ruleStyle = ruleStyleFromString(ruleStyle_->currentData().toString().toStdString())
                          .value_or(f->ruleStyle);
    if (!(after == *f))
        session_->push(new FramePropertiesCommand(session_, after));
}

// Links ---------------------------------------------------------------------------------------

LinksPanel::LinksPanel(EditSession* session, QWidget* parent) : QWidget(parent), session_(session) {
    list_ = new QListWidget(this);
    auto* relink = new QPushButton(tr("Relink…"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(list_, 1);
    layout->addWidget(relink);
    connect(relink, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Relink Image"), session_->documentDir(),
                                         tr("Images (*.jpg *.jpeg *.png *.tif *.tiff)"));
        if (!path.isEmpty())
            relinkSelected(path);
    });
    connect(list_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT frameActivated(item->data(Qt::UserRole + 1).toInt(),
                              item->data(Qt::UserRole).toString());
    });
    connect(session_, &EditSession::laidOut, new DeferredCall(this, [this] { refresh(); }),
            &DeferredCall::request);
}

void LinksPanel::refresh() {
    struct Row {
        QString text, frameId;
        int page;
        bool missing;
    };
    std::vector<Row> rows;
    const auto& pages = session_->display().pages;
    for (size_t p = 0; p < pages.size(); ++p) {
        for (const DisplayItem& item : pages[p].items) {
            const auto* image = std::get_if<ImageItem>(&item);
            if (!image)
                continue;
            const QString name = QDir(session_->documentDir()).relativeFilePath(image->path);
            const QString status = image->tooLarge ? tr("too large to open")
                                   : image->missing
                                       ? tr("missing")
                                       : tr("%1 ppi").arg(qRound(image->effectivePpi()));
            rows.push_back(
                {tr("page %1 · %2 · %3").arg(pageNumber(static_cast<int>(p))).arg(name, status),
                 image->frameId, static_cast<int>(p), image->missing});
        }
    }
    // Typing changes no photo: the list stays as it is (and keeps its selection).
    QStringList texts;
    for (const Row& r : rows)
        texts << r.text + u'\x1f' + r.frameId;
    if (texts == shown_)
        return;
    shown_ = texts;
    const QString selected =
        list_->currentItem() ? list_->currentItem()->data(Qt::UserRole).toString() : QString();
    list_->clear();
    for (const Row& r : rows) {
        auto* row = new QListWidgetItem(r.text);
        row->setData(Qt::UserRole, r.frameId);
        row->setData(Qt::UserRole + 1, r.page);
        if (r.missing)
            row->setForeground(Qt::red);
        list_->addItem(row);
        if (r.frameId == selected)
            list_->setCurrentItem(row);
    }
}

void LinksPanel::relinkSelected(const QString& path) {
    if (!list_->currentItem())
        return;
    const QString frameId = list_->currentItem()->data(Qt::UserRole).toString();
    const Frame* frame = session_->edition().frame(frameId).second;
    if (!frame)
        return;
    Frame after = *frame;
    after.imagePath = QDir(session_->documentDir()).relativeFilePath(path);
    session_->push(new FramePropertiesCommand(session_, after));
}

}  // namespace paiban::editor
