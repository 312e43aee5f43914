// What the article core links and what a page downloads (DESIGN: "Two pieces and their budget").
// - baiviet-core.wasm links none of ICU's formatting services (number formatting, RBNF,
//   SimpleDateFormat, calendars, time zones, plural rules): checked on the link's symbol map
//   (build-wasm/bindings/js/baiviet-core.js.symbols, written by --emit-symbol-map, rewritten by the
//   second wasm-opt run, BAIVIET_WASM_SECOND_PASS), against the full build's map, which must have
//   them (so that the check can fail);
// - an article page (index.js + baiviet-core.wasm) is ≤ 300 KB brotli (-q 11);
// - a page that formats from the start (index.js + the full build + its data) is ≤ 600 KB brotli
//   (met since 2026-12-02, "ICU: format only" in docs/wasm.md; 7.6 KB to spare on 2026-12-03,
//   with strtod from JS and cmark's e-mail scanner as a loop: growth of the full build needs a
//   cut elsewhere); a
//   core-then-formatting page's size is printed;
// - no function of ours in the core is larger than 8 KB of WebAssembly: browsers compile a
//   function whole, lazily on its first call and again with their optimising tier when it turns
//   hot, so one 30 KB function (text import, once everything it calls had been inlined into it)
//   cost the first render ≈ 15 ms in Chromium (BAIVIET_WASM_ONE_CALLER_INLINE, docs/wasm.md).
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { packageDir, missingPackageMessage } from './helpers.mjs';

const pkg = packageDir();
const skip = pkg ? false : missingPackageMessage;
const KB = 1024;
const br = (f) => brotliCompressSync(readFileSync(join(pkg, f)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

// An emcc symbol map (--emit-symbol-map): function index → name, "\\28"-style escapes decoded.
function readSymbols(file) {
  return new Map(readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => {
    const i = l.indexOf(':');
    return [Number(l.slice(0, i)), l.slice(i + 1).replace(/\\([0-9a-f]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))];
  }));
}

const formatting = /icu_72::(number::|TimeZone::|OlsonTimeZone|Calendar::|GregorianCalendar|SimpleDateFormat|DateFormat|RuleBasedNumberFormat|DecimalFormat|PluralRules|MeasureFormat|RelativeDateTimeFormatter|CurrencyUnit)/;

test('the article core links no ICU formatting service', { skip }, (t) => {
  const dir = dirname(pkg);   // build-wasm/bindings/js
  const core = join(dir, 'baiviet-core.js.symbols');
  const full = join(dir, 'baiviet-full.js.symbols');
  if (!existsSync(core) || !existsSync(full)) return t.skip(`no symbol maps next to the package (${dir})`);
  const coreNames = [...readSymbols(core).values()];
  const fullNames = [...readSymbols(full).values()];
  assert.deepEqual(coreNames.filter((n) => formatting.test(n)).slice(0, 20), []);
  assert.ok(coreNames.some((n) => /icu_72::RuleBasedBreakIterator/.test(n)), 'the core has the break iterators');
  const inFull = fullNames.filter((n) => formatting.test(n)).length;
  assert.ok(inFull > 100, `the full build has the formatting services (${inFull} functions)`);
  t.diagnostic(`functions: core ${coreNames.length}, full ${fullNames.length} (${inFull} of ICU formatting)`);
});

test('download sizes: the article page within 300 KB brotli, formatting from the start within 600 KB', { skip }, (t) => {
  const s = Object.fromEntries(['index.js', 'baiviet-core.wasm', 'baiviet-full.js', 'baiviet-full.wasm', 'baiviet-icu.dat']
    .map((f) => [f, br(f)]));
  const article = s['index.js'] + s['baiviet-core.wasm'];
  const formatsFirst = s['index.js'] + s['baiviet-full.js'] + s['baiviet-full.wasm'] + s['baiviet-icu.dat'];
  const later = article + s['baiviet-full.js'] + s['baiviet-full.wasm'] + s['baiviet-icu.dat'];
  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  const line = `brotli -q 11: article page ${kb(article)}; formatting from the start ${kb(formatsFirst)}; ` +
    `core, then formatting ${kb(later)} (${Object.entries(s).map(([f, n]) => `${f} ${kb(n)}`).join(', ')})`;
  console.log(`# size: ${line}`);
  t.diagnostic(line);
  assert.ok(article <= 300 * KB, `the article page downloads ${kb(article)} (budget 300 KB)`);
  assert.ok(formatsFirst <= 600 * KB, `a page formatting from the start downloads ${kb(formatsFirst)} (budget 600 KB)`);
});

// Body size of every function in a module's code section, by function index (imports first).
function functionSizes(bytes) {
  const imported = WebAssembly.Module.imports(new WebAssembly.Module(bytes)).filter((i) => i.kind === 'function').length;
  let p = 8;
  const leb = () => { let r = 0, sh = 0, b; do { b = bytes[p++]; r += (b & 0x7f) * 2 ** sh; sh += 7; } while (b & 0x80); return r; };
  const sizes = new Map();
  while (p < bytes.length) {
    const id = bytes[p++];
    const len = leb();
    const end = p + len;
    if (id === 10) {
      const n = leb();
      for (let i = 0; i < n; i++) { const size = leb(); sizes.set(imported + i, size); p += size; }
    }
    p = end;
  }
  return sizes;
}

test('no function of ours in the core is larger than 8 KB', { skip }, (t) => {
  const symbols = join(dirname(pkg), 'baiviet-core.js.symbols');
  if (!existsSync(symbols)) return t.skip(`no symbol map next to the package (${symbols})`);
  const names = readSymbols(symbols);
  const sizes = [...functionSizes(readFileSync(join(pkg, 'baiviet-core.wasm')))].sort((a, b) => b[1] - a[1]);
  assert.ok(sizes.length > 1000 && names.size > 1000, 'the code section and the symbol map were read');
  const ours = sizes.filter(([i]) => /^(baiviet::|bv_)/.test(names.get(i) ?? ''));
  assert.ok(ours.length > 100, `functions of ours found (${ours.length})`);
  const show = ([i, n]) => `${names.get(i)?.slice(0, 90)} ${n} B`;
  t.diagnostic(`largest of ours: ${ours.slice(0, 3).map(show).join('; ')}; largest overall: ${sizes.slice(0, 3).map(show).join('; ')}`);
  assert.deepEqual(ours.filter(([, n]) => n > 8 * KB).map(show), []);
});
