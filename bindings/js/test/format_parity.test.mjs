// format.* in WASM (the full build with the slim ICU data, cmake/wasm/make-slim-data.sh) against
// `baiviet format` natively (Debian's full ICU data), on seeded pseudo-random values for every
// kind and a spread of options and time zones: the slim data must give the very same strings.
// The fixture table (tests/fixtures/format/cases.json) holds the expected strings; this test
// holds the breadth — a table, a calendar, a currency or a zone the slim data lost would show
// here as a difference, not as a crash in a user's page.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { loadPackage, missingPackageMessage, nativeCli } from './helpers.mjs';

const bv = await loadPackage();
const cli = nativeCli();
const skip = !bv ? missingPackageMessage : !cli ? 'the native CLI is not built (set BAIVIET_CLI)' : false;

// Deterministic: mulberry32.
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const N = 300;

/** Numbers of every magnitude from 1e-4 to 1e15, both signs, integers and fractions. */
function numbers(seed, n = N, { negative = true, integer = false } = {}) {
  const r = rng(seed);
  const out = [0, 1, 999, 1000, 1500000, 2617, 0.5, 1.2345];
  while (out.length < n) {
    const mag = Math.floor(r() * 19) - 4;
    let v = (1 + r() * 9) * 10 ** mag;
    v = integer || r() < 0.4 ? Math.round(v) : Number(v.toPrecision(1 + Math.floor(r() * 8)));
    if (negative && r() < 0.25) v = -v;
    out.push(v);
  }
  return out;
}

/** Runs the CLI once for a list of input lines; one output line per input ('' for a bad value). */
function native(kind, args, lines) {
  let out;
  try {
    out = execFileSync(cli, ['format', kind, ...args], { input: lines.join('\n') + '\n', encoding: 'utf8' });
  } catch (e) {
    out = e.stdout;   // exit 1: some value was bad, its line is empty
  }
  const got = out.split('\n');
  got.pop();
  assert.equal(got.length, lines.length, `${kind} ${args.join(' ')}: one output line per value`);
  return got;
}
function wasm(fn) {
  try { return fn(); } catch (e) { if (e instanceof bv.BaivietError) return ''; throw e; }
}
function compare(label, expected, actual, inputs) {
  // Most values are valid: a kind that fails everywhere would compare nothing.
  assert.ok(expected.filter((x) => x !== '').length >= inputs.length / 2, `${label}: the CLI formats most values`);
  const diffs = [];
  for (let i = 0; i < inputs.length; i++) {
    if (expected[i] !== actual[i]) diffs.push(`${label} ${JSON.stringify(inputs[i])}: native ${JSON.stringify(expected[i])}, wasm ${JSON.stringify(actual[i])}`);
  }
  assert.deepEqual(diffs.slice(0, 20), [], `${diffs.length} of ${inputs.length} differ`);
}

const numberOptionSets = [
  [[], {}],
  [['--max-fraction', '0'], { maxFractionDigits: 0 }],
  [['--fraction', '2'], { minFractionDigits: 2, maxFractionDigits: 2 }],
  [['--max-significant', '3'], { maxSignificantDigits: 3 }],
  [['--no-grouping', '--rounding', 'half-even', '--max-fraction', '1'], { grouping: false, rounding: 'halfEven', maxFractionDigits: 1 }],
  [['--rounding', 'floor', '--max-fraction', '2'], { rounding: 'floor', maxFractionDigits: 2 }],
];

