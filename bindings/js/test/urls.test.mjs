// The safe-URL policy through the WASM package (the same C++ as the native build), with
// an external oracle: the web-platform-tests URL suite (../shared/testdata/url, else the
// subset in tests/fixtures/url) and Node's own WHATWG URL parser standing in for the
// browser. Every case the suite resolves to http(s) (against an http base, or absolute)
// must come out of render() ([x](url), ![x](url)) and excerpt() (<a href>) as an
// attribute that Node resolves to the very URL it makes of the input; every javascript:,
// vbscript: and non-image data: case must lose its attribute. The benign table
// (tests/fixtures/url/benign.json) must be written byte for byte as listed.
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackage, missingPackageMessage, repoRoot, sharedDir } from './helpers.mjs';

const bv = await loadPackage();
const skip = bv ? false : missingPackageMessage;

const shared = process.env.BAIVIET_SHARED_DIR || sharedDir;
const fullSuite = join(shared, 'testdata/url/urltestdata.json');
const subset = join(repoRoot, 'tests/fixtures/url/urltestdata-subset.json');

/** A Markdown link destination cmark reads back as exactly `url` (null: not expressible). */
function mdDestination(url) {
  if (/[\n\r\0]/.test(url)) return null;
  return '<' + [...url].map((ch) => (/^[!-/:-@[-`{-~]$/.test(ch) ? '\\' + ch : ch)).join('') + '>';
}
const unescapeAttr = (v) => v.replace(/&(amp|quot|lt|gt|#39);/g, (_, e) => ({ amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'" })[e]);
const attrValues = (html, name) => [...html.matchAll(new RegExp(` ${name}="([^"]*)"`, 'g'))].map((m) => m[1]);
const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const httpBase = (b) => b === null || b === undefined || /^https?:/i.test(b);
const rasterData = (href) => /^data:image\/(png|gif|jpeg|webp)[;,]/i.test(href);
/** What the browser parses: tab/LF/CR removed, leading/trailing C0 and space stripped. */
const browserInput = (u) => u.replace(/[\t\n\r]/g, '').replace(/^[\0- ]+|[\0- ]+$/g, '');

function renders(url) {
  const dest = mdDestination(url);
  const r = { markdown: dest !== null, hrefs: [], srcs: [] };
  if (dest !== null) {
    const html = bv.render(`Đọc [bài này](${dest}) và xem ![ảnh](${dest}) nhé.\n`, { from: 'markdown', to: 'html' });
    r.hrefs = attrValues(html, 'href');
    r.srcs = attrValues(html, 'src');
  }
  const ex = bv.excerpt(`<p>Đọc <a href="${escapeAttr(url)}">bài này</a> nhé.</p>`, { from: 'html', to: 'html', limit: 0 });
  r.excerptHrefs = attrValues(ex.text, 'href');
  return r;
}

/** What Node's URL parser makes of `url` on a page at `base` (absolute URLs: any http base). */
function resolveRaw(url, base) {
  try { return new URL(url, base ?? 'http://example.org/').href; } catch { return 'FAILURE'; }
}
/** The same for an attribute value as written (the writer's escapes undone). */
const resolve = (value, base) => resolveRaw(unescapeAttr(value), base);

test('WPT URL suite through the WASM package, resolved by Node\'s URL parser', { skip }, async (t) => {
  await bv.init();
  const files = [[subset, 'subset']];
  if (existsSync(fullSuite)) files.push([fullSuite, 'full']);
  else t.diagnostic('../shared/testdata/url is absent: only the committed subset is checked');
  for (const [file, label] of files) {
    const cases = JSON.parse(readFileSync(file, 'utf8')).filter((c) => typeof c === 'object');
    let kept = 0; let refused = 0; let nodeDiffers = 0; let other = 0;
    for (const c of cases) {
      if (c.failure ? true : !httpBase(c.base)) { other++; continue; }
      const where = `${JSON.stringify(c.input)} against ${c.base}`;
      if (c.protocol === 'http:' || c.protocol === 'https:') {
        kept++;
        // The page's base: the suite's, or any http page for an absolute input (where
        // "http:example.com/" is then relative to the page: still http, still kept).
        const base = c.base ?? 'http://example.org/';
        const want = resolveRaw(c.input, base);
        // This Node (an older URL Standard) differs from the suite on a few IDNA
        // cases: there Node's own reading of the input is the reference.
        if (c.base && want !== c.href) {
          nodeDiffers++;
          t.diagnostic(`Node's URL parser differs from the suite: ${where} -> ${want}, suite: ${c.href}`);
        }
        const r = renders(c.input);
        const lists = r.markdown ? [['href', r.hrefs], ['src', r.srcs], ['excerpt href', r.excerptHrefs]] : [['excerpt href', r.excerptHrefs]];
        for (const [what, values] of lists) {
          if (what === 'excerpt href' && browserInput(c.input) === '' && values.length === 0) continue;  // a link to "this page"
          assert.equal(values.length, 1, `${what} kept: ${where}`);
          assert.equal(resolve(values[0], base), want, `${what} resolves as the input: ${where} wrote ${values[0]}`);
        }
      } else if (['javascript:', 'vbscript:', 'data:'].includes(c.protocol)) {
        refused++;
        const r = renders(c.input);
        assert.deepEqual(r.hrefs, [], `href refused: ${where}`);
        assert.deepEqual(r.excerptHrefs, [], `excerpt href refused: ${where}`);
        if (r.markdown) assert.equal(r.srcs.length, rasterData(c.href) ? 1 : 0, `src: ${where}`);
      } else {
        other++;
      }
    }
    const line = `WPT URL suite (${label}) through WASM: ${kept} http(s) cases kept, each attribute resolving (Node's URL) ` +
      `to what the input resolves to (Node differs from the suite on ${nodeDiffers}), ${refused} javascript:/vbscript:/data: refused, ${other} other (parse failures, other bases, other schemes)`;
    t.diagnostic(line);
    console.log(`# ${line}`);
    assert.ok(kept > 50 && refused > 5);
  }
});

test('benign URLs are written byte for byte as listed', { skip }, async () => {
  await bv.init();
  const { urls } = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/url/benign.json'), 'utf8'));
  for (const { url, written } of urls) {
    const r = renders(url);
    assert.deepEqual(r.hrefs, [written], url);
    assert.deepEqual(r.srcs, [written], url);
    assert.deepEqual(r.excerptHrefs, [written], url);
    if (!/^(mailto|tel):/.test(url)) {
      assert.equal(resolve(written, 'http://example.org/a/b'), resolveRaw(url, 'http://example.org/a/b'), url);
    }
  }
});
