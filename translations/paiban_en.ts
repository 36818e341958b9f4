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
        <location filename="../app/editor/commands.cpp" line="151"/>
        <source>Delete Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="152"/>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="178"/>
        <source>Apply Paragraph Style %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="186"/>
        <source>Apply Character Style %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="197"/>
        <source>Edit Paragraph Style %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="230"/>
        <source>Edit Character Style %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="269"/>
        <source>New Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="294"/>
        <source>Delete Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="312"/>
        <source>Thread Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="328"/>
        <source>Unthread Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="337"/>
        <source>New Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="351"/>
        <source>Delete Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="365"/>
        <source>Move Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="378"/>
        <source>New Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="387"/>
        <source>Clear Guides</source>
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
    <name>paiban::editor::LinksPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="374"/>
        <source>Relink…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="380"/>
        <source>Relink Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="381"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="403"/>
        <source>too large to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="405"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="406"/>
        <source>%1 ppi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="408"/>
        <source>page %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::MainWindow</name>
    <message>
        <location filename="../app/editor/main_window.cpp" line="165"/>
        <source>Preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="116"/>
        <source>Zoom %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="71"/>
        <location filename="../app/editor/main_window.cpp" line="625"/>
        <source>Place Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="72"/>
        <location filename="../app/editor/main_window.cpp" line="626"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="120"/>
        <location filename="../app/editor/main_window.cpp" line="352"/>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="121"/>
        <source>Paiban found work on %1 that was not saved (from %2), after it was closed unexpectedly. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="176"/>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="178"/>
        <source>Paragraph Styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="180"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="182"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="188"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="195"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="196"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="198"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="200"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="202"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="205"/>
        <source>&amp;Place Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="206"/>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="207"/>
        <source>&amp;Import Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="209"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="210"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="211"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="214"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="217"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="218"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="220"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="225"/>
        <source>&amp;Delete Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="229"/>
        <source>&amp;Thread Next Frame To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="230"/>
        <source>U&amp;nthread Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="232"/>
        <source>&amp;Clear Guides on Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="237"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="238"/>
        <source>&amp;Fit Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="239"/>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="240"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="241"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="242"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="244"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="247"/>
        <source>Show &amp;Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="254"/>
        <source>P&amp;roof View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="257"/>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="263"/>
        <source>&amp;Previous Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="265"/>
        <source>&amp;Next Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="269"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="272"/>
        <source>&amp;Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="273"/>
        <source>&amp;Text Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="274"/>
        <source>&amp;Image Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="275"/>
        <source>&amp;Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="276"/>
        <source>&amp;Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="292"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="305"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="321"/>
        <source>Cannot open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="322"/>
        <source>%1 could not be opened:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="335"/>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="353"/>
        <source>Paiban was closed with unsaved work on %1. Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="364"/>
        <source>Could not keep a recovery copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="384"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="343"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="400"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="401"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="402"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="403"/>
        <source>page %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="418"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="471"/>
        <source>Open Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="471"/>
        <location filename="../app/editor/main_window.cpp" line="499"/>
        <source>Paiban editions (*.paiban)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="481"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="485"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="498"/>
        <source>Save Edition As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="511"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="512"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="532"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="532"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="540"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="554"/>
        <source>Missing glyphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="555"/>
        <source>%1

Export anyway, with these characters blank?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="564"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="567"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="606"/>
        <source>%1 is not an image Paiban can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="638"/>
        <location filename="../app/editor/main_window.cpp" line="643"/>
        <location filename="../app/editor/main_window.cpp" line="649"/>
        <location filename="../app/editor/main_window.cpp" line="656"/>
        <location filename="../app/editor/main_window.cpp" line="664"/>
        <source>Import Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="639"/>
        <source>Select a text frame first: the text goes into its story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="644"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="653"/>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="656"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="665"/>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="673"/>
        <source>Imported %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="704"/>
        <source>Thread Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="704"/>
        <source>Continue the story in frame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="716"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="717"/>
        <source>%1 — Paiban</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::PagesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="62"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="63"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="64"/>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="65"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="122"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::PropertiesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="293"/>
        <source>Text wraps around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="299"/>
        <source>X:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="300"/>
        <source>Y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="301"/>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="302"/>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="303"/>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="304"/>
        <source>Gutter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="306"/>
        <source>Standoff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="307"/>
        <source>Image fit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="325"/>
        <source>%1 frame “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="326"/>
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
        <location filename="../app/editor/story_panel.cpp" line="28"/>
        <source>Character style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="29"/>
        <source>Apply to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="55"/>
        <source>Story: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="56"/>
        <source>Select a text frame to edit its story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="67"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::StylesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="145"/>
        <source> 字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="154"/>
        <location filename="../app/editor/side_panels.cpp" line="174"/>
        <source>Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="155"/>
        <location filename="../app/editor/side_panels.cpp" line="176"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="156"/>
        <source>Leading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="157"/>
        <source>First-line indent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="158"/>
        <source>Alignment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="159"/>
        <source>Line-start rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="162"/>
        <location filename="../app/editor/side_panels.cpp" line="166"/>
        <location filename="../app/editor/side_panels.cpp" line="171"/>
        <source>as the paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="175"/>
        <source>Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="180"/>
        <source>Character styles:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
