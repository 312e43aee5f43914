// Browser tests of the web demo (web-demo/): the page as served by web-demo/serve.sh
// (web-demo/server.py, precompressed assets), driven in headless Chromium (Debian's
// /usr/bin/chromium + npm playwright-core).
//
//   node tests/browser/demo.test.mjs        (ctest: demo_browser, tests/cmake/demo.cmake)
//
// Exit 77 (ctest: skipped) with a message when the WASM package, Chromium, playwright-core or
// python3 is missing. The "Code" tab's programs are run when their tools are there: the CLI
// ($BAIVIET_CLI, else build/baiviet), Node, and a C++ compiler with the shared library
// ($BAIVIET_SHARED_LIB, else build/libbaiviet.so); without them those checks skip with a message.
// Screenshots go to web-demo/screenshots/ (BAIVIET_DEMO_SCREENSHOTS overrides).
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { request as httpRequest } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = process.env.BAIVIET_JS_PACKAGE ||
  join(process.env.BAIVIET_WASM_BUILD_DIR || join(root, 'build-wasm'), 'bindings/js/package');
const buildDir = process.env.BAIVIET_BUILD_DIR || join(root, 'build');
const cli = process.env.BAIVIET_CLI || join(buildDir, 'baiviet');
const sharedLib = process.env.BAIVIET_SHARED_LIB || join(buildDir, 'libbaiviet.so');
const generatedInclude = process.env.BAIVIET_GENERATED_INCLUDE || join(dirname(sharedLib), 'include');
const cxx = process.env.CXX || 'c++';
const chromiumPath = process.env.BAIVIET_CHROMIUM || '/usr/bin/chromium';
const shots = process.env.BAIVIET_DEMO_SCREENSHOTS || join(root, 'web-demo/screenshots');
const sampleTitle = 'Chỉnh đốn, nâng cao năng lực lãnh đạo sức chiến đấu của tổ chức cơ sở đảng';
const sample = readFileSync(join(root, 'tests/fixtures/samples/son-la-ky-3.txt'), 'utf8');

function skip(why) {
  console.log(`SKIPPED: ${why}`);
  process.exit(77);
}
if (!existsSync(join(pkg, 'index.js')) || !existsSync(pkg) || !readdirSync(pkg).some((f) => f.endsWith('.wasm'))) {
  skip(`the WASM package is not built (${pkg} missing). Build it with .ci/wasm-build.sh, or set BAIVIET_JS_PACKAGE.`);
}
if (!existsSync(chromiumPath)) skip(`no Chromium at ${chromiumPath} (apt-get install chromium)`);
if (spawnSync('python3', ['--version']).status !== 0) skip('python3 is needed by web-demo/serve.sh');
const haveCli = existsSync(cli);
const haveCxx = existsSync(sharedLib) && spawnSync(cxx, ['--version']).status === 0;

/** playwright-core from web-demo/ (its devDependency), else from bindings/js/. */
async function loadPlaywright() {
  for (const dir of ['web-demo', 'bindings/js']) {
    try {
      const req = createRequire(join(root, dir, 'package.json'));
      const m = await import(pathToFileURL(req.resolve('playwright-core')).href);
      return m.chromium ? m : m.default;
    } catch { /* next */ }
  }
  return null;
}
const playwright = await loadPlaywright();
if (!playwright) skip('playwright-core is not installed: run npm install in web-demo (or bindings/js)');

// The package itself, in Node: expected values come from the same API the page calls.
const bv = await import(pathToFileURL(join(pkg, 'index.js')).href);
await bv.init();
await bv.loadFormatting();   // the expected values of the card's dates and the playground

// ---- the server: web-demo/serve.sh, in a temporary dist directory, on a free port ----------

async function freePort() {
  const s = createServer();
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address();
  await new Promise((r) => s.close(r));
  return port;
}

const port = await freePort();
const work = mkdtempSync(join(tmpdir(), 'baiviet-demo-'));
const dist = join(work, 'dist');
const tServe = Date.now();
const server = spawn('bash', [join(root, 'web-demo/serve.sh')], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', BAIVIET_JS_PACKAGE: pkg, BAIVIET_DEMO_DIST: dist, BAIVIET_CLI: cli },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
let serverOut = '';
server.stdout.on('data', (d) => { serverOut += d; });
server.stderr.on('data', (d) => { serverOut += d; });
const base = `http://127.0.0.1:${port}/`;

async function until(fn, what, timeout = 30000) {
  const t0 = Date.now();
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) { last = e; }
    if (Date.now() - t0 > timeout) throw new Error(`timed out waiting for ${what} (last: ${last})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
await until(async () => (await fetch(base)).ok, `the demo server (${serverOut})`, 120000);
console.log(`# serve.sh: assembled, precompressed and serving in ${((Date.now() - tServe) / 1000).toFixed(1)} s`);

const browser = await playwright.chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

function stop() {
  try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
  rmSync(work, { recursive: true, force: true });
}
process.on('exit', stop);

// ---- helpers -----------------------------------------------------------------------------

const DESKTOP = { width: 1366, height: 900 };

/**
 * Opens the demo in a fresh context and records console errors, page errors, failed and
 * non-local requests. opts: { url, locale, colorScheme, clipboard: grant clipboard access }.
 */
async function openDemo(viewport = DESKTOP, opts = {}) {
  const context = await browser.newContext({
    viewport, deviceScaleFactor: 1, locale: opts.locale ?? 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh',
    colorScheme: opts.colorScheme ?? 'light', acceptDownloads: true,
  });
  if (opts.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base.slice(0, -1) });
  const page = await context.newPage();
  // external: requests to other hosts that were sent (Chromium reports requests its CSP blocked
  // as requests that failed with "csp": those never leave the browser).
  const log = { console: [], pageErrors: [], failed: [], external: [], blockedByCsp: [], responses: [] };
  const outside = new Set();
  page.on('console', (m) => { if (m.type() === 'error') log.console.push(m.text()); });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  context.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'about:', 'blob:'].includes(u.protocol) && !['127.0.0.1', 'localhost'].includes(u.hostname)) {
      outside.add(r);
      log.external.push(r.url());
    }
  });
  context.on('requestfailed', (r) => {
    const why = r.failure()?.errorText;
    if (why === 'csp' && outside.has(r)) {
      log.blockedByCsp.push(r.url());
      log.external.splice(log.external.indexOf(r.url()), 1);
    } else {
      log.failed.push(`${r.url()} ${why}`);
    }
  });
  context.on('response', (r) => {
    const h = r.headers();
    log.responses.push({ url: r.url(), status: r.status(), type: h['content-type'] ?? '', encoding: h['content-encoding'] ?? '', vary: h.vary ?? '', request: r.request() });
  });
  await page.goto(opts.url ?? base);
  await page.waitForSelector('body[data-ready="true"]');
  await waitRendered(page);
  return { context, page, log };
}

/** Waits until the worker has answered the newest input (body[data-rendered] changes). */
async function waitRendered(page, previous) {
  await page.waitForFunction((prev) => {
    const r = document.body.dataset.rendered;
    return r !== undefined && r !== prev;
  }, previous, { timeout: 60000 });
}
const renderedId = (page) => page.evaluate(() => document.body.dataset.rendered);
const dataset = (page) => page.evaluate(() => ({ ...document.body.dataset }));

