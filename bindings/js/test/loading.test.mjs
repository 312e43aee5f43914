// Loading the two pieces (article core, full build) from every kind of source, each in a
// fresh Node process: URLs, paths, bytes, compiled WebAssembly.Module; failed and truncated
// downloads (load_failed naming the URL, the core still working when only formatting failed);
// require() of the CommonJS build.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageDir, missingPackageMessage } from './helpers.mjs';

const dir = packageDir();
const skip = dir ? false : missingPackageMessage;
const file = (f) => join(dir ?? '.', f);
const index = dir ? pathToFileURL(file('index.js')).href : '';

/** Runs `body` as an ES module in a fresh node process with `bv` imported; returns stdout lines. */
function run(body, { cjs = false } = {}) {
  const src = cjs
    ? `const bv = require(${JSON.stringify(file('index.cjs'))}); const fs = require('node:fs');
       (async () => { ${body} })().catch((e) => { console.log('UNCAUGHT ' + e.code + ' ' + e.message); });`
    : `const bv = await import(${JSON.stringify(index)}); const fs = await import('node:fs');
       const out = (...a) => console.log(a.join(' '));
       ${body}`;
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, cjs ? ['-e', src] : ['--input-type=module', '-e', src]);
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => { stdout += d; });
    p.stderr.on('data', (d) => { stderr += d; });
    p.on('error', reject);
    p.on('close', (code) => {
      if (code !== 0) reject(new Error(`exit ${code}: ${stderr.slice(-600)}`));
      else resolve(stdout.trim().split('\n'));
    });
  });
}

const slug = `bv.text.slugify('Đây là ví dụ')`;
const words = `bv.format.words(2617)`;
const WORDS = 'hai nghìn sáu trăm mười bảy';

test('paths and file URLs (Node reads them with fs)', { skip }, async () => {
  const lines = await run(`
    await bv.init({ core: ${JSON.stringify(file('baiviet-core.wasm'))} });
    out(bv.internals.loadedPiece(), ${slug});
    await bv.loadFormatting({ full: new URL(${JSON.stringify(pathToFileURL(file('baiviet-full.wasm')).href)}),
                              data: ${JSON.stringify(file('baiviet-icu.dat'))} });
    out(bv.internals.loadedPiece(), ${words});`);
  assert.deepEqual(lines, ['core day-la-vi-du', `full ${WORDS}`]);
});

test('bytes (Buffer, ArrayBuffer) and compiled WebAssembly.Module for each piece', { skip }, async () => {
  const lines = await run(`
    const core = await WebAssembly.compile(fs.readFileSync(${JSON.stringify(file('baiviet-core.wasm'))}));
    await bv.init({ core });
    out(${slug});
    const full = fs.readFileSync(${JSON.stringify(file('baiviet-full.wasm'))});
    const data = new Uint8Array(fs.readFileSync(${JSON.stringify(file('baiviet-icu.dat'))})).buffer;
    await bv.loadFormatting({ full, data });
    out(${words});`);
  assert.deepEqual(lines, ['day-la-vi-du', WORDS]);
  const lines2 = await run(`
    const full = await WebAssembly.compile(fs.readFileSync(${JSON.stringify(file('baiviet-full.wasm'))}));
    // formatting from the start: the core is never loaded (its source here does not exist)
    await bv.init({ formatting: true, core: '/nonexistent/baiviet-core.wasm', full,
                    data: fs.readFileSync(${JSON.stringify(file('baiviet-icu.dat'))}) });
    out(bv.internals.loadedPiece(), bv.internals.generation(), ${words}, ${slug});`);
  assert.deepEqual(lines2, [`full 1 ${WORDS} day-la-vi-du`]);
});

test('a missing core: load_failed naming the path; init() can be retried', { skip }, async () => {
  const lines = await run(`
    try { await bv.init({ core: '/nonexistent/baiviet-core.wasm' }); out('no error'); }
    catch (e) { out(e.name, e.code, e.message.includes('/nonexistent/baiviet-core.wasm')); }
    try { bv.render('x'); } catch (e) { out(e.code); }
    await bv.init({ core: ${JSON.stringify(file('baiviet-core.wasm'))} });
    out(${slug});`);
  assert.deepEqual(lines, ['BaivietError load_failed true', 'not_initialized', 'day-la-vi-du']);
});

