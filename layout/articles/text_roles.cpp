#include <array>
#include <utility>

#include "articles/articles.h"

namespace paiban {
namespace {

// Style names as newsrooms write them, English (the sample's) and Chinese (the templates'
// and what 方正/华光 users call them), with the role each says. A name matches an entry
// when it is the entry, or starts with it followed by more (headline-lead, 报眉居右,
// 正文2), the longest entry winning: so 副标题 is a subhead although it starts like no
// headline, and 图片说明 a caption before 说明 is tried.
constexpr std::array<std::pair<const char*, TextRole>, 40> kRoleByStyleName{{
    {"body", TextRole::Body},
    {"intro", TextRole::Body},  // the lead paragraph (导语) is read with the text
    {"kicker", TextRole::Kicker},
    {"headline", TextRole::Headline},
    {"head", TextRole::Headline},
    {"title", TextRole::Headline},
    {"subhead", TextRole::Subhead},
    {"subtitle", TextRole::Subhead},
    {"byline", TextRole::Byline},
    {"caption", TextRole::Caption},
    {"label", TextRole::Other},
    {"masthead", TextRole::Other},
    {"folio", TextRole::Other},
    {"jump", TextRole::Other},
    {"正文", TextRole::Body},
    {"导语", TextRole::Body},
    {"小标题", TextRole::Body},  // a crosshead inside the text: read where it stands
    {"引题", TextRole::Kicker},
    {"肩题", TextRole::Kicker},
    {"眉题", TextRole::Kicker},
    {"主题", TextRole::Headline},
    {"主标题", TextRole::Headline},
    {"标题", TextRole::Headline},
    {"大标题", TextRole::Headline},
    {"副题", TextRole::Subhead},
    {"副标题", TextRole::Subhead},
    {"子题", TextRole::Subhead},
    {"作者", TextRole::Byline},
    {"署名", TextRole::Byline},
    {"图说", TextRole::Caption},
    {"图片说明", TextRole::Caption},
    {"说明", TextRole::Caption},
    {"报头", TextRole::Other},
    {"报眉", TextRole::Other},
    {"页码", TextRole::Other},
    {"版次", TextRole::Other},
    {"转版", TextRole::Other},
    {"转接", TextRole::Other},
    {"栏目", TextRole::Other},
    {"标签", TextRole::Other},
}};

}  // namespace

TextRole roleOfStyleName(const QString& name) {
    const QString key = name.trimmed().toLower();
    TextRole role = TextRole::Body;
    qsizetype longest = 0;
    for (const auto& [entry, entryRole] : kRoleByStyleName) {
        const QString e = QString::fromUtf8(entry);
        if (e.size() > longest && key.startsWith(e)) {
            role = entryRole;
            longest = e.size();
        }
    }
    return role;
}

TextRole roleOfStyle(const ParagraphStyle& style) {
    if (style.role)
        return *style.role;
    return roleOfStyleName(QString::fromStdString(style.name));
}

}  // namespace paiban
