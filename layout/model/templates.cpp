#include "model/templates.h"

#include "model/grid.h"
#include "model/masters.h"
#include "model/swatches.h"

namespace paiban {
namespace {

// Pages a new edition starts with: enough for the first page and a left and a right one.
constexpr int kTemplatePages = 4;
// The sections (版名) of those pages, as a daily's first pages run.
const char16_t* const kSections[kTemplatePages] = {u"要闻", u"综合", u"经济", u"文化"};

// The document's swatches by name, so that a change to 报红 in the Swatches panel shows on
// everything a template made red.
CmykColor swatch(std::string_view name) {
    const std::vector<Swatch> swatches = defaultSwatches();
    return swatchColor(*findSwatch(swatches, name));
}
CmykColor black() {
    return swatch("黑");
}
CmykColor newspaperRed() {  // 报红: M100 Y100
    return swatch("报红");
}

constexpr const char* kSerif = "Noto Serif CJK SC";
constexpr const char* kSans = "Noto Sans CJK SC";

// The 报眉 sits in the head margin: its baseline this far above the type area, its rule
// this far above it (points).
constexpr double kHeaderLineHeightPt = 16;
constexpr double kHeaderAboveTypeAreaPt = 22;
constexpr double kHeaderRuleAboveTypeAreaPt = 5;
constexpr double kHeaderRuleWeightPt = 0.75;
// The masthead (报头) takes the head of page 1: this many body lines of the grid.
constexpr int kMastheadLines = 7;
constexpr double kMastheadRuleWeightPt = 2;

ParagraphStyle paragraphStyle(const char* name, const char* font, int weight, double size,
                              double leading, double indentEm, Alignment align, bool grid) {
    ParagraphStyle s;
    s.name = name;
    s.fontFamily = font;
    s.fontWeight = weight;
    s.sizePt = size;
    s.leadingPt = leading;
    s.firstLineIndentEm = indentEm;
    s.alignment = align;
    s.alignToGrid = grid;
    s.color = black();  // the 黑 swatch, named
    return s;
}

StyleSheet newspaperStyles(double bodySizePt, double baselinePt) {
    StyleSheet sheet;
    auto& ps = sheet.paragraphStyles;
    // 正文 first: a new text frame's story takes the first style when there is no "body".
    ps.push_back(
        paragraphStyle("正文", kSerif, 400, bodySizePt, baselinePt, 2, Alignment::Justify, true));
    ParagraphStyle headline =
        paragraphStyle("标题", kSans, 700, 24, 30, 0, Alignment::Center, false);
    headline.balanceLines = headline.breakBetweenWords = true;
    ps.push_back(headline);
    ps.push_back(paragraphStyle("引题", kSerif, 400, 12, 16, 0, Alignment::Center, false));
    ps.push_back(paragraphStyle("副题", kSans, 400, 14, 20, 0, Alignment::Center, false));
    ps.push_back(paragraphStyle("图片说明", kSans, 400, 7.5, 11, 0, Alignment::Justify, false));
    ps.push_back(
        paragraphStyle("作者", kSans, 400, bodySizePt, baselinePt, 0, Alignment::Start, true));
    ps.push_back(paragraphStyle("报眉", kSans, 400, 9, 12, 0, Alignment::Start, false));
    ps.push_back(paragraphStyle("报眉居右", kSans, 400, 9, 12, 0, Alignment::End, false));
    ParagraphStyle masthead =
        paragraphStyle("报头", kSerif, 700, 48, 56, 0, Alignment::Start, false);
    masthead.color = newspaperRed();
    ps.push_back(masthead);
    auto& cs = sheet.characterStyles;
    cs.push_back({"强调", kSans, 700, std::nullopt, std::nullopt, {}});
    cs.push_back({"红字", std::nullopt, std::nullopt, std::nullopt, newspaperRed(), {}});
    return sheet;
}

TextRun text(const QString& t) {
    return TextRun{t, QString(), TextField::None, {}};
}
TextRun field(TextField f) {
    return TextRun{QString(), QString(), f, {}};
}

Frame textItem(const QString& id, const Rect& rect) {
    Frame f;
    f.id = id;
    f.kind = FrameKind::Text;
    f.rect = rect;
    return f;
}

Frame ruleItem(const QString& id, double x, double y, double width, double weight,
               CmykColor color) {
    Frame f;
    f.id = id;
    f.kind = FrameKind::Rule;
    f.rect = {x, y, width, 0};
    f.strokeWidthPt = weight;
    f.stroke = color;
    return f;
}

// The story of one master item: its text in one paragraph of the style.
Story itemStory(const QString& frameId, const QString& style, std::vector<TextRun> runs) {
    Story s;
    s.id = frameId + QStringLiteral("-text");
    s.frameIds = {frameId};
    s.paragraphs.push_back(Paragraph{style, std::move(runs), {}});
    return s;
}

// 第N版　版名 on the outer side, date and editor on the inner: the left-hand page's
// number stands at its left edge, the right-hand page's at its right.
MasterPage headerMaster(const Page& page, bool left) {
    MasterPage m;
    m.name = left ? QStringLiteral("报眉左") : QStringLiteral("报眉右");
    m.kind = left ? MasterKind::Left : MasterKind::Right;
    const double x = page.margins.left;
    const double width = page.widthPt - page.margins.left - page.margins.right;
    const double y = page.margins.top - kHeaderAboveTypeAreaPt;
    const Rect half{x, y, width / 2, kHeaderLineHeightPt};
    const Rect otherHalf{x + width / 2, y, width / 2, kHeaderLineHeightPt};
    m.frames.push_back(textItem("folio", left ? half : otherHalf));
    m.frames.push_back(textItem("dateline", left ? otherHalf : half));
    m.frames.push_back(ruleItem("header-rule", x, page.margins.top - kHeaderRuleAboveTypeAreaPt,
                                width, kHeaderRuleWeightPt, black()));
    const QString outer = left ? QStringLiteral("报眉") : QStringLiteral("报眉居右");
    const QString inner = left ? QStringLiteral("报眉居右") : QStringLiteral("报眉");
    m.stories.push_back(itemStory(
        "folio", outer,
        {text("第"), field(TextField::PageNumber), text("版　"), field(TextField::Section)}));
    m.stories.push_back(
        itemStory("dateline", inner,
                  {field(TextField::Date), text("　责任编辑："), field(TextField::Editor)}));
    return m;
}

// Page 1: the paper's name large and red across the head of the type area, under it the
// date, page number, section and editor, and a red rule.
MasterPage mastheadMaster(const Page& page) {
    MasterPage m;
    m.name = QStringLiteral("报头");
    m.kind = MasterKind::First;
    const double x = page.margins.left;
    const double width = page.widthPt - page.margins.left - page.margins.right;
    const double top = page.margins.top;
    const double lines = kMastheadLines * page.grid.baselinePt;
    m.frames.push_back(textItem("masthead", {x, top, width, lines - 2 * page.grid.baselinePt}));
    m.frames.push_back(textItem(
        "masthead-line", {x, top + lines - 2 * page.grid.baselinePt, width, kHeaderLineHeightPt}));
    m.frames.push_back(ruleItem("masthead-rule", x, top + lines - 4, width, kMastheadRuleWeightPt,
                                newspaperRed()));
    m.stories.push_back(itemStory("masthead", QStringLiteral("报头"), {field(TextField::Title)}));
    m.stories.push_back(
        itemStory("masthead-line", QStringLiteral("报眉"),
                  {field(TextField::Date), text("　第"), field(TextField::PageNumber), text("版　"),
                   field(TextField::Section), text("　责任编辑："), field(TextField::Editor)}));
    return m;
}

struct TemplateRecipe {
    TemplateInfo info;
    const char* preset;
};

const std::vector<TemplateRecipe>& recipes() {
    static const std::vector<TemplateRecipe> all{
        {{QStringLiteral("broadsheet-8"), QStringLiteral("对开 8 栏"),
          QStringLiteral("对开 broadsheet, 8 columns of 13 字 小五")},
         "对开"},
        {{QStringLiteral("tabloid-6"), QStringLiteral("4开 6 栏"),
          QStringLiteral("4开 tabloid, 6 columns of 12 字 小五")},
         "4开"},
    };
    return all;
}

}  // namespace

QString newspaperDate(const QDate& date) {
    static const char16_t* const kWeekdays[7] = {u"一", u"二", u"三", u"四", u"五", u"六", u"日"};
    return QStringLiteral("%1年%2月%3日 星期%4")
        .arg(date.year())
        .arg(date.month())
        .arg(date.day())
        .arg(QString::fromUtf16(kWeekdays[date.dayOfWeek() - 1]));
}

const std::vector<TemplateInfo>& editionTemplates() {
    static const std::vector<TemplateInfo> infos = [] {
        std::vector<TemplateInfo> out;
        for (const TemplateRecipe& r : recipes())
            out.push_back(r.info);
        return out;
    }();
    return infos;
}

QString defaultTemplateName() {
    return recipes().front().info.name;
}

std::optional<Edition> makeFromTemplate(const QString& name, const QString& date) {
    const TemplateRecipe* recipe = nullptr;
    for (const TemplateRecipe& r : recipes()) {
        if (r.info.name == name)
            recipe = &r;
    }
    const PagePreset* preset = recipe ? pagePreset(recipe->preset) : nullptr;
    if (!preset)
        return std::nullopt;
    Edition e;
    e.title = QStringLiteral("新闻日报");
    e.date = date;
    const Page page = makePage(*preset);
    e.styles = newspaperStyles(page.grid.bodySizePt, page.grid.baselinePt);
    for (int p = 0; p < kTemplatePages; ++p) {
        Page next = page;
        next.section = QString::fromUtf16(kSections[p]);
        e.pages.push_back(std::move(next));
    }
    e.masters.push_back(mastheadMaster(page));
    e.masters.push_back(headerMaster(page, true));
    e.masters.push_back(headerMaster(page, false));
    return e;
}

}  // namespace paiban
