// Editions made in the tests of the articles' reading (the e-paper, the tagged PDF).
#pragma once

#include <QString>

#include "model/document.h"

namespace paiban::test {

// Two pages of 400 × 600 pt: a headline story over a body story that runs from a frame
// on the first page into one on the second (a 转版, with its jump lines), and a short
// story beside it. The body is `sentence` twelve times, in two paragraphs.
inline Edition storyAcrossPages(const QString& sentence) {
    Edition e;
    ParagraphStyle body;
    body.name = "正文";
    body.leadingPt = 13.5;
    ParagraphStyle head = body;
    head.name = "主题";
    head.sizePt = 18;
    head.leadingPt = 24;
    head.firstLineIndentEm = 0;
    e.styles.paragraphStyles = {body, head};
    Page page;
    page.widthPt = 400;
    page.heightPt = 600;
    page.margins = {40, 40, 40, 40};
    page.grid.baselinePt = 13.5;
    page.grid.baselineOffsetPt = 0.88 * 9;
    Page second = page;
    Frame h{"head-frame", FrameKind::Text, {40, 40, 200, 40}};
    Frame a{"body-1", FrameKind::Text, {40, 84, 200, 150}};
    a.columns = 2;
    a.gutterPt = 9;
    Frame beside{"beside-frame", FrameKind::Text, {260, 40, 100, 200}};
    Frame b{"body-2", FrameKind::Text, {40, 40, 320, 300}};
    page.frames = {h, a, beside};
    second.frames = {b};
    e.pages = {page, second};
    QString longText;
    for (int i = 0; i < 12; ++i)
        longText += sentence;
    e.stories = {
        Story{"turn-head",
              "转版稿",
              {Paragraph{"主题", {{QStringLiteral("跨版的稿件"), {}}}}},
              {"head-frame"}},
        Story{"turn",
              "转版稿",
              {Paragraph{"正文", {{longText, {}}}}, Paragraph{"正文", {{longText, {}}}}},
              {"body-1", "body-2"}},
        Story{"short", "短讯", {Paragraph{"正文", {{sentence, {}}}}}, {"beside-frame"}},
    };
    return e;
}

}  // namespace paiban::test
