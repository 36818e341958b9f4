#include "sample_text.h"

#include <QFile>

#include "io/document_io.h"

namespace paiban::test {

QString sampleEditionPath() {
    return QStringLiteral(PAIBAN_SOURCE_DIR "/resources/sample/weidu-weekly.paiban");
}

namespace {

QStringList paragraphsWhere(bool (*wanted)(const QString& style)) {
    const LoadResult loaded = loadEdition(sampleEditionPath());
    QStringList out;
    if (!loaded.edition)
        return out;
    for (const Story& story : loaded.edition->stories) {
        for (const Paragraph& p : story.paragraphs) {
            if (wanted(p.style))
                out << p.text();
        }
    }
    return out;
}

}  // namespace

QStringList sampleBodyParagraphs() {
    return paragraphsWhere([](const QString& style) { return style == QLatin1String("body"); });
}

QStringList sampleHeadlines() {
    return paragraphsWhere(
        [](const QString& style) { return style.startsWith(QLatin1String("headline")); });
}

QString corpusFolder(const QString& name) {
    return QStringLiteral(PAIBAN_SOURCE_DIR "/tests/data/") + name;
}

std::vector<QStringList> corpusRows(const QString& name) {
    QFile table(corpusFolder(name) + QStringLiteral("/expected.tsv"));
    std::vector<QStringList> rows;
    if (!table.open(QIODevice::ReadOnly))
        return rows;
    for (const QByteArray& row : table.readAll().split('\n')) {
        if (!row.trimmed().isEmpty())
            rows.push_back(QString::fromUtf8(row).split(u'\t'));
    }
    return rows;
}

}  // namespace paiban::test
