// Compares the native CLI's decimal, percent, VND and compact-long output with
// Node's Intl.NumberFormat('vi-VN', …) for 10,000 random values each, with the
// same rounding mode pinned on both sides (ICU "half-up" = ties away from zero
// = Intl "halfExpand"; ICU "half-even" = Intl "halfEven"). Full agreement is
// required. Node 20 ships ICU 7x (78.2 here) and the native build ICU 72.1;
// for these four formats CLDR vi is the same in both (see docs/format.md,
// "ICU 72 and Node's ICU", for the formats that differ and are not compared).
// Zero never carries a sign in ours (-0 and -0,0001 rounded read "0"): Intl's
// signDisplay "negative" is the same rule, so it is pinned too.
//
// Run: BAIVIET_CLI=build/baiviet node --test tests/js/format_intl.test.mjs
// BAIVIET_FORMAT_SEED=<n> changes the values (default fixed, so failures reproduce).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { findCli } from './format_cli_path.mjs';

const cli = findCli();
const COUNT = 10000;
const seed = Number(process.env.BAIVIET_FORMAT_SEED ?? 20240229);

// mulberry32: small deterministic PRNG.
function rng(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Values a newsroom formats: integers of every size, money amounts, ratios,
// exact ties (x.5, x.x5, x.xx5), negatives, zero and a few very large ones.
function values(n, seedValue) {
  const r = rng(seedValue);
  const out = [0, -0.5, 0.5, 1.5, 2.5, -2.5, 0.125, 0.0005, 1e15, 999.9995, 1234567.891];
  while (out.length < n) {
    const kind = Math.floor(r() * 8);
    const sign = r() < 0.15 ? -1 : 1;
    const mag = Math.pow(10, Math.floor(r() * 13));
    let v;
    switch (kind) {
      case 0: v = Math.floor(r() * mag); break;                              // integers
      case 1: v = Math.round(r() * mag * 1000) / 1000; break;               // 3 decimals
      case 2: v = Math.floor(r() * mag) + 0.5; break;                        // ties at 0 digits
      case 3: v = (Math.floor(r() * 100000) * 10 + 5) / 10000; break;        // ties at 3 digits
      case 4: v = r(); break;                                                // ratios 0..1
      case 5: v = Math.round(r() * 20000) / 10000; break;                    // ratios 0..2
      case 6: v = Math.round(r() * 1e6) * 1000; break;                       // VND amounts
      default: v = r() * Math.pow(10, Math.floor(r() * 16)); break;          // anything up to 1e15
    }
    out.push(sign * v);
  }
  return out;
}

function runCli(args, vals) {
  const res = spawnSync(cli, ['format', ...args], {
    input: vals.map((v) => (Object.is(v, -0) ? '-0' : String(v))).join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(res.status, 0, `CLI failed: ${res.stderr}`);
  const lines = res.stdout.split('\n');
  lines.pop();
  assert.equal(lines.length, vals.length);
  return lines;
}

// Differences we know of and accept (none for these formats with ICU 72.1 vs
// Node 20's ICU); each entry: { kind, value, cli, intl, why }.
const documentedDifferences = [];

function compare(name, args, intlOptions, vals) {
  const got = runCli(args, vals);
  const nf = new Intl.NumberFormat('vi-VN', { signDisplay: 'negative', ...intlOptions });
  const mismatches = [];
  vals.forEach((v, i) => {
    const want = nf.format(v);
    if (got[i] !== want && !documentedDifferences.some((d) => d.kind === name && d.value === v))
      mismatches.push({ value: v, cli: got[i], intl: want });
  });
  assert.deepEqual(mismatches.slice(0, 20), [], `${name}: ${mismatches.length} of ${vals.length} differ`);
}

const skip = cli ? false : 'baiviet CLI not found: set BAIVIET_CLI';
const vals = values(COUNT, seed);

test('decimal (0-3 fraction digits, half-up) agrees with Intl', { skip }, () => {
  compare('decimal', ['number'], { maximumFractionDigits: 3, roundingMode: 'halfExpand' }, vals);
});

test('decimal with half-even agrees with Intl halfEven', { skip }, () => {
  compare('decimal-half-even', ['number', '--rounding', 'half-even'],
    { maximumFractionDigits: 3, roundingMode: 'halfEven' }, vals);
});

test('decimal with 0 fraction digits (ties) agrees with Intl', { skip }, () => {
  compare('decimal-0', ['number', '--max-fraction', '0'], { maximumFractionDigits: 0, roundingMode: 'halfExpand' }, vals);
});

test('percent (0-2 fraction digits) agrees with Intl', { skip }, () => {
  compare('percent', ['percent'], { style: 'percent', maximumFractionDigits: 2, roundingMode: 'halfExpand' }, vals);
});

test('VND agrees with Intl', { skip }, () => {
  compare('vnd', ['money'], { style: 'currency', currency: 'VND', roundingMode: 'halfExpand' }, vals);
});

test('compact long agrees with Intl', { skip }, () => {
  compare('compact-long', ['compact'],
    { notation: 'compact', compactDisplay: 'long', roundingMode: 'halfExpand' }, vals);
});

// Beyond the four required formats: also identical in ICU 72 and Node's ICU.
test('compact short agrees with Intl', { skip }, () => {
  compare('compact-short', ['compact', '--short'], { notation: 'compact', roundingMode: 'halfExpand' }, vals);
});

test('USD agrees with Intl', { skip }, () => {
  compare('usd', ['money', '--currency', 'USD'], { style: 'currency', currency: 'USD', roundingMode: 'halfExpand' }, vals);
});

test('the comparison can fail: a deliberately different mode disagrees', { skip }, () => {
  const ties = [0.5, 1.5, 2.5, 3.5];
  const got = runCli(['number', '--max-fraction', '0', '--rounding', 'half-even'], ties);
  const nf = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0, roundingMode: 'halfExpand' });
  assert.notDeepEqual(got, ties.map((v) => nf.format(v)));
});
