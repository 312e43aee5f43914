// Memory: 100,000 renders do not grow the WASM heap after warm-up; 10 MB inputs work.
import test from 'node:test';
import assert from 'node:assert/strict';
import { loadPackage, missingPackageMessage } from './helpers.mjs';

const bv = await loadPackage();
const skip = bv ? false : missingPackageMessage;

const doc = `---
title: Bài thử bộ nhớ
tags: [a, b]
---

# Bài thử bộ nhớ

**Sa-pô của bài viết, 2.617 người và 122,2%.**

Đoạn có *nhấn mạnh*, \`mã\`, [liên kết](https://example.vn) và chú thích[^1].

| Cột | Giá trị |
|---|---|
| A | 1 |

- một
- hai

[^1]: Chú thích.
`;

test('100,000 renders do not grow the WASM heap after warm-up', { skip }, async () => {
  await bv.init();
  const kinds = ['html', 'json', 'text', 'jsonld'];
  for (let i = 0; i < 2000; i++) bv.render(doc, { to: kinds[i % 4] });
  const before = bv.internals.heapSize();
  let bytes = 0;
  for (let i = 0; i < 100000; i++) bytes += bv.render(doc, { to: kinds[i % 4] }).length;
  const after = bv.internals.heapSize();
  assert.ok(bytes > 100000);
  assert.equal(after, before, `heap grew from ${before} to ${after} bytes`);
});

test('a 10 MB input renders (memory growth)', { skip }, async () => {
  await bv.init();
  const para = 'Đoạn văn tiếng Việt có dấu, số 2.617 và 122,2% để thử đầu vào lớn. ';
  const parts = [];
  let size = 0;
  let n = 0;
  while (size < 10 * 1024 * 1024) {
    const p = `## Mục ${++n}\n\n${para.repeat(8)}\n\n`;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  const big = parts.join('');
  const html = bv.render(big, { to: 'html', html: { header: false } });
  assert.ok(html.length > big.length / 2);
  assert.ok(html.includes(`Mục ${n}`));
  // And the module still works normally afterwards.
  assert.equal(bv.text.slugify('Đây là ví dụ'), 'day-la-vi-du');
});
