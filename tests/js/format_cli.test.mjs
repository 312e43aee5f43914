// The `baiviet format` / `baiviet parse` command line: values as arguments or
// one per line on stdin, one result per line, exit codes 0/1/2, messages that
// name the bad value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { findCli } from './format_cli_path.mjs';

const cli = findCli();
const skip = cli ? false : 'baiviet CLI not found: set BAIVIET_CLI';
const run = (args, input) => spawnSync(cli, args, { input: input ?? '', encoding: 'utf8' });

test('arguments: one result per value', { skip }, () => {
  const r = run(['format', 'number', '2617', '1234567.891', '-5']);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, '2.617\n1.234.567,891\n-5\n');
});

test('stdin: one value per line, thousands in one process', { skip }, () => {
  const vals = Array.from({ length: 5000 }, (_, i) => i * 1000);
  const r = run(['format', 'number'], vals.join('\n') + '\n');
  assert.equal(r.status, 0);
  const lines = r.stdout.split('\n');
  assert.equal(lines.length, 5001);
  assert.equal(lines[2], '2.000');
  assert.equal(lines[4999], '4.999.000');
});

test('bad values: exit 1, named on stderr, empty line keeps alignment, the rest still run', { skip }, () => {
  const r = run(['format', 'percent'], '1.222\nabc\nNaN\n0.9915\n');
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '122,2%\n\n\n99,15%\n');
  assert.match(r.stderr, /'abc'/);
  assert.match(r.stderr, /NaN/);
});

test('usage errors exit 2; --help exits 0', { skip }, () => {
  assert.equal(run(['format']).status, 2);
  assert.equal(run(['format', 'nonsense', '1']).status, 2);
  assert.equal(run(['format', 'number', '--rounding', 'sideways', '1']).status, 2);
  assert.equal(run(['format', 'relative', '2024-02-29']).status, 2);  // needs --now
  assert.equal(run(['parse', 'words', '1']).status, 2);
  const h = run(['format', '--help']);
  assert.equal(h.status, 0);
  assert.match(h.stdout, /usage: baiviet format/);
  assert.equal(run(['parse', '--help']).status, 0);
});

test('each kind', { skip }, () => {
  const cases = [
    [['format', 'money', '1500000'], '1.500.000\u00a0₫'],
    [['format', 'money-news', '1500000000'], '1,5 tỷ đồng'],
    [['format', 'compact', '1234'], '1,2 nghìn'],
    [['format', 'compact', '--short', '1200000'], '1,2\u00a0Tr'],
    [['format', 'count', '19241'], '19.241 lượt xem'],
    [['format', 'count', '--compact', '1234'], '1,2 nghìn lượt xem'],
    [['format', 'unit', '--unit', 'ha', '3200'], '3.200 ha'],
    [['format', 'words', '1000005'], 'một triệu không trăm lẻ năm'],
    [['format', 'words', '--linh', '105'], 'một trăm linh năm'],
    [['format', 'money-words', '1500000'], 'một triệu năm trăm nghìn đồng'],
    [['format', 'range', '--no-grouping', '2020..2025'], '2020–2025'],
    [['format', 'ratio', '2063/2247'], '2.063/2.247'],
    [['format', 'dateline', '2024-02-29T08:30:00+07:00'], 'Thứ Năm, 29/02/2024, 08:30'],
    [['format', 'dateline', '1709170200'], 'Thứ Năm, 29/02/2024, 08:30'],
    [['format', 'dateline', '--ms', '1709170200000'], 'Thứ Năm, 29/02/2024, 08:30'],
    [['format', 'admin-date', '2021-01-21'], 'ngày 21 tháng 01 năm 2021'],
    [['format', 'date', '2024-02-29'], '29/2/2024'],
    [['format', 'iso', '--tz', 'UTC', '2024-02-29T08:30:00+07:00'], '2024-02-29T01:30:00+00:00'],
    [['format', 'relative', '--now', '2024-02-29T12:00:00+07:00', '2024-02-29T09:00:00+07:00'], '3 giờ trước'],
    [['format', 'markup', '--year', '2024', 'Ngày 29/2 có 2.617 người'],
      'Ngày <time datetime="2024-02-29">29/2</time> có <data value="2617">2.617</data> người'],
    [['parse', 'number', '122,2%'], '1.222'],
    [['parse', 'number', '3.200 ha'], '3200 hectare'],
    [['parse', 'number', '1,5 tỷ'], '1500000000'],
  ];
  for (const [args, want] of cases) {
    const r = run(args);
    assert.equal(r.status, 0, `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stdout, want + '\n', args.join(' '));
  }
});

test('the machine time zone and locale do not change dates', { skip }, () => {
  const env = { ...process.env, TZ: 'America/Los_Angeles', LANG: 'en_US.UTF-8', LC_ALL: 'C' };
  const r = spawnSync(cli, ['format', 'dateline', '2024-02-29T08:30:00'], { encoding: 'utf8', env });
  assert.equal(r.stdout, 'Thứ Năm, 29/02/2024, 08:30\n');
});

test('parse: ambiguous input is an error naming the value', { skip }, () => {
  const r = run(['parse', 'number', '1.5', '2.617']);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '\n2617\n');
  assert.match(r.stderr, /'1\.5'/);
});
