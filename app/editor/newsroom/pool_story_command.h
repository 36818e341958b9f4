// A story from the newsroom's pool set into a story on the page: placed by a drop on its
// text frame, or a newer revision of the story it holds applied as it arrives. One undo
// step; what it means is layout/articles/pool_text's storyWithPoolText.
#pragma once

#include "articles/pool_text.h"
#include "editor/commands.h"

namespace paiban::editor {

class PoolStoryCommand : public StoryChangeCommand {
public:
    PoolStoryCommand(EditSession* session, const QString& storyId, const PoolText& text,
                     const PoolLink& link, const QString& undoText);
    // The story's paragraphs before and after (a live update marks those that differ).
    const std::vector<Paragraph>& paragraphsBefore() const { return before_.paragraphs; }
    const std::vector<Paragraph>& paragraphsAfter() const { return after_.paragraphs; }
};

}  // namespace paiban::editor
