#include "text/newsroom_words.h"

#include <unicode/ubrk.h>

#include <algorithm>
#include <memory>

namespace paiban {
namespace {

// Checked against ICU 72 (Debian 12): each of these comes out of its word breaker in
// pieces. Newsroom vocabulary of economy, technology, health and policy reporting.
constexpr const char16_t* kWords[] = {
    u"电商",   u"签约",   u"带货",   u"网红",     u"疫情",       u"防控",     u"营商",
    u"新能源", u"碳达峰", u"碳中和", u"气凝胶",   u"融媒体",     u"云计算",   u"大数据",
    u"物联网", u"区块链", u"短视频", u"外卖",     u"骑手",       u"文旅",     u"双减",
    u"内卷",   u"点赞",   u"刷屏",   u"打卡",     u"网约车",     u"共享单车", u"直播间",
    u"元宇宙", u"芯片",   u"算力",   u"数智",     u"智慧城市",   u"新基建",   u"专精特新",
    u"稳就业", u"保民生", u"放管服", u"一网通办", u"最多跑一次",
};

}  // namespace

const std::vector<QString>& newsroomWords() {
    static const std::vector<QString> words = [] {
        std::vector<QString> out;
        for (const char16_t* w : kWords)
            out.push_back(QString::fromUtf16(w));
        std::stable_sort(out.begin(), out.end(),
                         [](const QString& a, const QString& b) { return a.size() > b.size(); });
        return out;
    }();
    return words;
}

std::vector<int> wordBoundaries(const QString& text) {
    std::vector<int> out{0};
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator* it = ubrk_open(UBRK_WORD, "zh", reinterpret_cast<const UChar*>(text.utf16()),
                                   static_cast<int32_t>(text.size()), &status);
    if (U_SUCCESS(status)) {
        for (int32_t at = ubrk_next(it); at != UBRK_DONE; at = ubrk_next(it))
            out.push_back(at);
    } else {
        out.push_back(static_cast<int>(text.size()));
    }
    ubrk_close(it);
    if (out.back() != text.size())
        out.push_back(static_cast<int>(text.size()));
    // A word of the table that starts and ends on ICU's boundaries: the boundaries inside
    // it go.
    std::vector<int> merged{0};
    for (size_t i = 0; i + 1 < out.size();) {
        size_t next = i + 1;
        for (const QString& word : newsroomWords()) {
            const int end = out[i] + static_cast<int>(word.size());
            const auto at = std::find(out.begin() + static_cast<long>(i) + 1, out.end(), end);
            if (at != out.end() && QStringView(text).mid(out[i], word.size()) == word) {
                next = static_cast<size_t>(at - out.begin());
                break;
            }
        }
        merged.push_back(out[next]);
        i = next;
    }
    return merged;
}

}  // namespace paiban
