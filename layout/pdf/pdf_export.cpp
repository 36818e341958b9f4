#include "pdf/pdf_export.h"

#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QSaveFile>
#include <map>

#include "pdf/pdf_file.h"
#include "pdf/pdf_fonts.h"

namespace paiban {
namespace {

using pdf::num;

QByteArray cmyk(const CmykColor& c) {
    return num(c.c) + " " + num(c.m) + " " + num(c.y) + " " + num(c.k);
}

struct JpegInfo {
    int width = 0, height = 0, components = 0;
    bool adobe = false;  // an Adobe APP14 marker: CMYK stored inverted
};

// Reads the frame header of a baseline or progressive JPEG, so it can be passed through.
std::optional<JpegInfo> jpegInfo(const QByteArray& data) {
    if (data.size() < 4 || uint8_t(data[0]) != 0xFF || uint8_t(data[1]) != 0xD8)
        return std::nullopt;
    JpegInfo info;
    qsizetype i = 2;
    while (i + 4 <= data.size()) {
        if (uint8_t(data[i]) != 0xFF)
            return std::nullopt;
        const uint8_t marker = uint8_t(data[i + 1]);
        const int length = (uint8_t(data[i + 2]) << 8) | uint8_t(data[i + 3]);
        if (marker == 0xEE && data.mid(i + 4, 5) == "Adobe")
            info.adobe = true;
        const bool startOfFrame =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (startOfFrame && i + 9 < data.size()) {
            info.height = (uint8_t(data[i + 5]) << 8) | uint8_t(data[i + 6]);
            info.width = (uint8_t(data[i + 7]) << 8) | uint8_t(data[i + 8]);
            info.components = uint8_t(data[i + 9]);
            return info;
        }
        i += 2 + length;
    }
    return std::nullopt;
}

class PdfExporter {
public:
    explicit PdfExporter(const EditionDisplay& display) : display_(display) {}

    QByteArray run(const PdfMetadata& metadata, QString* error) {
        const int catalog = file_.reserve();
        const int pagesId = file_.reserve();
        const int info = file_.reserve();
        QByteArray kids;
        for (const PageDisplayList& page : display_.pages)
            kids += QByteArray::number(writePage(page, pagesId)) + " 0 R ";
        if (!fonts_.writeAll(file_, error))
            return {};
        file_.write(pagesId, "<< /Type /Pages /Kids [" + kids + "] /Count " +
                                 QByteArray::number(static_cast<qsizetype>(display_.pages.size())) +
                                 " >>");
        file_.write(catalog, "<< /Type /Catalog /Pages " + QByteArray::number(pagesId) + " 0 R >>");
        const QByteArray now =
            QDateTime::currentDateTimeUtc().toString("yyyyMMddHHmmss").toLatin1();
        file_.write(info, "<< /Title " + pdf::textString(metadata.title) + " /Creator " +
                              pdf::textString(metadata.creator) + " /Producer " +
                              pdf::textString("Paiban") + " /CreationDate (D:" + now +
                              "Z) /ModDate (D:" + now + "Z) /Trapped /False >>");
        return file_.finish(catalog, info);
    }

private:
    int writePage(const PageDisplayList& page, int parent) {
        height_ = page.heightPt;
        resources_.clear();
        QByteArray content;
        for (const DisplayItem& item : page.items) {
            std::visit([&](const auto& i) { content += draw(i); }, item);
        }
        const int contents = file_.reserve();
        file_.writeStream(contents, QByteArray(), content);
        QByteArray fonts, images;
        for (const auto& [name, id] : resources_) {
            (name.startsWith('F') ? fonts : images) +=
                "/" + name + " " + QByteArray::number(id) + " 0 R ";
        }
        const QByteArray box = "[0 0 " + num(page.widthPt) + " " + num(page.heightPt) + "]";
        const int id = file_.reserve();
        file_.write(id, "<< /Type /Page /Parent " + QByteArray::number(parent) + " 0 R /MediaBox " +
                            box + " /TrimBox " + box + " /Resources << /Font << " + fonts +
                            ">> /XObject << " + images + ">> >> /Contents " +
                            QByteArray::number(contents) + " 0 R >>");
        return id;
    }

    double y(double top) const { return height_ - top; }

    QByteArray rect(const Rect& r) const {
        return num(r.x) + " " + num(y(r.bottom())) + " " + num(r.width) + " " + num(r.height) +
               " re";
    }

    QByteArray draw(const BoxItem& box) {
        QByteArray out = "q ";
        if (box.fill)
            out += cmyk(*box.fill) + " k " + rect(box.rect) + " f ";
        if (box.stroke && box.strokeWidthPt > 0) {
            out +=
                num(box.strokeWidthPt) + " w " + cmyk(*box.stroke) + " K " + rect(box.rect) + " S ";
        }
        return out + "Q\n";
    }

    QByteArray draw(const RuleItem& rule) {
        return "q " + num(rule.widthPt) + " w 0 J " + cmyk(rule.color) + " K " +
               num(rule.from.x()) + " " + num(y(rule.from.y())) + " m " + num(rule.to.x()) + " " +
               num(y(rule.to.y())) + " l S Q\n";
    }

    QByteArray draw(const OversetMarkItem&) { return {}; }  // the editor's mark, not the press's

