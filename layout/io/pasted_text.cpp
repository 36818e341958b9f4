#include "io/pasted_text.h"

#include <QStringList>
#include <QTextDocumentFragment>

namespace paiban {
namespace {

bool isIndent(QChar c) {
    return c == QChar(0x3000) || c == u' ' || c == QChar(0x00A0);
}

// Latin letters or digits on both sides of a joined line keep a space between them.
bool needsSpace(const QString& before, const QString& after) {
    if (before.isEmpty() || after.isEmpty())
        return false;
    const QChar a = before.back(), b = after.front();
    return a.unicode() < 0x3000 && b.unicode() < 0x3000 && a.isLetterOrNumber() &&
           b.isLetterOrNumber();
}

}  // namespace

QString pastedText(const QString& plain, const QString& html, PasteLines mode) {
    QString text =
        html.trimmed().isEmpty() ? plain : QTextDocumentFragment::fromHtml(html).toPlainText();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (const QChar lineBreak :
         {QChar(u'\r'), QChar(0x2028), QChar(0x2029), QChar(0x000B), QChar(0x000C), QChar(0x0085)})
        text.replace(lineBreak, u'\n');
    text.replace(u'\t', u' ');
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n' || c.category() != QChar::Other_Control)
            clean += c;
    }
    QStringList paragraphs;
    bool startsNew = true;  // the next line starts a paragraph
    for (const QString& line : clean.split(u'\n')) {
        qsizetype indent = 0;
        while (indent < line.size() && isIndent(line[indent]))
            ++indent;
        const QString body = line.mid(indent).trimmed();
        if (body.isEmpty()) {
            startsNew = true;  // a blank line ends a paragraph
            continue;
        }
        if (mode == PasteLines::Joined && !startsNew && indent == 0 && !paragraphs.isEmpty()) {
            QString& last = paragraphs.last();
            last += (needsSpace(last, body) ? QStringLiteral(" ") : QString()) + body;
        } else {
            paragraphs << body;
        }
        startsNew = false;
    }
    return paragraphs.join(u'\n');
}

}  // namespace paiban
