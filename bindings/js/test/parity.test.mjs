// Parity: every fixture, the sample article and ../shared/corpus rendered by the native CLI
// (build-*/baiviet render) and by the JS package with the same options, for every output
// kind, must be byte-identical. Prints the number of compared cases.
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
];

// Excerpt variants: [CLI arguments, JS options]; the CLI prints the text and a newline.
const excerptVariants = [
  [['--limit', '160'], { limit: 160 }],
  [['--limit', '30', '--unit', 'words', '--to', 'html'], { limit: 30, unit: 'words', to: 'html' }],
  [['--limit', '2', '--unit', 'sentences', '--source', 'body'], { limit: 2, unit: 'sentences', source: 'body' }],
];

test('native CLI and WASM package give byte-identical output', { skip }, async (t) => {
  await bv.init();
  const { inputs, hasCorpus } = articleInputs();
  if (!hasCorpus) t.diagnostic('../shared/corpus is absent: comparing the repository fixtures only');
  let compared = 0;
  const failures = [];
  for (const input of inputs) {
    const source = readFileSync(input.path);
    for (const [args, options] of variants) {
      const r = spawnSync(cli, ['render', '--from', input.from, ...args], { input: source, maxBuffer: 1 << 28 });
      let js;
      let jsError = null;
      try {
        js = bv.render(source.toString('utf8'), { from: input.from, ...options });
      } catch (e) {
        jsError = e;
      }
      compared++;
      if (r.status !== 0 || jsError) {
        // Both must fail alike.
        if (!(r.status !== 0 && jsError)) {
          failures.push(`${input.name} ${args.join(' ')}: native exit ${r.status} (${r.stderr}), JS ${jsError ? jsError.message : 'ok'}`);
        }
        continue;
      }
      const native = r.stdout.toString('utf8');
      if (native !== js) {
        let i = 0;
        while (i < native.length && native[i] === js[i]) i++;
        failures.push(`${input.name} ${args.join(' ')}: differs at char ${i}: native ${JSON.stringify(native.slice(i, i + 60))} vs JS ${JSON.stringify(js.slice(i, i + 60))}`);
      }
    }
  }
  for (const input of inputs) {
    const source = readFileSync(input.path);
    for (const [args, options] of excerptVariants) {
      const r = spawnSync(cli, ['excerpt', '--from', input.from, ...args], { input: source, maxBuffer: 1 << 28 });
      let js = null;
      let jsError = null;
      try { js = bv.excerpt(source.toString('utf8'), { from: input.from, ...options }).text + '\n'; } catch (e) { jsError = e; }
      compared++;
      if (r.status !== 0 || jsError) {
        if (!(r.status !== 0 && jsError)) failures.push(`${input.name} excerpt ${args.join(' ')}: native exit ${r.status}, JS ${jsError ? jsError.message : 'ok'}`);
        continue;
      }
      const native = r.stdout.toString('utf8');
      if (native !== js) failures.push(`${input.name} excerpt ${args.join(' ')}: native ${JSON.stringify(native.slice(0, 80))} vs JS ${JSON.stringify(js.slice(0, 80))}`);
    }
  }
  console.log(`# parity: ${compared} cases compared (${inputs.length} inputs x ${variants.length + excerptVariants.length} option sets), ${compared - failures.length} identical`);
  t.diagnostic(`parity: ${compared} cases compared, ${compared - failures.length} identical`);
  assert.ok(compared > 0);
  assert.deepEqual(failures, []);
});
