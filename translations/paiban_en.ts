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
        <location filename="../app/editor/commands.cpp" line="61"/>
        <source>Move Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="60"/>
        <source>Resize Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="91"/>
        <source>Frame Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="145"/>
        <source>Delete Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="147"/>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="148"/>
        <source>Replace Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="197"/>
        <source>Apply Paragraph Style %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="205"/>
        <source>Apply Character Style %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="216"/>
        <source>Edit Paragraph Style %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="241"/>
        <source>Edit Character Style %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="280"/>
        <source>New Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="305"/>
        <source>Delete Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="314"/>
        <source>Thread Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="330"/>
        <source>Unthread Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="339"/>
        <source>New Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="353"/>
        <source>Delete Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="367"/>
        <source>Move Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="380"/>
        <source>New Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="389"/>
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
        <location filename="../app/editor/side_panels.cpp" line="436"/>
        <source>Relink…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="442"/>
        <source>Relink Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="443"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="469"/>
        <source>too large to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="471"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="472"/>
        <source>%1 ppi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="474"/>
        <source>page %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::MainWindow</name>
    <message>
        <location filename="../app/editor/main_window.cpp" line="253"/>
        <source>Preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="151"/>
        <source>Zoom %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="90"/>
        <location filename="../app/editor/main_window.cpp" line="95"/>
        <location filename="../app/editor/main_window.cpp" line="821"/>
        <location filename="../app/editor/main_window.cpp" line="843"/>
        <source>Place Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="91"/>
        <location filename="../app/editor/main_window.cpp" line="844"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="155"/>
        <location filename="../app/editor/main_window.cpp" line="500"/>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="156"/>
        <source>Paiban found work on %1 that was not saved (from %2), after it was closed unexpectedly. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="267"/>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="265"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="278"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="275"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="96"/>
        <location filename="../app/editor/main_window.cpp" line="822"/>
        <source>%1 is not an image Paiban can read (JPEG, PNG or TIFF). Nothing was placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="270"/>
        <source>Styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="307"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="308"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="310"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="312"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="314"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="317"/>
        <source>&amp;Place Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="318"/>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="319"/>
        <source>&amp;Import Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="321"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="322"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="323"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="326"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="329"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="333"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="335"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="337"/>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="337"/>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="350"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="351"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="355"/>
        <source>&amp;Delete Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="361"/>
        <source>&amp;Thread Next Frame To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="362"/>
        <source>U&amp;nthread Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="364"/>
        <source>&amp;Clear Guides on Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="369"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="370"/>
        <source>&amp;Fit Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="371"/>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="372"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="373"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="374"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="376"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="379"/>
        <source>Show &amp;Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="386"/>
        <source>P&amp;roof View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="389"/>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="395"/>
        <source>Pa&amp;nels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="399"/>
        <source>&amp;Reset Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="401"/>
        <source>&amp;Previous Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="403"/>
        <source>&amp;Next Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="407"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="410"/>
        <source>&amp;Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="411"/>
        <source>&amp;Text Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="412"/>
        <source>&amp;Image Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="413"/>
        <source>&amp;Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="414"/>
        <source>&amp;Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="435"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="448"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="464"/>
        <source>Cannot open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="465"/>
        <source>%1 could not be opened:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="481"/>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="163"/>
        <location filename="../app/editor/main_window.cpp" line="525"/>
        <source>Could not keep a recovery copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="554"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="489"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="501"/>
        <source>Paiban was closed with unsaved work on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="505"/>
        <source>Open it with that work now, keep the work for later, or discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="507"/>
        <source>Open and Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="508"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="509"/>
        <source>Discard the Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="569"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="570"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="571"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="572"/>
        <source>page %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="595"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="656"/>
        <source>Open Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="656"/>
        <location filename="../app/editor/main_window.cpp" line="684"/>
        <source>Paiban editions (*.paiban)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="666"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="670"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="683"/>
        <source>Save Edition As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="696"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="697"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="735"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="735"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="743"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="754"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/main_window.cpp" line="758"/>
        <source>It was written with %n preflight error(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="760"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="792"/>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="793"/>
        <source>The printer could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="856"/>
        <location filename="../app/editor/main_window.cpp" line="861"/>
        <location filename="../app/editor/main_window.cpp" line="867"/>
        <location filename="../app/editor/main_window.cpp" line="874"/>
        <location filename="../app/editor/main_window.cpp" line="882"/>
        <source>Import Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="857"/>
        <source>Select a text frame first: the text goes into its story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="862"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="871"/>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="874"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="883"/>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="891"/>
        <source>Imported %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="929"/>
        <source>Thread Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="929"/>
        <source>Continue the story in frame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="941"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="942"/>
        <source>%1 — Paiban</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::PagesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="77"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="78"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="79"/>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="80"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="131"/>
        <location filename="../app/editor/side_panels.cpp" line="140"/>
        <source>Delete Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="132"/>
        <source>An edition keeps at least one page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/side_panels.cpp" line="141"/>
        <source>Page %1 holds %n frame(s). Delete the page with them? Their stories keep their text; Edit › Undo brings the page back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="166"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::PropertiesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="350"/>
        <source>Text wraps around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="356"/>
        <source>X:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="357"/>
        <source>Y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="358"/>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="359"/>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="360"/>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="361"/>
        <source>Gutter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="363"/>
        <source>Standoff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="364"/>
        <source>Image fit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="383"/>
        <source>%1 frame “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="384"/>
        <source>No frame selected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::StoryPanel</name>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="48"/>
        <source>Paragraph style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="49"/>
        <source>Apply to Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="54"/>
        <source>Character style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="55"/>
        <source>Apply to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="83"/>
        <source>Story: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="84"/>
        <source>Select a text frame to edit its story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="99"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::StylesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="189"/>
        <source> 字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="198"/>
        <location filename="../app/editor/side_panels.cpp" line="218"/>
        <source>Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="199"/>
        <location filename="../app/editor/side_panels.cpp" line="220"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="200"/>
        <source>Leading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="201"/>
        <source>First-line indent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="202"/>
        <source>Alignment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="203"/>
        <source>Line-start rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="206"/>
        <location filename="../app/editor/side_panels.cpp" line="210"/>
        <location filename="../app/editor/side_panels.cpp" line="215"/>
        <source>as the paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="219"/>
        <source>Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="224"/>
        <source>Character styles:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