/** Replaces the editor's content as a paste would, and waits for the new output. */
async function setSource(page, source) {
  const before = await renderedId(page);
  await page.locator('#source').fill(source);
  await waitRendered(page, before);
}
async function setOption(page, action) {
  const before = await renderedId(page);
  await action();
  await waitRendered(page, before);
}
const preview = (page) => page.frameLocator('#preview');
const OUT = { html: '#out-html', json: '#out-json', text: '#out-text', jsonld: '#out-jsonld', excerpt: '#out-excerpt' };
async function showTab(page, name) {
  await page.locator(`#tab-${name}`).click();
  return page.locator(OUT[name]).textContent();
}
const clipboard = (page) => page.evaluate(() => navigator.clipboard.readText());
/** Opens "every other option" (the controls generated from the option schema). */
async function openMoreOptions(page) {
  await page.locator('#more-options').evaluate((el) => { el.open = true; });
}

/** Clicks `button` and returns the download it starts: { name, text }. */
async function downloadOf(page, button) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  return { name: dl.suggestedFilename(), text: readFileSync(await dl.path(), 'utf8') };
}

/** Raw HTTP GET (no automatic decompression): { status, headers, body: Buffer }. */
function rawGet(path, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Runs a shell command line in `cwd` with the CLI on the PATH: stdout as a Buffer. */
function runShell(line, cwd) {
  const r = spawnSync('bash', ['-c', line], {
    cwd, env: { ...process.env, PATH: `${dirname(cli)}:${process.env.PATH}` }, maxBuffer: 64 << 20,
  });
  assert.equal(r.status, 0, `${line}\n${r.stderr}`);
  return r.stdout;
}

/** Runs a program and resolves with { status, stdout, stderr } (no blocking: compilers are slow). */
function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, opts);
    const out = [];
    const err = [];
    p.stdout.on('data', (d) => out.push(d));
    p.stderr.on('data', (d) => err.push(d));
    p.on('close', (status) => resolve({ status, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString() }));
  });
}

// ---- tests -------------------------------------------------------------------------------

