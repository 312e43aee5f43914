// The package's API in Node 20: init, errors, the bound functions (behaviour, not snapshots).
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { loadPackage, packageDir, missingPackageMessage, readText, sampleArticle } from './helpers.mjs';

const bv = await loadPackage();
const skip = bv ? false : missingPackageMessage;

test('calling before init() throws a clear BaivietError', { skip }, () => {
  assert.equal(bv.isInitialized(), false);
  assert.throws(() => bv.render('# x'), (e) => e instanceof bv.BaivietError &&
    e.code === 'not_initialized' && /await init\(\)/.test(e.message));
});

test('init() with default URLs works in Node (file URLs read with fs, not fetch)', { skip }, async () => {
  await bv.init();
  await bv.init();  // idempotent
  assert.equal(bv.isInitialized(), true);
  assert.match(bv.version(), /^\d+\.\d+\.\d+$/);
});

test('render: Markdown to HTML, JSON, text, JSON-LD', { skip }, async () => {
  await bv.init();
  const md = '# Tiêu đề bài viết\n\nĐoạn thứ nhất có **chữ đậm** và [liên kết](https://example.vn/a).\n';
  const html = bv.render(md, { to: 'html' });
  assert.match(html, /Tiêu đề bài viết/);
  assert.match(html, /<strong>chữ đậm<\/strong>/);
  assert.match(html, /href="https:\/\/example\.vn\/a"/);
  const json = JSON.parse(bv.render(md, { to: 'json' }));
  assert.equal(json.title, 'Tiêu đề bài viết');
  const text = bv.render(md, { to: 'text' });
  assert.match(text, /Đoạn thứ nhất có chữ đậm và liên kết/);
  assert.doesNotMatch(text, /\*\*/);
  const ld = JSON.parse(bv.render(md, { to: 'jsonld' }));
  assert.equal(typeof ld, 'object');
});

test('render: unsafe URLs are not passed through by default', { skip }, async () => {
  await bv.init();
  const html = bv.render('Bấm [vào đây](javascript:alert(1)) nhé.\n', { html: { header: false } });
  assert.doesNotMatch(html, /javascript:/);
});

test('parse returns an Article (toJSON is the model); importText recovers the sample article', { skip }, async () => {
  await bv.init();
  const a = bv.parse('# Tựa\n\nNội dung.\n');
  assert.ok(a instanceof bv.Article);
  assert.equal(a.title, 'Tựa');
  const model = a.toJSON();
  assert.equal(Object.getPrototypeOf(model), Object.prototype);
  assert.equal(model.title, 'Tựa');
  assert.equal(JSON.stringify(a), JSON.stringify(model));  // JSON.stringify(article) gives the model
  model.title = 'changed';
  assert.equal(a.toJSON().title, 'Tựa');                    // each toJSON() is a fresh copy
  a.free();
  const sample = readText(sampleArticle);
  const imported = bv.importText(sample);
  const expected = JSON.parse(readFileSync(sampleArticle.replace(/\.txt$/, '.expected.json'), 'utf8'));
  if (expected.title) assert.equal(imported.title, expected.title);
  assert.ok(Array.isArray(imported.body) && imported.body.length > 0);
  assert.equal(bv.detectFormat('# Tựa\n\n*nhấn*'), 'markdown');
});

test('Article: parse once, render/excerpt/count many times, same bytes as the one-call forms', { skip }, async () => {
  await bv.init();
  const sample = readText(sampleArticle);
  const md = '---\ntitle: Tiêu đề\ndate: 2024-02-29T08:30:00+07:00\n---\n**Sapo đậm.**\n\n## Mục một\n\nĐoạn văn 2.617 tỷ đồng.\n';
  for (const [src, from] of [[md, 'markdown'], [sample, 'text'], [md, 'auto']]) {
    const a = bv.parse(src, { from });
    for (const to of ['html', 'json', 'text', 'jsonld']) {
      for (const html of [{}, { toc: true, fullPage: true }, { markupNumbers: true, idPrefix: 'x-' }]) {
        assert.equal(bv.render(a, { to, html }), bv.render(src, { from, to, html }), `${from} → ${to} ${JSON.stringify(html)}`);
      }
    }
    for (const opts of [{}, { limit: 40, to: 'html' }, { unit: 'words', limit: 12, readingTime: true }]) {
      assert.deepEqual(bv.excerpt(a, opts), bv.excerpt(src, { ...opts, from }));
    }
    assert.ok(bv.text.count(a).words > 5);
    assert.equal(bv.text.readingTime(a).label, bv.excerpt(src, { from, readingTime: true }).readingTime.label);
    a.free();
  }
});