    QByteArray draw(const ImageItem& image) {
        const auto object = imageObject(image.path);
        if (!object) {  // a missing photo prints as a crossed grey box, never silently blank
            return "q 0 0 0 0.1 k " + rect(image.rect) + " f 0.5 w 0 0 0 0.5 K " +
                   rect(image.rect) + " S " + num(image.rect.x) + " " + num(y(image.rect.y)) +
                   " m " + num(image.rect.right()) + " " + num(y(image.rect.bottom())) + " l S Q\n";
        }
        // Where layout placed it, clipped to the frame.
        const Rect& placed = image.placed;
        resources_[object->name] = object->id;
        return "q " + rect(image.rect) + " W n " + num(placed.width) + " 0 0 " +
               num(placed.height) + " " + num(placed.x) + " " + num(y(placed.bottom())) + " cm /" +
               object->name + " Do Q\n";
    }

    QByteArray draw(const GlyphRunItem& run) {
        if (run.glyphs.empty() || !run.face)
            return {};
        const QByteArray font = fonts_.resourceName(run.face, file_);
        resources_[font] = fonts_.objectId(run.face);
        for (size_t i = 0; i < run.glyphs.size(); ++i) {
            const qsizetype start = run.clusters[i];
            const bool firstOfCluster = i == 0 || run.clusters[i - 1] != run.clusters[i];
            qsizetype end = run.text.size();
            for (size_t k = i + 1; k < run.glyphs.size(); ++k) {
                if (run.clusters[k] != run.clusters[i]) {
                    end = run.clusters[k];
                    break;
                }
            }
            fonts_.useGlyph(run.face, run.glyphs[i],
                            firstOfCluster ? run.text.mid(start, end - start) : QString());
        }
        QByteArray out = "BT /" + font + " " + num(run.sizePt) + " Tf " + cmyk(run.color) + " k\n";
        // One TJ per baseline: the positions become adjustments against the PDF widths.
        size_t i = 0;
        while (i < run.glyphs.size()) {
            const double baseline = run.positions[i].y();
            out += "1 0 0 1 " + num(run.positions[i].x()) + " " + num(y(baseline)) + " Tm [<";
            double pen = run.positions[i].x();
            size_t k = i;
            for (; k < run.glyphs.size() && run.positions[k].y() == baseline; ++k) {
                const double adjust = (run.positions[k].x() - pen) * 1000.0 / run.sizePt;
                if (k > i && std::abs(adjust) > 0.01)
                    out += "> " + num(-adjust) + " <";
                out += QByteArray::number(run.glyphs[k], 16).rightJustified(4, '0');
                pen = run.positions[k].x() +
                      fonts_.advance1000(run.face, run.glyphs[k]) * run.sizePt / 1000.0;
            }
            out += ">] TJ\n";
            i = k;
        }
        return out + "ET\n";
    }

    struct ImageObject {
        QByteArray name;
        int id = 0;
        int width = 0, height = 0;
    };

    std::optional<ImageObject> imageObject(const QString& path) {
        if (auto it = images_.find(path); it != images_.end())
            return it->second;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return std::nullopt;
        const QByteArray data = f.readAll();
        ImageObject object;
        object.name = "Im" + QByteArray::number(static_cast<qsizetype>(images_.size() + 1));
        object.id = file_.reserve();
        if (const auto jpeg = jpegInfo(data); jpeg && jpeg->components != 2) {
            object.width = jpeg->width;
            object.height = jpeg->height;
            const QByteArray space = jpeg->components == 1   ? "/DeviceGray"
                                     : jpeg->components == 4 ? "/DeviceCMYK"
                                                             : "/DeviceRGB";
            const QByteArray decode =
                jpeg->components == 4 && jpeg->adobe ? " /Decode [1 0 1 0 1 0 1 0]" : "";
            file_.writeRawStream(object.id,
                                 " /Type /XObject /Subtype /Image /Width " +
                                     QByteArray::number(jpeg->width) + " /Height " +
                                     QByteArray::number(jpeg->height) + " /ColorSpace " + space +
                                     " /BitsPerComponent 8" + decode + " /Filter /DCTDecode",
                                 data);
        } else {
            QImage image = QImage::fromData(data);
            if (image.isNull())
                return std::nullopt;
            image = image.convertToFormat(QImage::Format_RGB888);
            QByteArray pixels;
            for (int row = 0; row < image.height(); ++row) {
                pixels.append(reinterpret_cast<const char*>(image.constScanLine(row)),
                              image.width() * 3);
            }
            object.width = image.width();
            object.height = image.height();
            file_.writeStream(object.id,
                              " /Type /XObject /Subtype /Image /Width " +
                                  QByteArray::number(image.width()) + " /Height " +
                                  QByteArray::number(image.height()) +
                                  " /ColorSpace /DeviceRGB /BitsPerComponent 8",
                              pixels);
        }
        images_.emplace(path, object);
        return object;
    }

    const EditionDisplay& display_;
    pdf::PdfFile file_;
    pdf::FontEmbedder fonts_;
    std::map<QString, ImageObject> images_;
    std::map<QByteArray, int> resources_;
    double height_ = 0;
};

}  // namespace

QByteArray editionPdfBytes(const EditionDisplay& display, const PdfMetadata& metadata,
                           QString* error) {
    return PdfExporter(display).run(metadata, error);
}

bool writeEditionPdf(const EditionDisplay& display, const PdfMetadata& metadata,
                     const QString& path, QString* error) {
    const QByteArray bytes = editionPdfBytes(display, metadata, error);
    if (bytes.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

}  // namespace paiban