test('serve.sh: precompressed assets with Content-Encoding and Vary; bytes decode to the original', async () => {
  const vendor = readdirSync(join(dist, 'vendor/baiviet'));
  const wasmFile = vendor.find((f) => f.endsWith('.wasm'));
  const files = ['index.html', 'app.js', 'demo.css', 'options.json', 'vendor/baiviet/index.js',
    ...vendor.filter((f) => /\.(wasm|dat)$/.test(f)).map((f) => `vendor/baiviet/${f}`)];
  let identity = 0;
  let brotli = 0;
  let gzip = 0;
  for (const f of files) {
    const original = readFileSync(join(dist, f));
    const plain = await rawGet(`/${f}`);
    assert.equal(plain.status, 200, f);
    assert.equal(plain.headers['content-encoding'], undefined, `${f}: no Accept-Encoding, no encoding`);
    assert.ok(plain.body.equals(original), `${f}: identity bytes`);
    assert.equal(plain.headers.vary, 'Accept-Encoding', `${f}: Vary`);
    identity += plain.body.length;

    const br = await rawGet(`/${f}`, { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br', f);
    assert.equal(br.headers['content-type'], plain.headers['content-type'], `${f}: the original's type`);
    assert.equal(Number(br.headers['content-length']), br.body.length);
    assert.ok(br.body.length < original.length, `${f}: smaller`);
    assert.ok(brotliDecompressSync(br.body).equals(original), `${f}: brotli decodes to the original`);
    brotli += br.body.length;

    const gz = await rawGet(`/${f}`, { 'Accept-Encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip', f);
    assert.ok(gunzipSync(gz.body).equals(original), `${f}: gzip decodes to the original`);
    gzip += gz.body.length;

    // q-values: br refused → gzip; everything refused → the file itself.
    assert.equal((await rawGet(`/${f}`, { 'Accept-Encoding': 'br;q=0, gzip;q=0.5' })).headers['content-encoding'], 'gzip');
    const none = await rawGet(`/${f}`, { 'Accept-Encoding': 'br;q=0, gzip;q=0, *;q=0' });
    assert.equal(none.headers['content-encoding'], undefined);
    assert.ok(none.body.equals(original));
    assert.equal((await rawGet(`/${f}`, { 'Accept-Encoding': '*' })).headers['content-encoding'], 'br');
  }
  const wasm = await rawGet(`/vendor/baiviet/${wasmFile}`, { 'Accept-Encoding': 'br' });
  assert.equal(wasm.headers['content-type'], 'application/wasm');
  const dir = await rawGet('/', { 'Accept-Encoding': 'br' });
  assert.equal(dir.headers['content-encoding'], 'br', 'the directory index too');
  assert.ok(brotliDecompressSync(dir.body).equals(readFileSync(join(dist, 'index.html'))));
  assert.equal((await rawGet('/nothing-here.js', { 'Accept-Encoding': 'br' })).status, 404);
  assert.equal((await rawGet('/../../etc/passwd')).status, 404, 'no path outside dist');
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`# ${files.map((f) => f.replace(/^.*\//, '')).join(', ')}: ${kb(identity)} plain, ${kb(gzip)} gzip, ${kb(brotli)} brotli`);
});

test('loads with no console errors, no failed requests, nothing outside localhost; compressed transfer', async () => {
  const { context, page, log } = await openDemo();
  try {
    await preview(page).locator('h1').waitFor();
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.console, []);
    assert.deepEqual(log.failed, []);
    assert.deepEqual(log.external, []);
    assert.deepEqual(log.responses.filter((r) => r.status >= 400), []);
    const wasm = log.responses.filter((r) => r.url.endsWith('.wasm'));
    assert.ok(wasm.length >= 1, 'the .wasm was fetched');
    for (const r of wasm) {
      assert.match(r.type, /^application\/wasm/);
      assert.match(r.encoding, /^(br|gzip)$/, 'the .wasm travels compressed');
      assert.equal(r.vary, 'Accept-Encoding');
    }
    assert.match(await page.locator('#status').textContent(), /sẵn sàng/);
    // What the first visit costs over the wire (worker and page each load the package).
    let wire = 0;
    let body = 0;
    for (const r of log.responses.filter((x) => x.url.startsWith(base) && x.status === 200)) {
      const sizes = await r.request.sizes();
      wire += sizes.responseBodySize;
      const file = join(dist, decodeURIComponent(new URL(r.url).pathname).replace(/\/$/, '/index.html'));
      body += existsSync(file) ? readFileSync(file).length : sizes.responseBodySize;
    }
    console.log(`# first visit: ${log.responses.length} responses, ${(body / 1024).toFixed(0)} KB of files, ${(wire / 1024).toFixed(0)} KB over the wire`);
  } finally {
    await context.close();
  }
});

test('the sample article renders as a news page with the "Tin mới" card; JSON-LD and excerpt-as-HTML tabs', async () => {
  const { context, page } = await openDemo();
  try {
    const frame = preview(page);
    assert.equal(await frame.locator('h1').textContent(), sampleTitle);
    assert.equal(await frame.locator('h1').count(), 1);
    assert.equal(await frame.locator('.bv-kicker').textContent(), 'Vững nhịp cầu Đảng với nhân dân • Kỳ 3');
    assert.match(await frame.locator('.bv-byline').textContent(), /Huy Ngoan/);
    assert.ok(await frame.locator('nav.bv-toc li').count() >= 2, 'TOC entries');
    assert.equal(await page.locator('#detected').textContent(), 'văn bản dán từ trang báo');
    // The card shows what the package computes for this article.
    const ex = bv.excerpt(sample, { from: 'text', limit: 160, unit: 'graphemes', readingTime: true });
    assert.equal(await page.locator('#card-title').textContent(), sampleTitle);
    assert.equal(await page.locator('#card-excerpt').textContent(), ex.text);
    assert.ok(bv.text.count(ex.text).graphemes <= 161, 'excerpt within 160 graphemes + ellipsis');
    assert.match(await page.locator('#card-reading').textContent(), /\d+ phút đọc/);
    // The other views: HTML source, JSON model, plain text, JSON-LD, the excerpt as HTML.
    assert.equal(await showTab(page, 'html'),
      bv.render(sample, { from: 'text', html: { toc: true, idPrefix: 'bv-', unsafe: false, markupNumbers: false } }));
    const model = JSON.parse(await showTab(page, 'json'));
    assert.equal(model.title, sampleTitle);
    assert.equal(await showTab(page, 'text'), bv.render(sample, { from: 'text', to: 'text' }));
    const jsonld = await showTab(page, 'jsonld');
    assert.equal(jsonld, bv.render(sample, { from: 'text', to: 'jsonld' }));
    assert.equal(JSON.parse(jsonld)['@type'], 'NewsArticle');
    assert.equal(JSON.parse(jsonld).headline, sampleTitle);
    const exHtml = bv.excerpt(sample, { from: 'text', to: 'html' }).text;
    assert.equal(await showTab(page, 'excerpt'), exHtml);
    assert.equal(await page.frameLocator('#excerpt-preview').locator('.bv-excerpt').textContent(),
      bv.excerpt(sample, { from: 'text' }).text, 'the rendered excerpt reads as the text excerpt');
    // The render time of every output stays in view above the panels.
    const timing = page.locator('#timing');
    assert.match(await timing.textContent(), /Lần kết xuất gần nhất: [\d,.]+ ms \(phân tích [\d,.]+ ms · HTML [\d,.]+ · JSON [\d,.]+ · văn bản [\d,.]+ · JSON-LD [\d,.]+ · tóm tắt [\d,.]+/);
    for (const k of ['html', 'json', 'text', 'jsonld', 'excerpt']) {
      assert.ok(Number.isFinite(Number(await timing.getAttribute(`data-${k}`))), `timing of ${k}`);
    }
    const box = await timing.boundingBox();
    assert.ok(box && box.y + box.height <= DESKTOP.height, `timing in view without scrolling: ${JSON.stringify(box)}`);
  } finally {
    await context.close();
  }
});

test('one parse per edit through the Article handle; option changes re-render without parsing', async () => {
  const { context, page } = await openDemo();
  try {
    let d = await dataset(page);
    const p0 = Number(d.parses);
    assert.equal(d.liveArticles, '1', 'one Article alive');
    await page.locator('#source').focus();
    await page.keyboard.press('End');
    const before = await renderedId(page);
    await page.keyboard.type('x');
    await waitRendered(page, before);
    d = await dataset(page);
    assert.equal(Number(d.parses), p0 + 1, 'one parse for one edit');
    assert.equal(d.liveArticles, '1', 'the previous Article was freed');
    // HTML-only options: the same Article is rendered again.
    await setOption(page, () => page.locator('#opt-toc').uncheck());
    await setOption(page, () => page.locator('#opt-prefix').fill('tin-'));
    d = await dataset(page);
    assert.equal(Number(d.parses), p0 + 1, 'no parse for rendering options');
    assert.match(await page.locator('#timing').textContent(), /không phân tích lại/);
    // A parse option needs a new Article.
    await openMoreOptions(page);
    await setOption(page, () => page.locator('#schema-parse-smart_punctuation').check());
    d = await dataset(page);
    assert.equal(Number(d.parses), p0 + 2);
    assert.equal(d.liveArticles, '1');
  } finally {
    await context.close();
  }
});

test('typing changes the output', async () => {
  const { context, page } = await openDemo();
  try {
    await page.locator('#example').selectOption('');
    await page.waitForFunction(() => document.getElementById('source').value === '');
    await page.locator('#source').focus();
    const before = await renderedId(page);
    await page.keyboard.type('---\ntitle: Bão số 3 đổ bộ\ncategory: Thời sự\n---\nMưa lớn kéo dài 2 ngày.\n', { delay: 5 });
    await waitRendered(page, before);
    await until(async () => (await preview(page).locator('h1').textContent()) === 'Bão số 3 đổ bộ', 'the typed title');
    assert.equal(await page.locator('#detected').textContent(), 'Markdown');
    assert.equal(await page.locator('#card-title').textContent(), 'Bão số 3 đổ bộ');
    assert.equal(await page.locator('#card-category').textContent(), 'Thời sự');
    await page.keyboard.type('\n## Thiệt hại\n\nHơn 1.200 ngôi nhà bị tốc mái.\n');
    await until(async () => (await preview(page).locator('.bv-body h2').count()) === 1, 'the typed heading');
    assert.equal(await preview(page).locator('.bv-body h2').getAttribute('id'), 'bv-thiet-hai');
  } finally {
    await context.close();
  }
});

test('an error marks its line in the editor; "go to line" selects it', async () => {
  const { context, page } = await openDemo();
  try {
    const bad = '---\ntitle: Bão số 3\ntags: [mưa, lũ\ncategory: Thời sự\n---\nMưa lớn kéo dài.\n';
    let expected;
    try { bv.parse(bad, { from: 'markdown' }); } catch (e) { expected = e; }
    assert.ok(expected?.line > 0, 'the package reports a line for this front matter');
    await setSource(page, bad);
    assert.equal(await page.locator('#error').isVisible(), true);
    assert.match(await page.locator('#error-text').textContent(), new RegExp(`Front matter không hợp lệ \\(dòng ${expected.line}\\)`));
    const mark = page.locator('#editor-backdrop mark.mark-error');
    assert.equal(await mark.count(), 1);
    assert.equal(await mark.getAttribute('data-line'), String(expected.line));
    assert.equal(await mark.textContent(), bad.split('\n')[expected.line - 1]);
    // The mark lies on the textarea's line: same top as the caret's line (measured with a mirror
    // of the text before that line), inside the editor's box.
    const markBox = await mark.boundingBox();
    const editorBox = await page.locator('#source').boundingBox();
    assert.ok(markBox.y >= editorBox.y && markBox.y + markBox.height <= editorBox.y + editorBox.height, 'mark inside the editor');
    const lineHeight = await page.locator('#source').evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    const padTop = await page.locator('#source').evaluate((el) => parseFloat(getComputedStyle(el).paddingTop) + parseFloat(getComputedStyle(el).borderTopWidth));
    // (An inline box is as tall as the font, the line as tall as line-height: compare centres.)
    const lineCentre = editorBox.y + padTop + (expected.line - 0.5) * lineHeight;
    assert.ok(Math.abs(markBox.y + markBox.height / 2 - lineCentre) < 3,
      `mark at line ${expected.line}: centre ${markBox.y + markBox.height / 2} vs ${lineCentre}`);
    assert.match(await page.locator('#editor-mark').textContent(), new RegExp(`Dòng ${expected.line}`));
    await page.locator('#error-goto').click();
    const sel = await page.locator('#source').evaluate((el) => [el.selectionStart, el.selectionEnd, document.activeElement === el]);
    const start = bad.split('\n').slice(0, expected.line - 1).join('\n').length + 1;
    assert.deepEqual(sel, [start, start + bad.split('\n')[expected.line - 1].length, true]);
    // Fixed: the error and the mark go away.
    await setSource(page, bad.replace('[mưa, lũ', '[mưa, lũ]'));
    assert.equal(await page.locator('#error').isVisible(), false);
    assert.equal(await page.locator('#editor-backdrop mark').count(), 0);
    assert.equal(await preview(page).locator('h1').textContent(), 'Bão số 3');
  } finally {
    await context.close();
  }
});

test('options: TOC, heading-id prefix, numbers, excerpt length, tone marks, safe HTML warning', async () => {
  const { context, page } = await openDemo();
  try {
    await page.locator('#example').selectOption('so-lieu.md');
    await until(async () => /^Kinh tế 6 tháng/.test(await preview(page).locator('h1').textContent()), 'the statistics example');
    assert.equal(await preview(page).locator('nav.bv-toc').count(), 1);
    await setOption(page, () => page.locator('#opt-toc').uncheck());
    assert.equal(await preview(page).locator('nav.bv-toc').count(), 0);

    await setOption(page, () => page.locator('#opt-prefix').fill('tin-'));
    assert.equal(await preview(page).locator('.bv-body h2').first().getAttribute('id'), 'tin-tang-truong-theo-khu-vuc');

    assert.equal(await preview(page).locator('.bv-body data').count(), 0);
    await setOption(page, () => page.locator('#opt-numbers').check());
    assert.ok(await preview(page).locator('.bv-body data').count() > 5, 'numbers marked up as <data>');

    await setOption(page, () => page.locator('#opt-unit').selectOption('words'));
    await setOption(page, () => page.locator('#opt-limit').fill('12'));
    const ex = await page.locator('#card-excerpt').textContent();
    assert.ok(bv.text.count(ex.replace(/…$/, '')).words <= 12, `excerpt of at most 12 words: ${ex}`);

    // Dates in the card follow the chosen style (the package's format.date on the article's date).
    const published = '2025-07-05T10:30:00+07:00';
    await setOption(page, () => page.locator('#opt-date').selectOption('administrative'));
    assert.ok((await page.locator('#card-date').textContent()).startsWith(bv.format.date(published, { style: 'administrative' })));

    await setSource(page, 'Hòa bình, hoà hợp và thủy chung, thuý.');
    await setOption(page, () => page.locator('#opt-tones').selectOption('traditional'));
    assert.match(await showTab(page, 'text'), /hoà bình, hoà hợp và thuỷ chung, thuý|Hoà bình, hoà hợp và thuỷ chung, thuý/);
    await setOption(page, () => page.locator('#opt-tones').selectOption('modern'));
    assert.match(await showTab(page, 'text'), /Hòa bình, hòa hợp và thủy chung, thúy/);

    assert.equal(await page.locator('#unsafe-warning').isVisible(), false);
    await setOption(page, () => page.locator('#opt-safe').uncheck());
    assert.equal(await page.locator('#unsafe-warning').isVisible(), true);
  } finally {
    await context.close();
  }
});

test('the page state travels in the URL: share, open in a fresh context, reload', async () => {
  const { context, page } = await openDemo(DESKTOP, { clipboard: true });
  const source = '---\ntitle: "Giá xăng giảm lần thứ 3"\ncategory: Kinh tế\ndate: 2025-03-04T15:00:00+07:00\n---\n' +
    '**Từ 15 giờ chiều nay, giá xăng RON 95 giảm 1.230 đồng/lít.**\n\n## Hòa vốn\n\n"Doanh nghiệp" thủy sản hoà vốn khi giá dầu về 18.500 đồng.\n';
  let fresh;
  try {
    await setSource(page, source);
    await setOption(page, () => page.locator('#opt-toc').uncheck());
    await setOption(page, () => page.locator('#opt-prefix').fill('tin-'));
    await setOption(page, () => page.locator('#opt-numbers').check());
    await setOption(page, () => page.locator('#opt-unit').selectOption('words'));
    await setOption(page, () => page.locator('#opt-limit').fill('20'));
    await setOption(page, () => page.locator('#opt-tones').selectOption('traditional'));
    await setOption(page, () => page.locator('#opt-date').selectOption('administrative'));
    await openMoreOptions(page);
    await setOption(page, () => page.locator('#schema-parse-smart_punctuation').check());
    await page.locator('#tab-json').click();
    const json = await page.locator('#out-json').textContent();
    const controls = async (p) => p.evaluate(() => Object.fromEntries(
      [...document.querySelectorAll('#main input, #main select')].filter((el) => el.id && el.type !== 'file' && el.id !== 'example')
        .map((el) => [el.id, el.type === 'checkbox' ? el.checked : el.value])));
    const shown = await controls(page);

    await page.locator('#share').click();
    await until(async () => /Đã chép liên kết/.test(await page.locator('#share-status').textContent()), 'the share message');
    const link = await clipboard(page);
    assert.ok(link.startsWith(`${base}#s=`), link);
    assert.equal(await page.evaluate(() => location.href), link, 'the address bar holds the same link');

    // A fresh context (no storage, no history) opens the link: same text, options, tab, output.
    fresh = await openDemo(DESKTOP, { url: link });
    const p2 = fresh.page;
    assert.equal(await p2.locator('#source').inputValue(), source);
    assert.deepEqual(await controls(p2), shown);
    assert.equal(await p2.locator('#tab-json').getAttribute('aria-selected'), 'true');
    assert.equal(await p2.locator('#out-json').textContent(), json);
    assert.deepEqual(fresh.log.pageErrors, []);
    // The same code: the same options, and the same file name (the example the text began as).
    const cliOf = async (p) => {
      await p.locator('#tab-code').click();
      const c = await p.locator('#code-cli').textContent();
      await p.locator('#tab-json').click();
      return c;
    };
    const cliShown = await cliOf(page);
    assert.match(cliShown, /son-la-ky-3\.txt/);
    assert.equal(await cliOf(p2), cliShown);

    // The URL follows edits as they happen: a reload keeps them.
    await setSource(p2, `${source}\nThêm một dòng.\n`);
    await p2.waitForFunction((old) => location.hash.startsWith('#s=') && location.hash !== old &&
      document.body.dataset.savedHash === location.hash, link.slice(base.length), { timeout: 5000 });
    await p2.reload();
    await p2.waitForSelector('body[data-ready="true"]');
    await waitRendered(p2);
    assert.equal(await p2.locator('#source').inputValue(), `${source}\nThêm một dòng.\n`);
    assert.equal(await p2.locator('#opt-tones').inputValue(), 'traditional');

    // An unchanged built-in example is shared by name: a short link.
    await page.locator('#example').selectOption('ban-tin.md');
    await until(async () => (await page.locator('#card-title').textContent()).startsWith('Hà Nội mở thêm'), 'the brief');
    await page.locator('#share').click();
    await until(async () => (await clipboard(page)) !== link, 'the new link');
    const short = await clipboard(page);
    const state = await page.evaluate((hash) => import('./state.js').then((m) => m.decodeState(hash)), short.slice(base.length));
    assert.equal(state.example, 'ban-tin.md');
    assert.equal(state.source, undefined, 'the example by name, not its text');
    assert.ok(short.length < base.length + 400, `short link: ${short.length} characters`);
    await p2.goto(short);
    await until(async () => (await p2.locator('#example').inputValue()) === 'ban-tin.md', 'the example restored from the link');
    await until(async () => (await p2.locator('#card-title').textContent()).startsWith('Hà Nội mở thêm'), 'the brief in the fresh page');
    assert.equal(await p2.locator('#source').inputValue(), readFileSync(join(root, 'web-demo/site/examples/ban-tin.md'), 'utf8'));
  } finally {
    await context.close();
    await fresh?.context.close();
  }
  // A damaged link: a clear message, and the sample article.
  const broken = await openDemo(DESKTOP, { url: `${base}#s=eJzLSM3JyVcozy_KSQEAGgQEXQ-broken` });
  try {
    assert.match(await broken.page.locator('#error-text').textContent(), /Không đọc được trạng thái trong liên kết/);
    assert.equal(await preview(broken.page).locator('h1').textContent(), sampleTitle);
    assert.deepEqual(broken.log.pageErrors, []);
  } finally {
    await broken.context.close();
  }
});

test('copy and download every output tab', async () => {
  const { context, page } = await openDemo(DESKTOP, { clipboard: true });
  try {
    const html = { toc: true, idPrefix: 'bv-' };
    const expected = {
      page: bv.render(sample, { from: 'text', html: { ...html, fullPage: true } }),
      html: bv.render(sample, { from: 'text', html }),
      json: bv.render(sample, { from: 'text', to: 'json' }),
      text: bv.render(sample, { from: 'text', to: 'text' }),
      jsonld: bv.render(sample, { from: 'text', to: 'jsonld' }),
      excerpt: bv.excerpt(sample, { from: 'text', to: 'html' }).text,
    };
    const slug = bv.text.slugify(sampleTitle, { maxLength: 60 });
    const names = { page: '.page.html', html: '.html', json: '.json', text: '.txt', jsonld: '.jsonld', excerpt: '.excerpt.html' };
    for (const [tab, want] of Object.entries(expected)) {
      await page.locator(`#tab-${tab}`).click();
      await page.evaluate(() => navigator.clipboard.writeText('—'));
      await page.locator('#copy-output').click();
      await until(async () => (await clipboard(page)) !== '—', `the copy of ${tab}`);
      assert.equal(await clipboard(page), want, `copy of ${tab}`);
      assert.equal(await page.locator('#output-note').textContent(), 'Đã chép.');
      const dl = await downloadOf(page, '#download-output');
      assert.equal(dl.name, slug + names[tab]);
      assert.equal(dl.text, want, `download of ${tab}`);
    }
    // The editor's text, saved under the example's name (what the "Code" tab reads).
    const saved = await downloadOf(page, '#save-source');
    assert.deepEqual(saved, { name: 'son-la-ky-3.txt', text: sample });
  } finally {
    await context.close();
  }
});

test('open a file (file chooser) and drop one onto the editor; a binary file is refused', async () => {
  const { context, page } = await openDemo();
  try {
    const md = '---\ntitle: Mở từ tệp\n---\nĐoạn văn từ một tệp Markdown.\n';
    let before = await renderedId(page);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('#open-file').click()]);
    assert.equal(chooser.isMultiple(), false);
    await chooser.setFiles({ name: 'mo-tu-tep.md', mimeType: 'text/markdown', buffer: Buffer.from(`\uFEFF${md.replace(/\n/g, '\r\n')}`) });
    await waitRendered(page, before);
    assert.equal(await page.locator('#source').inputValue(), md, 'BOM dropped, CRLF read as LF');
    assert.equal(await preview(page).locator('h1').textContent(), 'Mở từ tệp');
    assert.match(await page.locator('#file-name').textContent(), /mo-tu-tep\.md/);
    assert.equal(await page.locator('#example').inputValue(), '*');

    // Drag and drop: a real DataTransfer with a File, dispatched as the browser would.
    const dropped = 'Tin nóng\nThả vào ô soạn thảo\n\nĐoạn văn bản dán từ trang báo.\n';
    const dt = await page.evaluateHandle((content) => {
      const d = new DataTransfer();
      d.items.add(new File([content], 'keo-tha.txt', { type: 'text/plain' }));
      return d;
    }, dropped);
    await page.dispatchEvent('#source', 'dragenter', { dataTransfer: dt });
    assert.equal(await page.locator('#drop-hint').isVisible(), true, 'the drop hint shows');
    await page.dispatchEvent('#source', 'dragover', { dataTransfer: dt });
    before = await renderedId(page);
    await page.dispatchEvent('#source', 'drop', { dataTransfer: dt });
    await waitRendered(page, before);
    assert.equal(await page.locator('#source').inputValue(), dropped);
    assert.equal(await page.locator('#drop-hint').isVisible(), false);
    assert.match(await page.locator('#file-name').textContent(), /keo-tha\.txt/);

    // Not text: refused with a message; the editor keeps its text.
    const [bin] = await Promise.all([page.waitForEvent('filechooser'), page.locator('#open-file').click()]);
    await bin.setFiles({ name: 'anh.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe]) });
    await until(async () => page.locator('#error').isVisible(), 'the refusal');
    assert.match(await page.locator('#error-text').textContent(), /anh\.png không phải văn bản UTF-8/);
    assert.equal(await page.locator('#source').inputValue(), dropped);
  } finally {
    await context.close();
  }
});

test('dark mode follows the system, with a toggle that is remembered', async () => {
  mkdirSync(shots, { recursive: true });
  const { context, page } = await openDemo({ width: 1366, height: 860 });
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const isDark = (rgb) => {
    const [r, g, b] = rgb.match(/\d+/g).map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 60;
  };
  const previewTheme = () => page.evaluate(() => document.getElementById('preview').contentDocument.documentElement.dataset.theme);
  const previewBg = () => page.evaluate(() => {
    const d = document.getElementById('preview').contentDocument;
    return getComputedStyle(d.body).backgroundColor;
  });
  try {
    assert.equal(isDark(await bg()), false, 'light system, light page');
    await page.emulateMedia({ colorScheme: 'dark' });
    await until(async () => isDark(await bg()), 'the dark page');
    // (The CSS follows at once; the script hears of it from a matchMedia change event.)
    await until(async () => (await page.locator('#theme').getAttribute('aria-pressed')) === 'true', 'the toggle pressed');
    await until(async () => (await previewTheme()) === 'dark', 'the dark preview');
    assert.ok(isDark(await previewBg()), 'the article preview is dark too');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), undefined, 'following the system');
    await preview(page).locator('h1').waitFor();
    await page.screenshot({ path: join(shots, 'dark.png') });

    // The toggle: light although the system is dark; remembered across a reload.
    await page.locator('#theme').click();
    assert.equal(isDark(await bg()), false);
    assert.equal(await page.locator('#theme').getAttribute('aria-pressed'), 'false');
    assert.equal(await previewTheme(), 'light');
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    assert.equal(isDark(await bg()), false, 'the choice survives a reload');
    // Back to what the system says: the choice is forgotten, the page follows the system again.
    await page.locator('#theme').click();
    assert.ok(isDark(await bg()));
    assert.equal(await page.evaluate(() => localStorage.getItem('baiviet-demo-theme')), null);
    await page.emulateMedia({ colorScheme: 'light' });
    await until(async () => !isDark(await bg()), 'light again with the system');
  } finally {
    await context.close();
  }
});

