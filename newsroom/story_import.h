// A story filed as a text file (`paiban newsroom import-stories DIR`): in any encoding
// `paiban import` reads (UTF-8, UTF-16 by its BOM, GB18030/GBK), its headline parts on
// labelled lines at the top —
//     引题：… (or 肩题)   主题：… (or 标题)   副题：…   作者：… (or 署名)   栏目：… (or 版块)
// — or, without a 主题 line, its first line as the headline; then the body, a paragraph a
// line (blank lines and the indent of full-width spaces dropped). Its slug is the file's
// name without the extension.
#pragma once

#include <QByteArray>
#include <QString>

#include "articles/pool_text.h"

namespace paiban::newsroom {

struct StoryFile {
    QString slug, section;
    PoolText text;
    QString encoding;  // as decoded
    QString error;     // why the file cannot be taken (undecodable bytes, no text)
    bool ok() const { return error.isEmpty(); }
};

// `encoding` empty: as `paiban import` detects it (a BOM, else UTF-8, else GB18030);
// else that encoding (UTF-16LE without a BOM, GBK …).
StoryFile readStoryFile(const QByteArray& bytes, const QString& fileName,
                        const QString& encoding = {});

}  // namespace paiban::newsroom
