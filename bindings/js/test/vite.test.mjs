// A page that imports 'baiviet' is bundled with Vite 7 (the package resolved through its
// exports map from node_modules); the built page runs in headless Chromium and renders what
// Node renders. Checks that the .wasm and the ICU data become hashed assets.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPackage, packageDir, missingPackageMessage } from './helpers.mjs';
import { serve, launchChromium, hasPlaywright } from './browser.mjs';

const bv = await loadPackage();
let vite = null;
try { vite = await import('vite'); } catch { /* skipped below */ }
const skip = !bv ? missingPackageMessage
  : !vite ? 'vite is not installed: run npm install in bindings/js'
  : !(await hasPlaywright()) ? 'no playwright-core or /usr/bin/chromium' : false;

const source = '# Bài viết Vite\n\nĐoạn *một* với số 2.617.\n';

test('a Vite-built page imports the package and renders in Chromium', { skip, timeout: 180000 }, async () => {
  await bv.init();
  const expected = bv.render(source, { to: 'html' });
  const dir = mkdtempSync(join(tmpdir(), 'baiviet-vite-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(packageDir(), join(dir, 'node_modules', 'baiviet'), 'dir');
    writeFileSync(join(dir, 'index.html'), `<!doctype html><meta charset="utf-8">
<pre id="out"></pre><script type="module" src="./main.js"></script>`);
    writeFileSync(join(dir, 'main.js'), `import { init, render, BaivietError } from 'baiviet';
await init();
document.getElementById('out').textContent = render(${JSON.stringify(source)}, { to: 'html' });
window.done = BaivietError.name;
`);
    await vite.build({
      root: dir, logLevel: 'warn', configFile: false,
      build: { outDir: join(dir, 'dist'), target: 'es2022', emptyOutDir: true },
    });
    const assets = readdirSync(join(dir, 'dist', 'assets'));
    assert.ok(assets.some((f) => /\.wasm$/.test(f)), `no .wasm asset in ${assets}`);
    assert.ok(assets.some((f) => /\.dat$/.test(f)), `no .dat asset in ${assets}`);

    const server = await serve({ '/': join(dir, 'dist') });
    const { browser } = await launchChromium();
    try {
      const tab = await browser.newPage();
      const errors = [];
      tab.on('pageerror', (e) => errors.push(String(e)));
      await tab.goto(`${server.url}/index.html`);
      await tab.waitForFunction(() => window.done !== undefined, null, { timeout: 60000 });
      const out = await tab.evaluate(() => document.getElementById('out').textContent);
      assert.deepEqual(errors, []);
      assert.equal(out, expected);
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
