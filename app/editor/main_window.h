// The editor's main window: the page canvas, page navigation, zoom, the File menu
// (Open, Save, Save As, Export PDF) and the preflight list of diagnostics.
#pragma once

#include <QMainWindow>
#include <memory>

#include "display/edition_layout.h"
#include "model/document.h"

class QComboBox;
class QLabel;
class QListWidget;

namespace paiban::editor {

class PageView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow();
    ~MainWindow() override;

    bool openDocument(const QString& path);
    int currentPage() const { return page_; }
    int pageCount() const { return static_cast<int>(display_.pages.size()); }
    const EditionDisplay& display() const { return display_; }
    PageView* pageView() const { return view_; }

public Q_SLOTS:
    void open();
    bool save();
    bool saveAs();
    void exportPdf();
    void showPage(int index);
    void nextPage();
    void previousPage();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void relayout();
    void updateTitle();
    void updateDiagnostics();
    bool saveTo(const QString& path);

    std::optional<Edition> edition_;
    QString path_;
    std::unique_ptr<LayoutCache> cache_ = std::make_unique<LayoutCache>();
    EditionDisplay display_;
    int page_ = 0;

    PageView* view_ = nullptr;
    QComboBox* pageBox_ = nullptr;
    QLabel* zoomLabel_ = nullptr;
    QListWidget* diagnostics_ = nullptr;
};

}  // namespace paiban::editor
