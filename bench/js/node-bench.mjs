#!/usr/bin/env node
// The baiviet WASM package against its JS/WASM peers, in one Node process:
//   render    Markdown → HTML on every corpus set: baiviet render() vs markdown-it,
//             marked, markdown-wasm, md4w
//   numbers   format.number (one call per value; a batch call if the package has one)
//             vs Intl.NumberFormat('vi-VN') (cached formatter) and toLocaleString('vi-VN')
//   excerpts  160-grapheme excerpts of HTML (and of plain text) vs text-clipper and
//             truncate-html
//   init      init() in this process (cold), and the median over fresh Node processes,
//             with markdown-wasm's and md4w's start-up beside it
//
//   node bench/js/node-bench.mjs --corpus DIR --pkg DIR [--out FILE] [--ms 250] [--rounds 5]
//
// Timing: every implementation of a case is measured in turn, round after round
// (interleaved, so a burst of load on the shared machine hits all of them), each
// measurement running the case for about --ms milliseconds; the figure kept is
// the median time per operation over the rounds.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { loadBareCmark } from './bare-cmark/load.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : def; };
const corpusDir = resolve(opt('--corpus', join(root, 'build-bench/bench-corpus')));
const pkgDir = resolve(opt('--pkg', process.env.BAIVIET_JS_PACKAGE ?? join(root, 'build-wasm/bindings/js/package')));
const outFile = opt('--out', null);
const budgetMs = Number(opt('--ms', 250));
const rounds = Number(opt('--rounds', 5));
const initRuns = Number(opt('--init-runs', 7));
// The bare cmark-gfm peer (bench/js/bare-cmark/build.sh): same emcc flags as the core.
const bareDir = opt('--bare-cmark', null);

if (!existsSync(join(pkgDir, 'index.js'))) {
  console.error(`node-bench: no baiviet package in ${pkgDir} (build it with .ci/wasm-build.sh)`);
  process.exit(2);
}
if (!existsSync(join(corpusDir, 'corpus.json'))) {
  console.error(`node-bench: no corpus.json in ${corpusDir} (node bench/corpus/generate.mjs ${corpusDir})`);
  process.exit(2);
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const now = () => performance.now();

/** ms per operation: runs fn for about budgetMs (at least 3 times), after a warm-up. */
function timeOnce(fn) {
  fn();
  let n = 0;
  const t0 = now();
  let t = t0;
  do { fn(); n++; t = now(); } while ((t - t0 < budgetMs || n < 3) && n < 1e7);
  return (t - t0) / n;
}

/** cases: { impl: fn }. Interleaved rounds; returns { impl: median ms/op }. */
function compare(cases) {
  const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [k, fn] of Object.entries(cases)) times[k].push(timeOnce(fn));
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

// ---- start-up (cold, in this process) ---------------------------------------------
const result = { node: process.version, v8: process.versions.v8, package: pkgDir, when: new Date().toISOString(),
  budget_ms: budgetMs, rounds, init: {}, render: [], numbers: [], excerpts: [] };

let t0 = now();
const bv = await import(pathToFileURL(join(pkgDir, 'index.js')).href);
let t1 = now();
await bv.init();
let t2 = now();
result.init.baiviet_cold_import_ms = t1 - t0;
result.init.baiviet_cold_init_ms = t2 - t1;

t0 = now();
const markdownWasm = await import('markdown-wasm');
await markdownWasm.ready;
result.init.markdown_wasm_cold_ms = now() - t0;
t0 = now();
const md4w = await import('md4w');
await md4w.init();
result.init.md4w_cold_ms = now() - t0;
t0 = now();
const { default: MarkdownIt } = await import('markdown-it');
const { marked } = await import('marked');
const clipModule = await import('text-clipper');
const clip = clipModule.default?.default ?? clipModule.default;  // CommonJS with __esModule
const { default: truncateHtml } = await import('truncate-html');
result.init.js_peers_import_ms = now() - t0;

// Bare cmark-gfm in WASM: loaded as the package loads its core (instantiateWasm), and
// called as the package calls render (string encoded into WASM memory, HTML decoded).
let bareCmark = null;
if (bareDir && existsSync(join(bareDir, 'bare-cmark.js'))) {
  t0 = now();
  bareCmark = await loadBareCmark(bareDir);
  result.init.bare_cmark_cold_ms = now() - t0;
  result.bare_cmark = readFileSync(join(bareDir, 'bare-cmark.txt'), 'utf8').trim();
} else if (bareDir) {
  console.error(`node-bench: no bare-cmark.js in ${bareDir} (bench/js/bare-cmark/build.sh): peer skipped`);
}

// init() in fresh processes (median): import + init and the first render of the sample.
const sampleText = readFileSync(join(root, 'tests/fixtures/samples/son-la-ky-3.txt'), 'utf8');
const fresh = `
const t0 = performance.now();
const bv = await import(${JSON.stringify(pathToFileURL(join(pkgDir, 'index.js')).href)});
const t1 = performance.now();
await bv.init();
const t2 = performance.now();
bv.render(${JSON.stringify(sampleText)}, { from: 'text' });
const t3 = performance.now();
console.log(JSON.stringify({ import: t1 - t0, init: t2 - t1, first_render: t3 - t2 }));`;
const freshRuns = [];
for (let i = 0; i < initRuns; i++) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', fresh], { encoding: 'utf8' });
  if (r.status === 0) freshRuns.push(JSON.parse(r.stdout));
}
if (freshRuns.length) {
  result.init.fresh_runs = freshRuns.length;
  result.init.fresh_import_ms = median(freshRuns.map((x) => x.import));
  result.init.fresh_init_ms = median(freshRuns.map((x) => x.init));
  result.init.fresh_first_render_ms = median(freshRuns.map((x) => x.first_render));
}

