#include "model/document.h"

#include <algorithm>

#include "model/name_table.h"

namespace paiban {
namespace {

constexpr detail::NameTable<VerticalAlign, 3> kVerticalAlignNames{
    {{VerticalAlign::Top, "top"},
     {VerticalAlign::Center, "center"},
     {VerticalAlign::Bottom, "bottom"}}};
constexpr detail::NameTable<ImageFit, 3> kImageFitNames{
    {{ImageFit::Fill, "fill"}, {ImageFit::Fit, "fit"}, {ImageFit::Manual, "manual"}}};
constexpr detail::NameTable<TextField, 6> kTextFieldNames{{{TextField::None, "none"},
                                                           {TextField::PageNumber, "page"},
                                                           {TextField::Date, "date"},
                                                           {TextField::Title, "title"},
                                                           {TextField::Section, "section"},
                                                           {TextField::Editor, "editor"}}};
constexpr detail::NameTable<RuleStyle, 4> kRuleStyleNames{{{RuleStyle::Solid, "solid"},
                                                           {RuleStyle::Dashed, "dashed"},
                                                           {RuleStyle::Dotted, "dotted"},
                                                           {RuleStyle::Double, "double"}}};

}  // namespace

const char* toString(VerticalAlign v) {
    return detail::nameOf(kVerticalAlignNames, v);
}
const char* toString(ImageFit v) {
    return detail::nameOf(kImageFitNames, v);
}
const char* toString(TextField v) {
    return detail::nameOf(kTextFieldNames, v);
}
std::optional<VerticalAlign> verticalAlignFromString(std::string_view s) {
    return detail::valueOf(kVerticalAlignNames, s);
}
std::optional<ImageFit> imageFitFromString(std::string_view s) {
    return detail::valueOf(kImageFitNames, s);
}
std::optional<TextField> textFieldFromString(std::string_view s) {
    return detail::valueOf(kTextFieldNames, s);
}
const char* toString(RuleStyle v) {
    return detail::nameOf(kRuleStyleNames, v);
}
std::optional<RuleStyle> ruleStyleFromString(std::string_view s) {
    return detail::valueOf(kRuleStyleNames, s);
}

const char* toString(FrameKind kind) {
    switch (kind) {
        case FrameKind::Text:
            return "text";
        case FrameKind::Image:
            return "image";
        case FrameKind::Box:
            return "box";
        case FrameKind::Rule:
            return "rule";
    }
    return "?";
}

QString Paragraph::text() const {
    QString all;
    for (const auto& run : runs)
        all += run.text;
    return all;
}

const ParagraphStyle* StyleSheet::paragraphStyle(const QString& name) const {
    const std::string key = name.toStdString();
    auto it = std::find_if(paragraphStyles.begin(), paragraphStyles.end(),
                           [&](const ParagraphStyle& s) { return s.name == key; });
    return it == paragraphStyles.end() ? nullptr : &*it;
}

const CharacterStyle* StyleSheet::characterStyle(const QString& name) const {
    const std::string key = name.toStdString();
    auto it = std::find_if(characterStyles.begin(), characterStyles.end(),
                           [&](const CharacterStyle& s) { return s.name == key; });
    return it == characterStyles.end() ? nullptr : &*it;
}

const Story* Edition::story(const QString& id) const {
    auto it =
        std::find_if(stories.begin(), stories.end(), [&](const Story& s) { return s.id == id; });
    return it == stories.end() ? nullptr : &*it;
}

std::pair<int, const Frame*> Edition::frame(const QString& id) const {
    for (size_t p = 0; p < pages.size(); ++p) {
        for (const auto& f : pages[p].frames) {
            if (f.id == id)
                return {static_cast<int>(p), &f};
        }
    }
    return {-1, nullptr};
}

Frame* Edition::mutableFrame(const QString& id) {
    for (auto& page : pages) {
        for (auto& f : page.frames) {
            if (f.id == id)
                return &f;
        }
    }
    return nullptr;
}

bool moveFrame(Edition& edition, const QString& id, double dx, double dy) {
    Frame* frame = edition.mutableFrame(id);
    if (!frame)
        return false;
    frame->rect.x += dx;
    frame->rect.y += dy;
    for (auto& page : edition.pages) {
        for (auto& f : page.frames) {
            if (f.captionOf == id && f.id != id) {
                f.rect.x += dx;
                f.rect.y += dy;
            }
        }
    }
    return true;
}

void frameToContent(Frame& frame, int pixelWidth, int pixelHeight) {
    if (frame.kind != FrameKind::Image || pixelWidth <= 0 || pixelHeight <= 0)
        return;
    frame.rect.height = frame.rect.width * pixelHeight / pixelWidth;
    frame.fit = ImageFit::Fill;
    frame.imageOffsetX = frame.imageOffsetY = 0;
}

}  // namespace paiban
