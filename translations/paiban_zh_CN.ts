<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>paiban::ReadProblem</name>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="35"/>
        <source>null</source>
        <translation>null（空值）</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="37"/>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="39"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="41"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="43"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="45"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="47"/>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="90"/>
        <source>missing (a number is required)</source>
        <translation>缺少（需要一个数字）</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="94"/>
        <source>expected a number, got %1</source>
        <translation>应为数字，实为%1</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="100"/>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 超出范围（%2 到 %3）</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="111"/>
        <source>expected a whole number, got %1</source>
        <translation>应为整数，实为 %1</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="123"/>
        <source>missing (a string is required)</source>
        <translation>缺少（需要一个字符串）</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="127"/>
        <source>expected a string, got %1</source>
        <translation>应为字符串，实为%1</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="139"/>
        <source>expected true or false, got %1</source>
        <translation>应为 true 或 false，实为%1</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="153"/>
        <source>expected a CMYK colour [c, m, y, k] with each part from 0 to 1</source>
        <translation>应为 CMYK 颜色 [c, m, y, k]，每项在 0 到 1 之间</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="177"/>
        <source>there is no swatch named &apos;%1&apos;</source>
        <translation>没有名为“%1”的色板</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="191"/>
        <source>a swatch</source>
        <translation>一个色板</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="195"/>
        <source>a swatch needs a name</source>
        <translation>色板需要名称</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="197"/>
        <source>a second swatch named &apos;%1&apos;</source>
        <translation>又一个名为“%1”的色板</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="200"/>
        <source>missing (a CMYK colour [c, m, y, k] is required)</source>
        <translation>缺少（需要 CMYK 颜色 [c, m, y, k]）</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="208"/>
        <source>a spot colour may not be named &apos;%1&apos;: PDF keeps that name for its own plates</source>
        <translation>专色不能命名为“%1”：PDF 把这个名称留给自己的色版</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="227"/>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="236"/>
        <source>missing (an array is required)</source>
        <translation>缺少（需要一个数组）</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="240"/>
        <source>expected an array, got %1</source>
        <translation>应为数组，实为%1</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="250"/>
        <source>expected %1 (an object), got %2</source>
        <translation>应为%1（一个对象），实为%2</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="340"/>
        <source>&apos;%1&apos; is not one of text, image, box, rule</source>
        <translation>“%1”不是 text、image、box、rule 之一</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="423"/>
        <source>a guide</source>
        <translation>一条参考线</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="435"/>
        <location filename="../layout/io/json_reader_masters.cpp" line="41"/>
        <source>a frame</source>
        <translation>一个框</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="451"/>
        <source>expected a frame id (a string)</source>
        <translation>应为框的 id（字符串）</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="460"/>
        <source>a paragraph</source>
        <translation>一个段落</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="468"/>
        <source>a run</source>
        <translation>一段文字</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="485"/>
        <source>a pool link</source>
        <translation>稿库链接</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="504"/>
        <source>frame id &apos;%1&apos; is used twice</source>
        <translation>框 id“%1”用了两次</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="517"/>
        <location filename="../layout/io/json_reader.cpp" line="541"/>
        <source>no frame has the id &apos;%1&apos;</source>
        <translation>没有 id 为“%1”的框</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="520"/>
        <source>a frame cannot be its own caption</source>
        <translation>框不能是自己的图片说明</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="523"/>
        <source>photo &apos;%1&apos; is on another page</source>
        <translation>图片“%1”在另一版上</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="533"/>
        <source>story id &apos;%1&apos; is used twice</source>
        <translation>稿件 id“%1”用了两次</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="545"/>
        <source>frame &apos;%1&apos; is not a text frame</source>
        <translation>框“%1”不是文字框</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="550"/>
        <source>frame &apos;%1&apos; comes twice in the thread: a thread cannot loop</source>
        <translation>框“%1”在接排中出现两次：接排不能成环</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="555"/>
        <source>frame &apos;%1&apos; already holds another story</source>
        <translation>框“%1”已排有另一篇稿件</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="566"/>
        <location filename="../layout/io/json_reader_masters.cpp" line="114"/>
        <source>no paragraph style is named &apos;%1&apos;</source>
        <translation>没有名为“%1”的段落样式</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="573"/>
        <source>no character style is named &apos;%1&apos;</source>
        <translation>没有名为“%1”的字符样式</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="594"/>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="600"/>
        <source>expected a Paiban document (a JSON object)</source>
        <translation>应为排版文档（一个 JSON 对象）</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="608"/>
        <source>not a Paiban document (&quot;format&quot;: &quot;paiban&quot; is missing)</source>
        <translation>不是排版文档（缺少 "format": "paiban"）</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="617"/>
        <source>version %1 was written by a newer Paiban; this one reads up to %2</source>
        <translation>版本 %1 由较新的排版写出；本程序最多读取版本 %2</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="638"/>
        <source>a paragraph style</source>
        <translation>一个段落样式</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="644"/>
        <source>a character style</source>
        <translation>一个字符样式</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="649"/>
        <source>an edition needs at least one page</source>
        <translation>一期报纸至少需要一个版面</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="653"/>
        <source>a page</source>
        <translation>一个版面</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader.cpp" line="659"/>
        <location filename="../layout/io/json_reader_masters.cpp" line="47"/>
        <source>a story</source>
        <translation>一篇稿件</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader_masters.cpp" line="19"/>
        <source>expected a master item&apos;s id (a string)</source>
        <translation>应为主页项目的 id（字符串）</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader_masters.cpp" line="35"/>
        <source>&apos;%1&apos; is not one of any, first, left, right</source>
        <translation>“%1”不是 any、first、left、right 之一</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader_masters.cpp" line="58"/>
        <source>a master page</source>
        <translation>一个主页</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader_masters.cpp" line="69"/>
        <source>a master page needs a name</source>
        <translation>主页需要名称</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader_masters.cpp" line="72"/>
        <source>master name &apos;%1&apos; is used twice</source>
        <translation>主页名“%1”用了两次</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader_masters.cpp" line="80"/>
        <source>item id &apos;%1&apos; is used twice in this master</source>
        <translation>项目 id“%1”在此主页中用了两次</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader_masters.cpp" line="95"/>
        <source>no item of this master has the id &apos;%1&apos;</source>
        <translation>此主页中没有 id 为“%1”的项目</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader_masters.cpp" line="100"/>
        <source>item &apos;%1&apos; is not a text frame</source>
        <translation>项目“%1”不是文字框</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader_masters.cpp" line="104"/>
        <source>item &apos;%1&apos; already holds another story</source>
        <translation>项目“%1”已排有另一篇稿件</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader_masters.cpp" line="125"/>
        <source>no master page is named &apos;%1&apos;</source>
        <translation>没有名为“%1”的主页</translation>
    </message>
    <message>
        <location filename="../layout/io/json_reader_masters.cpp" line="137"/>
        <source>the page&apos;s master has no item &apos;%1&apos;</source>
        <translation>此版的主页没有项目“%1”</translation>
    </message>
    <message>
        <location filename="../layout/io/document_io.cpp" line="328"/>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <location filename="../layout/io/document_io.cpp" line="337"/>
        <source>%1 MB is too large to be a Paiban document</source>
        <translation>%1 MB 太大，不可能是排版文档</translation>
    </message>
    <message>
        <location filename="../layout/io/document_io.cpp" line="346"/>
        <source>the file is empty: no document in it (a save that never finished? look for %1~)</source>
        <translation>文件是空的，里面没有文档（保存未完成？请找 %1~）</translation>
    </message>