test('language toggle: the page in English, the article as written', async () => {
  const { context, page } = await openDemo();
  try {
    const reading = await page.locator('#card-reading').textContent();
    await page.locator('#lang').click();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await page.locator('#editor-h').textContent(), 'Article');
    assert.equal(await page.locator('#tab-page').textContent(), 'News page');
    assert.equal(await page.locator('#lang').textContent(), 'Tiếng Việt');
    assert.equal(await page.locator('#detected').textContent(), 'text pasted from a news page');
    assert.match(await page.locator('#timing').textContent(), /^Last render: [\d,.]+ ms \((parse [\d,.]+ ms|not parsed again) · HTML [\d,.]+/);
    assert.match(await page.locator('#status').textContent(), /WebAssembly ready/);
    // The article and the library's own Vietnamese output do not change.
    assert.equal(await preview(page).locator('h1').textContent(), sampleTitle);
    assert.equal(await page.locator('#card-reading').textContent(), reading);
    // Every label is translated: none keeps Vietnamese text (but those that quote Vietnamese:
    // a place name, the tone-mark examples, "ệ", the language button).
    const quoting = ['exSonLa', 'tonesModern', 'tonesTraditional', 'commentHelp', 'otherLanguage'];
    const untranslated = await page.evaluate((skip) => [...document.querySelectorAll('[data-i18n]')]
      .filter((el) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(el.textContent) && !skip.includes(el.dataset.i18n))
      .map((el) => el.dataset.i18n), quoting);
    assert.deepEqual(untranslated, []);
    await page.locator('#play-number').fill('2617');
    await until(async () => (await page.locator('#play-out th.group').first().textContent()) === 'Number formats', 'the playground in English');
    // Remembered across a reload; back to Vietnamese.
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    assert.equal(await page.locator('#editor-h').textContent(), 'Article');
    await page.locator('#lang').click();
    assert.equal(await page.locator('#editor-h').textContent(), 'Bài viết');
  } finally {
    await context.close();
  }
  // A browser in English gets English labels from the start.
  const en = await openDemo(DESKTOP, { locale: 'en-US' });
  try {
    assert.equal(await en.page.locator('#output-h').textContent(), 'Output');
  } finally {
    await en.context.close();
  }
});

