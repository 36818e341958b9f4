<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>paiban::editor</name>
    <message>
        <location filename="../app/editor/press_check.cpp" line="26"/>
        <source>page %1, frame %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="28"/>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="30"/>
        <source>frame %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="32"/>
        <source>story %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="45"/>
        <source>… and %n more in the Preflight panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="52"/>
        <source>Not ready for the press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="53"/>
        <source>The page has %n error(s) that would print wrong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="56"/>
        <source>Show Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="57"/>
        <source>Export Anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::Commands</name>
    <message>
        <location filename="../app/editor/commands.cpp" line="46"/>
        <source>Move Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="45"/>
        <source>Resize Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="76"/>
        <source>Frame Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="130"/>
        <source>Delete Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="132"/>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="133"/>
        <source>Replace Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="182"/>
        <source>Apply Paragraph Style %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="190"/>
        <source>Apply Character Style %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="201"/>
        <source>Edit Paragraph Style %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="226"/>
        <source>Edit Character Style %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="274"/>
        <source>New Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="280"/>
        <source>Delete Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="287"/>
        <source>Thread Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="293"/>
        <source>Unthread Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="299"/>
        <source>New Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="305"/>
        <source>Delete Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="311"/>
        <source>Move Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="317"/>
        <source>New Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="323"/>
        <source>Clear Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="26"/>
        <source>Replace All</source>
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
    <name>paiban::editor::FindDialog</name>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="34"/>
        <source>Find and Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="37"/>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="38"/>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="39"/>
        <source>Full- and half-width alike (ＡＢＣ１２３ = ABC123)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="42"/>
        <source>The whole edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="42"/>
        <source>The story being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="45"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="46"/>
        <source>Replace with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="47"/>
        <source>In:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="52"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="53"/>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="54"/>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="55"/>
        <source>Replace &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="115"/>
        <source>Not a regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/find_dialog.cpp" line="119"/>
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="129"/>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/find_dialog.cpp" line="202"/>
        <source>%n replaced.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paiban::editor::LinksPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="510"/>
        <source>Relink…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="516"/>
        <source>Relink Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="517"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="543"/>
        <source>too large to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="545"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="546"/>
        <source>%1 ppi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="548"/>
        <source>page %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::MainWindow</name>
    <message>
        <location filename="../app/editor/main_window.cpp" line="215"/>
        <source>Preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="113"/>
        <source>Zoom %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="537"/>
        <source>Keep for Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="870"/>
        <location filename="../app/editor/main_window.cpp" line="875"/>
        <location filename="../app/editor/main_window.cpp" line="904"/>
        <location filename="../app/editor/main_window.cpp" line="926"/>
        <source>Place Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="871"/>
        <location filename="../app/editor/main_window.cpp" line="927"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="117"/>
        <location filename="../app/editor/main_window.cpp" line="529"/>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="118"/>
        <source>Paiban found work on %1 that was not saved (from %2), after it was closed unexpectedly. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="229"/>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="227"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="240"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="237"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="876"/>
        <location filename="../app/editor/main_window.cpp" line="905"/>
        <source>%1 is not an image Paiban can read (JPEG, PNG or TIFF). Nothing was placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="232"/>
        <source>Styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="269"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="270"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="272"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="274"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="276"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="279"/>
        <source>&amp;Place Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="280"/>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="281"/>
        <source>&amp;Import Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="283"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="284"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="285"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="288"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="291"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="295"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="297"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="299"/>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="299"/>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="312"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="313"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="317"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="318"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="319"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="320"/>
        <source>Paste and &amp;Join Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="320"/>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="321"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="331"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="333"/>
        <source>Find and R&amp;eplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="334"/>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="335"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="341"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="350"/>
        <source>&amp;Delete Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="355"/>
        <source>&amp;Thread Next Frame To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="356"/>
        <source>U&amp;nthread Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="358"/>
        <source>&amp;Clear Guides on Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="363"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="364"/>
        <source>&amp;Fit Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="365"/>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="366"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="367"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="368"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="370"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="373"/>
        <source>Show &amp;Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="380"/>
        <source>P&amp;roof View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="383"/>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="390"/>
        <source>&amp;Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="393"/>
        <source>Lengths in &amp;mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="394"/>
        <source>Lengths in &amp;pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="395"/>
        <source>Lengths in &amp;字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="396"/>
        <source>Lengths in &amp;栏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="411"/>
        <source>Type sizes in &amp;号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="412"/>
        <source>Type sizes in p&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="424"/>
        <source>&amp;Story Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="443"/>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="444"/>
        <source>Pa&amp;nels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="448"/>
        <source>&amp;Reset Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="450"/>
        <source>&amp;Previous Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="452"/>
        <source>&amp;Next Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="456"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="464"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="477"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="493"/>
        <source>Cannot open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="494"/>
        <source>%1 could not be opened:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="510"/>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="125"/>
        <location filename="../app/editor/main_window.cpp" line="554"/>
        <source>Could not keep a recovery copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="584"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="518"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="530"/>
        <source>Paiban was closed with unsaved work on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="534"/>
        <source>Open it with that work now, keep the work for later, or discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="536"/>
        <source>Open and Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="538"/>
        <source>Discard the Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="603"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="614"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="615"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="616"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="617"/>
        <source>page %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="640"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="699"/>
        <source>Open Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="699"/>
        <location filename="../app/editor/main_window.cpp" line="727"/>
        <source>Paiban editions (*.paiban)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="709"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="713"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="726"/>
        <source>Save Edition As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="739"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="740"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="778"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="778"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="786"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="797"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/main_window.cpp" line="801"/>
        <source>It was written with %n preflight error(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="803"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="835"/>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="836"/>
        <source>The printer could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="939"/>
        <location filename="../app/editor/main_window.cpp" line="944"/>
        <location filename="../app/editor/main_window.cpp" line="950"/>
        <location filename="../app/editor/main_window.cpp" line="957"/>
        <location filename="../app/editor/main_window.cpp" line="965"/>
        <source>Import Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="940"/>
        <source>Select a text frame first: the text goes into its story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="945"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="954"/>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="957"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="966"/>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="974"/>
        <source>Imported %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="1081"/>
        <source>Thread Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="1081"/>
        <source>Continue the story in frame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="1093"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="1094"/>
        <source>%1 — Paiban</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::Names</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="59"/>
        <source>Justify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="60"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="61"/>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="62"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="69"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="70"/>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="71"/>
        <source>GB (national standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="72"/>
        <source>Strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="79"/>
        <source>Fill the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="80"/>
        <source>Fit in the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="81"/>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="88"/>
        <source>Text frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="89"/>
        <source>Image frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="90"/>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="91"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::PagesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="126"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="127"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="128"/>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="129"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="180"/>
        <location filename="../app/editor/side_panels.cpp" line="189"/>
        <source>Delete Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="181"/>
        <source>An edition keeps at least one page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/side_panels.cpp" line="190"/>
        <source>Page %1 holds %n frame(s). Delete the page with them? Their stories keep their text; Edit › Undo brings the page back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="215"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::PropertiesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="409"/>
        <source>Text wraps around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="415"/>
        <source>X:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="416"/>
        <source>Y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="417"/>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="418"/>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="419"/>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="420"/>
        <source>Gutter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="422"/>
        <source>Standoff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="423"/>
        <source>Image fit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="442"/>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="443"/>
        <source>No frame selected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::StoryPanel</name>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="112"/>
        <source>Paragraph style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="113"/>
        <source>Apply to Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="118"/>
        <source>Character style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="119"/>
        <source>Apply to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/story_panel.cpp" line="146"/>
        <source>%1 characters · %n line(s) set</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/story_panel.cpp" line="149"/>
        <source> · %n character(s) over</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/story_panel.cpp" line="151"/>
        <source> · %n line(s) free</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="206"/>
        <source>Story: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="207"/>
        <source>Select a text frame to edit its story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="229"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::StylesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="237"/>
        <source> 字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="246"/>
        <location filename="../app/editor/side_panels.cpp" line="265"/>
        <source>Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="247"/>
        <location filename="../app/editor/side_panels.cpp" line="267"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="248"/>
        <source>Leading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="249"/>
        <source>First-line indent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="250"/>
        <source>Alignment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="251"/>
        <source>Line-start rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="254"/>
        <location filename="../app/editor/side_panels.cpp" line="258"/>
        <location filename="../app/editor/side_panels.cpp" line="263"/>
        <source>as the paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="266"/>
        <source>Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="271"/>
        <source>Character styles:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::ToolBox</name>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="29"/>
        <source>&amp;Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="30"/>
        <source>&amp;Text Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="31"/>
        <source>&amp;Image Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="32"/>
        <source>&amp;Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="33"/>
        <source>&amp;Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="34"/>
        <source>&amp;Edit Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
