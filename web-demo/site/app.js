// The demo page: editor on the left, rendered article on the right, formatting playground and
// comment box below. Article work runs in a Web Worker (worker.js: one parse per edit, every
// output rendered from that Article); the small, instant calls (comment counter, slugs, and the
// playground's formats) run here on the main thread. Both use the `baiviet` package the way any
// page would: import, await init(), call.
//
// Options are keyed by the option schema's names (options.json = `baiviet options --json`):
// codegen.js turns them into the JS option objects the worker passes to the package and into
// the "Code" tab's JavaScript, C++ and CLI programs. The page state lives in the URL fragment
// (state.js), the labels in two languages (i18n.js), the theme in theme.js.
import { init, version, text } from './vendor/baiviet/index.js';
import { setupTabs } from './tabs.js';
import { setupPlayground } from './playground.js';
import { setupComments } from './comments.js';
import { t, language, applyLabels, setLanguage, onLanguageChange } from './i18n.js';
import { setupTheme, onThemeChange, effectiveTheme } from './theme.js';
import { encodeState, decodeState, hasState } from './state.js';
import { jsOptions, generateCode, optionSpec } from './codegen.js';
import { setupEditor } from './editor.js';
import { needFormatting } from './formatting.js';

const $ = (id) => document.getElementById(id);
const els = {
  status: $('status'), source: $('source'), example: $('example'), exampleOwn: $('example-own'), format: $('format'),
  detected: $('detected'), stats: $('source-stats'), preview: $('preview'), excerptPreview: $('excerpt-preview'),
  out: { html: $('out-html'), json: $('out-json'), text: $('out-text'), jsonld: $('out-jsonld'), excerpt: $('out-excerpt') },
  error: $('error'), errorText: $('error-text'), errorGoto: $('error-goto'), markNote: $('editor-mark'),
  timing: $('timing'), version: $('version'),
  safe: $('opt-safe'), toc: $('opt-toc'), numbers: $('opt-numbers'), prefix: $('opt-prefix'),
  limit: $('opt-limit'), unit: $('opt-unit'), tones: $('opt-tones'), dateStyle: $('opt-date'),
  unsafeWarning: $('unsafe-warning'), schemaOptions: $('schema-options'),
  share: $('share'), shareStatus: $('share-status'), theme: $('theme'), lang: $('lang'),
  copyOutput: $('copy-output'), downloadOutput: $('download-output'), outputNote: $('output-note'),
  outputActions: $('output-actions'), fileName: $('file-name'), saveSource: $('save-source'),
  codeOutput: $('code-output'), codeHelp: $('code-help'),
  code: { js: $('code-js'), cpp: $('code-cpp'), cli: $('code-cli') },
  card: { category: $('card-category'), title: $('card-title'), excerpt: $('card-excerpt'),
    date: $('card-date'), reading: $('card-reading') },
};

const numberFormat = () => new Intl.NumberFormat(language() === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 1 });
const fmt = (n) => numberFormat().format(n);

// ---- the option schema and the page's options --------------------------------------------

const schemaReady = fetch('options.json').then((r) => {
  if (!r.ok) throw new Error(`options.json: HTTP ${r.status}`);
  return r.json();
});
let schema = null;

/** The page's own defaults where they differ from the library's (the rest: the schema's). */
const PAGE_DEFAULTS = { render: { from: 'auto', toc: true, id_prefix: 'bv-' }, excerpt: {} };

