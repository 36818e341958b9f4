<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>paiban::editor::MainWindow</name>
    <message>
        <location filename="../app/editor/main_window.cpp" line="37"/>
        <source>Preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="52"/>
        <source>Zoom %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="65"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="66"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="68"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="70"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="73"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="74"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="76"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="79"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="80"/>
        <source>&amp;Fit Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="81"/>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="82"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="83"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="84"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="86"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="89"/>
        <source>Show &amp;Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="97"/>
        <source>&amp;Previous Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="99"/>
        <source>&amp;Next Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="102"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="110"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="124"/>
        <source>Cannot open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="125"/>
        <source>%1 could not be opened:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="137"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="141"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="158"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="159"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="160"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="161"/>
        <source>page %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="171"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="196"/>
        <source>Open Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="196"/>
        <location filename="../app/editor/main_window.cpp" line="225"/>
        <source>Paiban editions (*.paiban)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="206"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="211"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="224"/>
        <source>Save Edition As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="239"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="239"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="246"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="249"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="253"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="254"/>
        <source>%1 — Paiban</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
