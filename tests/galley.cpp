#include "galley.h"

#include "shaping/font_registry.h"

namespace paiban::test {

ParagraphStyle galleyStyle(Kinsoku kinsoku, double indentEm) {
    ParagraphStyle style;
    style.kinsoku = kinsoku;
    style.firstLineIndentEm = indentEm;
    return style;
}

QString lineText(const MeasuredParagraph& p, const LineSpan& span) {
    const uint32_t start = p.shaped.clusters[static_cast<size_t>(span.start)].textStart;
    const uint32_t end = p.shaped.clusters[static_cast<size_t>(span.end - 1)].textEnd;
    return QString::fromUtf16(p.shaped.text.data() + start, static_cast<qsizetype>(end - start));
}

QStringList Galley::texts() const {
    QStringList out;
    for (const auto& line : lines)
        out << lineText(measured, line.span);
    return out;
}

Galley set(const QString& text, double measureEm, const ParagraphStyle& style) {
    Galley g;
    std::u16string utf16 = toU16String(text);
    g.measured = measureText(std::move(utf16), {}, style, FontRegistry::shared());
    g.lines = composeLines(g.measured, style, {measureEm * style.sizePt});
    return g;
}

}  // namespace paiban::test
