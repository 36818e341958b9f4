#!/usr/bin/env python3
"""Builds the sample edition (weidu-weekly.paiban) from the text of a real newspaper page
(../shared/sample/weidu-weekly.json): the one printed 对开 page laid out again as two
tabloid (4开) pages on a 6-column grid, filled as a layout editor fills them, every
story, brief and photo item with its headline, kicker, subhead, byline, caption and
credit. The photos are grey placeholders bearing the picture's title, as a layout
program shows a missing picture, drawn here (images/, see README).

    python3 resources/sample/make_sample.py ../shared/sample/weidu-weekly.json

Lengths are points. The page is 271 × 390 mm (4开) with a 244.5 mm type area: 6 basic
columns of 12 characters of 小五 (9 pt) with a one-character gutter, 75 body lines of
13.5 pt (TYPOGRAPHY.md §7). Two 4开 pages hold about what one 对开 page holds, so the
seed's page fills them without holes.
"""
import json
import os
import subprocess
import sys

MM = 72 / 25.4
BODY = 9.0             # 小五
LEAD = 13.5            # body leading = baseline grid
ASCENT = 0.88 * BODY   # the em box above the baseline (Noto CJK): grid line k's em box top is grid(k)
COL = 12 * BODY        # a basic column: 12 characters (4开)
GUT = BODY             # a one-character gutter
PAGE_W, PAGE_H = 271 * MM, 390 * MM
COLUMNS = 6
LINES = 75             # body lines in the type area
TYPE_W = COLUMNS * COL + (COLUMNS - 1) * GUT
X0 = (PAGE_W - TYPE_W) / 2
Y0 = 15 * MM
TYPE_H = LINES * LEAD
# Colours by the document's swatches (黑 K100, 报红 M100 Y100, 白 no ink), so that a change to
# a swatch shows on everything that names it.
K = {"swatch": "黑"}
WHITE = {"swatch": "白"}
RED = {"swatch": "报红"}

def col_x(i):
    return X0 + i * (COL + GUT)

def span(n):
    return n * COL + (n - 1) * GUT

def grid(line):
    """Top of the em box of baseline-grid line `line` (0 = first line of the type area)."""
    return Y0 + line * LEAD

SANS, SERIF = "Noto Sans CJK SC", "Noto Serif CJK SC"

def pstyle(name, font=SERIF, weight=400, size=BODY, leading=LEAD, indent=2, align="justify",
           grid=True, before=0, after=0, color=K, display=False):
    """A paragraph style; `display` lines (headlines) are balanced and break between words."""
    return {"name": name, "font": font, "weight": weight, "size": size, "leading": leading,
            "indent": indent, "spaceBefore": before, "spaceAfter": after, "align": align,
            "kinsoku": "gb", "hanging": "off", "latinGap": 0.25, "trimLineStart": True,
            "widowControl": False, "balanceLines": display, "breakBetweenWords": display,
            "minLastLineChars": 2, "breaker": "total", "grid": grid, "color": color}

