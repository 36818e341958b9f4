#!/usr/bin/env python3
"""Builds the sample edition (weidu-weekly.paiban) from the text of a real newspaper page
(../shared/sample/weidu-weekly.json): two broadsheet (对开) pages on an 8-column grid,
every story, brief and photo item with its headline, kicker, subhead, byline, caption
and credit. The photos are placeholders that the project draws (images/, see README).

    python3 resources/sample/make_sample.py ../shared/sample/weidu-weekly.json

Lengths are points. The page is 390 × 543 mm with a 351 mm type area: 8 basic columns
of 13 characters of 小五 (9 pt) with a one-character gutter (TYPOGRAPHY.md §7).
"""
import json
import os
import subprocess
import sys

MM = 72 / 25.4
BODY = 9.0             # 小五
LEAD = 13.5            # body leading = baseline grid
ASCENT = 0.88 * BODY   # the em box above the baseline (Noto CJK): grid line k's em box top is grid(k)
COL = 13 * BODY        # a basic column: 13 characters
GUT = BODY             # a one-character gutter
PAGE_W, PAGE_H = 390 * MM, 543 * MM
TYPE_W = 8 * COL + 7 * GUT
X0 = (PAGE_W - TYPE_W) / 2
Y0 = 22 * MM
TYPE_H = 500 * MM
K = [0, 0, 0, 1]
WHITE = [0, 0, 0, 0]
RED = [0, 1, 1, 0]

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
        pstyle("headline-lead", font=SANS, weight=700, size=30, leading=38, indent=0,
               align="center", grid=False, display=True),
        pstyle("headline", font=SANS, weight=700, size=20, leading=26, indent=0,
               align="center", grid=False, display=True),
        pstyle("headline-banner", font=SERIF, weight=700, size=36, leading=44, indent=0,
               align="center", grid=False, color=[0, 1, 1, 0.1], display=True),
        pstyle("headline-brief", font=SANS, weight=700, size=12, leading=16, indent=0,
               align="center", grid=False, display=True),
        pstyle("subhead", font=SANS, size=14, leading=20, indent=0, align="center", grid=False, display=True),
        pstyle("intro", font="Noto Sans CJK SC", size=10.5, leading=17, grid=False),
        pstyle("caption", font=SANS, size=8, leading=12, indent=0, grid=False),
        pstyle("label", font=SANS, weight=700, size=10.5, leading=14, indent=0,
               align="center", grid=False, color=WHITE),
        pstyle("masthead", font=SERIF, weight=700, size=22, leading=26, indent=0,
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

def rule(fid, x, y, w, h, width=0.5):
    frames.append({"id": fid, "kind": "rule", "x": x, "y": y, "width": w, "height": h,
                   "strokeWidth": width, "stroke": K})

def headline_block(item, sid, x, top_line, w, lines, style="headline"):
    """A headline object (引题/主题/副题) taking a whole number of body lines (行取り), centred in them."""
    ps = []
    if item.get("kicker"):
        ps.append(para("kicker", item["kicker"]))
    ps += [para(style, line) for line in item["headline"]]
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

def masthead(page_no):
    """The section header (报眉): paper name, date, page number, section and editor, the last
    four as fields that layout fills in, so that a page moved is renumbered."""
    story("masthead-%d" % page_no, "masthead", [text_frame("masthead-%d" % page_no, X0, Y0, span(4), 28)],
          [para("masthead", "魏都周刊")])
    story("folio-%d" % page_no, "folio", [text_frame("folio-%d" % page_no, col_x(4), Y0 + 8, span(4), 20)],
          [{"style": "folio", "runs": [field("date"), {"text": " · 第"}, field("page"), {"text": "版 · "},
                                       field("section"), {"text": " · 责任编辑："}, field("editor")]}])
    rule("masthead-rule-%d" % page_no, X0, Y0 + 32, TYPE_W, 0, 1.5)
    rule("masthead-rule2-%d" % page_no, X0, Y0 + 35, TYPE_W, 0, 0.5)

def photo_item(it, pid, x, top_line, columns, photo_lines, caption_lines):
    """A photo news item: the photo, then its caption (with credit) under it."""
    image(pid + "-photo", "images/%s.jpg" % pid, x, grid(top_line), span(columns), photo_lines * LEAD - 4)
    caption_story(pid, it["photo"], pid + "-caption", pid + "-photo", x, grid(top_line + photo_lines),
                  span(columns), caption_lines * 12 + 4)

LINES = int(TYPE_H / LEAD + 1e-9)  # body lines in the type area: 104


def page_one(by_id):
    masthead(1)
    top = 3  # grid line under the masthead
    # Lead story, five basic columns: label, headline, subhead, body.
    s = by_id["signing"]
    frames.append({"id": "signing-label-box", "kind": "box", "x": X0, "y": grid(top),
                   "width": 5 * BODY, "height": 9 * LEAD - 4, "fill": [1, 0.6, 0, 0.1]})
    story("signing-label", "label",
          [text_frame("signing-label", X0 + 4, grid(top), 5 * BODY - 8, 9 * LEAD - 4,
                      verticalAlign="center")],
          [para("label", ch) for ch in s["label"]])
    headline_block(s, "signing", X0 + 6 * BODY, top, span(5) - 6 * BODY, 9, "headline-lead")
    # Five basic columns re-split (破栏) as four of 16 字: (5 × 13 + 4 − 3) / 4 = 16.5.
    story("signing", s["headline"][0],
          [text_frame("signing-body", X0, grid(top + 10), span(5), 8 * LEAD, columns=4,
                      gutter=1.5 * BODY, columnRules=True)],
          body_paragraphs(s))
    rule("signing-rule", X0, grid(top + 18) + 4, span(5), 0)

    b = by_id["business-climate"]
    headline_block(b, "business", X0, top + 19, span(5), 4)
    story("business", b["headline"][0],
          [text_frame("business-body", X0, grid(top + 23), span(5), 24 * LEAD, columns=5)],
          body_paragraphs(b))

    # Briefs: a column each on the right, between column rules.
    for i, bid in enumerate(["brief-epidemic", "brief-land", "brief-discipline"]):
        it = by_id[bid]
        x = col_x(5 + i)
        headline_block(it, bid, x, top, COL, 4, "headline-brief")
        story(bid, it["headline"][0], [text_frame(bid + "-body", x, grid(top + 4), COL, 43 * LEAD)],
              body_paragraphs(it))
        rule(bid + "-rule", x - GUT / 2, grid(top), 0, 47 * LEAD)

    # Photo news across the foot of the page: the photo over the full width, its
    # caption under it.
    row = top + 49
    caption_lines = 3
    rule("photo-row-rule", X0, grid(row) - 6, TYPE_W, 0, 1.0)
    photo_item(by_id["photo-disinfection"], "photo-disinfection", X0, row, 8,
               LINES - row - caption_lines, caption_lines)


# Page two: the series banner and its introduction; the two series stories side by side,
# each with its photo across three of its four columns; photo news across the foot.
SERIES_PHOTO_LINES = 24
SERIES_BODY_LINES = 47


def page_two(by_id):
    masthead(2)
    top = 3
    # The series banner across the full width, its introduction set wider than the body.
    intro = by_id["series-intro"]
    headline_block(intro, "series", X0, top, TYPE_W, 6, "headline-banner")
    story("series", intro["headline"][0],
          [text_frame("series-body", X0, grid(top + 6), TYPE_W, 4 * LEAD, columns=2, gutter=2 * BODY)],
          [para("intro", t) for t in intro["paragraphs"]])
    row = top + 11
    rule("series-top-rule", X0, grid(row) - 6, TYPE_W, 0, 1.0)
    for j, sid in enumerate(["pangzhuang", "aerogel"]):
        it = by_id[sid]
        x = col_x(4 * j)
        headline_block(it, sid, x, row, span(4), 4)
        body_top = row + 4
        # The photo spans three of the story's four columns; text runs around it.
        story(sid, it["headline"][0],
              [text_frame(sid + "-body", x, grid(body_top), span(4), SERIES_BODY_LINES * LEAD, columns=4)],
              body_paragraphs(it))
        photo_x = col_x(4 * j + 1)
        image(sid + "-photo", "images/%s.jpg" % sid, photo_x, grid(body_top), span(3),
              SERIES_PHOTO_LINES * LEAD - 4)
        caption_story(sid + "-caption", it["photo"], sid + "-caption", sid + "-photo", photo_x,
                      grid(body_top + SERIES_PHOTO_LINES), span(3), 16)
    rule("series-rule", col_x(4) - GUT / 2, grid(row), 0, (SERIES_BODY_LINES + 4) * LEAD)

    # Photo news at the foot, over the full width, its caption under it.
    foot = row + 4 + SERIES_BODY_LINES + 1
    caption_lines = 2
    rule("photo-row-rule-2", X0, grid(foot) - 6, TYPE_W, 0, 1.0)
    photo_item(by_id["photo-heating"], "photo-heating", X0, foot, 8, LINES - foot - caption_lines,
               caption_lines)


SECTIONS = ["一周要闻", "学习贯彻党的二十大精神"]


def page(number, frame_list):
    return {"name": str(number), "width": PAGE_W, "height": PAGE_H,
            "section": SECTIONS[number - 1], "editor": "本报编辑部",
            "margins": {"top": Y0, "bottom": PAGE_H - Y0 - TYPE_H, "left": X0, "right": X0},
            "grid": {"columns": 8, "columnChars": 13, "bodySize": BODY, "gutter": GUT, "baseline": LEAD,
                     "baselineOffset": ASCENT},
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


def make_images(folder, sizes):
    """Placeholder photos, drawn here (ImageMagick), deterministic: no licence needed. The
    plasma is drawn at half size and scaled up: the same look, drawn eight times faster."""
    palettes = ["steelblue-wheat", "darkolivegreen-khaki", "firebrick-lightsteelblue", "sienna-lightblue"]
    for i, (name, (w, h)) in enumerate(sorted(sizes.items())):
        path = os.path.join(folder, name + ".jpg")
        subprocess.run(["convert", "-size", "%dx%d" % (w // 2, h // 2), "-seed", str(11 + i),
                        "plasma:" + palettes[i % len(palettes)], "-blur", "0x4",
                        "-resize", "%dx%d!" % (w, h), "-quality", "60", "-strip", path], check=True)


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "../shared/sample/weidu-weekly.json"
    here = os.path.dirname(os.path.abspath(__file__))
    items = json.load(open(source, encoding="utf-8"))
    pages = build(items)
    make_images(os.path.join(here, "images"), placeholder_sizes(pages))
    doc = {
        "format": "paiban", "version": 1, "title": "魏都周刊 一周要闻（样张）", "date": "2022年11月",
        "styles": STYLES,
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