/** Options with a hand-placed control above; every other one the page offers is generated. */
const MAIN_CONTROLS = [
  { part: 'render', name: 'from', el: els.format, get: (el) => el.value, set: (el, v) => { el.value = v; } },
  { part: 'render', name: 'unsafe', el: els.safe, get: (el) => !el.checked, set: (el, v) => { el.checked = !v; } },
  { part: 'render', name: 'toc', el: els.toc, get: (el) => el.checked, set: (el, v) => { el.checked = v; } },
  { part: 'render', name: 'markup_numbers', el: els.numbers, get: (el) => el.checked, set: (el, v) => { el.checked = v; } },
  { part: 'render', name: 'id_prefix', el: els.prefix, get: (el) => el.value, set: (el, v) => { el.value = v; } },
  {
    part: 'excerpt', name: 'limit', el: els.limit,
    get: (el) => {
      const n = Number.parseInt(el.value, 10);
      return Number.isFinite(n) && n >= 0 ? Math.min(n, 5000) : 160;
    },
    set: (el, v) => { el.value = String(v); },
  },
  { part: 'excerpt', name: 'unit', el: els.unit, get: (el) => el.value, set: (el, v) => { el.value = v; } },
];

/**
 * Schema options the page does not offer: the input/output choice (the editor and the tabs
 * set them), the resource limits, what only a whole-page download would use, and
 * commonmark_compat (it implies parsing without article structure, which a parsed Article
 * cannot take back; pass articleStructure: false to parse() for cmark-like output).
 */
const NOT_OFFERED = new Set([
  'input.from', 'output.to', 'parse.max_input_bytes', 'parse.max_nesting', 'parse.max_emphasis_scan',
  'html.full_page', 'html.jsonld', 'html.stylesheet_href', 'html.commonmark_compat',
  'excerpt.from', 'excerpt.to', 'excerpt.reading_time',
]);
const partOf = (group) => (group === 'excerpt' ? 'excerpt' : 'render');
let schemaControls = [];   // [{ part, name, el, get, set, spec }]

function buildSchemaControls() {
  const main = new Set(MAIN_CONTROLS.map((c) => `${c.part}.${c.name}`));
  const nodes = [];
  schemaControls = [];
  for (const spec of schema.options) {
    const part = partOf(spec.group);
    if (!['parse', 'import', 'html', 'json', 'excerpt'].includes(spec.group)) continue;
    if (NOT_OFFERED.has(`${spec.group}.${spec.name}`) || main.has(`${part}.${spec.name}`)) continue;
    const id = `schema-${spec.group}-${spec.name}`;
    const wrap = document.createElement('div');
    wrap.className = 'option schema-option';
    const label = document.createElement('label');
    label.htmlFor = id;
    const name = document.createElement('code');
    name.textContent = spec.js;
    let input;
    let get;
    let set;
    if (spec.kind === 'flag') {
      input = document.createElement('input');
      input.type = 'checkbox';
      get = (el) => el.checked;
      set = (el, v) => { el.checked = v; };
      label.append(input, ' ', name);
    } else {
      if (spec.kind === 'choice') {
        input = document.createElement('select');
        for (const c of spec.choices) input.append(new Option(c, c));
        get = (el) => el.value;
      } else {
        input = document.createElement('input');
        input.type = spec.kind === 'text' ? 'text' : 'number';
        if (spec.kind !== 'text') {
          input.min = String(spec.min);
          input.max = String(spec.max);
          input.step = spec.kind === 'integer' ? '1' : 'any';
          get = (el) => {
            const n = Number(el.value);
            const ok = el.value.trim() !== '' && Number.isFinite(n) && n >= spec.min && n <= spec.max &&
              (spec.kind !== 'integer' || Number.isInteger(n));
            el.setAttribute('aria-invalid', String(!ok));
            return ok ? n : spec.default;
          };
        } else {
          input.spellcheck = false;
          get = (el) => el.value;
        }
      }
      set = (el, v) => { el.value = String(v); };
      label.append(name);
      label.className = 'field';
    }
    input.id = id;
    input.dataset.option = `${part}.${spec.name}`;
    set(input, spec.default);
    const help = document.createElement('span');
    help.className = 'help schema-help';
    help.dataset.default = JSON.stringify(spec.default);
    const flag = document.createElement('code');
    flag.textContent = spec.cli;
    help.append(`${spec.help} · `, flag);
    wrap.append(label);
    if (spec.kind !== 'flag') label.append(input);
    wrap.append(help);
    nodes.push(wrap);
    schemaControls.push({ part, name: spec.name, el: input, get, set, spec, help });
    input.addEventListener(spec.kind === 'flag' || spec.kind === 'choice' ? 'change' : 'input', () => optionChanged(spec.kind === 'flag' || spec.kind === 'choice' ? 0 : 150));
  }
  els.schemaOptions.replaceChildren(...nodes);
  labelSchemaDefaults();
}
function labelSchemaDefaults() {
  for (const c of schemaControls) c.help.title = t('schemaDefault', JSON.parse(c.help.dataset.default));
}

