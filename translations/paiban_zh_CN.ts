<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>paiban::editor</name>
    <message>
        <location filename="../app/editor/press_check.cpp" line="26"/>
        <source>page %1, frame %2</source>
        <translation>第 %1 版，框 %2</translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="28"/>
        <source>page %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="30"/>
        <source>frame %1</source>
        <translation>框 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="32"/>
        <source>story %1</source>
        <translation>稿件 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="45"/>
        <source>… and %n more in the Preflight panel.</source>
        <translation>……另有 %n 项，见预检面板。</translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="52"/>
        <source>Not ready for the press</source>
        <translation>尚不能付印</translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="53"/>
        <source>The page has %n error(s) that would print wrong:</source>
        <translation>本版有 %n 处错误，印出来会出错：</translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="56"/>
        <source>Show Problems</source>
        <translation>查看问题</translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="57"/>
        <source>Export Anyway</source>
        <translation>仍然输出</translation>
    </message>
</context>
<context>
    <name>paiban::editor::Commands</name>
    <message>
        <location filename="../app/editor/commands.cpp" line="61"/>
        <source>Move Frame</source>
        <translation>移动框</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="60"/>
        <source>Resize Frame</source>
        <translation>调整框大小</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="91"/>
        <source>Frame Properties</source>
        <translation>框属性</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="145"/>
        <source>Delete Text</source>
        <translation>删除文字</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="147"/>
        <source>Typing</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="148"/>
        <source>Replace Text</source>
        <translation>替换文字</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="197"/>
        <source>Apply Paragraph Style %1</source>
        <translation>应用段落样式 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="205"/>
        <source>Apply Character Style %1</source>
        <translation>应用字符样式 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="216"/>
        <source>Edit Paragraph Style %1</source>
        <translation>修改段落样式 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="241"/>
        <source>Edit Character Style %1</source>
        <translation>修改字符样式 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="280"/>
        <source>New Frame</source>
        <translation>新建框</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="305"/>
        <source>Delete Frame</source>
        <translation>删除框</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="314"/>
        <source>Thread Frame</source>
        <translation>续排</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="330"/>
        <source>Unthread Frame</source>
        <translation>断开续排</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="339"/>
        <source>New Page</source>
        <translation>新建版面</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="353"/>
        <source>Delete Page</source>
        <translation>删除版面</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="367"/>
        <source>Move Page</source>
        <translation>移动版面</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="380"/>
        <source>New Guide</source>
        <translation>新建参考线</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="389"/>
        <source>Clear Guides</source>
        <translation>清除参考线</translation>
    </message>
