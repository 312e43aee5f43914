// Render worker: all article work of the demo runs here, so typing in a long article never
// blocks the page. It uses the `baiviet` package exactly as any page or worker would:
// import, await init(), then synchronous calls.
//
// Protocol (main thread → worker): { id, source, options } with options =
//   { format: 'auto'|'markdown'|'text', safe, toc, idPrefix, markupNumbers,
//     excerptLimit, excerptUnit, tones: 'keep'|'modern'|'traditional', dateStyle, now }
// Reply: { id, ok: true, result } or { id, ok: false, error: { code, message, line } }.
// Before the first reply the worker posts { ready: true, version } (or { ready: false, error }).
import { init, version, render, detectFormat, excerpt, format, text } from './vendor/baiviet/index.js';

const ms = (t0) => Math.round((performance.now() - t0) * 100) / 100;

function renderAll(source, o) {
  const timings = {};
  let t = performance.now();
  const t0 = t;
  // Tone-mark style is a text transformation applied to the input before parsing.
  const input = o.tones && o.tones !== 'keep' ? text.applyToneStyle(source, { tones: o.tones }) : source;
  const detected = detectFormat(input);
  const from = o.format === 'auto' ? detected : o.format;
  timings.prepare = ms(t);

  t = performance.now();
  const html = render(input, {
    from,
    html: { toc: !!o.toc, idPrefix: o.idPrefix ?? '', unsafe: !o.safe, markupNumbers: !!o.markupNumbers },
  });
  timings.html = ms(t);

  t = performance.now();
  const json = render(input, { from, to: 'json' });
  timings.json = ms(t);

  t = performance.now();
  const plain = render(input, { from, to: 'text' });
  timings.text = ms(t);

  t = performance.now();
  const ex = excerpt(input, {
    from, limit: o.excerptLimit, unit: o.excerptUnit, readingTime: true,
  });
  timings.excerpt = ms(t);

  // The "Tin mới" card: title, category, excerpt, date and reading time.
  t = performance.now();
  const model = JSON.parse(json);
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
  if (model.published) {
    card.date = format.date(model.published, { style: o.dateStyle || 'dateline' });
    card.relative = format.relative(model.published, o.now ?? Date.now());
  }
  const counts = text.count(plain);
  timings.card = ms(t);
  timings.total = ms(t0);

  return {
    detected, from, html, json, text: plain, card, counts,
    bytes: new TextEncoder().encode(source).length,
    warnings: Array.isArray(model.warnings) ? model.warnings : [],
    timings,
  };
}

function errorInfo(e) {
  return { code: e?.code ?? 'internal', message: e?.message ?? String(e), line: e?.line ?? 0 };
}

const ready = init().then(
  () => { self.postMessage({ ready: true, version: version() }); return true; },
  (e) => { self.postMessage({ ready: false, error: errorInfo(e) }); return false; },
);

self.onmessage = async (event) => {
  const { id, source, options } = event.data;
  if (!(await ready)) return;
  try {
    self.postMessage({ id, ok: true, result: renderAll(source, options) });
  } catch (e) {
    self.postMessage({ id, ok: false, error: errorInfo(e) });
  }
};
