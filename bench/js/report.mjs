#!/usr/bin/env node
// Combines the native (Google Benchmark JSON), Node and browser results of one
// bench/run.sh into bench/results/latest.json and latest.md: tables of ratios
// against each peer measured in the same run, and the goals of issue 10
// (reported, never asserted).
//
//   node bench/js/report.mjs --results DIR --corpus DIR --out-dir bench/results
// DIR holds pipeline.json, excerpt.json, import.json, format.json (native),
// node.json and browser.json; any of them may be missing (that part is skipped).
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execSync } from 'node:child_process';
import os from 'node:os';

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : def; };
const resultsDir = resolve(opt('--results', 'build-bench/bench-results'));
const corpusDir = resolve(opt('--corpus', 'build-bench/bench-corpus'));
const outDir = resolve(opt('--out-dir', 'bench/results'));
const command = opt('--command', 'bench/run.sh');

const load = (name) => {
  const p = join(resultsDir, name);
  if (!existsSync(p)) return null;
  try { return JSON.parse(readFileSync(p, 'utf8')); } catch { return null; }
};
const sh = (cmd) => { try { return execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return null; } };

// ---- machine ------------------------------------------------------------------------
const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
const machine = {
  date: new Date().toISOString(),
  nproc: Number(sh('nproc')) || os.cpus().length,
  cpu_model: (cpuinfo.match(/^model name\s*:\s*(.*)$/m) || [])[1] ?? os.cpus()[0]?.model ?? 'unknown',
  load_average: os.loadavg().map((x) => Number(x.toFixed(2))),
  kernel: os.release(),
  compiler: sh('c++ --version | head -1'),
  node: process.version,
  note: 'shared machine: absolute numbers are noisy; ratios within one run are what counts',
};

// ---- native ---------------------------------------------------------------------------
/** Google Benchmark JSON → { run_name: entry } (the median aggregate when repeated). */
function gbench(json) {
  if (!json) return null;
  const out = {};
  for (const b of json.benchmarks ?? []) {
    if (b.run_type === 'aggregate' && b.aggregate_name !== 'median') continue;
    out[b.run_name ?? b.name] = b;
  }
  return { context: json.context, runs: out };
}
const toNs = (b, field = 'cpu_time') => {
  const mult = { ns: 1, us: 1e3, ms: 1e6, s: 1e9 }[b.time_unit ?? 'ns'];
  return b[field] * mult;
};
const mbps = (b) => (b?.bytes_per_second ?? NaN) / 1e6;

const corpus = existsSync(join(corpusDir, 'corpus.json')) ? JSON.parse(readFileSync(join(corpusDir, 'corpus.json'), 'utf8')) : { sets: [] };
const setNames = corpus.sets.map((s) => s.name);
// The issue-14 goals compare Markdown rendering: on the plain-text sets the Node
// render() auto-detects text and runs the text import, which the peers do not.
const markdownSets = new Set(corpus.sets.filter((s) => (s.format ?? 'markdown') === 'markdown').map((s) => s.name));
const setBytes = Object.fromEntries(corpus.sets.map((s) => [s.name, s.bytes]));

const out = { machine, command, corpus: corpus.sets.map(({ name, files, bytes, note }) => ({ name, files: files.length, bytes, note })), native: {}, node: null, browser: null, goals: [] };
const md = [];
const fmt = (x, d = 2) => (x == null || Number.isNaN(x) ? '—' : (Math.abs(x) > 0 && Math.abs(x) < 0.1 && d === 2 ? Number(x).toPrecision(2) : Number(x).toFixed(d)));
const ratio = (a, b) => (a && b ? a / b : NaN);
const table = (head, rows, left = [0]) => {
  md.push(`| ${head.join(' | ')} |`, `|${head.map((_, i) => (left.includes(i) ? '---' : '---:')).join('|')}|`);
  for (const r of rows) md.push(`| ${r.join(' | ')} |`);
  md.push('');
};

md.push(`## Machine`, '');
md.push(`${machine.date} · ${machine.nproc} CPUs (${machine.cpu_model}) · load average ${machine.load_average.join(' / ')} · Linux ${machine.kernel} · ${machine.compiler ?? ''} · Node ${machine.node}`, '');
md.push(`Reproduce: \`${command}\``, '');
md.push('## Corpus', '');
table(['set', 'files', 'bytes', 'what'], out.corpus.map((s) => [s.name, s.files, s.bytes.toLocaleString('en-US'), s.note]), [0, 3]);