test('numbers: number, percent, compact, money, money-news, count, unit, ratio, range', { skip }, async () => {
  await bv.init({ formatting: true });
  const f = bv.format;
  numberOptionSets.forEach(([args, o], k) => {
    const v = numbers(100 + k);
    compare(`number ${args}`, native('number', args, v.map(String)), v.map((x) => wasm(() => f.number(x, o))), v);
    const p = numbers(200 + k).map((x) => x / 1000);
    compare(`percent ${args}`, native('percent', args, p.map(String)), p.map((x) => wasm(() => f.percent(x, o))), p);
  });
  const v = numbers(300);
  compare('compact', native('compact', [], v.map(String)), v.map((x) => wasm(() => f.compact(x))), v);
  compare('compact --short', native('compact', ['--short'], v.map(String)), v.map((x) => wasm(() => f.compact(x, { style: 'short' }))), v);
  for (const cur of ['VND', 'USD', 'EUR', 'JPY', 'CNY', 'KRW', 'THB', 'GBP']) {
    const m = numbers(cur.charCodeAt(0) * 7 + cur.charCodeAt(2), 80);
    compare(`money ${cur}`, native('money', ['--currency', cur], m.map(String)), m.map((x) => wasm(() => f.money(x, cur))), m);
  }
  const big = numbers(400, N, { negative: false });
  compare('money-news', native('money-news', [], big.map(String)), big.map((x) => wasm(() => f.moneyNews(x))), big);
  compare('count', native('count', [], big.map(String)), big.map((x) => wasm(() => f.count(x, 'lượt xem'))), big);
  compare('count --compact', native('count', ['--compact', '--label', 'người'], big.map(String)),
    big.map((x) => wasm(() => f.count(x, 'người', { compact: true }))), big);
  for (const unit of ['ha', 'km', 'm', 'kg', 'tonne', '°C', '%', 'km/h', 'm2', 'kWh', 'MW', 'liter', 'hour', 'day', 'month', 'year',
    'mm', 'cm', 'g', 'byte', 'square-kilometer', 'gigawatt', 'megabyte',
    // products of units: their "times" pattern comes with grammaticalFeatures.res
    'kilogram-meter', 'kilogram-meter-per-square-second']) {
    const u = numbers(unit.length * 31 + unit.charCodeAt(0), 40);
    compare(`unit ${unit}`, native('unit', ['--unit', unit], u.map(String)), u.map((x) => wasm(() => f.unit(x, unit))), u);
  }
  const a = numbers(500, N, { negative: false, integer: true });
  const b = numbers(501, N, { negative: false, integer: true });
  const pairs = a.map((x, i) => [x, b[i]]);
  compare('ratio', native('ratio', [], pairs.map(([x, y]) => `${x}/${y}`)), pairs.map(([x, y]) => wasm(() => f.ratio(x, y))), pairs);
  const ranges = pairs.map(([x, y]) => [Math.min(x, y), Math.max(x, y)]);
  compare('range', native('range', [], ranges.map(([x, y]) => `${x}..${y}`)), ranges.map(([x, y]) => wasm(() => f.range(x, y))), ranges);
});

test('numbers at the edges of the double range reach ICU as the same doubles (strtod from JS in WASM)', { skip }, async () => {
  // A value crosses into WebAssembly as JSON text and is read back with strtod, which is the
  // engine's Number() there (bindings/js/src/js_strtod.cpp) and the C library's natively: the
  // 17 significant digits below would show any value read one unit in the last place apart.
  await bv.init({ formatting: true });
  const v = [5e-324, 1e-323, 2.225073858507201e-308, 2.2250738585072014e-308, 1.7976931348623157e308, 8.98846567431158e307,
    0.30000000000000004, 0.1 + 0.7, 1e23, 9007199254740993, 9007199254740995, 1.0000000000000002, 0.9999999999999999,
    4.35, 123456.789, 1e-7, 1e21, 1e22, 2 ** -1022 * 1.5, 2 ** 63, -(2 ** 53 + 2), 1 / 3, 2 / 3, Math.PI, -0];
  for (const [args, o] of [[[], {}], [['--max-significant', '17'], { maxSignificantDigits: 17 }]]) {
    compare(`number ${args}`, native('number', args, v.map(String)), v.map((x) => wasm(() => bv.format.number(x, o))), v);
  }
});