test('an XSS payload typed into the editor never runs (safe and unsafe HTML)', async () => {
  const { context, page, log } = await openDemo();
  try {
    // The trap: a payload that runs anywhere (in the page or the preview) sets window.__xss.
    await page.evaluate(() => {
      window.__xss = undefined;
      window.addEventListener('message', (e) => { if (String(e.data).startsWith('xss')) window.__xss = e.data; });
    });
    const hit = "window.__xss='direct';try{parent.__xss='parent'}catch(e){};top.postMessage('xss','*')";
    const payload = [
      '# Tiêu đề <img src=x onerror="' + hit + '">',
      '',
      '<script>' + hit + '</script>',
      '',
      '<img src="x" onerror="' + hit + '"> <svg onload="' + hit + '"></svg>',
      '',
      '[bấm vào đây](javascript:' + encodeURIComponent(hit) + ') và <a href="javascript:' + hit.replace(/"/g, '&quot;') + '">đây</a>',
      '',
      '<iframe srcdoc="<script>top.postMessage(\'xss-frame\',\'*\')</script>"></iframe>',
      '<object data="javascript:top.postMessage(\'xss-object\',\'*\')"></object>',
      '<img src="http://example.invalid/tracker.png">',
      '',
      '<details open ontoggle="' + hit + '">x</details>',
    ].join('\n');
    for (const safe of [true, false]) {
      if (!safe) await setOption(page, () => page.locator('#opt-safe').uncheck());
      await setSource(page, payload + `\n\nLần ${safe ? 'an toàn' : 'không an toàn'}.`);
      await preview(page).locator('h1').waitFor();
      // Click every link in the preview, as a reader would.
      const links = preview(page).locator('a');
      for (let i = 0; i < await links.count(); i++) await links.nth(i).click({ timeout: 2000 }).catch(() => {});
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate(() => window.__xss), undefined, `payload ran (safe=${safe})`);
      // What reached the preview's DOM: in safe mode no live element of the payload at all.
      const live = await page.evaluate(() => {
        const doc = document.getElementById('preview').contentDocument;
        const all = [...doc.querySelectorAll('main *')];
        return {
          elements: all.filter((el) => /^(script|iframe|object|embed|svg|details)$/i.test(el.tagName)).map((el) => el.tagName),
          handlers: all.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).map((el) => el.tagName),
          jsUrls: all.filter((el) => /^\s*javascript:/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('data') ?? '')).map((el) => el.tagName),
          external: all.filter((el) => /^https?:/i.test(el.getAttribute('src') ?? '')).map((el) => el.getAttribute('src')),
        };
      });
      if (safe) assert.deepEqual(live, { elements: [], handlers: [], jsUrls: [], external: [] }, 'safe HTML');
      else assert.ok(live.handlers.length > 0 && live.elements.length > 0, 'unsafe mode keeps raw HTML (and the sandbox keeps it dead)');
    }
    assert.deepEqual(log.external, [], 'no request left localhost');
    assert.ok(log.blockedByCsp.includes('http://example.invalid/tracker.png'), 'the CSP stopped the unsafe-mode image');
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await context.close();
  }
});


