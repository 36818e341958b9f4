#include "model/style.h"

#include "model/name_table.h"

namespace paiban {
using detail::nameOf;
using detail::NameTable;
using detail::valueOf;

namespace {

constexpr NameTable<Kinsoku, 4> kKinsokuNames{{{Kinsoku::None, "none"},
                                               {Kinsoku::Basic, "basic"},
                                               {Kinsoku::Gb, "gb"},
                                               {Kinsoku::Strict, "strict"}}};
constexpr NameTable<Hanging, 2> kHangingNames{{{Hanging::Off, "off"}, {Hanging::End, "end"}}};
constexpr NameTable<Alignment, 4> kAlignmentNames{{{Alignment::Justify, "justify"},
                                                   {Alignment::Start, "start"},
                                                   {Alignment::Center, "center"},
                                                   {Alignment::End, "end"}}};
constexpr NameTable<BreakerKind, 2> kBreakerNames{
    {{BreakerKind::TotalFit, "total"}, {BreakerKind::FirstFit, "first"}}};
constexpr NameTable<TextRole, 7> kTextRoleNames{{{TextRole::Body, "body"},
                                                 {TextRole::Kicker, "kicker"},
                                                 {TextRole::Headline, "headline"},
                                                 {TextRole::Subhead, "subhead"},
                                                 {TextRole::Byline, "byline"},
                                                 {TextRole::Caption, "caption"},
                                                 {TextRole::Other, "other"}}};

}  // namespace

const char* toString(Kinsoku v) {
    return nameOf(kKinsokuNames, v);
}
const char* toString(Hanging v) {
    return nameOf(kHangingNames, v);
}
const char* toString(Alignment v) {
    return nameOf(kAlignmentNames, v);
}
const char* toString(BreakerKind v) {
    return nameOf(kBreakerNames, v);
}
const char* toString(TextRole v) {
    return nameOf(kTextRoleNames, v);
}
std::optional<Kinsoku> kinsokuFromString(std::string_view s) {
    return valueOf(kKinsokuNames, s);
}
std::optional<Hanging> hangingFromString(std::string_view s) {
    return valueOf(kHangingNames, s);
}
std::optional<Alignment> alignmentFromString(std::string_view s) {
    return valueOf(kAlignmentNames, s);
}
std::optional<BreakerKind> breakerFromString(std::string_view s) {
    return valueOf(kBreakerNames, s);
}
std::optional<TextRole> textRoleFromString(std::string_view s) {
    return valueOf(kTextRoleNames, s);
}

}  // namespace paiban