STYLES = {
    "paragraph": [
        pstyle("body"),
        pstyle("byline", font=SANS, indent=0, align="start"),
        pstyle("kicker", size=10.5, leading=16, indent=0, align="center", grid=False, display=True),
        pstyle("headline-lead", font=SANS, weight=700, size=28, leading=36, indent=0,
               align="center", grid=False, display=True),
        pstyle("headline", font=SANS, weight=700, size=20, leading=26, indent=0,
               align="center", grid=False, display=True),
        pstyle("headline-banner", font=SERIF, weight=700, size=36, leading=44, indent=0,
               align="center", grid=False, color=[0, 1, 1, 0.1], display=True),
        pstyle("headline-large", font=SANS, weight=700, size=24, leading=30, indent=0,
               align="center", grid=False, display=True),
        pstyle("headline-brief", font=SANS, weight=700, size=12, leading=16, indent=0,
               align="center", grid=False, display=True),
        pstyle("subhead", font=SANS, size=14, leading=20, indent=0, align="center", grid=False, display=True),
        pstyle("intro", font="Noto Sans CJK SC", size=10.5, leading=16, grid=False),
        pstyle("caption", font=SANS, size=8, leading=12, indent=0, grid=False),
        pstyle("label", font=SANS, weight=700, size=10.5, leading=14, indent=0,
               align="center", grid=False, color=WHITE),
        pstyle("masthead", font=SERIF, weight=700, size=22, leading=26, indent=0,
               align="start", grid=False, color=RED),
        pstyle("masthead-front", font=SERIF, weight=700, size=48, leading=54, indent=0,
               align="start", grid=False, color=RED),
        pstyle("folio", font=SANS, size=10.5, leading=14, indent=0, align="end", grid=False),
        pstyle("jump", font=SANS, indent=0, align="end"),
    ],
    "character": [
        {"name": "credit", "font": SANS, "weight": 700},
        {"name": "source", "font": SANS},
    ],
}

frames, stories = [], []

def text_frame(fid, x, y, w, h, columns=1, gutter=GUT, **extra):
    f = {"id": fid, "kind": "text", "x": x, "y": y, "width": w, "height": h,
         "columns": columns, "gutter": gutter}
    f.update(extra)
    frames.append(f)
    return fid

def story(sid, name, frame_ids, paragraphs):
    stories.append({"id": sid, "name": name, "frames": frame_ids, "paragraphs": paragraphs})

def para(style, text):
    return {"style": style, "text": text}

def field(name):
    return {"field": name}

def runs(style, *parts):
    return {"style": style, "runs": [{"text": t, **({"style": s} if s else {})} for t, s in parts]}

def image(fid, path, x, y, w, h):
    frames.append({"id": fid, "kind": "image", "x": x, "y": y, "width": w, "height": h,
                   "image": path, "fit": "fill", "wrap": True, "wrapGap": BODY / 2})

def rule(fid, x, y, w, h, width=0.5, color=K):
    frames.append({"id": fid, "kind": "rule", "x": x, "y": y, "width": w, "height": h,
                   "strokeWidth": width, "stroke": color})

def headline_block(item, sid, x, top_line, w, lines, style="headline", join=False):
    """A headline object (引题/主题/副题) taking a whole number of body lines (行取り), centred in
    them; `join` sets the printed lines of the main title as one (for a wider span)."""
    ps = []
    if item.get("kicker"):
        ps.append(para("kicker", item["kicker"]))
    title = ["".join(item["headline"])] if join else item["headline"]
    ps += [para(style, line) for line in title]
    if item.get("subhead"):
        ps.append(para("subhead", item["subhead"]))
    story(sid + "-head", item["headline"][0],
          [text_frame(sid + "-head", x, grid(top_line), w, lines * LEAD, verticalAlign="center")], ps)

def body_paragraphs(item):
    ps = []
    if item.get("byline"):
        ps.append(para("byline", item["byline"]))
    body = item.get("paragraphs", [])
    for i, text in enumerate(body):
        if i == len(body) - 1 and item.get("source"):
            ps.append(runs("body", (text, None), (item["source"], "source")))
        else:
            ps.append(para("body", text))
    return ps

def caption_story(sid, photo, fid, photo_id, x, y, w, h):
    """A caption tied to its photo (they move together), on top of the text under it (frames
    are listed bottom to top), pushing it away."""
    story(sid, "caption " + sid,
          [text_frame(fid, x, y, w, h, wrap=True, wrapGap=BODY / 2, captionOf=photo_id)],
          [runs("caption", (photo["caption"] + " ", None), (photo["credit"], "credit"))])

def between(line):
    """The y of a rule drawn in the empty body line `line` between two items (its middle)."""
    return grid(line) + LEAD / 2 - ASCENT / 2