</context>
<context>
    <name>paiban::editor::ExportDialog</name>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="21"/>
        <location filename="../app/editor/export_dialog.cpp" line="82"/>
        <source>Export PDF</source>
        <translation>输出 PDF</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="22"/>
        <source>For the &amp;press (PDF/X-4, CMYK)</source>
        <translation>印刷用(&amp;P)（PDF/X-4，CMYK）</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="23"/>
        <source>&amp;Proof (for screen and office printers)</source>
        <translation>校样(&amp;R)（屏幕与办公打印）</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="25"/>
        <source>&amp;All pages</source>
        <translation>全部版面(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="26"/>
        <source>Pa&amp;ges:</source>
        <translation>版面(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="29"/>
        <source>e.g. 1-2, 4</source>
        <translation>例如 1-2, 4</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="31"/>
        <source>Crop &amp;marks</source>
        <translation>裁切标记(&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="36"/>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="54"/>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="55"/>
        <source>Pages:</source>
        <translation>版面：</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="57"/>
        <source>&amp;Bleed:</source>
        <translation>出血(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="83"/>
        <source>“%1” is not a range of pages between 1 and %2.</source>
        <translation>“%1”不是 1 至 %2 之间的版面范围。</translation>
    </message>
</context>
<context>
    <name>paiban::editor::LinksPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="436"/>
        <source>Relink…</source>
        <translation>重新链接…</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="442"/>
        <source>Relink Image</source>
        <translation>重新链接图片</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="443"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="469"/>
        <source>too large to open</source>
        <translation>过大，无法打开</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="471"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="472"/>
        <source>%1 ppi</source>
        <translation>%1 ppi</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="474"/>
        <source>page %1 · %2 · %3</source>
        <translation>第 %1 版 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>paiban::editor::MainWindow</name>
    <message>
        <location filename="../app/editor/main_window.cpp" line="253"/>
        <source>Preflight</source>
        <translation>预检</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="151"/>
        <source>Zoom %1 %</source>
        <translation>缩放 %1 %</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="90"/>
        <location filename="../app/editor/main_window.cpp" line="95"/>
        <location filename="../app/editor/main_window.cpp" line="821"/>
        <location filename="../app/editor/main_window.cpp" line="843"/>
        <source>Place Image</source>
        <translation>置入图片</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="91"/>
        <location filename="../app/editor/main_window.cpp" line="844"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="155"/>
        <location filename="../app/editor/main_window.cpp" line="500"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="156"/>
        <source>Paiban found work on %1 that was not saved (from %2), after it was closed unexpectedly. Restore it?</source>
        <translation>排版在意外关闭后找到 %1 未保存的工作（%2）。是否恢复？</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="267"/>
        <source>Story</source>
        <translation>稿件</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="265"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="278"/>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="275"/>
        <source>Pages</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="96"/>
        <location filename="../app/editor/main_window.cpp" line="822"/>
        <source>%1 is not an image Paiban can read (JPEG, PNG or TIFF). Nothing was placed.</source>
        <translation>%1 不是排版能读取的图片（JPEG、PNG 或 TIFF），未置入任何内容。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="270"/>
        <source>Styles</source>
        <translation>样式</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="307"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="308"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="310"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="312"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="314"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="317"/>
        <source>&amp;Place Image…</source>
        <translation>置入图片(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="318"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="319"/>
        <source>&amp;Import Text…</source>
        <translation>导入文本(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="321"/>
        <source>&amp;Export PDF…</source>
        <translation>输出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="322"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="323"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="326"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="329"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="333"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="335"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="337"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="337"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="350"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="351"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="355"/>
        <source>&amp;Delete Frame</source>
        <translation>删除框(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="361"/>
        <source>&amp;Thread Next Frame To…</source>
        <translation>续排到(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="362"/>
        <source>U&amp;nthread Frame</source>
        <translation>断开续排(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="364"/>
        <source>&amp;Clear Guides on Page</source>
        <translation>清除本版参考线(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="369"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="370"/>
        <source>&amp;Fit Page</source>
        <translation>整版显示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="371"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="372"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="373"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="374"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="376"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="379"/>
        <source>Show &amp;Guides</source>
        <translation>显示参考线(&amp;G)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="386"/>
        <source>P&amp;roof View</source>
        <translation>校样视图(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="389"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="395"/>
        <source>Pa&amp;nels</source>
        <translation>面板(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="399"/>
        <source>&amp;Reset Panels</source>
        <translation>恢复面板布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="401"/>
        <source>&amp;Previous Page</source>
        <translation>上一版(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="403"/>
        <source>&amp;Next Page</source>
        <translation>下一版(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="407"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="410"/>
        <source>&amp;Select</source>
        <translation>选择(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="411"/>
        <source>&amp;Text Frame</source>
        <translation>文字框(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="412"/>
        <source>&amp;Image Frame</source>
        <translation>图片框(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="413"/>
        <source>&amp;Box</source>
        <translation>方框(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="414"/>
        <source>&amp;Rule</source>
        <translation>线条(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="435"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="448"/>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="464"/>
        <source>Cannot open document</source>
        <translation>无法打开文档</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="465"/>
        <source>%1 could not be opened:

%2</source>
        <translation>无法打开 %1：

%2</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="481"/>
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="163"/>
        <location filename="../app/editor/main_window.cpp" line="525"/>
        <source>Could not keep a recovery copy: %1</source>
        <translation>无法保存恢复副本：%1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="554"/>
        <source>Page %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="489"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="501"/>
        <source>Paiban was closed with unsaved work on %1.</source>
        <translation>排版关闭时 %1 有未保存的工作。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="505"/>
        <source>Open it with that work now, keep the work for later, or discard it?</source>
        <translation>现在打开它并恢复这些工作、留待以后，还是放弃这些工作？</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="507"/>
        <source>Open and Restore</source>
        <translation>打开并恢复</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="508"/>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="509"/>
        <source>Discard the Work</source>
        <translation>放弃这些工作</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="569"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="570"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="571"/>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="572"/>
        <source>page %1: </source>
        <translation>第 %1 版：</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="595"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="656"/>
        <source>Open Edition</source>
        <translation>打开版面文件</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="656"/>
        <location filename="../app/editor/main_window.cpp" line="684"/>
        <source>Paiban editions (*.paiban)</source>
        <translation>排版文件 (*.paiban)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="666"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="670"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="683"/>
        <source>Save Edition As</source>
        <translation>版面文件另存为</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="696"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="697"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 有未保存的修改。是否保存？</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="735"/>
        <source>Export PDF</source>
        <translation>输出 PDF</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="735"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="743"/>
        <source>Exporting %1…</source>
        <translation>正在输出 %1…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="754"/>
        <source>Cannot export</source>
        <translation>无法输出</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/main_window.cpp" line="758"/>
        <source>It was written with %n preflight error(s).</source>
        <translation><numerusform>输出时带有 %n 处预检错误。</numerusform></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="760"/>
        <source>Exported %1</source>
        <translation>已输出 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="792"/>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="793"/>
        <source>The printer could not be started: %1</source>
        <translation>无法启动打印机：%1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="856"/>
        <location filename="../app/editor/main_window.cpp" line="861"/>
        <location filename="../app/editor/main_window.cpp" line="867"/>
        <location filename="../app/editor/main_window.cpp" line="874"/>
        <location filename="../app/editor/main_window.cpp" line="882"/>
        <source>Import Text</source>
        <translation>导入文本</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="857"/>
        <source>Select a text frame first: the text goes into its story.</source>
        <translation>请先选中文字框：文本将导入其稿件。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="862"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="871"/>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="874"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="883"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 未导入：%2</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="891"/>
        <source>Imported %1 (%2)</source>
        <translation>已导入 %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="929"/>
        <source>Thread Frame</source>
        <translation>续排</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="929"/>
        <source>Continue the story in frame:</source>
        <translation>稿件续排到框：</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="941"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="942"/>
        <source>%1 — Paiban</source>
        <translation>%1 — 排版</translation>
    </message>
</context>
<context>
    <name>paiban::editor::PagesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="77"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="78"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="79"/>
        <source>Earlier</source>
        <translation>前移</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="80"/>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="131"/>
        <location filename="../app/editor/side_panels.cpp" line="140"/>
        <source>Delete Page</source>
        <translation>删除版面</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="132"/>
        <source>An edition keeps at least one page.</source>
        <translation>一期报纸至少要有一个版。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/side_panels.cpp" line="141"/>
        <source>Page %1 holds %n frame(s). Delete the page with them? Their stories keep their text; Edit › Undo brings the page back.</source>
        <translation><numerusform>第 %1 版上有 %n 个框。连同这些框删除此版吗？稿件的文字会保留；用“编辑 › 撤销”可恢复此版。</numerusform></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="166"/>
        <source>Page %1</source>
        <translation>第 %1 版</translation>
    </message>
</context>
<context>
    <name>paiban::editor::PropertiesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="350"/>
        <source>Text wraps around it</source>
        <translation>文字绕排</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="356"/>
        <source>X:</source>
        <translation>X：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="357"/>
        <source>Y:</source>
        <translation>Y：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="358"/>
        <source>Width:</source>
        <translation>宽：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="359"/>
        <source>Height:</source>
        <translation>高：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="360"/>
        <source>Columns:</source>
        <translation>栏数：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="361"/>
        <source>Gutter:</source>
        <translation>栏间距：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="363"/>
        <source>Standoff:</source>
        <translation>绕排间距：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="364"/>
        <source>Image fit:</source>
        <translation>图片适配：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="383"/>
        <source>%1 frame “%2”</source>
        <translation>%1 框“%2”</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="384"/>
        <source>No frame selected.</source>
        <translation>未选中框。</translation>
    </message>
</context>
<context>
    <name>paiban::editor::StoryPanel</name>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="48"/>
        <source>Paragraph style</source>
        <translation>段落样式</translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="49"/>
        <source>Apply to Paragraph</source>
        <translation>应用到段落</translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="54"/>
        <source>Character style</source>
        <translation>字符样式</translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="55"/>
        <source>Apply to Selection</source>
        <translation>应用到选中文字</translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="83"/>
        <source>Story: %1</source>
        <translation>稿件：%1</translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="84"/>
        <source>Select a text frame to edit its story.</source>
        <translation>选中文字框以编辑其稿件。</translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="99"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>paiban::editor::StylesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="189"/>
        <source> 字</source>
        <translation> 字</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="198"/>
        <location filename="../app/editor/side_panels.cpp" line="218"/>
        <source>Font:</source>
        <translation>字体：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="199"/>
        <location filename="../app/editor/side_panels.cpp" line="220"/>
        <source>Size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="200"/>
        <source>Leading:</source>
        <translation>行距：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="201"/>
        <source>First-line indent:</source>
        <translation>首行缩进：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="202"/>
        <source>Alignment:</source>
        <translation>对齐：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="203"/>
        <source>Line-start rules:</source>
        <translation>避头尾：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="206"/>
        <location filename="../app/editor/side_panels.cpp" line="210"/>
        <location filename="../app/editor/side_panels.cpp" line="215"/>
        <source>as the paragraph</source>
        <translation>同段落</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="219"/>
        <source>Weight:</source>
        <translation>字重：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="224"/>
        <source>Character styles:</source>
        <translation>字符样式：</translation>
    </message>
</context>
</TS>
