#!/usr/bin/env python3
"""Fills paiban_zh_CN.ts from the glossary below after `cmake --build build --target
paiban_editor_lupdate`. Keeps the newsroom's words: 版 for page, 预检 for preflight."""
import re
import sys

GLOSSARY = {
    "Preflight": "预检",
    "Zoom %1 %": "缩放 %1 %",
    "&File": "文件(&F)",
    "&Open…": "打开(&O)…",
    "&Save": "保存(&S)",
    "Save &As…": "另存为(&A)…",
    "&Export PDF…": "输出 PDF(&E)…",
    "Ctrl+E": "Ctrl+E",
    "&Quit": "退出(&Q)",
    "&View": "视图(&V)",
    "&Fit Page": "整版显示(&F)",
    "Ctrl+0": "Ctrl+0",
    "&Actual Size": "实际大小(&A)",
    "Ctrl+1": "Ctrl+1",
    "Zoom &In": "放大(&I)",
    "Zoom &Out": "缩小(&O)",
    "Show &Guides": "显示参考线(&G)",
    "&Previous Page": "上一版(&P)",
    "&Next Page": "下一版(&N)",
    "Main": "主工具栏",
    "Page": "版面",
    "Cannot open document": "无法打开文档",
    "%1 could not be opened:\n\n%2": "无法打开 %1：\n\n%2",
    "Page %1": "第 %1 版",
    "Opened %1": "已打开 %1",
    "No problems found.": "未发现问题。",
    "Open Edition": "打开版面文件",
    "Paiban editions (*.paiban)": "排版文件 (*.paiban)",
    "Cannot save": "无法保存",
    "Saved %1": "已保存 %1",
    "Save Edition As": "版面文件另存为",
    "Export PDF": "输出 PDF",
    "PDF files (*.pdf)": "PDF 文件 (*.pdf)",
    "Cannot export": "无法输出",
    "Exported %1": "已输出 %1",
    "Untitled": "未命名",
    "%1 — Paiban": "%1 — 排版",
    "error": "错误",
    "warning": "警告",
    "note": "提示",
    "page %1: ": "第 %1 版：",
    "For the &press (PDF/X-4, CMYK)": "印刷用(&P)（PDF/X-4，CMYK）",
    "&Proof (for screen and office printers)": "校样(&R)（屏幕与办公打印）",
    "&All pages": "全部版面(&A)",
    "Pa&ges:": "版面(&G)：",
    "e.g. 1-2, 4": "例如 1-2, 4",
    "Crop &marks": "裁切标记(&M)",
    " mm": " 毫米",
    "Output:": "输出：",
    "Pages:": "版面：",
    "&Bleed:": "出血(&B)：",
    "“%1” is not a range of pages between 1 and %2.": "“%1”不是 1 至 %2 之间的版面范围。",
    "Apply Paragraph Style %1": "应用段落样式 %1",
    "Edit Paragraph Style %1": "修改段落样式 %1",
    "Frame Properties": "框属性",
    "Delete Text": "删除文字",
    "Typing": "输入",
    "New Frame": "新建框",
    "New Page": "新建版面",
    "Delete Frame": "删除框",
    "Place Image": "置入图片",
    "Images (*.jpg *.jpeg *.png *.tif *.tiff)": "图片 (*.jpg *.jpeg *.png *.tif *.tiff)",
    "Story": "稿件",
    "Paragraph Styles": "段落样式",
    "Properties": "属性",
    "Pages": "版面",
    "Open &Recent": "最近打开(&R)",
    "&Place Image…": "置入图片(&P)…",
    "Ctrl+D": "Ctrl+D",
    "&Print…": "打印(&P)…",
    "&Edit": "编辑(&E)",
    "&Undo": "撤销(&U)",
    "&Redo": "重做(&R)",
    "&Delete Frame": "删除框(&D)",
    "&Thread Next Frame To…": "续排到(&T)…",
    "U&nthread Frame": "断开续排(&N)",
    "P&roof View": "校样视图(&R)",
    "Ctrl+Shift+P": "Ctrl+Shift+P",
    "&Tools": "工具(&T)",
    "&Select": "选择(&S)",
    "&Text Frame": "文字框(&T)",
    "&Image Frame": "图片框(&I)",
    "&Box": "方框(&B)",
    "&Rule": "线条(&R)",
    "Unsaved changes": "有未保存的修改",
    "%1 has changes that are not saved. Save them?": "%1 有未保存的修改。是否保存？",
    "Exporting %1…": "正在输出 %1…",
    "%1 is not an image Paiban can read": "%1 不是排版能读取的图片",
    "Thread Frame": "续排",
    "Continue the story in frame:": "稿件续排到框：",
    "Move Frame": "移动框",
    "Resize Frame": "调整框大小",
    "Move Page": "移动版面",
    "Add": "添加",
    "Delete": "删除",
    "Earlier": "前移",
    "Later": "后移",
    "Text wraps around it": "文字绕排",
    "X:": "X：",
    "Y:": "Y：",
    "Width:": "宽：",
    "Height:": "高：",
    "Columns:": "栏数：",
    "Gutter:": "栏间距：",
    "Standoff:": "绕排间距：",
    "Image fit:": "图片适配：",
    "%1 frame “%2”": "%1 框“%2”",
    "No frame selected.": "未选中框。",
    "Delete Page": "删除版面",
    "Paragraph style": "段落样式",
    "Apply to Paragraph": "应用到段落",
    "Story: %1": "稿件：%1",
    "Select a text frame to edit its story.": "选中文字框以编辑其稿件。",
    " 字": " 字",
    "Font:": "字体：",
    "Size:": "字号：",
    "Leading:": "行距：",
    "First-line indent:": "首行缩进：",
    "Alignment:": "对齐：",
    "Line-start rules:": "避头尾：",
    "Unthread Frame": "断开续排",
}

def unescape(s):
    return s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")

def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

path = sys.argv[1] if len(sys.argv) > 1 else "translations/paiban_zh_CN.ts"
text = open(path, encoding="utf-8").read()
missing = []

def fill(m):
    source = unescape(m.group(1))
    if source not in GLOSSARY:
        missing.append(source)
        return m.group(0)
    return "<source>%s</source>%s<translation>%s</translation>" % (m.group(1), m.group(2), escape(GLOSSARY[source]))

text = re.sub(r"<source>(.*?)</source>(\s*)<translation[^>]*>.*?</translation>", fill, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
if missing:
    print("no translation for:", missing)
