// Words of today's news that ICU 72's Chinese dictionary does not know and splits (电|商,
// 签|约, 疫|情, 碳|达|峰…): a named table, merged back after ICU's word breaker, so that
// a double-click selects 电商 and Ctrl+Right steps over 签约.
#pragma once

#include <QString>
#include <vector>

namespace paiban {

// The table, longest words first.
const std::vector<QString>& newsroomWords();

// Word boundaries of `text` (UTF-16 offsets, 0 and the end included, ascending): ICU's,
// less those inside a word of the table.
std::vector<int> wordBoundaries(const QString& text);

}  // namespace paiban
