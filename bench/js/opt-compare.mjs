#!/usr/bin/env node
// Render speed of several builds of the package (e.g. the core at -Oz and at -O2) and
// of the bare cmark-gfm peer built the same ways, in one Node process, on the Markdown
// sets of the benchmark corpus; prints MB/s, ratios and the brotli size of each core.
//
//   node bench/js/opt-compare.mjs --corpus DIR --pkg NAME=DIR [--pkg NAME=DIR ...]
//        [--bare NAME=DIR ...] [--ms 250] [--rounds 5]
//
// Each --pkg is a built package directory (bindings/js/package layout); each --bare a
// directory made by bench/js/bare-cmark/build.sh. Timing as node-bench.mjs: every
// implementation in turn, round after round, median time per operation.
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { loadBareCmark } from './bare-cmark/load.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : def; };
const many = (name) => args.flatMap((a, i) => (a === name ? [args[i + 1]] : []));
const corpusDir = resolve(opt('--corpus', 'build-bench/bench-corpus'));
const budgetMs = Number(opt('--ms', 250));
const rounds = Number(opt('--rounds', 5));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const brotli = (f) => brotliCompressSync(readFileSync(f), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function timeOnce(fn) {
  fn();
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  do { fn(); n++; t = performance.now(); } while ((t - t0 < budgetMs || n < 3) && n < 1e7);
  return (t - t0) / n;
}

const impls = {};
for (const spec of many('--pkg')) {
  const [name, dir] = spec.split('=');
  const bv = await import(pathToFileURL(join(resolve(dir), 'index.js')).href);
  await bv.init();
  impls[name] = { render: (s) => bv.render(s, { from: 'markdown' }), core: join(resolve(dir), 'baiviet-core.wasm') };
}
for (const spec of many('--bare')) {
  const [name, dir] = spec.split('=');
  impls[name] = {
    render: await loadBareCmark(dir),
    core: join(resolve(dir), 'bare-cmark.wasm'),
  };
}

for (const [name, x] of Object.entries(impls)) {
  if (existsSync(x.core)) console.log(`${name}: ${x.core} ${readFileSync(x.core).length} bytes, brotli -q 11 ${brotli(x.core)} bytes`);
}
const corpus = JSON.parse(readFileSync(join(corpusDir, 'corpus.json'), 'utf8'));
for (const set of corpus.sets.filter((s) => (s.format ?? 'markdown') === 'markdown')) {
  const texts = set.files.map((f) => readFileSync(f, 'utf8'));
  const times = Object.fromEntries(Object.keys(impls).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [k, x] of Object.entries(impls)) times[k].push(timeOnce(() => { let n = 0; for (const t of texts) n += x.render(t).length; return n; }));
  }
  const ms = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  console.log(`${set.name} (${set.bytes} bytes): ` + Object.entries(ms).map(([k, v]) => `${k} ${(set.bytes / 1e6 / (v / 1e3)).toFixed(2)} MB/s`).join(', '));
}
