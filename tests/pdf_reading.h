// A PDF written and read back for a test: its text compared line by line, its streams
// expanded (qpdf), its images listed (pdfimages). What a reader sees, never our own bytes
// only.
#pragma once

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <algorithm>

#include "articles/articles.h"
#include "display/edition_layout.h"
#include "pdf/pdf_export.h"
#include "shaping/font_registry.h"
#include "tool_runner.h"

namespace paiban::test {

// Where two texts first differ, line by line, or empty when they are equal: a failure
// says which line, not two pages of text.
inline QString firstDifference(const QString& got, const QString& wanted) {
    const QStringList a = got.split(u'\n'), b = wanted.split(u'\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i)) {
            return QStringLiteral("line %1:\n  got:    %2\n  wanted: %3")
                .arg(i + 1)
                .arg(a.value(i), b.value(i));
        }
    }
    return {};
}

// The Kangxi radicals (U+2F00–U+2FDF) in a text, which QPdfWriter's ToUnicode gave for
// 一 月 日 目 …: a text copied from a proof must have none the sample did not type.
inline QString kangxiRadicalsIn(const QString& text) {
    QString found;
    for (const char32_t c : text.toUcs4()) {
        if (c >= 0x2F00 && c <= 0x2FDF)
            found += QString::fromUcs4(&c, 1);
    }
    return found;
}

// A PDF with every stream decompressed (qpdf's QDF form), as text to search.
inline QString expandedPdf(const QString& path) {
    const QString expanded = path + QStringLiteral(".qdf");
    if (runTool("qpdf", {"--qdf", "--object-streams=disable", path, expanded}).exitCode != 0)
        return {};
    QFile file(expanded);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()) : QString();
}

// pdfimages -list, a row of columns per image.
inline QList<QStringList> imageRows(const QString& path) {
    QList<QStringList> rows;
    const QStringList lines =
        runTool("pdfimages", {"-list", path}).out.split(u'\n', Qt::SkipEmptyParts).mid(2);
    for (const QString& line : lines)
        rows << line.simplified().split(u' ');
    return rows;
}

// The edition laid out and written to `path` as a PDF; the writer's error, or empty.
inline QString exportEdition(const Edition& edition, const QString& documentDir,
                             const QString& path, const PdfOptions& options = {}) {
    LayoutCache cache;
    const EditionDisplay display =
        layoutEdition(edition, documentDir, FontRegistry::shared(), cache);
    QString error;
    PdfMetadata metadata;
    metadata.title = edition.title;
    metadata.articles = articlesOf(edition, display, documentDir);
    return writeEditionPdf(display, metadata, options, path, &error) ? QString() : error;
}

inline QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace paiban::test
