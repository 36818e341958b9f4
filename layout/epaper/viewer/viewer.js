// Paiban's e-paper reader: the pages of an edition as images whose stories a reader
// points at and opens. Plain ES2017 with no network, so that it works from file://; the
// data comes from the JSON block in index.html (format: layout/epaper/epaper.h).
'use strict';

(function () {
  // A page that says nothing of its size and whose image is missing is drawn in a 对开
  // page's proportions (height over width), so that the page still has a place.
  const FALLBACK_PAGE_RATIO = 2100 / 1500;
  // Below this width the reader is a phone's: one column that scrolls, the pane full-width.
  const NARROW_SCREEN = '(max-width: 760px)';
  // Two pages side by side (a spread) on a wide landscape window, one page otherwise.
  const WIDE_SCREEN = '(min-width: 1200px) and (min-aspect-ratio: 4/3)';
  // A horizontal swipe at least this long turns the page; shorter ones are taps or scrolls.
  const SWIPE_MIN_PX = 60;
  // An article without a headline is listed by its first characters, this many.
  const UNTITLED_PREVIEW_CHARS = 24;

  const byId = (id) => document.getElementById(id);

  // ---- The data, checked: whatever is unusable is left out, the rest is shown. ----

  function textOf(value) {
    return typeof value === 'string' ? value : '';
  }

  function rectOf(value) {
    if (!Array.isArray(value) || value.length !== 4) return null;
    if (!value.every((n) => typeof n === 'number' && isFinite(n))) return null;
    if (value[2] <= 0 || value[3] <= 0) return null;
    return { x: value[0], y: value[1], w: value[2], h: value[3] };
  }

  function readPages(raw) {
    const pages = Array.isArray(raw) ? raw : [];
    const byIndex = new Map();
    const result = pages.map((p, position) => {
      const page = p && typeof p === 'object' ? p : {};
      const width = typeof page.width === 'number' && page.width > 0 ? page.width : 0;
      const height = typeof page.height === 'number' && page.height > 0 ? page.height : 0;
      const label = textOf(page.label) || String(position + 1);
      const entry = {
        position: position,
        label: label,
        name: textOf(page.name),
        image: textOf(page.image),
        thumbnail: textOf(page.thumbnail) || textOf(page.image),
        width: width,
        height: height,
        articles: [],
      };
      const index = Number.isInteger(page.index) ? page.index : position;
      if (!byIndex.has(index)) byIndex.set(index, entry);
      return entry;
    });
    return { list: result, byIndex: byIndex };
  }

  function readArticles(raw, pages) {
    const seen = new Set();
    const list = Array.isArray(raw) ? raw : [];
    return list.map((a, n) => {
      const article = a && typeof a === 'object' ? a : {};
      let id = typeof article.id === 'string' || typeof article.id === 'number' ? String(article.id) : '';
      if (!id || seen.has(id)) id = (id || 'article') + '-' + (n + 1);
      seen.add(id);
      const placed = (item) => {
        const page = item && pages.byIndex.get(item.page);
        const rect = item && rectOf(item.rect);
        return page && rect ? { page: page, rect: rect } : null;
      };
      const areas = (Array.isArray(article.areas) ? article.areas : []).map(placed).filter(Boolean);
      const photos = (Array.isArray(article.photos) ? article.photos : []).map((photo) => {
        const place = placed(photo);
        return {
          page: place ? place.page : null,
          rect: place ? place.rect : null,
          caption: textOf(photo && photo.caption),
        };
      });
      const paragraphs = (Array.isArray(article.paragraphs) ? article.paragraphs : [])
        .map(textOf)
        .filter((p) => p.trim() !== '');
      const home = areas.length ? areas[0].page : pages.byIndex.get(article.page) || pages.list[0] || null;
      return {
        id: id,
        order: n,
        kicker: textOf(article.kicker),
        headline: textOf(article.headline),
        subhead: textOf(article.subhead),
        byline: textOf(article.byline),
        paragraphs: paragraphs,
        photos: photos,
        areas: areas,
        home: home,
      };
    });
  }

  // Which articles each page lists: those with an area on it, and those with none whose
  // page it is (they can still be read from the list).
  function listArticlesOnPages(articles) {
    articles.forEach((article) => {
      const pagesOfArticle = new Set(article.areas.map((area) => area.page));
      if (!pagesOfArticle.size && article.home) pagesOfArticle.add(article.home);
      pagesOfArticle.forEach((page) => page.articles.push(article));
    });
  }

  // A photo with its caption and no headline: 图片新闻, as a 数字报 lists it.
  function isPictureStory(article) {
    return !article.headline.trim() && article.photos.length > 0;
  }

  function titleOf(article) {
    if (article.headline.trim()) return article.headline;
    const first = article.paragraphs[0] || article.kicker || article.subhead || '';
    const preview =
      first.length > UNTITLED_PREVIEW_CHARS ? first.slice(0, UNTITLED_PREVIEW_CHARS) + '…' : first;
    if (isPictureStory(article)) return preview ? '图片新闻：' + preview : '图片新闻';
    return preview || '（无标题）';
  }

  function pageName(page) {
    const label = /^\d+$/.test(page.label) ? '第' + page.label + '版' : page.label;
    // A page named by its number only (the engine's default) is not named twice.
    return page.name && page.name !== page.label ? label + ' ' + page.name : label;
  }

  // ---- State: the page shown and the article open, mirrored in the URL's hash. ----

  let data = { title: '', date: '', pages: [], articles: [] };
  const state = { page: 0, article: null, opener: null };
  const narrowScreen = window.matchMedia(NARROW_SCREEN);
  const wideScreen = window.matchMedia(WIDE_SCREEN);

  function spreadOf(position) {
    const count = data.pages.length;
    if (!wideScreen.matches || narrowScreen.matches || count < 2 || position === 0) return [position];
    // As printed: page 1 alone, then 2–3, 4–5 … (left an even page, right an odd one).
    const left = position % 2 === 1 ? position : position - 1;
    return left + 1 < count ? [left, left + 1] : [left];
  }

  function hashOf() {
    let hash = 'page=' + (state.page + 1);
    if (state.article) hash += '&article=' + encodeURIComponent(state.article.id);
    return '#' + hash;
  }

  function writeHash() {
    if (location.hash === hashOf()) return;
    try {
      history.replaceState(null, '', hashOf());
    } catch (e) {
      // Some browsers refuse history on file://; the reader works without the link.
    }
  }

  function readHash() {
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    const article = data.articles.find((a) => a.id === params.get('article')) || null;
    const number = parseInt(params.get('page'), 10);
    let page = state.page;
    if (number >= 1 && number <= data.pages.length) page = number - 1;
    else if (article && article.home) page = article.home.position;
    showPage(page);
    if (article) openArticle(article, null);
    else closeArticle();
  }

  // ---- The pages. ----

  function renderThumbnails() {
    const list = byId('thumbnail-list');
    list.textContent = '';
    const choice = byId('page-choice');
    choice.textContent = '';
    data.pages.forEach((page) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.className = 'thumbnail';
      link.href = '#page=' + (page.position + 1);
      link.dataset.page = page.position;
      link.setAttribute('aria-label', pageName(page));
      const frame = document.createElement('span');
      frame.className = 'thumbnail-frame';
      frame.style.paddingTop = ratioOf(page) * 100 + '%';
      if (page.thumbnail) {
        const image = document.createElement('img');
        image.alt = '';
        image.loading = 'lazy';
        image.src = page.thumbnail;
        image.addEventListener('error', () => image.remove());
        frame.appendChild(image);
      }
      const label = document.createElement('span');
      label.className = 'thumbnail-label';
      label.textContent = pageName(page);
      link.append(frame, label);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        showPage(page.position);
        closeArticle();
      });
      item.appendChild(link);
      list.appendChild(item);
      const option = document.createElement('option');
      option.value = page.position;
      option.textContent = pageName(page);
      choice.appendChild(option);
    });
  }

  function ratioOf(page) {
    return page.width && page.height ? page.height / page.width : page.naturalRatio || FALLBACK_PAGE_RATIO;
  }

  function pageElement(page) {
    const element = document.createElement('div');
    element.className = 'page';
    element.dataset.page = page.position;
    if (page.image) {
      const image = document.createElement('img');
      image.className = 'page-image';
      image.alt = pageName(page);
      image.draggable = false;
      image.addEventListener('load', () => {
        if (!page.width || !page.height) {
          page.naturalRatio = image.naturalHeight / image.naturalWidth;
          sizePages();
        }
      });
      image.addEventListener('error', () => {
        image.remove();
        element.classList.add('page-missing');
      });
      image.src = page.image;
      element.appendChild(image);
    } else {
      element.classList.add('page-missing');
    }
    const missing = document.createElement('p');
    missing.className = 'page-missing-note';
    missing.textContent = pageName(page) + '：版面图片缺失';
    element.appendChild(missing);
    const focusable = new Set();
    page.articles.forEach((article) => {
      article.areas.forEach((area, n) => {
        if (area.page !== page) return;
        element.appendChild(areaElement(article, area, n, page, !focusable.has(article)));
        focusable.add(article);
      });
    });
    return element;
  }

  // One area of an article on a page; only its first area there is a Tab stop.
  function areaElement(article, area, n, page, isTabStop) {
    const link = document.createElement('a');
    link.className = 'area';
    link.href = '#page=' + (page.position + 1) + '&article=' + encodeURIComponent(article.id);
    link.dataset.article = article.id;
    link.dataset.area = n;
    link.title = titleOf(article);
    link.setAttribute('aria-label', titleOf(article));
    if (!isTabStop) link.tabIndex = -1;
    const scaleX = page.width || area.rect.x + area.rect.w;
    const scaleY = page.height || area.rect.y + area.rect.h;
    link.style.left = (area.rect.x / scaleX) * 100 + '%';
    link.style.top = (area.rect.y / scaleY) * 100 + '%';
    link.style.width = (area.rect.w / scaleX) * 100 + '%';
    link.style.height = (area.rect.h / scaleY) * 100 + '%';
    link.addEventListener('click', (event) => {
      event.preventDefault();
      openArticle(article, link);
    });
    return link;
  }

  function showPage(position) {
    if (!data.pages.length) return;
    state.page = Math.max(0, Math.min(data.pages.length - 1, position));
    const shown = spreadOf(state.page).map((p) => data.pages[p]);
    const stage = byId('stage');
    stage.textContent = '';
    shown.forEach((page) => stage.appendChild(pageElement(page)));
    litArticle = null;  // the elements lit are gone
    stage.classList.toggle('spread', shown.length > 1);
    renderContents(shown);
    document.querySelectorAll('.thumbnail').forEach((link) => {
      const current = shown.some((page) => String(page.position) === link.dataset.page);
      if (current) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    });
    const currentThumb = document.querySelector('.thumbnail[aria-current]');
    if (currentThumb && currentThumb.scrollIntoView) currentThumb.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    byId('page-choice').value = shown[0].position;
    byId('previous-page').disabled = shown[0].position === 0;
    byId('next-page').disabled = shown[shown.length - 1].position === data.pages.length - 1;
    // An article open in the pane but on none of the pages now shown is put away, so
    // that the pane and the link never speak of a page the reader has left.
    if (state.article && !state.article.areas.some((area) => spreadOf(state.page).indexOf(area.page.position) >= 0)) {
      state.article = null;
      byId('reader').hidden = true;
      document.body.classList.remove('reading');
    }
    sizePages();
    markCurrentArticle();
    writeHash();
  }

  function turnPage(step) {
    const shown = spreadOf(state.page);
    const target = step < 0 ? shown[0] - 1 : shown[shown.length - 1] + 1;
    if (target < 0 || target >= data.pages.length) return;
    showPage(target);
  }

  // Each page as large as the stage allows, in its own proportions.
  function sizePages() {
    const stage = byId('stage');
    const pages = stage.querySelectorAll('.page');
    if (!pages.length) return;
    // The stage's padding and gap come from viewer.css (they differ on a phone).
    const style = getComputedStyle(stage);
    const padX = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    const padY = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    const gap = parseFloat(style.columnGap) || 0;
    const width = (stage.clientWidth - padX - gap * (pages.length - 1)) / pages.length;
    const height = narrowScreen.matches ? Infinity : stage.clientHeight - padY;
    pages.forEach((element) => {
      const ratio = ratioOf(data.pages[Number(element.dataset.page)]);
      const pageWidth = Math.max(0, Math.min(width, height / ratio));
      element.style.width = pageWidth + 'px';
      element.style.height = pageWidth * ratio + 'px';
    });
  }

  // ---- 标题导航: the articles of the pages shown. ----

  function renderContents(shown) {
    const list = byId('contents-list');
    list.textContent = '';
    shown.forEach((page) => {
      const heading = document.createElement('h3');
      heading.className = 'contents-page';
      heading.textContent = pageName(page);
      list.appendChild(heading);
      const items = document.createElement('ol');
      if (!page.articles.length) {
        const none = document.createElement('li');
        none.className = 'contents-none';
        none.textContent = '本版没有文章';
        items.appendChild(none);
      }
      page.articles.forEach((article) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.className = 'contents-entry';
        link.href = '#page=' + (page.position + 1) + '&article=' + encodeURIComponent(article.id);
        link.dataset.article = article.id;
        if (article.kicker) {
          const kicker = document.createElement('span');
          kicker.className = 'contents-kicker';
          kicker.textContent = article.kicker;
          link.appendChild(kicker);
        }
        const title = document.createElement('span');
        title.className = 'contents-title';
        title.textContent = titleOf(article);
        link.appendChild(title);
        link.addEventListener('click', (event) => {
          event.preventDefault();
          openArticle(article, link);
        });
        item.appendChild(link);
        items.appendChild(item);
      });
      list.appendChild(items);
    });
  }

  // ---- Pointing at an article: all of its areas light up, on both pages. ----

  // One article at most is lit: the one under the pointer or focus (the pages and the list
  // are drawn anew on a page turn, so the lit one is looked up, never remembered by element).
  let litArticle = null;
  function highlight(id) {
    if (id === litArticle) return;
    litArticle = id;
    document.querySelectorAll('[data-article]').forEach((element) => {
      element.classList.toggle('hover', id !== null && element.dataset.article === id);
    });
  }

  function markCurrentArticle() {
    const id = state.article ? state.article.id : null;
    document.querySelectorAll('[data-article]').forEach((element) => {
      element.classList.toggle('current', element.dataset.article === id);
    });
  }

  function watchPointer() {
    const articleAt = (node) => {
      const element = node && node.closest ? node.closest('[data-article]') : null;
      return element ? element.dataset.article : null;
    };
    ['stage', 'contents'].forEach((id) => {
      byId(id).addEventListener('mouseover', (event) => highlight(articleAt(event.target)));
      byId(id).addEventListener('mouseout', (event) => highlight(articleAt(event.relatedTarget)));
      byId(id).addEventListener('focusin', (event) => highlight(articleAt(event.target)));
      byId(id).addEventListener('focusout', (event) => highlight(articleAt(event.relatedTarget)));
    });
  }

  // ---- The reading pane. ----

  function setText(id, text) {
    const element = byId(id);
    element.textContent = text;
    element.hidden = !text.trim();
  }

  function photoFigure(photo) {
    const figure = document.createElement('figure');
    figure.className = 'photo';
    if (photo.page && photo.rect && photo.page.image) {
      const page = photo.page;
      const r = photo.rect;
      const pageWidth = page.width || r.x + r.w;
      const pageHeight = page.height || r.y + r.h;
      const crop = document.createElement('div');
      crop.className = 'photo-crop';
      crop.setAttribute('role', 'img');
      crop.setAttribute('aria-label', photo.caption || '新闻图片');
      crop.style.paddingTop = (r.h / r.w) * 100 + '%';
      crop.style.backgroundImage = 'url("' + page.image.replace(/["\\\n\r]/g, encodeURIComponent) + '")';
      crop.style.backgroundSize = (pageWidth / r.w) * 100 + '% ' + (pageHeight / r.h) * 100 + '%';
      // A background's percentage position places that fraction of the image at that
      // fraction of the box: the rect's corner over the box's when x / (W - w).
      const px = pageWidth > r.w ? (r.x / (pageWidth - r.w)) * 100 : 0;
      const py = pageHeight > r.h ? (r.y / (pageHeight - r.h)) * 100 : 0;
      crop.style.backgroundPosition = px + '% ' + py + '%';
      figure.appendChild(crop);
    }
    if (photo.caption) {
      const caption = document.createElement('figcaption');
      caption.textContent = photo.caption;
      figure.appendChild(caption);
    }
    return figure.childNodes.length ? figure : null;
  }

  function fillReader(article) {
    setText('story-kicker', article.kicker);
    // A picture story's caption follows its photo: the heading does not say it again.
    byId('story-headline').textContent = isPictureStory(article) ? '图片新闻' : titleOf(article);
    setText('story-subhead', article.subhead);
    setText('story-byline', article.byline);
    const photos = byId('story-photos');
    photos.textContent = '';
    article.photos.map(photoFigure).filter(Boolean).forEach((figure) => photos.appendChild(figure));
    photos.hidden = !photos.childNodes.length;
    const body = byId('story-body');
    body.textContent = '';
    // The byline may stand among the paragraphs too, and a picture story's text is its
    // caption: each is shown once, above.
    const byline = article.byline.trim();
    const captions = article.photos.map((photo) => (photo.caption || '').trim());
    article.paragraphs
      .filter((text) => (!byline || text.trim() !== byline) && captions.indexOf(text.trim()) < 0)
      .forEach((text) => {
        const paragraph = document.createElement('p');
        paragraph.textContent = text;
        body.appendChild(paragraph);
      });
    if (!body.childNodes.length && !photos.childNodes.length) {
      const empty = document.createElement('p');
      empty.className = 'story-empty';
      empty.textContent = '本文没有正文。';
      body.appendChild(empty);
    }
    const pagesOfArticle = [];
    article.areas.forEach((area) => {
      if (pagesOfArticle.indexOf(area.page) < 0) pagesOfArticle.push(area.page);
    });
    if (!pagesOfArticle.length && article.home) pagesOfArticle.push(article.home);
    byId('reader-place').textContent = pagesOfArticle.map(pageName).join('、');
    byId('previous-article').disabled = article.order === 0;
    byId('next-article').disabled = article.order === data.articles.length - 1;
  }

  function openArticle(article, opener) {
    const shown = spreadOf(state.page);
    const onPage = article.areas.some((area) => shown.indexOf(area.page.position) >= 0);
    if (!onPage && article.home && shown.indexOf(article.home.position) < 0) showPage(article.home.position);
    state.article = article;
    if (opener) state.opener = opener;
    fillReader(article);
    const reader = byId('reader');
    reader.hidden = false;
    reader.scrollTop = 0;
    document.body.classList.add('reading');
    markCurrentArticle();
    writeHash();
    if (opener) byId('story-headline').focus({ preventScroll: true });
  }

  function closeArticle() {
    if (!state.article) return;
    state.article = null;
    byId('reader').hidden = true;
    document.body.classList.remove('reading');
    markCurrentArticle();
    writeHash();
    const opener = state.opener;
    state.opener = null;
    if (opener && document.body.contains(opener)) opener.focus({ preventScroll: true });
  }

  function stepArticle(step) {
    if (!state.article) return;
    const next = data.articles[state.article.order + step];
    if (next) openArticle(next, byId(step < 0 ? 'previous-article' : 'next-article'));
  }

  // ---- Keys, buttons, touch. ----

  function watchControls() {
    byId('previous-page').addEventListener('click', () => turnPage(-1));
    byId('next-page').addEventListener('click', () => turnPage(1));
    byId('page-choice').addEventListener('change', (event) => {
      showPage(Number(event.target.value));
      closeArticle();
    });
    byId('previous-article').addEventListener('click', () => stepArticle(-1));
    byId('next-article').addEventListener('click', () => stepArticle(1));
    byId('close-reader').addEventListener('click', closeArticle);
    document.addEventListener('keydown', (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const tag = event.target && event.target.tagName;
      if (tag === 'SELECT' || tag === 'INPUT' || tag === 'TEXTAREA') return;
      if (event.key === 'ArrowLeft') turnPage(-1);
      else if (event.key === 'ArrowRight') turnPage(1);
      else if (event.key === 'Escape') closeArticle();
      else return;
      event.preventDefault();
    });
    let touchStart = null;
    const stage = byId('stage');
    stage.addEventListener(
      'touchstart',
      (event) => {
        touchStart = event.touches.length === 1 ? { x: event.touches[0].clientX, y: event.touches[0].clientY } : null;
      },
      { passive: true }
    );
    stage.addEventListener('touchend', (event) => {
      if (!touchStart || !event.changedTouches.length) return;
      const dx = event.changedTouches[0].clientX - touchStart.x;
      const dy = event.changedTouches[0].clientY - touchStart.y;
      touchStart = null;
      if (Math.abs(dx) >= SWIPE_MIN_PX && Math.abs(dx) > 2 * Math.abs(dy)) turnPage(dx < 0 ? 1 : -1);
    });
    window.addEventListener('hashchange', readHash);
    let lastSpread = wideScreen.matches && !narrowScreen.matches;
    window.addEventListener('resize', () => {
      const spread = wideScreen.matches && !narrowScreen.matches;
      if (spread !== lastSpread) {
        lastSpread = spread;
        showPage(state.page);
      } else {
        sizePages();
      }
    });
  }

  function showProblem(text) {
    const problem = byId('data-problem');
    problem.textContent = text;
    problem.hidden = false;
  }

  function start() {
    let raw = null;
    try {
      raw = JSON.parse(byId('paiban-articles').textContent);
    } catch (e) {
      showProblem('无法读取本期的版面数据：' + e.message);
    }
    const source = raw && typeof raw === 'object' ? raw : {};
    const pages = readPages(source.pages);
    data = {
      title: textOf(source.title) || document.title,
      date: textOf(source.date),
      pages: pages.list,
      articles: readArticles(source.articles, pages),
    };
    listArticlesOnPages(data.articles);
    byId('edition-title').textContent = data.title;
    byId('edition-date').textContent = data.date;
    if (!document.title) document.title = data.title;
    renderThumbnails();
    watchPointer();
    watchControls();
    if (!data.pages.length) {
      if (raw) showProblem('本期没有版面。');
      return;
    }
    readHash();
  }

  start();
})();
