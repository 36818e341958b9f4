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
        <location filename="../app/editor/commands.cpp" line="46"/>
        <source>Move Frame</source>
        <translation>移动框</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="45"/>
        <source>Resize Frame</source>
        <translation>调整框大小</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="76"/>
        <source>Frame Properties</source>
        <translation>框属性</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="130"/>
        <source>Delete Text</source>
        <translation>删除文字</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="132"/>
        <source>Typing</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="133"/>
        <source>Replace Text</source>
        <translation>替换文字</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="182"/>
        <source>Apply Paragraph Style %1</source>
        <translation>应用段落样式 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="190"/>
        <source>Apply Character Style %1</source>
        <translation>应用字符样式 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="201"/>
        <source>Edit Paragraph Style %1</source>
        <translation>修改段落样式 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="226"/>
        <source>Edit Character Style %1</source>
        <translation>修改字符样式 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="274"/>
        <source>New Frame</source>
        <translation>新建框</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="280"/>
        <source>Delete Frame</source>
        <translation>删除框</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="287"/>
        <source>Thread Frame</source>
        <translation>续排</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="293"/>
        <source>Unthread Frame</source>
        <translation>断开续排</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="299"/>
        <source>New Page</source>
        <translation>新建版面</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="305"/>
        <source>Delete Page</source>
        <translation>删除版面</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="311"/>
        <source>Move Page</source>
        <translation>移动版面</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="317"/>
        <source>New Guide</source>
        <translation>新建参考线</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="323"/>
        <source>Clear Guides</source>
        <translation>清除参考线</translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="26"/>
        <source>Replace All</source>
        <translation>全部替换</translation>
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
    <name>paiban::editor::FindDialog</name>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="34"/>
        <source>Find and Replace</source>
        <translation>查找与替换</translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="37"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="38"/>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="39"/>
        <source>Full- and half-width alike (ＡＢＣ１２３ = ABC123)</source>
        <translation>全角半角视为相同（ＡＢＣ１２３ = ABC123）</translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="42"/>
        <source>The whole edition</source>
        <translation>整期报纸</translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="42"/>
        <source>The story being edited</source>
        <translation>正在编辑的稿件</translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="45"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="46"/>
        <source>Replace with:</source>
        <translation>替换为：</translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="47"/>
        <source>In:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="52"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="53"/>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="54"/>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="55"/>
        <source>Replace &amp;All</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="115"/>
        <source>Not a regular expression: %1</source>
        <translation>不是有效的正则表达式：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/find_dialog.cpp" line="119"/>
        <source>%n match(es)</source>
        <translation><numerusform>找到 %n 处</numerusform></translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="129"/>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/find_dialog.cpp" line="202"/>
        <source>%n replaced.</source>
        <translation><numerusform>已替换 %n 处。</numerusform></translation>
    </message>
