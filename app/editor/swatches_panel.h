// The Swatches panel: the edition's named colours, each with its chip, its CMYK values
// and whether it is a spot colour; add, edit and delete (a swatch in use is not deleted:
// the panel says where it is used). Every change is a SwatchEditCommand.
#pragma once

#include <QWidget>
#include <functional>
#include <optional>

#include "model/document.h"

class QListWidget;
class QPushButton;

namespace paiban::editor {

class EditSession;

// The dialog that edits one swatch: name, C, M, Y, K in percent, spot or process.
std::optional<Swatch> editSwatchDialog(QWidget* parent, const QString& title, const Swatch& start);

class SwatchesPanel : public QWidget {
    Q_OBJECT
public:
    explicit SwatchesPanel(EditSession* session, QWidget* parent = nullptr);
    QListWidget* list() const { return list_; }
    // The edits, also for tests: each pushes a command, or says why it cannot.
    bool addSwatch(const Swatch& swatch, QString* why);
    bool changeSelected(const Swatch& swatch, QString* why);
    bool deleteSelected(QString* why);

private:
    QString refusal(const Swatch& swatch, const std::string& replacing) const;
    void refresh();
    bool push(const QString& text, const std::function<bool(Edition&, QString*)>& edit,
              QString* why);
    std::string selectedName() const;
    EditSession* session_;
    QListWidget* list_;
    QPushButton *add_, *edit_, *delete_;
    std::vector<Swatch> shown_;
};

}  // namespace paiban::editor
