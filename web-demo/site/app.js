// The demo page: editor on the left, rendered article on the right, formatting playground and
// comment box below. Article rendering runs in a Web Worker (worker.js); the small, instant
// calls (comment counter, number/date formats) run here on the main thread. Both use the
// `baiviet` package the way any page would: import, await init(), call.
import { init, version } from './vendor/baiviet/index.js';
import { setupTabs } from './tabs.js';
import { setupPlayground } from './playground.js';
import { setupComments } from './comments.js';

const $ = (id) => document.getElementById(id);
const els = {
  status: $('status'), source: $('source'), example: $('example'), format: $('format'),
  detected: $('detected'), stats: $('source-stats'), preview: $('preview'),
  outHtml: $('out-html'), outJson: $('out-json'), outText: $('out-text'),
  error: $('error'), timing: $('timing'), version: $('version'),
  safe: $('opt-safe'), toc: $('opt-toc'), numbers: $('opt-numbers'), prefix: $('opt-prefix'),
  limit: $('opt-limit'), unit: $('opt-unit'), tones: $('opt-tones'), dateStyle: $('opt-date'),
  unsafeWarning: $('unsafe-warning'),
  card: { category: $('card-category'), title: $('card-title'), excerpt: $('card-excerpt'),
    date: $('card-date'), reading: $('card-reading') },
};

const nf = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const formatNames = { markdown: 'Markdown', text: 'văn bản dán từ trang báo' };

// ---- the render worker ---------------------------------------------------------------------

const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
let nextId = 1;
let inFlight = 0;        // id of the request the worker is working on (0: idle)
let queued = false;      // the input changed while the worker was busy
let lastResult = null;
let workerReady = false;
let sourceReady = false; // the first example is in the editor
let sentSource = '';     // the input of the request in flight

function currentOptions() {
  const limit = Number.parseInt(els.limit.value, 10);
  return {
    format: els.format.value,
    safe: els.safe.checked,
    toc: els.toc.checked,
    idPrefix: els.prefix.value,
    markupNumbers: els.numbers.checked,
    excerptLimit: Number.isFinite(limit) && limit >= 0 ? Math.min(limit, 5000) : 160,
    excerptUnit: els.unit.value,
    tones: els.tones.value,
    dateStyle: els.dateStyle.value,
    now: Date.now(),
  };
}

/** Sends the current input to the worker, or remembers to once it is free (only the newest counts). */
function requestRender() {
  if (!workerReady || !sourceReady || inFlight) { queued = true; return; }
  queued = false;
  inFlight = nextId++;
  sentSource = els.source.value;
  worker.postMessage({ id: inFlight, source: sentSource, options: currentOptions() });
}

let debounceTimer = 0;
function scheduleRender(delay = 120) {
  clearTimeout(debounceTimer);
  debounceTimer = setTimeout(requestRender, delay);
}

worker.onmessage = (event) => {
  const msg = event.data;
  if ('ready' in msg) {
    if (msg.ready) {
      workerReady = true;
      requestRender();
    } else {
      showError(`Không khởi động được WebAssembly trong worker: ${msg.error.message}`);
    }
    return;
  }
  if (msg.id !== inFlight) return;
  inFlight = 0;
  if (msg.ok) showResult(msg.result);
  else showError(describeError(msg.error));
  if (queued) requestRender();
  // For tests (and curious readers): the output shown is that of the editor's current text.
  else if (sentSource === els.source.value) document.body.dataset.rendered = String(msg.id);
};
worker.onerror = (e) => { showError(`Lỗi trong worker: ${e.message ?? e}`); };

function describeError(e) {
  const where = e.line ? ` (dòng ${e.line})` : '';
  const what = {
    front_matter: 'Front matter không hợp lệ', too_large: 'Nội dung quá lớn', too_deep: 'Lồng quá sâu',
    invalid_input: 'Nội dung không hợp lệ', invalid_argument: 'Tùy chọn không hợp lệ',
  }[e.code] ?? 'Lỗi';
  return `${what}${where}: ${e.message} [${e.code}]`;
}

function showError(message) {
  els.error.textContent = message;
  els.error.hidden = false;
}

// ---- output --------------------------------------------------------------------------------

let activeTab = 'page';
const rendered = { page: null, html: null, json: null, text: null };  // what each panel shows

