#!/usr/bin/env node
// Headless Chromium (Debian /usr/bin/chromium driven by playwright-core from
// bench/js/node_modules): time from navigation start to the first rendered
// article, init() time, and the render time of the sample article — for the baiviet
// article core, for baiviet with formatting from the start (the full build), and for
// markdown-wasm (bench/js/node_modules) on the same text, in the same run, interleaved.
//
//   node bench/browser/browser-bench.mjs [--pkg DIR] [--pkg-b DIR] [--preload] [--latency MS]
//                                        [--revisit [--settle MS]] [--compress] [--runs 7] [--out FILE]
//
// --pkg-b DIR adds a fourth page, "baiviet-b": the article core of a second package (another
// build of the same sources), interleaved with the others, to compare two builds in one run.
// --preload adds "baiviet-preload": the core page with the README's preload hints in its head
// (<link rel=modulepreload> for index.js, <link rel=preload as=fetch crossorigin> for the .wasm).
// --latency MS adds MS of round-trip latency to every request (Chromium's network emulation;
// bandwidth is not limited, and files are served uncompressed), as on a real network, where the
// hints let the .wasm download start with the page instead of after index.js has run.
//
// --revisit measures a returning reader instead: each round launches Chromium with a fresh
// profile on disk, opens the page once, waits --settle MS (default 4000: V8 writes a module's
// compiled code to Chromium's code cache after it has tiered up, or after a timeout), and opens
// it again; the second visit is measured. Package files are then served cacheable
// (cache-control: max-age), as a site would serve versioned assets; the page itself never is.
//
// Every run opens a fresh browser context (empty HTTP cache) on a page served
// from 127.0.0.1; the figures are medians over the runs; ratios are baiviet / markdown-wasm
// within this run (median of the per-round ratios). Download sizes: what each page requested,
// brotli -q 11.
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, normalize, extname, resolve, dirname } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : def; };
const pkgDir = resolve(opt('--pkg', process.env.BAIVIET_JS_PACKAGE ?? join(root, 'build-wasm/bindings/js/package')));
const pkgBDir = opt('--pkg-b', null) ? resolve(opt('--pkg-b')) : null;
const preload = args.includes('--preload');
const latency = Number(opt('--latency', 0));
const runs = Number(opt('--runs', 7));
const outFile = opt('--out', null);
const revisit = args.includes('--revisit');
const compress = args.includes('--compress');
const settle = Number(opt('--settle', 4000));
const chromiumPath = process.env.BAIVIET_CHROMIUM ?? '/usr/bin/chromium';

function fail(msg) {
  console.error(`browser-bench: ${msg}`);
  if (outFile) writeFileSync(outFile, JSON.stringify({ skipped: msg }, null, 2) + '\n');
  process.exit(outFile ? 0 : 2);
}
if (!existsSync(join(pkgDir, 'index.js'))) fail(`no baiviet package in ${pkgDir} (build it with .ci/wasm-build.sh)`);
if (!existsSync(chromiumPath)) fail(`no Chromium at ${chromiumPath} (apt-get install chromium)`);
let playwright;
let mdwDir = null;
try {
  const require = createRequire(join(root, 'bench/js/package.json'));
  playwright = await import(pathToFileURL(require.resolve('playwright-core')).href);
  playwright = playwright.default ?? playwright;
  try { mdwDir = dirname(require.resolve('markdown-wasm/dist/markdown.es.js')); } catch { /* optional */ }
} catch {
  fail('playwright-core is not installed: (cd bench/js && npm ci)');
}
if (pkgBDir && !existsSync(join(pkgBDir, 'index.js'))) fail(`no baiviet package in ${pkgBDir}`);
const contenders = ['baiviet', ...(pkgBDir ? ['baiviet-b'] : []), ...(preload ? ['baiviet-preload'] : []),
  'baiviet-formatting', ...(mdwDir ? ['markdown-wasm'] : [])];
const preloadHints = `<link rel="modulepreload" href="/pkg/index.js">
<link rel="preload" href="/pkg/baiviet-core.wasm" as="fetch" type="application/wasm" crossorigin>`;

const sample = readFileSync(join(root, 'tests/fixtures/samples/son-la-ky-3.txt'), 'utf8');
if (/<\/script/i.test(sample)) fail('the sample contains </script');
const template = readFileSync(join(here, 'page.html'), 'utf8').replace('@@SAMPLE@@', () => sample);

