// Headless Chromium: the package as a plain ES module served over HTTP; output must equal
// Node's (same module, same data), errors must be BaivietError. A page that only renders
// fetches the module and the core's .wasm and nothing else; formatting fetches its three
// files when asked for. The same in a module Web Worker.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadPackage, packageDir, missingPackageMessage, sampleArticle } from './helpers.mjs';
import { serve, launchChromium, hasPlaywright } from './browser.mjs';

const bv = await loadPackage();
const skip = !bv ? missingPackageMessage
  : !(await hasPlaywright()) ? 'no playwright-core or /usr/bin/chromium (npm install; apt-get install chromium)' : false;

const page = `<!doctype html><meta charset="utf-8"><title>baiviet test</title>
<script type="module">
import * as bv from '/pkg/index.js';
window.runCases = async (cases) => {
  let before;
  try { bv.render('x'); before = 'no error'; } catch (e) { before = e.name + ' ' + e.code; }
  const t0 = performance.now();
  await bv.init();
  const out = cases.map((c) => {
    try { return bv.render(c.source, c.options); } catch (e) { return 'ERR ' + e.name + ' ' + e.code; }
  });
  let format;
  try { bv.format.number(2617); format = 'no error'; } catch (e) { format = e.code; }
  return { before, out, format, initMs: performance.now() - t0, slug: bv.text.slugify('Đây là ví dụ') };
};
window.runFormatting = async (cases) => {
  await bv.loadFormatting();
  const out = cases.map((c) => {
    try { return bv.render(c.source, c.options); } catch (e) { return 'ERR ' + e.name + ' ' + e.code; }
  });
  return { out, words: bv.format.words(2617), date: bv.format.date('2024-02-29T08:30', { style: 'dateline' }) };
};
window.runWorker = (source) => new Promise((resolve, reject) => {
  const w = new Worker('/worker.js', { type: 'module' });
  w.onmessage = (e) => resolve(e.data);
  w.onerror = (e) => reject(new Error(e.message));
  w.postMessage(source);
});
window.ready = true;
</script>`;

const worker = `import * as bv from '/pkg/index.js';
self.onmessage = async (e) => {
  await bv.init();
  const html = bv.render(e.data, { to: 'html' });
  let before;
  try { bv.format.moneyNews(1.5e9); before = 'no error'; } catch (err) { before = err.code; }
  await bv.loadFormatting();
  self.postMessage({ html, before, money: bv.format.moneyNews(1.5e9) });
};`;

test('renders in headless Chromium exactly as in Node', { skip, timeout: 120000 }, async () => {
  await bv.init();
  const sample = readFileSync(sampleArticle, 'utf8');
  const md = '# Tựa đề\n\n**Sa-pô.**\n\nNội dung có [liên kết](https://vi.wikipedia.org) và bảng:\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';
  const cases = [];
  for (const to of ['html', 'json', 'text', 'jsonld']) {
    cases.push({ source: sample, options: { from: 'text', to } });
    cases.push({ source: md, options: { to } });
  }
  cases.push({ source: 'x', options: { to: 'pdf' } });
  const expected = cases.map((c) => {
    try { return bv.render(c.source, c.options); } catch (e) { return 'ERR ' + e.name + ' ' + e.code; }
  });

  const server = await serve({ '/pkg/': packageDir(), '/index.html': page, '/worker.js': worker });
  const { browser } = await launchChromium();
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    await tab.goto(`${server.url}/index.html`);
    await tab.waitForFunction(() => window.ready === true);
    const r = await tab.evaluate((c) => window.runCases(c), cases);
    assert.deepEqual(errors, []);
    assert.equal(r.before, 'BaivietError not_initialized');
    assert.equal(r.slug, 'day-la-vi-du');
    assert.equal(r.out.length, expected.length);
    r.out.forEach((o, i) => assert.equal(o, expected[i], `case ${i} (${JSON.stringify(cases[i].options)})`));
    assert.equal(r.out.at(-1), 'ERR BaivietError invalid_argument');
    assert.equal(r.format, 'formatting_not_loaded');
    // the article page fetched the bundled module and the core, nothing else
    assert.deepEqual(server.requests.filter((p) => p !== '/favicon.ico'),
      ['/index.html', '/pkg/index.js', '/pkg/baiviet-core.wasm']);
    const f = await tab.evaluate((c) => window.runFormatting(c), cases);
    assert.deepEqual(f.out, expected);
    await bv.loadFormatting();
    assert.equal(f.words, bv.format.words(2617));
    assert.equal(f.date, 'Thứ Năm, 29/02/2024, 08:30');
    assert.deepEqual(server.requests.filter((p) => p !== '/favicon.ico').slice(3).sort(),
      ['/pkg/baiviet-full.js', '/pkg/baiviet-full.wasm', '/pkg/baiviet-icu.dat']);
    // a module worker: core, then formatting
    const w = await tab.evaluate((src) => window.runWorker(src), md);
    assert.equal(w.html, bv.render(md, { to: 'html' }));
    assert.equal(w.before, 'formatting_not_loaded');
    assert.equal(w.money, bv.format.moneyNews(1.5e9));
  } finally {
    await browser.close();
    await server.close();
  }
});

