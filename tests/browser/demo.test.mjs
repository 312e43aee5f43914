// Browser tests of the web demo (web-demo/): the page as served by web-demo/serve.sh (Python's
// http.server), driven in headless Chromium (Debian's /usr/bin/chromium + npm playwright-core).
//
//   node tests/browser/demo.test.mjs        (ctest: demo_browser, tests/cmake/demo.cmake)
//
// Exit 77 (ctest: skipped) with a message when the WASM package, Chromium, playwright-core or
// python3 is missing. Screenshots go to web-demo/screenshots/ (BAIVIET_DEMO_SCREENSHOTS overrides).
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = process.env.BAIVIET_JS_PACKAGE ||
  join(process.env.BAIVIET_WASM_BUILD_DIR || join(root, 'build-wasm'), 'bindings/js/package');
const chromiumPath = process.env.BAIVIET_CHROMIUM || '/usr/bin/chromium';
const shots = process.env.BAIVIET_DEMO_SCREENSHOTS || join(root, 'web-demo/screenshots');
const sampleTitle = 'Chỉnh đốn, nâng cao năng lực lãnh đạo sức chiến đấu của tổ chức cơ sở đảng';

function skip(why) {
  console.log(`SKIPPED: ${why}`);
  process.exit(77);
}
if (!existsSync(join(pkg, 'baiviet.wasm')) || !existsSync(join(pkg, 'index.js'))) {
  skip(`the WASM package is not built (${pkg} missing). Build it with .ci/wasm-build.sh, or set BAIVIET_JS_PACKAGE.`);
}
if (!existsSync(chromiumPath)) skip(`no Chromium at ${chromiumPath} (apt-get install chromium)`);
if (spawnSync('python3', ['--version']).status !== 0) skip('python3 is needed by web-demo/serve.sh');

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

// ---- the server: web-demo/serve.sh, in a temporary dist directory, on a free port ----------

async function freePort() {
  const s = createServer();
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address();
  await new Promise((r) => s.close(r));
  return port;
}

const port = await freePort();
const distDir = mkdtempSync(join(tmpdir(), 'baiviet-demo-'));
const server = spawn('bash', [join(root, 'web-demo/serve.sh')], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', BAIVIET_JS_PACKAGE: pkg, BAIVIET_DEMO_DIST: join(distDir, 'dist') },
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
await until(async () => (await fetch(base)).ok, `the demo server (${serverOut})`, 60000);

const browser = await playwright.chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--no-first-run'],
});

function stop() {
  try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
  rmSync(distDir, { recursive: true, force: true });
}
process.on('exit', stop);

// ---- helpers -----------------------------------------------------------------------------

/** Opens the demo and records console errors, page errors, failed and non-local requests. */
async function openDemo(viewport = { width: 1366, height: 900 }) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
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
  context.on('response', (r) => log.responses.push({ url: r.url(), status: r.status(), type: r.headers()['content-type'] ?? '' }));
  await page.goto(base);
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
async function showTab(page, name) {
  await page.locator(`#tab-${name}`).click();
  return page.locator(`#out-${name}`).textContent();
}

// ---- tests -------------------------------------------------------------------------------

test('loads with no console errors, no failed requests, nothing outside localhost', async () => {
  const { context, page, log } = await openDemo();
  try {
    await preview(page).locator('h1').waitFor();
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.console, []);
    assert.deepEqual(log.failed, []);
    assert.deepEqual(log.external, []);
    assert.deepEqual(log.responses.filter((r) => r.status >= 400), []);
    const wasm = log.responses.filter((r) => r.url.endsWith('/baiviet.wasm'));
    assert.ok(wasm.length >= 1, 'baiviet.wasm was fetched');
    for (const r of wasm) assert.match(r.type, /^application\/wasm/);
    assert.match(await page.locator('#status').textContent(), /sẵn sàng/);
  } finally {
    await context.close();
  }
});

test('the sample article renders as a news page with the "Tin mới" card', async () => {
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
    const sample = readFileSync(join(root, 'tests/fixtures/samples/son-la-ky-3.txt'), 'utf8');
    const ex = bv.excerpt(sample, { from: 'text', limit: 160, unit: 'graphemes', readingTime: true });
    assert.equal(await page.locator('#card-title').textContent(), sampleTitle);
    assert.equal(await page.locator('#card-excerpt').textContent(), ex.text);
    assert.ok(bv.text.count(ex.text).graphemes <= 161, 'excerpt within 160 graphemes + ellipsis');
    assert.match(await page.locator('#card-reading').textContent(), /\d+ phút đọc/);
    // The other views: HTML source, JSON model, plain text.
    assert.equal(await showTab(page, 'html'),
      bv.render(sample, { from: 'text', html: { toc: true, idPrefix: 'bv-', unsafe: false, markupNumbers: false } }));
    const model = JSON.parse(await showTab(page, 'json'));
    assert.equal(model.title, sampleTitle);
    assert.equal(await showTab(page, 'text'), bv.render(sample, { from: 'text', to: 'text' }));
    assert.match(await page.locator('#timing').textContent(), /Lần kết xuất gần nhất: [\d,.]+ ms/);
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
    assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-text');
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
    for (const id of ['#source', '#example', '#comment', '#play-number']) {
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
