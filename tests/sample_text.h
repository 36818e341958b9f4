// The sample's text for tests: the paragraphs of the real page in ../shared/sample,
// read from the bundled sample edition (built from it), so tests need nothing outside
// the repository.
#pragma once

#include <QStringList>
#include <vector>

namespace paiban::test {

QString sampleEditionPath();
QStringList sampleBodyParagraphs();  // paragraphs in the body style
QStringList sampleHeadlines();       // every paragraph in a headline style

// The rows of a corpus's expected.tsv (tests/data/NAME): each row's tab-separated fields,
// blank lines skipped.
std::vector<QStringList> corpusRows(const QString& name);
// A corpus folder's path.
QString corpusFolder(const QString& name);

}  // namespace paiban::test