test('works under a strict Content-Security-Policy with only \'wasm-unsafe-eval\'', { skip, timeout: 120000 }, async () => {
  await bv.init();
  const md = '# Tựa\n\nĐoạn có 2.617 người.\n';
  const expected = bv.render(md, { to: 'html' });
  await bv.loadFormatting();
  const words = bv.format.words(2617);
  const csp = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";
  const cspPage = `<!doctype html><meta charset="utf-8"><title>csp</title><pre id="out"></pre>
<script type="module" src="/main.js"></script>`;
  const main = `import * as bv from '/pkg/index.js';
await bv.init();
const html = bv.render(${JSON.stringify(md)}, { to: 'html' });
await bv.loadFormatting();
window.result = { html, words: bv.format.words(2617) };`;
  const server = await serve({ '/pkg/': packageDir(), '/csp.html': { body: cspPage, headers: { 'content-security-policy': csp } },
    '/main.js': main });
  const { browser } = await launchChromium();
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    tab.on('console', (m) => { if (m.type() === 'error' && !/favicon/.test(m.text())) errors.push(m.text()); });
    await tab.goto(`${server.url}/csp.html`);
    await tab.waitForFunction(() => window.result !== undefined, null, { timeout: 60000 });
    assert.deepEqual(errors, []);
    assert.deepEqual(await tab.evaluate(() => window.result), { html: expected, words });
  } finally {
    await browser.close();
    await server.close();
  }
});

test('preload hints: the .wasm download starts with the page and is fetched once', { skip, timeout: 120000 }, async () => {
  // The markup the README recommends. fetch() (which init() uses) asks in CORS mode with
  // same-origin credentials: a preload matches it only with the `crossorigin` attribute;
  // without it Chromium downloads the .wasm twice (checked below, so the advice stays true).
  await bv.init();
  const md = '# Tựa\n\nĐoạn văn.\n';
  const expected = bv.render(md, { to: 'html' });
  const pageWith = (crossorigin) => `<!doctype html><meta charset="utf-8"><title>preload</title>
<link rel="modulepreload" href="/pkg/index.js">
<link rel="preload" href="/pkg/baiviet-core.wasm" as="fetch" type="application/wasm"${crossorigin ? ' crossorigin' : ''}>
<script type="module">
import * as bv from '/pkg/index.js';
await bv.init();
window.result = bv.render(${JSON.stringify(md)}, { to: 'html' });
</script>`;
  const server = await serve({ '/pkg/': packageDir(), '/good.html': pageWith(true), '/bad.html': pageWith(false) });
  const { browser } = await launchChromium();
  try {
    for (const [name, fetches] of [['good', 1], ['bad', 2]]) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const warnings = [];
      tab.on('console', (m) => { if (/preload/i.test(m.text())) warnings.push(m.text()); });
      server.requests.length = 0;
      await tab.goto(`${server.url}/${name}.html`);
      await tab.waitForFunction(() => window.result !== undefined, null, { timeout: 60000 });
      assert.equal(await tab.evaluate(() => window.result), expected);
      const wasm = server.requests.filter((p) => p === '/pkg/baiviet-core.wasm').length;
      assert.equal(wasm, fetches, `${name}: the core's .wasm fetched ${wasm} times`);
      assert.equal(server.requests.filter((p) => p === '/pkg/index.js').length, 1, `${name}: index.js once`);
      if (name === 'good') assert.deepEqual(warnings, []);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
});
