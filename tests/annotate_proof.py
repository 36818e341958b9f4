#!/usr/bin/env python3
"""Marks a proof PDF as a proofreader's reader would, with pikepdf (not Paiban's writer):
the tests' stand-in for WPS, Acrobat or a tablet. Reads a JSON list of marks:
  {"page": 0, "subtype": "Highlight"|"StrikeOut"|"Underline"|"Text"|"Caret",
   "quads": [[x, y, w, h], ...]   (page points, top-left origin, as Paiban lays out),
   "rect": [x, y, w, h], "contents": "...", "author": "...", "nm": "..."}
usage: annotate_proof.py IN.pdf MARKS.json OUT.pdf
"""
import json
import sys

import pikepdf


def main():
    source, marks_path, out = sys.argv[1:4]
    with open(marks_path, encoding="utf-8") as f:
        marks = json.load(f)
    pdf = pikepdf.open(source)
    for mark in marks:
        page = pdf.pages[mark["page"]]
        height = float(page.mediabox[3])
        quads, xs, ys = [], [], []
        for x, y, w, h in mark.get("quads", []):
            top, bottom = height - y, height - y - h
            # upper-left, upper-right, lower-left, lower-right: the order readers write
            quads += [x, top, x + w, top, x, bottom, x + w, bottom]
            xs += [x, x + w]
            ys += [top, bottom]
        if "rect" in mark:
            x, y, w, h = mark["rect"]
            xs += [x, x + w]
            ys += [height - y, height - y - h]
        annot = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name("/" + mark["subtype"]),
            Rect=[min(xs), min(ys), max(xs), max(ys)],
            Contents=pikepdf.String(mark.get("contents", "")),
            T=pikepdf.String(mark.get("author", "")),
            C=[1, 0.9, 0],
            F=4,
        )
        if quads:
            annot.QuadPoints = quads
        if mark.get("nm"):
            annot.NM = pikepdf.String(mark["nm"])
        if "/Annots" not in page.obj:
            page.obj.Annots = pdf.make_indirect(pikepdf.Array())
        page.obj.Annots.append(pdf.make_indirect(annot))
    pdf.save(out)


if __name__ == "__main__":
    main()
