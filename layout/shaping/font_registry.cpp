#include "shaping/font_registry.h"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cctype>

namespace paiban {
namespace {

bool sameFamily(std::string a, std::string b) {
    auto lower = [](std::string& s) {
        std::transform(s.begin(), s.end(), s.begin(),
                       [](unsigned char c) { return std::tolower(c); });
    };
    lower(a);
    lower(b);
    return a == b;
}

struct Located {
    std::string path;
    unsigned index = 0;
};

// Asks fontconfig for the best match and accepts it only if one of its family names is
// the one asked for: a silent substitution would drift metrics between machines.
std::optional<Located> locate(const std::string& family, int weight) {
    FcConfig* config = FcConfigGetCurrent();
    if (!config) {
        FcInit();
        config = FcConfigGetCurrent();
    }
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
    FcPatternAddInteger(pattern, FC_WEIGHT, FcWeightFromOpenType(weight));
    FcConfigSubstitute(config, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* match = FcFontMatch(config, pattern, &result);
    FcPatternDestroy(pattern);
    if (!match)
        return std::nullopt;
    std::optional<Located> found;
    bool familyMatches = false;
    FcChar8* name = nullptr;
    for (int i = 0; FcPatternGetString(match, FC_FAMILY, i, &name) == FcResultMatch; ++i) {
        if (sameFamily(reinterpret_cast<const char*>(name), family))
            familyMatches = true;
    }
    FcChar8* file = nullptr;
    int index = 0;
    if (familyMatches && FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch) {
        FcPatternGetInteger(match, FC_INDEX, 0, &index);
        found = Located{reinterpret_cast<const char*>(file), static_cast<unsigned>(index)};
    }
    FcPatternDestroy(match);
    return found;
}

}  // namespace

FontRegistry& FontRegistry::shared() {
    static FontRegistry registry;
    return registry;
}

const std::vector<std::string>& FontRegistry::fallbackFamilies() {
    static const std::vector<std::string> families{"Noto Serif CJK SC", "Noto Sans CJK SC",
                                                   "DejaVu Sans"};
    return families;
}

FontFacePtr FontRegistry::face(const std::string& family, int weight) {
    std::lock_guard lock(mutex_);
    const auto key = std::make_pair(family, weight);
    if (auto it = byRequest_.find(key); it != byRequest_.end())
        return it->second;
    FontFacePtr face;
    if (auto located = locate(family, weight)) {
        const auto fileKey = std::make_pair(located->path, located->index);
        if (auto it = byFile_.find(fileKey); it != byFile_.end()) {
            face = it->second;
        } else {
            face = FontFace::open(located->path, located->index);
            if (face)
                byFile_.emplace(fileKey, face);
        }
    }
    byRequest_.emplace(key, face);
    return face;
}

const std::vector<FontFacePtr>& FontRegistry::fallbacks(int weight) {
    {
        std::lock_guard lock(mutex_);
        if (auto it = fallbacksByWeight_.find(weight); it != fallbacksByWeight_.end())
            return it->second;
    }
    std::vector<FontFacePtr> faces;
    for (const auto& family : fallbackFamilies()) {
        if (auto f = face(family, weight))
            faces.push_back(std::move(f));
    }
    std::lock_guard lock(mutex_);
    // Another thread may have filled it meanwhile: the first list stays, so references
    // handed out remain valid (map entries never move).
    return fallbacksByWeight_.emplace(weight, std::move(faces)).first->second;
}

}  // namespace paiban
