<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>paiban::ReadProblem</name>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="35"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="37"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="39"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="41"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="43"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="45"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="47"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="90"/>
        <source>missing (a number is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="94"/>
        <source>expected a number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="100"/>
        <source>%1 is out of range (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="111"/>
        <source>expected a whole number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="123"/>
        <source>missing (a string is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="127"/>
        <source>expected a string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="139"/>
        <source>expected true or false, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="153"/>
        <source>expected a CMYK colour [c, m, y, k] with each part from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="177"/>
        <source>there is no swatch named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="191"/>
        <source>a swatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="195"/>
        <source>a swatch needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="197"/>
        <source>a second swatch named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="200"/>
        <source>missing (a CMYK colour [c, m, y, k] is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="208"/>
        <source>a spot colour may not be named &apos;%1&apos;: PDF keeps that name for its own plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="227"/>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="236"/>
        <source>missing (an array is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="240"/>
        <source>expected an array, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="250"/>
        <source>expected %1 (an object), got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="340"/>
        <source>&apos;%1&apos; is not one of text, image, box, rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="423"/>
        <source>a guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="435"/>
        <location filename="../layout/io/json_reader_masters.cpp" line="41"/>
        <source>a frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="451"/>
        <source>expected a frame id (a string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="460"/>
        <source>a paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="468"/>
        <source>a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="485"/>
        <source>a pool link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="504"/>
        <source>frame id &apos;%1&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="517"/>
        <location filename="../layout/io/json_reader.cpp" line="541"/>
        <source>no frame has the id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="520"/>
        <source>a frame cannot be its own caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="523"/>
        <source>photo &apos;%1&apos; is on another page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="533"/>
        <source>story id &apos;%1&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="545"/>
        <source>frame &apos;%1&apos; is not a text frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="550"/>
        <source>frame &apos;%1&apos; comes twice in the thread: a thread cannot loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="555"/>
        <source>frame &apos;%1&apos; already holds another story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="566"/>
        <location filename="../layout/io/json_reader_masters.cpp" line="114"/>
        <source>no paragraph style is named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="573"/>
        <source>no character style is named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="594"/>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="600"/>
        <source>expected a Paiban document (a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="608"/>
        <source>not a Paiban document (&quot;format&quot;: &quot;paiban&quot; is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="617"/>
        <source>version %1 was written by a newer Paiban; this one reads up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="638"/>
        <source>a paragraph style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="644"/>
        <source>a character style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="649"/>
        <source>an edition needs at least one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="653"/>
        <source>a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="659"/>
        <location filename="../layout/io/json_reader_masters.cpp" line="47"/>
        <source>a story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader_masters.cpp" line="19"/>
        <source>expected a master item&apos;s id (a string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader_masters.cpp" line="35"/>
        <source>&apos;%1&apos; is not one of any, first, left, right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader_masters.cpp" line="58"/>
        <source>a master page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader_masters.cpp" line="69"/>
        <source>a master page needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader_masters.cpp" line="72"/>
        <source>master name &apos;%1&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader_masters.cpp" line="80"/>
        <source>item id &apos;%1&apos; is used twice in this master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader_masters.cpp" line="95"/>
        <source>no item of this master has the id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader_masters.cpp" line="100"/>
        <source>item &apos;%1&apos; is not a text frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader_masters.cpp" line="104"/>
        <source>item &apos;%1&apos; already holds another story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader_masters.cpp" line="125"/>
        <source>no master page is named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader_masters.cpp" line="137"/>
        <source>the page&apos;s master has no item &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/document_io.cpp" line="328"/>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/document_io.cpp" line="337"/>
        <source>%1 MB is too large to be a Paiban document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layout/io/document_io.cpp" line="346"/>
        <source>the file is empty: no document in it (a save that never finished? look for %1~)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <location filename="../app/editor/finding_wording.cpp" line="36"/>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="38"/>
        <source>insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="40"/>
        <source>replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="41"/>
        <source>remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="47"/>
        <source>typo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="49"/>
        <source>punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="51"/>
        <source>fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="53"/>
        <source>layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="54"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="60"/>
        <source>the colour %1 of paragraph style %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="62"/>
        <source>the colour %1 of character style %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="64"/>
        <source>the fill %1 of frame %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="65"/>
        <source>the stroke %1 of frame %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="73"/>
        <source>缺字: no font has U+%1 “%2” (story %3, paragraph %4, character %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="76"/>
        <source>font “%1” is not installed; story %2 uses a fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="78"/>
        <source>溢文: story %1 does not fit its frames; %2 characters are overset, from paragraph %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="82"/>
        <source>story %1, paragraph %2: the line “%3” is loose (%4 em between characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="85"/>
        <source>story %1, paragraph %2: the line “%3” is wider than its column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="88"/>
        <source>story %1, paragraph %2: the line “%3” breaks where the rules forbid (nothing else fitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="92"/>
        <source>image %1 of frame %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="96"/>
        <source>image %1 of frame %2 is cut short or damaged: the press would print it half drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="100"/>
        <source>image %1 of frame %2 prints at %3 ppi (%4 × %5 pixels over %6 mm); %7 ppi is the least for the press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="105"/>
        <source>frame %1 lies off the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="106"/>
        <source>frame %1 runs off the edge of the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="109"/>
        <source>story %1 is in no frame: none of it will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="110"/>
        <source>story %1 (%2) is in no frame: none of it will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="113"/>
        <source>note %1 (%2) on “%3” is still open: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="117"/>
        <source>%1 puts down %2 % of ink; the press takes at most %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="120"/>
        <source>photo %1 puts down up to %2 % of ink once converted to the press&apos;s CMYK; the press takes at most %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="124"/>
        <source>photo %1 is RGB: export converts it to the press&apos;s CMYK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="141"/>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="149"/>
        <source>page %1, frame %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="151"/>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="153"/>
        <source>frame %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="155"/>
        <source>story %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="140"/>
        <location filename="../app/editor/finding_wording.cpp" line="157"/>
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
        <location filename="../app/editor/tools/thread_tool.cpp" line="25"/>
        <source>Only a text frame can continue a story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="27"/>
        <source>Click another text frame to continue the story there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="29"/>
        <source>This frame holds no story to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="31"/>
        <source>That frame holds a story of its own. Delete its text or the frame first: threading would leave that story with nowhere to stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="35"/>
        <source>That frame comes earlier in the same story: the story would run in a circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="42"/>
        <source>The frame is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="23"/>
        <source>The newsroom&apos;s server refused the password (or there was none). Put the password in libpq&apos;s password file (~/.pgpass); Paiban never keeps one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="27"/>
        <source>The newsroom&apos;s server knows no such user. Ask an administrator to add you (paiban newsroom add-user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="31"/>
        <source>The server has no database of that name. Check the connection string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="35"/>
        <source>No newsroom server answers there. Check the host in the connection string, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="38"/>
        <source>Cannot connect to the newsroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="46"/>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="48"/>
        <source>Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="50"/>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="62"/>
        <source>Proofing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="52"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="60"/>
        <source>Layout stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="64"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="81"/>
        <source>Qt&apos;s PostgreSQL driver is not installed (the package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="92"/>
        <source>The connection to the newsroom was lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="94"/>
        <source>This database holds no newsroom yet. Ask an administrator to run “paiban newsroom init”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="99"/>
        <source>This database holds no newsroom yet, and your role (%1) may not create it: %2. Ask an administrator to run “paiban newsroom init”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="103"/>
        <source>The newsroom is of an older version (schema %1; this Paiban needs %2), and your role (%3) may not bring it up to date: %4. Ask an administrator to run “paiban newsroom init”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="108"/>
        <source>Your role (%1) is none of the newsroom&apos;s people. Ask an administrator to add you (“paiban newsroom add-user %1 --role …”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="112"/>
        <source>The newsroom is of a newer version (schema %1) than this Paiban knows (%2). Update Paiban to work in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="116"/>
        <source>The newsroom is of an older version (schema %1; this Paiban needs %2) and could not be brought up to date: %3. Ask an administrator to run “paiban newsroom init”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="121"/>
        <source>Bringing the newsroom up to date failed in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="124"/>
        <source>Your role may not do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="126"/>
        <source>Story %1 is approved; only the chief editor may change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="128"/>
        <source>Your role may not move story %1 from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="131"/>
        <source>There is no story %1 in the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="133"/>
        <source>Your role may not change story %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="135"/>
        <source>A story with that slug is already in the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="137"/>
        <source>The edition already has a page of that number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="139"/>
        <source>Page %1 of this edition is signed off; the edition stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="142"/>
        <source>Page %1 is signed off; nobody may change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="144"/>
        <source>Your role may not move page %1 from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="147"/>
        <source>There is no page %1 in the newsroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="149"/>
        <source>Your role may not change page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="151"/>
        <source>%1 is editing this page (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="153"/>
        <source>There is no edition of %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="155"/>
        <source>The newsroom refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::ChangesPanel</name>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="270"/>
        <source>Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="296"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="306"/>
        <source>Choose a round to see what changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/proof_panels.cpp" line="307"/>
        <source>%n change(s) since %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="312"/>
        <source>%1 ¶%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="316"/>
        <source>【+%1】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="318"/>
        <source>【−%1】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="319"/>
        <source>【%1 → %2】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="331"/>
        <source>%1: %2%3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="324"/>
        <source>%1 (story added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="327"/>
        <source>%1 (story removed)</source>
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
        <location filename="../app/editor/commands.cpp" line="347"/>
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
        <location filename="../app/editor/commands.cpp" line="332"/>
        <source>Crop Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="353"/>
        <source>Break Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="360"/>
        <source>Page Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="367"/>
        <source>Bring to Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="368"/>
        <source>Send to Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="374"/>
        <source>Add Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="381"/>
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
    <name>paiban::editor::ConnectDialog</name>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="28"/>
        <source>Connect to Newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="31"/>
        <source>The newsroom&apos;s PostgreSQL, as libpq takes it: keywords such as &lt;tt&gt;host=db.paper dbname=newsroom user=layout_chen&lt;/tt&gt; or a URI such as &lt;tt&gt;postgresql://layout_chen@db.paper/newsroom&lt;/tt&gt;. What is left out comes from the PG… environment variables; a password from libpq&apos;s password file (~/.pgpass). Paiban never keeps a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="43"/>
        <source>&amp;Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="46"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::DocumentSetupDialog</name>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="33"/>
        <source>Document Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="38"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="39"/>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="51"/>
        <source>Width × height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="55"/>
        <source>Top margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="56"/>
        <source>Bottom margin (least):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="57"/>
        <source>Side margins (free columns):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="60"/>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="63"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="65"/>
        <source>Column width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="70"/>
        <source>Gutter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="72"/>
        <source>Body size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="76"/>
        <source>Baseline grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="78"/>
        <source>Type area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="79"/>
        <source>All pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="80"/>
        <source>This page only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="85"/>
        <source>Apply to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="89"/>
        <source>Frames stay where they are: preflight shows what no longer fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="171"/>
        <source>The paper must be between 1 pt and %1 pt on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="173"/>
        <source>The type area needs 1 to %1 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="175"/>
        <source>A column holds 0 (free) to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="177"/>
        <source>The body size must be between %1 pt and %2 pt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="179"/>
        <source>The gutter cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="181"/>
        <source>The baseline grid must be between 1 pt and %1 pt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="183"/>
        <source>Margins cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="185"/>
        <source>The type area (%1 mm) is wider than the paper (%2 mm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="187"/>
        <source>The columns are narrower than one character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="189"/>
        <source>The margins leave no room for a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="211"/>
        <source>%1 × %2 mm, %3 lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::EpaperDialog</name>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="23"/>
        <location filename="../app/editor/epaper_dialog.cpp" line="84"/>
        <location filename="../app/editor/epaper_dialog.cpp" line="92"/>
        <location filename="../app/editor/epaper_dialog.cpp" line="97"/>
        <location filename="../app/editor/epaper_dialog.cpp" line="105"/>
        <location filename="../app/editor/epaper_dialog.cpp" line="160"/>
        <source>Export E-paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="33"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="42"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="45"/>
        <source>The width of each page image; the thumbnails are made smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="49"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="52"/>
        <source>Page &amp;width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="54"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="65"/>
        <source>Untitled-e-paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="68"/>
        <source>%1-e-paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="92"/>
        <source>Name a folder for the e-paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="98"/>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="106"/>
        <source>%1 already holds other files. The e-paper&apos;s index.html, viewer.css, viewer.js, articles.json and pages folder will replace any files of those names there. Write the e-paper into it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="126"/>
        <source>Cannot make the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="128"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="130"/>
        <source>The page %1 has no size to draw it at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="132"/>
        <source>%1 px is not a width for the page images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="136"/>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="141"/>
        <source>Cannot export the e-paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="147"/>
        <source>E-paper exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="148"/>
        <source>Wrote %1 and %2 into %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/epaper_dialog.cpp" line="149"/>
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/epaper_dialog.cpp" line="150"/>
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="154"/>
        <source>&amp;Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="161"/>
        <source>No browser could be started. Open %1 in a browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::ExportDialog</name>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="24"/>
        <location filename="../app/editor/export_dialog.cpp" line="144"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="25"/>
        <source>For the &amp;press (PDF/X-4, CMYK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="26"/>
        <source>&amp;Proof (for screen and office printers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="30"/>
        <source>In colour (RGB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="31"/>
        <source>In greys (black-and-white printers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="38"/>
        <source>Without notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="39"/>
        <source>With open notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="40"/>
        <source>With all notes, resolved ones too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="44"/>
        <source>Without change marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="46"/>
        <source>Changes since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="58"/>
        <source>&amp;All pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="59"/>
        <source>Pa&amp;ges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="62"/>
        <source>e.g. 1-2, 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="64"/>
        <source>Crop &amp;marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="69"/>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="106"/>
        <source>Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="107"/>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="109"/>
        <source>&amp;Bleed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="145"/>
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
    <name>paiban::editor::HistoryDialog</name>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="128"/>
        <source>Page History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="132"/>
        <source>Restoring a version puts it into the editor; saving then makes it the newest version. No version is ever lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="138"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="138"/>
        <source>Saved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="138"/>
        <source>Saved at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="143"/>
        <source>%1 (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="151"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::LinksPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="699"/>
        <source>Relink…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="705"/>
        <source>Relink Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="706"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="732"/>
        <source>too large to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="734"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="735"/>
        <source>%1 ppi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="737"/>
        <source>page %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::MainWindow</name>
    <message>
        <location filename="../app/editor/main_window.cpp" line="231"/>
        <source>Preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="129"/>
        <source>Zoom %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="120"/>
        <source>Keep for Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="669"/>
        <location filename="../app/editor/main_window.cpp" line="674"/>
        <location filename="../app/editor/page_gestures.cpp" line="72"/>
        <location filename="../app/editor/page_gestures.cpp" line="77"/>
        <location filename="../app/editor/page_gestures.cpp" line="89"/>
        <source>Place Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="670"/>
        <location filename="../app/editor/page_gestures.cpp" line="73"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="133"/>
        <location filename="../app/editor/main_window_file.cpp" line="112"/>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="134"/>
        <source>Paiban found work on %1 that was not saved (from %2), after it was closed unexpectedly. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="245"/>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="243"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="256"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="253"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="675"/>
        <source>%1 is not an image Paiban can read (JPEG, PNG or TIFF). Nothing was placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="248"/>
        <source>Styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="288"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="289"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="291"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="293"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="295"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="301"/>
        <source>&amp;Place Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="302"/>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="303"/>
        <source>&amp;Import Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="305"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="306"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="307"/>
        <source>Expor&amp;t E-paper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="308"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="311"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="314"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="318"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="320"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="322"/>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="322"/>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="335"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="336"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="340"/>
        <location filename="../app/editor/page_gestures.cpp" line="207"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="341"/>
        <location filename="../app/editor/page_gestures.cpp" line="208"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="342"/>
        <location filename="../app/editor/page_gestures.cpp" line="209"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="343"/>
        <source>Paste and &amp;Join Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="343"/>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="344"/>
        <location filename="../app/editor/page_gestures.cpp" line="210"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="354"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="356"/>
        <source>Find and R&amp;eplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="357"/>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="358"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="364"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="373"/>
        <source>&amp;Delete Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="60"/>
        <source>Not an image Paiban can read (JPEG, PNG or TIFF), not placed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="110"/>
        <source>Select a text frame first: its story continues in the frame you click next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="133"/>
        <source>Page Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="136"/>
        <source>e.g. 要闻</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="138"/>
        <source>Page %1: what its 报眉 shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="139"/>
        <source>Section (版名):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="140"/>
        <source>Editor (责任编辑):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="166"/>
        <source>&amp;Thread to Next Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="168"/>
        <source>&amp;Break Thread After Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="169"/>
        <source>U&amp;nthread Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="172"/>
        <source>Bring to &amp;Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="173"/>
        <source>Ctrl+Shift+]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="174"/>
        <source>Send to Bac&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="175"/>
        <source>Ctrl+Shift+[</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="227"/>
        <source>&amp;Edit Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="234"/>
        <source>&amp;Crop with the Mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="237"/>
        <source>&amp;Fill the Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="238"/>
        <source>Show the &amp;Whole Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="250"/>
        <source>Add &amp;Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="272"/>
        <source>&amp;Add Page After This</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="380"/>
        <location filename="../app/editor/page_gestures.cpp" line="276"/>
        <source>&amp;Clear Guides on Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="385"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="386"/>
        <source>&amp;Fit Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="387"/>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="388"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="389"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="390"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="392"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="395"/>
        <source>Show &amp;Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="402"/>
        <source>P&amp;roof View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="405"/>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="412"/>
        <source>&amp;Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="415"/>
        <source>Lengths in &amp;mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="416"/>
        <source>Lengths in &amp;pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="417"/>
        <source>Lengths in &amp;字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="418"/>
        <source>Lengths in &amp;栏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="433"/>
        <source>Type sizes in &amp;号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="434"/>
        <source>Type sizes in p&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="446"/>
        <source>&amp;Story Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="465"/>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="466"/>
        <source>Pa&amp;nels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="470"/>
        <location filename="../app/editor/main_window_document.cpp" line="183"/>
        <source>&amp;Reset Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="472"/>
        <source>&amp;Previous Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="474"/>
        <source>&amp;Next Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="478"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="488"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="501"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="76"/>
        <source>Cannot open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="77"/>
        <source>%1 could not be opened:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="93"/>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="141"/>
        <location filename="../app/editor/main_window_file.cpp" line="137"/>
        <source>Could not keep a recovery copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="529"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="101"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="262"/>
        <source>Swatches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="113"/>
        <source>Paiban was closed with unsaved work on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="117"/>
        <source>Open it with that work now, keep the work for later, or discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="119"/>
        <source>Open and Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="121"/>
        <source>Discard the Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="548"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="560"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="561"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="562"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="563"/>
        <source>page %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="586"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="155"/>
        <source>Open Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="155"/>
        <location filename="../app/editor/main_window_file.cpp" line="185"/>
        <source>Paiban editions (*.paiban)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="165"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="169"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="184"/>
        <source>Save Edition As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="197"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="198"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="243"/>
        <source>%1-proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="247"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="247"/>
        <location filename="../app/editor/main_window_proof.cpp" line="223"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="261"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="272"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/main_window_file.cpp" line="276"/>
        <source>It was written with %n preflight error(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="278"/>
        <location filename="../app/editor/main_window_file.cpp" line="300"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="308"/>
        <source>Inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="309"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="310"/>
        <source>Resolved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="311"/>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="328"/>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="329"/>
        <source>The printer could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="354"/>
        <location filename="../app/editor/main_window_file.cpp" line="359"/>
        <location filename="../app/editor/main_window_file.cpp" line="365"/>
        <location filename="../app/editor/main_window_file.cpp" line="372"/>
        <location filename="../app/editor/main_window_file.cpp" line="380"/>
        <source>Import Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="355"/>
        <source>Select a text frame first: the text goes into its story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="360"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="369"/>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="372"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="381"/>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="389"/>
        <source>Imported %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="782"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="786"/>
        <source>%1 — Paiban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="37"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="45"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="48"/>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="50"/>
        <source>Document Set&amp;up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="51"/>
        <source>Ctrl+Alt+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="90"/>
        <source>Paiban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="91"/>
        <source>Closed. File › New or File › Open to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="135"/>
        <source>By Rule (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="135"/>
        <source>By Rule (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="136"/>
        <location filename="../app/editor/main_window_proof.cpp" line="125"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="169"/>
        <source>&amp;Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="170"/>
        <location filename="../app/editor/page_gestures.cpp" line="271"/>
        <source>Page &amp;Information…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="171"/>
        <source>&amp;Master Pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="172"/>
        <source>Master of This &amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="174"/>
        <source>&amp;Release from Master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="179"/>
        <source>&amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="185"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="186"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="187"/>
        <source>&amp;About Paiban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="189"/>
        <source>About Paiban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="190"/>
        <source>&lt;p&gt;&lt;b&gt;Paiban 排版&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Layout of the printed Chinese newspaper page: stories, headlines, photos and captions on a column grid, sent to the press as PDF.&lt;/p&gt;&lt;p&gt;The command line: &lt;code&gt;paiban help&lt;/code&gt;; the manual: &lt;code&gt;man paiban&lt;/code&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="212"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="214"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="214"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="43"/>
        <source>its text is in no story now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="45"/>
        <source>its text stands in several places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="47"/>
        <source>no text near it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="70"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="71"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="84"/>
        <source>Pr&amp;oof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="85"/>
        <source>&amp;Start Proof Round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="86"/>
        <source>Add &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="89"/>
        <source>Ctrl+Alt+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="90"/>
        <source>Show &amp;Changes Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="94"/>
        <source>&amp;Import Proof Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="152"/>
        <source>Add a note on the selected text (at the caret: something to insert there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="153"/>
        <source>Select text on the page or in the Story panel to add a note on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="173"/>
        <source>%1 started: the text of every story is recorded. Show Changes Since › %1 marks what is changed after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="223"/>
        <location filename="../app/editor/main_window_proof.cpp" line="231"/>
        <source>Import Proof Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="237"/>
        <source>%1 could not be read: %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="247"/>
        <source>%1 is locked with a password. Save a copy without one in the PDF reader and import that. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="250"/>
        <source>%1 is not a PDF that Paiban can read. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/main_window_proof.cpp" line="264"/>
        <source>%n note(s) placed from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/main_window_proof.cpp" line="266"/>
        <source>%n imported before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/main_window_proof.cpp" line="268"/>
        <source>%n mark(s) Paiban wrote on the proof itself were left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/main_window_proof.cpp" line="271"/>
        <source>%n could not be placed:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="275"/>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="275"/>
        <source>PDF page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="277"/>
        <source>%1: (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="278"/>
        <source>%1: “%2” (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="280"/>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="297"/>
        <source>&amp;Reopen Note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="300"/>
        <source>&amp;Resolve Note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="332"/>
        <source>That story is no longer in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="343"/>
        <source>That text is on no page: its story is overset there or placed in no frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="58"/>
        <source>The page is someone else&apos;s now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="59"/>
        <source>While the connection to the newsroom was down, %1 opened this page for editing. Your changes are still here, but the page is read-only: File › Save As keeps them in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="62"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="68"/>
        <source>Story Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="90"/>
        <source>Connect to &amp;Newsroom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="92"/>
        <source>Open Newsroom &amp;Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="94"/>
        <source>&amp;Disconnect from Newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="99"/>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="100"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="115"/>
        <source>Read-only: the page is signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="118"/>
        <source>Read-only: %1 is editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="119"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="130"/>
        <source>Newsroom: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="131"/>
        <source>Newsroom: %1 (connection lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="156"/>
        <source>Cannot connect to the newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="166"/>
        <source>Connected to the newsroom as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="175"/>
        <source>Disconnected from the newsroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="191"/>
        <source>Cannot open the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="199"/>
        <source>Opened %1 for editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="200"/>
        <source>Opened %1 — %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="208"/>
        <location filename="../app/editor/main_window_newsroom.cpp" line="227"/>
        <source>Cannot save the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="213"/>
        <source>Stories changed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="214"/>
        <source>Someone saved a newer revision of %1 while this page had it. Nothing is lost: the page keeps its text, the pool keeps theirs, and your text is kept beside it as a conflict for the desk to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="221"/>
        <source>Someone saved %1 meanwhile, in other paragraphs: both edits are kept, merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="228"/>
        <source>A newer version (%1) of the page was saved meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="232"/>
        <source>Saved %1 as version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="243"/>
        <location filename="../app/editor/main_window_newsroom.cpp" line="255"/>
        <source>Page History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="262"/>
        <source>Version %1 is in the editor: saving makes it the newest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="272"/>
        <source>Not connected to a newsroom: File › Connect to Newsroom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="290"/>
        <source>A story from the pool goes into a text frame: drop it on one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="293"/>
        <source>That text frame holds no story to put the pool&apos;s text in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="302"/>
        <source>Place Story %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="304"/>
        <source>Placed %1 (revision %2) in place of %3&apos;s text; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="308"/>
        <source>Placed %1 (revision %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="316"/>
        <source>Cannot change the page&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="320"/>
        <source>%1 is now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::MasterCommands</name>
    <message>
        <location filename="../app/editor/master_commands.cpp" line="18"/>
        <source>Apply Master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/master_commands.cpp" line="25"/>
        <source>Release from Master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/master_commands.cpp" line="33"/>
        <source>Edit Master Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/master_commands.cpp" line="40"/>
        <source>Edit Master Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/master_commands.cpp" line="47"/>
        <source>Document Setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::MastersDialog</name>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="27"/>
        <source>first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="29"/>
        <source>left-hand pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="31"/>
        <source>right-hand pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="35"/>
        <source>pages that name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="41"/>
        <source>page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="43"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="45"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="47"/>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="49"/>
        <source>editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="117"/>
        <source>Master Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="131"/>
        <source>A word in 〔〕 is a field that each page fills in: 〔%1〕, 〔%2〕, 〔%3〕, 〔%4〕, 〔%5〕.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="136"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="138"/>
        <source>X:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="139"/>
        <source>Y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="140"/>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="141"/>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="142"/>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="146"/>
        <source>Masters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="149"/>
        <source>Items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="254"/>
        <source>Edit Master Item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::Names</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="68"/>
        <source>Justify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="70"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="72"/>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="74"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="82"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="84"/>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="86"/>
        <source>GB (national standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="88"/>
        <source>Strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="96"/>
        <source>Fill the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="98"/>
        <source>Fit in the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="100"/>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="108"/>
        <source>Text frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="110"/>
        <source>Image frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="112"/>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="114"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="122"/>
        <source>Solid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="124"/>
        <source>Dashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="126"/>
        <source>Dotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="128"/>
        <source>Double</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::NewDocumentDialog</name>
    <message>
        <location filename="../app/editor/new_document_dialog.cpp" line="13"/>
        <source>New Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/new_document_dialog.cpp" line="27"/>
        <source>Template (paper, columns, master pages and styles):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::NewsroomSession</name>
    <message>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="112"/>
        <source>The connection to the newsroom is lost; trying again. Your work stays in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="133"/>
        <source>Connected to the newsroom again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="156"/>
        <source>Page %1%2, %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="172"/>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="311"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="302"/>
        <source>The page is free now: its newest version (%1) is open for editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="316"/>
        <source>the server cannot be reached; Paiban keeps trying, and File › Save As keeps your work in a file meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="408"/>
        <source>Merge Story %1 with %2&apos;s revision %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="498"/>
        <source>%1 changed story %2 (revision %3), which this page has edited too: the page keeps its text; saving keeps both versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="514"/>
        <source>Story %1 updated from the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="531"/>
        <source>%1 changed story %2: revision %3 is on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="548"/>
        <source>%1 saved the page: version %2 is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="558"/>
        <source>%1 set the page to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::NoteDialog</name>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="52"/>
        <source>Typo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="54"/>
        <source>Punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="56"/>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="58"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="60"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="70"/>
        <source>delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="72"/>
        <source>insert here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="74"/>
        <source>replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="152"/>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="152"/>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="158"/>
        <source>At the caret (something to insert there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="158"/>
        <source>On “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="173"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="174"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="175"/>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::NotesPanel</name>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="65"/>
        <source>All notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="66"/>
        <source>Open notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="67"/>
        <source>Resolved notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="70"/>
        <location filename="../app/editor/proof_panels.cpp" line="132"/>
        <source>All rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="73"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="80"/>
        <location filename="../app/editor/proof_panels.cpp" line="223"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="81"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="82"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="135"/>
        <source>Before any round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="153"/>
        <source>Text deleted: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="154"/>
        <source>(a place in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="155"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="158"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="159"/>
        <source>%1. %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="166"/>
        <source>before any round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="168"/>
        <source>resolved by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="169"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="223"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::OpenPageDialog</name>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="58"/>
        <source>Open Newsroom Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="62"/>
        <source>Edition / page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="62"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="62"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="62"/>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="95"/>
        <source>The newsroom has no editions yet (paiban newsroom add-page makes one with its first page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="111"/>
        <source>Page %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::PageCanvas</name>
    <message>
        <location filename="../app/editor/canvas/page_canvas.cpp" line="536"/>
        <source>→ page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/canvas/page_canvas.cpp" line="539"/>
        <source>page %1 →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::PagesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="241"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="242"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="243"/>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="244"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="259"/>
        <source>Add Page After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="260"/>
        <location filename="../app/editor/side_panels.cpp" line="324"/>
        <location filename="../app/editor/side_panels.cpp" line="333"/>
        <source>Delete Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="261"/>
        <source>Move Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="262"/>
        <source>Move Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="325"/>
        <source>An edition keeps at least one page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/side_panels.cpp" line="334"/>
        <source>Page %1 holds %n frame(s). Delete the page with them? Their stories keep their text; Edit › Undo brings the page back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="360"/>
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
    <name>paiban::editor::ProofCommands</name>
    <message>
        <location filename="../app/editor/proof_commands.cpp" line="20"/>
        <source>Start Proof Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_commands.cpp" line="27"/>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_commands.cpp" line="39"/>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_commands.cpp" line="46"/>
        <source>Resolve Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_commands.cpp" line="52"/>
        <source>Reopen Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_commands.cpp" line="58"/>
        <source>Delete Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_commands.cpp" line="63"/>
        <source>Import Proof Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::PropertiesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="566"/>
        <source>Text wraps around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="570"/>
        <location filename="../app/editor/side_panels.cpp" line="571"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="583"/>
        <source>X:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="584"/>
        <source>Y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="585"/>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="586"/>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="587"/>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="588"/>
        <source>Gutter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="590"/>
        <source>Standoff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="591"/>
        <source>Image fit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="592"/>
        <source>Fill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="593"/>
        <source>Stroke:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="594"/>
        <source>Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="595"/>
        <source>Line style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="618"/>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="618"/>
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
    <name>paiban::editor::StartRoundDialog</name>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="36"/>
        <source>A proof round needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="38"/>
        <source>There is already a proof round of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="40"/>
        <source>The story is no longer in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="42"/>
        <source>The selected text is no longer in the story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="44"/>
        <source>The note is no longer in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="83"/>
        <source>Proof %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="97"/>
        <source>Start Proof Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="106"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="107"/>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="108"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="111"/>
        <source>The text of every story is recorded now; later, Show Changes Since shows what was changed after it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::StoryPanel</name>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="118"/>
        <source>Add &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="127"/>
        <source>Paragraph style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="128"/>
        <source>Apply to Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="133"/>
        <source>Character style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="134"/>
        <source>Apply to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/story_panel.cpp" line="161"/>
        <source>%1 characters · %n line(s) set</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/story_panel.cpp" line="164"/>
        <source> · %n character(s) over</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/story_panel.cpp" line="166"/>
        <source> · %n line(s) free</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="226"/>
        <source>Story: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="227"/>
        <source>Select a text frame to edit its story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="249"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::StoryPoolPanel</name>
    <message>
        <location filename="../app/editor/newsroom/story_pool_panel.cpp" line="65"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/story_pool_panel.cpp" line="70"/>
        <source>Every section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/story_pool_panel.cpp" line="75"/>
        <source>Find in the pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/story_pool_panel.cpp" line="81"/>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/story_pool_panel.cpp" line="81"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/story_pool_panel.cpp" line="81"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/story_pool_panel.cpp" line="81"/>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/story_pool_panel.cpp" line="81"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/story_pool_panel.cpp" line="81"/>
        <source>Rev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/story_pool_panel.cpp" line="86"/>
        <source>Drag a story onto a text frame of the page to place it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/story_pool_panel.cpp" line="138"/>
        <source>Not connected: File › Connect to Newsroom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/newsroom/story_pool_panel.cpp" line="149"/>
        <source>%n stories</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paiban::editor::StylesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="382"/>
        <source> 字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="393"/>
        <location filename="../app/editor/side_panels.cpp" line="413"/>
        <source>Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="394"/>
        <location filename="../app/editor/side_panels.cpp" line="415"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="395"/>
        <source>Leading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="396"/>
        <source>First-line indent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="397"/>
        <source>Alignment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="398"/>
        <source>Line-start rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="391"/>
        <location filename="../app/editor/side_panels.cpp" line="402"/>
        <location filename="../app/editor/side_panels.cpp" line="406"/>
        <location filename="../app/editor/side_panels.cpp" line="411"/>
        <source>as the paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="399"/>
        <location filename="../app/editor/side_panels.cpp" line="416"/>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="414"/>
        <source>Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="422"/>
        <source>Character styles:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::SwatchesPanel</name>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="41"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="42"/>
        <source>Cyan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="42"/>
        <source>Magenta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="43"/>
        <source>Yellow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="43"/>
        <source>Black:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="52"/>
        <source>Spot colour (a plate of its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="72"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="73"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="74"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="84"/>
        <source>Swatches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="88"/>
        <source>New colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="89"/>
        <source>New Swatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="98"/>
        <source>Edit Swatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="131"/>
        <source>(spot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="161"/>
        <source>A swatch needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="163"/>
        <source>There is already a swatch named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="165"/>
        <source>A spot colour may not be named %1: PDF keeps that name for its own plates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="169"/>
        <source>There is no swatch named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="180"/>
        <source>Add Swatch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="191"/>
        <source>Edit Swatch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="199"/>
        <source>Swatch %1 is in use and was not deleted (%2). Give those another colour first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="205"/>
        <source>Delete Swatch %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paiban::editor::ThreadTool</name>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="135"/>
        <source>Click a text frame to continue the story; Esc to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="138"/>
        <source>Continue the story here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="141"/>
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
