// File › Export E-paper…: where the e-paper (数字报) goes — a folder, NAME-电子版 beside
// the document at first, then the one last used for it — and how wide its page images
// are; then what was written, with the reader one click away in the browser.
#pragma once

#include <QDialog>

#include "epaper/epaper.h"

class QLineEdit;
class QSpinBox;

namespace paiban::editor {

class EpaperDialog : public QDialog {
    Q_OBJECT
public:
    // `documentPath`: the document's file, empty while it has never been saved.
    explicit EpaperDialog(const QString& documentPath, QWidget* parent = nullptr);
    QString folder() const;
    EpaperOptions options() const;
    // Keeps the choices for next time: called once the e-paper is written, so that a
    // folder that failed is not offered again.
    void remember() const;
    // NAME-电子版 beside the document (in the last folder used when it has no file yet).
    static QString defaultFolder(const QString& documentPath);

    // The page images' width as the dialog offers it, in pixels: below this a page's body
    // text cannot be made out even zoomed in; above it a 对开 page's JPEG passes ~10 MB,
    // too heavy for a reader on a phone.
    static constexpr int kMinPageWidthPx = 800;
    static constexpr int kMaxPageWidthPx = 4000;

private:
    void accept() override;
    void chooseFolder();

    QString documentPath_;
    QLineEdit* folder_;
    QSpinBox* pageWidth_;
};

// Says what an export wrote (pages, articles, where), offering to open its index.html in
// the browser; or why it failed.
void reportEpaper(QWidget* parent, const EpaperResult& result, const QString& folder);

}  // namespace paiban::editor