test('numbers in words: words, money-words, with each option', { skip }, async () => {
  await bv.init({ formatting: true });
  const f = bv.format;
  const ints = numbers(600, N, { integer: true }).filter((x) => Math.abs(x) < 1e15);
  const fracs = numbers(601, N).filter((x) => Math.abs(x) < 1e12);
  for (const [args, o] of [[[], {}], [['--linh'], { linh: true }], [['--ngan', '--ti'], { ngan: true, ti: true }], [['--capitalize'], { capitalize: true }]]) {
    compare(`words ${args}`, native('words', args, ints.map(String)), ints.map((x) => wasm(() => f.words(x, o))), ints);
    compare(`words (fractions) ${args}`, native('words', args, fracs.map(String)), fracs.map((x) => wasm(() => f.words(x, o))), fracs);
  }
  const m = ints.filter((x) => x >= 0);
  compare('money-words', native('money-words', [], m.map(String)), m.map((x) => wasm(() => f.moneyWords(x))), m);
});

const zones = ['Asia/Ho_Chi_Minh', 'UTC', 'Asia/Bangkok', 'Asia/Tokyo', 'Europe/Paris', 'Europe/London',
  'America/New_York', 'America/Los_Angeles', 'America/Sao_Paulo', 'Australia/Sydney', 'Asia/Kolkata', 'Pacific/Chatham',
  // Custom zones: ICU reads their offset with its number parser (TimeZone::parseCustomID), which
  // the WASM build's ICU must therefore keep (cmake/wasm/patches/icu-format-only.patch).
  'GMT+7', 'GMT-03:30'];
const styles = [['dateline', 'dateline'], ['admin-date', 'administrative'], ['date', 'shortDate'], ['padded-date', 'paddedDate'],
  ['day-month', 'dayMonth'], ['time', 'time'], ['date-time', 'dateTime'], ['iso', 'iso8601'], ['iso-date', 'isoDate']];

/** Instants (epoch seconds) from 1900 to 2100, with the dates around DST changes well sampled. */
function instants(seed, n) {
  const r = rng(seed);
  const out = [0, 1709170200, 951782400, 1611187200];
  while (out.length < n) out.push(Math.floor(-2208988800 + r() * (4102444800 + 2208988800)));
  return out;
}

test('dates: every style in twelve time zones and two custom ones', { skip }, async () => {
  await bv.init({ formatting: true });
  const f = bv.format;
  zones.forEach((tz, k) => {
    const t = instants(700 + k, 60);
    for (const [kind, style] of styles) {
      compare(`${kind} ${tz}`, native(kind, ['--tz', tz], t.map(String)),
        t.map((s) => wasm(() => f.date(s * 1000, { style, timeZone: tz }))), t);
    }
    compare(`dateline --lower-weekday ${tz}`, native('dateline', ['--tz', tz, '--lower-weekday'], t.map(String)),
      t.map((s) => wasm(() => f.date(s * 1000, { style: 'dateline', timeZone: tz, weekday: 'lower' }))), t);
  });
});

test('relative time: seconds to years, past and future, numeric and capitalised', { skip }, async () => {
  await bv.init({ formatting: true });
  const f = bv.format;
  const now = '2024-02-29T08:30:00+07:00';
  const nowS = Date.parse(now) / 1000;
  const r = rng(800);
  const t = [nowS];
  while (t.length < N) {
    const span = 10 ** (r() * 9);   // 1 s … 30 years
    t.push(Math.round(nowS + (r() < 0.5 ? -span : span)));
  }
  for (const [args, o] of [[[], {}], [['--numeric'], { alwaysNumeric: true }], [['--capitalize'], { capitalize: true }]]) {
    for (const tz of ['Asia/Ho_Chi_Minh', 'America/New_York']) {
      compare(`relative ${args} ${tz}`, native('relative', ['--now', now, '--tz', tz, ...args], t.map(String)),
        t.map((s) => wasm(() => f.relative(s * 1000, now, { timeZone: tz, ...o }))), t);
    }
  }
});