// The preview: a sandboxed iframe (scripts never run in it, see docs/demo.md) holding a small
// news-site page; each result replaces the contents of its <main>, so typing neither resets
// the reader's scroll position nor adds history entries.
// The shell carries its own CSP as well (not only the one it inherits from this page), so
// nothing inside it can load from outside localhost whatever document it ends up in.
const PREVIEW_SHELL = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bài viết</title><link rel="stylesheet" href="news.css"></head>
<body><header class="site-head"><p class="site-name">BÁO MẪU</p>
<p class="site-nav">Thời sự · Kinh tế · Xã hội · Văn hóa · Thể thao</p></header>
<main class="site-main"></main>
<footer class="site-foot">Trình bày bởi baiviet · trang mẫu</footer></body></html>`;
let shellLoading = false;

function loadShell() {
  shellLoading = true;
  els.preview.srcdoc = PREVIEW_SHELL;
}
els.preview.addEventListener('load', () => {
  shellLoading = false;
  rendered.page = null;
  if (activeTab === 'page') fillPanel('page');
});
loadShell();

/** Puts the article into the preview; false while the shell is (re)loading. */
function fillPreview(r) {
  let doc = null;
  try { doc = els.preview.contentDocument; } catch { doc = null; }
  const main = doc && doc.URL.startsWith('about:srcdoc') ? doc.querySelector('main.site-main') : null;
  if (!main) {
    // Not loaded yet, or the reader followed a link out of the preview: start over.
    if (!shellLoading) loadShell();
    return false;
  }
  // A srcdoc document resolves "#id" against this page's URL: in-page links (TOC, footnotes)
  // are pointed at the srcdoc document itself.
  main.innerHTML = r.html.replace(/(<a\b[^>]*?\shref=")#/g, '$1about:srcdoc#');
  doc.title = r.card.title || 'Bài viết';
  return true;
}

function fillPanel(tab) {
  if (!lastResult || rendered[tab] === lastResult) return;
  const r = lastResult;
  if (tab === 'page' && !fillPreview(r)) return;
  rendered[tab] = r;
  if (tab === 'html') els.outHtml.textContent = r.html;
  else if (tab === 'json') els.outJson.textContent = r.json;
  else if (tab === 'text') els.outText.textContent = r.text;
}

const fmt = (n) => nf.format(n);

function showResult(r) {
  lastResult = r;
  els.error.hidden = true;
  els.detected.textContent = formatNames[r.detected] ?? r.detected;
  els.detected.title = r.from === r.detected ? 'Tự nhận' : `Đang dùng: ${formatNames[r.from]}`;
  els.stats.textContent = `${fmt(r.bytes)} byte · ${fmt(r.counts.words)} từ · ${fmt(r.counts.sentences)} câu (văn bản đã trình bày)`;
  fillPanel(activeTab);

  const t = r.timings;
  els.timing.textContent = `Lần kết xuất gần nhất: ${fmt(t.total)} ms (HTML ${fmt(t.html)} · JSON ${fmt(t.json)} · văn bản ${fmt(t.text)} · tóm tắt ${fmt(t.excerpt)} ms), trong Web Worker.`;
  if (r.warnings.length) {
    els.timing.textContent += ` Cảnh báo: ${r.warnings.map((w) => w.message).join('; ')}`;
  }

  const c = r.card;
  els.card.category.textContent = c.category;
  els.card.title.textContent = c.title || '(chưa có tiêu đề)';
  els.card.excerpt.textContent = c.excerpt;
  els.card.date.textContent = c.date ? `${c.date} (${c.relative})` : 'Chưa có ngày đăng';
  els.card.reading.textContent = c.readingTime ? `· ${c.readingTime}` : '';
}

setupTabs(document.querySelector('[role="tablist"]'), (tab) => {
  activeTab = tab;
  fillPanel(tab);
});

// ---- editor and options --------------------------------------------------------------------

async function loadExample(name) {
  try {
    if (!name) {
      els.source.value = '';
    } else {
      const response = await fetch(`examples/${name}`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      els.source.value = await response.text();
      els.source.scrollTop = 0;
    }
  } catch (e) {
    showError(`Không tải được bài mẫu ${name}: ${e.message}`);
  }
  sourceReady = true;
  scheduleRender(0);
}

els.source.addEventListener('input', () => scheduleRender());
els.example.addEventListener('change', () => loadExample(els.example.value));
for (const el of [els.format, els.toc, els.numbers, els.unit, els.tones, els.dateStyle]) {
  el.addEventListener('change', () => scheduleRender(0));
}
for (const el of [els.prefix, els.limit]) el.addEventListener('input', () => scheduleRender());
els.safe.addEventListener('change', () => {
  els.unsafeWarning.hidden = els.safe.checked;
  scheduleRender(0);
});

loadExample(els.example.value);

// ---- main-thread package: playground and comment box ---------------------------------------

init().then(() => {
  els.version.textContent = `phiên bản ${version()}`;
  els.status.textContent = `WebAssembly sẵn sàng · baiviet ${version()}`;
  setupPlayground();
  setupComments();
  document.body.dataset.ready = 'true';
}, (e) => {
  els.status.textContent = 'Không tải được WebAssembly';
  showError(`Không khởi động được baiviet: ${e.message}`);
});
