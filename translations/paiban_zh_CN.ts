<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>paiban::editor::MainWindow</name>
    <message>
        <location filename="../app/editor/main_window.cpp" line="37"/>
        <source>Preflight</source>
        <translation>预检</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="52"/>
        <source>Zoom %1 %</source>
        <translation>缩放 %1 %</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="65"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="66"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="68"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="70"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="73"/>
        <source>&amp;Export PDF…</source>
        <translation>输出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="74"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="76"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="79"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="80"/>
        <source>&amp;Fit Page</source>
        <translation>整版显示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="81"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="82"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="83"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="84"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="86"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="89"/>
        <source>Show &amp;Guides</source>
        <translation>显示参考线(&amp;G)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="97"/>
        <source>&amp;Previous Page</source>
        <translation>上一版(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="99"/>
        <source>&amp;Next Page</source>
        <translation>下一版(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="102"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="110"/>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="124"/>
        <source>Cannot open document</source>
        <translation>无法打开文档</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="125"/>
        <source>%1 could not be opened:

%2</source>
        <translation>无法打开 %1：

%2</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="137"/>
        <source>Page %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="141"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="158"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="159"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="160"/>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="161"/>
        <source>page %1: </source>
        <translation>第 %1 版：</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="171"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="196"/>
        <source>Open Edition</source>
        <translation>打开版面文件</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="196"/>
        <location filename="../app/editor/main_window.cpp" line="225"/>
        <source>Paiban editions (*.paiban)</source>
        <translation>排版文件 (*.paiban)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="206"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="211"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="224"/>
        <source>Save Edition As</source>
        <translation>版面文件另存为</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="239"/>
        <source>Export PDF</source>
        <translation>输出 PDF</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="239"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="246"/>
        <source>Cannot export</source>
        <translation>无法输出</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="249"/>
        <source>Exported %1</source>
        <translation>已输出 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="253"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="254"/>
        <source>%1 — Paiban</source>
        <translation>%1 — 排版</translation>
    </message>
</context>
</TS>