const types = { '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.dat': 'application/octet-stream' };
// Package files compressed as a site serves them (br at quality 11, else gzip -9), kept per
// file: what --compress sends, and the brotli sizes every page's download is reported in.
const encodedFiles = new Map();
const encoded = (p, enc) => {
  const key = `${enc}:${p}`;
  if (!encodedFiles.has(key)) {
    encodedFiles.set(key, enc === 'br'
      ? brotliCompressSync(readFileSync(p), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(readFileSync(p), { level: 9 }));
  }
  return encodedFiles.get(key);
};
const brotliOf = (p) => encoded(p, 'br').length;
// --compress: package files sent with the content-encoding the browser accepts; without it
// they go uncompressed. Brotli at quality 11 takes seconds on a 1 MB file, so the files are
// compressed before the first page, not while it waits.
const encodings = new Set();
if (compress) {
  for (const dir of [pkgDir, pkgBDir, mdwDir].filter(Boolean)) {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isFile()) encoded(p, 'br');
    }
  }
}
let requested = [];   // files served for the page being measured
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const name = url.pathname.slice(1);
  if (contenders.includes(name)) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(template.replaceAll('@@CONTENDER@@', name).replaceAll('@@PKG@@', name === 'baiviet-b' ? '/pkgb/' : '/pkg/')
      .replace('@@HEAD@@', name === 'baiviet-preload' ? preloadHints : ''));
    requested.push({ path: url.pathname, brotli: brotliCompressSync(Buffer.from(template)).length });
    return;
  }
  for (const [prefix, dir] of [['/pkg/', pkgDir], ['/pkgb/', pkgBDir], ['/mdw/', mdwDir], ['/', mdwDir]]) {
    if (!dir || !url.pathname.startsWith(prefix)) continue;
    const rel = normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
    const p = join(dir, rel);
    if (!rel.startsWith('..') && existsSync(p) && statSync(p).isFile()) {
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const enc = !compress ? null : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
      res.writeHead(200, { 'content-type': types[extname(p)] ?? 'application/octet-stream',
        ...(revisit ? { 'cache-control': 'public, max-age=3600' } : {}),
        ...(enc ? { 'content-encoding': enc, vary: 'accept-encoding' } : {}) });
      res.end(enc ? encoded(p, enc) : readFileSync(p));
      if (enc) encodings.add(enc);
      requested.push({ path: url.pathname, brotli: brotliOf(p) });
      return;
    }
  }
  res.writeHead(404);
  res.end('not found');
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await playwright.chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
         '--disable-component-update', '--no-first-run'],
});
const chromiumVersion = browser.version();
const all = Object.fromEntries(contenders.map((c) => [c, []]));
const downloads = {};
const launchArgs = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run'];
// Opens page c in tab and waits for its figures; `keep`: record them and what it downloaded.
async function openPage(tab, c, keep) {
  const errors = [];
  const onError = (e) => errors.push(String(e));
  tab.on('pageerror', onError);
  requested = [];
  await tab.goto(base + c);
  await tab.waitForFunction(() => window.__bench !== undefined, null, { timeout: 60000 });
  tab.off('pageerror', onError);
  if (errors.length) throw new Error(`${c}: ${errors.join('\n')}`);
  if (!keep) return;
  all[c].push(await tab.evaluate(() => window.__bench));
  downloads[c] = requested.filter((r) => !r.path.endsWith('favicon.ico'));
}
async function revisitRound(c) {
  const dir = mkdtempSync(join(tmpdir(), 'bv-bench-'));
  const context = await playwright.chromium.launchPersistentContext(dir,
    { executablePath: chromiumPath, headless: true, args: launchArgs });
  try {
    const tab = context.pages()[0] ?? await context.newPage();
    await openPage(tab, c, false);
    await tab.waitForTimeout(settle);
    await openPage(tab, c, true);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
try {
  for (let i = 0; i < runs && revisit; i++) {
    for (const c of contenders) await revisitRound(c);
  }
  for (let i = 0; i < runs && !revisit; i++) {
    for (const c of contenders) {   // interleaved: a busy moment of the machine hits all alike
      const context = await browser.newContext();
      const tab = await context.newPage();
      if (latency > 0) {
        const cdp = await context.newCDPSession(tab);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions',
          { offline: false, latency, downloadThroughput: -1, uploadThroughput: -1 });
      }
      await openPage(tab, c, true);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

const median = (xs) => { const s = xs.filter((x) => x != null).sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : null; };
const keys = ['script_start', 'import_ms', 'init_ms', 'first_render_ms', 'first_rendered_article',
  'first_contentful_paint', 'render_ms', 'render_dom_layout_ms', 'html_bytes'];
const pages = Object.fromEntries(contenders.map((c) => [c, {
  median: Object.fromEntries(keys.map((k) => [k, median(all[c].map((r) => r[k]))])),
  // the page itself excluded: the same for all
  download_brotli: downloads[c].filter((r) => r.path !== `/${c}`).reduce((n, r) => n + r.brotli, 0),
  files: downloads[c].map((r) => r.path),
  all: all[c],
}]));
// The median of the per-round ratios (each round loads the pages back to back, so a busy moment
// of the machine hits both sides of a ratio alike).
const ratio = (c, k) => (pages['markdown-wasm']
  ? median(all[c].map((r, i) => r[k] / all['markdown-wasm'][i][k])) : null);
const result = {
  chromium: chromiumVersion,
  runs,
  sample_bytes: Buffer.byteLength(sample, 'utf8'),
  pages,
  ratio_to_markdown_wasm: Object.fromEntries(contenders.filter((c) => c !== 'markdown-wasm').map((c) => [c,
    { first_rendered_article: ratio(c, 'first_rendered_article'), init_ms: ratio(c, 'init_ms') }])),
  content_encodings: [...encodings],
  // back-compatible summary: the article core
  median: pages.baiviet.median,
};
for (const c of contenders) {
  const m = pages[c].median;
  console.error(`${c.padEnd(18)} article on screen ${m.first_rendered_article?.toFixed(1)} ms after navigation start ` +
    `(import ${m.import_ms?.toFixed(1)}, init ${m.init_ms?.toFixed(1)}, first render ${m.first_render_ms?.toFixed(1)} ms), ` +
    `render ${m.render_ms?.toFixed(2)} ms, download ${(pages[c].download_brotli / 1024).toFixed(1)} KB brotli ` +
    `[${pages[c].files.filter((f) => !contenders.includes(f.slice(1))).join(' ')}] (median of ${all[c].length})`);
}
if (compress) console.error(`package files sent with content-encoding: ${[...encodings].join(', ') || 'none (not accepted)'}`);
for (const [c, r] of Object.entries(result.ratio_to_markdown_wasm)) {
  if (r.first_rendered_article != null) console.error(`${c}: ${r.first_rendered_article.toFixed(2)}x markdown-wasm's time to the article on screen`);
}
const json = JSON.stringify(result, null, 2) + '\n';
if (outFile) writeFileSync(outFile, json);
else process.stdout.write(json);