def masthead(front):
    """The 报头 (front page) or 报眉 (inside pages): the paper's name in 报红 and the folio
    (date, page number, section, editor, as fields that layout fills in for each page, so
    that a page moved is renumbered), ruled off from the page. Made once, as the frames and
    stories of a master page; returns them and the body lines they take from the top of the
    type area."""
    lines = 6 if front else 3
    start_frames, start_stories = len(frames), len(stories)
    name_style = "masthead-front" if front else "masthead"
    story("masthead", "masthead",
          [text_frame("masthead", X0, Y0, span(3), (lines - 1) * LEAD, verticalAlign="center")],
          [para(name_style, "魏都周刊")])
    folio = [field("date"), {"text": " · 第"}, field("page"), {"text": "版"}]
    desk = [field("section"), {"text": " · 责任编辑："}, field("editor")]
    if front:
        paras = [{"style": "folio", "runs": folio}, {"style": "folio", "runs": desk}]
    else:
        paras = [{"style": "folio", "runs": folio + [{"text": " · "}] + desk}]
    story("folio", "folio",
          [text_frame("folio", col_x(3), Y0, span(3), (lines - 1) * LEAD, verticalAlign="center")],
          paras)
    y = grid(lines) - 6
    rule("masthead-rule", X0, y, TYPE_W, 0, 2.0 if front else 1.5, RED)
    rule("masthead-rule2", X0, y + 3, TYPE_W, 0, 0.5)
    items = frames[start_frames:], stories[start_stories:]
    del frames[start_frames:], stories[start_stories:]
    return items, lines


def masters():
    """The master pages: 报头 on the first page; 报眉 on the others, left and right alike (a
    new page takes its master by its number)."""
    out = []
    for name, kind, front in [("报头", "first", True), ("报眉左", "left", False),
                              ("报眉右", "right", False)]:
        (items, item_stories), _ = masthead(front)
        out.append({"name": name, "kind": kind, "frames": items, "stories": item_stories})
    return out


MASTHEAD_LINES = {True: 6, False: 3}  # what masthead() takes: the front page's and the others'


def photo_item(it, pid, x, top_line, columns, photo_lines, caption_lines):
    """A photo news item: the photo, then its caption (with credit) under it."""
    image(pid + "-photo", "images/%s.jpg" % pid, x, grid(top_line), span(columns), photo_lines * LEAD - 4)
    caption_story(pid, it["photo"], pid + "-caption", pid + "-photo", x, grid(top_line + photo_lines) - 2,
                  span(columns), caption_lines * LEAD)


def body(sid, it, fid, x, top_line, columns, lines, **extra):
    story(sid, it["headline"][0],
          [text_frame(fid, x, grid(top_line), span(columns), lines * LEAD, columns=columns, **extra)],
          body_paragraphs(it))


# Page one (一周要闻): the 报头; the lead story across the page; under it, the lead photo
# and the business story on four columns, and the three briefs in the right-hand two.
SIGNING_LINES = 6          # the lead story's body, set across the six columns
LEAD_PHOTO_LINES = 21      # the lead photo, four columns wide (a 1.6 : 1 picture)
BRIEF_BODY_LINES = [18, 14, 16]