// ---- render ------------------------------------------------------------------------
const corpus = JSON.parse(readFileSync(join(corpusDir, 'corpus.json'), 'utf8'));
const mdit = new MarkdownIt();   // defaults: CommonMark + tables + strikethrough, raw HTML off
const renderers = {
  baiviet: (s) => bv.render(s),                  // Markdown → safe article HTML
  'markdown-it': (s) => mdit.render(s),
  marked: (s) => marked.parse(s),                // gfm: true by default
  'markdown-wasm': (s) => markdownWasm.parse(s), // md4c in WASM, GitHub dialect
  md4w: (s) => md4w.mdToHtml(s),                 // md4c in WASM
};
if (bareCmark) renderers['cmark-gfm (wasm)'] = bareCmark;  // bare cmark-gfm, same emcc flags as the core
for (const set of corpus.sets) {
  const texts = set.files.map((f) => readFileSync(f, 'utf8'));
  const cases = Object.fromEntries(Object.entries(renderers).map(([k, fn]) => [k, () => {
    let n = 0;
    for (const t of texts) n += fn(t).length;
    return n;
  }]));
  const ms = compare(cases);
  for (const [impl, t] of Object.entries(ms)) {
    result.render.push({ set: set.name, bytes: set.bytes, files: set.files.length, impl, ms_per_op: t,
      mb_per_s: set.bytes / 1e6 / (t / 1e3) });
  }
  console.error(`render ${set.name}: ` + Object.entries(ms).map(([k, v]) => `${k} ${v.toFixed(3)} ms`).join(', '));
}

