// The package as a dependency of a web app, one page per bundler, each loaded in headless
// Chromium: the page renders with the core, then loads formatting and formats. Output must be
// what Node gives. The app resolves 'baiviet' from node_modules (a link to the built package),
// as after `npm install baiviet`.
//   vite build      assets hashed (core, full, data), the full loader a separate chunk
//   vite dev        the dev server with its dependency pre-bundling left on (the package finds
//                   its files in spite of it), and with optimizeDeps.exclude (the README's advice)
//   webpack 5       production build, asset modules for new URL(…, import.meta.url)
//   esbuild         --bundle --splitting, the package's files copied next to the output
// BAIVIET_BUNDLERS=vite-build,webpack,… runs a subset (default: all).
import test from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { loadPackage, packageDir, missingPackageMessage, jsDir } from './helpers.mjs';
import { serve, launchChromium, hasPlaywright } from './browser.mjs';

const bv = await loadPackage();
const require = createRequire(join(jsDir, 'package.json'));
const has = (m) => { try { require.resolve(m); return true; } catch { return false; } };
const only = process.env.BAIVIET_BUNDLERS ? process.env.BAIVIET_BUNDLERS.split(',') : null;
const baseSkip = !bv ? missingPackageMessage
  : !(await hasPlaywright()) ? 'no playwright-core or /usr/bin/chromium (npm install; apt-get install chromium)' : false;
const skipFor = (name, module) => baseSkip || (only && !only.includes(name) ? `not in BAIVIET_BUNDLERS` : false) ||
  (module && !has(module) ? `${module} is not installed: run npm install in bindings/js` : false);

const source = '# Bài viết\n\nĐoạn *một* với số 2.617 và ngày 29/2/2024.\n';
const main = `import { init, render, loadFormatting, format, BaivietError } from 'baiviet';
const out = {};
try { format.number(1); out.before = 'no error'; } catch (e) { out.before = (e instanceof BaivietError) + ' ' + e.code; }
await init();
try { format.number(1); } catch (e) { out.before += ' ' + e.code; }
out.html = render(${JSON.stringify(source)}, { to: 'html' });
document.getElementById('out').textContent = out.html;
await loadFormatting();
out.words = format.words(2617);
out.html2 = render(${JSON.stringify(source)}, { to: 'html', html: { markupNumbers: true } });
window.result = out;
`;
const html = (script) => `<!doctype html><meta charset="utf-8"><title>baiviet</title><link rel="icon" href="data:,">
<pre id="out"></pre><script type="module" src="${script}"></script>`;

/** A fresh app directory with a copy of the built package in node_modules/baiviet (as npm installs it). */
function app() {
  const dir = mkdtempSync(join(tmpdir(), 'baiviet-app-'));
  mkdirSync(join(dir, 'node_modules'));
  cpSync(packageDir(), join(dir, 'node_modules', 'baiviet'), { recursive: true, dereference: true });
  writeFileSync(join(dir, 'main.js'), main);
  return dir;
}

async function expected() {
  await bv.init();
  const html1 = bv.render(source, { to: 'html' });
  await bv.loadFormatting();
  return {
    before: 'true not_initialized formatting_not_loaded', html: html1, words: bv.format.words(2617),
    html2: bv.render(source, { to: 'html', html: { markupNumbers: true } }),
  };
}

/** Opens `url` in Chromium and returns window.result (and the page errors). */
async function runPage(url) {
  const { browser } = await launchChromium();
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    tab.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await tab.goto(url);
    await tab.waitForFunction(() => window.result !== undefined, null, { timeout: 90000 });
    return { result: await tab.evaluate(() => window.result), errors };
  } finally {
    await browser.close();
  }
}

