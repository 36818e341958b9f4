// Fields (报眉 page numbers, the date, the section): text that layout fills in from where
// the story stands, so that moving a page renumbers its header.
#pragma once

#include "model/document.h"

namespace paiban {

// The value of a field for a story on the page with this index.
QString fieldValue(const Edition& edition, int pageIndex, TextField field);

// The story with each field run's text filled in for the page of its first frame.
Story withFieldsFilledIn(const Edition& edition, const Story& story);

}  // namespace paiban
