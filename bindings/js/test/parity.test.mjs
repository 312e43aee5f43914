// Parity: every fixture, the sample article and ../shared/corpus rendered by the native CLI
// (build-*/baiviet render) and by the JS package with the same options, for every output
// kind, must be byte-identical — first on the article core alone, then again after
// loadFormatting() swapped in the full build; and a page of link-reference labels that
// exercises case folding for every cased code point. Prints the number of compared cases.
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
  const failures = [];
  await bv.init();
  assert.equal(bv.internals.loadedPiece(), 'core');
  const core = compare(inputs, answers, failures);
  compareFolding(folding, failures);
  await bv.loadFormatting();
  assert.equal(bv.internals.loadedPiece(), 'full');
  const full = compare(inputs, answers, failures);
  compareFolding(folding, failures);
  const sets = variants.length + excerptVariants.length;
  const line = `parity: ${core + full} cases compared (${inputs.length} inputs x ${sets} option sets, on the core and on the full build), ${core + full - failures.length} identical`;
  console.log(`# ${line}`);
  t.diagnostic(line);
  assert.ok(core > 0 && core === full);
  assert.deepEqual(failures, []);
});

