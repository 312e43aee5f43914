// Parity: every fixture, the sample article and ../shared/corpus rendered by the native CLI
// (build-*/baiviet render) and by the JS package with the same options, for every output
// kind, must be byte-identical — first on the article core alone, then again after
// loadFormatting() swapped in the full build; a page of link-reference labels that exercises
// case folding for every cased code point, and one of e-mail autolinks at the edges of cmark's
// rule. Prints the number of compared cases.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadPackage, missingPackageMessage, nativeCli, articleInputs } from './helpers.mjs';

const bv = await loadPackage();
const cli = nativeCli();
const skip = !bv ? missingPackageMessage
  : !cli ? 'no native CLI: build it (cmake --build build) or set BAIVIET_CLI' : false;

// Option variants: [CLI arguments, JS options].
const variants = [
  [['--to', 'html'], { to: 'html' }],
  [['--to', 'json'], { to: 'json' }],
  [['--to', 'text'], { to: 'text' }],
  [['--to', 'jsonld'], { to: 'jsonld' }],
  [['--to', 'html', '--full-page', '--toc', '--id-prefix', 'bv-'],
    { to: 'html', html: { fullPage: true, toc: true, idPrefix: 'bv-' } }],
  [['--to', 'html', '--markup-numbers', '--no-header'], { to: 'html', html: { markupNumbers: true, header: false } }],
  [['--to', 'json', '--compact', '--inlines'], { to: 'json', json: { pretty: false, inlines: true } }],
  [['--to', 'html', '--unsafe', '--no-gfm'], { to: 'html', html: { unsafe: true, tagfilter: false }, parse: { gfm: false } }],
  [['--to', 'html', '--compat', '--no-footnotes'],
    { to: 'html', html: { commonmarkCompat: true }, parse: { articleStructure: false, footnotes: false } }],
  [['--to', 'text', '--no-structure'], { to: 'text', parse: { articleStructure: false } }],
];

// Excerpt variants: [CLI arguments, JS options]; the CLI prints the text and a newline.
const excerptVariants = [
  [['--limit', '160'], { limit: 160 }],
  [['--limit', '30', '--unit', 'words', '--to', 'html'], { limit: 30, unit: 'words', to: 'html' }],
  [['--limit', '2', '--unit', 'sentences', '--source', 'body'], { limit: 2, unit: 'sentences', source: 'body' }],
];

/** The native CLI's answer for every input × option set, computed once for both pieces. */
function nativeAnswers(inputs) {
  const answers = [];
  for (const input of inputs) {
    const source = readFileSync(input.path);
    for (const [args] of variants) {
      const r = spawnSync(cli, ['render', '--from', input.from, ...args], { input: source, maxBuffer: 1 << 28 });
      answers.push({ ok: r.status === 0, out: r.stdout.toString('utf8'), err: `exit ${r.status} (${r.stderr})` });
    }
    for (const [args] of excerptVariants) {
      const r = spawnSync(cli, ['excerpt', '--from', input.from, ...args], { input: source, maxBuffer: 1 << 28 });
      answers.push({ ok: r.status === 0, out: r.stdout.toString('utf8'), err: `exit ${r.status}` });
    }
  }
  return answers;
}

/**
 * Link-reference labels: the WASM build folds them with cmark-gfm's case-fold switch read as a
 * table (cmake/wasm/patches/cmark-gfm-case-fold-table.patch), the native build runs the switch.
 * Each cased code point gets a definition and two uses, its lower- and upper-case forms: whether
 * a use resolves is the fold's answer, so both builds must give the same page.
 */
function foldingCase() {
  const defs = [];
  const uses = [];
  for (let cp = 0x41; cp <= 0x1FFFF; cp++) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    const c = String.fromCodePoint(cp);
    if (c.toLowerCase() === c && c.toUpperCase() === c) continue;
    const id = cp.toString(16);
    defs.push(`[${id} ${c}]: /${id}`);
    uses.push(`[${id} ${c.toLowerCase()}] [${id} ${c.toUpperCase()}]`);
  }
  const source = `${uses.join('\n')}\n\n${defs.join('\n')}\n`;
  const r = spawnSync(cli, ['render', '--from', 'markdown', '--to', 'html'], { input: source, maxBuffer: 1 << 28 });
  const native = r.stdout.toString('utf8');
  const links = native.split('<a href=').length - 1;
  return { source, native, ok: r.status === 0, codePoints: defs.length, links };
}

