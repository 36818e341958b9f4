#include "editor/newsroom/pool_story_command.h"

#include "editor/edit_session.h"

namespace paiban::editor {

PoolStoryCommand::PoolStoryCommand(EditSession* session, const QString& storyId,
                                   const PoolText& text, const PoolLink& link,
                                   const QString& undoText)
    : StoryChangeCommand(session, storyId) {
    setText(undoText);
    after_ = storyWithPoolText(before_, text, link, session->edition().styles);
}

}  // namespace paiban::editor
