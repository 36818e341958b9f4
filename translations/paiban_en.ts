<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>paiban::editor</name>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="21"/>
        <source>image %1 of frame %2 cannot be read: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="23"/>
        <source>image %1 of frame %2 cannot be read: no permission to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="26"/>
        <source>image %1 of frame %2 is too large to open (%3 × %4 pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="28"/>
        <source>image %1 of frame %2 cannot be read: not an image Paiban can open (damaged, cut short, or another kind of file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="38"/>
        <source>缺字: no font has U+%1 “%2” (story %3, paragraph %4, character %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="41"/>
        <source>font “%1” is not installed; story %2 uses a fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="43"/>
        <source>溢文: story %1 does not fit its frames; %2 characters are overset, from paragraph %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="47"/>
        <source>story %1, paragraph %2: the line “%3” is loose (%4 em between characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="50"/>
        <source>story %1, paragraph %2: the line “%3” is wider than its column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="53"/>
        <source>story %1, paragraph %2: the line “%3” breaks where the rules forbid (nothing else fitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="57"/>
        <source>image %1 of frame %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="61"/>
        <source>image %1 of frame %2 prints at %3 ppi (%4 × %5 pixels over %6 mm); %7 ppi is the least for the press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="66"/>
        <source>frame %1 lies off the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="67"/>
        <source>frame %1 runs off the edge of the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="70"/>
        <source>story %1 is in no frame: none of it will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="71"/>
        <source>story %1 (%2) is in no frame: none of it will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="79"/>
        <source>page %1, frame %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="81"/>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="83"/>
        <source>frame %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="85"/>
        <source>story %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="87"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="33"/>
        <source>… and %n more in the Preflight panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="40"/>
        <source>Not ready for the press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="41"/>
        <source>The page has %n error(s) that would print wrong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="44"/>
        <source>Show Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="45"/>
        <source>Export Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="24"/>
        <source>Only a text frame can continue a story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="26"/>
        <source>Click another text frame to continue the story there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="28"/>
        <source>This frame holds no story to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="30"/>
        <source>That frame holds a story of its own. Delete its text or the frame first: threading would leave that story with nowhere to stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="34"/>
        <source>That frame comes earlier in the same story: the story would run in a circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="41"/>
        <source>The frame is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::Commands</name>
    <message>
        <location filename="../app/editor/commands.cpp" line="47"/>
        <source>Move Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="46"/>
        <source>Resize Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="77"/>
        <source>Frame Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="131"/>
        <source>Delete Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="133"/>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="134"/>
        <source>Replace Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="183"/>
        <source>Apply Paragraph Style %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="191"/>
        <source>Apply Character Style %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="202"/>
        <source>Edit Paragraph Style %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="227"/>
        <source>Edit Character Style %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="275"/>
        <source>New Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="281"/>
        <source>Delete Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="288"/>
        <location filename="../app/editor/commands.cpp" line="363"/>
        <source>Thread Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="294"/>
        <source>Unthread Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="300"/>
        <source>New Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="306"/>
        <source>Delete Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="312"/>
        <source>Move Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="318"/>
        <source>New Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="324"/>
        <source>Clear Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="334"/>
        <source>Crop Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="369"/>
        <source>Break Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="376"/>
        <source>Bring to Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="377"/>
        <source>Send to Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="384"/>
        <source>Place Photo</source>
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
        <location filename="../app/editor/side_panels.cpp" line="636"/>
        <source>Relink…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="642"/>
        <source>Relink Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="643"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="669"/>
        <source>too large to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="671"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="672"/>
        <source>%1 ppi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="674"/>
        <source>page %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::MainWindow</name>
    <message>
        <location filename="../app/editor/main_window.cpp" line="225"/>
        <source>Preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="123"/>
        <source>Zoom %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="547"/>
        <source>Keep for Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="876"/>
        <location filename="../app/editor/main_window.cpp" line="881"/>
        <location filename="../app/editor/page_gestures.cpp" line="67"/>
        <location filename="../app/editor/page_gestures.cpp" line="72"/>
        <location filename="../app/editor/page_gestures.cpp" line="84"/>
        <source>Place Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="877"/>
        <location filename="../app/editor/page_gestures.cpp" line="68"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="127"/>
        <location filename="../app/editor/main_window.cpp" line="539"/>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="128"/>
        <source>Paiban found work on %1 that was not saved (from %2), after it was closed unexpectedly. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="239"/>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="237"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="250"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="247"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="882"/>
        <source>%1 is not an image Paiban can read (JPEG, PNG or TIFF). Nothing was placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="242"/>
        <source>Styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="279"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="280"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="282"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="284"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="286"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="290"/>
        <source>&amp;Place Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="291"/>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="292"/>
        <source>&amp;Import Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="294"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="295"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="296"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="299"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="302"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="306"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="308"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="310"/>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="310"/>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="323"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="324"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="328"/>
        <location filename="../app/editor/page_gestures.cpp" line="176"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="329"/>
        <location filename="../app/editor/page_gestures.cpp" line="177"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="330"/>
        <location filename="../app/editor/page_gestures.cpp" line="178"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="331"/>
        <source>Paste and &amp;Join Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="331"/>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="332"/>
        <location filename="../app/editor/page_gestures.cpp" line="179"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="342"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="344"/>
        <source>Find and R&amp;eplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="345"/>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="346"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="352"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="361"/>
        <source>&amp;Delete Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="55"/>
        <source>Not an image Paiban can read (JPEG, PNG or TIFF), not placed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="105"/>
        <source>Select a text frame first: its story continues in the frame you click next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="135"/>
        <source>&amp;Thread to Next Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="137"/>
        <source>&amp;Break Thread After Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="138"/>
        <source>U&amp;nthread Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="141"/>
        <source>Bring to &amp;Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="142"/>
        <source>Ctrl+Shift+]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="143"/>
        <source>Send to Bac&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="144"/>
        <source>Ctrl+Shift+[</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="190"/>
        <source>&amp;Edit Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="197"/>
        <source>&amp;Crop with the Mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="200"/>
        <source>&amp;Fill the Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="201"/>
        <source>Show the &amp;Whole Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="213"/>
        <source>Add &amp;Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="228"/>
        <source>Add Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="250"/>
        <source>&amp;Add Page After This</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="368"/>
        <location filename="../app/editor/page_gestures.cpp" line="254"/>
        <source>&amp;Clear Guides on Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="373"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="374"/>
        <source>&amp;Fit Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="375"/>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="376"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="377"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="378"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="380"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="383"/>
        <source>Show &amp;Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="390"/>
        <source>P&amp;roof View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="393"/>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="400"/>
        <source>&amp;Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="403"/>
        <source>Lengths in &amp;mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="404"/>
        <source>Lengths in &amp;pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="405"/>
        <source>Lengths in &amp;字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="406"/>
        <source>Lengths in &amp;栏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="421"/>
        <source>Type sizes in &amp;号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="422"/>
        <source>Type sizes in p&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="434"/>
        <source>&amp;Story Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="453"/>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="454"/>
        <source>Pa&amp;nels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="458"/>
        <source>&amp;Reset Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="460"/>
        <source>&amp;Previous Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="462"/>
        <source>&amp;Next Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="466"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="474"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="487"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="503"/>
        <source>Cannot open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="504"/>
        <source>%1 could not be opened:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="520"/>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="135"/>
        <location filename="../app/editor/main_window.cpp" line="564"/>
        <source>Could not keep a recovery copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="594"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="528"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="540"/>
        <source>Paiban was closed with unsaved work on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="544"/>
        <source>Open it with that work now, keep the work for later, or discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="546"/>
        <source>Open and Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="548"/>
        <source>Discard the Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="613"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="624"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="625"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="626"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="627"/>
        <source>page %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="650"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="705"/>
        <source>Open Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="705"/>
        <location filename="../app/editor/main_window.cpp" line="733"/>
        <source>Paiban editions (*.paiban)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="715"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="719"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="732"/>
        <source>Save Edition As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="745"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="746"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="784"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="784"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="792"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="803"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/main_window.cpp" line="807"/>
        <source>It was written with %n preflight error(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="809"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="841"/>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="842"/>
        <source>The printer could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="907"/>
        <location filename="../app/editor/main_window.cpp" line="912"/>
        <location filename="../app/editor/main_window.cpp" line="918"/>
        <location filename="../app/editor/main_window.cpp" line="925"/>
        <location filename="../app/editor/main_window.cpp" line="933"/>
        <source>Import Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="908"/>
        <source>Select a text frame first: the text goes into its story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="913"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="922"/>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="925"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="934"/>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="942"/>
        <source>Imported %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="1032"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="1033"/>
        <source>%1 — Paiban</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::Names</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="65"/>
        <source>Justify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="67"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="69"/>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="71"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="79"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="81"/>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="83"/>
        <source>GB (national standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="85"/>
        <source>Strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="93"/>
        <source>Fill the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="95"/>
        <source>Fit in the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="97"/>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="105"/>
        <source>Text frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="107"/>
        <source>Image frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="109"/>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="111"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::PageCanvas</name>
    <message>
        <location filename="../app/editor/canvas/page_canvas.cpp" line="454"/>
        <source>→ page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/canvas/page_canvas.cpp" line="457"/>
        <source>page %1 →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::PagesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="224"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="225"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="226"/>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="227"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="242"/>
        <source>Add Page After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="243"/>
        <location filename="../app/editor/side_panels.cpp" line="307"/>
        <location filename="../app/editor/side_panels.cpp" line="316"/>
        <source>Delete Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="244"/>
        <source>Move Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="245"/>
        <source>Move Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="308"/>
        <source>An edition keeps at least one page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/side_panels.cpp" line="317"/>
        <source>Page %1 holds %n frame(s). Delete the page with them? Their stories keep their text; Edit › Undo brings the page back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="342"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::PlaceTool</name>
    <message>
        <location filename="../app/editor/tools/place_tool.cpp" line="155"/>
        <source>Release to place the photo here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/place_tool.cpp" line="156"/>
        <source>Click to place %1 on %2 columns (← → change), or drag a frame; Esc to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/tools/place_tool.cpp" line="162"/>
        <source>%n more to place</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paiban::editor::PropertiesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="536"/>
        <source>Text wraps around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="542"/>
        <source>X:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="543"/>
        <source>Y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="544"/>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="545"/>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="546"/>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="547"/>
        <source>Gutter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="549"/>
        <source>Standoff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="550"/>
        <source>Image fit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="569"/>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="569"/>
        <source>No frame selected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::SelectTool</name>
    <message>
        <location filename="../app/editor/tools/select_tool.cpp" line="45"/>
        <source>Cropping the photo: drag to move it in its frame, turn the wheel to scale it; Esc or a click outside to finish.</source>
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
        <location filename="../app/editor/side_panels.cpp" line="364"/>
        <source> 字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="373"/>
        <location filename="../app/editor/side_panels.cpp" line="392"/>
        <source>Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="374"/>
        <location filename="../app/editor/side_panels.cpp" line="394"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="375"/>
        <source>Leading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="376"/>
        <source>First-line indent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="377"/>
        <source>Alignment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="378"/>
        <source>Line-start rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="381"/>
        <location filename="../app/editor/side_panels.cpp" line="385"/>
        <location filename="../app/editor/side_panels.cpp" line="390"/>
        <source>as the paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="393"/>
        <source>Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="398"/>
        <source>Character styles:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::ThreadTool</name>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="123"/>
        <source>Click a text frame to continue the story; Esc to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="126"/>
        <source>Continue the story here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="129"/>
        <source>Break the thread here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::ToolBox</name>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="27"/>
        <source>&amp;Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="28"/>
        <source>&amp;Text Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="29"/>
        <source>&amp;Image Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="30"/>
        <source>&amp;Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="31"/>
        <source>&amp;Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="32"/>
        <source>&amp;Edit Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="114"/>
        <source>Threading: click the text frame the story continues in (on any page); Esc to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="124"/>
        <source>Placing: click a column or drag a frame; ← → change the columns; Esc to stop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
