// A story as a newsroom's story pool holds it (newsroom/story_pool.h): headline parts,
// byline and body paragraphs, with no styles; and how it becomes a story's paragraphs on a
// page and comes back from them. Headless, so the editor's placing and live updates and
// the command line's export of an edition mean the same.
#pragma once

#include <QStringList>
#include <optional>
#include <vector>

#include "model/document.h"

namespace paiban {

struct PoolText {
    QString kicker, headline, subhead, byline;  // 引题, 主题, 副题, 署名
    QStringList paragraphs;
    // 字数 as the desk counts it: the characters of the headline parts and the body,
    // without spaces.
    int characterCount() const;
    friend bool operator==(const PoolText&, const PoolText&) = default;
};

// The story's paragraphs for a pool text: each headline part and the byline in the style
// the story already gives that part (by the style's role) — a story with text shows only
// the parts it shows, so a body frame whose headline has a frame of its own keeps to the
// body; an empty story takes each part in the style sheet's first style of its role (a
// part with no style for its role is left off the page) —, then the body in the story's
// body styles, else the sheet's first body style, else "body".
std::vector<Paragraph> paragraphsOfPoolText(const PoolText& text, const Story& story,
                                            const StyleSheet& styles);

// The pool text a story on the page now stands for: its paragraphs read back by their
// styles' roles; a part the page does not show is `base`'s.
PoolText poolTextOfStory(const Story& story, const StyleSheet& styles, const PoolText& base);

// The story a text frame shows with a pool story placed in it (dragged from the story
// pool, or a newer revision of the story it already holds): its paragraphs from the pool
// text by their styles' roles (paragraphsOfPoolText), its link to the pool's story and
// revision; its thread, notes and name stay. What the editor's undo step and a live
// update mean.
Story storyWithPoolText(const Story& story, const PoolText& text, const PoolLink& link,
                        const StyleSheet& styles);

// A three-way merge of a story's text: what the page made of `base` (mine) and what
// someone saved over it meanwhile (theirs). Each headline part, and each paragraph when
// no side added or removed any, is taken from the side that changed it; nothing when
// both changed the same one (a conflict for a person to settle).
std::optional<PoolText> mergePoolTexts(const PoolText& base, const PoolText& mine,
                                       const PoolText& theirs);

// Which of `after`'s paragraphs differ from `before`'s, by index (paragraphs added at the
// end included): what a live update marks on the page.
std::vector<int> changedParagraphs(const std::vector<Paragraph>& before,
                                   const std::vector<Paragraph>& after);

}  // namespace paiban
