#!/usr/bin/env python3
"""Writes an N-page edition for the export benchmarks: the sample's two pages N/2 times,
every frame and story id made unique and each copy's text rotated by a few characters, so
that no page shares its text (or its glyphs' layout) with another.

    python3 bench/make_edition.py 24 /tmp/edition-24/edition.paiban
"""
import json
import os
import shutil
import sys

here = os.path.dirname(os.path.abspath(__file__))
sample_dir = os.path.join(here, "..", "resources", "sample")


def rotated(text, k):
    return text[k % len(text):] + text[:k % len(text)] if text else text


def main():
    pages = int(sys.argv[1]) if len(sys.argv) > 1 else 24
    out = sys.argv[2] if len(sys.argv) > 2 else "/tmp/edition-%d/edition.paiban" % pages
    sample = json.load(open(os.path.join(sample_dir, "weidu-weekly.paiban"), encoding="utf-8"))
    doc = dict(sample, pages=[], stories=[])
    for copy in range((pages + 1) // 2):
        suffix = "-%d" % copy
        for page in sample["pages"]:
            page = json.loads(json.dumps(page))
            for f in page["frames"]:
                f["id"] += suffix
                if "captionOf" in f:
                    f["captionOf"] += suffix
            doc["pages"].append(page)
        for story in sample["stories"]:
            story = json.loads(json.dumps(story))
            story["id"] += suffix
            story["frames"] = [f + suffix for f in story["frames"]]
            for p in story["paragraphs"]:
                if "text" in p:
                    p["text"] = rotated(p["text"], copy)
                for r in p.get("runs", []):
                    if "text" in r and "field" not in r:
                        r["text"] = rotated(r["text"], copy)
            doc["stories"].append(story)
    doc["pages"] = doc["pages"][:pages]
    os.makedirs(os.path.dirname(out), exist_ok=True)
    images = os.path.join(os.path.dirname(out), "images")
    if not os.path.exists(images):
        shutil.copytree(os.path.join(sample_dir, "images"), images)
    json.dump(doc, open(out, "w", encoding="utf-8"), ensure_ascii=False)
    print(out)


if __name__ == "__main__":
    main()