const allControls = () => [...MAIN_CONTROLS, ...schemaControls];

/** The page's options by schema name: { render: {…}, excerpt: {…} }. */
function readOptions() {
  const o = { render: {}, excerpt: {} };
  for (const c of allControls()) o[c.part][c.name] = c.get(c.el);
  return o;
}

function pageDefault(part, name) {
  if (name in PAGE_DEFAULTS[part]) return PAGE_DEFAULTS[part][name];
  const spec = optionSpec(schema, part === 'excerpt' ? ['excerpt'] : ['input', 'parse', 'import', 'html', 'json'], name);
  return spec ? spec.default : undefined;
}

/** Sets every control: from `values` where given, else to the page's default. */
function writeOptions(values) {
  for (const c of allControls()) {
    const v = values?.[c.part]?.[c.name];
    const d = pageDefault(c.part, c.name);
    c.set(c.el, v !== undefined && typeof v === typeof d ? v : d);
    if (c.el.tagName === 'SELECT' && c.el.selectedIndex < 0) c.set(c.el, d);   // not one of the choices
  }
  els.unsafeWarning.hidden = els.safe.checked;
}

// ---- the render worker ---------------------------------------------------------------------

const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
let nextId = 1;
let inFlight = 0;        // id of the render request the worker is working on (0: idle)
let queued = false;      // the input changed while the worker was busy
let lastResult = null;
let lastResultId = 0;
let lastError = null;    // { code, message, line }
let workerReady = false;
let sourceReady = false; // the first text is in the editor
let sentSource = '';     // the input of the request in flight
let sentOptions = null;  // the page options of the request in flight
let shownOptions = null; // the page options of the output shown
const pendingPages = new Map();  // id → { resolve, reject } of fullPage requests

function workerOptions(values) {
  const js = jsOptions(schema, values);
  return {
    tones: els.tones.value,
    parse: js.parse,
    render: js.render,
    excerpt: js.excerpt,
    cardExcerpt: { ...js.excerpt, to: 'text', readingTime: true },
    dateStyle: els.dateStyle.value,
    now: Date.now(),
  };
}

let sentKey = '';         // input and options of the last request: the same again is not sent

/** Sends the current input to the worker, or remembers to once it is free (only the newest counts). */
function requestRender() {
  if (!workerReady || !sourceReady || !schema || inFlight) { queued = true; return; }
  queued = false;
  const options = { ...readOptions(), tones: els.tones.value };
  const key = JSON.stringify([els.source.value, options, els.dateStyle.value]);
  if (key === sentKey) return;
  sentKey = key;
  inFlight = nextId++;
  sentSource = els.source.value;
  sentOptions = options;
  worker.postMessage({ type: 'render', id: inFlight, source: sentSource, options: workerOptions(sentOptions) });
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
      showError({ code: 'load_failed', message: t('workerFailed', msg.error.message), line: 0 });
    }
    return;
  }
  if (msg.type === 'card') {   // the card's date, once formatting is loaded (formatting.js)
    if (lastResult && lastResultId === msg.id) {
      lastResult.card = msg.card;
      showCard();
    }
    return;
  }
  if (pendingPages.has(msg.id)) {
    const p = pendingPages.get(msg.id);
    pendingPages.delete(msg.id);
    if (msg.ok) p.resolve(msg.result.html);
    else p.reject(new Error(msg.error.message));
    return;
  }
  if (msg.id !== inFlight) return;
  inFlight = 0;
  document.body.dataset.parses = String(msg.ok ? msg.result.parses : msg.parses);
  document.body.dataset.liveArticles = String(msg.ok ? msg.result.live : msg.live);
  if (msg.ok) {
    lastResultId = msg.id;
    showResult(msg.result);
  } else {
    showError(msg.error);
  }
  if (queued) requestRender();
  // For tests (and curious readers): the output shown is that of the editor's current text.
  if (!inFlight && sentSource === els.source.value) document.body.dataset.rendered = String(msg.id);
};
worker.onerror = (e) => { showError({ code: 'internal', message: t('workerError', e.message ?? e), line: 0 }); };