def page_one(by_id):
    top = MASTHEAD_LINES[True]  # under the 报头 of the first page's master
    # Lead story across the page: the boxed label 核心提示, the headline and subhead beside it.
    s = by_id["signing"]
    frames.append({"id": "signing-label-box", "kind": "box", "x": X0, "y": grid(top),
                   "width": 5 * BODY, "height": 5 * LEAD - 4, "fill": RED})
    story("signing-label", "label",
          [text_frame("signing-label", X0 + 4, grid(top), 5 * BODY - 8, 5 * LEAD - 4,
                      verticalAlign="center")],
          [para("label", ch) for ch in s["label"]])
    headline_block(s, "signing", X0 + 6 * BODY, top, TYPE_W - 6 * BODY, 5, "headline-lead", join=True)
    body("signing", s, "signing-body", X0, top + 5, COLUMNS, SIGNING_LINES, columnRules=True)
    row = top + 5 + SIGNING_LINES
    rule("signing-rule", X0, between(row), TYPE_W, 0, 1.0)
    row += 1

    # Left, four columns: the lead photo and its caption, then the business story.
    photo_item(by_id["photo-disinfection"], "photo-disinfection", X0, row, 4, LEAD_PHOTO_LINES, 3)
    b_row = row + LEAD_PHOTO_LINES + 3
    rule("photo-row-rule", X0, between(b_row), span(4), 0)
    b = by_id["business-climate"]
    headline_block(b, "business", X0, b_row + 1, span(4), 4)
    body("business", b, "business-body", X0, b_row + 5, 4, LINES - b_row - 5)

    # Right, two columns: the briefs one under another, each over the two columns.
    rule("brief-column-rule", col_x(4) - GUT / 2, grid(row), 0, (LINES - row) * LEAD - 4)
    y = row
    for i, bid in enumerate(["brief-epidemic", "brief-land", "brief-discipline"]):
        it = by_id[bid]
        if i:
            rule(bid + "-rule", col_x(4), grid(y) - 2, span(2), 0)
        headline_block(it, bid, col_x(4), y, span(2), 3, "headline-brief")
        body(bid, it, bid + "-body", col_x(4), y + 3, 2, BRIEF_BODY_LINES[i])
        y += 3 + BRIEF_BODY_LINES[i]


# Page two (学习贯彻党的二十大精神): the series banner and its introduction across the page;
# under them the two series stories on two columns each, and between them a picture column
# with their photos and the photo news.
INTRO_LINES = 5
SERIES_PHOTO_LINES = 17


def page_two(by_id):
    top = MASTHEAD_LINES[False]  # under the 报眉 of the inside pages' master
    intro = by_id["series-intro"]
    headline_block(intro, "series", X0, top, TYPE_W, 5, "headline-banner")
    story("series", intro["headline"][0],
          [text_frame("series-body", X0, grid(top + 5), TYPE_W, INTRO_LINES * LEAD, columns=2,
                      gutter=2 * BODY)],
          [para("intro", t) for t in intro["paragraphs"]])
    row = top + 5 + INTRO_LINES
    rule("series-top-rule", X0, between(row), TYPE_W, 0, 1.0)
    row += 1
    # The shorter story takes a larger headline, so that both run to the foot.
    for sid, c, head, style in (("pangzhuang", 0, 6, "headline-large"), ("aerogel", 4, 4, "headline")):
        it = by_id[sid]
        headline_block(it, sid, col_x(c), row, span(2), head, style)
        body(sid, it, sid + "-body", col_x(c), row + head, 2, LINES - row - head)
    for c in (2, 4):
        rule("series-rule-%d" % c, col_x(c) - GUT / 2, grid(row), 0, (LINES - row) * LEAD - 4)
    # The picture column: each story's photo beside it, then the photo news.
    y = row
    for sid in ("pangzhuang", "aerogel"):
        photo_x = col_x(2)
        image(sid + "-photo", "images/%s.jpg" % sid, photo_x, grid(y), span(2),
              SERIES_PHOTO_LINES * LEAD - 4)
        caption_story(sid + "-caption", by_id[sid]["photo"], sid + "-caption", sid + "-photo", photo_x,
                      grid(y + SERIES_PHOTO_LINES) - 2, span(2), LEAD)
        y += SERIES_PHOTO_LINES + 1
        rule("%s-photo-rule" % sid, photo_x, between(y), span(2), 0)
        y += 1
    photo_item(by_id["photo-heating"], "photo-heating", col_x(2), y, 2, LINES - y - 6, 6)


SECTIONS = ["一周要闻", "学习贯彻党的二十大精神"]