</context>
<context>
    <name>paiban::editor</name>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="21"/>
        <source>image %1 of frame %2 cannot be read: it is a folder</source>
        <translation>框 %2 的图片 %1 无法读取：它是一个文件夹</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="23"/>
        <source>image %1 of frame %2 cannot be read: no permission to read it</source>
        <translation>框 %2 的图片 %1 无法读取：没有读取权限</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="26"/>
        <source>image %1 of frame %2 is too large to open (%3 × %4 pixels)</source>
        <translation>框 %2 的图片 %1 太大，无法打开（%3 × %4 像素）</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="28"/>
        <source>image %1 of frame %2 cannot be read: not an image Paiban can open (damaged, cut short, or another kind of file)</source>
        <translation>框 %2 的图片 %1 无法读取：不是排版能打开的图片（已损坏、不完整或是其他类型的文件）</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="36"/>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="38"/>
        <source>insert</source>
        <translation>增补</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="40"/>
        <source>replace</source>
        <translation>改为</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="41"/>
        <source>remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="47"/>
        <source>typo</source>
        <translation>错字</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="49"/>
        <source>punctuation</source>
        <translation>标点</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="51"/>
        <source>fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="53"/>
        <source>layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="54"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="60"/>
        <source>the colour %1 of paragraph style %2</source>
        <translation>段落样式 %2 的颜色 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="62"/>
        <source>the colour %1 of character style %2</source>
        <translation>字符样式 %2 的颜色 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="64"/>
        <source>the fill %1 of frame %2</source>
        <translation>框 %2 的底色 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="65"/>
        <source>the stroke %1 of frame %2</source>
        <translation>框 %2 的边线 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="73"/>
        <source>缺字: no font has U+%1 “%2” (story %3, paragraph %4, character %5)</source>
        <translation>缺字：没有字体含 U+%1“%2”（稿件 %3，第 %4 段，第 %5 字）</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="76"/>
        <source>font “%1” is not installed; story %2 uses a fallback</source>
        <translation>未安装字体“%1”；稿件 %2 使用了替代字体</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="78"/>
        <source>溢文: story %1 does not fit its frames; %2 characters are overset, from paragraph %3</source>
        <translation>溢文：稿件 %1 排不下，从第 %3 段起溢出 %2 字</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="82"/>
        <source>story %1, paragraph %2: the line “%3” is loose (%4 em between characters)</source>
        <translation>稿件 %1 第 %2 段：“%3”一行字距过松（字间 %4 字宽）</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="85"/>
        <source>story %1, paragraph %2: the line “%3” is wider than its column</source>
        <translation>稿件 %1 第 %2 段：“%3”一行超出栏宽</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="88"/>
        <source>story %1, paragraph %2: the line “%3” breaks where the rules forbid (nothing else fitted)</source>
        <translation>稿件 %1 第 %2 段：“%3”一行违反禁则断行（别无可断之处）</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="92"/>
        <source>image %1 of frame %2 is missing</source>
        <translation>框 %2 的图片 %1 缺失</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="96"/>
        <source>image %1 of frame %2 is cut short or damaged: the press would print it half drawn</source>
        <translation>框 %2 的图片 %1 文件不完整或已损坏：印出来会残缺不全</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="100"/>
        <source>image %1 of frame %2 prints at %3 ppi (%4 × %5 pixels over %6 mm); %7 ppi is the least for the press</source>
        <translation>框 %2 的图片 %1 印刷分辨率只有 %3 ppi（%4 × %5 像素排 %6 mm 宽）；印刷至少需 %7 ppi</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="105"/>
        <source>frame %1 lies off the page</source>
        <translation>框 %1 在版面之外</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="106"/>
        <source>frame %1 runs off the edge of the page</source>
        <translation>框 %1 超出版面边缘</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="109"/>
        <source>story %1 is in no frame: none of it will print</source>
        <translation>稿件 %1 不在任何框中：一个字也印不出来</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="110"/>
        <source>story %1 (%2) is in no frame: none of it will print</source>
        <translation>稿件 %1（%2）不在任何框中：一个字也印不出来</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="113"/>
        <source>note %1 (%2) on “%3” is still open: %4</source>
        <translation>批注 %1（%2）“%3”尚未解决：%4</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="117"/>
        <source>%1 puts down %2 % of ink; the press takes at most %3 %</source>
        <translation>%1 的总墨量为 %2 %；印刷最多只能承受 %3 %</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="120"/>
        <source>photo %1 puts down up to %2 % of ink once converted to the press&apos;s CMYK; the press takes at most %3 %</source>
        <translation>图片 %1 转换为印刷 CMYK 后总墨量最高达 %2 %；印刷最多只能承受 %3 %</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="124"/>
        <source>photo %1 is RGB: export converts it to the press&apos;s CMYK</source>
        <translation>图片 %1 为 RGB：输出时将转换为印刷 CMYK</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="141"/>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="149"/>
        <source>page %1, frame %2</source>
        <translation>第 %1 版，框 %2</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="151"/>
        <source>page %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="153"/>
        <source>frame %1</source>
        <translation>框 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="155"/>
        <source>story %1</source>
        <translation>稿件 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/finding_wording.cpp" line="140"/>
        <location filename="../app/editor/finding_wording.cpp" line="157"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="33"/>
        <source>… and %n more in the Preflight panel.</source>
        <translation>……另有 %n 项，见预检面板。</translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="40"/>
        <source>Not ready for the press</source>
        <translation>尚不能付印</translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="41"/>
        <source>The page has %n error(s) that would print wrong:</source>
        <translation>本版有 %n 处错误，印出来会出错：</translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="44"/>
        <source>Show Problems</source>
        <translation>查看问题</translation>
    </message>
    <message>
        <location filename="../app/editor/press_check.cpp" line="45"/>
        <source>Export Anyway</source>
        <translation>仍然输出</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="25"/>
        <source>Only a text frame can continue a story.</source>
        <translation>只有文字框能接排稿件。</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="27"/>
        <source>Click another text frame to continue the story there.</source>
        <translation>请点击另一个文字框，把稿件接排过去。</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="29"/>
        <source>This frame holds no story to continue.</source>
        <translation>这个框里没有可接排的稿件。</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="31"/>
        <source>That frame holds a story of its own. Delete its text or the frame first: threading would leave that story with nowhere to stand.</source>
        <translation>那个框里有自己的稿件。请先删除其文字或删除该框：接排会让那篇稿件无处可排。</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="35"/>
        <source>That frame comes earlier in the same story: the story would run in a circle.</source>
        <translation>那个框在同一稿件的前面：接排会让稿件首尾相接成环。</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="42"/>
        <source>The frame is no longer there.</source>
        <translation>这个框已不存在。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="23"/>
        <source>The newsroom&apos;s server refused the password (or there was none). Put the password in libpq&apos;s password file (~/.pgpass); Paiban never keeps one.</source>
        <translation>稿库服务器拒绝了密码（或未提供密码）。请把密码写入 libpq 的密码文件（~/.pgpass）；排版从不保存密码。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="27"/>
        <source>The newsroom&apos;s server knows no such user. Ask an administrator to add you (paiban newsroom add-user).</source>
        <translation>稿库服务器没有这个用户。请管理员添加你（paiban newsroom add-user）。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="31"/>
        <source>The server has no database of that name. Check the connection string.</source>
        <translation>服务器上没有这个名称的数据库。请检查连接字符串。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="35"/>
        <source>No newsroom server answers there. Check the host in the connection string, and that the server is running.</source>
        <translation>该地址没有稿库服务器应答。请检查连接字符串中的主机，并确认服务器正在运行。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="38"/>
        <source>Cannot connect to the newsroom.</source>
        <translation>无法连接稿库。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="46"/>
        <source>Reporting</source>
        <translation>采写</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="48"/>
        <source>Editing</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="50"/>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="62"/>
        <source>Proofing</source>
        <translation>校对</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="52"/>
        <source>Approved</source>
        <translation>签发</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="60"/>
        <source>Layout stage</source>
        <translation>排版</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="64"/>
        <source>Signed</source>
        <translation>签发</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="81"/>
        <source>Qt&apos;s PostgreSQL driver is not installed (the package libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="92"/>
        <source>The connection to the newsroom was lost: %1</source>
        <translation>与稿库的连接已断开：%1</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="94"/>
        <source>This database holds no newsroom yet. Ask an administrator to run “paiban newsroom init”.</source>
        <translation>这个数据库里还没有稿库。请管理员运行“paiban newsroom init”。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="99"/>
        <source>This database holds no newsroom yet, and your role (%1) may not create it: %2. Ask an administrator to run “paiban newsroom init”.</source>
        <translation>此数据库中还没有稿库，你的角色（%1）无权创建：%2。请管理员运行“paiban newsroom init”。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="103"/>
        <source>The newsroom is of an older version (schema %1; this Paiban needs %2), and your role (%3) may not bring it up to date: %4. Ask an administrator to run “paiban newsroom init”.</source>
        <translation>稿库版本较旧（结构版本 %1，本程序需要 %2），你的角色（%3）无权升级：%4。请管理员运行“paiban newsroom init”。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="108"/>
        <source>Your role (%1) is none of the newsroom&apos;s people. Ask an administrator to add you (“paiban newsroom add-user %1 --role …”).</source>
        <translation>你的角色（%1）不是稿库的成员。请管理员添加（“paiban newsroom add-user %1 --role …”）。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="112"/>
        <source>The newsroom is of a newer version (schema %1) than this Paiban knows (%2). Update Paiban to work in it.</source>
        <translation>稿库的版本（结构 %1）比本排版程序所知的（%2）更新。请更新排版程序后再使用。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="116"/>
        <source>The newsroom is of an older version (schema %1; this Paiban needs %2) and could not be brought up to date: %3. Ask an administrator to run “paiban newsroom init”.</source>
        <translation>稿库的版本较旧（结构 %1；本排版程序需要 %2），且无法更新：%3。请管理员运行“paiban newsroom init”。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="121"/>
        <source>Bringing the newsroom up to date failed in %1: %2</source>
        <translation>更新稿库在 %1 失败：%2</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="124"/>
        <source>Your role may not do that.</source>
        <translation>你的角色无权这样做。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="126"/>
        <source>Story %1 is approved; only the chief editor may change it.</source>
        <translation>稿件 %1 已签发；只有总编辑可以修改。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="128"/>
        <source>Your role may not move story %1 from %2 to %3.</source>
        <translation>你的角色无权把稿件 %1 从%2改为%3。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="131"/>
        <source>There is no story %1 in the pool.</source>
        <translation>稿库中没有稿件 %1。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="133"/>
        <source>Your role may not change story %1.</source>
        <translation>你的角色无权修改稿件 %1。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="135"/>
        <source>A story with that slug is already in the pool.</source>
        <translation>稿库中已有这个稿号的稿件。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="137"/>
        <source>The edition already has a page of that number.</source>
        <translation>这一期已有该版号的版面。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="139"/>
        <source>Page %1 of this edition is signed off; the edition stays as it is.</source>
        <translation>这一期的第 %1 版已签发，该期不能再改。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="142"/>
        <source>Page %1 is signed off; nobody may change it.</source>
        <translation>第 %1 版已签发，任何人都不能再修改。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="144"/>
        <source>Your role may not move page %1 from %2 to %3.</source>
        <translation>你的角色无权把第 %1 版从%2改为%3。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="147"/>
        <source>There is no page %1 in the newsroom.</source>
        <translation>稿库中没有版面 %1。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="149"/>
        <source>Your role may not change page %1.</source>
        <translation>你的角色无权修改版面 %1。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="151"/>
        <source>%1 is editing this page (%2).</source>
        <translation>%1 正在编辑本版（%2）。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="153"/>
        <source>There is no edition of %1 %2.</source>
        <translation>没有 %1 %2 这一期。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_wording.cpp" line="155"/>
        <source>The newsroom refused: %1</source>
        <translation>稿库拒绝了操作：%1</translation>
    </message>
</context>
<context>
    <name>paiban::editor::ChangesPanel</name>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="270"/>
        <source>Since:</source>
        <translation>对比：</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="296"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="306"/>
        <source>Choose a round to see what changed since.</source>
        <translation>选择一个校次，查看此后的修改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/proof_panels.cpp" line="307"/>
        <source>%n change(s) since %1</source>
        <translation><numerusform>%1以来 %n 处修改</numerusform></translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="312"/>
        <source>%1 ¶%2</source>
        <translation>%1 第 %2 段</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="316"/>
        <source>【+%1】</source>
        <translation>【+%1】</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="318"/>
        <source>【−%1】</source>
        <translation>【−%1】</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="319"/>
        <source>【%1 → %2】</source>
        <translation>【%1 → %2】</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="331"/>
        <source>%1: %2%3%4</source>
        <translation>%1：%2%3%4</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="324"/>
        <source>%1 (story added)</source>
        <translation>%1（新增稿件）</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="327"/>
        <source>%1 (story removed)</source>
        <translation>%1（已删除稿件）</translation>
    </message>
</context>
<context>
    <name>paiban::editor::Commands</name>
    <message>
        <location filename="../app/editor/commands.cpp" line="47"/>
        <source>Move Frame</source>
        <translation>移动框</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="46"/>
        <source>Resize Frame</source>
        <translation>调整框大小</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="77"/>
        <source>Frame Properties</source>
        <translation>框属性</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="131"/>
        <source>Delete Text</source>
        <translation>删除文字</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="133"/>
        <source>Typing</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="134"/>
        <source>Replace Text</source>
        <translation>替换文字</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="183"/>
        <source>Apply Paragraph Style %1</source>
        <translation>应用段落样式 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="191"/>
        <source>Apply Character Style %1</source>
        <translation>应用字符样式 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="202"/>
        <source>Edit Paragraph Style %1</source>
        <translation>修改段落样式 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="227"/>
        <source>Edit Character Style %1</source>
        <translation>修改字符样式 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="275"/>
        <source>New Frame</source>
        <translation>新建框</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="281"/>
        <source>Delete Frame</source>
        <translation>删除框</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="288"/>
        <location filename="../app/editor/commands.cpp" line="347"/>
        <source>Thread Frame</source>
        <translation>接排</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="294"/>
        <source>Unthread Frame</source>
        <translation>移出接排</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="300"/>
        <source>New Page</source>
        <translation>新建版面</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="306"/>
        <source>Delete Page</source>
        <translation>删除版面</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="312"/>
        <source>Move Page</source>
        <translation>移动版面</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="318"/>
        <source>New Guide</source>
        <translation>新建参考线</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="324"/>
        <source>Clear Guides</source>
        <translation>清除参考线</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="332"/>
        <source>Crop Photo</source>
        <translation>裁切图片</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="353"/>
        <source>Break Thread</source>
        <translation>断开接排</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="360"/>
        <source>Page Information</source>
        <translation>版面信息</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="367"/>
        <source>Bring to Front</source>
        <translation>移到最前</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="368"/>
        <source>Send to Back</source>
        <translation>移到最后</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="374"/>
        <source>Add Caption</source>
        <translation>添加图片说明</translation>
    </message>
    <message>
        <location filename="../app/editor/commands.cpp" line="381"/>
        <source>Place Photo</source>
        <translation>排入图片</translation>
    </message>
    <message>
        <location filename="../app/editor/find_dialog.cpp" line="26"/>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
</context>
<context>
    <name>paiban::editor::ConnectDialog</name>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="28"/>
        <source>Connect to Newsroom</source>
        <translation>连接稿库</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="31"/>
        <source>The newsroom&apos;s PostgreSQL, as libpq takes it: keywords such as &lt;tt&gt;host=db.paper dbname=newsroom user=layout_chen&lt;/tt&gt; or a URI such as &lt;tt&gt;postgresql://layout_chen@db.paper/newsroom&lt;/tt&gt;. What is left out comes from the PG… environment variables; a password from libpq&apos;s password file (~/.pgpass). Paiban never keeps a password.</source>
        <translation>稿库的 PostgreSQL 连接，按 libpq 的写法：关键字如 &lt;tt&gt;host=db.paper dbname=newsroom user=layout_chen&lt;/tt&gt;，或 URI 如 &lt;tt&gt;postgresql://layout_chen@db.paper/newsroom&lt;/tt&gt;。未写的部分取自 PG… 环境变量；密码取自 libpq 的密码文件（~/.pgpass）。排版从不保存密码。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="43"/>
        <source>&amp;Connection:</source>
        <translation>连接(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="46"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>paiban::editor::DocumentSetupDialog</name>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="33"/>
        <source>Document Setup</source>
        <translation>文档设置</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="38"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="39"/>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="51"/>
        <source>Width × height:</source>
        <translation>宽 × 高：</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="55"/>
        <source>Top margin:</source>
        <translation>天头：</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="56"/>
        <source>Bottom margin (least):</source>
        <translation>地脚（最小）：</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="57"/>
        <source>Side margins (free columns):</source>
        <translation>左右边距（自由栏宽）：</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="60"/>
        <source>Columns:</source>
        <translation>栏数：</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="63"/>
        <source>free</source>
        <translation>自由</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="65"/>
        <source>Column width:</source>
        <translation>栏宽：</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="70"/>
        <source>Gutter:</source>
        <translation>栏间距：</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="72"/>
        <source>Body size:</source>
        <translation>正文字号：</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="76"/>
        <source>Baseline grid:</source>
        <translation>基线网格：</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="78"/>
        <source>Type area:</source>
        <translation>版心：</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="79"/>
        <source>All pages</source>
        <translation>所有版面</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="80"/>
        <source>This page only</source>
        <translation>仅本版</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="85"/>
        <source>Apply to:</source>
        <translation>应用于：</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="89"/>
        <source>Frames stay where they are: preflight shows what no longer fits.</source>
        <translation>框架保持原位：放不下的内容由印前检查列出。</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="171"/>
        <source>The paper must be between 1 pt and %1 pt on each side.</source>
        <translation>纸张每边须在 1 pt 到 %1 pt 之间。</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="173"/>
        <source>The type area needs 1 to %1 columns.</source>
        <translation>版心须有 1 到 %1 栏。</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="175"/>
        <source>A column holds 0 (free) to %1 characters.</source>
        <translation>每栏可容 0（自由）到 %1 字。</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="177"/>
        <source>The body size must be between %1 pt and %2 pt.</source>
        <translation>正文字号须在 %1 pt 到 %2 pt 之间。</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="179"/>
        <source>The gutter cannot be negative.</source>
        <translation>栏间距不能为负。</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="181"/>
        <source>The baseline grid must be between 1 pt and %1 pt.</source>
        <translation>基线网格须在 1 pt 到 %1 pt 之间。</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="183"/>
        <source>Margins cannot be negative.</source>
        <translation>页边距不能为负。</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="185"/>
        <source>The type area (%1 mm) is wider than the paper (%2 mm).</source>
        <translation>版心（%1 mm）比纸张（%2 mm）还宽。</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="187"/>
        <source>The columns are narrower than one character.</source>
        <translation>栏宽不足一个字。</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="189"/>
        <source>The margins leave no room for a line.</source>
        <translation>页边距留下的空间排不下一行。</translation>
    </message>
    <message>
        <location filename="../app/editor/document_setup_dialog.cpp" line="211"/>
        <source>%1 × %2 mm, %3 lines</source>
        <translation>%1 × %2 毫米，%3 行</translation>
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
        <translation>输出电子版</translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="33"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="42"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="45"/>
        <source>The width of each page image; the thumbnails are made smaller.</source>
        <translation>每个版面图片的宽度；缩略图按比例缩小。</translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="49"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="52"/>
        <source>Page &amp;width:</source>
        <translation>版面宽度(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="54"/>
        <source>&amp;Export</source>
        <translation>输出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="65"/>
        <source>Untitled-e-paper</source>
        <translation>未命名-电子版</translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="68"/>
        <source>%1-e-paper</source>
        <translation>%1-电子版</translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="92"/>
        <source>Name a folder for the e-paper.</source>
        <translation>请指定电子版的文件夹。</translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="98"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="106"/>
        <source>%1 already holds other files. The e-paper&apos;s index.html, viewer.css, viewer.js, articles.json and pages folder will replace any files of those names there. Write the e-paper into it?</source>
        <translation>%1 中已有其他文件。电子版的 index.html、viewer.css、viewer.js、articles.json 和 pages 文件夹将替换其中同名的文件。仍要把电子版写入其中吗？</translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="126"/>
        <source>Cannot make the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="128"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="130"/>
        <source>The page %1 has no size to draw it at.</source>
        <translation>版面 %1 没有可绘制的尺寸。</translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="132"/>
        <source>%1 px is not a width for the page images.</source>
        <translation>%1 像素不是可用的版面图片宽度。</translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="136"/>
        <source>Nothing was written.</source>
        <translation>未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="141"/>
        <source>Cannot export the e-paper</source>
        <translation>无法输出电子版</translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="147"/>
        <source>E-paper exported</source>
        <translation>电子版已输出</translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="148"/>
        <source>Wrote %1 and %2 into %3.</source>
        <translation>已将%1、%2写入 %3。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/epaper_dialog.cpp" line="149"/>
        <source>%n page(s)</source>
        <translation><numerusform>%n 个版面</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/epaper_dialog.cpp" line="150"/>
        <source>%n article(s)</source>
        <translation><numerusform>%n 篇文章</numerusform></translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="154"/>
        <source>&amp;Open in Browser</source>
        <translation>在浏览器中打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/editor/epaper_dialog.cpp" line="161"/>
        <source>No browser could be started. Open %1 in a browser.</source>
        <translation>无法启动浏览器。请在浏览器中打开 %1。</translation>
    </message>
</context>
<context>
    <name>paiban::editor::ExportDialog</name>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="24"/>
        <location filename="../app/editor/export_dialog.cpp" line="144"/>
        <source>Export PDF</source>
        <translation>输出 PDF</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="25"/>
        <source>For the &amp;press (PDF/X-4, CMYK)</source>
        <translation>印刷用(&amp;P)（PDF/X-4，CMYK）</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="26"/>
        <source>&amp;Proof (for screen and office printers)</source>
        <translation>校样(&amp;R)（屏幕与办公打印）</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="30"/>
        <source>In colour (RGB)</source>
        <translation>彩色（RGB）</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="31"/>
        <source>In greys (black-and-white printers)</source>
        <translation>灰度（黑白打印机）</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="38"/>
        <source>Without notes</source>
        <translation>不带批注</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="39"/>
        <source>With open notes</source>
        <translation>带未解决的批注</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="40"/>
        <source>With all notes, resolved ones too</source>
        <translation>带全部批注（含已解决）</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="44"/>
        <source>Without change marks</source>
        <translation>不标修改痕迹</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="46"/>
        <source>Changes since %1</source>
        <translation>标出%1以来的修改</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="58"/>
        <source>&amp;All pages</source>
        <translation>全部版面(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="59"/>
        <source>Pa&amp;ges:</source>
        <translation>版面(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="62"/>
        <source>e.g. 1-2, 4</source>
        <translation>例如 1-2, 4</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="64"/>
        <source>Crop &amp;marks</source>
        <translation>裁切标记(&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="69"/>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="106"/>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="107"/>
        <source>Pages:</source>
        <translation>版面：</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="109"/>
        <source>&amp;Bleed:</source>
        <translation>出血(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../app/editor/export_dialog.cpp" line="145"/>
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
    <name>paiban::editor::HistoryDialog</name>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="128"/>
        <source>Page History</source>
        <translation>版面历史版本</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="132"/>
        <source>Restoring a version puts it into the editor; saving then makes it the newest version. No version is ever lost.</source>
        <translation>恢复某个版本会把它载入编辑器；保存后它成为最新版本。任何版本都不会丢失。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="138"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="138"/>
        <source>Saved by</source>
        <translation>保存人</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="138"/>
        <source>Saved at</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="143"/>
        <source>%1 (open)</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="151"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>paiban::editor::LinksPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="699"/>
        <source>Relink…</source>
        <translation>重新链接…</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="705"/>
        <source>Relink Image</source>
        <translation>重新链接图片</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="706"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="732"/>
        <source>too large to open</source>
        <translation>过大，无法打开</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="734"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="735"/>
        <source>%1 ppi</source>
        <translation>%1 ppi</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="737"/>
        <source>page %1 · %2 · %3</source>
        <translation>第 %1 版 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>paiban::editor::MainWindow</name>
    <message>
        <location filename="../app/editor/main_window.cpp" line="231"/>
        <source>Preflight</source>
        <translation>预检</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="129"/>
        <source>Zoom %1 %</source>
        <translation>缩放 %1 %</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="120"/>
        <source>Keep for Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="669"/>
        <location filename="../app/editor/main_window.cpp" line="674"/>
        <location filename="../app/editor/page_gestures.cpp" line="72"/>
        <location filename="../app/editor/page_gestures.cpp" line="77"/>
        <location filename="../app/editor/page_gestures.cpp" line="89"/>
        <source>Place Image</source>
        <translation>排入图片</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="670"/>
        <location filename="../app/editor/page_gestures.cpp" line="73"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="133"/>
        <location filename="../app/editor/main_window_file.cpp" line="112"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="134"/>
        <source>Paiban found work on %1 that was not saved (from %2), after it was closed unexpectedly. Restore it?</source>
        <translation>排版在意外关闭后找到 %1 未保存的工作（%2）。是否恢复？</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="245"/>
        <source>Story</source>
        <translation>稿件</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="243"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="256"/>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="253"/>
        <source>Pages</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="675"/>
        <source>%1 is not an image Paiban can read (JPEG, PNG or TIFF). Nothing was placed.</source>
        <translation>%1 不是排版能读取的图片（JPEG、PNG 或 TIFF），未排入任何内容。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="248"/>
        <source>Styles</source>
        <translation>样式</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="288"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="289"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="291"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="293"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="295"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="301"/>
        <source>&amp;Place Image…</source>
        <translation>排入图片(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="302"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="303"/>
        <source>&amp;Import Text…</source>
        <translation>导入文本(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="305"/>
        <source>&amp;Export PDF…</source>
        <translation>输出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="306"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="307"/>
        <source>Expor&amp;t E-paper…</source>
        <translation>输出电子版(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="308"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="311"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="314"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="318"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="320"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="322"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="322"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="335"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="336"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="340"/>
        <location filename="../app/editor/page_gestures.cpp" line="207"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="341"/>
        <location filename="../app/editor/page_gestures.cpp" line="208"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="342"/>
        <location filename="../app/editor/page_gestures.cpp" line="209"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="343"/>
        <source>Paste and &amp;Join Lines</source>
        <translation>粘贴并合并断行(&amp;J)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="343"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="344"/>
        <location filename="../app/editor/page_gestures.cpp" line="210"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="354"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="356"/>
        <source>Find and R&amp;eplace…</source>
        <translation>查找与替换(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="357"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="358"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="364"/>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="373"/>
        <source>&amp;Delete Frame</source>
        <translation>删除框(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="60"/>
        <source>Not an image Paiban can read (JPEG, PNG or TIFF), not placed:
%1</source>
        <translation>不是排版能读取的图片（JPEG、PNG 或 TIFF），未排入：
%1</translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="110"/>
        <source>Select a text frame first: its story continues in the frame you click next.</source>
        <translation>请先选中一个文字框：其稿件将接排到您下一个点击的框中。</translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="133"/>
        <source>Page Information</source>
        <translation>版面信息</translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="136"/>
        <source>e.g. 要闻</source>
        <translation>例如 要闻</translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="138"/>
        <source>Page %1: what its 报眉 shows.</source>
        <translation>第%1版：报眉上显示的内容。</translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="139"/>
        <source>Section (版名):</source>
        <translation>版名：</translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="140"/>
        <source>Editor (责任编辑):</source>
        <translation>责任编辑：</translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="166"/>
        <source>&amp;Thread to Next Frame</source>
        <translation>接排到下一框(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="168"/>
        <source>&amp;Break Thread After Frame</source>
        <translation>在此框后断开接排(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="169"/>
        <source>U&amp;nthread Frame</source>
        <translation>将此框移出接排(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="172"/>
        <source>Bring to &amp;Front</source>
        <translation>移到最前(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="173"/>
        <source>Ctrl+Shift+]</source>
        <translation>Ctrl+Shift+]</translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="174"/>
        <source>Send to Bac&amp;k</source>
        <translation>移到最后(&amp;K)</translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="175"/>
        <source>Ctrl+Shift+[</source>
        <translation>Ctrl+Shift+[</translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="227"/>
        <source>&amp;Edit Text</source>
        <translation>编辑文字(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="234"/>
        <source>&amp;Crop with the Mouse</source>
        <translation>用鼠标裁切(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="237"/>
        <source>&amp;Fill the Frame</source>
        <translation>填满框(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="238"/>
        <source>Show the &amp;Whole Photo</source>
        <translation>显示整张图片(&amp;W)</translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="250"/>
        <source>Add &amp;Caption</source>
        <translation>添加图片说明(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/editor/page_gestures.cpp" line="272"/>
        <source>&amp;Add Page After This</source>
        <translation>在此版后添加新版(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="380"/>
        <location filename="../app/editor/page_gestures.cpp" line="276"/>
        <source>&amp;Clear Guides on Page</source>
        <translation>清除本版参考线(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="385"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="386"/>
        <source>&amp;Fit Page</source>
        <translation>整版显示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="387"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="388"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="389"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="390"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="392"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="395"/>
        <source>Show &amp;Guides</source>
        <translation>显示参考线(&amp;G)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="402"/>
        <source>P&amp;roof View</source>
        <translation>校样视图(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="405"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="412"/>
        <source>&amp;Units</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="415"/>
        <source>Lengths in &amp;mm</source>
        <translation>长度以毫米显示(&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="416"/>
        <source>Lengths in &amp;pt</source>
        <translation>长度以点显示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="417"/>
        <source>Lengths in &amp;字</source>
        <translation>长度以字显示(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="418"/>
        <source>Lengths in &amp;栏</source>
        <translation>长度以栏显示(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="433"/>
        <source>Type sizes in &amp;号</source>
        <translation>字号以号显示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="434"/>
        <source>Type sizes in p&amp;t</source>
        <translation>字号以点显示(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="446"/>
        <source>&amp;Story Editor</source>
        <translation>稿件编辑器(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="465"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="466"/>
        <source>Pa&amp;nels</source>
        <translation>面板(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="470"/>
        <location filename="../app/editor/main_window_document.cpp" line="183"/>
        <source>&amp;Reset Panels</source>
        <translation>恢复面板布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="472"/>
        <source>&amp;Previous Page</source>
        <translation>上一版(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="474"/>
        <source>&amp;Next Page</source>
        <translation>下一版(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="478"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="488"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="501"/>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="76"/>
        <source>Cannot open document</source>
        <translation>无法打开文档</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="77"/>
        <source>%1 could not be opened:

%2</source>
        <translation>无法打开 %1：

%2</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="93"/>
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="141"/>
        <location filename="../app/editor/main_window_file.cpp" line="137"/>
        <source>Could not keep a recovery copy: %1</source>
        <translation>无法保存恢复副本：%1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="529"/>
        <source>Page %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="101"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="262"/>
        <source>Swatches</source>
        <translation>色板</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="113"/>
        <source>Paiban was closed with unsaved work on %1.</source>
        <translation>排版关闭时 %1 有未保存的工作。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="117"/>
        <source>Open it with that work now, keep the work for later, or discard it?</source>
        <translation>现在打开它并恢复这些工作、留待以后，还是放弃这些工作？</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="119"/>
        <source>Open and Restore</source>
        <translation>打开并恢复</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="121"/>
        <source>Discard the Work</source>
        <translation>放弃这些工作</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="548"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="560"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="561"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="562"/>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="563"/>
        <source>page %1: </source>
        <translation>第 %1 版：</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="586"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="155"/>
        <source>Open Edition</source>
        <translation>打开版面文件</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="155"/>
        <location filename="../app/editor/main_window_file.cpp" line="185"/>
        <source>Paiban editions (*.paiban)</source>
        <translation>排版文件 (*.paiban)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="165"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="169"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="184"/>
        <source>Save Edition As</source>
        <translation>版面文件另存为</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="197"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="198"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 有未保存的修改。是否保存？</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="243"/>
        <source>%1-proof</source>
        <translation>%1-校样</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="247"/>
        <source>Export PDF</source>
        <translation>输出 PDF</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="247"/>
        <location filename="../app/editor/main_window_proof.cpp" line="223"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="261"/>
        <source>Exporting %1…</source>
        <translation>正在输出 %1…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="272"/>
        <source>Cannot export</source>
        <translation>无法输出</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/main_window_file.cpp" line="276"/>
        <source>It was written with %n preflight error(s).</source>
        <translation><numerusform>输出时带有 %n 处预检错误。</numerusform></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="278"/>
        <location filename="../app/editor/main_window_file.cpp" line="300"/>
        <source>Exported %1</source>
        <translation>已输出 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="308"/>
        <source>Inserted</source>
        <translation>增补</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="309"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="310"/>
        <source>Resolved by %1</source>
        <translation>已由%1解决</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="311"/>
        <source>Since %1</source>
        <translation>%1以来的修改</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="328"/>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="329"/>
        <source>The printer could not be started: %1</source>
        <translation>无法启动打印机：%1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="354"/>
        <location filename="../app/editor/main_window_file.cpp" line="359"/>
        <location filename="../app/editor/main_window_file.cpp" line="365"/>
        <location filename="../app/editor/main_window_file.cpp" line="372"/>
        <location filename="../app/editor/main_window_file.cpp" line="380"/>
        <source>Import Text</source>
        <translation>导入文本</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="355"/>
        <source>Select a text frame first: the text goes into its story.</source>
        <translation>请先选中文字框：文本将导入其稿件。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="360"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="369"/>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="372"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="381"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 未导入：%2</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_file.cpp" line="389"/>
        <source>Imported %1 (%2)</source>
        <translation>已导入 %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="782"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window.cpp" line="786"/>
        <source>%1 — Paiban</source>
        <translation>%1 — 排版</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="37"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="45"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="48"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="50"/>
        <source>Document Set&amp;up…</source>
        <translation>文档设置(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="51"/>
        <source>Ctrl+Alt+P</source>
        <translation>Ctrl+Alt+P</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="90"/>
        <source>Paiban</source>
        <translation>排版</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="91"/>
        <source>Closed. File › New or File › Open to go on.</source>
        <translation>已关闭。可从“文件 › 新建”或“文件 › 打开”继续。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="135"/>
        <source>By Rule (%1)</source>
        <translation>按规则（%1）</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="135"/>
        <source>By Rule (none)</source>
        <translation>按规则（无）</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="136"/>
        <location filename="../app/editor/main_window_proof.cpp" line="125"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="169"/>
        <source>&amp;Pages</source>
        <translation>版面(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="170"/>
        <location filename="../app/editor/page_gestures.cpp" line="271"/>
        <source>Page &amp;Information…</source>
        <translation>版面信息(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="171"/>
        <source>&amp;Master Pages…</source>
        <translation>主页(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="172"/>
        <source>Master of This &amp;Page</source>
        <translation>本版主页(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="174"/>
        <source>&amp;Release from Master</source>
        <translation>从主页释放(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="179"/>
        <source>&amp;Window</source>
        <translation>窗口(&amp;W)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="185"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="186"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="187"/>
        <source>&amp;About Paiban</source>
        <translation>关于排版(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="189"/>
        <source>About Paiban</source>
        <translation>关于排版</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="190"/>
        <source>&lt;p&gt;&lt;b&gt;Paiban 排版&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Layout of the printed Chinese newspaper page: stories, headlines, photos and captions on a column grid, sent to the press as PDF.&lt;/p&gt;&lt;p&gt;The command line: &lt;code&gt;paiban help&lt;/code&gt;; the manual: &lt;code&gt;man paiban&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Paiban 排版&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;中文报纸版面编排：稿件、标题、图片与图片说明排在栏格上，以 PDF 付印。&lt;/p&gt;&lt;p&gt;命令行：&lt;code&gt;paiban help&lt;/code&gt;；手册：&lt;code&gt;man paiban&lt;/code&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="212"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="214"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_document.cpp" line="214"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="43"/>
        <source>its text is in no story now</source>
        <translation>其文字已不在任何稿件中</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="45"/>
        <source>its text stands in several places</source>
        <translation>其文字出现在多处，无法确定</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="47"/>
        <source>no text near it</source>
        <translation>附近没有文字</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="70"/>
        <source>Notes</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="71"/>
        <source>Changes</source>
        <translation>修改痕迹</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="84"/>
        <source>Pr&amp;oof</source>
        <translation>校对(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="85"/>
        <source>&amp;Start Proof Round…</source>
        <translation>开始校次(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="86"/>
        <source>Add &amp;Note…</source>
        <translation>添加批注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="89"/>
        <source>Ctrl+Alt+N</source>
        <translation>Ctrl+Alt+N</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="90"/>
        <source>Show &amp;Changes Since</source>
        <translation>显示修改痕迹(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="94"/>
        <source>&amp;Import Proof Notes…</source>
        <translation>导入校样批注(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="152"/>
        <source>Add a note on the selected text (at the caret: something to insert there).</source>
        <translation>在所选文字上添加批注（只有插入点时：此处需要补字）。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="153"/>
        <source>Select text on the page or in the Story panel to add a note on it.</source>
        <translation>请先在版面上或稿件面板中选中文字，再添加批注。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="173"/>
        <source>%1 started: the text of every story is recorded. Show Changes Since › %1 marks what is changed after it.</source>
        <translation>%1已开始：已记下所有稿件的文字。“显示修改痕迹 › %1”会标出此后的修改。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="223"/>
        <location filename="../app/editor/main_window_proof.cpp" line="231"/>
        <source>Import Proof Notes</source>
        <translation>导入校样批注</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="237"/>
        <source>%1 could not be read: %2. Nothing was imported.</source>
        <translation>无法读取 %1：%2。未导入任何批注。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="247"/>
        <source>%1 is locked with a password. Save a copy without one in the PDF reader and import that. Nothing was imported.</source>
        <translation>%1 设有密码。请在 PDF 阅读器中另存一份不带密码的副本再导入。未导入任何批注。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="250"/>
        <source>%1 is not a PDF that Paiban can read. Nothing was imported.</source>
        <translation>%1 不是排版能读取的 PDF。未导入任何批注。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/main_window_proof.cpp" line="264"/>
        <source>%n note(s) placed from %1.</source>
        <translation><numerusform>已从 %1 放置 %n 条批注。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/main_window_proof.cpp" line="266"/>
        <source>%n imported before.</source>
        <translation><numerusform>%n 条此前已导入。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/main_window_proof.cpp" line="268"/>
        <source>%n mark(s) Paiban wrote on the proof itself were left out.</source>
        <translation><numerusform>排版自己写在校样上的 %n 个标记已略过。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/main_window_proof.cpp" line="271"/>
        <source>%n could not be placed:</source>
        <translation><numerusform>%n 条无法放置：</numerusform></translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="275"/>
        <source>page %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="275"/>
        <source>PDF page %1</source>
        <translation>PDF 第 %1 页</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="277"/>
        <source>%1: (%2)</source>
        <translation>%1：（%2）</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="278"/>
        <source>%1: “%2” (%3)</source>
        <translation>%1：“%2”（%3）</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="280"/>
        <source> — %1</source>
        <translation> —— %1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="297"/>
        <source>&amp;Reopen Note %1</source>
        <translation>重新打开批注 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="300"/>
        <source>&amp;Resolve Note %1</source>
        <translation>解决批注 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="332"/>
        <source>That story is no longer in the document.</source>
        <translation>该稿件已不在文档中。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_proof.cpp" line="343"/>
        <source>That text is on no page: its story is overset there or placed in no frame.</source>
        <translation>这段文字不在任何版上：稿件在此处溢出，或未排入任何框。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="58"/>
        <source>The page is someone else&apos;s now</source>
        <translation>本版已由他人编辑</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="59"/>
        <source>While the connection to the newsroom was down, %1 opened this page for editing. Your changes are still here, but the page is read-only: File › Save As keeps them in a file.</source>
        <translation>与稿库的连接中断期间，%1 打开了本版进行编辑。你的修改仍在编辑器里，但本版现为只读：可用“文件 › 另存为”把它们保存到文件。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="62"/>
        <source>someone</source>
        <translation>他人</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="68"/>
        <source>Story Pool</source>
        <translation>稿库</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="90"/>
        <source>Connect to &amp;Newsroom…</source>
        <translation>连接稿库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="92"/>
        <source>Open Newsroom &amp;Page…</source>
        <translation>打开版面(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="94"/>
        <source>&amp;Disconnect from Newsroom</source>
        <translation>断开稿库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="99"/>
        <source>&amp;History…</source>
        <translation>历史版本(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="100"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="115"/>
        <source>Read-only: the page is signed off</source>
        <translation>只读：本版已签发</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="118"/>
        <source>Read-only: %1 is editing</source>
        <translation>只读：%1 正在编辑</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="119"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="130"/>
        <source>Newsroom: %1</source>
        <translation>稿库：%1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="131"/>
        <source>Newsroom: %1 (connection lost)</source>
        <translation>稿库：%1（连接中断）</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="156"/>
        <source>Cannot connect to the newsroom</source>
        <translation>无法连接稿库</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="166"/>
        <source>Connected to the newsroom as %1.</source>
        <translation>已以 %1 身份连接稿库。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="175"/>
        <source>Disconnected from the newsroom.</source>
        <translation>已断开稿库。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="191"/>
        <source>Cannot open the page</source>
        <translation>无法打开版面</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="199"/>
        <source>Opened %1 for editing.</source>
        <translation>已打开%1，可以编辑。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="200"/>
        <source>Opened %1 — %2.</source>
        <translation>已打开%1——%2。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="208"/>
        <location filename="../app/editor/main_window_newsroom.cpp" line="227"/>
        <source>Cannot save the page</source>
        <translation>无法保存版面</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="213"/>
        <source>Stories changed meanwhile</source>
        <translation>稿件已被他人修改</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="214"/>
        <source>Someone saved a newer revision of %1 while this page had it. Nothing is lost: the page keeps its text, the pool keeps theirs, and your text is kept beside it as a conflict for the desk to merge.</source>
        <translation>在本版编辑期间，有人保存了 %1 的新修订。没有内容丢失：版面保留本版的文字，稿库保留对方的修订，你的文字作为冲突稿另行保存，由编辑部合并。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="221"/>
        <source>Someone saved %1 meanwhile, in other paragraphs: both edits are kept, merged.</source>
        <translation>其间有人保存了 %1，改的是别的段落：两处修改都已保留并合并。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="228"/>
        <source>A newer version (%1) of the page was saved meanwhile.</source>
        <translation>其间已有人保存了本版的新版本（%1）。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="232"/>
        <source>Saved %1 as version %2.</source>
        <translation>已保存%1（版本 %2）。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="243"/>
        <location filename="../app/editor/main_window_newsroom.cpp" line="255"/>
        <source>Page History</source>
        <translation>版面历史版本</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="262"/>
        <source>Version %1 is in the editor: saving makes it the newest version.</source>
        <translation>版本 %1 已载入编辑器：保存后它成为最新版本。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="272"/>
        <source>Not connected to a newsroom: File › Connect to Newsroom…</source>
        <translation>未连接稿库：文件 › 连接稿库…</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="290"/>
        <source>A story from the pool goes into a text frame: drop it on one.</source>
        <translation>稿库中的稿件要放进文字框：请拖到文字框上。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="293"/>
        <source>That text frame holds no story to put the pool&apos;s text in.</source>
        <translation>该文字框没有可放入稿件的文章。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="302"/>
        <source>Place Story %1</source>
        <translation>放置稿件 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="304"/>
        <source>Placed %1 (revision %2) in place of %3&apos;s text; Undo brings it back.</source>
        <translation>已放入 %1（修订 %2），替换了 %3 原有的文字；撤销可恢复。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="308"/>
        <source>Placed %1 (revision %2).</source>
        <translation>已放置 %1（修订 %2）。</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="316"/>
        <source>Cannot change the page&apos;s status</source>
        <translation>无法更改版面状态</translation>
    </message>
    <message>
        <location filename="../app/editor/main_window_newsroom.cpp" line="320"/>
        <source>%1 is now: %2.</source>
        <translation>%1 现为：%2。</translation>
    </message>
</context>
<context>
    <name>paiban::editor::MasterCommands</name>
    <message>
        <location filename="../app/editor/master_commands.cpp" line="18"/>
        <source>Apply Master</source>
        <translation>应用主页</translation>
    </message>
    <message>
        <location filename="../app/editor/master_commands.cpp" line="25"/>
        <source>Release from Master</source>
        <translation>从主页释放</translation>
    </message>
    <message>
        <location filename="../app/editor/master_commands.cpp" line="33"/>
        <source>Edit Master Text</source>
        <translation>编辑主页文字</translation>
    </message>
    <message>
        <location filename="../app/editor/master_commands.cpp" line="40"/>
        <source>Edit Master Item</source>
        <translation>编辑主页项目</translation>
    </message>
    <message>
        <location filename="../app/editor/master_commands.cpp" line="47"/>
        <source>Document Setup</source>
        <translation>文档设置</translation>
    </message>
</context>
<context>
    <name>paiban::editor::MastersDialog</name>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="27"/>
        <source>first page</source>
        <translation>首版</translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="29"/>
        <source>left-hand pages</source>
        <translation>左页（双数版）</translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="31"/>
        <source>right-hand pages</source>
        <translation>右页（单数版）</translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="35"/>
        <source>pages that name it</source>
        <translation>指定它的版面</translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="41"/>
        <source>page number</source>
        <translation>版次</translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="43"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="45"/>
        <source>title</source>
        <translation>报名</translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="47"/>
        <source>section</source>
        <translation>版名</translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="49"/>
        <source>editor</source>
        <translation>责任编辑</translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="117"/>
        <source>Master Pages</source>
        <translation>主页</translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="131"/>
        <source>A word in 〔〕 is a field that each page fills in: 〔%1〕, 〔%2〕, 〔%3〕, 〔%4〕, 〔%5〕.</source>
        <translation>〔〕中的词是每一版各自填入的字段：〔%1〕、〔%2〕、〔%3〕、〔%4〕、〔%5〕。</translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="136"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="138"/>
        <source>X:</source>
        <translation>X：</translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="139"/>
        <source>Y:</source>
        <translation>Y：</translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="140"/>
        <source>Width:</source>
        <translation>宽：</translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="141"/>
        <source>Height:</source>
        <translation>高：</translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="142"/>
        <source>Text:</source>
        <translation>文字：</translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="146"/>
        <source>Masters:</source>
        <translation>主页：</translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="149"/>
        <source>Items:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <location filename="../app/editor/masters_dialog.cpp" line="254"/>
        <source>Edit Master Item</source>
        <translation>编辑主页项目</translation>
    </message>
</context>
<context>
    <name>paiban::editor::Names</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="68"/>
        <source>Justify</source>
        <translation>两端对齐</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="70"/>
        <source>Left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="72"/>
        <source>Centre</source>
        <translation>居中</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="74"/>
        <source>Right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="82"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="84"/>
        <source>Basic</source>
        <translation>基本</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="86"/>
        <source>GB (national standard)</source>
        <translation>国标</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="88"/>
        <source>Strict</source>
        <translation>严格</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="96"/>
        <source>Fill the frame</source>
        <translation>填满框</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="98"/>
        <source>Fit in the frame</source>
        <translation>适合框</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="100"/>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="108"/>
        <source>Text frame</source>
        <translation>文字框</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="110"/>
        <source>Image frame</source>
        <translation>图片框</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="112"/>
        <source>Box</source>
        <translation>方框</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="114"/>
        <source>Rule</source>
        <translation>线条</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="122"/>
        <source>Solid</source>
        <translation>实线</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="124"/>
        <source>Dashed</source>
        <translation>虚线</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="126"/>
        <source>Dotted</source>
        <translation>点线</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="128"/>
        <source>Double</source>
        <translation>双线</translation>
    </message>
</context>
<context>
    <name>paiban::editor::NewDocumentDialog</name>
    <message>
        <location filename="../app/editor/new_document_dialog.cpp" line="13"/>
        <source>New Edition</source>
        <translation>新建报纸</translation>
    </message>
    <message>
        <location filename="../app/editor/new_document_dialog.cpp" line="27"/>
        <source>Template (paper, columns, master pages and styles):</source>
        <translation>模板（纸张、分栏、主页和样式）：</translation>
    </message>
</context>
<context>
    <name>paiban::editor::NewsroomSession</name>
    <message>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="112"/>
        <source>The connection to the newsroom is lost; trying again. Your work stays in the editor.</source>
        <translation>与稿库的连接已中断，正在重试。你的修改仍在编辑器里。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="133"/>
        <source>Connected to the newsroom again.</source>
        <translation>已重新连上稿库。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="156"/>
        <source>Page %1%2, %3 %4</source>
        <translation>第 %1 版%2，%3 %4</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="172"/>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="311"/>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="302"/>
        <source>The page is free now: its newest version (%1) is open for editing.</source>
        <translation>本版已空出：最新版本（%1）已打开，可以编辑。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="316"/>
        <source>the server cannot be reached; Paiban keeps trying, and File › Save As keeps your work in a file meanwhile</source>
        <translation>连不上服务器；排版会继续重试，其间可用“文件 › 另存为”把修改保存到文件</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="408"/>
        <source>Merge Story %1 with %2&apos;s revision %3</source>
        <translation>合并稿件 %1 与 %2 的修订 %3</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="498"/>
        <source>%1 changed story %2 (revision %3), which this page has edited too: the page keeps its text; saving keeps both versions.</source>
        <translation>%1 修改了稿件 %2（修订 %3），而本版也改过这篇稿件：版面保留本版的文字；保存时两个版本都会保留。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="514"/>
        <source>Story %1 updated from the pool</source>
        <translation>稿件 %1 从稿库更新</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="531"/>
        <source>%1 changed story %2: revision %3 is on the page.</source>
        <translation>%1 修改了稿件 %2：版面已换上修订 %3。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="548"/>
        <source>%1 saved the page: version %2 is shown.</source>
        <translation>%1 保存了本版：现显示版本 %2。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_session.cpp" line="558"/>
        <source>%1 set the page to %2.</source>
        <translation>%1 把本版改为%2。</translation>
    </message>
</context>
<context>
    <name>paiban::editor::NoteDialog</name>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="52"/>
        <source>Typo</source>
        <translation>错字</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="54"/>
        <source>Punctuation</source>
        <translation>标点</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="56"/>
        <source>Fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="58"/>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="60"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="70"/>
        <source>delete it</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="72"/>
        <source>insert here</source>
        <translation>此处补字</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="74"/>
        <source>replace it</source>
        <translation>改为</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="152"/>
        <source>Edit Note</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="152"/>
        <source>Add Note</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="158"/>
        <source>At the caret (something to insert there)</source>
        <translation>在插入点（此处需要补字）</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="158"/>
        <source>On “%1”</source>
        <translation>批注于“%1”</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="173"/>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="174"/>
        <source>&amp;Note:</source>
        <translation>批注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="175"/>
        <source>&amp;Author:</source>
        <translation>批注人(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>paiban::editor::NotesPanel</name>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="65"/>
        <source>All notes</source>
        <translation>全部批注</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="66"/>
        <source>Open notes</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="67"/>
        <source>Resolved notes</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="70"/>
        <location filename="../app/editor/proof_panels.cpp" line="132"/>
        <source>All rounds</source>
        <translation>所有校次</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="73"/>
        <source>All kinds</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="80"/>
        <location filename="../app/editor/proof_panels.cpp" line="223"/>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="81"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="82"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="135"/>
        <source>Before any round</source>
        <translation>校次之前</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="153"/>
        <source>Text deleted: “%1”</source>
        <translation>文字已删除：“%1”</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="154"/>
        <source>(a place in %1)</source>
        <translation>（%1 中的一处）</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="155"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="158"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="159"/>
        <source>%1. %2 · %3</source>
        <translation>%1. %2 · %3</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="166"/>
        <source>before any round</source>
        <translation>校次之前</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="168"/>
        <source>resolved by %1, %2</source>
        <translation>已解决：%1，%2</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="169"/>
        <source>open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_panels.cpp" line="223"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
</context>
<context>
    <name>paiban::editor::OpenPageDialog</name>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="58"/>
        <source>Open Newsroom Page</source>
        <translation>打开版面</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="62"/>
        <source>Edition / page</source>
        <translation>报纸期次 / 版面</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="62"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="62"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="62"/>
        <source>Held by</source>
        <translation>正在编辑</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="95"/>
        <source>The newsroom has no editions yet (paiban newsroom add-page makes one with its first page).</source>
        <translation>稿库中还没有任何一期（paiban newsroom add-page 添加第一个版面时会建立）。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/newsroom_dialogs.cpp" line="111"/>
        <source>Page %1 %2</source>
        <translation>第 %1 版 %2</translation>
    </message>
</context>
<context>
    <name>paiban::editor::PageCanvas</name>
    <message>
        <location filename="../app/editor/canvas/page_canvas.cpp" line="536"/>
        <source>→ page %1</source>
        <translation>→ 第%1版</translation>
    </message>
    <message>
        <location filename="../app/editor/canvas/page_canvas.cpp" line="539"/>
        <source>page %1 →</source>
        <translation>第%1版 →</translation>
    </message>
</context>
<context>
    <name>paiban::editor::PagesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="241"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="242"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="243"/>
        <source>Earlier</source>
        <translation>前移</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="244"/>
        <source>Later</source>
        <translation>后移</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="259"/>
        <source>Add Page After</source>
        <translation>在此版后添加新版</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="260"/>
        <location filename="../app/editor/side_panels.cpp" line="324"/>
        <location filename="../app/editor/side_panels.cpp" line="333"/>
        <source>Delete Page</source>
        <translation>删除版面</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="261"/>
        <source>Move Earlier</source>
        <translation>前移</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="262"/>
        <source>Move Later</source>
        <translation>后移</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="325"/>
        <source>An edition keeps at least one page.</source>
        <translation>一期报纸至少要有一个版。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/side_panels.cpp" line="334"/>
        <source>Page %1 holds %n frame(s). Delete the page with them? Their stories keep their text; Edit › Undo brings the page back.</source>
        <translation><numerusform>第 %1 版上有 %n 个框。连同这些框删除此版吗？稿件的文字会保留；用“编辑 › 撤销”可恢复此版。</numerusform></translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="360"/>
        <source>Page %1</source>
        <translation>第 %1 版</translation>
    </message>
</context>
<context>
    <name>paiban::editor::PlaceTool</name>
    <message>
        <location filename="../app/editor/tools/place_tool.cpp" line="155"/>
        <source>Release to place the photo here</source>
        <translation>松开鼠标即在此排入图片</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/place_tool.cpp" line="156"/>
        <source>Click to place %1 on %2 columns (← → change), or drag a frame; Esc to stop</source>
        <translation>点击将 %1 排成 %2 栏宽（← → 调整栏数），或拖出图框；Esc 结束</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/tools/place_tool.cpp" line="162"/>
        <source>%n more to place</source>
        <translation><numerusform>还有 %n 张待排</numerusform></translation>
    </message>
</context>
<context>
    <name>paiban::editor::ProofCommands</name>
    <message>
        <location filename="../app/editor/proof_commands.cpp" line="20"/>
        <source>Start Proof Round</source>
        <translation>开始校次</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_commands.cpp" line="27"/>
        <source>Add Note</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_commands.cpp" line="39"/>
        <source>Edit Note</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_commands.cpp" line="46"/>
        <source>Resolve Note</source>
        <translation>解决批注</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_commands.cpp" line="52"/>
        <source>Reopen Note</source>
        <translation>重新打开批注</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_commands.cpp" line="58"/>
        <source>Delete Note</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_commands.cpp" line="63"/>
        <source>Import Proof Notes</source>
        <translation>导入校样批注</translation>
    </message>
</context>
<context>
    <name>paiban::editor::PropertiesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="566"/>
        <source>Text wraps around it</source>
        <translation>文字绕排</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="570"/>
        <location filename="../app/editor/side_panels.cpp" line="571"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="583"/>
        <source>X:</source>
        <translation>X：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="584"/>
        <source>Y:</source>
        <translation>Y：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="585"/>
        <source>Width:</source>
        <translation>宽：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="586"/>
        <source>Height:</source>
        <translation>高：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="587"/>
        <source>Columns:</source>
        <translation>栏数：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="588"/>
        <source>Gutter:</source>
        <translation>栏间距：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="590"/>
        <source>Standoff:</source>
        <translation>绕排间距：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="591"/>
        <source>Image fit:</source>
        <translation>图片适配：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="592"/>
        <source>Fill:</source>
        <translation>填充：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="593"/>
        <source>Stroke:</source>
        <translation>描边：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="594"/>
        <source>Weight:</source>
        <translation>粗细：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="595"/>
        <source>Line style:</source>
        <translation>线型：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="618"/>
        <source>%1 “%2”</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="618"/>
        <source>No frame selected.</source>
        <translation>未选中框。</translation>
    </message>
</context>
<context>
    <name>paiban::editor::SelectTool</name>
    <message>
        <location filename="../app/editor/tools/select_tool.cpp" line="45"/>
        <source>Cropping the photo: drag to move it in its frame, turn the wheel to scale it; Esc or a click outside to finish.</source>
        <translation>裁切图片：拖动以在框内移动图片，滚动滚轮以缩放；按 Esc 或点击框外结束。</translation>
    </message>
</context>
<context>
    <name>paiban::editor::StartRoundDialog</name>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="36"/>
        <source>A proof round needs a name.</source>
        <translation>校次需要一个名称。</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="38"/>
        <source>There is already a proof round of that name.</source>
        <translation>已有同名的校次。</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="40"/>
        <source>The story is no longer in the document.</source>
        <translation>该稿件已不在文档中。</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="42"/>
        <source>The selected text is no longer in the story.</source>
        <translation>所选文字已不在该稿件中。</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="44"/>
        <source>The note is no longer in the document.</source>
        <translation>该批注已不在文档中。</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="83"/>
        <source>Proof %1</source>
        <translation>%1校</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="97"/>
        <source>Start Proof Round</source>
        <translation>开始校次</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="106"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="107"/>
        <source>&amp;By:</source>
        <translation>校对人(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="108"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../app/editor/proof_dialogs.cpp" line="111"/>
        <source>The text of every story is recorded now; later, Show Changes Since shows what was changed after it.</source>
        <translation>现在记下所有稿件的文字；以后用“显示修改痕迹”可查看此后改了什么。</translation>
    </message>
</context>
<context>
    <name>paiban::editor::StoryPanel</name>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="118"/>
        <source>Add &amp;Note…</source>
        <translation>添加批注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="127"/>
        <source>Paragraph style</source>
        <translation>段落样式</translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="128"/>
        <source>Apply to Paragraph</source>
        <translation>应用到段落</translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="133"/>
        <source>Character style</source>
        <translation>字符样式</translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="134"/>
        <source>Apply to Selection</source>
        <translation>应用到选中文字</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/story_panel.cpp" line="161"/>
        <source>%1 characters · %n line(s) set</source>
        <translation><numerusform>%1 字 · 排出 %n 行</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/story_panel.cpp" line="164"/>
        <source> · %n character(s) over</source>
        <translation><numerusform> · 溢出 %n 字</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/story_panel.cpp" line="166"/>
        <source> · %n line(s) free</source>
        <translation><numerusform> · 尚余 %n 行</numerusform></translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="226"/>
        <source>Story: %1</source>
        <translation>稿件：%1</translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="227"/>
        <source>Select a text frame to edit its story.</source>
        <translation>选中文字框以编辑其稿件。</translation>
    </message>
    <message>
        <location filename="../app/editor/story_panel.cpp" line="249"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>paiban::editor::StoryPoolPanel</name>
    <message>
        <location filename="../app/editor/newsroom/story_pool_panel.cpp" line="65"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/story_pool_panel.cpp" line="70"/>
        <source>Every section</source>
        <translation>全部栏目</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/story_pool_panel.cpp" line="75"/>
        <source>Find in the pool…</source>
        <translation>在稿库中查找…</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/story_pool_panel.cpp" line="81"/>
        <source>Slug</source>
        <translation>稿号</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/story_pool_panel.cpp" line="81"/>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/story_pool_panel.cpp" line="81"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/story_pool_panel.cpp" line="81"/>
        <source>Characters</source>
        <translation>字数</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/story_pool_panel.cpp" line="81"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/story_pool_panel.cpp" line="81"/>
        <source>Rev.</source>
        <translation>修订</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/story_pool_panel.cpp" line="86"/>
        <source>Drag a story onto a text frame of the page to place it there.</source>
        <translation>把稿件拖到版面的文字框上即可放置。</translation>
    </message>
    <message>
        <location filename="../app/editor/newsroom/story_pool_panel.cpp" line="138"/>
        <source>Not connected: File › Connect to Newsroom…</source>
        <translation>未连接：文件 › 连接稿库…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/newsroom/story_pool_panel.cpp" line="149"/>
        <source>%n stories</source>
        <translation><numerusform>%n 篇稿件</numerusform></translation>
    </message>
</context>
<context>
    <name>paiban::editor::StylesPanel</name>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="382"/>
        <source> 字</source>
        <translation> 字</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="393"/>
        <location filename="../app/editor/side_panels.cpp" line="413"/>
        <source>Font:</source>
        <translation>字体：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="394"/>
        <location filename="../app/editor/side_panels.cpp" line="415"/>
        <source>Size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="395"/>
        <source>Leading:</source>
        <translation>行距：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="396"/>
        <source>First-line indent:</source>
        <translation>首行缩进：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="397"/>
        <source>Alignment:</source>
        <translation>对齐：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="398"/>
        <source>Line-start rules:</source>
        <translation>避头尾：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="391"/>
        <location filename="../app/editor/side_panels.cpp" line="402"/>
        <location filename="../app/editor/side_panels.cpp" line="406"/>
        <location filename="../app/editor/side_panels.cpp" line="411"/>
        <source>as the paragraph</source>
        <translation>同段落</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="399"/>
        <location filename="../app/editor/side_panels.cpp" line="416"/>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="414"/>
        <source>Weight:</source>
        <translation>粗细：</translation>
    </message>
    <message>
        <location filename="../app/editor/side_panels.cpp" line="422"/>
        <source>Character styles:</source>
        <translation>字符样式：</translation>
    </message>
</context>
<context>
    <name>paiban::editor::SwatchesPanel</name>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="41"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="42"/>
        <source>Cyan:</source>
        <translation>青：</translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="42"/>
        <source>Magenta:</source>
        <translation>品红：</translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="43"/>
        <source>Yellow:</source>
        <translation>黄：</translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="43"/>
        <source>Black:</source>
        <translation>黑：</translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="52"/>
        <source>Spot colour (a plate of its own)</source>
        <translation>专色（单独一块印版）</translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="72"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="73"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="74"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="84"/>
        <source>Swatches</source>
        <translation>色板</translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="88"/>
        <source>New colour</source>
        <translation>新颜色</translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="89"/>
        <source>New Swatch</source>
        <translation>新建色板</translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="98"/>
        <source>Edit Swatch</source>
        <translation>编辑色板</translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="131"/>
        <source>(spot)</source>
        <translation>（专色）</translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="161"/>
        <source>A swatch needs a name.</source>
        <translation>色板需要名称。</translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="163"/>
        <source>There is already a swatch named %1.</source>
        <translation>已有名为 %1 的色板。</translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="165"/>
        <source>A spot colour may not be named %1: PDF keeps that name for its own plates.</source>
        <translation>专色不能命名为 %1：PDF 把这个名称留给自己的色版。</translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="169"/>
        <source>There is no swatch named %1.</source>
        <translation>没有名为 %1 的色板。</translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="180"/>
        <source>Add Swatch %1</source>
        <translation>添加色板 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="191"/>
        <source>Edit Swatch %1</source>
        <translation>编辑色板 %1</translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="199"/>
        <source>Swatch %1 is in use and was not deleted (%2). Give those another colour first.</source>
        <translation>色板 %1 正在使用，未删除（%2）。请先为这些地方改用其他颜色。</translation>
    </message>
    <message>
        <location filename="../app/editor/swatches_panel.cpp" line="205"/>
        <source>Delete Swatch %1</source>
        <translation>删除色板 %1</translation>
    </message>
</context>
<context>
    <name>paiban::editor::ThreadTool</name>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="135"/>
        <source>Click a text frame to continue the story; Esc to stop</source>
        <translation>点击文字框以接排稿件；Esc 结束</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="138"/>
        <source>Continue the story here</source>
        <translation>接排到这里</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/thread_tool.cpp" line="141"/>
        <source>Break the thread here</source>
        <translation>在这里断开接排</translation>
    </message>
</context>
<context>
    <name>paiban::editor::ToolBox</name>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="27"/>
        <source>&amp;Select</source>
        <translation>选择(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="28"/>
        <source>&amp;Text Frame</source>
        <translation>文字框(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="29"/>
        <source>&amp;Image Frame</source>
        <translation>图片框(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="30"/>
        <source>&amp;Box</source>
        <translation>方框(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="31"/>
        <source>&amp;Rule</source>
        <translation>线条(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="32"/>
        <source>&amp;Edit Text</source>
        <translation>编辑文字(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="114"/>
        <source>Threading: click the text frame the story continues in (on any page); Esc to stop.</source>
        <translation>接排：点击稿件要接续的文字框（可在任何一版）；Esc 结束。</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/tool_box.cpp" line="124"/>
        <source>Placing: click a column or drag a frame; ← → change the columns; Esc to stop.</source>
        <translation>排图：点击某栏或拖出图框；← → 调整栏数；Esc 结束。</translation>
    </message>
</context>
</TS>
