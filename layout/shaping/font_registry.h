// Finds installed faces by family name and weight (through fontconfig, which knows the
// face index inside .ttc collections) and keeps each opened face once per process.
#pragma once

#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "shaping/font_face.h"

namespace paiban {

class FontRegistry {
public:
    // The process-wide registry; faces are immutable and shared across documents.
    static FontRegistry& shared();

    // The face whose family is exactly `family` (no substitution) nearest to `weight`,
    // or nullptr when no such family is installed.
    FontFacePtr face(const std::string& family, int weight = 400);

    // Faces tried, in order, for code points the styled face does not cover; the list
    // lives as long as the registry.
    const std::vector<FontFacePtr>& fallbacks(int weight = 400);

    // Fallback family names, in order of preference (CJK first, then Latin symbols).
    static const std::vector<std::string>& fallbackFamilies();

private:
    std::mutex mutex_;
    std::map<std::pair<std::string, int>, FontFacePtr> byRequest_;
    std::map<std::pair<std::string, unsigned>, FontFacePtr> byFile_;
    std::map<int, std::vector<FontFacePtr>> fallbacksByWeight_;  // asked once per paragraph
};

}  // namespace paiban
