#!/usr/bin/env python3
"""Reads a tagged PDF's structure, marked content and article threads with pikepdf (not
Paiban's writer), for tst_tagged_pdf, and prints them as JSON:
  {"pages": [{"box": [x0, y0, x1, y1] (TrimBox, else MediaBox), "mcids": [n, ...] (in
              content order), "artifacts": ["/Pagination /Header", ...],
              "unbalanced": false}],
   "elements": [{"type": "Art", "depth": 1, "title": "...", "alt": "...",
                 "bbox": [...] or null, "content": [[page, mcid], ...]}, ...]
               (the tree below /Document, depth first),
   "parent_tree_errors": ["page 1 MCID 3: ..."],
   "threads": [{"title": "...", "beads": [{"page": 0, "rect": [x0, y0, x1, y1]}]}],
   "page_beads_errors": ["..."],
   "catalog": {"marked": true, "lang": "zh-CN", "display_doc_title": true}}
usage: tagged_pdf.py FILE.pdf
"""
import json
import sys

import pikepdf


def text(value):
    return str(value) if value is not None else None


def numbers(array):
    return [float(v) for v in array]


def page_content(page):
    """The MCIDs of a page's content in order, its artifacts' properties, and whether
    BDC/BMC and EMC balance."""
    mcids, artifacts, depth, balanced = [], [], 0, True
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op in ("BDC", "BMC"):
            depth += 1
            tag = str(operands[0])
            if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary):
                props = operands[1]
                if "/MCID" in props:
                    mcids.append(int(props.MCID))
                if tag == "/Artifact":
                    kind = [str(props.get("/Type", "")), str(props.get("/Subtype", ""))]
                    artifacts.append(" ".join(k for k in kind if k))
            elif tag == "/Artifact":
                artifacts.append("")
        elif op == "EMC":
            depth -= 1
            balanced = balanced and depth >= 0
    return mcids, artifacts, balanced and depth == 0


def main():
    pdf = pikepdf.open(sys.argv[1])
    page_index = {page.obj.objgen: i for i, page in enumerate(pdf.pages)}
    out = {"pages": [], "elements": [], "parent_tree_errors": [], "threads": [],
           "page_beads_errors": []}
    for page in pdf.pages:
        box = page.obj.get("/TrimBox", page.obj.MediaBox)
        mcids, artifacts, balanced = page_content(page)
        out["pages"].append({"box": numbers(box), "mcids": mcids, "artifacts": artifacts,
                             "balanced": balanced})

    root = pdf.Root
    out["catalog"] = {
        "marked": bool(root.get("/MarkInfo", {}).get("/Marked", False)),
        "lang": text(root.get("/Lang")),
        "display_doc_title": bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)),
    }
    tree = root.get("/StructTreeRoot")
    owner = {}  # (page, mcid) -> element index, from the tree

    def walk(element, depth, page):
        page = element.get("/Pg", page)
        index = len(out["elements"])
        record = {"type": str(element.S)[1:], "depth": depth, "title": text(element.get("/T")),
                  "alt": text(element.get("/Alt")), "bbox": None, "content": []}
        attributes = element.get("/A")
        if isinstance(attributes, pikepdf.Dictionary) and "/BBox" in attributes:
            record["bbox"] = numbers(attributes.BBox)
        out["elements"].append(record)
        kids = element.get("/K", [])
        if not isinstance(kids, pikepdf.Array):
            kids = [kids]
        for kid in kids:
            if isinstance(kid, int) or (hasattr(kid, "is_integer") and kid.is_integer):
                place = (page_index[page.objgen], int(kid))
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                place = (page_index[kid.get("/Pg", page).objgen], int(kid.MCID))
            else:
                walk(kid, depth + 1, page)
                continue
            record["content"].append(list(place))
            owner.setdefault(place, []).append(index)

    document = tree.K
    for kid in document.K:
        walk(kid, 1, None)

    # The parent tree must give, for each page's MCID, the element that holds it.
    nums = tree.ParentTree.Nums
    parents = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    if int(tree.ParentTreeNextKey) <= max(parents, default=-1):
        out["parent_tree_errors"].append("ParentTreeNextKey not past the last key")
    objgen_of = {}
    for i, page in enumerate(pdf.pages):
        key = page.obj.get("/StructParents")
        mcids = out["pages"][i]["mcids"]
        if key is None:
            if mcids:
                out["parent_tree_errors"].append(f"page {i + 1}: MCIDs but no /StructParents")
            continue
        array = parents.get(int(key))
        if array is None:
            out["parent_tree_errors"].append(f"page {i + 1}: no parent tree entry {int(key)}")
            continue
        for mcid in mcids:
            holders = owner.get((i, mcid), [])
            if mcid >= len(array) or len(holders) != 1:
                out["parent_tree_errors"].append(f"page {i + 1} MCID {mcid}: {len(holders)} elements")
                continue
            element = array[mcid]
            objgen_of.setdefault(element.objgen, holders[0])
            if objgen_of[element.objgen] != holders[0]:
                out["parent_tree_errors"].append(f"page {i + 1} MCID {mcid}: parent tree names another element")

    for thread in root.get("/Threads", []):
        first = thread.F
        beads, bead = [], first
        while True:
            beads.append({"page": page_index[bead.P.objgen], "rect": numbers(bead.R)})
            if bead.N.V.objgen != bead.objgen:
                out["page_beads_errors"].append("a bead's next does not lead back to it")
            bead = bead.N
            if bead.objgen == first.objgen or len(beads) > 10000:
                break
        info = thread.get("/I", {})
        out["threads"].append({"title": text(info.get("/Title")), "beads": beads})
        # Each bead must be listed in its page's /B.
        bead = first
        while True:
            listed = [b.objgen for b in bead.P.get("/B", [])]
            if bead.objgen not in listed:
                out["page_beads_errors"].append(f"a bead on page {page_index[bead.P.objgen] + 1} is not in its /B")
            bead = bead.N
            if bead.objgen == first.objgen:
                break
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
