#include "model/swatches.h"

#include <QStringList>
#include <algorithm>

#include "model/document.h"

namespace paiban {
namespace {

CmykColor process(double c, double m, double y, double k) {
    CmykColor color;
    color.c = c, color.m = m, color.y = y, color.k = k;
    return color;
}

// Calls f on every colour of the edition, with a name for where it is.
template <typename E, typename F>
void forEachColour(E& edition, F&& f) {
    for (auto& s : edition.styles.paragraphStyles)
        f(s.color, QStringLiteral("paragraph style %1").arg(QString::fromStdString(s.name)));
    for (auto& s : edition.styles.characterStyles) {
        if (s.color)
            f(*s.color, QStringLiteral("character style %1").arg(QString::fromStdString(s.name)));
    }
    auto frames = [&](auto& list, const QString& where) {
        for (auto& frame : list) {
            if (frame.fill)
                f(*frame.fill, QStringLiteral("frame %1%2 (fill)").arg(frame.id, where));
            if (frame.stroke)
                f(*frame.stroke, QStringLiteral("frame %1%2 (stroke)").arg(frame.id, where));
        }
    };
    for (auto& page : edition.pages)
        frames(page.frames, QString());
    // A master's items print on every page that uses it.
    for (auto& master : edition.masters)
        frames(master.frames, QStringLiteral(" of master %1").arg(master.name));
}

QString reservedSpotMessage(const std::string& name) {
    return QStringLiteral(
               "a spot colour may not be named %1: PDF keeps that name for its own "
               "plates")
        .arg(QString::fromStdString(name));
}

}  // namespace

std::vector<Swatch> defaultSwatches() {
    return {
        {"黑", process(0, 0, 0, 1), false},
        {"报红", process(0, 1, 1, 0), false},
        {"底纹", process(0, 0, 0, 0.1), false},
        {"白", process(0, 0, 0, 0), false},
    };
}

bool isReservedSpotName(std::string_view name) {
    for (const char* reserved : {"Cyan", "Magenta", "Yellow", "Black", "All", "None"}) {
        if (name == reserved)
            return true;
    }
    return false;
}

const Swatch* findSwatch(const std::vector<Swatch>& swatches, std::string_view name) {
    const auto it = std::find_if(swatches.begin(), swatches.end(),
                                 [&](const Swatch& s) { return s.name == name; });
    return it == swatches.end() ? nullptr : &*it;
}

CmykColor swatchColor(const Swatch& swatch, double tintPct) {
    const double tint = tintPct / 100;
    CmykColor color = process(swatch.cmyk.c * tint, swatch.cmyk.m * tint, swatch.cmyk.y * tint,
                              swatch.cmyk.k * tint);
    color.swatch = swatch.name;
    color.tintPct = tintPct;
    return color;
}

void resolveColours(Edition& edition) {
    forEachColour(edition, [&](CmykColor& color, const QString&) {
        if (color.swatch.empty())
            return;
        if (const Swatch* s = findSwatch(edition.swatches, color.swatch))
            color = swatchColor(*s, color.tintPct);
    });
}

QStringList swatchUses(const Edition& edition, std::string_view name) {
    QStringList uses;
    forEachColour(edition, [&](const CmykColor& color, const QString& where) {
        if (color.swatch == name)
            uses << where;
    });
    return uses;
}

double totalAreaCoverage(const CmykColor& color) {
    return (color.c + color.m + color.y + color.k) * 100;
}

bool isSolidBlack(const CmykColor& color) {
    return color.c == 0 && color.m == 0 && color.y == 0 && color.k >= 1;
}

void giveDrawnFrameColours(Frame& frame, const std::vector<Swatch>& swatches) {
    auto colour = [&](const char* name, double k) {
        const Swatch* s = findSwatch(swatches, name);
        return s ? swatchColor(*s) : process(0, 0, 0, k);
    };
    if (frame.kind == FrameKind::Rule)
        frame.stroke = colour("黑", 1);
    if (frame.kind == FrameKind::Box)
        frame.fill = colour("底纹", 0.1);
}

SwatchRefusal checkSwatch(const Edition& edition, const Swatch& swatch,
                          std::string_view replacing) {
    if (!replacing.empty() && !findSwatch(edition.swatches, replacing))
        return SwatchRefusal::NoSuchSwatch;
    if (swatch.name.empty())
        return SwatchRefusal::NoName;
    if (swatch.name != replacing && findSwatch(edition.swatches, swatch.name))
        return SwatchRefusal::NameTaken;
    if (swatch.spot && isReservedSpotName(swatch.name))
        return SwatchRefusal::ReservedSpotName;
    return SwatchRefusal::None;
}

namespace {

// The English sentence for a refusal (the editor words the code itself).
QString refusalMessage(SwatchRefusal refusal, const std::string& name, std::string_view replacing) {
    switch (refusal) {
        case SwatchRefusal::None:
            break;
        case SwatchRefusal::NoName:
            return QStringLiteral("a swatch needs a name");
        case SwatchRefusal::NameTaken:
            return QStringLiteral("there is already a swatch named %1")
                .arg(QString::fromStdString(name));
        case SwatchRefusal::ReservedSpotName:
            return reservedSpotMessage(name);
        case SwatchRefusal::NoSuchSwatch:
            return QStringLiteral("there is no swatch named %1")
                .arg(QString::fromStdString(std::string(replacing)));
    }
    return {};
}

}  // namespace

bool addSwatch(Edition& edition, const Swatch& swatch, QString* why) {
    if (const SwatchRefusal refusal = checkSwatch(edition, swatch);
        refusal != SwatchRefusal::None) {
        *why = refusalMessage(refusal, swatch.name, {});
        return false;
    }
    Swatch added = swatch;
    added.cmyk.swatch.clear();
    added.cmyk.tintPct = 100;
    edition.swatches.push_back(added);
    return true;
}

bool changeSwatch(Edition& edition, std::string_view name, const Swatch& swatch, QString* why) {
    if (const SwatchRefusal refusal = checkSwatch(edition, swatch, name);
        refusal != SwatchRefusal::None) {
        *why = refusalMessage(refusal, swatch.name, name);
        return false;
    }
    auto it = std::find_if(edition.swatches.begin(), edition.swatches.end(),
                           [&](const Swatch& s) { return s.name == name; });
    const std::string oldName(name);
    *it = swatch;
    it->cmyk.swatch.clear();
    it->cmyk.tintPct = 100;
    forEachColour(edition, [&](CmykColor& color, const QString&) {
        if (color.swatch == oldName)
            color.swatch = swatch.name;
    });
    resolveColours(edition);
    return true;
}

bool deleteSwatch(Edition& edition, std::string_view name, QString* why) {
    auto it = std::find_if(edition.swatches.begin(), edition.swatches.end(),
                           [&](const Swatch& s) { return s.name == name; });
    if (it == edition.swatches.end()) {
        *why = QStringLiteral("there is no swatch named %1")
                   .arg(QString::fromStdString(std::string(name)));
        return false;
    }
    const QStringList uses = swatchUses(edition, name);
    if (!uses.isEmpty()) {
        *why = QStringLiteral("swatch %1 is in use: %2")
                   .arg(QString::fromStdString(std::string(name)), uses.join(QStringLiteral(", ")));
        return false;
    }
    edition.swatches.erase(it);
    return true;
}

}  // namespace paiban
