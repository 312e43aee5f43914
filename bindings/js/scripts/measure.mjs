#!/usr/bin/env node
// Size and start-up of the built package: raw / gzip -9 / brotli -q11 sizes of each file and
// of what three kinds of page download, and init() → first render time (median of fresh starts) in
// Node and in headless Chromium. Prints a Markdown table (for docs/wasm.md) and writes
// the raw numbers as JSON (--json FILE).
//   node bindings/js/scripts/measure.mjs [--runs N] [--json out.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { packageDir, sampleArticle, missingPackageMessage } from '../test/helpers.mjs';
import { serve, launchChromium } from '../test/browser.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : def; };
const runs = Number(opt('--runs', 9));
const jsonOut = opt('--json', null);

const pkg = packageDir();
if (!pkg) { console.error(missingPackageMessage); process.exit(2); }

const fileNames = ['index.js', 'baiviet-core.wasm', 'baiviet-full.js', 'baiviet-full.wasm', 'baiviet-icu.dat'];
const sizes = {};
for (const n of fileNames) {
  const b = readFileSync(join(pkg, n));
  sizes[n] = {
    raw: b.length,
    gzip: gzipSync(b, { level: 9 }).length,
    brotli: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
const sum = (names) => ['raw', 'gzip', 'brotli'].reduce((o, k) => ({ ...o, [k]: names.reduce((n, f) => n + sizes[f][k], 0) }), {});
const pages = {
  'article page (init())': sum(['index.js', 'baiviet-core.wasm']),
  'formatting from the start (init({ formatting: true }))': sum(['index.js', 'baiviet-full.js', 'baiviet-full.wasm', 'baiviet-icu.dat']),
  'core first, formatting later (init(), then loadFormatting())': sum(fileNames),
};

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const sample = readFileSync(sampleArticle, 'utf8');

// Node: fresh process each time; measures init() (read + compile + instantiate + data) and the first render.
const nodeScript = `
const t0 = performance.now();
const bv = await import(${JSON.stringify(pathToFileURL(join(pkg, 'index.js')).href)});
const t1 = performance.now();
await bv.init();
const t2 = performance.now();
const src = ${JSON.stringify(sample)};
bv.render(src, { from: 'text', to: 'html' });
const t3 = performance.now();
bv.render(src, { from: 'text', to: 'html' });
const t4 = performance.now();
await bv.loadFormatting();
const t5 = performance.now();
console.log(JSON.stringify({ import: t1 - t0, init: t2 - t1, firstRender: t3 - t2, initToFirstRender: t3 - t1, secondRender: t4 - t3, loadFormatting: t5 - t4 }));`;
const nodeRuns = [];
for (let i = 0; i < runs; i++) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', nodeScript], { encoding: 'utf8' });
  if (r.status !== 0) { console.error(r.stderr); process.exit(1); }
  nodeRuns.push(JSON.parse(r.stdout));
}
const nodeMed = Object.fromEntries(Object.keys(nodeRuns[0]).map((k) => [k, median(nodeRuns.map((x) => x[k]))]));

// Chromium: a fresh browser context (empty cache) per run, package served over local HTTP.
let chromeMed = null;
const page = `<!doctype html><meta charset="utf-8"><script type="module">
window.measure = async (src) => {
  const t0 = performance.now();
  const bv = await import('/pkg/index.js');
  const t1 = performance.now();
  await bv.init();
  const t2 = performance.now();
  bv.render(src, { from: 'text', to: 'html' });
  const t3 = performance.now();
  bv.render(src, { from: 'text', to: 'html' });
  const t4 = performance.now();
  await bv.loadFormatting();
  const t5 = performance.now();
  return { import: t1 - t0, init: t2 - t1, firstRender: t3 - t2, initToFirstRender: t3 - t1, secondRender: t4 - t3, loadFormatting: t5 - t4 };
};
window.ready = true;
</script>`;
const launched = await launchChromium();
if (launched.browser) {
  const server = await serve({ '/pkg/': pkg, '/index.html': page });
  const chromeRuns = [];
  try {
    for (let i = 0; i < runs; i++) {
      const ctx = await launched.browser.newContext();
      const tab = await ctx.newPage();
      await tab.goto(`${server.url}/index.html`);
      await tab.waitForFunction(() => window.ready === true);
      chromeRuns.push(await tab.evaluate((s) => window.measure(s), sample));
      await ctx.close();
    }
  } finally {
    await launched.browser.close();
    await server.close();
  }
  chromeMed = Object.fromEntries(Object.keys(chromeRuns[0]).map((k) => [k, median(chromeRuns.map((x) => x[k]))]));
} else {
  console.error(`Chromium skipped: ${launched.skip}`);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const lines = [];
lines.push(`| file | raw | gzip -9 | brotli -q 11 |`, `|---|---:|---:|---:|`);
for (const n of fileNames) lines.push(`| ${n} | ${kb(sizes[n].raw)} | ${kb(sizes[n].gzip)} | ${kb(sizes[n].brotli)} |`);
lines.push('', `| a page that … downloads | raw | gzip -9 | brotli -q 11 |`, `|---|---:|---:|---:|`);
for (const [label, t] of Object.entries(pages)) lines.push(`| ${label} | ${kb(t.raw)} | ${kb(t.gzip)} | ${kb(t.brotli)} |`);
lines.push('', `Start-up (median of ${runs} fresh starts; sample article son-la-ky-3.txt, text → HTML; init() loads the core):`, '',
  '| runtime | import | init() | first render | init() → first render | second render | loadFormatting() |', '|---|---:|---:|---:|---:|---:|---:|');
const row = (label, m) => `| ${label} | ${ms(m.import)} | ${ms(m.init)} | ${ms(m.firstRender)} | ${ms(m.initToFirstRender)} | ${ms(m.secondRender)} | ${ms(m.loadFormatting)} |`;
lines.push(row(`Node ${process.versions.node}`, nodeMed));
if (chromeMed) lines.push(row('Chromium (headless, local HTTP, empty cache)', chromeMed));
console.log(lines.join('\n'));
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ sizes, pages, node: nodeMed, chromium: chromeMed, runs }, null, 2));