/** The last article as a whole HTML page (rendered on demand from the worker's Article). */
function fullPage() {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pendingPages.set(id, { resolve, reject });
    worker.postMessage({ type: 'fullPage', id });
  });
}

// ---- errors and marked lines ---------------------------------------------------------------

const editor = setupEditor({
  textarea: els.source, backdrop: $('editor-backdrop'), wrap: $('editor-wrap'), dropHint: $('drop-hint'),
  openButton: $('open-file'), fileInput: $('file-input'),
  onFile: (name, content, bytes) => {
    openedFile = name;
    els.fileName.textContent = t('fileLoaded', name, fmt(bytes));
    setSourceText(content, '*');
    userChanged();
  },
  onError: (message) => showError({ code: 'invalid_input', message, line: 0, local: true }),
});

function describeError(e) {
  if (e.local || e.code === 'load_failed') return e.message;
  const kinds = t('errorKinds');
  return `${kinds[e.code] ?? t('errorOther')}${e.line ? t('errorAt', e.line) : ''}: ${e.message} [${e.code}]`;
}

function showError(e) {
  lastError = e;
  els.errorText.textContent = describeError(e);
  els.error.hidden = false;
  els.errorGoto.hidden = !e.line;
  if (e.line) els.errorGoto.textContent = t('gotoLine', e.line);
  if (!e.local) markLines();
}
function hideError() {
  lastError = null;
  els.error.hidden = true;
}
els.errorGoto.addEventListener('click', () => { if (lastError?.line) editor.goToLine(lastError.line); });

function markLines() {
  const marks = [];
  if (lastError?.line && !lastError.local) marks.push({ line: lastError.line, kind: 'error' });
  const warned = lastError ? [] : (lastResult?.warnings ?? []).filter((w) => w.line > 0).map((w) => w.line);
  for (const line of warned) marks.push({ line, kind: 'warning' });
  editor.setMarks(marks);
  const notes = [];
  if (lastError?.line && !lastError.local) notes.push(t('markNote', lastError.line));
  if (warned.length) notes.push(t('markWarn', [...new Set(warned)].join(', ')));
  els.markNote.textContent = notes.join(' ');
  els.markNote.hidden = !notes.length;
}

// ---- output --------------------------------------------------------------------------------

let activeTab = 'page';
const rendered = { page: null, html: null, json: null, text: null, jsonld: null, excerpt: null, code: null };

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
function previewDocument() {
  try {
    const doc = els.preview.contentDocument;
    return doc && doc.URL.startsWith('about:srcdoc') ? doc : null;
  } catch { return null; }
}
els.preview.addEventListener('load', () => {
  shellLoading = false;
  const doc = previewDocument();
  if (doc) doc.documentElement.dataset.theme = effectiveTheme();
  rendered.page = null;
  if (activeTab === 'page') fillPanel('page');
});
loadShell();