/**
 * E-mail autolinks: the WASM build scans `<local@host>` with a loop that
 * cmake/wasm/cmark-email-scanner.py writes in place of re2c's DFA; the native build links
 * Debian's cmark-gfm with the DFA. A page of such links at the rule's edges (labels of 1 and
 * 61-65 characters, hyphens and dots at either end, characters outside the classes, non-ASCII,
 * a second `@`) and pseudo-random ones must render alike.
 */
function emailPage() {
  const lines = [];
  const label = (n, c = 'a') => c.repeat(n);
  for (const n of [1, 2, 61, 62, 63, 64, 65]) {
    lines.push(`<x@${label(n)}>`, `<x@${label(n)}.vn>`, `<x@b.${label(n)}>`, `<x@${label(n, 'b')}-${label(1)}>`);
  }
  for (const host of ['-a', 'a-', 'a--b', 'a.-b', 'a.b-', '.a', 'a.', 'a..b', 'a_b', 'a b', 'Bao-SonLa.VN', '9', '0-0',
    'xn--bo-sn-la-xxx.vn', 'a@b', 'ả.vn', 'a.b.c.d.e.f.g.h']) lines.push(`<toasoan@${host}>`);
  for (const local of ['a.b', '.a', "!#$%&'*+/=?^_`{|}~-", 'a b', 'a"b', 'a(b)', 'ả', 'a\\b', '', '@', 'a<b']) {
    lines.push(`<${local}@baosonla.vn>`);
  }
  let seed = 7;
  const r = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; };
  const alphabet = 'abcZ09-.@>_!~ ả';
  for (let i = 0; i < 400; i++) {
    let t = '';
    const n = 3 + (r() % 40);
    for (let k = 0; k < n; k++) t += alphabet[r() % alphabet.length];
    lines.push(`<${t}>`, `<ab@${t}>`);
  }
  const source = lines.map((l) => `- ${l}`).join('\n') + '\n';
  const r2 = spawnSync(cli, ['render', '--from', 'markdown', '--to', 'html'], { input: source, maxBuffer: 1 << 28 });
  const native = r2.stdout.toString('utf8');
  return { source, native, ok: r2.status === 0, lines: lines.length, mailto: native.split('href="mailto:').length - 1 };
}

function compareFolding(folding, failures) {
  const js = bv.render(folding.source, { from: 'markdown', to: 'html' });
  if (js !== folding.native) failures.push(`[${bv.internals.loadedPiece()}] link-reference label folding differs`);
}

function compare(inputs, answers, failures) {
  let k = 0;
  let compared = 0;
  for (const input of inputs) {
    const source = readFileSync(input.path, 'utf8');
    const calls = [
      ...variants.map(([args, options]) => [args.join(' '), () => bv.render(source, { from: input.from, ...options })]),
      ...excerptVariants.map(([args, options]) => [`excerpt ${args.join(' ')}`,
        () => bv.excerpt(source, { from: input.from, ...options }).text + '\n']),
    ];
    for (const [label, fn] of calls) {
      const native = answers[k++];
      let js = null;
      let jsError = null;
      try { js = fn(); } catch (e) { jsError = e; }
      compared++;
      const piece = bv.internals.loadedPiece();
      if (!native.ok || jsError) {
        // Both must fail alike.
        if (!(!native.ok && jsError)) {
          failures.push(`[${piece}] ${input.name} ${label}: native ${native.ok ? 'ok' : native.err}, JS ${jsError ? jsError.message : 'ok'}`);
        }
        continue;
      }
      if (native.out !== js) {
        let i = 0;
        while (i < native.out.length && native.out[i] === js[i]) i++;
        failures.push(`[${piece}] ${input.name} ${label}: differs at char ${i}: native ${JSON.stringify(native.out.slice(i, i + 60))} vs JS ${JSON.stringify(js.slice(i, i + 60))}`);
      }
    }
  }
  return compared;
}

