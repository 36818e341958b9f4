#!/usr/bin/python3
"""The e-paper's reader in a real browser: headless Chromium driven over the DevTools
protocol, as a reader would use it — real pointer moves, clicks and keys.

  epaper_browser.py --fixture --writer epaper_viewer_writer --out DIR
      a small e-paper made here (articles.json by the contract of layout/epaper/epaper.h,
      page images by ImageMagick), with bad data in it, and the reader written into it
  epaper_browser.py --paiban paiban --document FILE.paiban --out DIR
      the e-paper `paiban export FILE --epaper DIR/epaper` writes

For every article of articles.json: it is listed in 标题导航 on its pages and its areas
stand on them; pointing at its first area lights up all of its areas; clicking it opens
the reading pane with its headline and first paragraph. ← and → turn the pages, Esc
closes the pane. Screenshots (a wide window and a phone) are saved in DIR. Exits 77 (a
skip for CTest) only when Chromium is not installed.
"""
import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

SKIP = 77
# The window the wide screenshots and the clicks use, and a phone's (CSS pixels).
DESKTOP = (1280, 800)
PHONE = (390, 844)
# How long the browser may take to start, and a page to settle after an action.
START_SECONDS = 20
SETTLE_SECONDS = 5


class Failure(Exception):
    pass


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


# ---- The DevTools protocol, synchronously: one request at a time, events kept. ----

class DevTools:
    def __init__(self, websocket_url):
        import websocket  # Debian's python3-websocket

        self.socket = websocket.create_connection(websocket_url, timeout=30, suppress_origin=True)
        self.next_id = 0
        self.events = []

    def call(self, method, **params):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise Failure("%s: %s" % (method, message["error"].get("message")))
                return message.get("result", {})
            self.events.append(message)

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise Failure("the page threw while the test asked %r: %s"
                          % (expression[:80], result["exceptionDetails"].get("text")))
        return result["result"].get("value")

    def wait_for(self, expression, what, seconds=SETTLE_SECONDS):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if self.evaluate(expression):
                return
            time.sleep(0.05)
        raise Failure("waited %d s for %s" % (seconds, what))

    def mouse(self, kind, x, y, buttons=0):
        params = {"type": kind, "x": x, "y": y}
        if kind != "mouseMoved":
            params.update(button="left", clickCount=1)
        self.call("Input.dispatchMouseEvent", buttons=buttons, **params)

    def click(self, x, y):
        self.mouse("mouseMoved", x, y)
        self.mouse("mousePressed", x, y, buttons=1)
        self.mouse("mouseReleased", x, y)

    def key(self, name, code):
        for kind in ("rawKeyDown", "keyUp"):
            self.call("Input.dispatchKeyEvent", type=kind, key=name, code=name,
                      windowsVirtualKeyCode=code, nativeVirtualKeyCode=code)

    def screenshot(self, path):
        data = self.call("Page.captureScreenshot", format="png")["data"]
        with open(path, "wb") as out:
            out.write(base64.b64decode(data))
        return path

    def exceptions(self):
        return [e["params"]["exceptionDetails"] for e in self.events
                if e.get("method") == "Runtime.exceptionThrown"]


