<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>paiban::editor::Commands</name>
    <message>
        <location filename="../app/editor/commands.cpp" line="57"/>
        <source>Move Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="58"/>
        <source>Resize Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="94"/>
        <source>Frame Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="132"/>
        <source>Delete Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="133"/>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="177"/>
        <source>Apply Paragraph Style %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="202"/>
        <source>Edit Paragraph Style %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="246"/>
        <source>New Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="271"/>
        <source>Delete Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="289"/>
        <source>Thread Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="305"/>
        <source>Unthread Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="314"/>
        <source>New Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="328"/>
        <source>Delete Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="342"/>
        <source>Move Page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::ExportDialog</name>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="21"/>
        <location filename="../app/editor/export_dialog.cpp" line="82"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="22"/>
        <source>For the &amp;press (PDF/X-4, CMYK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="23"/>
        <source>&amp;Proof (for screen and office printers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="25"/>
        <source>&amp;All pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="26"/>
        <source>Pa&amp;ges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="29"/>
        <source>e.g. 1-2, 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="31"/>
        <source>Crop &amp;marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="36"/>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="54"/>
        <source>Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="55"/>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="57"/>
        <source>&amp;Bleed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="83"/>
        <source>“%1” is not a range of pages between 1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::MainWindow</name>
    <message>
        <location filename="../app/editor/main_window.cpp" line="117"/>
        <source>Preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="88"/>
        <source>Zoom %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="68"/>
        <location filename="../app/editor/main_window.cpp" line="519"/>
        <source>Place Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="69"/>
        <location filename="../app/editor/main_window.cpp" line="520"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="128"/>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="130"/>
        <source>Paragraph Styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="132"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="134"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="141"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="142"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="144"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="146"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="148"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="151"/>
        <source>&amp;Place Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="152"/>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="154"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="155"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="156"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="159"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="162"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="163"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="165"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="170"/>
        <source>&amp;Delete Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="174"/>
        <source>&amp;Thread Next Frame To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="175"/>
        <source>U&amp;nthread Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="177"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="178"/>
        <source>&amp;Fit Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="179"/>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="180"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="181"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="182"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="184"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="187"/>
        <source>Show &amp;Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="194"/>
        <source>P&amp;roof View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="197"/>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="203"/>
        <source>&amp;Previous Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="205"/>
        <source>&amp;Next Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="209"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="212"/>
        <source>&amp;Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="213"/>
        <source>&amp;Text Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="214"/>
        <source>&amp;Image Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="215"/>
        <source>&amp;Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="216"/>
        <source>&amp;Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="232"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="245"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="261"/>
        <source>Cannot open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="262"/>
        <source>%1 could not be opened:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="294"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="273"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="310"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="311"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="312"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="313"/>
        <source>page %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="328"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="380"/>
        <source>Open Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="380"/>
        <location filename="../app/editor/main_window.cpp" line="408"/>
        <source>Paiban editions (*.paiban)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="390"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="394"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="407"/>
        <source>Save Edition As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="420"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="421"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="439"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="439"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="447"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="458"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="461"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="500"/>
        <source>%1 is not an image Paiban can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="555"/>
        <source>Thread Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="555"/>
        <source>Continue the story in frame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="567"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="568"/>
        <source>%1 — Paiban</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::PagesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="57"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="58"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="59"/>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="60"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="107"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::PropertiesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="215"/>
        <source>Text wraps around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="221"/>
        <source>X:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="222"/>
        <source>Y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="223"/>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="224"/>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="225"/>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="226"/>
        <source>Gutter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="228"/>
        <source>Standoff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="229"/>
        <source>Image fit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="247"/>
        <source>%1 frame “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="248"/>
        <source>No frame selected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::StoryPanel</name>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="22"/>
        <source>Paragraph style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="23"/>
        <source>Apply to Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="47"/>
        <source>Story: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="48"/>
        <source>Select a text frame to edit its story.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::StylesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="130"/>
        <source> 字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="139"/>
        <source>Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="140"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="141"/>
        <source>Leading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="142"/>
        <source>First-line indent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="143"/>
        <source>Alignment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="144"/>
        <source>Line-start rules:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