const pipeline = gbench(load('pipeline.json'));
if (pipeline) {
  const rows = [];
  const rowsJson = [];
  for (const set of setNames) {
    const g = (impl) => pipeline.runs[`pipeline/${impl}/${set}`];
    const r = {
      set, bytes: setBytes[set],
      ours_pipeline_mb_s: mbps(g('ours')), ours_render_mb_s: mbps(g('ours-render')), ours_parse_mb_s: mbps(g('ours-parse')),
      cmark_gfm_mb_s: mbps(g('cmark-gfm')), md4c_mb_s: mbps(g('md4c')),
    };
    if (Number.isNaN(r.ours_pipeline_mb_s)) continue;
    r.pipeline_vs_cmark = ratio(r.ours_pipeline_mb_s, r.cmark_gfm_mb_s);
    r.render_vs_cmark = ratio(r.ours_render_mb_s, r.cmark_gfm_mb_s);
    r.pipeline_vs_md4c = ratio(r.ours_pipeline_mb_s, r.md4c_mb_s);
    rowsJson.push(r);
    rows.push([set, fmt(r.ours_pipeline_mb_s, 1), fmt(r.ours_render_mb_s, 1), fmt(r.ours_parse_mb_s, 1), fmt(r.cmark_gfm_mb_s, 1), fmt(r.md4c_mb_s, 1),
      `**${fmt(r.pipeline_vs_cmark)}×**`, `${fmt(r.render_vs_cmark)}×`, `${fmt(r.pipeline_vs_md4c)}×`]);
  }
  out.native.pipeline = rowsJson;
  md.push('## Native: Markdown → HTML (MB/s of input, CPU time, median of repetitions)', '');
  md.push('ours = parse + article model + HTML + excerpt; render = parse + model + HTML; parse = parse + model. Peers: bare libcmark-gfm (same GFM extensions + footnotes, safe HTML), md4c (`md_html`, GitHub dialect).', '');
  table(['set', 'ours', 'ours render', 'ours parse', 'cmark-gfm', 'md4c', 'ours / cmark-gfm', 'render / cmark-gfm', 'ours / md4c'], rows);
  const worst = Math.min(...rowsJson.map((r) => r.pipeline_vs_cmark));
  const renderRatios = rowsJson.filter((r) => markdownSets.has(r.set)).map((r) => r.render_vs_cmark).filter((x) => Number.isFinite(x));
  if (renderRatios.length) out.goals.push({ goal: 'native render ≥ 0.8× bare cmark-gfm (issue 14; Markdown sets)', measured: `${fmt(Math.min(...renderRatios))}–${fmt(Math.max(...renderRatios))}×`, met: Math.min(...renderRatios) >= 0.8 });
  out.goals.push({ goal: 'native pipeline ≥ 0.8× bare cmark-gfm throughput', measured: `${fmt(Math.min(...rowsJson.map((r) => r.pipeline_vs_cmark)))}–${fmt(Math.max(...rowsJson.map((r) => r.pipeline_vs_cmark)))}×`, met: worst >= 0.8 });
}

const memory = load('memory.json');
if (memory && memory.length) {
  out.native.memory = memory;
  md.push('## Native: peak heap of one render (bytes; ours = parse_markdown + render_html, bare = cmark-gfm parse + cmark_render_html)', '');
  md.push('Counted by interposing malloc (bench/heap_counter.c), so the figures do not move with the load. "largest file" is the set\'s largest input; "sum" adds the peaks of every file of the set.', '');
  table(['set', 'files', 'largest file', 'ours peak', 'bare cmark-gfm peak', 'ours / bare', 'ours model', 'cmark tree', 'sum ours / bare'],
    memory.map((m) => [m.set, m.files, m.largest_file_bytes.toLocaleString('en-US'), m.ours_peak_bytes.toLocaleString('en-US'), m.bare_peak_bytes.toLocaleString('en-US'),
      `**${fmt(m.ratio)}×**`, m.ours_model_bytes.toLocaleString('en-US'), m.bare_tree_bytes.toLocaleString('en-US'), `${fmt(m.sum_ratio)}×`]));
  const worstMem = Math.max(...memory.map((m) => Math.max(m.ratio, m.sum_ratio)));
  out.goals.push({ goal: 'peak heap of a native render ≤ 1.5× bare cmark-gfm (DESIGN; goal 1.2×)', measured: `${fmt(Math.min(...memory.map((m) => m.ratio)))}–${fmt(worstMem)}×`, met: worstMem <= 1.5 });
}

const importB = gbench(load('import.json'));
if (importB) {
  const rows = [];
  out.native.import = [];
  for (const [name, b] of Object.entries(importB.runs)) {
    out.native.import.push({ name, mb_s: mbps(b) });
    rows.push([name, fmt(mbps(b), 1)]);
  }
  md.push('## Native: plain-text import (MB/s of input)', '');
  table(['benchmark', 'MB/s'], rows);
}

