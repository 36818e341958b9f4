// The newsroom's errors (newsroom/newsroom_error.h: a problem with arguments) and names
// (statuses of stories and pages) in the user's language; the command line prints the
// library's English instead.
#pragma once

#include <QString>

#include "newsroom/newsroom_error.h"
#include "newsroom/pages.h"
#include "newsroom/story_pool.h"

namespace paiban::editor {

// The error as a sentence (or a few) that says what to do about it.
QString wordedNewsroomError(const newsroom::Error& error);

// 采写, 编辑, 校对, 签发 — in English Reporting, Editing, Proofing, Approved.
QString wordedStatus(newsroom::StoryStatus status);
// 排版, 校对, 签发 — in English Layout, Proofing, Signed.
QString wordedStatus(newsroom::PageStatus status);
// A status as the schema names it (from an error's arguments), worded as above.
QString wordedStatusName(const QString& schemaName);

}  // namespace paiban::editor