def start_chromium(chromium, profile):
    # Debian 12's chromium: --headless=new is the full browser without a window;
    # --no-sandbox since CI runs as root; port 0 lets it pick one and name it in
    # DevToolsActivePort.
    process = subprocess.Popen(
        [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--no-default-browser-check", "--disable-extensions", "--remote-debugging-port=0",
         "--remote-allow-origins=*", "--user-data-dir=" + profile,
         "--window-size=%d,%d" % DESKTOP, "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    port_file = os.path.join(profile, "DevToolsActivePort")
    deadline = time.time() + START_SECONDS
    while time.time() < deadline:
        if process.poll() is not None:
            raise Failure("chromium ended at start: " + process.stderr.read().decode()[-2000:])
        if os.path.exists(port_file):
            with open(port_file) as f:
                lines = f.read().split()
            if lines:
                port = int(lines[0])
                with urllib.request.urlopen("http://127.0.0.1:%d/json/list" % port) as r:
                    targets = json.load(r)
                pages = [t for t in targets if t.get("type") == "page"]
                if pages:
                    return process, pages[0]["webSocketDebuggerUrl"]
        time.sleep(0.1)
    process.kill()
    raise Failure("chromium did not open its DevTools port in %d s" % START_SECONDS)


# ---- The fixture: three pages, articles good and bad. ----

FIXTURE_PAGE = (1500, 2100)


def fixture_articles():
    """articles.json by the contract, with the bad data a reader must survive."""
    return {
        "format": "paiban-epaper", "version": 1, "title": "卫都周刊", "date": "2026-11-30",
        "pages": [
            {"index": 0, "label": "1", "name": "要闻", "image": "pages/page-01.jpg",
             "thumbnail": "pages/page-01-thumb.jpg", "width": 1500, "height": 2100},
            {"index": 1, "label": "2", "name": "城事", "image": "pages/page-02.jpg",
             "thumbnail": "pages/page-02-thumb.jpg", "width": 1500, "height": 2100},
            # Its images are missing: the page must still show its areas.
            {"index": 2, "label": "3", "name": "文化", "image": "pages/page-03.jpg",
             "thumbnail": "pages/page-03-thumb.jpg", "width": 1500, "height": 2100},
        ],
        "articles": [
            {"id": "s1", "stories": ["s1"], "page": 0, "kicker": "城市更新",
             "headline": "全市新增绿地三百公顷", "subhead": "十个口袋公园年底开放",
             "byline": "本报记者 李明",
             "paragraphs": ["本报记者 李明", "今年以来，全市新增绿地三百公顷，建成口袋公园十个。",
                            "市园林局表示，明年将继续推进。"],
             "photos": [{"page": 0, "rect": [100, 420, 800, 500], "caption": "新建的滨江口袋公园。"}],
             "areas": [{"page": 0, "rect": [100, 200, 800, 1200]}]},
            {"id": "s2", "stories": ["s2"], "page": 0, "kicker": "", "headline": "地铁五号线试运行",
             "subhead": "", "byline": "",
             "paragraphs": ["地铁五号线今日起试运行，全长三十二公里。", "正式开通时间另行公布。"],
             "photos": [],
             "areas": [{"page": 0, "rect": [950, 200, 450, 700]},
                       {"page": 0, "rect": [950, 950, 450, 450]}]},
            # 转版: from page 2 onto page 3, shown side by side on a wide screen.
            {"id": "s3", "stories": ["s3"], "page": 1, "kicker": "", "headline": "老城区改造进入第二阶段",
             "subhead": "", "byline": "通讯员 王芳",
             "paragraphs": ["老城区改造第二阶段今日启动，涉及居民两千余户。", "改造预计明年完成。"],
             "photos": [],
             "areas": [{"page": 1, "rect": [100, 1500, 1300, 500]},
                       {"page": 2, "rect": [100, 100, 650, 600]}]},
            # A headline that would end the script block if it were not escaped.
            {"id": "s4", "stories": ["s4"], "page": 1,
             "headline": "</script><script>document.title='pwned'</script>标题",
             "paragraphs": ["<b>不是粗体</b>，是正文。"], "photos": [],
             "areas": [{"page": 1, "rect": [100, 100, 1300, 1300]}]},
            # No areas: listed, readable from the list only.
            {"id": "s5", "stories": ["s5"], "page": 2, "headline": "编者按", "paragraphs": ["本期起改版。"],
             "photos": [], "areas": []},
            # Areas on a page that does not exist and a broken rectangle are left out; its
            # good area stays. No headline: listed by its first words.
            {"id": "s6", "stories": ["s6"], "page": 2, "headline": "",
             "paragraphs": ["文化馆周末举办书法展，免费参观。"], "photos": [{"page": 9, "rect": [0, 0, 1, 1]}],
             "areas": [{"page": 9, "rect": [0, 0, 100, 100]}, {"page": 2, "rect": [0, "x", 5]},
                       {"page": 2, "rect": [800, 100, 600, 600]}]},
        ],
    }


def make_fixture(writer, directory):
    os.makedirs(os.path.join(directory, "pages"), exist_ok=True)
    data = fixture_articles()
    colours = ["#f4efe4", "#e4eef4", "#eef4e4"]
    for page in data["pages"][:2]:  # page 3's images stay missing
        n = page["index"]
        draw = []
        for article in data["articles"]:
            for area in article["areas"]:
                r = area["rect"]
                if area["page"] == n and all(isinstance(v, int) for v in r) and len(r) == 4:
                    draw += ["-draw", "rectangle %d,%d %d,%d" % (r[0], r[1], r[0] + r[2], r[1] + r[3])]
        image = os.path.join(directory, page["image"])
        subprocess.run(["convert", "-size", "%dx%d" % FIXTURE_PAGE, "xc:white", "-fill", colours[n],
                        "-stroke", "#888888", "-strokewidth", "4"] + draw + ["-quality", "85", image],
                       check=True)
        subprocess.run(["convert", image, "-resize", "240x", os.path.join(directory, page["thumbnail"])],
                       check=True)
    with open(os.path.join(directory, "articles.json"), "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False)
    subprocess.run([writer, directory, data["title"]], check=True)
    return data


# ---- What the reader must do. ----

def valid_areas(article, page_count):
    good = []
    for area in article.get("areas", []):
        r = area.get("rect")
        if (isinstance(area.get("page"), int) and 0 <= area["page"] < page_count
                and isinstance(r, list) and len(r) == 4
                and all(isinstance(v, (int, float)) for v in r) and r[2] > 0 and r[3] > 0):
            good.append(area)
    return good


def is_picture_story(article):
    """A photo with its caption and no headline (viewer.js isPictureStory)."""
    return not article.get("headline", "").strip() and bool(article.get("photos"))


def title_of(article):
    """The reader's own rule (viewer.js titleOf): the headline, else the first words, as
    图片新闻：… for a picture story."""
    if article.get("headline", "").strip():
        return article["headline"]
    first = next((p for p in article.get("paragraphs", []) if p.strip()), "")
    preview = first[:24] + "…" if len(first) > 24 else first
    if is_picture_story(article):
        return "图片新闻：" + preview if preview else "图片新闻"
    return preview or "（无标题）"


def pane_title_of(article):
    """The pane's heading: a picture story's is 图片新闻, its caption following the photo."""
    return "图片新闻" if is_picture_story(article) else title_of(article)


def js(value):
    return json.dumps(value, ensure_ascii=False)


def show_page(tools, index):
    """Turns to page `index` (from 0) through the URL, as a link would, the pane closed."""
    tools.evaluate("location.hash = %s" % js("page=%d" % (index + 1)))
    tools.wait_for("document.querySelector('.page[data-page=\"%d\"]') !== null" % index,
                   "page %d on the stage" % (index + 1))
    tools.key("Escape", 27)
    tools.wait_for("document.getElementById('reader').hidden", "the pane to close on Esc")


def listed_articles(tools):
    return tools.evaluate(
        "[...document.querySelectorAll('#contents-list .contents-entry')].map(e => e.dataset.article)")


def centre_of(tools, selector):
    return tools.evaluate(
        "(() => { const e = document.querySelector(%s); if (!e) return null;"
        " e.scrollIntoView({block: 'center', inline: 'center'});"
        " const r = e.getBoundingClientRect();"
        " return {x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width, h: r.height}; })()"
        % js(selector))


def check_listing(tools, data, problems):
    """Every article is listed on each page it stands on, with its areas there."""
    page_count = len(data["pages"])
    listed = {}
    for page in range(page_count):
        show_page(tools, page)
        for article_id in listed_articles(tools):
            listed.setdefault(article_id, set()).add(page)
        for article in data["articles"]:
            expected = sum(1 for a in valid_areas(article, page_count) if a["page"] == page)
            found = tools.evaluate(
                "[...document.querySelectorAll('.page[data-page=\"%d\"] .area')]"
                ".filter(e => e.dataset.article === %s).length" % (page, js(article["id"])))
            if found != expected:
                problems.append("article %s (%s): %d areas on page %d, expected %d"
                                % (article["id"], title_of(article), found, page + 1, expected))
    for article in data["articles"]:
        areas = valid_areas(article, page_count)
        pages = {a["page"] for a in areas} or {article.get("page", 0)}
        missing = pages - listed.get(article["id"], set())
        if missing:
            problems.append("article %s (%s) is not listed in 标题导航 on page %s"
                            % (article["id"], title_of(article), ", ".join(str(p + 1) for p in sorted(missing))))


def check_pane(tools, article, problems, how):
    try:
        tools.wait_for("!document.getElementById('reader').hidden", "the reading pane")
    except Failure:
        problems.append("article %s (%s): %s opened no reading pane" % (article["id"], title_of(article), how))
        return
    shown = tools.evaluate("document.getElementById('story-headline').textContent")
    if shown != pane_title_of(article):
        problems.append("article %s: %s shows the headline %r, expected %r"
                        % (article["id"], how, shown, pane_title_of(article)))
    text = tools.evaluate("document.getElementById('story').innerText")
    first = next((p for p in article.get("paragraphs", []) if p.strip()), None)
    if first and first not in text:
        problems.append("article %s (%s): the pane lacks its first paragraph %r"
                        % (article["id"], title_of(article), first))
    # A picture story's text is its caption: said once, under the photo.
    if first and is_picture_story(article) and text.count(first.strip()) != 1:
        problems.append("article %s (%s): the pane says its caption %d times"
                        % (article["id"], title_of(article), text.count(first.strip())))


def check_clicks(tools, data, problems):
    """Pointing lights up all of an article's areas; a click opens it."""
    page_count = len(data["pages"])
    for article in data["articles"]:
        areas = valid_areas(article, page_count)
        name = "article %s (%s)" % (article["id"], title_of(article))
        if not areas:
            show_page(tools, article.get("page", 0))
            entry = "#contents-list .contents-entry[data-article=%s]" % js(article["id"])
            where = centre_of(tools, entry)
            if not where:
                problems.append(name + ": no entry in 标题导航 to open it by")
                continue
            tools.click(where["x"], where["y"])
            check_pane(tools, article, problems, "its entry in 标题导航")
            continue
        first = areas[0]
        show_page(tools, first["page"])
        selector = ".page[data-page=\"%d\"] .area[data-article=%s]" % (first["page"], js(article["id"]))
        where = centre_of(tools, selector)
        if not where or where["w"] < 1 or where["h"] < 1:
            problems.append(name + ": its first area is not on page %d" % (first["page"] + 1))
            continue
        tools.mouse("mouseMoved", where["x"], where["y"])
        hit = tools.evaluate("(() => { const e = document.elementFromPoint(%f, %f);"
                             " return e && e.dataset ? e.dataset.article || e.className : null; })()"
                             % (where["x"], where["y"]))
        if hit != article["id"]:
            problems.append("%s: the pointer at its area's centre is over %r" % (name, hit))
        lit = tools.evaluate("[...document.querySelectorAll('#stage .area')]"
                             ".filter(e => e.dataset.article === %s).map(e => e.classList.contains('hover'))"
                             % js(article["id"]))
        if not lit or not all(lit):
            problems.append("%s: pointing lit %d of its %d areas shown" % (name, sum(lit or []), len(lit or [])))
        others = tools.evaluate("[...new Set([...document.querySelectorAll('.hover')].map(e => e.dataset.article))]"
                                ".filter(id => id !== %s)" % js(article["id"]))
        if others:
            problems.append("%s: pointing at it lights %s too" % (name, ", ".join(others)))
        tip = tools.evaluate("document.querySelector(%s).title" % js(selector))
        if tip != title_of(article):
            problems.append("%s: its tooltip says %r" % (name, tip))
        tools.click(where["x"], where["y"])
        check_pane(tools, article, problems, "a click on its area")
        hash_now = tools.evaluate("location.hash")
        if "article=" + article["id"] not in urllib.parse.unquote(hash_now):
            problems.append("%s: the URL does not link it (%s)" % (name, hash_now))


def check_keys(tools, data, problems):
    show_page(tools, 0)
    seen = [tools.evaluate("document.getElementById('page-choice').value")]
    for _ in range(len(data["pages"]) + 1):
        tools.key("ArrowRight", 39)
        seen.append(tools.evaluate("document.getElementById('page-choice').value"))
    if seen[1] == seen[0] and len(data["pages"]) > 1:
        problems.append("→ did not turn the page (page-choice stayed %s)" % seen[0])
    tools.key("ArrowLeft", 37)
    back = tools.evaluate("document.getElementById('page-choice').value")
    if back == seen[-1] and len(data["pages"]) > 1:
        problems.append("← did not turn back (page-choice stayed %s)" % back)
    # Turning away from the page of the article being read puts the pane away: it and
    # the link never speak of a page the reader has left.
    first_page_only = [a for a in data["articles"] if valid_areas(a, len(data["pages"]))
                       and all(area["page"] == 0 for area in valid_areas(a, len(data["pages"])))]
    if first_page_only and len(data["pages"]) > 1:
        article = first_page_only[0]
        show_page(tools, 0)
        tools.evaluate("location.hash = %s" % js("page=1&article=" + article["id"]))
        try:
            tools.wait_for("!document.getElementById('reader').hidden", "the reading pane")
        except Failure:
            problems.append("article %s: its link opened no reading pane" % article["id"])
            return
        tools.key("ArrowRight", 39)
        hidden = tools.evaluate("document.getElementById('reader').hidden")
        link = tools.evaluate("location.hash")
        if not hidden or "article=" in link:
            problems.append("article %s: after → to another page the pane is %s and the link is %r"
                            % (article["id"], "hidden" if hidden else "still open", link))


def check_tab(tools, data, problems):
    """Tab reaches the page's articles, each named for a screen reader, and lights it up."""
    show_page(tools, 0)
    tools.evaluate("document.activeElement && document.activeElement.blur()")
    reached = []
    for _ in range(40):
        tools.key("Tab", 9)
        focused = tools.evaluate(
            "(() => { const e = document.activeElement;"
            " return e && e.classList.contains('area') ?"
            " [e.dataset.article, e.getAttribute('aria-label'), e.classList.contains('hover')] : null; })()")
        if focused:
            reached.append(focused)
    on_first_page = [a for a in data["articles"]
                     if any(area["page"] == 0 for area in valid_areas(a, len(data["pages"])))]
    for article in on_first_page:
        stops = [r for r in reached if r[0] == article["id"]]
        if not stops:
            problems.append("article %s (%s): Tab never reaches it on page 1" % (article["id"], title_of(article)))
        elif stops[0][1] != title_of(article) or not stops[0][2]:
            problems.append("article %s: focused by Tab it is named %r and %s"
                            % (article["id"], stops[0][1], "lit" if stops[0][2] else "not lit"))


def look(tools, data, out, problems):
    """Screenshots as a reader sees them: wide, pointing at an article, reading it, a phone."""
    shots = []
    show_page(tools, 0)
    placed = [a for a in data["articles"] if valid_areas(a, len(data["pages"]))]
    # One that turns onto another page (转版) shows the facing page's areas lit too.
    turning = [a for a in placed if len({area["page"] for area in valid_areas(a, len(data["pages"]))}) > 1]
    article = (turning or placed or [None])[0]
    shots.append(tools.screenshot(os.path.join(out, "reader-wide.png")))
    if article:
        first = valid_areas(article, len(data["pages"]))[0]
        show_page(tools, first["page"])
        where = centre_of(tools, ".area[data-article=%s]" % js(article["id"]))
        tools.mouse("mouseMoved", where["x"], where["y"])
        shots.append(tools.screenshot(os.path.join(out, "reader-wide-hover.png")))
        tools.click(where["x"], where["y"])
        tools.wait_for("!document.getElementById('reader').hidden", "the reading pane")
        time.sleep(0.3)  # the cut-out photos' background image
        shots.append(tools.screenshot(os.path.join(out, "reader-wide-article.png")))
    tools.call("Emulation.setDeviceMetricsOverride", width=PHONE[0], height=PHONE[1],
               deviceScaleFactor=2, mobile=True)
    show_page(tools, 0)
    shots.append(tools.screenshot(os.path.join(out, "reader-phone.png")))
    if article:
        tools.evaluate("location.hash = %s" % js("page=%d&article=%s" % (first["page"] + 1, article["id"])))
        tools.wait_for("!document.getElementById('reader').hidden", "the pane from a link")
        width = tools.evaluate("document.getElementById('reader').getBoundingClientRect().width")
        if abs(width - PHONE[0]) > 1:
            problems.append("on a phone the pane is %s px wide, not the screen's %d" % (width, PHONE[0]))
        shots.append(tools.screenshot(os.path.join(out, "reader-phone-article.png")))
    tools.call("Emulation.clearDeviceMetricsOverride")
    return shots


def run(args):
    chromium = find_chromium()
    if not chromium:
        print("SKIP: chromium is not installed (scripts/packages.txt installs Debian's)")
        return SKIP
    out = os.path.abspath(args.out)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    if args.fixture:
        epaper = os.path.join(out, "epaper")
        data = make_fixture(args.writer, epaper)
    else:
        epaper = os.path.join(out, "epaper")
        subprocess.run([args.paiban, "export", args.document, "--epaper", epaper], check=True)
        with open(os.path.join(epaper, "articles.json"), encoding="utf-8") as f:
            data = json.load(f)
    if not data.get("articles"):
        raise Failure("articles.json lists no articles")
    started = time.time()
    profile = tempfile.mkdtemp(prefix="paiban-chromium-")
    process, url = start_chromium(chromium, profile)
    problems = []
    try:
        tools = DevTools(url)
        tools.call("Runtime.enable")
        tools.call("Page.enable")
        tools.call("Emulation.setDeviceMetricsOverride", width=DESKTOP[0], height=DESKTOP[1],
                   deviceScaleFactor=1, mobile=False)
        index = "file://" + os.path.join(epaper, "index.html")
        tools.call("Page.navigate", url=index)
        try:
            tools.wait_for("document.readyState === 'complete' && document.querySelector('.page') !== null",
                           "index.html to load and show a page", seconds=15)
        except Failure as failure:
            said = tools.evaluate("(document.getElementById('data-problem') || {}).textContent || ''")
            thrown = "; ".join(e.get("exception", {}).get("description", e.get("text", ""))
                               for e in tools.exceptions())
            raise Failure("%s (the reader says %r; the page threw: %s)" % (failure, said, thrown or "nothing"))
        title = tools.evaluate("document.title")
        if title != data.get("title", title):
            problems.append("the tab's title is %r, expected %r" % (title, data.get("title")))
        check_listing(tools, data, problems)
        check_clicks(tools, data, problems)
        check_keys(tools, data, problems)
        check_tab(tools, data, problems)
        shots = look(tools, data, out, problems)
        for exception in tools.exceptions():
            problems.append("the page threw: %s %s" % (exception.get("text"),
                            exception.get("exception", {}).get("description", "")))
    finally:
        process.kill()
        process.wait()
        shutil.rmtree(profile, ignore_errors=True)
    print("%d articles on %d pages checked in %.1f s; screenshots:\n  %s"
          % (len(data["articles"]), len(data["pages"]), time.time() - started, "\n  ".join(shots)))
    if problems:
        print("\n".join(["FAIL:"] + ["  " + p for p in problems]))
        return 1
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fixture", action="store_true")
    parser.add_argument("--writer")
    parser.add_argument("--paiban")
    parser.add_argument("--document")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    try:
        return run(args)
    except Failure as failure:
        print("FAIL: %s" % failure)
        return 1


if __name__ == "__main__":
    sys.exit(main())
