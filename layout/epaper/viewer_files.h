// The e-paper reader's files (viewer/index.html, viewer.css, viewer.js), carried in the
// engine as bytes generated at build time by viewer/embed.cmake.
#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace paiban {

struct ViewerFile {
    QString name;      // as written into the e-paper's folder
    QByteArray bytes;  // the file as committed; index.html is a template
};

std::vector<ViewerFile> epaperViewerFiles();

}  // namespace paiban