def page(number, frame_list):
    return {"name": str(number), "width": PAGE_W, "height": PAGE_H,
            "section": SECTIONS[number - 1], "editor": "本报编辑部",
            "margins": {"top": Y0, "bottom": PAGE_H - Y0 - TYPE_H, "left": X0, "right": X0},
            "grid": {"columns": COLUMNS, "columnChars": 12, "bodySize": BODY, "gutter": GUT,
                     "baseline": LEAD, "baselineOffset": ASCENT},
            "frames": frame_list}


def build(items):
    by_id = {it["id"]: it for it in items}
    page_one(by_id)
    first = list(frames)
    frames.clear()
    page_two(by_id)
    return [page(1, first), page(2, list(frames))]


# The press wants photos at 200 ppi or more as printed (see preflight); the placeholders
# are drawn at that resolution for the frame each fills.
PRINT_PPI = 200


def placeholder_sizes(pages):
    sizes = {}
    for p in pages:
        for f in p["frames"]:
            if f["kind"] == "image":
                name = os.path.splitext(os.path.basename(f["image"]))[0]
                sizes[name] = (int(f["width"] / 72 * PRINT_PPI) + 1, int(f["height"] / 72 * PRINT_PPI) + 1)
    return sizes


# What each placeholder says: the picture's title, as a layout program names a missing
# picture in its frame.
PHOTO_TITLES = {
    "photo-disinfection": "毓秀社区开展消杀志愿活动",
    "photo-heating": "七一社区召开业主大会",
    "pangzhuang": "工作人员维修路灯",
    "aerogel": "爱彼爱和公司仓库",
}


def make_images(folder, sizes):
    """Placeholder photos, drawn here (ImageMagick) and deterministic, so no licence is
    needed: a mid-grey field with a thin frame and a cross, the picture's title in its
    middle on a light band, and the file's name under it."""
    for name, (w, h) in sorted(sizes.items()):
        path = os.path.join(folder, name + ".jpg")
        title = PHOTO_TITLES.get(name, name)
        size = max(24, min(w // (len(title) + 4), h // 6))
        band = int(size * 2.6)
        stroke = max(2, w // 400)
        subprocess.run(["convert", "-size", "%dx%d" % (w, h), "xc:#9c9c9c",
                        "-fill", "none", "-stroke", "#747474", "-strokewidth", str(stroke),
                        "-draw", "line 0,0 %d,%d" % (w - 1, h - 1), "-draw", "line %d,0 0,%d" % (w - 1, h - 1),
                        "-draw", "rectangle %d,%d %d,%d" % (stroke, stroke, w - 1 - stroke, h - 1 - stroke),
                        "-stroke", "none", "-fill", "#d4d4d4",
                        "-draw", "rectangle 0,%d %d,%d" % (h // 2 - band // 2, w - 1, h // 2 + band // 2),
                        "-gravity", "center", "-font", "Noto-Sans-CJK-SC-Bold", "-fill", "#2a2a2a",
                        "-pointsize", str(size), "-annotate", "+0-%d" % (size // 3), title,
                        "-font", "Noto-Sans-CJK-SC", "-pointsize", str(size // 2), "-fill", "#4a4a4a",
                        "-annotate", "+0+%d" % int(size * 0.75), "图片 " + name + ".jpg",
                        "-type", "TrueColor", "-quality", "85", "-strip", path], check=True)


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "../shared/sample/weidu-weekly.json"
    here = os.path.dirname(os.path.abspath(__file__))
    items = json.load(open(source, encoding="utf-8"))
    pages = build(items)
    make_images(os.path.join(here, "images"), placeholder_sizes(pages))
    doc = {
        "format": "paiban", "version": 1, "title": "魏都周刊 一周要闻（样张）", "date": "2022年11月",
        "styles": STYLES,
        "masters": masters(),
        "pages": pages,
        "stories": stories,
    }
    out = os.path.join(here, "weidu-weekly.paiban")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(out)

if __name__ == "__main__":
    main()
