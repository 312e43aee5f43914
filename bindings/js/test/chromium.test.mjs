// Headless Chromium: the package as a plain ES module served over HTTP; output must equal
// Node's (same module, same data), errors must be BaivietError.
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
  return { before, out, initMs: performance.now() - t0, slug: bv.text.slugify('Đây là ví dụ') };
};
window.ready = true;
</script>`;

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

  const server = await serve({ '/pkg/': packageDir(), '/index.html': page });
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
  } finally {
    await browser.close();
    await server.close();
  }
});