test('vite build: hashed assets, the page renders then formats', { skip: skipFor('vite-build', 'vite'), timeout: 240000 }, async () => {
  const vite = await import(require.resolve('vite'));
  const dir = app();
  try {
    writeFileSync(join(dir, 'index.html'), html('./main.js'));
    await vite.build({ root: dir, logLevel: 'warn', configFile: false,
      build: { outDir: join(dir, 'dist'), target: 'es2022', emptyOutDir: true } });
    const assets = readdirSync(join(dir, 'dist', 'assets'));
    for (const re of [/^baiviet-core-.*\.wasm$/, /^baiviet-full-.*\.wasm$/, /^baiviet-icu-.*\.dat$/, /^baiviet-full-.*\.js$/]) {
      assert.ok(assets.some((f) => re.test(f)), `no ${re} in ${assets}`);
    }
    const server = await serve({ '/': join(dir, 'dist') });
    try {
      const { result, errors } = await runPage(`${server.url}/index.html`);
      assert.deepEqual(errors, []);
      assert.deepEqual(result, await expected());
    } finally { await server.close(); }
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

for (const exclude of [false, true]) {
  const name = exclude ? 'vite-dev-exclude' : 'vite-dev';
  test(`vite dev server${exclude ? ' with optimizeDeps.exclude' : ' with dependency pre-bundling'}`,
    { skip: skipFor(name, 'vite'), timeout: 240000 }, async () => {
      const vite = await import(require.resolve('vite'));
      const dir = app();
      let server;
      try {
        writeFileSync(join(dir, 'index.html'), html('/main.js'));
        server = await vite.createServer({
          root: dir, logLevel: 'warn', configFile: false, clearScreen: false,
          server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
          optimizeDeps: exclude ? { exclude: ['baiviet'] } : { include: ['baiviet'] },
        });
        await server.listen();
        const { result, errors } = await runPage(`${server.resolvedUrls.local[0]}index.html`);
        assert.deepEqual(errors, []);
        assert.deepEqual(result, await expected());
      } finally {
        await server?.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
}

test('webpack 5: production bundle, assets and the formatting chunk', { skip: skipFor('webpack', 'webpack'), timeout: 240000 }, async () => {
  const webpack = require('webpack');
  const dir = app();
  try {
    const stats = await new Promise((resolve, reject) => webpack({
      mode: 'production', context: dir, entry: './main.js',
      output: { path: join(dir, 'dist'), filename: 'main.js', publicPath: 'auto', clean: true },
      experiments: { topLevelAwait: true },
      resolve: { symlinks: true },
      performance: { hints: false },
    }, (err, s) => (err ? reject(err) : resolve(s))));
    const info = stats.toJson({ all: false, errors: true, warnings: true, assets: true });
    assert.deepEqual(info.errors.map((e) => e.message), []);
    assert.deepEqual(info.warnings.map((e) => e.message), []);
    const files = info.assets.map((a) => a.name);
    assert.equal(files.filter((f) => f.endsWith('.wasm')).length, 2, files.join(' '));
    assert.equal(files.filter((f) => f.endsWith('.dat')).length, 1, files.join(' '));
    writeFileSync(join(dir, 'dist', 'index.html'), html('./main.js'));
    const server = await serve({ '/': join(dir, 'dist') });
    try {
      const { result, errors } = await runPage(`${server.url}/index.html`);
      assert.deepEqual(errors, []);
      assert.deepEqual(result, await expected());
    } finally { await server.close(); }
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('esbuild: --bundle --splitting, the package files copied next to the output', { skip: skipFor('esbuild', 'esbuild'), timeout: 120000 }, async () => {
  const esbuild = require('esbuild');
  const dir = app();
  try {
    const out = join(dir, 'dist');
    await esbuild.build({ entryPoints: [join(dir, 'main.js')], bundle: true, splitting: true, format: 'esm',
      outdir: out, target: 'es2022', logLevel: 'warning', absWorkingDir: dir });
    // esbuild leaves new URL('./x.wasm', import.meta.url) alone: the files go next to the bundle.
    for (const f of ['baiviet-core.wasm', 'baiviet-full.wasm', 'baiviet-icu.dat']) cpSync(join(packageDir(), f), join(out, f));
    writeFileSync(join(out, 'index.html'), html('./main.js'));
    const server = await serve({ '/': out });
    try {
      const { result, errors } = await runPage(`${server.url}/index.html`);
      assert.deepEqual(errors, []);
      assert.deepEqual(result, await expected());
    } finally { await server.close(); }
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
