// The sample's text for tests: the paragraphs of the real page in ../shared/sample,
// read from the bundled sample edition (built from it), so tests need nothing outside
// the repository.
#pragma once

#include <QStringList>

namespace paiban::test {

QString sampleEditionPath();
QStringList sampleBodyParagraphs();  // paragraphs in the body style
QStringList sampleHeadlines();       // every paragraph in a headline style

}  // namespace paiban::test