</context>
<context>
    <name>paiban::editor::LinksPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="510"/>
        <source>Relink…</source>
        <translation>重新链接…</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="516"/>
        <source>Relink Image</source>
        <translation>重新链接图片</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="517"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="543"/>
        <source>too large to open</source>
        <translation>过大，无法打开</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="545"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="546"/>
        <source>%1 ppi</source>
        <translation>%1 ppi</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="548"/>
        <source>page %1 · %2 · %3</source>
        <translation>第 %1 版 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>paiban::editor::MainWindow</name>
    <message>
        <location filename="../app/editor/main_window.cpp" line="215"/>
        <source>Preflight</source>
        <translation>预检</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="113"/>
        <source>Zoom %1 %</source>
        <translation>缩放 %1 %</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="537"/>
        <source>Keep for Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="870"/>
        <location filename="../app/editor/main_window.cpp" line="875"/>
        <location filename="../app/editor/main_window.cpp" line="904"/>
        <location filename="../app/editor/main_window.cpp" line="926"/>
        <source>Place Image</source>
        <translation>置入图片</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="871"/>
        <location filename="../app/editor/main_window.cpp" line="927"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="117"/>
        <location filename="../app/editor/main_window.cpp" line="529"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="118"/>
        <source>Paiban found work on %1 that was not saved (from %2), after it was closed unexpectedly. Restore it?</source>
        <translation>排版在意外关闭后找到 %1 未保存的工作（%2）。是否恢复？</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="229"/>
        <source>Story</source>
        <translation>稿件</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="227"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="240"/>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="237"/>
        <source>Pages</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="876"/>
        <location filename="../app/editor/main_window.cpp" line="905"/>
        <source>%1 is not an image Paiban can read (JPEG, PNG or TIFF). Nothing was placed.</source>
        <translation>%1 不是排版能读取的图片（JPEG、PNG 或 TIFF），未置入任何内容。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="232"/>
        <source>Styles</source>
        <translation>样式</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="269"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="270"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="272"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="274"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="276"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="279"/>
        <source>&amp;Place Image…</source>
        <translation>置入图片(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="280"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="281"/>
        <source>&amp;Import Text…</source>
        <translation>导入文本(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="283"/>
        <source>&amp;Export PDF…</source>
        <translation>输出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="284"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="285"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="288"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="291"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="295"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="297"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="299"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="299"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="312"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="313"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="317"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="318"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="319"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="320"/>
        <source>Paste and &amp;Join Lines</source>
        <translation>粘贴并合并断行(&amp;J)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="320"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="321"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="331"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="333"/>
        <source>Find and R&amp;eplace…</source>
        <translation>查找与替换(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="334"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="335"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="341"/>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="350"/>
        <source>&amp;Delete Frame</source>
        <translation>删除框(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="355"/>
        <source>&amp;Thread Next Frame To…</source>
        <translation>续排到(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="356"/>
        <source>U&amp;nthread Frame</source>
        <translation>断开续排(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="358"/>
        <source>&amp;Clear Guides on Page</source>
        <translation>清除本版参考线(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="363"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="364"/>
        <source>&amp;Fit Page</source>
        <translation>整版显示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="365"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="366"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="367"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="368"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="370"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="373"/>
        <source>Show &amp;Guides</source>
        <translation>显示参考线(&amp;G)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="380"/>
        <source>P&amp;roof View</source>
        <translation>校样视图(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="383"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="390"/>
        <source>&amp;Units</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="393"/>
        <source>Lengths in &amp;mm</source>
        <translation>长度以毫米显示(&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="394"/>
        <source>Lengths in &amp;pt</source>
        <translation>长度以点显示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="395"/>
        <source>Lengths in &amp;字</source>
        <translation>长度以字显示(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="396"/>
        <source>Lengths in &amp;栏</source>
        <translation>长度以栏显示(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="411"/>
        <source>Type sizes in &amp;号</source>
        <translation>字号以号显示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="412"/>
        <source>Type sizes in p&amp;t</source>
        <translation>字号以点显示(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="424"/>
        <source>&amp;Story Editor</source>
        <translation>稿件编辑器(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="443"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="444"/>
        <source>Pa&amp;nels</source>
        <translation>面板(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="448"/>
        <source>&amp;Reset Panels</source>
        <translation>恢复面板布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="450"/>
        <source>&amp;Previous Page</source>
        <translation>上一版(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="452"/>
        <source>&amp;Next Page</source>
        <translation>下一版(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="456"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="464"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="477"/>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="493"/>
        <source>Cannot open document</source>
        <translation>无法打开文档</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="494"/>
        <source>%1 could not be opened:

%2</source>
        <translation>无法打开 %1：

%2</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="510"/>
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="125"/>
        <location filename="../app/editor/main_window.cpp" line="554"/>
        <source>Could not keep a recovery copy: %1</source>
        <translation>无法保存恢复副本：%1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="584"/>
        <source>Page %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="518"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="530"/>
        <source>Paiban was closed with unsaved work on %1.</source>
        <translation>排版关闭时 %1 有未保存的工作。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="534"/>
        <source>Open it with that work now, keep the work for later, or discard it?</source>
        <translation>现在打开它并恢复这些工作、留待以后，还是放弃这些工作？</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="536"/>
        <source>Open and Restore</source>
        <translation>打开并恢复</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="538"/>
        <source>Discard the Work</source>
        <translation>放弃这些工作</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="603"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="614"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="615"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="616"/>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="617"/>
        <source>page %1: </source>
        <translation>第 %1 版：</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="640"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="699"/>
        <source>Open Edition</source>
        <translation>打开版面文件</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="699"/>
        <location filename="../app/editor/main_window.cpp" line="727"/>
        <source>Paiban editions (*.paiban)</source>
        <translation>排版文件 (*.paiban)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="709"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="713"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="726"/>
        <source>Save Edition As</source>
        <translation>版面文件另存为</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="739"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="740"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 有未保存的修改。是否保存？</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="778"/>
        <source>Export PDF</source>
        <translation>输出 PDF</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="778"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="786"/>
        <source>Exporting %1…</source>
        <translation>正在输出 %1…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="797"/>
        <source>Cannot export</source>
        <translation>无法输出</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/main_window.cpp" line="801"/>
        <source>It was written with %n preflight error(s).</source>
        <translation><numerusform>输出时带有 %n 处预检错误。</numerusform></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="803"/>
        <source>Exported %1</source>
        <translation>已输出 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="835"/>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="836"/>
        <source>The printer could not be started: %1</source>
        <translation>无法启动打印机：%1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="939"/>
        <location filename="../app/editor/main_window.cpp" line="944"/>
        <location filename="../app/editor/main_window.cpp" line="950"/>
        <location filename="../app/editor/main_window.cpp" line="957"/>
        <location filename="../app/editor/main_window.cpp" line="965"/>
        <source>Import Text</source>
        <translation>导入文本</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="940"/>
        <source>Select a text frame first: the text goes into its story.</source>
        <translation>请先选中文字框：文本将导入其稿件。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="945"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="954"/>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="957"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="966"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 未导入：%2</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="974"/>
        <source>Imported %1 (%2)</source>
        <translation>已导入 %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="1081"/>
        <source>Thread Frame</source>
        <translation>续排</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="1081"/>
        <source>Continue the story in frame:</source>
        <translation>稿件续排到框：</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="1093"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="1094"/>
        <source>%1 — Paiban</source>
        <translation>%1 — 排版</translation>
    </message>
</context>
<context>
    <name>paiban::editor::Names</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="59"/>
        <source>Justify</source>
        <translation>两端对齐</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="60"/>
        <source>Left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="61"/>
        <source>Centre</source>
        <translation>居中</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="62"/>
        <source>Right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="69"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="70"/>
        <source>Basic</source>
        <translation>基本</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="71"/>
        <source>GB (national standard)</source>
        <translation>国标</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="72"/>
        <source>Strict</source>
        <translation>严格</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="79"/>
        <source>Fill the frame</source>
        <translation>填满框</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="80"/>
        <source>Fit in the frame</source>
        <translation>适合框</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="81"/>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="88"/>
        <source>Text frame</source>
        <translation>文字框</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="89"/>
        <source>Image frame</source>
        <translation>图片框</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="90"/>
        <source>Box</source>
        <translation>方框</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="91"/>
        <source>Rule</source>
        <translation>线条</translation>
    </message>
</context>
<context>
    <name>paiban::editor::PagesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="126"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="127"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="128"/>
        <source>Earlier</source>
        <translation>前移</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="129"/>
        <source>Later</source>
        <translation>后移</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="180"/>
        <location filename="../app/editor/side_panels.cpp" line="189"/>
        <source>Delete Page</source>
        <translation>删除版面</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="181"/>
        <source>An edition keeps at least one page.</source>
        <translation>一期报纸至少要有一个版。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/side_panels.cpp" line="190"/>
        <source>Page %1 holds %n frame(s). Delete the page with them? Their stories keep their text; Edit › Undo brings the page back.</source>
        <translation><numerusform>第 %1 版上有 %n 个框。连同这些框删除此版吗？稿件的文字会保留；用“编辑 › 撤销”可恢复此版。</numerusform></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="215"/>
        <source>Page %1</source>
        <translation>第 %1 版</translation>
    </message>
</context>
<context>
    <name>paiban::editor::PropertiesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="409"/>
        <source>Text wraps around it</source>
        <translation>文字绕排</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="415"/>
        <source>X:</source>
        <translation>X：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="416"/>
        <source>Y:</source>
        <translation>Y：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="417"/>
        <source>Width:</source>
        <translation>宽：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="418"/>
        <source>Height:</source>
        <translation>高：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="419"/>
        <source>Columns:</source>
        <translation>栏数：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="420"/>
        <source>Gutter:</source>
        <translation>栏间距：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="422"/>
        <source>Standoff:</source>
        <translation>绕排间距：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="423"/>
        <source>Image fit:</source>
        <translation>图片适配：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="442"/>
        <source>%1 “%2”</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="443"/>
        <source>No frame selected.</source>
        <translation>未选中框。</translation>
    </message>
</context>
<context>
    <name>paiban::editor::StoryPanel</name>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="112"/>
        <source>Paragraph style</source>
        <translation>段落样式</translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="113"/>
        <source>Apply to Paragraph</source>
        <translation>应用到段落</translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="118"/>
        <source>Character style</source>
        <translation>字符样式</translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="119"/>
        <source>Apply to Selection</source>
        <translation>应用到选中文字</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/story_panel.cpp" line="146"/>
        <source>%1 characters · %n line(s) set</source>
        <translation><numerusform>%1 字 · 排出 %n 行</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/story_panel.cpp" line="149"/>
        <source> · %n character(s) over</source>
        <translation><numerusform> · 溢出 %n 字</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/story_panel.cpp" line="151"/>
        <source> · %n line(s) free</source>
        <translation><numerusform> · 尚余 %n 行</numerusform></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="206"/>
        <source>Story: %1</source>
        <translation>稿件：%1</translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="207"/>
        <source>Select a text frame to edit its story.</source>
        <translation>选中文字框以编辑其稿件。</translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="229"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>paiban::editor::StylesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="237"/>
        <source> 字</source>
        <translation> 字</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="246"/>
        <location filename="../app/editor/side_panels.cpp" line="265"/>
        <source>Font:</source>
        <translation>字体：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="247"/>
        <location filename="../app/editor/side_panels.cpp" line="267"/>
        <source>Size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="248"/>
        <source>Leading:</source>
        <translation>行距：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="249"/>
        <source>First-line indent:</source>
        <translation>首行缩进：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="250"/>
        <source>Alignment:</source>
        <translation>对齐：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="251"/>
        <source>Line-start rules:</source>
        <translation>避头尾：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="254"/>
        <location filename="../app/editor/side_panels.cpp" line="258"/>
        <location filename="../app/editor/side_panels.cpp" line="263"/>
        <source>as the paragraph</source>
        <translation>同段落</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="266"/>
        <source>Weight:</source>
        <translation>字重：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="271"/>
        <source>Character styles:</source>
        <translation>字符样式：</translation>
    </message>
</context>
<context>
    <name>paiban::editor::ToolBox</name>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="29"/>
        <source>&amp;Select</source>
        <translation>选择(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="30"/>
        <source>&amp;Text Frame</source>
        <translation>文字框(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="31"/>
        <source>&amp;Image Frame</source>
        <translation>图片框(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="32"/>
        <source>&amp;Box</source>
        <translation>方框(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="33"/>
        <source>&amp;Rule</source>
        <translation>线条(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="34"/>
        <source>&amp;Edit Text</source>
        <translation>编辑文字(&amp;E)</translation>
    </message>
</context>
</TS>
