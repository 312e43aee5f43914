// Loads bare cmark-gfm in WASM (bench/js/bare-cmark/build.sh's output in `dir`) as the
// package loads its core (instantiateWasm with the bytes) and returns a render function
// called as the package calls render: the string encoded into WASM memory, HTML decoded.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadBareCmark(dir) {
  const base = resolve(dir);
  const { default: create } = await import(pathToFileURL(join(base, 'bare-cmark.js')).href);
  const bytes = readFileSync(join(base, 'bare-cmark.wasm'));
  const m = await create({
    instantiateWasm(imports, done) {
      WebAssembly.instantiate(bytes, imports).then((r) => done(r.instance, r.module));
      return {};
    },
  });
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  // As bindings/js/lib/core.js: a string encoded straight into WASM memory (encodeInto, at
  // most 3 bytes per UTF-16 unit) up to 2^20 units, longer ones encoded first.
  return (s) => {
    const b = s.length > (1 << 20) ? enc.encode(s) : null;
    const cap = b ? b.length : s.length * 3;
    const p = m._bare_alloc(cap + 1);
    try {
      let n;
      if (b) {
        m.HEAPU8.set(b, p);
        n = b.length;
      } else {
        n = enc.encodeInto(s, m.HEAPU8.subarray(p, p + cap)).written;
      }
      if (m._bare_render(p, n) !== 0) throw new Error('bare cmark-gfm failed');
      const o = m._bare_out_ptr() >>> 0;
      return dec.decode(m.HEAPU8.subarray(o, o + (m._bare_out_len() >>> 0)));
    } finally {
      m._bare_free(p);
    }
  };
}