const excerptB = gbench(load('excerpt.json'));
if (excerptB) {
  out.native.excerpt = [];
  const byCase = new Map();   // "article/graphemes160" → { set: µs }
  const sets = [];
  for (const [name, b] of Object.entries(excerptB.runs)) {
    out.native.excerpt.push({ name, ns_per_op: toNs(b) });
    const [, kind, unit, set] = name.split('/');
    const key = `${kind} · ${unit}`;
    if (!byCase.has(key)) byCase.set(key, {});
    byCase.get(key)[set] = toNs(b) / 1e3;
    if (!sets.includes(set)) sets.push(set);
  }
  md.push('## Native: excerpts (µs per excerpt, one article per call; CPU time)', '');
  md.push('article = `excerpt(article)` of a parsed article (text sets imported with `import_text`); text = `excerpt_text()` of its plain text; html = `excerpt_html()` of its HTML.', '');
  table(['input · limit', ...sets], [...byCase].map(([k, v]) => [k, ...sets.map((s) => fmt(v[s], 1))]));
}

const formatB = gbench(load('format.json'));
if (formatB) {
  out.native.format = [];
  const rows = [];
  for (const [name, b] of Object.entries(formatB.runs)) {
    out.native.format.push({ name, ns_per_op: toNs(b) });
    rows.push([name, fmt(toNs(b), 0)]);
  }
  md.push('## Native: number and date formatting (ns per value, bench/format_bench.cpp)', '');
  table(['benchmark', 'ns/op'], rows);
}

// ---- Node -----------------------------------------------------------------------------
const node = load('node.json');
if (node) {
  out.node = node;
  // 'cmark-gfm (wasm)': bare cmark-gfm built with the core's emcc flags (bench/js/bare-cmark).
  const peers = ['cmark-gfm (wasm)', 'markdown-it', 'marked', 'markdown-wasm', 'md4w']
    .filter((p) => node.render.some((r) => r.impl === p));
  const rows = [];
  const ratios = [];
  for (const set of setNames) {
    const get = (impl) => node.render.find((r) => r.set === set && r.impl === impl);
    const ours = get('baiviet');
    if (!ours) continue;
    const rr = Object.fromEntries(peers.map((p) => [p, ratio(get(p)?.ms_per_op, ours.ms_per_op)]));
    ratios.push({ set, ...rr });
    rows.push([set, fmt(ours.mb_per_s, 1), ...peers.map((p) => fmt(get(p)?.mb_per_s, 1)), ...peers.map((p) => `${fmt(rr[p])}×`)]);
  }
  out.node.render_ratios = ratios;
  md.push(`## WASM in Node ${node.node}: Markdown → HTML (MB/s; ratio = our speed / peer speed)`, '');
  table(['set', 'baiviet', ...peers, ...peers.map((p) => `vs ${p}`)], rows);
  if (peers.includes('cmark-gfm (wasm)')) {
    const rc = ratios.filter((r) => markdownSets.has(r.set)).map((r) => r['cmark-gfm (wasm)']);
    out.goals.push({ goal: 'WASM render ≥ 0.8× bare cmark-gfm (same emcc flags; Markdown sets)', measured: `${fmt(Math.min(...rc))}–${fmt(Math.max(...rc))}×`, met: Math.min(...rc) >= 0.8 });
  }
  const minMdit = Math.min(...ratios.map((r) => r['markdown-it']));
  const minMw = Math.min(...ratios.map((r) => r['markdown-wasm']));
  out.goals.push({ goal: 'WASM render ≥ 1.5× markdown-it', measured: `${fmt(minMdit)}–${fmt(Math.max(...ratios.map((r) => r['markdown-it'])))}×`, met: minMdit >= 1.5 });
  out.goals.push({ goal: 'WASM render ≥ markdown-wasm', measured: `${fmt(minMw)}–${fmt(Math.max(...ratios.map((r) => r['markdown-wasm'])))}×`, met: minMw >= 1 });

  const ours = node.numbers.find((n) => n.impl === 'baiviet format.number');
  const batch = node.numbers.find((n) => n.impl === 'baiviet batch');
  const intl = node.numbers.find((n) => n.impl === 'Intl.NumberFormat(vi-VN).format');
  md.push(`## WASM in Node: number formatting (ns per value, ${node.numbers[0]?.values} values; ratio = Intl time / ours)`, '');
  table(['implementation', 'ns/value', 'vs Intl.NumberFormat (cached)'], node.numbers.map((n) => [n.impl, fmt(n.ns_per_value, 0), `${fmt(ratio(intl?.ns_per_value, n.ns_per_value))}×`]));
  md.push(`Batch API: ${node.numbers_note?.batch_api}. Outputs differing from Intl: ${node.numbers_note?.mismatches_vs_intl} of ${node.numbers_note?.checked}.`, '');
  const best = batch ?? ours;
  out.goals.push({ goal: 'batch number formatting ≥ Intl.NumberFormat', measured: `${fmt(ratio(intl?.ns_per_value, best?.ns_per_value))}× (${batch ? 'batch' : 'no batch API: single calls'})`, met: !!batch && ratio(intl?.ns_per_value, batch.ns_per_value) >= 1 });

  md.push('## WASM in Node: excerpts of 160 characters (µs per excerpt)', '');
  const inputs = [...new Set(node.excerpts.map((e) => e.input))];
  const exRows = [];
  for (const input of inputs) {
    const es = node.excerpts.filter((e) => e.input === input);
    const o = es.find((e) => e.impl.startsWith('baiviet'));
    for (const e of es) exRows.push([input, e.impl, fmt(e.us_per_excerpt, 1), e === o ? '' : `${fmt(ratio(e.us_per_excerpt, o.us_per_excerpt))}×`]);
  }
  table(['input', 'implementation', 'µs/excerpt', 'our speed / peer'], exRows, [0, 1]);

  const i = node.init;
  md.push('## WASM in Node: start-up (ms)', '');
  table(['what', 'ms'], [
    ['baiviet: import (cold, this process)', fmt(i.baiviet_cold_import_ms, 1)],
    ['baiviet: init() (cold, this process)', fmt(i.baiviet_cold_init_ms, 1)],
    [`baiviet: import, median of ${i.fresh_runs} fresh processes`, fmt(i.fresh_import_ms, 1)],
    [`baiviet: init(), median of ${i.fresh_runs} fresh processes`, fmt(i.fresh_init_ms, 1)],
    ['baiviet: first render of the sample after init() (fresh)', fmt(i.fresh_first_render_ms, 1)],
    ['markdown-wasm: import + ready', fmt(i.markdown_wasm_cold_ms, 1)],
    ['md4w: import + init()', fmt(i.md4w_cold_ms, 1)],
  ]);
}

