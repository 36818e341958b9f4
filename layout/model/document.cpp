#include "model/document.h"

#include <algorithm>

namespace paiban {

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

}  // namespace paiban
