#!/usr/bin/env python3
"""Builds the sample edition (weidu-weekly.paiban) from the text of a real newspaper page
(../shared/sample/weidu-weekly.json): one broadsheet (对开) page on an 8-column grid,
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
           grid=True, before=0, after=0, color=K):
    return {"name": name, "font": font, "weight": weight, "size": size, "leading": leading,
            "indent": indent, "spaceBefore": before, "spaceAfter": after, "align": align,
            "kinsoku": "gb", "hanging": "off", "latinGap": 0.25, "trimLineStart": True,
            "widowControl": False, "minLastLineChars": 2, "breaker": "total", "grid": grid,
            "color": color}

STYLES = {
    "paragraph": [
        pstyle("body"),
        pstyle("byline", font=SANS, indent=0, align="start"),
        pstyle("kicker", size=10.5, leading=16, indent=0, align="center", grid=False),
        pstyle("headline-lead", font=SANS, weight=700, size=30, leading=38, indent=0,
               align="center", grid=False),
        pstyle("headline", font=SANS, weight=700, size=20, leading=26, indent=0,
               align="center", grid=False),
        pstyle("headline-banner", font=SERIF, weight=700, size=36, leading=44, indent=0,
               align="center", grid=False, color=[0, 1, 1, 0.1]),
        pstyle("headline-brief", font=SANS, weight=700, size=12, leading=16, indent=0,
               align="center", grid=False),
        pstyle("subhead", font=SANS, size=14, leading=20, indent=0, align="center", grid=False),
        pstyle("intro", font="Noto Sans CJK SC", size=10.5, leading=17, grid=False),
        pstyle("caption", font=SANS, size=8, leading=12, indent=0, grid=False),
        pstyle("label", font=SANS, weight=700, size=10.5, leading=14, indent=0,
               align="center", grid=False, color=WHITE),
        pstyle("masthead", font=SERIF, weight=700, size=22, leading=26, indent=0,
               align="start", grid=False, color=RED),
        pstyle("folio", font=SANS, size=10.5, leading=14, indent=0, align="end", grid=False),
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

def runs(style, *parts):
    return {"style": style, "runs": [{"text": t, **({"style": s} if s else {})} for t, s in parts]}

def image(fid, path, x, y, w, h):
    frames.append({"id": fid, "kind": "image", "x": x, "y": y, "width": w, "height": h,
                   "image": path, "wrap": True, "wrapGap": BODY / 2})

def rule(fid, x, y, w, h, width=0.5):
    frames.append({"id": fid, "kind": "rule", "x": x, "y": y, "width": w, "height": h,
                   "strokeWidth": width, "stroke": K})

def headline_block(item, sid, x, y, w, h, style="headline"):
    ps = []
    if item.get("kicker"):
        ps.append(para("kicker", item["kicker"]))
    ps += [para(style, line) for line in item["headline"]]
    if item.get("subhead"):
        ps.append(para("subhead", item["subhead"]))
    story(sid + "-head", item["headline"][0], [text_frame(sid + "-head", x, y, w, h)], ps)

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

def caption_story(sid, photo, fid, x, y, w, h):
    story(sid, "caption " + sid, [text_frame(fid, x, y, w, h, wrap=True, wrapGap=BODY / 2)],
          [runs("caption", (photo["caption"] + " ", None), (photo["credit"], "credit"))])

def build(items):
    by_id = {it["id"]: it for it in items}
    # 报眉: paper, section and date, with a double rule under it.
    story("masthead", "masthead", [text_frame("masthead", X0, Y0, span(4), 28)],
          [para("masthead", "魏都周刊")])
    story("folio", "folio", [text_frame("folio", col_x(4), Y0 + 8, span(4), 20)],
          [para("folio", "2022年11月 · 第1版 · " + by_id["signing"]["section"] + " · 样张")])
    rule("masthead-rule", X0, Y0 + 32, TYPE_W, 0, 1.5)
    rule("masthead-rule2", X0, Y0 + 35, TYPE_W, 0, 0.5)

    top = 3  # grid line under the masthead
    # Lead story, five basic columns: label, headline, subhead, body.
    s = by_id["signing"]
    frames.append({"id": "signing-label-box", "kind": "box", "x": X0, "y": grid(top),
                   "width": 5 * BODY, "height": 86, "fill": [1, 0.6, 0, 0.1]})
    story("signing-label", "label", [text_frame("signing-label", X0 + 4, grid(top) + 14, 5 * BODY - 8, 60)],
          [para("label", ch) for ch in s["label"]])
    headline_block(s, "signing", X0 + 6 * BODY, grid(top), span(5) - 6 * BODY, 110, "headline-lead")
    story("signing", s["headline"][0],
          [text_frame("signing-body", X0, grid(top + 9), span(5), 11 * LEAD, columns=5)],
          body_paragraphs(s))
    rule("signing-rule", X0, grid(top + 20) + 4, span(5), 0)

    b = by_id["business-climate"]
    headline_block(b, "business", X0, grid(top + 21), span(5), 48)
    story("business", b["headline"][0],
          [text_frame("business-body", X0, grid(top + 25), span(5), 23 * LEAD, columns=5)],
          body_paragraphs(b))

    # Briefs: a column each on the right, under a column rule.
    for i, bid in enumerate(["brief-epidemic", "brief-land", "brief-discipline"]):
        it = by_id[bid]
        x = col_x(5 + i)
        headline_block(it, bid, x, grid(top), COL, 52, "headline-brief")
        story(bid, it["headline"][0], [text_frame(bid + "-body", x, grid(top + 4), COL, 44 * LEAD)],
              body_paragraphs(it))
        rule(bid + "-rule", x - GUT / 2, grid(top), 0, 48 * LEAD)

    row2 = top + 49
    rule("row2-rule", X0, grid(row2) - 6, TYPE_W, 0, 1.0)
    # The series banner over two stories, its introduction set wider than the body.
    intro = by_id["series-intro"]
    headline_block(intro, "series", X0, grid(row2), span(6), 70, "headline-banner")
    story("series", intro["headline"][0],
          [text_frame("series-body", X0, grid(row2 + 6), span(6), 4 * 17, columns=2, gutter=2 * BODY)],
          [para("intro", t) for t in intro["paragraphs"]])
    for j, sid in enumerate(["pangzhuang", "aerogel"]):
        it = by_id[sid]
        x = col_x(3 * j)
        y = row2 + 12
        headline_block(it, sid, x, grid(y), span(3), 56)
        body_top = y + 5
        body_lines = 48
        image(sid + "-photo", "images/%s.jpg" % sid, col_x(3 * j + 1), grid(body_top), span(2), 150)
        caption_story(sid + "-caption", it["photo"], sid + "-caption", col_x(3 * j + 1),
                      grid(body_top) + 154, span(2), 26)
        story(sid, it["headline"][0],
              [text_frame(sid + "-body", x, grid(body_top), span(3), body_lines * LEAD, columns=3)],
              body_paragraphs(it))
    rule("series-rule", col_x(3) - GUT / 2, grid(row2 + 12), 0, 53 * LEAD)

    # Photo news on the right of the second row.
    y = grid(row2)
    for pid in ["photo-disinfection", "photo-heating"]:
        it = by_id[pid]
        image(pid + "-photo", "images/%s.jpg" % pid, col_x(6), y, span(2), 190)
        lines = 8 if len(it["photo"]["caption"]) > 150 else 7
        caption_story(pid, it["photo"], pid + "-caption", col_x(6), y + 196, span(2), lines * 12 + 4)
        y += 196 + lines * 12 + 24
    rule("photo-rule", col_x(6) - GUT / 2, grid(row2), 0, 63 * LEAD)

def make_images(folder, names):
    """Placeholder photos, drawn here (ImageMagick), deterministic: no licence needed."""
    palettes = ["steelblue-wheat", "darkolivegreen-khaki", "firebrick-lightsteelblue", "sienna-lightblue"]
    for i, name in enumerate(names):
        path = os.path.join(folder, name + ".jpg")
        if os.path.exists(path):
            continue
        subprocess.run(["convert", "-size", "480x320", "-seed", str(11 + i),
                        "plasma:" + palettes[i % len(palettes)], "-blur", "0x3",
                        "-quality", "70", "-strip", path], check=True)

def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "../shared/sample/weidu-weekly.json"
    here = os.path.dirname(os.path.abspath(__file__))
    items = json.load(open(source, encoding="utf-8"))
    build(items)
    make_images(os.path.join(here, "images"),
                ["pangzhuang", "aerogel", "photo-disinfection", "photo-heating"])
    doc = {
        "format": "paiban", "version": 1, "title": "魏都周刊 一周要闻（样张）", "date": "2022-11",
        "styles": STYLES,
        "pages": [{"name": "1", "width": PAGE_W, "height": PAGE_H,
                   "margins": {"top": Y0, "bottom": PAGE_H - Y0 - TYPE_H, "left": X0, "right": X0},
                   "grid": {"columns": 8, "gutter": GUT, "baseline": LEAD, "baselineOffset": 0},
                   "frames": frames}],
        "stories": stories,
    }
    out = os.path.join(here, "weidu-weekly.paiban")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(out)

if __name__ == "__main__":
    main()
