// The shared fixture tables (tests/fixtures/<area>/*.json, also run by the C++ tests) through
// the JS package: format, parse, text and excerpt cases must give the expected strings —
// the same expectations the native build meets.
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackage, missingPackageMessage, repoRoot } from './helpers.mjs';

const bv = await loadPackage();
const skip = bv ? false : missingPackageMessage;
const fixture = (p) => {
  const f = join(repoRoot, 'tests/fixtures', p);
  return existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null;
};
const camel = (s) => s.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
const num = (v) => (v === 'NaN' ? NaN : v === 'Infinity' ? Infinity : v === '-Infinity' ? -Infinity : v);
function numberOptions(o) {
  if (!o) return undefined;
  const r = {};
  for (const [k, v] of Object.entries(o)) r[camel(k)] = k === 'rounding' ? camel(v) : v;
  return r;
}

/** Runs one format.json case through the package; returns the output or `ERR <code>`. */
function runFormat(c) {
  const f = bv.format;
  const o = numberOptions(c.options);
  switch (c.fn) {
    case 'number': return f.number(num(c.value), o);
    case 'percent': return f.percent(num(c.value), o);
    case 'ratio': return f.ratio(num(c.value), num(c.value2), o);
    case 'range': return f.range(num(c.value), num(c.value2), { number: o, ...(c.cldr_separator ? { separator: '' } : {}) });
    case 'money': return f.money(num(c.value), c.currency ?? 'VND', o);
    case 'money_news': return f.moneyNews(num(c.value), o);
    case 'compact': return f.compact(num(c.value), { ...o, ...(c.style ? { style: c.style } : {}) });
    case 'count': return f.count(num(c.value), c.label ?? '', { compact: !!c.compact, number: o, ...(c.style ? { style: c.style } : {}) });
    case 'unit': return f.unit(num(c.value), c.unit, o);
    case 'words': {
      const w = { linh: !!c.linh, ngan: !!c.ngan, ti: !!c.ti, capitalize: !!c.capitalize };
      return f.words(c.integer ? BigInt(c.value) : num(c.value), w);
    }
    case 'money_words': return f.moneyWords(num(c.value), { linh: !!c.linh, ngan: !!c.ngan, ti: !!c.ti });
    case 'date': {
      const when = c.value ?? (c.epoch_ms ?? c.epoch_s * 1000);
      return f.date(when, { style: camel(c.style ?? 'dateline'), ...(c.tz ? { timeZone: c.tz } : {}), ...(c.weekday ? { weekday: c.weekday } : {}) });
    }
    case 'relative':
      return f.relative(c.value, c.now, { ...(c.tz ? { timeZone: c.tz } : {}), alwaysNumeric: !!c.numeric, capitalize: !!c.capitalize });
    case 'parse': {
      const p = bv.parse.number(c.text);
      return p;
    }
    default: return undefined;   // not a JS API (e.g. "markup": reached through render options)
  }
}

test('format/cases.json through format.* and parse.number', { skip }, async (t) => {
  await bv.init({ formatting: true });
  const data = fixture('format/cases.json');
  if (!data) return t.skip('tests/fixtures/format/cases.json is absent');
  let compared = 0;
  const failures = [];
  for (const c of data.cases) {
    let out;
    try { out = runFormat(c); } catch (e) {
      if (!(e instanceof bv.BaivietError)) throw e;
      out = `ERR ${e.code}`;
    }
    if (out === undefined) continue;
    compared++;
    const label = JSON.stringify(c);
    if (c.error) { if (out !== `ERR ${c.error}`) failures.push(`${label}: got ${JSON.stringify(out)}`); continue; }
    if (c.fn === 'parse') {
      const ok = typeof out === 'object' && out.value === c.expect_value && out.kind === c.expect_kind &&
        (c.expect_unit === undefined || out.unit === c.expect_unit);
      if (!ok) failures.push(`${label}: got ${JSON.stringify(out)}`);
      continue;
    }
    if (out !== c.expect) failures.push(`${label}: got ${JSON.stringify(out)}`);
  }
  t.diagnostic(`format cases compared: ${compared}`);
  console.log(`# fixtures: ${compared} format cases compared`);
  assert.deepEqual(failures, []);
});