test('the "Code" tab: the JS, C++ and CLI programs give the shown output byte for byte', async (t) => {
  if (!haveCli) { t.skip(`no CLI at ${cli} (build it with .ci/build-native.sh, or set BAIVIET_CLI)`); return; }
  const { context, page } = await openDemo(DESKTOP, { clipboard: true });
  const dir = mkdtempSync(join(work, 'code-'));
  try {
    // A state with options in every group the code writes: text import, tone marks, HTML and
    // JSON options, excerpt options (and the id prefix with a character the shell must quote).
    await setOption(page, () => page.locator('#opt-numbers').check());
    await setOption(page, () => page.locator('#opt-prefix').fill("tin's-"));
    await setOption(page, () => page.locator('#opt-tones').selectOption('traditional'));
    await openMoreOptions(page);
    await setOption(page, () => page.locator('#schema-html-toc_max_level').fill('2'));
    await setOption(page, () => page.locator('#schema-json-pretty').uncheck());
    await setOption(page, () => page.locator('#schema-excerpt-source').selectOption('body'));
    await setOption(page, () => page.locator('#opt-unit').selectOption('words'));
    await setOption(page, () => page.locator('#opt-limit').fill('25'));
    const shown = {};
    for (const tab of ['html', 'json', 'text', 'jsonld', 'excerpt']) shown[tab] = await showTab(page, tab);
    assert.ok(shown.html.includes('<data'), 'numbers marked up');
    assert.ok(shown.html.includes('id="tin&#39;s-') || shown.html.includes("id=\"tin's-"), 'the prefix');
    assert.ok(!shown.json.includes('\n  '), 'compact JSON');

    // The editor's text as the page saves it: the file the programs read.
    const saved = await downloadOf(page, '#save-source');
    writeFileSync(join(dir, saved.name), saved.text);
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(pkg, join(dir, 'node_modules/baiviet'), 'dir');

    await page.locator('#tab-code').click();
    const code = async (output) => {
      await page.locator('#code-output').selectOption(output);
      return {
        js: await page.locator('#code-js').textContent(),
        cpp: await page.locator('#code-cpp').textContent(),
        cli: await page.locator('#code-cli').textContent(),
      };
    };
    // C++: compiled in the background while the rest runs (two compiles at most at a time).
    const compiles = {};
    const cppRuns = [];
    for (const output of ['html', 'json', 'text', 'jsonld', 'excerpt']) {
      const c = await code(output);
      assert.match(c.cli, new RegExp(`^baiviet text normalize --tones traditional .*${saved.name}`), 'tone marks first');
      assert.match(c.js, /applyToneStyle/);
      const want = Buffer.from(shown[output]);
      // CLI (baiviet excerpt prints a newline after the excerpt).
      const got = runShell(c.cli, dir);
      assert.ok(got.equals(output === 'excerpt' ? Buffer.concat([want, Buffer.from('\n')]) : want),
        `CLI for ${output}:\n${c.cli}\n${got.toString().slice(0, 300)}\n---\n${shown[output].slice(0, 300)}`);
      // JavaScript, run as written (node_modules/baiviet → the package).
      writeFileSync(join(dir, `${output}.mjs`), c.js);
      const js = spawnSync(process.execPath, [`${output}.mjs`], { cwd: dir, maxBuffer: 64 << 20 });
      assert.equal(js.status, 0, js.stderr.toString());
      assert.ok(js.stdout.equals(want), `JS for ${output}`);
      // C++: html and excerpt (the other outputs differ from html by one line the CLI checks).
      if (haveCxx && (output === 'html' || output === 'excerpt')) {
        writeFileSync(join(dir, `${output}.cpp`), c.cpp);
        compiles[output] = run(cxx, ['-std=c++20', '-O0', `${output}.cpp`, '-o', `${output}-cpp`,
          '-I', join(root, 'include'), '-I', generatedInclude, sharedLib, `-Wl,-rpath,${dirname(sharedLib)}`], { cwd: dir });
        cppRuns.push([output, want]);
      }
    }
    // Copy buttons give exactly the code shown.
    await page.locator('[data-copy="code-cli"]').click();
    await until(async () => (await clipboard(page)) === await page.locator('#code-cli').textContent(), 'the copied command');
    const dl = await downloadOf(page, '[data-download="code-js"]');
    assert.deepEqual(dl, { name: 'excerpt.mjs', text: await page.locator('#code-js').textContent() });
    if (!haveCxx) {
      console.log(`# C++ snippet not compiled: no ${cxx} or no ${sharedLib}`);
    } else {
      for (const [output, want] of cppRuns) {
        const c = await compiles[output];
        assert.equal(c.status, 0, `compiling the C++ for ${output}:\n${c.stderr}`);
        const r = spawnSync(join(dir, `${output}-cpp`), [], { cwd: dir, maxBuffer: 64 << 20 });
        assert.equal(r.status, 0, r.stderr.toString());
        assert.ok(r.stdout.equals(want), `C++ for ${output}`);
      }
    }
  } finally {
    await context.close();
  }
});