// ---- numbers -----------------------------------------------------------------------
const values = [];
{
  let x = 2463534242;  // xorshift32, the same values as bench/format_bench.cpp
  for (let i = 0; i < 1024; i++) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    values.push((x % 100000000) / ((x & 1) ? 1 : 1000));
  }
}
const nf = new Intl.NumberFormat('vi-VN');
if (bv.loadFormatting) {   // the package in two pieces: format.* come with the full build
  const f0 = now();
  await bv.loadFormatting();
  result.init.baiviet_load_formatting_ms = now() - f0;
}
let mismatches = 0;
for (const v of values) if (bv.format.number(v) !== nf.format(v)) mismatches++;
const batchFn = bv.format.numbers ?? null;  // format.numbers: one call for the whole array
const numberCases = {
  'baiviet format.number': () => { let n = 0; for (const v of values) n += bv.format.number(v).length; return n; },
  'Intl.NumberFormat(vi-VN).format': () => { let n = 0; for (const v of values) n += nf.format(v).length; return n; },
  'toLocaleString(vi-VN)': () => { let n = 0; for (const v of values) n += v.toLocaleString('vi-VN').length; return n; },
  'new Intl.NumberFormat per call': () => { let n = 0; for (const v of values) n += new Intl.NumberFormat('vi-VN').format(v).length; return n; },
};
if (batchFn) numberCases['baiviet batch'] = () => batchFn(values).length;
const numMs = compare(numberCases);
for (const [impl, t] of Object.entries(numMs)) {
  result.numbers.push({ impl, values: values.length, ns_per_value: (t * 1e6) / values.length });
}
result.numbers_note = { batch_api: batchFn ? 'yes' : 'none in the package (format.number is one call per value)',
  mismatches_vs_intl: mismatches, checked: values.length };
console.error(`numbers: ` + Object.entries(numMs).map(([k, v]) => `${k} ${((v * 1e6) / values.length).toFixed(0)} ns/value`).join(', '));

// ---- excerpts ----------------------------------------------------------------------
// Inputs: the sample article and the Markdown corpus, rendered to HTML by baiviet (the
// same fragment for everyone), and the sample's plain text.
const excerptInputs = [{ name: 'sample', html: bv.render(sampleText, { from: 'text', html: { header: false } }), text: sampleText }];
const mdSet = corpus.sets.find((s) => s.name === 'corpus-md');
if (mdSet) {
  excerptInputs.push({ name: 'corpus-md', html: mdSet.files.map((f) => bv.render(readFileSync(f, 'utf8'), { html: { header: false } })),
    text: null });
}
for (const input of excerptInputs) {
  const htmls = Array.isArray(input.html) ? input.html : [input.html];
  const each = (fn) => () => { let n = 0; for (const h of htmls) n += fn(h).length; return n; };
  const ms = compare({
    'baiviet excerpt (html→html)': each((h) => bv.excerpt(h, { from: 'html', limit: 160, to: 'html' }).text),
    'text-clipper (html)': each((h) => clip(h, 160, { html: true })),
    'truncate-html': each((h) => truncateHtml(h, 160)),
  });
  for (const [impl, t] of Object.entries(ms)) {
    result.excerpts.push({ input: `${input.name} html`, impl, us_per_excerpt: (t * 1e3) / htmls.length });
  }
  if (input.text) {
    const ms2 = compare({
      'baiviet excerpt (plain)': () => bv.excerpt(input.text, { from: 'plain', limit: 160 }).text.length,
      'text-clipper (plain)': () => clip(input.text, 160).length,
    });
    for (const [impl, t] of Object.entries(ms2)) {
      result.excerpts.push({ input: `${input.name} plain`, impl, us_per_excerpt: t * 1e3 });
    }
  }
}
console.error('excerpts: ' + result.excerpts.map((e) => `${e.input} ${e.impl} ${e.us_per_excerpt.toFixed(1)} µs`).join(', '));

// ---- samples of the outputs (for the reader of the report) --------------------------
result.example_excerpts = {
  baiviet: bv.excerpt(excerptInputs[0].html, { from: 'html', limit: 160, to: 'html' }).text,
  'text-clipper': clip(excerptInputs[0].html, 160, { html: true }),
  'truncate-html': truncateHtml(excerptInputs[0].html, 160),
};

const json = JSON.stringify(result, null, 2) + '\n';
if (outFile) writeFileSync(outFile, json);
else process.stdout.write(json);