test('formatting fails to load: load_failed naming it, the core keeps working, a retry succeeds', { skip }, async () => {
  const lines = await run(`
    await bv.init();
    const before = bv.render('# Tựa\\n\\nĐoạn.');
    try { await bv.loadFormatting({ full: '/nonexistent/baiviet-full.wasm' }); out('no error'); }
    catch (e) { out(e.code, e.message.includes('/nonexistent/baiviet-full.wasm')); }
    out(bv.internals.loadedPiece(), bv.render('# Tựa\\n\\nĐoạn.') === before);
    try { bv.format.number(1); } catch (e) { out(e.code); }
    const half = fs.readFileSync(${JSON.stringify(file('baiviet-full.wasm'))}).subarray(0, 400000);
    try { await bv.loadFormatting({ full: half }); out('no error'); }
    catch (e) { out(e.code, /WebAssembly/.test(e.message)); }
    const dat = fs.readFileSync(${JSON.stringify(file('baiviet-icu.dat'))});
    for (const cut of [1000, dat.length >> 1, dat.length - 4000]) {
      try { await bv.loadFormatting({ full: ${JSON.stringify(file('baiviet-full.wasm'))}, data: dat.subarray(0, cut) }); out('no error'); }
      catch (e) { out(e.code); }
    }
    out(bv.internals.loadedPiece(), ${slug});
    await bv.loadFormatting({ full: ${JSON.stringify(file('baiviet-full.wasm'))}, data: dat });
    out(bv.internals.loadedPiece(), ${words});`);
  assert.deepEqual(lines, ['load_failed true', 'core true', 'formatting_not_loaded', 'load_failed true',
    'load_failed', 'load_failed', 'load_failed', 'core day-la-vi-du', `full ${WORDS}`]);
});

test('over HTTP: streaming compile, and a download cut short is load_failed naming the URL', { skip }, async () => {
  const served = { '/baiviet-core.wasm': 'application/wasm', '/baiviet-full.wasm': 'application/wasm',
    '/baiviet-icu.dat': 'application/octet-stream' };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const cut = path.startsWith('/cut');
    const name = cut ? path.slice(4) : path;
    if (!served[name]) { res.writeHead(404); res.end(); return; }
    const body = readFileSync(file(name.slice(1)));
    res.writeHead(200, { 'content-type': served[name], 'content-length': body.length });
    if (!cut) { res.end(body); return; }
    res.write(body.subarray(0, body.length >> 1), () => res.destroy());
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const lines = await run(`
      await bv.init({ core: '${base}/baiviet-core.wasm' });
      out(${slug});
      try { await bv.loadFormatting({ full: '${base}/baiviet-full.wasm', data: '${base}/cut/baiviet-icu.dat' }); out('no error'); }
      catch (e) { out(e.code, e.message.includes('${base}/cut/baiviet-icu.dat')); }
      try { await bv.loadFormatting({ full: '${base}/cut/baiviet-full.wasm', data: '${base}/baiviet-icu.dat' }); out('no error'); }
      catch (e) { out(e.code, e.message.includes('${base}/cut/baiviet-full.wasm')); }
      try { await bv.loadFormatting({ full: '${base}/missing.wasm', data: '${base}/baiviet-icu.dat' }); out('no error'); }
      catch (e) { out(e.code, e.message.includes('${base}/missing.wasm'), /404/.test(e.message)); }
      out(bv.internals.loadedPiece(), ${slug});
      await bv.loadFormatting({ full: '${base}/baiviet-full.wasm', data: '${base}/baiviet-icu.dat' });
      out(${words});`);
    assert.deepEqual(lines, ['day-la-vi-du', 'load_failed true', 'load_failed true', 'load_failed true true',
      'core day-la-vi-du', WORDS]);
  } finally {
    server.closeAllConnections?.();
    await new Promise((r) => server.close(r));
  }
});

test('options are checked: unknown names and wrong kinds are invalid_argument', { skip }, async () => {
  const lines = await run(`
    for (const o of [{ wasm: 'x' }, { formatting: 'yes' }, { core: 42 }, 'core']) {
      try { await bv.init(o); out('no error'); } catch (e) { out(e.code); }
    }
    try { await bv.loadFormatting({ data: new WebAssembly.Module(fs.readFileSync(${JSON.stringify(file('baiviet-core.wasm'))})) }); out('no error'); }
    catch (e) { out(e.code); }`);
  assert.deepEqual(lines, ['invalid_argument', 'invalid_argument', 'invalid_argument', 'invalid_argument', 'invalid_argument']);
});

test('require() of the CommonJS build (Node 20), formatting through import()', { skip }, async () => {
  const lines = await run(`
    await bv.init();
    console.log(bv.render('*x*', { to: 'text', from: 'markdown' }).trim());
    await bv.loadFormatting();
    console.log(${words});`, { cjs: true });
  assert.deepEqual(lines, ['x', WORDS]);
});