test('Article: parsed without GFM, rendered later as the one-call form renders it (no GFM tagfilter)', { skip }, async () => {
  await bv.init();
  const src = '<script>alert(1)</script>\n\nĐoạn <b>đậm</b>.\n';
  const a = bv.parse(src, { from: 'markdown', gfm: false });
  const later = bv.render(a, { html: { unsafe: true } });
  assert.equal(later, bv.render(src, { from: 'markdown', parse: { gfm: false }, html: { unsafe: true } }));
  assert.ok(later.includes('<script>'), later);   // unsafe, and no tagfilter without GFM
  a.free();
});

test('Article: options are checked; parse options go to parse(); free, dispose, stale handles', { skip }, async () => {
  await bv.init();
  const before = bv.internals.liveArticles();
  const a = bv.parse('# T\n\nx\uFFFF y\n', { from: 'markdown', gfm: false });
  assert.equal(bv.internals.liveArticles(), before + 1);
  assert.throws(() => bv.render(a, { parse: { gfm: true } }), (e) => e.code === 'invalid_argument' && /parse\(\)/.test(e.message));
  assert.throws(() => bv.render(a, { from: 'text' }), (e) => e.code === 'invalid_argument');
  assert.throws(() => bv.render(a, { toc: true }), (e) => e.code === 'invalid_argument' && /toc/.test(e.message));
  assert.throws(() => bv.parse('x', { toc: true }), (e) => e.code === 'invalid_argument' && /toc/.test(e.message));
  assert.throws(() => bv.parse('x', { format: 'text' }), (e) => e.code === 'invalid_argument' && /format/.test(e.message));
  assert.throws(() => bv.render(42), (e) => e.code === 'invalid_argument');
  assert.throws(() => bv.excerpt({ title: 'x' }), (e) => e.code === 'invalid_argument');
  assert.ok(a.alive);
  a.free();
  a.free();  // idempotent
  assert.equal(a.alive, false);
  assert.equal(bv.internals.liveArticles(), before);
  assert.throws(() => bv.render(a), (e) => e.code === 'invalid_argument' && /freed/.test(e.message));
  assert.throws(() => a.toJSON(), (e) => e.code === 'invalid_argument' && /freed/.test(e.message));
  const disposeKey = typeof Symbol.dispose === 'symbol' ? Symbol.dispose : Symbol.for('nodejs.dispose');
  const b = bv.parse('# T\n\nx\n');
  b[disposeKey]();
  assert.equal(b.alive, false);
  assert.equal(bv.internals.liveArticles(), before);
  // warnings of the parse stay with the article
  const w = bv.parse('# T\n\nx\u0000 y\n');
  assert.equal(w.warnings.length, 1);
  assert.match(w.warnings[0].message, /U\+FFFD/);
  w.free();
  // render(source) with compat keeps the heading (the option schema's implication)
  assert.equal(bv.render('# Tiêu đề\n\nĐoạn văn.\n', { from: 'markdown', html: { commonmarkCompat: true } }),
    '<h1>Tiêu đề</h1>\n<p>Đoạn văn.</p>\n');
});

