// The option schema (`baiviet options --json`, src/engine/options.cpp) drives this test:
//  - every render option alone (each non-default value) and a few combinations, through the
//    native CLI and the JS package — one call (render(source)) and parse once (render(article))
//    — give the same bytes;
//  - every excerpt option likewise, through excerpt(source) and excerpt(article);
//  - index.d.ts declares exactly the schema's JS names in each option interface.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackage, missingPackageMessage, nativeCli, repoRoot, jsDir } from './helpers.mjs';

const bv = await loadPackage();
const cli = nativeCli();
const skip = !bv ? missingPackageMessage
  : !cli ? 'no native CLI: build it (cmake --build build) or set BAIVIET_CLI' : false;
const schema = cli ? JSON.parse(spawnSync(cli, ['options', '--json']).stdout.toString('utf8')) : null;

const inputs = [
  ['tests/fixtures/render/brief.md', 'markdown'],
  ['tests/fixtures/render/stats.md', 'markdown'],
  ['tests/fixtures/render/interview.md', 'auto'],
  ['tests/fixtures/samples/son-la-ky-3.txt', 'text'],
].map(([p, from]) => ({ name: p, from, source: readFileSync(join(repoRoot, p), 'utf8') }));

/** Non-default values worth trying, as the CLI writes them (the C++ engine test uses the same rules). */
function trialValues(o) {
  switch (o.kind) {
    case 'flag': return [!o.default];
    case 'integer':
      if (o.name === 'toc_max_level') return [1, 6];
      if (o.name === 'max_nesting') return [2];
      if (o.name === 'max_input_bytes') return [200];
      if (o.name === 'max_emphasis_scan') return [0, 1];
      if (o.name === 'limit') return [0, 40];
      return [o.min];
    case 'number': return [0.9];
    case 'text': return [o.name === 'stylesheet_href' ? '/css/site.css' : o.name === 'ellipsis' ? ' […]' : 'x-'];
    case 'choice': return o.choices.filter((c) => c !== o.default);
    default: return [];
  }
}

function cliArgs(o, v) {
  if (o.kind === 'flag') return [o.cli];   // the CLI flag always sets the non-default value
  return [o.cli, String(v)];
}

/** Puts an option into a JS options object of render()/excerpt() (nesting as index.d.ts says). */
function setJs(opts, o, v, call) {
  const where = { parse: 'parse', import: 'parse', html: 'html', json: 'json' }[o.group];
  if (where && (call === 'render' || call === 'excerpt')) {
    opts[where] = { ...(opts[where] ?? {}), [o.js]: v };
  } else {
    opts[o.js] = v;
  }
}

function runCli(args, source) {
  const r = spawnSync(cli, args, { input: source, maxBuffer: 1 << 28 });
  return { ok: r.status === 0, out: r.stdout.toString('utf8'), status: r.status };
}

function tryJs(f) {
  try { return { ok: true, out: f() }; } catch (e) { return { ok: false, error: e }; }
}

function inGroups(o, call) { return schema.calls[call].includes(o.group); }

test('every render option through the CLI and JS (one call and parse once): same bytes', { skip }, async (t) => {
  await bv.init();
  const sets = [];
  for (const o of schema.options) {
    if (!inGroups(o, 'render')) continue;
    for (const v of trialValues(o)) sets.push([[o, v]]);
  }
  const by = (n, g) => schema.options.find((o) => o.name === n && (!g || o.group === g));
  sets.push([[by('to', 'output'), 'json'], [by('inlines'), true], [by('pretty'), false]]);
  sets.push([[by('commonmark_compat'), true], [by('unsafe'), true], [by('gfm'), false]]);
  sets.push([[by('full_page'), true], [by('toc'), true], [by('markup_numbers'), true], [by('id_prefix'), 'bv-']]);
  sets.push([[by('drop_chrome'), false], [by('to', 'output'), 'json']]);
  let compared = 0;
  const failures = [];
  for (const input of inputs) {
    for (const set of sets) {
      const args = ['render', '-'];
      const js = {};
      const parseOpts = {};
      const renderOpts = {};
      let from = input.from;
      for (const [o, v] of set) {
        args.push(...cliArgs(o, v));
        if (o.group === 'input') from = v;
        else setJs(js, o, v, 'render');
        if (o.group === 'parse' || o.group === 'import') parseOpts[o.js] = v;
        else if (o.group !== 'input') setJs(renderOpts, o, v, 'render');
      }
      if (!set.some(([o]) => o.group === 'input')) args.push('--from', input.from);
      if (set.some(([o]) => o.name === 'commonmark_compat')) {
        // CommonMark-compatible output wants the plain CommonMark model: parse it so (README)
        parseOpts.articleStructure = false;
        if (from === 'auto') from = 'markdown';
      }
      const label = `${input.name}: ${set.map(([o, v]) => `${o.name}=${v}`).join(' ')}`;
      const native = runCli(args, input.source);
      const once = tryJs(() => bv.render(input.source, { ...js, from }));
      const many = tryJs(() => {
        const a = bv.parse(input.source, { from, ...parseOpts });
        try {
          // the compat implication (auto input read as Markdown) is applied by parse() too
          return bv.render(a, renderOpts);
        } finally { a.free(); }
      });
      compared++;
      for (const [kind, r] of [['render(source)', once], ['render(article)', many]]) {
        if (native.ok !== r.ok) failures.push(`${label}: native ${native.ok ? 'ok' : `exit ${native.status}`}, ${kind} ${r.ok ? 'ok' : r.error.message}`);
        else if (native.ok && native.out !== r.out) failures.push(`${label}: ${kind} differs from the CLI`);
      }
    }
  }
  t.diagnostic(`${compared} option sets x inputs compared three ways`);
  assert.ok(compared > 100);
  assert.deepEqual(failures, []);
});

