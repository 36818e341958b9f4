// The editor's panels beside the page: the pages of the edition (thumbnails; add,
// remove, reorder), the paragraph styles (edited in place; the pages reflow), and the
// properties of the selected frame. Each edit is a command on the session's stack.
#pragma once

#include <QStringList>
#include <QWidget>
#include <optional>

#include "model/document.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QCheckBox;
class QTimer;

namespace paiban::editor {

class ColourPicker;
class DeferredCall;
class EditSession;
class LengthBox;
class TypeSizeBox;

class PagesPanel : public QWidget {
    Q_OBJECT
public:
    explicit PagesPanel(EditSession* session, QWidget* parent = nullptr);
    void setCurrentPage(int page);
    QListWidget* list() const { return list_; }
    // Deletes the current page, asking first when it holds frames.
    void removeCurrentPage();

Q_SIGNALS:
    void pageActivated(int page);

private:
    void refresh();
    EditSession* session_;
    QListWidget* list_;
    QTimer* refreshTimer_;
    int current_ = 0;
};

class StylesPanel : public QWidget {
    Q_OBJECT
public:
    explicit StylesPanel(EditSession* session, QWidget* parent = nullptr);
    QListWidget* list() const { return list_; }
    QDoubleSpinBox* sizeBox() const;
    // The user's units changed (View › Units): the boxes show them.
    void applyUnits();
    QListWidget* characterList() const { return characterList_; }
    QSpinBox* characterWeightBox() const { return characterWeight_; }

private:
    void refresh();
    void showStyle();
    void edited();
    void showCharacterStyle();
    void characterEdited();
    EditSession* session_;
    QListWidget* list_;
    QLineEdit* font_;
    TypeSizeBox* size_;
    QDoubleSpinBox *leading_, *indent_;
    QComboBox *alignment_, *kinsoku_;
    // Character styles: each setting left at its "inherit" value takes the paragraph's.
    QListWidget* characterList_;
    QLineEdit* characterFont_;
    QSpinBox* characterWeight_;
    TypeSizeBox* characterSize_;
    ColourPicker *colour_, *characterColour_;  // swatch and tint
    std::optional<StyleSheet> shown_;          // the sheet the lists show
    std::vector<Swatch> shownSwatches_;        // the swatches the colour boxes offer
    bool updating_ = false;
};

class PropertiesPanel : public QWidget {
    Q_OBJECT
public:
    explicit PropertiesPanel(EditSession* session, QWidget* parent = nullptr);
    void setFrame(const QString& frameId);
    // The user's units changed (View › Units): the boxes show them.
    void applyUnits() { refresh(); }

private:
    void refresh();
    void edited();
    EditSession* session_;
    DeferredCall* refresh_;
    QString frameId_;
    QLabel* title_;
    LengthBox *x_, *y_, *width_, *height_, *gutter_, *standoff_;
    QSpinBox* columns_;
    QCheckBox* wrap_;
    QComboBox* fit_;
    // Boxes and rules: fill, border or rule colour and tint, weight, rule style.
    ColourPicker *fill_, *stroke_;
    QDoubleSpinBox* strokeWeight_;
    QComboBox* ruleStyle_;
    bool updating_ = false;
};

// The photos the edition links to: where each file is, whether it is found, its
// resolution as placed; a missing one is relinked to another file (a command).
class LinksPanel : public QWidget {
    Q_OBJECT
public:
    explicit LinksPanel(EditSession* session, QWidget* parent = nullptr);
    QListWidget* list() const { return list_; }
    // Points the selected link's frame at another file.
    void relinkSelected(const QString& path);

Q_SIGNALS:
    void frameActivated(int page, const QString& frameId);

private:
    void refresh();
    EditSession* session_;
    QListWidget* list_;
    QStringList shown_;  // the rows the list shows
};

}  // namespace paiban::editor
