// Every HTML output of the native CLI parses without a single HTML5 parse
// error (parse5 reports errors the way the WHATWG spec defines them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseFragment } from 'parse5';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const cli = process.env.BAIVIET_CLI || join(root, 'build', 'baiviet');

function inputs() {
  const list = [join(root, 'tests/fixtures/samples/son-la-ky-3.txt')];
  for (const dir of ['tests/fixtures/render', 'tests/fixtures/markdown']) {
    const d = join(root, dir);
    if (existsSync(d)) for (const f of readdirSync(d)) if (/\.(md|txt)$/.test(f)) list.push(join(d, f));
  }
  const corpus = join(root, '..', 'shared', 'corpus');
  if (existsSync(corpus)) {
    for (const sub of readdirSync(corpus, { withFileTypes: true })) {
      if (!sub.isDirectory()) continue;
      for (const f of readdirSync(join(corpus, sub.name))) if (/\.(md|txt)$/.test(f)) list.push(join(corpus, sub.name, f));
    }
  } else {
    console.log('# ../shared/corpus absent: checking the fixtures only');
  }
  return list;
}

function errorsOf(html, fragment) {
  const errors = [];
  const onParseError = (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`);
  if (fragment) parseFragment(html, { onParseError });
  else parse(html, { onParseError });
  return errors;
}

const variants = [
  { name: 'fragment', args: [], fragment: true },
  { name: 'full page + toc + markup', args: ['--full-page', '--toc', '--markup-numbers'], fragment: false },
];

let checked = 0;
for (const file of inputs()) {
  for (const v of variants) {
    test(`${file.replace(root + '/', '')} (${v.name}) is valid HTML5`, () => {
      const html = execFileSync(cli, ['render', file, '--from', 'auto', ...v.args], { encoding: 'utf8', maxBuffer: 1 << 28 });
      assert.ok(html.length > 0);
      assert.deepEqual(errorsOf(html, v.fragment), []);
      checked++;
    });
  }
}

test('raw <script> in Markdown never reaches the HTML', () => {
  const md = '# T\n\n<script>window.__xss=1</script>\n\nx <script>alert(1)</script> y\n\n<div onclick="x()">z</div>\n';
  const html = execFileSync(cli, ['render', '-', '--from', 'markdown'], { input: md, encoding: 'utf8' });
  assert.ok(!/<script/i.test(html), html);
  assert.ok(!/onclick/i.test(html), html);
  assert.deepEqual(errorsOf(html, true), []);
});

test('links and images with every benign URL are valid HTML5, each URL written as listed', () => {
  // tests/fixtures/url/benign.json: raw [ ] \ ` { } | ^ ' in attribute values
  const { urls } = JSON.parse(readFileSync(join(root, 'tests/fixtures/url/benign.json'), 'utf8'));
  const dest = (u) => '<' + [...u].map((ch) => (/^[!-/:-@[-`{-~]$/.test(ch) ? '\\' + ch : ch)).join('') + '>';
  const md = urls.map(({ url }, i) => `[bài ${i}](${dest(url)} "tiêu đề") ![ảnh ${i}](${dest(url)})`).join('\n\n') + '\n';
  for (const v of variants) {
    const html = execFileSync(cli, ['render', '-', '--from', 'markdown', ...v.args], { input: md, encoding: 'utf8' });
    assert.deepEqual(errorsOf(html, v.fragment), []);
    for (const [i, { written }] of urls.entries()) {
      assert.ok(html.includes(`<a href="${written}" title="tiêu đề"`), `link ${i}: ${written}`);
      assert.ok(html.includes(`<img src="${written}" alt="ảnh ${i}"`), `image ${i}: ${written}`);
    }
    checked++;
  }
});

test.after(() => console.log(`# ${checked} documents checked with parse5`));