test('every excerpt option through the CLI and JS (source and Article): same bytes', { skip }, async (t) => {
  await bv.init();
  let compared = 0;
  const failures = [];
  for (const input of inputs) {
    for (const o of schema.options) {
      if (o.group !== 'excerpt' || o.name === 'from') continue;
      for (const v of trialValues(o)) {
        const native = runCli(['excerpt', '-', '--from', input.from, ...cliArgs(o, v)], input.source);
        const opts = { [o.js]: v };
        const once = tryJs(() => bv.excerpt(input.source, { from: input.from, ...opts }));
        const many = tryJs(() => {
          const a = bv.parse(input.source, { from: input.from });
          try { return bv.excerpt(a, opts); } finally { a.free(); }
        });
        compared++;
        const label = `${input.name}: ${o.name}=${v}`;
        for (const [kind, r] of [['excerpt(source)', once], ['excerpt(article)', many]]) {
          if (native.ok !== r.ok) { failures.push(`${label}: ${kind} ${r.ok ? 'ok' : r.error.message}, native ${native.status}`); continue; }
          if (!native.ok) continue;
          let expected = r.out.text + '\n';
          if (r.out.readingTime) expected += r.out.readingTime.label + '\n';
          if (native.out !== expected) failures.push(`${label}: ${kind} ${JSON.stringify(expected.slice(0, 60))} vs CLI ${JSON.stringify(native.out.slice(0, 60))}`);
        }
      }
    }
  }
  t.diagnostic(`${compared} excerpt cases compared three ways`);
  assert.ok(compared > 40);
  assert.deepEqual(failures, []);
});

test('index.d.ts declares exactly the schema options in each interface', { skip: !schema && 'no native CLI' }, () => {
  const dts = readFileSync(join(jsDir, 'lib/index.d.ts'), 'utf8');
  const fieldsOf = (name) => {
    const m = dts.match(new RegExp(`export interface ${name}(?: extends [\\w, ]+)? \\{([\\s\\S]*?)\\n\\}`));
    assert.ok(m, `interface ${name} in index.d.ts`);
    return [...m[1].matchAll(/^\s+(\w+)\?:/gm)].map((x) => x[1]).sort();
  };
  const jsNames = (groups, except = []) => schema.options
    .filter((o) => groups.includes(o.group) && !except.includes(o.name)).map((o) => o.js).sort();
  assert.deepEqual(fieldsOf('ParseOptions'), jsNames(['parse', 'import']));
  assert.deepEqual(fieldsOf('HtmlOptions'), jsNames(['html']));
  assert.deepEqual(fieldsOf('JsonOptions'), jsNames(['json']));
  assert.deepEqual(fieldsOf('ArticleExcerptOptions'), jsNames(['excerpt'], ['from']));
  assert.deepEqual(fieldsOf('ReadingOptions'), jsNames(['reading']));
  assert.deepEqual(fieldsOf('ArticleRenderOptions'), ['html', 'json', 'to']);
  assert.deepEqual(fieldsOf('RenderOptions'), ['from', 'parse']);
  assert.deepEqual(fieldsOf('ParseCallOptions'), ['from']);
  assert.deepEqual(fieldsOf('ExcerptOptions'), ['from', 'parse']);
});