test('every option the page offers: the CLI command of the "Code" tab gives the page\'s output', async (t) => {
  if (!haveCli) { t.skip(`no CLI at ${cli}`); return; }
  const { context, page } = await openDemo();
  const dir = mkdtempSync(join(work, 'opts-'));
  try {
    // An article with raw HTML, a footnote, a table, quotes and a related list, so that the
    // parse options have something to change.
    const md = '---\ntitle: "Tin thử"\nrelated:\n  - { title: Tin cũ, url: /tin-cu }\n---\n' +
      '**Sapo in đậm.**\n\n## Một\n\n### Hai\n\n"Trích" -- dẫn[^1] và <b>thô</b> <script>x</script>.\n\n' +
      '| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gạch~~ https://vi.wikipedia.org\n\n[^1]: Chú thích.\n';
    await setSource(page, md);
    await setOption(page, () => page.locator('#opt-safe').uncheck());
    const saved = await downloadOf(page, '#save-source');
    assert.equal(saved.text, md);
    writeFileSync(join(dir, saved.name), md);
    await openMoreOptions(page);
    const controls = await page.evaluate(() => [...document.querySelectorAll('#schema-options [data-option]')].map((el) => ({
      id: el.id, type: el.type, tag: el.tagName, option: el.dataset.option,
      choices: el.tagName === 'SELECT' ? [...el.options].map((o) => o.value) : null, value: el.type === 'checkbox' ? el.checked : el.value,
    })));
    assert.ok(controls.length >= 12, `generated controls: ${controls.map((c) => c.option)}`);
    const schema = JSON.parse(readFileSync(join(dist, 'options.json'), 'utf8'));
    let checked = 0;
    for (const c of controls) {
      const [part, name] = c.option.split('.');
      const spec = schema.options.find((o) => o.name === name && (part === 'excerpt' ? o.group === 'excerpt' : o.group !== 'excerpt'));
      const el = page.locator(`#${c.id}`);
      const change = async () => {
        if (c.type === 'checkbox') await el.setChecked(!c.value);
        else if (c.tag === 'SELECT') await el.selectOption(c.choices.find((v) => v !== c.value));
        else if (spec.kind === 'integer') await el.fill(String(Number(c.value) < spec.max ? Number(c.value) + 1 : Number(c.value) - 1));
        else if (spec.kind === 'number') await el.fill('0.3');
        else await el.fill('~');
      };
      await setOption(page, change);
      const output = spec.group === 'json' ? 'json' : spec.group === 'excerpt' ? 'excerpt' : 'html';
      const want = await showTab(page, output);
      await page.locator('#tab-code').click();
      await page.locator('#code-output').selectOption(output);
      const line = await page.locator('#code-cli').textContent();
      const flag = spec.cli;
      assert.ok(line.includes(flag), `${c.option}: ${flag} in ${line}`);
      const got = runShell(line, dir);
      assert.equal(got.toString(), output === 'excerpt' ? `${want}\n` : want, `${c.option}: ${line}`);
      checked += 1;
      // Back to the default.
      await setOption(page, async () => {
        if (c.type === 'checkbox') await el.setChecked(c.value);
        else if (c.tag === 'SELECT') await el.selectOption(c.value);
        else await el.fill(c.value);
      });
    }
    console.log(`# ${checked} generated options: CLI output = page output`);
  } finally {
    await context.close();
  }
});

test('web-demo/site/options.json is `baiviet options --json` of this build', (t) => {
  if (!haveCli) { t.skip(`no CLI at ${cli}`); return; }
  const now = spawnSync(cli, ['options', '--json']).stdout.toString();
  assert.equal(readFileSync(join(root, 'web-demo/site/options.json'), 'utf8'), now,
    `web-demo/site/options.json is out of date: ${cli} options --json > web-demo/site/options.json`);
});

test('comment box counts graphemes: NFD input counts like NFC', async () => {
  const { context, page } = await openDemo();
  try {
    const counter = page.locator('#comment-counter');
    const message = page.locator('#comment-message');
    const send = page.locator('#comment-send');
    assert.equal(await counter.textContent(), 'Bạn còn 500/500 ký tự');
    assert.equal(await send.isDisabled(), true);

    const nfc = 'Yến!';
    const nfd = 'Ye\u0302\u0301n!';
    assert.notEqual(nfc, nfd);
    assert.equal(nfd.normalize('NFC'), nfc);
    await page.locator('#comment').fill(nfc);
    const nfcCounter = await counter.textContent();
    await page.locator('#comment').fill(nfd);
    assert.equal(await counter.textContent(), nfcCounter);
    assert.equal(nfcCounter, 'Bạn còn 496/500 ký tự');
    assert.equal(await message.textContent(), 'Bạn vui lòng nhập từ 5 ký tự trở lên');
    assert.equal(await send.isDisabled(), true);

    await page.locator('#comment').pressSequentially('!');
    assert.equal(await counter.textContent(), 'Bạn còn 495/500 ký tự');
    assert.equal(await message.textContent(), '');
    assert.equal(await send.isDisabled(), false);

    // Emoji sequences are one character each; over 500 the counter goes negative and sending stops.
    await page.locator('#comment').fill('👨‍👩‍👧‍👦'.repeat(501));
    assert.equal(await counter.textContent(), bv.text.commentStatus('👨‍👩‍👧‍👦'.repeat(501)).counter);
    assert.equal(await send.isDisabled(), true);
  } finally {
    await context.close();
  }
});

