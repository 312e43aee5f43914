// Loads bare cmark-gfm in WASM (bench/js/bare-cmark/build.sh's output in `dir`) as the
// package loads its core (instantiateWasm with the bytes) and returns a render function
// called as the package calls render: the string encoded into WASM memory, HTML decoded.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { utf8Input } from '../../../bindings/js/lib/utf8_input.js';

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
  // The input travels as the package's does (bindings/js/lib/utf8_input.js).
  return (s) => {
    const inp = utf8Input(enc, s);
    const p = m._bare_alloc(inp.size + 1);
    try {
      const n = inp.write(m.HEAPU8, p);
      if (m._bare_render(p, n) !== 0) throw new Error('bare cmark-gfm failed');
      const o = m._bare_out_ptr() >>> 0;
      return dec.decode(m.HEAPU8.subarray(o, o + (m._bare_out_len() >>> 0)));
    } finally {
      m._bare_free(p);
    }
  };
}