test('native CLI and WASM package give byte-identical output (core, then core + formatting)', { skip }, async (t) => {
  const { inputs, hasCorpus } = articleInputs();
  if (!hasCorpus) t.diagnostic('../shared/corpus is absent: comparing the repository fixtures only');
  const answers = nativeAnswers(inputs);
  const folding = foldingCase();
  assert.ok(folding.ok, 'the CLI renders the label-folding page');
  // Most uses resolve (a and A fold alike), not all (İ's lower case is two code points).
  assert.ok(folding.links > folding.codePoints && folding.links < 2 * folding.codePoints, `${folding.links} links`);
  t.diagnostic(`label folding: ${folding.codePoints} cased code points, ${folding.links} of ${2 * folding.codePoints} uses resolve`);
  const email = emailPage();
  assert.ok(email.ok, 'the CLI renders the e-mail autolink page');
  // Both answers occur: many of the links are e-mail links, many are not.
  assert.ok(email.mailto > 50 && email.mailto < email.lines - 50, `${email.mailto} of ${email.lines} e-mail links`);
  t.diagnostic(`e-mail autolinks: ${email.mailto} of ${email.lines} lines are mailto: links`);
  const compareEmail = () => {
    const js = bv.render(email.source, { from: 'markdown', to: 'html' });
    if (js !== email.native) failures.push(`[${bv.internals.loadedPiece()}] e-mail autolinks differ`);
  };
  const failures = [];
  await bv.init();
  assert.equal(bv.internals.loadedPiece(), 'core');
  const core = compare(inputs, answers, failures);
  compareFolding(folding, failures);
  compareEmail();
  await bv.loadFormatting();
  assert.equal(bv.internals.loadedPiece(), 'full');
  const full = compare(inputs, answers, failures);
  compareFolding(folding, failures);
  compareEmail();
  const sets = variants.length + excerptVariants.length;
  const line = `parity: ${core + full} cases compared (${inputs.length} inputs x ${sets} option sets, on the core and on the full build), ${core + full - failures.length} identical`;
  console.log(`# ${line}`);
  t.diagnostic(line);
  assert.ok(core > 0 && core === full);
  assert.deepEqual(failures, []);
});


// Numbers in front matter: in WebAssembly, strtod is the engine's Number() (bindings/js/src/
// js_strtod.cpp), natively the C library's; TOML floats are read through it (and printed with
// 15 digits), JSON front matter's through nlohmann-json's lexer (which rejects a value that
// overflows). Values at the edges of the double range, ties, subnormals and long mantissas: the
// output, or the failure, must be the same.
const edgeNumbers = ['0.1', '0.30000000000000004', '5e-324', '4.9406564584124654e-324', '2.4703282292062328e-324',
  '2.2250738585072011e-308', '2.2250738585072014e-308', '1.7976931348623157e308', '1.7976931348623158e308',
  '9007199254740993.0', '9007199254740995.0', '1e23', '8.98846567431158e307', '123456789012345678901234567890.5',
  '0.1000000000000000055511151231257827', '1.00000000000000011102230246251565404236316680908203125',
  '1.00000000000000011102230246251565404236316680908203124', '3.14159265358979323846264338327950288',
  '-0.0', '7.0e-10', '1e-400', '-1e-400', '0.000001234567890123456789', '999999999999999.9', '1e15', '1e16'];

function frontMatterNumberPages() {
  const pages = [];
  const toml = edgeNumbers.map((v) => v.replace(/^(-?)\./, '$10.'));
  pages.push(`+++\ntitle = "Số thực"\ntags = [${toml.join(', ')}]\nseries = { name = "S", part = 2.5 }\ncategory = 0.1\n+++\n\nX.\n`);
  for (const v of ['1e400', '-1e400', '1e-400', '5e-324', '1.7976931348623159e308']) {
    pages.push(`+++\ntitle = "Số"\ntags = [${v}]\n+++\n\nX.\n`);
    pages.push(`{"title": "Số", "tags": [${v}], "series": {"name": "S", "part": ${v}}}\n\nX.\n`);
  }
  pages.push(`{"title": "Số", "tags": [${edgeNumbers.join(', ')}]}\n\nX.\n`);
  return pages;
}

test('numbers in TOML and JSON front matter read alike natively and in WASM (strtod from JS)', { skip }, async () => {
  const pages = frontMatterNumberPages();
  const native = pages.map((source) => {
    const r = spawnSync(cli, ['render', '--from', 'markdown', '--to', 'json'], { input: source });
    return r.status === 0 ? r.stdout.toString('utf8') : null;
  });
  // The pages do exercise both answers: most render, the overflowing ones fail.
  assert.ok(native.filter((x) => x !== null).length >= pages.length / 2);
  assert.ok(native.some((x) => x === null), 'an overflowing value fails natively');
  const failures = [];
  for (const piece of ['core', 'full']) {
    if (piece === 'core') await bv.init(); else await bv.loadFormatting();
    pages.forEach((source, i) => {
      let js = null;
      try { js = bv.render(source, { from: 'markdown', to: 'json' }); } catch (e) { if (!(e instanceof bv.BaivietError)) throw e; }
      if (js !== native[i]) failures.push(`[${piece}] page ${i} (${JSON.stringify(source.slice(0, 70))}): native ${JSON.stringify(native[i]?.slice(0, 80) ?? 'error')}, JS ${JSON.stringify(js?.slice(0, 80) ?? 'error')}`);
    });
  }
  assert.deepEqual(failures, []);
});
