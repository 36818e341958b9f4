#include "pdf/pdf_colours.h"

#include "render/painter_renderer.h"

namespace paiban::pdf {
namespace {

constexpr const char* kOverprintName = "GSop";

QByteArray cmykOperands(const CmykColor& c) {
    return num(c.c) + " " + num(c.m) + " " + num(c.y) + " " + num(c.k);
}

}  // namespace

double lumaOf(double red, double green, double blue) {
    return 0.299 * red + 0.587 * green + 0.114 * blue;
}

QByteArray PdfColours::operands(const QColor& rgb) const {
    if (model_ == ColourModel::Gray)
        return num(lumaOf(rgb));
    return num(rgb.redF()) + " " + num(rgb.greenF()) + " " + num(rgb.blueF());
}

QByteArray PdfColours::proofOperands(const QColor& rgb, bool stroking) const {
    const bool gray = model_ == ColourModel::Gray;
    return operands(rgb) + (gray ? (stroking ? " G " : " g ") : (stroking ? " RG " : " rg "));
}

QByteArray nameObject(const std::string& utf8) {
    QByteArray out = "/";
    for (const unsigned char ch : utf8) {
        const bool regular =
            ch > 0x20 && ch < 0x7f && !QByteArray("#()<>[]{}/%").contains(char(ch));
        if (regular)
            out += char(ch);
        else
            out += "#" + QByteArray::number(ch, 16).rightJustified(2, '0').toUpper();
    }
    return out;
}

QByteArray PdfColours::spotSpace(const Swatch& swatch) {
    auto it = spots_.find(swatch.name);
    if (it == spots_.end()) {
        const int id = file_.reserve();
        // Tint t of the spot shows as t × its alternate: C0 is no ink, C1 the full colour.
        file_.write(id, "[/Separation " + nameObject(swatch.name) +
                            " /DeviceCMYK << /FunctionType 2 /Domain [0 1] /C0 [0 0 0 0] /C1 [" +
                            cmykOperands(swatch.cmyk) + "] /N 1 >>]");
        const QByteArray resource = "CS" + QByteArray::number(static_cast<int>(spots_.size()));
        it = spots_.emplace(swatch.name, std::make_pair(resource, id)).first;
    }
    pageSpaces_[it->second.first] = it->second.second;
    return it->second.first;
}

QByteArray PdfColours::registrationStroke() {
    if (!registration_) {
        registration_ = file_.reserve();
        file_.write(registration_,
                    "[/Separation /All /DeviceCMYK << /FunctionType 2 /Domain [0 1] "
                    "/C0 [0 0 0 0] /C1 [1 1 1 1] /N 1 >>]");
    }
    pageSpaces_["CSAll"] = registration_;
    return "/CSAll CS 1 SCN ";
}

QByteArray PdfColours::set(const CmykColor& color, bool stroking) {
    // A proof shows a spot as the screen does: its alternate at the tint, which the
    // colour's own c, m, y, k already are.
    if (model_ != ColourModel::Cmyk)
        return proofOperands(screenColour(color), stroking);
    const Swatch* swatch = color.swatch.empty() ? nullptr : findSwatch(swatches_, color.swatch);
    if (swatch && swatch->spot) {
        const QByteArray space = spotSpace(*swatch);
        return "/" + space + (stroking ? " CS " : " cs ") + num(color.tintPct / 100) +
               (stroking ? " SCN " : " scn ");
    }
    QByteArray out;
    if (isSolidBlack(color)) {
        if (!overprintState_) {
            overprintState_ = file_.reserve();
            // OPM 1: a 0 in C, M or Y leaves that plate as it was, rather than clearing it.
            file_.write(overprintState_, "<< /Type /ExtGState /OP true /op true /OPM 1 >>");
        }
        pageOverprint_ = true;
        out = "/" + QByteArray(kOverprintName) + " gs ";
    }
    return out + cmykOperands(color) + (stroking ? " K " : " k ");
}

QByteArray PdfColours::pageResources() const {
    QByteArray out;
    if (!pageSpaces_.empty()) {
        out += "/ColorSpace << ";
        for (const auto& [name, id] : pageSpaces_)
            out += "/" + name + " " + QByteArray::number(id) + " 0 R ";
        out += ">> ";
    }
    if (pageOverprint_) {
        out += "/ExtGState << /" + QByteArray(kOverprintName) + " " +
               QByteArray::number(overprintState_) + " 0 R >> ";
    }
    return out;
}

}  // namespace paiban::pdf
