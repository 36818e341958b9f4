#include "editor/finding_wording.h"

#include <QCoreApplication>

namespace paiban::editor {
namespace {

QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("paiban::editor", text, nullptr, n);
}

// The argument at `i`, or an empty string when a finding carries fewer than its code
// promises (a mismatch shows as a gap, never a crash).
QString arg(const Finding& f, int i) {
    return i < f.args.size() ? f.args[i] : QString();
}

QString unreadableImage(const Finding& f) {
    const QString why = arg(f, 2);
    if (why == u"folder")
        return tr("image %1 of frame %2 cannot be read: it is a folder").arg(arg(f, 0), arg(f, 1));
    if (why == u"no-permission")
        return tr("image %1 of frame %2 cannot be read: no permission to read it")
            .arg(arg(f, 0), arg(f, 1));
    if (why == u"too-large")
        return tr("image %1 of frame %2 is too large to open (%3 × %4 pixels)")
            .arg(arg(f, 0), arg(f, 1), arg(f, 3), arg(f, 4));
    return tr("image %1 of frame %2 cannot be read: not an image Paiban can open (damaged, cut "
              "short, or another kind of file)")
        .arg(arg(f, 0), arg(f, 1));
}

// What a note asks, as the engine names it (delete …), in the user's language.
QString noteActionWord(const QString& code) {
    if (code == u"delete")
        return tr("delete");
    if (code == u"insert")
        return tr("insert");
    if (code == u"replace")
        return tr("replace");
    return tr("remark");
}

// A note's kind as the engine names it (typo …), in the user's language.
QString noteKindWord(const QString& code) {
    if (code == u"typo")
        return tr("typo");
    if (code == u"punctuation")
        return tr("punctuation");
    if (code == u"fact")
        return tr("fact");
    if (code == u"layout")
        return tr("layout");
    return tr("other");
}

QString inkSubject(const Finding& f) {
    const QString subject = arg(f, 0), name = arg(f, 1), colour = arg(f, 2);
    if (subject == u"paragraph-style")
        return tr("the colour %1 of paragraph style %2").arg(colour, name);
    if (subject == u"character-style")
        return tr("the colour %1 of character style %2").arg(colour, name);
    if (subject == u"frame-fill")
        return tr("the fill %1 of frame %2").arg(colour, name);
    return tr("the stroke %1 of frame %2").arg(colour, name);
}

}  // namespace

QString wordedFinding(const Finding& f) {
    const QString& k = f.kind;
    if (k == u"missing-glyph")
        return tr("缺字: no font has U+%1 “%2” (story %3, paragraph %4, character %5)")
            .arg(arg(f, 0), arg(f, 1), arg(f, 2), arg(f, 3), arg(f, 4));
    if (k == u"missing-font")
        return tr("font “%1” is not installed; story %2 uses a fallback").arg(arg(f, 0), arg(f, 1));
    if (k == u"overset")
        return tr("溢文: story %1 does not fit its frames; %2 characters are overset, from "
                  "paragraph %3")
            .arg(arg(f, 0), arg(f, 1), arg(f, 2));
    if (k == u"loose-line")
        return tr("story %1, paragraph %2: the line “%3” is loose (%4 em between characters)")
            .arg(arg(f, 0), arg(f, 1), arg(f, 2), arg(f, 3));
    if (k == u"overfull-line")
        return tr("story %1, paragraph %2: the line “%3” is wider than its column")
            .arg(arg(f, 0), arg(f, 1), arg(f, 2));
    if (k == u"prohibited-break")
        return tr("story %1, paragraph %2: the line “%3” breaks where the rules forbid (nothing "
                  "else fitted)")
            .arg(arg(f, 0), arg(f, 1), arg(f, 2));
    if (k == u"missing-image")
        return tr("image %1 of frame %2 is missing").arg(arg(f, 0), arg(f, 1));
    if (k == u"unreadable-image")
        return unreadableImage(f);
    if (k == u"damaged-image")
        return tr("image %1 of frame %2 is cut short or damaged: the press would print it half "
                  "drawn")
            .arg(arg(f, 0), arg(f, 1));
    if (k == u"low-resolution-image")
        return tr("image %1 of frame %2 prints at %3 ppi (%4 × %5 pixels over %6 mm); %7 ppi is "
                  "the least for the press")
            .arg(arg(f, 0), arg(f, 1), arg(f, 2), arg(f, 3), arg(f, 4), arg(f, 5), arg(f, 6));
    if (k == u"frame-off-page")
        return arg(f, 1) == u"outside"
                   ? tr("frame %1 lies off the page").arg(arg(f, 0))
                   : tr("frame %1 runs off the edge of the page").arg(arg(f, 0));
    if (k == u"story-not-placed")
        return arg(f, 1).isEmpty()
                   ? tr("story %1 is in no frame: none of it will print").arg(arg(f, 0))
                   : tr("story %1 (%2) is in no frame: none of it will print")
                         .arg(arg(f, 0), arg(f, 1));
    if (k == u"open-note")
        return tr("note %1 (%2) on “%3” is still open: %4")
            .arg(arg(f, 0), noteKindWord(arg(f, 1)), arg(f, 2),
                 arg(f, 3).isEmpty() ? noteActionWord(arg(f, 4)) : arg(f, 3));
    if (k == u"ink-limit-colour")
        return tr("%1 puts down %2 % of ink; the press takes at most %3 %")
            .arg(inkSubject(f), arg(f, 3), arg(f, 4));
    if (k == u"ink-limit-photo")
        return tr("photo %1 puts down up to %2 % of ink once converted to the press's CMYK; the "
                  "press takes at most %3 %")
            .arg(arg(f, 0), arg(f, 1), arg(f, 2));
    if (k == u"rgb-image")
        return tr("photo %1 is RGB: export converts it to the press's CMYK").arg(arg(f, 0));
    return f.message;
}

QString wordedLoadErrors(const Diagnostics& errors) {
    QStringList lines;
    for (const Diagnostic& d : errors) {
        if (d.args.size() < 3) {  // a problem without its code: the engine's sentence
            lines << d.message;
            continue;
        }
        QString text = QCoreApplication::translate("paiban::ReadProblem", d.args[2].toUtf8());
        // Arguments the reader words itself (what a value is: "a string", "a page") are
        // marked in the same context; anything else (ids, numbers) comes back unchanged.
        for (qsizetype i = 3; i < d.args.size(); ++i)
            text = text.arg(QCoreApplication::translate("paiban::ReadProblem", d.args[i].toUtf8()));
        lines << (d.args[1].isEmpty() ? tr("%1: %2").arg(d.args[0], text)
                                      : tr("%1: %2: %3").arg(d.args[0], d.args[1], text));
    }
    return lines.join(u'\n');
}

QString wordedFindingWithPlace(const Finding& f) {
    QString place;
    if (f.page >= 0 && !f.frameId.isEmpty())
        place = tr("page %1, frame %2").arg(pageNumber(f.page)).arg(f.frameId);
    else if (f.page >= 0)
        place = tr("page %1").arg(pageNumber(f.page));
    else if (!f.frameId.isEmpty())
        place = tr("frame %1").arg(f.frameId);
    else if (!f.storyId.isEmpty())
        place = tr("story %1").arg(f.storyId);
    const QString text = wordedFinding(f);
    return place.isEmpty() ? text : tr("%1: %2").arg(place, text);
}

}  // namespace paiban::editor
