#include "display/edition_layout.h"

#include <QDir>
#include <QFileInfo>

namespace paiban {
namespace {

void appendFrameBackground(const Frame& f, const QString& documentDir,
                           std::vector<DisplayItem>* items, Diagnostics* diagnostics, int page) {
    switch (f.kind) {
        case FrameKind::Image: {
            const QString path = QDir(documentDir).absoluteFilePath(f.imagePath);
            const bool missing = !QFileInfo::exists(path);
            items->push_back(ImageItem{f.rect, path, missing});
            if (missing) {
                Diagnostic d{
                    DiagnosticKind::MissingImage,
                    QStringLiteral("image %1 of frame %2 is missing").arg(f.imagePath, f.id)};
                d.page = page;
                d.frameId = f.id;
                diagnostics->push_back(d);
            }
            if (f.stroke && f.strokeWidthPt > 0)
                items->push_back(BoxItem{f.rect, std::nullopt, f.stroke, f.strokeWidthPt});
            break;
        }
        case FrameKind::Box:
        case FrameKind::Text:
            if (f.fill || (f.stroke && f.strokeWidthPt > 0)) {
                items->push_back(BoxItem{f.rect, f.fill, f.stroke, f.strokeWidthPt});
            }
            break;
        case FrameKind::Rule:
            break;
    }
}

}  // namespace

void appendLineGlyphs(const MeasuredParagraph& p, const PlacedLine& line, double x, double baseline,
                      std::vector<DisplayItem>* items) {
    const auto& clusters = p.shaped.clusters;
    const char16_t* text = p.shaped.text.data();
    GlyphRunItem* current = nullptr;
    uint32_t runTextStart = 0;
    int currentRun = -1;
    auto finishRun = [&](uint32_t textEnd) {
        if (current)
            current->text = QString::fromUtf16(text + runTextStart,
                                               static_cast<qsizetype>(textEnd - runTextStart));
    };
    for (int c = line.span.start; c < line.span.end; ++c) {
        const ShapedCluster& cluster = clusters[static_cast<size_t>(c)];
        if (cluster.run != currentRun || !current) {
            finishRun(cluster.textStart);
            const FontRun& run = p.shaped.runs[cluster.run];
            GlyphRunItem item;
            item.face = run.face;
            item.sizePt = run.sizePt;
            item.color = run.color;
            items->push_back(std::move(item));
            current = &std::get<GlyphRunItem>(items->back());
            currentRun = cluster.run;
            runTextStart = cluster.textStart;
        }
        double gx = x + line.clusterX[static_cast<size_t>(c - line.span.start)];
        for (uint32_t g = cluster.glyphStart; g < cluster.glyphEnd; ++g) {
            const ShapedGlyph& glyph = p.shaped.glyphs[g];
            current->glyphs.push_back(glyph.id);
            current->positions.emplace_back(gx + glyph.xOffset, baseline - glyph.yOffset);
            current->clusters.push_back(cluster.textStart - runTextStart);
            gx += glyph.xAdvance;
        }
    }
    finishRun(clusters[static_cast<size_t>(line.span.end - 1)].textEnd);
}

EditionDisplay layoutEdition(const Edition& edition, const QString& documentDir,
                             FontRegistry& fonts, ParagraphCache& cache) {
    EditionDisplay out;
    out.pages.resize(edition.pages.size());
    std::vector<std::vector<DisplayItem>> text(edition.pages.size());
    for (size_t p = 0; p < edition.pages.size(); ++p) {
        const Page& page = edition.pages[p];
        PageDisplayList& list = out.pages[p];
        list.name = page.name;
        list.widthPt = page.widthPt;
        list.heightPt = page.heightPt;
        for (const Frame& f : page.frames) {
            appendFrameBackground(f, documentDir, &list.items, &out.diagnostics,
                                  static_cast<int>(p));
        }
    }
    cache.beginLayout();
    for (const Story& story : edition.stories) {
        StoryLayout layout = flowStory(edition, story, fonts, cache);
        for (const FlowedLine& line : layout.lines) {
            appendLineGlyphs(*line.paragraph, line.line, line.x, line.baseline,
                             &text[static_cast<size_t>(line.page)]);
        }
        if (layout.oversetParagraph >= 0 && !story.frameIds.empty()) {
            const auto [page, frame] = edition.frame(story.frameIds.back());
            if (frame) {
                text[static_cast<size_t>(page)].push_back(
                    OversetMarkItem{QPointF(frame->rect.right(), frame->rect.bottom()), story.id});
            }
        }
        out.diagnostics.insert(out.diagnostics.end(), layout.diagnostics.begin(),
                               layout.diagnostics.end());
    }
    cache.endLayout();
    for (size_t p = 0; p < edition.pages.size(); ++p) {
        auto& items = out.pages[p].items;
        std::move(text[p].begin(), text[p].end(), std::back_inserter(items));
        for (const Frame& f : edition.pages[p].frames) {
            if (f.kind != FrameKind::Rule)
                continue;
            items.push_back(RuleItem{QPointF(f.rect.x, f.rect.y),
                                     QPointF(f.rect.right(), f.rect.bottom()), f.strokeWidthPt,
                                     f.stroke.value_or(CmykColor{})});
        }
    }
    return out;
}

}  // namespace paiban
