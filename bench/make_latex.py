#!/usr/bin/env python3
"""Writes a .paiban edition as a XeLaTeX + ctex document of the same content at the same
places, for the side-by-side export timing (bench/vs_xelatex.sh, issue 18).

Every frame of every page (master items included) becomes a textpos block at the frame's
place and size: text frames with their story's paragraphs in the paragraph styles' fonts,
sizes, leading, indent and alignment (multicol for frames of several columns; a story
threaded through frames is set whole in its first frame, as LaTeX cannot thread), photos
through \\includegraphics at the frame's size, boxes and rules as rules. The point is the
same work (the same characters, faces, sizes and photos, the same pages), not the same
line breaks.

    bench/make_latex.py EDITION.paiban OUT.tex
"""
import json
import os
import sys

PT_PER_MM = 72 / 25.4


def tex_escape(text):
    special = {'\\': r'\textbackslash{}', '{': r'\{', '}': r'\}', '$': r'\$', '&': r'\&',
               '#': r'\#', '%': r'\%', '_': r'\_', '^': r'\^{}', '~': r'\~{}'}
    return ''.join(special.get(c, c) for c in text)


def font_command(style):
    family = style.get('font', 'Noto Serif CJK SC')
    bold = style.get('weight', 400) >= 600
    sans = 'Sans' in family
    return ('\\sffamily' if sans else '\\rmfamily') + ('\\bfseries' if bold else '')


def paragraph_tex(paragraph, styles):
    style = styles.get(paragraph.get('style', 'body'), {})
    size = style.get('size', 9.0)
    leading = style.get('leading') or size * 1.5
    indent = style.get('indent', 2)
    align = {'center': '\\centering', 'end': '\\raggedleft', 'start': '\\raggedright'}.get(
        style.get('align', 'justify'), '')
    return ('{%s\\fontsize{%.2fbp}{%.2fbp}\\selectfont%s\\setlength{\\parindent}{%.2fem}'
            '%s\\par}\n' % (font_command(style), size, leading, align, indent,
                            tex_escape(paragraph.get('text', ''))))


def frame_tex(frame, stories_by_frame, styles, image_dir):
    x, y, w, h = (frame.get(k, 0) for k in ('x', 'y', 'width', 'height'))
    kind = frame.get('kind', 'text')
    head = '\\begin{textblock*}{%.2fbp}(%.2fbp,%.2fbp)\n' % (w, x, y)
    if kind == 'image' and frame.get('image'):
        path = os.path.join(image_dir, frame['image'])
        body = '\\includegraphics[width=%.2fbp,height=%.2fbp]{%s}\n' % (w, h, path)
    elif kind in ('box', 'rule'):
        body = '\\rule{%.2fbp}{%.2fbp}\n' % (max(w, 0.5), max(min(h, 1.0), 0.5))
    elif kind == 'text' and frame.get('id') in stories_by_frame:
        story = stories_by_frame[frame['id']]
        text = ''.join(paragraph_tex(p, styles) for p in story.get('paragraphs', []))
        columns = frame.get('columns', 1)
        if columns > 1:
            text = ('\\setlength{\\columnsep}{%.2fbp}\\begin{multicols}{%d}\n%s'
                    '\\end{multicols}\n' % (frame.get('gutter', 9), columns, text))
        body = '\\begin{minipage}[t][%.2fbp][t]{%.2fbp}\n%s\\end{minipage}\n' % (h, w, text)
    else:
        return ''
    return head + body + '\\end{textblock*}\n'


def edition_tex(edition, image_dir):
    styles = {s['name']: s for s in edition.get('styles', {}).get('paragraph', [])}
    stories = edition.get('stories', []) + [
        s for m in edition.get('masters', []) for s in m.get('stories', [])]
    # A story is set in its first frame only: LaTeX has no threads.
    stories_by_frame = {s['frames'][0]: s for s in stories if s.get('frames')}
    masters = {m['name']: m for m in edition.get('masters', [])}
    pages = edition.get('pages', [])
    first = pages[0] if pages else {'width': 595, 'height': 842}
    out = ['\\documentclass[UTF8,zihao=5]{ctexart}\n',
           '\\usepackage[paperwidth=%.2fbp,paperheight=%.2fbp,margin=0pt]{geometry}\n'
           % (first['width'], first['height']),
           '\\usepackage[absolute]{textpos}\n\\usepackage{multicol}\n\\usepackage{graphicx}\n',
           '\\setCJKmainfont{Noto Serif CJK SC}[BoldFont={Noto Serif CJK SC Bold}]\n',
           '\\setCJKsansfont{Noto Sans CJK SC}[BoldFont={Noto Sans CJK SC Bold}]\n',
           '\\setlength{\\TPHorizModule}{1pt}\\setlength{\\TPVertModule}{1pt}\n',
           '\\pagestyle{empty}\n\\begin{document}\n']
    for number, page in enumerate(pages, 1):
        master = masters.get(page.get('master')) or next(
            (m for m in masters.values()
             if m.get('kind') == ('first' if number == 1 else
                                  'left' if number % 2 == 0 else 'right')), None)
        frames = (master.get('frames', []) if master else []) + page.get('frames', [])
        out.append('\\null\n')
        out.extend(frame_tex(f, stories_by_frame, styles, image_dir) for f in frames)
        out.append('\\newpage\n')
    out.append('\\end{document}\n')
    return ''.join(out)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding='utf-8') as f:
        edition = json.load(f)
    image_dir = os.path.dirname(os.path.abspath(source))
    with open(target, 'w', encoding='utf-8') as f:
        f.write(edition_tex(edition, image_dir))


if __name__ == '__main__':
    main()
