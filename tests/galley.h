// Galley proofs for tests: set text at a measure and read the lines back as text,
// "甲乙丙|丁戊", so that a failure prints the set lines beside the expected ones.
#pragma once

#include <QString>
#include <QStringList>

#include "compose/paragraph_composer.h"

namespace paiban::test {

struct Galley {
    MeasuredParagraph measured;
    std::vector<PlacedLine> lines;
    QStringList texts() const;
    QString proof() const { return texts().join(u'|'); }
};

// The body style of the tests: Noto Serif CJK SC 小五 (9 pt), the given kinsoku, no indent
// unless asked.
ParagraphStyle galleyStyle(Kinsoku kinsoku = Kinsoku::Gb, double indentEm = 0);

// Sets `text` at `measureEm` 字 in `style`.
Galley set(const QString& text, double measureEm, const ParagraphStyle& style);
inline Galley set(const QString& text, double measureEm, Kinsoku kinsoku = Kinsoku::Gb) {
    return set(text, measureEm, galleyStyle(kinsoku));
}

QString lineText(const MeasuredParagraph& p, const LineSpan& span);

}  // namespace paiban::test