test('text fixtures: slugs, folding, normalisation, counts, comment box', { skip }, async (t) => {
  await bv.init();
  let compared = 0;
  const slugs = fixture('text/slugs.json');
  if (slugs) {
    for (const c of slugs.cases) {
      assert.equal(bv.text.slugify(c.in, c.max_length !== undefined ? { maxLength: c.max_length } : undefined), c.out, c.in);
      compared++;
    }
    for (const c of slugs.fold ?? []) {
      assert.equal(bv.text.foldForSearch(c.in), c.out, c.in);
      compared++;
    }
  }
  const norm = fixture('text/normalize.json');
  for (const c of norm?.cases ?? []) {
    assert.equal(bv.text.normalize(c.in, c.tones ? { tones: c.tones } : undefined), c.out, c.in);
    compared++;
  }
  const counts = fixture('text/counts.json');
  for (const c of counts?.cases ?? []) {
    const r = bv.text.count(c.text);
    assert.deepEqual(r, { graphemes: c.graphemes, codePoints: c.code_points, words: c.words, sentences: c.sentences }, c.text);
    compared++;
  }
  const comment = fixture('text/comment.json');
  for (const c of comment?.cases ?? []) {
    const r = bv.text.commentStatus(c.text, { min: c.min, max: c.max });
    assert.equal(r.used, c.used, c.text);
    assert.equal(r.remaining, c.remaining, c.text);
    assert.equal(r.valid, c.valid, c.text);
    assert.equal(r.counter, c.counter, c.text);
    assert.equal(r.message, c.message, c.text);
    compared++;
  }
  t.diagnostic(`text cases compared: ${compared}`);
  console.log(`# fixtures: ${compared} text cases compared`);
  assert.ok(compared > 0);
});

test('excerpt/cases.json through excerpt()', { skip }, async (t) => {
  await bv.init();
  const data = fixture('excerpt/cases.json');
  if (!data) return t.skip('tests/fixtures/excerpt/cases.json is absent');
  let compared = 0;
  for (const c of data.cases) {
    const input = Array.isArray(c.input) ? c.input.join('\n') : c.input;
    const o = { from: c.from, limit: c.limit };
    if (c.unit) o.unit = c.unit;
    if (c.ellipsis !== undefined) o.ellipsis = c.ellipsis;
    if (c.to) o.to = c.to;
    const r = bv.excerpt(input, o);
    assert.equal(r.text, c.out, c.name);
    assert.equal(r.truncated, c.truncated, c.name);
    compared++;
  }
  t.diagnostic(`excerpt cases compared: ${compared}`);
  console.log(`# fixtures: ${compared} excerpt cases compared`);
});

// The render fixtures (tests/fixtures/render/<name>.md beside the expected .html, .json, .txt
// that tests/cpp/test_fixtures.cpp checks natively): the WASM build must give the same bytes.
test('render fixtures: Markdown → HTML, JSON model, text', { skip }, async (t) => {
  await bv.init();
  const dir = join(repoRoot, 'tests/fixtures/render');
  let compared = 0;
  const failures = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    const source = readFileSync(join(dir, name), 'utf8');
    for (const [ext, to] of [['.html', 'html'], ['.json', 'json'], ['.txt', 'text']]) {
      const expected = join(dir, name.replace(/\.md$/, ext));
      if (!existsSync(expected)) continue;
      const out = bv.render(source, { from: 'markdown', to });
      if (out !== readFileSync(expected, 'utf8')) failures.push(`${name} → ${to}`);
      compared++;
    }
  }
  t.diagnostic(`render fixture outputs compared: ${compared}`);
  console.log(`# fixtures: ${compared} render fixture outputs compared`);
  assert.ok(compared >= 27);
  assert.deepEqual(failures, []);
});

// Front-matter dates (tests/fixtures/front_matter/dates.json, also run natively).
test('front_matter/dates.json through parse()', { skip }, async (t) => {
  await bv.init();
  const data = fixture('front_matter/dates.json');
  if (!data) return t.skip('tests/fixtures/front_matter/dates.json is absent');
  let compared = 0;
  const model = (source, options) => {
    const article = bv.parse(source, options);
    try { return article.toJSON(); } finally { article.free(); }
  };
  for (const c of data.cases) {
    const a = model(`---\ndate: '${c.text}'\n---\nNội dung.\n`);
    if (c.iso) {
      assert.equal(a.published, c.iso, c.text);
      assert.deepEqual(a.warnings, [], c.text);
    } else {
      assert.equal(a.published, null, c.text);
      assert.equal(a.warnings.length, 1, c.text);
      assert.equal(a.warnings[0].line, 2, c.text);
    }
    compared++;
  }
  // lenient parsing and the draft flag reach JS
  const bad = '---\ntitle: Đà Nẵng: pháo hoa\ndraft: true\n---\nNội dung.\n';
  assert.throws(() => bv.parse(bad), (e) => e instanceof bv.BaivietError && e.code === 'front_matter' && e.line === 2);
  const lenient = model(bad, { lenientFrontMatter: true });
  assert.equal(lenient.dropped[0].reason, 'front-matter');
  assert.equal(lenient.warnings[0].line, 2);
  assert.equal(model('+++\ndraft = true\n+++\nx\n').draft, true);
  assert.ok(bv.render(bad, { parse: { lenientFrontMatter: true } }).includes('Nội dung.'));
  t.diagnostic(`front-matter date cases compared: ${compared}`);
  assert.ok(compared >= 20);
});
