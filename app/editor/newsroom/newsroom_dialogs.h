// The newsroom's dialogs: File › Connect to Newsroom… (the connection string, remembered
// without its password), File › Open Newsroom Page… (the editions and their pages, with
// each page's status, version and who holds it) and 版面 › History… (a page's versions).
#pragma once

#include <QDialog>
#include <optional>

#include "newsroom/pages.h"

class QLineEdit;
class QTreeWidget;
class QLabel;

namespace paiban::editor {

class NewsroomSession;

class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(const QString& connectionString, QWidget* parent = nullptr);
    QString connectionString() const;

private:
    QLineEdit* connection_;
};

class OpenPageDialog : public QDialog {
    Q_OBJECT
public:
    explicit OpenPageDialog(NewsroomSession* newsroom, QWidget* parent = nullptr);
    // The page chosen (0: none).
    qint64 pageId() const;

private:
    void fill();
    NewsroomSession* newsroom_;
    QTreeWidget* tree_;
    QLabel* problem_;
};

class HistoryDialog : public QDialog {
    Q_OBJECT
public:
    HistoryDialog(const std::vector<newsroom::PageVersion>& versions, int current,
                  QWidget* parent = nullptr);
    // The version chosen (0: none).
    int version() const;

private:
    QTreeWidget* tree_;
};

}  // namespace paiban::editor
