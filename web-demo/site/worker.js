// Render worker: all article work of the demo runs here, so typing in a long article never
// blocks the page. It uses the `baiviet` package exactly as any page or worker would: import,
// await init(), then synchronous calls — and parses each edit once: parse() gives an Article
// handle that every output is rendered from; the previous one is freed. When only rendering
// options change (TOC, id prefix …) the same Article is rendered again, without parsing.
//
// Protocol (main thread → worker):
//   { type: 'render', id, source, options } with options = { tones, parse, render: {html, json,
//     text, jsonld}, excerpt, cardExcerpt, dateStyle, now } — parse/render/excerpt are the JS
//     option objects exactly as passed to parse(), render() and excerpt() (codegen.js jsOptions)
//   { type: 'fullPage', id } → the last article as a whole HTML document (the "News page" download)
// Replies: { id, ok: true, result } or { id, ok: false, error: { code, message, line }, timings };
// while the package's formatting piece is still loading, the result comes without the card's
// date, followed by { id, type: 'card', card } once it is there.
// Before the first reply the worker posts { ready: true, version } (or { ready: false, error }).
import { init, version, parse, render, excerpt, detectFormat, text, format, internals } from './vendor/baiviet/index.js';
import { needFormatting, formattingReady } from './formatting.js';

const ms = (t0) => Math.round((performance.now() - t0) * 100) / 100;

let current = null;      // { source, tones, parseKey, article, input, detected, parseMs, warnings }
let lastHtmlOptions = null;
let parses = 0;          // parse() calls so far (the browser test checks: one per edit)

function freeCurrent() {
  current?.article.free();
  current = null;
}

/** The Article for this input: the current one when neither the text nor the parse options changed. */
function articleFor(source, o) {
  const parseKey = JSON.stringify(o.parse);
  if (current && current.source === source && current.tones === o.tones && current.parseKey === parseKey) {
    return { ...current, reparsed: false };
  }
  freeCurrent();
  const t = performance.now();
  // Tone-mark style is a text transformation applied to the input before parsing.
  const input = o.tones && o.tones !== 'keep' ? text.applyToneStyle(source, { tones: o.tones }) : source;
  const detected = detectFormat(input);
  parses += 1;
  const article = parse(input, o.parse);
  current = { source, tones: o.tones, parseKey, article, detected, parseMs: ms(t), warnings: article.warnings };
  return { ...current, reparsed: true };
}

function renderAll(source, o) {
  const t0 = performance.now();
  const a = articleFor(source, o);
  const timings = { parse: a.reparsed ? a.parseMs : 0 };
  const out = {};
  for (const to of ['html', 'json', 'text', 'jsonld']) {
    const t = performance.now();
    out[to] = render(a.article, o.render[to]);
    timings[to] = ms(t);
  }
  lastHtmlOptions = o.render.html;

  let t = performance.now();
  const excerptHtml = excerpt(a.article, o.excerpt).text;
  timings.excerpt = ms(t);

  // The "Tin mới" card: title, category, excerpt (as text), reading time; the date below.
  t = performance.now();
  const model = JSON.parse(out.json);
  const ex = excerpt(a.article, o.cardExcerpt);
  const card = {
    title: model.title || '',
    category: model.category || model.kicker || '',
    excerpt: ex.text,
    truncated: ex.truncated,
    readingTime: ex.readingTime ? ex.readingTime.label : '',
    date: '',
    relative: '',
    datetime: model.published || '',
  };
  const counts = text.count(a.article);
  timings.card = ms(t);
  timings.total = ms(t0);

  return {
    detected: a.detected, from: model.source_format, ...out, excerptHtml, card, counts,
    bytes: new TextEncoder().encode(source).length,
    warnings: a.warnings, reparsed: a.reparsed, parses, live: internals.liveArticles(), timings,
  };
}

/** The card's date in the chosen style and relative to now: the formatting part of the package. */
function addDates(card, o) {
  card.date = format.date(card.datetime, { style: o.dateStyle || 'dateline' });
  card.relative = format.relative(card.datetime, o.now ?? Date.now());
}

function errorInfo(e) {
  return { code: e?.code ?? 'internal', message: e?.message ?? String(e), line: e?.line ?? 0 };
}

const ready = init().then(
  () => { self.postMessage({ ready: true, version: version() }); return true; },
  (e) => { self.postMessage({ ready: false, error: errorInfo(e) }); return false; },
);

self.onmessage = async (event) => {
  const msg = event.data;
  if (!(await ready)) return;
  if (msg.type === 'fullPage') {
    try {
      if (!current) throw new Error('nothing rendered yet');
      const html = render(current.article, { ...lastHtmlOptions, html: { ...lastHtmlOptions?.html, fullPage: true } });
      self.postMessage({ id: msg.id, ok: true, result: { html } });
    } catch (e) {
      self.postMessage({ id: msg.id, ok: false, error: errorInfo(e) });
    }
    return;
  }
  const { id, source, options } = msg;
  const t0 = performance.now();
  try {
    const result = renderAll(source, options);
    if (result.card.datetime && !formattingReady()) {
      // The article first; the card's date once the formatting piece is there.
      self.postMessage({ id, ok: true, result });
      try {
        await needFormatting();
        addDates(result.card, options);
        self.postMessage({ id, type: 'card', card: result.card });
      } catch { /* no formatting: the card shows no date */ }
      return;
    }
    if (result.card.datetime) addDates(result.card, options);
    self.postMessage({ id, ok: true, result });
  } catch (e) {
    // A parse error leaves no article: the next edit parses again.
    if (current && current.source === source) freeCurrent();
    self.postMessage({ id, ok: false, error: errorInfo(e), timings: { total: ms(t0) }, parses, live: internals.liveArticles() });
  }
};