test('Article: forgotten articles are freed by the garbage collector', { skip: skip || typeof global.gc !== 'function' && 'needs node --expose-gc' }, async () => {
  await bv.init();
  const before = bv.internals.liveArticles();
  (() => { for (let i = 0; i < 50; i++) bv.parse(`# Bài ${i}\n\nNội dung.\n`); })();
  assert.ok(bv.internals.liveArticles() >= before + 1);
  for (let i = 0; i < 20 && bv.internals.liveArticles() > before; i++) {
    global.gc();
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.equal(bv.internals.liveArticles(), before);
});

test('render: each call reads its own options (the last options read are reused only for the same text)', { skip }, async () => {
  await bv.init();
  const md = '# Tiêu đề\n\nĐoạn có **đậm**.\n';
  const html = bv.render(md, { to: 'html' });
  const text = bv.render(md, { to: 'text' });
  const bare = bv.render(md);
  assert.notEqual(html, text);
  // The same options again, alternating, after an error, after none, and as an equal
  // object spelled differently: every output is that of the call's own options.
  for (let i = 0; i < 3; i++) {
    assert.equal(bv.render(md, { to: 'text' }), text);
    assert.equal(bv.render(md, { to: 'html' }), html);
    assert.throws(() => bv.render(md, { to: 'pdf' }), (e) => e.code === 'invalid_argument');
    assert.equal(bv.render(md, { to: 'html' }), html);
    assert.equal(bv.render(md), bare);
    assert.equal(bv.render(md, { to: 'text', html: {} }), text);
    assert.throws(() => bv.render(md, { to: 'text', html: { fullPgae: true } }), (e) => /fullPgae/.test(e.message));
    assert.equal(bv.render(md, { to: 'text' }), text);
  }
});

test('errors are BaivietError with the errc name as code', { skip }, async () => {
  await bv.init();
  assert.throws(() => bv.render('x', { to: 'pdf' }),
    (e) => e instanceof bv.BaivietError && e.code === 'invalid_argument' && /to/.test(e.message));
  assert.throws(() => bv.render('x', { html: { fullPgae: true } }),
    (e) => e.code === 'invalid_argument' && /fullPgae/.test(e.message));
  assert.throws(() => bv.render(42), (e) => e.code === 'invalid_argument');
  assert.throws(() => bv.render('x'.repeat(2000), { parse: { maxInputBytes: 1000 } }),
    (e) => e.code === 'too_large');
  assert.throws(() => bv.render('*a* [b](c) '.repeat(200), { parse: { maxEmphasisScan: 10000 } }),
    (e) => e.code === 'too_large' && /emphasis/.test(e.message) && e.line === 1);
  assert.match(bv.render('*a* [b](c) '.repeat(200), { parse: { maxEmphasisScan: 0 } }), /<em>a<\/em>/);
  assert.throws(() => bv.parse('---\ntitle: [unclosed\n---\n\nBody\n'),
    (e) => e instanceof bv.BaivietError && e.code === 'front_matter' && e.line > 0);
});

test('answers keep their shape: object keys in sorted order, and the same error whatever the order of the options', { skip }, async () => {
  await bv.init();
  const sorted = (o) => assert.deepEqual(Object.keys(o), Object.keys(o).sort(), JSON.stringify(o));
  const sample = readText(sampleArticle);
  sorted(bv.text.count(sample));
  sorted(bv.text.readingTime(sample, { images: 1 }));
  sorted(bv.text.commentStatus('Một bình luận'));
  const x = bv.excerpt(sample, { limit: 80, readingTime: true });
  sorted(x);
  sorted(x.readingTime);
  const a = bv.parse('Đoạn một.\n\nCâu [^ghi\nchú] tiếp.\n', { from: 'markdown' });
  sorted(a.warnings[0]);
  a.free();
  const message = (fn) => { try { fn(); } catch (e) { return e.message; } return null; };
  // Options read through the schema (render, excerpt) and by the bindings' own reader (text.*):
  for (const [fn, name] of [[(o) => bv.render('x', o), 'options.aa'], [(o) => bv.excerpt('x', o), 'options.aa'],
                            [(o) => bv.text.slugify('x', o), 'options.aa'], [(o) => bv.text.commentStatus('x', o), 'options.aa']]) {
    assert.equal(message(() => fn({ zz: 1, aa: 2 })), `unknown option ${name}`);
    assert.equal(message(() => fn({ aa: 2, zz: 1 })), `unknown option ${name}`);
  }
});

test('format.*: formatting_not_loaded before loadFormatting(), then works', { skip }, async () => {
  await bv.init();
  if (!bv.isFormattingLoaded()) {
    for (const call of [() => bv.format.number(2617), () => bv.format.numbers([1]), () => bv.parse.number('2.617'),
                        () => bv.parse.iso8601('2024-02-29'), () => bv.format.relative(0, 1000),
                        () => bv.format.words(21)]) {
      assert.throws(call, (e) => e instanceof bv.BaivietError && e.code === 'formatting_not_loaded' &&
        /await loadFormatting\(\)/.test(e.message));
    }
  }
  const html = bv.render('# Tựa\n\n2.617 người\n', { html: { markupNumbers: true } });
  const gen = bv.internals.generation();
  const wasCore = bv.internals.loadedPiece() === 'core';
  await Promise.all([bv.loadFormatting(), bv.loadFormatting()]);
  assert.equal(bv.isFormattingLoaded(), true);
  assert.equal(bv.internals.loadedPiece(), 'full');
  if (wasCore) assert.equal(bv.internals.generation(), gen + 1);  // the instance was swapped
  assert.equal(bv.format.number(2617), '2.617');
  assert.equal(bv.format.words(21), 'hai mươi mốt');
  // the core's calls give the same bytes on the full build
  assert.equal(bv.render('# Tựa\n\n2.617 người\n', { html: { markupNumbers: true } }), html);
});

test('format.numbers: the strings format.number gives, in one call', { skip }, async () => {
  await bv.init({ formatting: true });
  let seed = 20261128;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const values = [0, -0, 2617, 1234567.891, 0.5, 2.5, -42.125, 1e15];
  for (let i = 0; i < 2000; i++) values.push((i % 2 ? -1 : 1) * 10 ** (rand() * 21 - 9));
  for (const o of [undefined, { maxFractionDigits: 1, rounding: 'halfEven' },
                   { grouping: false, minSignificantDigits: 2, maxSignificantDigits: 4 }]) {
    const all = bv.format.numbers(values, o);
    assert.equal(all.length, values.length);
    values.forEach((v, i) => assert.equal(all[i], bv.format.number(v, o), `value ${v}`));
    assert.deepEqual(bv.format.numbers(Float64Array.from(values), o), all);
  }
  assert.deepEqual(bv.format.numbers([2617, 0.5]), ['2.617', '0,5']);
  assert.deepEqual(bv.format.numbers(new Float64Array(8).subarray(2, 4).fill(1200)), ['1.200', '1.200']);
  assert.deepEqual(bv.format.numbers([]), []);
  assert.throws(() => bv.format.numbers([1, NaN]), (e) => e.code === 'invalid_argument' && /value 1/.test(e.message));
  assert.throws(() => bv.format.numbers([1, '2']), (e) => e.code === 'invalid_argument' && /value 1/.test(e.message));
  assert.throws(() => bv.format.numbers('1,2'), (e) => e.code === 'invalid_argument');
  assert.throws(() => bv.format.numbers([1], { grupping: false }), (e) => e.code === 'invalid_argument' && /grupping/.test(e.message));
});

test('bad input never crashes: invalid UTF-8 surrogates and NUL', { skip }, async () => {
  await bv.init();
  const html = bv.render('Lỗi \uD800 và \u0000 ở đây\n', { html: { header: false } });
  assert.match(html, /\uFFFD/);
});

test('a footnote reference across a line break: the warning names the line, as natively (cmark-gfm#282)', { skip }, async () => {
  await bv.init();
  const a = bv.parse('Đoạn một.\n\nCâu [^ghi\nchú] tiếp.\n', { from: 'markdown' });
  try {
    assert.equal(a.warnings.length, 1);
    assert.equal(a.warnings[0].line, 3);
    assert.match(a.warnings[0].message, /github\/cmark-gfm#282/);
  } finally {
    a.free();
  }
  const one = bv.parse('Câu [^ghi chú] tiếp.\n\n`[^q`\nr] s\n', { from: 'markdown' });
  assert.deepEqual(one.warnings, []);
  one.free();
});

test('strings reach the library as their UTF-8 on both input paths (encodeInto, and encode past 2^20 units)', { skip }, async () => {
  await bv.init();
  // One-, two-, three- and four-byte characters, a lone surrogate (U+FFFD, as TextEncoder
  // gives) and a character ending exactly where a 3-bytes-per-unit estimate is tight.
  const tricky = 'Ấn tượng 😀 «Sơn La» \uDC00 đ€ 𝔸 cuối\n';
  const alone = bv.render(tricky, { to: 'text' });
  assert.match(alone, /😀/);
  assert.match(alone, /𝔸/);
  assert.match(alone, /\uFFFD/);
  assert.equal(bv.text.count(tricky).graphemes, [...new Intl.Segmenter('vi', { granularity: 'grapheme' }).segment(tricky)].length);
  for (const n of [(1 << 20) - tricky.length - 2, (1 << 20) + 7]) {  // just under and over the switch
    const long = 'đ'.repeat(n) + '\n\n' + tricky;
    assert.equal(long.length > (1 << 20), n > (1 << 20));
    const out = bv.render(long, { to: 'text' });
    assert.ok(out.endsWith(alone), `the last paragraph renders as alone (n = ${n})`);
    assert.ok(out.startsWith('đđđ'));
  }
  // Only strings: other inputs are a clear error, never encoded bytes of something else.
  assert.throws(() => bv.render(new TextEncoder().encode('# x')), (e) => e.code === 'invalid_argument');
});

test('text.*: slugs, folding, NFC', { skip }, async () => {
  await bv.init();
  assert.equal(bv.text.slugify('Thực hiện với bước đi chắc chắn'), 'thuc-hien-voi-buoc-di-chac-chan');
  assert.equal(bv.text.slugify('Nghị quyết 02-NQ/TU'), 'nghi-quyet-02-nq-tu');
  assert.equal(bv.text.foldForSearch('Đảng bộ tỉnh Sơn La'), 'dang bo tinh son la');
  const nfd = 'Ye\u0302\u0301n!';
  assert.equal(bv.text.toNfc(nfd), 'Yến!');
  assert.equal(bv.text.normalize('\u00D0à Nẵng'), 'Đà Nẵng');
});

