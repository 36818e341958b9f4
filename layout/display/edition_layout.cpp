#include "display/edition_layout.h"

#include <limits>

#include <QDir>
#include <QFileInfo>
#include <atomic>
#include <future>
#include <thread>

#include "display/image_header.h"
#include "flow/regions.h"
#include "model/image_crop.h"
#include "model/masters.h"

namespace paiban {
namespace {

// The most pixels an image may have before Paiban refuses to decode it: a 60-megapixel
// camera's photo is a quarter of this; anything larger is a mistake or a decompression
// bomb (a small file that would unpack into gigabytes).
constexpr qint64 kMaxImagePixels = 250'000'000;

ImageItem imageItem(const Frame& f, const QString& documentDir) {
    ImageItem item;
    item.rect = f.rect;
    item.path = QDir(documentDir).absoluteFilePath(f.imagePath);
    item.frameId = f.id;
    item.pixels = imagePixelSize(item.path);  // its header only
    item.tooLarge = qint64(item.pixels.width()) * item.pixels.height() > kMaxImagePixels;
    item.missing = item.pixels.isEmpty() || item.tooLarge;
    item.placed = imageRectInFrame(f, item.pixels.width(), item.pixels.height());
    return item;
}

void appendFrameBackground(const Frame& f, const QString& documentDir,
                           std::vector<DisplayItem>* items, Diagnostics* diagnostics, int page) {
    switch (f.kind) {
        case FrameKind::Image: {
            ImageItem image = imageItem(f, documentDir);
            if (image.missing) {
                // A file that is there but cannot be opened is another fix than a file
                // that is not there (relink it, or have the photo desk send it again).
                const QFileInfo file(image.path);
                const bool exists = file.exists();
                QString why =
                    QStringLiteral("image %1 of frame %2 is missing").arg(f.imagePath, f.id);
                QStringList args{f.imagePath, f.id};
                if (exists) {
                    const char* reason = file.isDir()         ? "folder"
                                         : !file.isReadable() ? "no-permission"
                                         : image.tooLarge     ? "too-large"
                                                              : "damaged";
                    args << QString::fromLatin1(reason);
                    why = QStringLiteral("image %1 of frame %2 cannot be read: %3")
                              .arg(f.imagePath, f.id,
                                   file.isDir() ? QStringLiteral("it is a folder")
                                   : !file.isReadable()
                                       ? QStringLiteral("no permission to read it")
                                       : QStringLiteral("not an image Paiban can open "
                                                        "(damaged, cut short, or another "
                                                        "kind of file)"));
                }
                if (image.tooLarge) {
                    why = QStringLiteral(
                              "image %1 of frame %2 is too large to open (%3 × %4 "
                              "pixels)")
                              .arg(f.imagePath, f.id)
                              .arg(image.pixels.width())
                              .arg(image.pixels.height());
                    args << QString::number(image.pixels.width())
                         << QString::number(image.pixels.height());
                }
                Diagnostic d{
                    exists ? DiagnosticKind::UnreadableImage : DiagnosticKind::MissingImage, why};
                d.args = args;
                d.page = page;
                d.frameId = f.id;
                d.area = f.rect;
                diagnostics->push_back(d);
            }
            items->push_back(std::move(image));
            if (f.stroke && f.strokeWidthPt > 0)
                items->push_back(
                    BoxItem{f.rect, std::nullopt, f.stroke, f.strokeWidthPt, f.ruleStyle});
            break;
        }
        case FrameKind::Box:
        case FrameKind::Text:
            if (f.fill || (f.stroke && f.strokeWidthPt > 0)) {
                items->push_back(BoxItem{f.rect, f.fill, f.stroke, f.strokeWidthPt, f.ruleStyle});
            }
            break;
        case FrameKind::Rule:
            break;
    }
}

// 栏线: a hairline down the middle of each gutter of a text frame that asks for them.
void appendColumnRules(const Frame& f, std::vector<DisplayItem>* items) {
    if (f.kind != FrameKind::Text || !f.columnRules || f.columns < 2)
        return;
    const double columnWidth = (f.rect.width - (f.columns - 1) * f.gutterPt) / f.columns;
    for (int c = 1; c < f.columns; ++c) {
        const double x = f.rect.x + c * columnWidth + (c - 0.5) * f.gutterPt;
        items->push_back(RuleItem{QPointF(x, f.rect.y), QPointF(x, f.rect.bottom()), 0.5, {}});
    }
}

// Everything a story's layout depends on besides the style sheet: its text, and for
// each frame of its thread the frame, the frames that may wrap it, and its page.
struct ThreadFrame {
    int page = -1;
    int indexOnPage = -1;
    Frame frame;
    std::vector<std::pair<int, Frame>> wrapping;  // index on the page, frame
    Margins margins;
    ColumnGrid grid;
    QString section, editor;
    friend bool operator==(const ThreadFrame&, const ThreadFrame&) = default;
};

struct StoryInputs {
    Story story;
    bool masterItem = false;  // a master item's story (报头, 报眉), laid out on a page
    std::vector<ThreadFrame> thread;
    QString date, title;
    friend bool operator==(const StoryInputs&, const StoryInputs&) = default;
};

StoryInputs inputsOf(const Edition& edition, const Story& story, bool masterItem) {
    StoryInputs in{story, masterItem, {}, edition.date, edition.title};
    for (const QString& id : story.frameIds) {
        ThreadFrame t;
        const auto [pageIndex, frame] = edition.frame(id);
        t.page = pageIndex;
        if (frame) {
            const Page& page = edition.pages[static_cast<size_t>(pageIndex)];
            t.indexOnPage = static_cast<int>(frame - page.frames.data());
            t.frame = *frame;
            for (size_t i = 0; i < page.frames.size(); ++i) {
                if (page.frames[i].wrapText)
                    t.wrapping.push_back({static_cast<int>(i), page.frames[i]});
            }
            t.margins = page.margins;
            t.grid = page.grid;
            t.section = page.section;
            t.editor = page.editor;
        }
        in.thread.push_back(std::move(t));
    }
    return in;
}

}  // namespace

struct LayoutCache::StoryEntry {
    StoryInputs inputs;
    // Page index, the frame it stands in (its stacking place), and the text or mark.
    std::vector<std::tuple<int, QString, DisplayItem>> items;
    Diagnostics diagnostics;
    bool used = false;
    // Where the story's text stands, for the editor (hit testing, the caret).
    std::shared_ptr<const StoryLines> index;
    // The story's lines keep its measured paragraphs in the paragraph cache while the
    // story is reused.
    std::vector<FlowedLine> lines;
};

namespace {

// A story set afresh: its lines turned into glyph runs per page, its overset mark.
LayoutCache::StoryEntry setStory(const Edition& edition, const Story& story, StoryInputs inputs,
                                 FontRegistry& fonts, ParagraphCache& paragraphs) {
    LayoutCache::StoryEntry entry{std::move(inputs), {}, {}, false, {}, {}};
    StoryLayout layout = flowStory(edition, story, fonts, paragraphs);
    std::vector<DisplayItem> lineItems;
    int lineInStory = 0;
    for (const FlowedLine& line : layout.lines) {
        lineItems.clear();
        appendLineGlyphs(*line.paragraph, line.line, line.x, line.baseline, &lineItems);
        for (auto& item : lineItems) {
            auto& run = std::get<GlyphRunItem>(item);
            run.storyId = story.id;
            run.paragraph = line.paragraphIndex;
            run.line = lineInStory;
            run.masterItem = entry.inputs.masterItem;
            entry.items.emplace_back(line.page, line.frameId, std::move(item));
        }
        ++lineInStory;
    }
    std::optional<std::pair<int, Rect>> firstFrame;
    if (!story.frameIds.empty()) {
        if (const auto [page, frame] = edition.frame(story.frameIds.front()); frame)
            firstFrame = std::pair{page, frame->rect};
    }
    if (layout.oversetParagraph >= 0 && !story.frameIds.empty()) {
        const auto [page, frame] = edition.frame(story.frameIds.back());
        if (frame) {
            entry.items.emplace_back(
                page, QString(),  // marks go over everything
                OversetMarkItem{QPointF(frame->rect.right(), frame->rect.bottom()), story.id,
                                layout.oversetCharacters});
        }
    }
    entry.diagnostics = std::move(layout.diagnostics);
    StoryLines lines = StoryLines::fromFlow(story, layout.lines, firstFrame);
    lines.oversetCharacters = layout.oversetCharacters;
    lines.spareLines = layout.spareLines;
    entry.index = std::make_shared<const StoryLines>(std::move(lines));
    entry.lines = std::move(layout.lines);
    return entry;
}

}  // namespace

LayoutCache::LayoutCache() : stories_(std::make_unique<QHash<QString, StoryEntry>>()) {}
LayoutCache::~LayoutCache() = default;

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

EditionDisplay layoutEdition(const Edition& document, const QString& documentDir,
                             FontRegistry& fonts, LayoutCache& cache) {
    // Master items are laid out as frames of each page that uses them, under its own
    // frames; a document without masters is laid out as it stands, without a copy.
    std::optional<Edition> withMasters;
    if (usesMasters(document))
        withMasters = withMasterItems(document);
    const Edition& edition = withMasters ? *withMasters : document;
    EditionDisplay out;
    out.pages.resize(edition.pages.size());
    out.swatches = edition.swatches;
    // Each page's items with their stacking place: a frame's background (or photo, or
    // rule) at twice its index on the page, the text standing in it just above, so that a
    // box or photo placed above a text frame is drawn above its text, as it prints.
    std::vector<std::vector<std::pair<int, DisplayItem>>> layered(edition.pages.size());
    std::vector<QHash<QString, int>> frameIndex(edition.pages.size());
    std::vector<DisplayItem> items;
    for (size_t p = 0; p < edition.pages.size(); ++p) {
        const Page& page = edition.pages[p];
        PageDisplayList& list = out.pages[p];
        list.name = page.name;
        list.widthPt = page.widthPt;
        list.heightPt = page.heightPt;
        for (size_t i = 0; i < page.frames.size(); ++i) {
            const Frame& f = page.frames[i];
            frameIndex[p].insert(f.id, static_cast<int>(i));
            items.clear();
            appendFrameBackground(f, documentDir, &items, &out.diagnostics, static_cast<int>(p));
            if (f.kind == FrameKind::Rule) {
                items.push_back(RuleItem{QPointF(f.rect.x, f.rect.y),
                                         QPointF(f.rect.right(), f.rect.bottom()), f.strokeWidthPt,
                                         f.stroke.value_or(CmykColor{}), f.ruleStyle});
            }
            for (DisplayItem& item : items)
                layered[p].emplace_back(2 * static_cast<int>(i), std::move(item));
            items.clear();
            appendColumnRules(f, &items);
            for (DisplayItem& item : items)
                layered[p].emplace_back(2 * static_cast<int>(i) + 1, std::move(item));
        }
    }
    // A changed style sheet may change any story.
    if (!(cache.styles_ == edition.styles)) {
        cache.stories_->clear();
        cache.styles_ = edition.styles;
    }
    for (auto& entry : *cache.stories_)
        entry.used = false;
    cache.paragraphs_.beginLayout();
    // The stories whose inputs changed are set again, side by side on the machine's
    // cores (a keystroke sets one, inline); the rest are reused.
    std::vector<StoryInputs> inputs;
    std::vector<size_t> toSet;
    for (size_t s = 0; s < edition.stories.size(); ++s) {
        // withMasterItems adds the master items' stories after the document's own.
        const bool masterItem = withMasters && s >= document.stories.size();
        inputs.push_back(inputsOf(edition, edition.stories[s], masterItem));
        auto found = cache.stories_->find(edition.stories[s].id);
        if (found == cache.stories_->end() || !(found->inputs == inputs.back()))
            toSet.push_back(s);
    }
    std::vector<LayoutCache::StoryEntry> set(toSet.size());
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (size_t i; (i = next.fetch_add(1)) < toSet.size();) {
            const size_t s = toSet[i];
            set[i] = setStory(edition, edition.stories[s], std::move(inputs[s]), fonts,
                              cache.paragraphs_);
        }
    };
    const size_t threads =
        std::min<size_t>(toSet.size(), std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::future<void>> helpers;
    for (size_t t = 1; t < threads; ++t)
        helpers.push_back(std::async(std::launch::async, work));
    work();
    for (auto& helper : helpers)
        helper.get();
    for (size_t i = 0; i < toSet.size(); ++i)
        cache.stories_->insert(edition.stories[toSet[i]].id, std::move(set[i]));
    cache.storiesSet_ = static_cast<int>(toSet.size());

    // Marks the editor shows over everything.
    constexpr int kOnTop = std::numeric_limits<int>::max();
    for (const Story& story : edition.stories) {
        auto found = cache.stories_->find(story.id);
        found->used = true;
        for (const auto& [page, frameId, item] : found->items) {
            const int frame = frameIndex[static_cast<size_t>(page)].value(frameId, -1);
            layered[static_cast<size_t>(page)].emplace_back(frame < 0 ? kOnTop : 2 * frame + 1,
                                                            item);
        }
        out.lines.add(story.id, found->index);
        out.diagnostics.insert(out.diagnostics.end(), found->diagnostics.begin(),
                               found->diagnostics.end());
    }
    for (auto it = cache.stories_->begin(); it != cache.stories_->end();) {
        if (!it->used)
            it = cache.stories_->erase(it);
        else
            ++it;
    }
    cache.paragraphs_.endLayout();
    for (size_t p = 0; p < edition.pages.size(); ++p) {
        std::stable_sort(layered[p].begin(), layered[p].end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        auto& list = out.pages[p].items;
        list.reserve(layered[p].size());
        for (auto& [layer, item] : layered[p])
            list.push_back(std::move(item));
    }
    return out;
}

}  // namespace paiban