/** Puts the article into the preview; false while the shell is (re)loading. */
function fillPreview(r) {
  const doc = previewDocument();
  const main = doc?.querySelector('main.site-main');
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

// The HTML excerpt, shown in its own sandboxed frame (no scripts, no same-origin access).
function excerptDocument(html) {
  return `<!doctype html><html lang="vi" data-theme="${effectiveTheme()}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'">
<link rel="stylesheet" href="news.css"></head><body class="excerpt-body"><p class="bv-excerpt">${html}</p></body></html>`;
}

function fillPanel(tab) {
  if (tab === 'code') { fillCode(); return; }
  if (!lastResult || rendered[tab] === lastResult) return;
  const r = lastResult;
  if (tab === 'page' && !fillPreview(r)) return;
  rendered[tab] = r;
  if (tab === 'excerpt') {
    els.out.excerpt.textContent = r.excerptHtml;
    els.excerptPreview.srcdoc = excerptDocument(r.excerptHtml);
  } else if (tab !== 'page') {
    els.out[tab].textContent = r[tab];
  }
}

// ---- the "Code" tab --------------------------------------------------------------------------

let codeOutput = 'html';   // which output the code is for (follows the last output tab shown)
let codeKey = '';

/** The file name the code reads: the opened file, the example's, or bai-viet.md / .txt. */
function sourceFileName() {
  if (openedFile) return openedFile;
  if (currentExample && currentExample !== '*') return currentExample;
  return lastResult?.from === 'text' ? 'bai-viet.txt' : 'bai-viet.md';
}

function codeState() {
  const o = shownOptions ?? { ...readOptions(), tones: els.tones.value };
  return { output: codeOutput, render: o.render, excerpt: o.excerpt, tones: o.tones, file: sourceFileName() };
}

function fillCode() {
  if (!schema) return;
  const state = codeState();
  const key = JSON.stringify([state, language()]);
  if (key === codeKey) return;
  codeKey = key;
  els.codeOutput.value = codeOutput;
  const code = generateCode(schema, state);
  els.code.js.textContent = code.js;
  els.code.cpp.textContent = code.cpp;
  els.code.cli.textContent = code.cli;
  els.codeHelp.textContent = t('codeHelp', state.file) + (codeOutput === 'excerpt' ? ` ${t('codeHelpExcerpt')}` : '');
}
els.codeOutput.addEventListener('change', () => {
  codeOutput = els.codeOutput.value;
  fillCode();
});

function showResult(r) {
  lastResult = r;
  shownOptions = sentOptions;
  hideError();
  markLines();
  showDetected();
  els.stats.textContent = t('stats', fmt(r.bytes), fmt(r.counts.words), fmt(r.counts.sentences));
  fillPanel(activeTab);
  showTiming();
  showCard();
  if (activeTab === 'code') fillCode();
}

function showDetected() {
  const r = lastResult;
  if (!r) return;
  const names = t('formatNames');
  els.detected.textContent = names[r.detected] ?? r.detected;
  els.detected.title = r.from === r.detected ? t('detectedAuto') : t('detectedForced', names[r.from] ?? r.from);
}

function showTiming() {
  const r = lastResult;
  if (!r) return;
  const tm = r.timings;
  const names = t('timingOut');
  const parts = [r.reparsed ? t('timingParse', fmt(tm.parse)) : t('timingNoParse')];
  for (const k of ['html', 'json', 'text', 'jsonld', 'excerpt', 'card']) parts.push(`${names[k]} ${fmt(tm[k])}`);
  els.timing.textContent = `${t('timing', fmt(tm.total), parts.join(' · '))}, ${t('timingWhere')}.`;
  for (const k of ['html', 'json', 'text', 'jsonld', 'excerpt']) els.timing.dataset[k] = String(tm[k]);
  if (r.warnings.length) {
    els.timing.textContent += ` ${t('warnings', r.warnings.map((w) => w.message).join('; '))}`;
  }
}

function showCard() {
  const c = lastResult?.card;
  if (!c) return;
  els.card.category.textContent = c.category;
  els.card.title.textContent = c.title || t('cardNoTitle');
  els.card.excerpt.textContent = c.excerpt;
  els.card.date.textContent = c.date ? `${c.date} (${c.relative})` : t('cardNoDate');
  els.card.reading.textContent = c.readingTime ? `· ${c.readingTime}` : '';
}

setupTabs(document.querySelector('[role="tablist"]'), (tab) => {
  activeTab = tab;
  if (tab !== 'code' && tab !== 'page') codeOutput = tab;
  else if (tab === 'page') codeOutput = 'html';
  els.outputActions.hidden = tab === 'code';
  els.outputNote.textContent = '';
  fillPanel(tab);
  userChanged();
});

// ---- copy and download -----------------------------------------------------------------------

const TAB_FILES = {
  page: { suffix: '.page.html', type: 'text/html;charset=utf-8' },
  html: { suffix: '.html', type: 'text/html;charset=utf-8' },
  json: { suffix: '.json', type: 'application/json' },
  text: { suffix: '.txt', type: 'text/plain;charset=utf-8' },
  jsonld: { suffix: '.jsonld', type: 'application/ld+json' },
  excerpt: { suffix: '.excerpt.html', type: 'text/html;charset=utf-8' },
};
const CODE_FILES = {
  'code-js': (out) => ({ name: `${out === 'excerpt' ? 'excerpt' : 'render'}.mjs`, type: 'text/javascript' }),
  'code-cpp': (out) => ({ name: `${out === 'excerpt' ? 'excerpt' : 'render'}.cpp`, type: 'text/x-c++src' }),
  'code-cli': (out) => ({ name: `${out === 'excerpt' ? 'excerpt' : 'render'}.sh`, type: 'text/x-shellscript' }),
};

/** File names follow the article: its title as a slug, else the source file's name. */
function baseName() {
  const title = lastResult?.card.title;
  if (title) {
    try {
      const slug = text.slugify(title, { maxLength: 60 });
      if (slug) return slug;
    } catch { /* fall through */ }
  }
  return sourceFileName().replace(/\.[^.]*$/, '') || 'bai-viet';
}

/** What the active output tab holds (the news page tab: the article as a whole HTML page). */
async function tabContent(tab) {
  if (!lastResult) throw new Error('—');
  if (tab === 'page') return fullPage();
  if (tab === 'excerpt') return lastResult.excerptHtml;
  return lastResult[tab];
}

function download(content, name, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}

async function copy(content, note) {
  try {
    await navigator.clipboard.writeText(content);
    note.textContent = t('copied');
    return true;
  } catch (e) {
    note.textContent = t('copyFailed', e.message);
    return false;
  }
}

els.copyOutput.addEventListener('click', async () => {
  try {
    await copy(await tabContent(activeTab), els.outputNote);
  } catch (e) { els.outputNote.textContent = t('copyFailed', e.message); }
});
els.downloadOutput.addEventListener('click', async () => {
  try {
    const f = TAB_FILES[activeTab];
    download(await tabContent(activeTab), baseName() + f.suffix, f.type);
  } catch (e) { els.outputNote.textContent = t('copyFailed', e.message); }
});
for (const b of document.querySelectorAll('[data-copy]')) {
  b.addEventListener('click', () => copy($(b.dataset.copy).textContent, els.outputNote));
}
for (const b of document.querySelectorAll('[data-download]')) {
  b.addEventListener('click', () => {
    const f = CODE_FILES[b.dataset.download](codeOutput);
    download($(b.dataset.download).textContent, f.name, f.type);
  });
}
els.saveSource.addEventListener('click', () => download(els.source.value, sourceFileName(), 'text/plain;charset=utf-8'));

// ---- editor, examples, files ---------------------------------------------------------------

let currentExample = els.example.value;  // the example the text came from ('*': a file or a link)
let exampleText = null;                  // that example's text as fetched (null: not an example)
let openedFile = '';                     // name of the opened file, or of the file in a shared link

function setSourceText(content, exampleName) {
  els.source.value = content;
  els.source.scrollTop = 0;
  currentExample = exampleName;
  els.exampleOwn.hidden = exampleName !== '*';
  els.example.value = exampleName;
  sourceReady = true;
  scheduleRender(0);
}

async function loadExample(name) {
  openedFile = '';
  els.fileName.textContent = '';
  let content = '';
  if (name) {
    try {
      const response = await fetch(`examples/${name}`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      content = await response.text();
    } catch (e) {
      showError({ code: 'load_failed', message: t('exampleFailed', name, e.message), line: 0, local: true });
    }
  }
  exampleText = content;
  setSourceText(content, name);
}

els.source.addEventListener('input', () => {
  scheduleRender();
  userChanged();
});
els.example.addEventListener('change', async () => {
  await loadExample(els.example.value);
  userChanged();
});

function optionChanged(delay = 0) {
  scheduleRender(delay);
  userChanged();
}
for (const el of [els.format, els.toc, els.numbers, els.unit, els.tones, els.dateStyle]) {
  el.addEventListener('change', () => optionChanged(0));
}
for (const el of [els.prefix, els.limit]) el.addEventListener('input', () => optionChanged(120));
els.safe.addEventListener('change', () => {
  els.unsafeWarning.hidden = els.safe.checked;
  optionChanged(0);
});

// ---- the page state in the URL fragment ----------------------------------------------------

/** What a link must carry to show this page again (only what differs from the defaults). */
function pageState() {
  const o = readOptions();
  const options = { render: {}, excerpt: {} };
  for (const part of ['render', 'excerpt']) {
    for (const [k, v] of Object.entries(o[part])) if (v !== pageDefault(part, k)) options[part][k] = v;
  }
  if (els.tones.value !== 'keep') options.tones = els.tones.value;
  if (els.dateStyle.value !== 'dateline') options.dateStyle = els.dateStyle.value;
  const state = { v: 1, options, tab: activeTab };
  if (currentExample !== '*' && exampleText !== null && els.source.value === exampleText) {
    state.example = currentExample;
  } else {
    state.source = els.source.value;
    // The name the "Code" tab reads the text from: an opened file's, or the example's it began as.
    if (openedFile || (currentExample && currentExample !== '*')) state.file = sourceFileName();
  }
  return state;
}

let lastHash = '';
let saveTimer = 0;
let restoring = false;

async function saveState() {
  const hash = await encodeState(pageState());
  lastHash = hash;
  if (location.hash !== hash) history.replaceState(null, '', hash);
  document.body.dataset.savedHash = hash;   // for tests: the URL holds the newest state
  return hash;
}
/** A change made by the reader: the URL follows it (a moment later, once typing pauses). */
function userChanged() {
  if (restoring) return;
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => { saveState().catch(() => {}); }, 400);
}

async function restoreState(hash) {
  const state = await decodeState(hash);
  restoring = true;
  try {
    const o = state.options ?? {};
    writeOptions(o);
    els.tones.value = ['keep', 'modern', 'traditional'].includes(o.tones) ? o.tones : 'keep';
    if ([...els.dateStyle.options].some((opt) => opt.value === o.dateStyle)) els.dateStyle.value = o.dateStyle;
    else els.dateStyle.value = 'dateline';
    const tab = document.getElementById(`tab-${state.tab}`);
    if (tab && tab.getAttribute('role') === 'tab') tab.click();
    if (typeof state.example === 'string' && [...els.example.options].some((opt) => opt.value === state.example && opt.value !== '*')) {
      await loadExample(state.example);
    } else {
      exampleText = null;
      openedFile = state.file ?? '';
      els.fileName.textContent = openedFile ? t('fileLoaded', openedFile, fmt(new TextEncoder().encode(state.source ?? '').length)) : '';
      setSourceText(state.source ?? '', '*');
    }
    lastHash = hash;
  } finally {
    restoring = false;
  }
}

async function startWithState() {
  if (hasState(location.hash)) {
    try {
      await restoreState(location.hash);
      return;
    } catch (e) {
      await loadExample(els.example.value || 'son-la-ky-3.txt');
      showError({ code: 'invalid_argument', message: t('stateBad', e.message), line: 0, local: true });
      return;
    }
  }
  await loadExample(els.example.value);
}

window.addEventListener('hashchange', () => {
  if (location.hash !== lastHash && hasState(location.hash)) {
    restoreState(location.hash).catch((e) => showError({ code: 'invalid_argument', message: t('stateBad', e.message), line: 0, local: true }));
  }
});

els.share.addEventListener('click', async () => {
  clearTimeout(saveTimer);
  const hash = await saveState();
  const url = location.href.split('#')[0] + hash;
  let message;
  try {
    await navigator.clipboard.writeText(url);
    message = t('shareCopied', fmt(url.length));
  } catch {
    message = t('shareManual');
  }
  if (url.length > 32000) message += ` ${t('shareLong', fmt(url.length))}`;
  els.shareStatus.textContent = message;
});

// ---- language and theme ----------------------------------------------------------------------

applyLabels();
els.lang.addEventListener('click', () => setLanguage(language() === 'vi' ? 'en' : 'vi'));
function refreshLanguage() {
  els.lang.lang = language() === 'vi' ? 'en' : 'vi';
  if (pageVersion) {
    els.status.textContent = t('ready', pageVersion);
    els.version.textContent = t('version', pageVersion);
  }
  labelSchemaDefaults();
  showDetected();
  if (lastResult) {
    els.stats.textContent = t('stats', fmt(lastResult.bytes), fmt(lastResult.counts.words), fmt(lastResult.counts.sentences));
  }
  showTiming();
  showCard();
  if (lastError) showError(lastError);
  markLines();
  if (openedFile && currentExample === '*') els.fileName.textContent = t('fileLoaded', openedFile, fmt(new TextEncoder().encode(els.source.value).length));
  codeKey = '';
  if (activeTab === 'code') fillCode();
  els.shareStatus.textContent = '';
  els.outputNote.textContent = '';
  refreshPlayground?.();
}
onLanguageChange(refreshLanguage);

setupTheme(els.theme);
onThemeChange((theme) => {
  const doc = previewDocument();
  if (doc) doc.documentElement.dataset.theme = theme;
  if (rendered.excerpt) els.excerptPreview.srcdoc = excerptDocument(rendered.excerpt.excerptHtml);
});

// ---- start ------------------------------------------------------------------------------------

let pageVersion = '';
let refreshPlayground = null;

schemaReady.then((s) => {
  schema = s;
  buildSchemaControls();
  return startWithState();
}).catch((e) => {
  showError({ code: 'load_failed', message: `options.json: ${e.message}`, line: 0, local: true });
});

// The formatting playground needs the package's formatting piece: it is set up (and the piece
// loaded) only when the reader gets to it.
function startPlayground() {
  needFormatting().then(() => {
    refreshPlayground = setupPlayground();
    document.body.dataset.formatting = 'ready';
  }, (e) => showError({ code: 'load_failed', message: t('initFailed', e.message), line: 0, local: true }));
}

init().then(() => {
  pageVersion = version();
  els.version.textContent = t('version', pageVersion);
  els.status.textContent = t('ready', pageVersion);
  setupComments();
  const playground = $('playground');
  const seen = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) {
      seen.disconnect();
      playground.removeEventListener('focusin', startOnce);
      startPlayground();
    }
  }, { rootMargin: '200px' });
  const startOnce = () => { seen.disconnect(); startPlayground(); };
  seen.observe(playground);
  playground.addEventListener('focusin', startOnce, { once: true });
  document.body.dataset.ready = 'true';
}, (e) => {
  els.status.textContent = t('loadFailed');
  showError({ code: 'load_failed', message: t('initFailed', e.message), line: 0, local: true });
});