test('formatting playground shows the Vietnamese formats', async () => {
  const { context, page } = await openDemo();
  try {
    const cell = (label) => page.locator('#play-out tr', { has: page.locator(`th:text-is("${label}")`) }).locator('td');
    await page.locator('#play-number').fill('2617');
    assert.equal(await cell('Số').textContent(), '2.617');
    assert.equal(await cell('Bằng chữ').textContent(), 'hai nghìn sáu trăm mười bảy');
    await page.locator('#play-number').fill('1,5 tỷ đồng');
    assert.match(await page.locator('#play-number-read').textContent(), /1500000000/);
    assert.equal(await cell('Tiền kiểu báo chí').textContent(), '1,5 tỷ đồng');
    assert.equal(await cell('Rút gọn, dài').textContent(), bv.format.compact(1.5e9, { style: 'long' }));
    assert.equal(await cell('Rút gọn, ngắn').textContent(), bv.format.compact(1.5e9, { style: 'short' }));
    assert.equal(await cell('Tiền (VND)').textContent(), bv.format.money(1.5e9, 'VND'));
    await page.locator('#play-number').fill('122,2%');
    assert.equal(await cell('Phần trăm').textContent(), '122,2%');

    await page.locator('#play-date').fill('2024-02-29T08:30');
    assert.equal(await cell('Dòng ngày (dateline)').textContent(), bv.format.date('2024-02-29T08:30', { style: 'dateline' }));
    assert.match(await cell('Dòng ngày (dateline)').textContent(), /Thứ Năm/);  // 29/2/2024 was a Thursday
    assert.equal(await cell('Hành chính').textContent(), bv.format.date('2024-02-29T08:30', { style: 'administrative' }));
    assert.match(await cell('Hành chính').textContent(), /ngày 29 tháng 02? năm 2024/);
    assert.match(await cell('Tương đối (so với bây giờ)').textContent(), /trước/);
    await page.locator('#play-number').fill('không phải số');
    assert.equal(await page.locator('#play-number').getAttribute('aria-invalid'), 'true');
  } finally {
    await context.close();
  }
});

test('keyboard: output tabs follow the arrow keys; every control has a label', async () => {
  const { context, page } = await openDemo();
  try {
    await page.locator('#tab-page').focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('#tab-html').getAttribute('aria-selected'), 'true');
    assert.equal(await page.locator('#panel-html').isVisible(), true);
    assert.equal(await page.locator('#panel-page').isVisible(), false);
    await page.keyboard.press('End');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-code');
    await page.keyboard.press('Home');
    assert.equal(await page.locator('#panel-page').isVisible(), true);
    const unlabeled = await page.evaluate(() => [...document.querySelectorAll('input, select, textarea, iframe')]
      .filter((el) => !(el.labels?.length || el.getAttribute('aria-label') || el.title))
      .map((el) => el.id || el.outerHTML));
    assert.deepEqual(unlabeled, []);
  } finally {
    await context.close();
  }
});

test('a 200 KB article renders in the worker and keeps updating as you type', async () => {
  const { context, page } = await openDemo();
  try {
    const lines = readFileSync(join(root, 'tests/fixtures/samples/son-la-ky-3.txt'), 'utf8').split('\n');
    // The body (from the first heading to the byline) repeated: an article of over 200 KB.
    const bodyStart = lines.indexOf('Thực hiện với bước đi chắc chắn');
    const bylineAt = lines.findIndex((l) => l.startsWith('Bài, ảnh:'));
    const body = lines.slice(bodyStart, bylineAt);
    const big = [...lines.slice(0, bylineAt), ...Array(16).fill(body).flat(), ...lines.slice(bylineAt)].join('\n');
    assert.ok(Buffer.byteLength(big) > 200000, `${Buffer.byteLength(big)} bytes`);
    await setSource(page, big);
    assert.equal(await preview(page).locator('h1').textContent(), sampleTitle);
    assert.ok(await preview(page).locator('.bv-body h2').count() >= 20, 'the repeated headings');
    // The reader scrolls down the preview, then types at the very start: the kicker changes,
    // the preview keeps its scroll position (the content is replaced, not the frame).
    const previewScroll = () => page.evaluate(() => document.getElementById('preview').contentWindow.scrollY);
    await page.evaluate(() => document.getElementById('preview').contentWindow.scrollTo(0, 6000));
    assert.equal(await previewScroll(), 6000);
    await page.locator('#source').focus();
    await page.locator('#source').evaluate((el) => el.setSelectionRange(0, 0));
    const before = await renderedId(page);
    await page.keyboard.type('Tin nóng ', { delay: 10 });
    await waitRendered(page, before);
    await until(async () => (await preview(page).locator('.bv-kicker').textContent()).startsWith('Tin nóng Vững nhịp cầu'), 'the typed kicker');
    assert.equal(await preview(page).locator('h1').textContent(), sampleTitle);
    assert.equal(await previewScroll(), 6000);
    console.log(`# 200 KB article: ${await page.locator('#timing').textContent()}`);
  } finally {
    await context.close();
  }
});

test('usable at 375 px wide (no horizontal scroll); screenshots', async () => {
  mkdirSync(shots, { recursive: true });
  const desktop = await openDemo({ width: 1366, height: 860 });
  try {
    await preview(desktop.page).locator('h1').waitFor();
    await desktop.page.screenshot({ path: join(shots, 'desktop.png') });
  } finally {
    await desktop.context.close();
  }
  const { context, page } = await openDemo({ width: 375, height: 740 });
  try {
    const sizes = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
      wide: [...document.querySelectorAll('body *')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > window.innerWidth + 0.5 || r.left < -0.5) && !el.closest('.sr-only, .skip, .tabs');
      }).map((el) => el.id || el.className || el.tagName),
    }));
    assert.equal(sizes.inner, 375);
    assert.ok(sizes.scroll <= 375, `page scrolls sideways: scrollWidth ${sizes.scroll}`);
    assert.deepEqual(sizes.wide, []);
    const frameWidth = await preview(page).locator('body').evaluate(() => document.documentElement.scrollWidth);
    const iframeBox = await page.locator('#preview').boundingBox();
    assert.ok(frameWidth <= Math.ceil(iframeBox.width), `article scrolls sideways: ${frameWidth} > ${iframeBox.width}`);
    for (const id of ['#source', '#example', '#comment', '#play-number', '#share', '#theme', '#lang', '#open-file']) {
      const box = await page.locator(id).boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= 375, `${id} fits: ${JSON.stringify(box)}`);
      assert.ok(box.height >= 24, `${id} is tall enough to tap`);
    }
    await page.screenshot({ path: join(shots, 'mobile-editor.png') });
    await page.locator('#output-h').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('output-h').scrollIntoView());
    await page.screenshot({ path: join(shots, 'mobile.png') });
  } finally {
    await context.close();
  }
});

test.after(async () => {
  await browser.close();
  stop();
});
