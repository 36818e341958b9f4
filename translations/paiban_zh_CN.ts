<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>paiban::editor::Commands</name>
    <message>
        <location filename="../app/editor/commands.cpp" line="57"/>
        <source>Move Frame</source>
        <translation>移动框</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="58"/>
        <source>Resize Frame</source>
        <translation>调整框大小</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="94"/>
        <source>Frame Properties</source>
        <translation>框属性</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="133"/>
        <source>Delete Text</source>
        <translation>删除文字</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="134"/>
        <source>Typing</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="179"/>
        <source>Apply Paragraph Style %1</source>
        <translation>应用段落样式 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="205"/>
        <source>Apply Character Style %1</source>
        <translation>应用字符样式 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="230"/>
        <source>Edit Paragraph Style %1</source>
        <translation>修改段落样式 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="263"/>
        <source>Edit Character Style %1</source>
        <translation>修改字符样式 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="302"/>
        <source>New Frame</source>
        <translation>新建框</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="327"/>
        <source>Delete Frame</source>
        <translation>删除框</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="345"/>
        <source>Thread Frame</source>
        <translation>续排</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="361"/>
        <source>Unthread Frame</source>
        <translation>断开续排</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="370"/>
        <source>New Page</source>
        <translation>新建版面</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="384"/>
        <source>Delete Page</source>
        <translation>删除版面</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="398"/>
        <source>Move Page</source>
        <translation>移动版面</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="411"/>
        <source>New Guide</source>
        <translation>新建参考线</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="420"/>
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
    <name>paiban::editor::MainWindow</name>
    <message>
        <location filename="../app/editor/main_window.cpp" line="159"/>
        <source>Preflight</source>
        <translation>预检</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="116"/>
        <source>Zoom %1 %</source>
        <translation>缩放 %1 %</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="71"/>
        <location filename="../app/editor/main_window.cpp" line="599"/>
        <source>Place Image</source>
        <translation>置入图片</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="72"/>
        <location filename="../app/editor/main_window.cpp" line="600"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="120"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="121"/>
        <source>Paiban found work on %1 that was not saved (from %2), after it was closed unexpectedly. Restore it?</source>
        <translation>排版在意外关闭后找到 %1 未保存的工作（%2）。是否恢复？</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="170"/>
        <source>Story</source>
        <translation>稿件</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="172"/>
        <source>Paragraph Styles</source>
        <translation>段落样式</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="174"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="176"/>
        <source>Pages</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="183"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="184"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="186"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="188"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="190"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="193"/>
        <source>&amp;Place Image…</source>
        <translation>置入图片(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="194"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="195"/>
        <source>&amp;Import Text…</source>
        <translation>导入文本(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="197"/>
        <source>&amp;Export PDF…</source>
        <translation>输出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="198"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="199"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="202"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="205"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="206"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="208"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="213"/>
        <source>&amp;Delete Frame</source>
        <translation>删除框(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="217"/>
        <source>&amp;Thread Next Frame To…</source>
        <translation>续排到(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="218"/>
        <source>U&amp;nthread Frame</source>
        <translation>断开续排(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="220"/>
        <source>&amp;Clear Guides on Page</source>
        <translation>清除本版参考线(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="225"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="226"/>
        <source>&amp;Fit Page</source>
        <translation>整版显示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="227"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="228"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="229"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="230"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="232"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="235"/>
        <source>Show &amp;Guides</source>
        <translation>显示参考线(&amp;G)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="242"/>
        <source>P&amp;roof View</source>
        <translation>校样视图(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="245"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="251"/>
        <source>&amp;Previous Page</source>
        <translation>上一版(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="253"/>
        <source>&amp;Next Page</source>
        <translation>下一版(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="257"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="260"/>
        <source>&amp;Select</source>
        <translation>选择(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="261"/>
        <source>&amp;Text Frame</source>
        <translation>文字框(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="262"/>
        <source>&amp;Image Frame</source>
        <translation>图片框(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="263"/>
        <source>&amp;Box</source>
        <translation>方框(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="264"/>
        <source>&amp;Rule</source>
        <translation>线条(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="280"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="293"/>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="309"/>
        <source>Cannot open document</source>
        <translation>无法打开文档</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="310"/>
        <source>%1 could not be opened:

%2</source>
        <translation>无法打开 %1：

%2</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="323"/>
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="338"/>
        <source>Could not keep a recovery copy: %1</source>
        <translation>无法保存恢复副本：%1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="358"/>
        <source>Page %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="331"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="374"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="375"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="376"/>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="377"/>
        <source>page %1: </source>
        <translation>第 %1 版：</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="392"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="445"/>
        <source>Open Edition</source>
        <translation>打开版面文件</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="445"/>
        <location filename="../app/editor/main_window.cpp" line="473"/>
        <source>Paiban editions (*.paiban)</source>
        <translation>排版文件 (*.paiban)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="455"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="459"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="472"/>
        <source>Save Edition As</source>
        <translation>版面文件另存为</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="485"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="486"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 有未保存的修改。是否保存？</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="506"/>
        <source>Export PDF</source>
        <translation>输出 PDF</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="506"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="514"/>
        <source>Exporting %1…</source>
        <translation>正在输出 %1…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="528"/>
        <source>Missing glyphs</source>
        <translation>缺字</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="529"/>
        <source>%1

Export anyway, with these characters blank?</source>
        <translation>%1

仍然输出（这些字符留空）？</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="538"/>
        <source>Cannot export</source>
        <translation>无法输出</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="541"/>
        <source>Exported %1</source>
        <translation>已输出 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="580"/>
        <source>%1 is not an image Paiban can read</source>
        <translation>%1 不是排版能读取的图片</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="612"/>
        <location filename="../app/editor/main_window.cpp" line="616"/>
        <location filename="../app/editor/main_window.cpp" line="623"/>
        <location filename="../app/editor/main_window.cpp" line="628"/>
        <source>Import Text</source>
        <translation>导入文本</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="613"/>
        <source>Select a text frame first: the text goes into its story.</source>
        <translation>请先选中文字框：文本将导入其稿件。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="618"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="629"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 未导入：%2</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="636"/>
        <source>Imported %1 (%2)</source>
        <translation>已导入 %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="668"/>
        <source>Thread Frame</source>
        <translation>续排</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="668"/>
        <source>Continue the story in frame:</source>
        <translation>稿件续排到框：</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="680"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="681"/>
        <source>%1 — Paiban</source>
        <translation>%1 — 排版</translation>
    </message>
</context>
<context>
    <name>paiban::editor::PagesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="60"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="61"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="62"/>
        <source>Earlier</source>
        <translation>前移</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="63"/>
        <source>Later</source>
        <translation>后移</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="120"/>
        <source>Page %1</source>
        <translation>第 %1 版</translation>
    </message>
</context>
<context>
    <name>paiban::editor::PropertiesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="291"/>
        <source>Text wraps around it</source>
        <translation>文字绕排</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="297"/>
        <source>X:</source>
        <translation>X：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="298"/>
        <source>Y:</source>
        <translation>Y：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="299"/>
        <source>Width:</source>
        <translation>宽：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="300"/>
        <source>Height:</source>
        <translation>高：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="301"/>
        <source>Columns:</source>
        <translation>栏数：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="302"/>
        <source>Gutter:</source>
        <translation>栏间距：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="304"/>
        <source>Standoff:</source>
        <translation>绕排间距：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="305"/>
        <source>Image fit:</source>
        <translation>图片适配：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="323"/>
        <source>%1 frame “%2”</source>
        <translation>%1 框“%2”</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="324"/>
        <source>No frame selected.</source>
        <translation>未选中框。</translation>
    </message>
</context>
<context>
    <name>paiban::editor::StoryPanel</name>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="22"/>
        <source>Paragraph style</source>
        <translation>段落样式</translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="23"/>
        <source>Apply to Paragraph</source>
        <translation>应用到段落</translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="28"/>
        <source>Character style</source>
        <translation>字符样式</translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="29"/>
        <source>Apply to Selection</source>
        <translation>应用到选中文字</translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="55"/>
        <source>Story: %1</source>
        <translation>稿件：%1</translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="56"/>
        <source>Select a text frame to edit its story.</source>
        <translation>选中文字框以编辑其稿件。</translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="67"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>paiban::editor::StylesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="143"/>
        <source> 字</source>
        <translation> 字</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="152"/>
        <location filename="../app/editor/side_panels.cpp" line="172"/>
        <source>Font:</source>
        <translation>字体：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="153"/>
        <location filename="../app/editor/side_panels.cpp" line="174"/>
        <source>Size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="154"/>
        <source>Leading:</source>
        <translation>行距：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="155"/>
        <source>First-line indent:</source>
        <translation>首行缩进：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="156"/>
        <source>Alignment:</source>
        <translation>对齐：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="157"/>
        <source>Line-start rules:</source>
        <translation>避头尾：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="160"/>
        <location filename="../app/editor/side_panels.cpp" line="164"/>
        <location filename="../app/editor/side_panels.cpp" line="169"/>
        <source>as the paragraph</source>
        <translation>同段落</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="173"/>
        <source>Weight:</source>
        <translation>字重：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="178"/>
        <source>Character styles:</source>
        <translation>字符样式：</translation>
    </message>
</context>
</TS>