// ---- browser --------------------------------------------------------------------------
const browser = load('browser.json');
if (browser && !browser.skipped) {
  out.browser = browser;
  const m = browser.median;
  md.push(`## Headless Chromium ${browser.chromium ?? ''} (median of ${browser.runs} fresh contexts, ms since navigation start)`, '');
  table(['what', 'ms'], [
    ['module script starts', fmt(m.script_start, 1)],
    ['import of the package', fmt(m.import_ms, 1)],
    ['init() (wasm + ICU data download, compile, instantiate)', fmt(m.init_ms, 1)],
    ['first render() of the sample (cold code)', fmt(m.first_render_ms, 2)],
    ['**first rendered article** (after the frame)', `**${fmt(m.first_rendered_article, 1)}**`],
    ['first contentful paint', fmt(m.first_contentful_paint, 1)],
    [`render() of the sample article, warm (${browser.sample_bytes} bytes)`, fmt(m.render_ms, 2)],
    ['render() + innerHTML + layout, warm', fmt(m.render_dom_layout_ms, 2)],
  ]);
  out.goals.push({ goal: 'init() ≤ 30 ms in Chromium', measured: `${fmt(m.init_ms, 1)} ms`, met: m.init_ms <= 30 });
} else if (browser?.skipped) {
  md.push('## Headless Chromium', '', `Skipped: ${browser.skipped}`, '');
}

if (out.goals.length) {
  const goalsMd = ['## Goals (issues 10 and 14; reported, not asserted)', ''];
  goalsMd.push('| goal | measured | met |', '|---|---|---|');
  for (const g of out.goals) goalsMd.push(`| ${g.goal} | ${g.measured} | ${g.met ? 'yes' : '**no**'} |`);
  goalsMd.push('');
  md.splice(md.indexOf('## Corpus'), 0, ...goalsMd);
}

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'latest.json'), JSON.stringify(out, null, 2) + '\n');
const text = `# Benchmark results (latest run)\n\n${md.join('\n')}\n`;
writeFileSync(join(outDir, 'latest.md'), text);
process.stdout.write(text);

// docs/bench.md shows the latest tables between these markers.
const docs = opt('--docs', null);
if (docs && existsSync(docs)) {
  const begin = '<!-- latest:begin (written by bench/js/report.mjs) -->';
  const end = '<!-- latest:end -->';
  const d = readFileSync(docs, 'utf8');
  const i = d.indexOf(begin);
  const j = d.indexOf(end);
  if (i >= 0 && j > i) {
    const body = md.join('\n').replace(/^## /gm, '### ');
    writeFileSync(docs, d.slice(0, i + begin.length) + '\n\n' + body + '\n' + d.slice(j));
  }
}
