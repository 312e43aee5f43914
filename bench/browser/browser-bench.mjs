#!/usr/bin/env node
// Headless Chromium (Debian /usr/bin/chromium driven by playwright-core from
// bench/js/node_modules): time from navigation start to the first rendered
// article, init() time, and the render time of the sample article.
//
//   node bench/browser/browser-bench.mjs [--pkg DIR] [--runs 7] [--out FILE]
//
// Every run opens a fresh browser context (empty HTTP cache) on a page served
// from 127.0.0.1; the figures are medians over the runs.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, normalize, extname, resolve, dirname } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : def; };
const pkgDir = resolve(opt('--pkg', process.env.BAIVIET_JS_PACKAGE ?? join(root, 'build-wasm/bindings/js/package')));
const runs = Number(opt('--runs', 7));
const outFile = opt('--out', null);
const chromiumPath = process.env.BAIVIET_CHROMIUM ?? '/usr/bin/chromium';

function fail(msg) {
  console.error(`browser-bench: ${msg}`);
  if (outFile) writeFileSync(outFile, JSON.stringify({ skipped: msg }, null, 2) + '\n');
  process.exit(outFile ? 0 : 2);
}
if (!existsSync(join(pkgDir, 'index.js'))) fail(`no baiviet package in ${pkgDir} (build it with .ci/wasm-build.sh)`);
if (!existsSync(chromiumPath)) fail(`no Chromium at ${chromiumPath} (apt-get install chromium)`);
let playwright;
try {
  const require = createRequire(join(root, 'bench/js/package.json'));
  playwright = await import(pathToFileURL(require.resolve('playwright-core')).href);
  playwright = playwright.default ?? playwright;
} catch {
  fail('playwright-core is not installed: (cd bench/js && npm ci)');
}

const sample = readFileSync(join(root, 'tests/fixtures/samples/son-la-ky-3.txt'), 'utf8');
if (/<\/script/i.test(sample)) fail('the sample contains </script');
const page = readFileSync(join(here, 'page.html'), 'utf8').replace('@@SAMPLE@@', () => sample);

const types = { '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.dat': 'application/octet-stream' };
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/' || url.pathname === '/index.html') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page);
    return;
  }
  if (url.pathname.startsWith('/pkg/')) {
    const rel = normalize(decodeURIComponent(url.pathname.slice(5)));
    const p = join(pkgDir, rel);
    if (!rel.startsWith('..') && existsSync(p) && statSync(p).isFile()) {
      res.writeHead(200, { 'content-type': types[extname(p)] ?? 'application/octet-stream' });
      res.end(readFileSync(p));
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
  args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'],
});
const chromiumVersion = browser.version();
const all = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    await tab.goto(base);
    await tab.waitForFunction(() => window.__bench !== undefined, null, { timeout: 60000 });
    if (errors.length) throw new Error(errors.join('\n'));
    all.push(await tab.evaluate(() => window.__bench));
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

const median = (xs) => { const s = xs.filter((x) => x != null).sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : null; };
const keys = ['script_start', 'import_ms', 'init_ms', 'first_render_ms', 'first_rendered_article',
  'first_contentful_paint', 'render_ms', 'render_dom_layout_ms', 'html_bytes'];
const result = {
  chromium: chromiumVersion,
  runs: all.length,
  sample_bytes: Buffer.byteLength(sample, 'utf8'),
  median: Object.fromEntries(keys.map((k) => [k, median(all.map((r) => r[k]))])),
  all,
};
console.error(`browser: first rendered article ${result.median.first_rendered_article?.toFixed(1)} ms after navigation start, ` +
  `init() ${result.median.init_ms?.toFixed(1)} ms, sample render ${result.median.render_ms?.toFixed(2)} ms (median of ${all.length})`);
const json = JSON.stringify(result, null, 2) + '\n';
if (outFile) writeFileSync(outFile, json);
else process.stdout.write(json);
