// Loading the WebAssembly module and calling into it. Internal: use index.js.
//
// Works the same in browsers, workers, Node ≥ 20 and bundlers:
// - the .wasm and the ICU data are found next to this file with new URL(…, import.meta.url),
//   which Vite/Rollup/webpack turn into asset URLs;
// - in Node, file: URLs and paths are read with fs (emscripten 3.1.6 would fetch() them, which
//   Node cannot do), and the emscripten loader is built for web/worker only, so it never
//   touches __dirname or require;
// - the caller may hand over the bytes instead (wasmBinary / dataBinary).
import createBaivietCore from './baiviet-core.js';
import { BaivietError } from './error.js';

let core = null;          // the emscripten module once ready
let generation = 0;       // +1 each time a module instance starts (handles belong to one instance)
let pending = null;       // the promise of a running init()
const namePtrs = new Map();
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

const isNode = typeof process === 'object' && process !== null &&
  typeof process.versions === 'object' && process.versions !== null && !!process.versions.node;

function defaultWasmUrl() { return new URL('./baiviet.wasm', import.meta.url); }
function defaultDataUrl() { return new URL('./baiviet-icu.dat', import.meta.url); }

function toBytes(x, what) {
  if (x instanceof Uint8Array) return x;
  if (x instanceof ArrayBuffer) return new Uint8Array(x);
  if (ArrayBuffer.isView(x)) return new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
  throw new BaivietError('invalid_argument', `${what} must be an ArrayBuffer or a typed array`);
}

async function readFileBytes(pathOrUrl) {
  // Hidden from bundlers: this branch only runs in Node.
  const fsName = 'node:fs/promises';
  const { readFile } = await import(/* @vite-ignore */ /* webpackIgnore: true */ fsName);
  return new Uint8Array(await readFile(pathOrUrl));
}

/** Resolves what the user gave (URL, string URL, file path) and returns the bytes or a Response. */
async function fetchResource(where, what) {
  let url = where;
  if (typeof where === 'string') {
    if (isNode && !/^[a-z][a-z0-9+.-]*:/i.test(where)) return { bytes: await readFileBytes(where) };
    if (isNode && /^file:/i.test(where)) url = new URL(where);
    else {
      try { url = new URL(where, globalThis.location?.href); } catch { url = where; }
    }
  }
  if (url instanceof URL && url.protocol === 'file:') {
    if (!isNode) throw new BaivietError('load_failed', `cannot load ${what} from ${url.href} outside Node`);
    return { bytes: await readFileBytes(url) };
  }
  if (typeof fetch !== 'function') throw new BaivietError('load_failed', `no fetch() to load ${what}`);
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (e) {
    throw new BaivietError('load_failed', `cannot fetch ${what} from ${String(url)}: ${e?.message ?? e}`);
  }
  if (!response.ok) {
    throw new BaivietError('load_failed', `cannot fetch ${what} from ${String(url)}: HTTP ${response.status}`);
  }
  return { response };
}

async function instantiate(options) {
  let wasmSource;
  if (options.wasmBinary != null) wasmSource = { bytes: toBytes(options.wasmBinary, 'wasmBinary') };
  else wasmSource = fetchResource(options.wasmUrl ?? defaultWasmUrl(), 'baiviet.wasm');
  let dataSource;
  if (options.dataBinary != null) dataSource = { bytes: toBytes(options.dataBinary, 'dataBinary') };
  else dataSource = fetchResource(options.dataUrl ?? defaultDataUrl(), 'the ICU data (baiviet-icu.dat)');
  // Both downloads run in parallel; the data is read while the code compiles.
  const dataBytes = Promise.resolve(dataSource).then(async (d) =>
    d.bytes ?? new Uint8Array(await d.response.arrayBuffer()));
  dataBytes.catch(() => {});   // reported below

  const module = await createBaivietCore({
    // emscripten calls this instead of fetching the .wasm itself.
    instantiateWasm(imports, done) {
      Promise.resolve(wasmSource).then(async (w) => {
        let result;
        if (w.bytes) {
          result = await WebAssembly.instantiate(w.bytes, imports);
        } else if (typeof WebAssembly.instantiateStreaming === 'function' &&
                   (w.response.headers.get('content-type') || '').startsWith('application/wasm')) {
          result = await WebAssembly.instantiateStreaming(w.response, imports);
        } else {
          result = await WebAssembly.instantiate(await w.response.arrayBuffer(), imports);
        }
        done(result.instance, result.module);
      }).catch((e) => fail(e));
      return {};
    },
    print() {},
    printErr() {},
    onAbort(what) { fail(new BaivietError('internal', `WebAssembly module aborted: ${what}`)); },
  }).catch((e) => { throw wrap(e); });
  // instantiateWasm errors cannot reject createBaivietCore(): surface them through `failed`.
  if (failed) throw failed;

  const data = await dataBytes.catch((e) => { throw wrap(e); });
  const ptr = module._bv_alloc(data.byteLength);
  if (!ptr) throw new BaivietError('out_of_memory', 'cannot allocate memory for the ICU data');
  module.HEAPU8.set(data, ptr);          // stays allocated for the life of the module
  const rc = module._bv_set_icu_data(ptr);
  if (rc !== 0) throw new BaivietError('icu_error', `ICU rejected the data package (error ${rc})`);
  return module;
}

let failed = null;
let failHook = null;
function fail(e) {
  failed = wrap(e);
  if (failHook) failHook(failed);
}
function wrap(e) {
  if (e instanceof BaivietError) return e;
  return new BaivietError('load_failed', `cannot start the WebAssembly module: ${e?.message ?? e}`);
}

export function init(options = {}) {
  if (core) return Promise.resolve();
  if (pending) return pending;
  if (options === null || typeof options !== 'object') {
    return Promise.reject(new BaivietError('invalid_argument', 'init(options): options must be an object'));
  }
  failed = null;
  pending = new Promise((resolve, reject) => {
    failHook = reject;
    instantiate(options).then(resolve, reject);
  }).then((m) => {
    core = m;
    generation += 1;
    failHook = null;
  }, (e) => {
    pending = null;
    failHook = null;
    throw e;
  });
  return pending;
}

export function isInitialized() { return core !== null; }

/** Which module instance is running (handles made in another one are re-made). */
export function instanceGeneration() { return generation; }

function requireCore(name) {
  if (!core) {
    throw new BaivietError('not_initialized',
      `baiviet: call "await init()" before ${name}() (the WebAssembly module is not loaded yet)`);
  }
  return core;
}

function namePtr(m, name) {
  let p = namePtrs.get(name);
  if (p === undefined) {
    const bytes = encoder.encode(name + '\0');
    p = m._bv_alloc(bytes.length);
    m.HEAPU8.set(bytes, p);
    namePtrs.set(name, p);
  }
  return p;
}

/** Calls a bound C++ function: string in (UTF-8), options as JSON, string out. */
export function call(name, input, options) {
  const m = requireCore(name);
  if (typeof input !== 'string') {
    throw new BaivietError('invalid_argument', `${name}: expected a string, got ${input === null ? 'null' : typeof input}`);
  }
  return invoke(m, name, encoder.encode(input), options);
}

/** Calls a bound C++ function with raw bytes in (e.g. a Float64Array's), string out. */
export function callBytes(name, bytes, options) {
  return invoke(requireCore(name), name, bytes, options);
}

function invoke(m, name, inBytes, options) {
  let opts = '';
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object' || Array.isArray(options)) {
      throw new BaivietError('invalid_argument', `${name}: options must be an object`);
    }
    opts = JSON.stringify(options);
  }
  const optBytes = opts ? encoder.encode(opts) : null;
  const optLen = optBytes ? optBytes.length : 0;
  const fn = namePtr(m, name);
  const buf = m._bv_alloc(inBytes.length + optLen + 1);
  if (!buf) throw new BaivietError('out_of_memory', `${name}: cannot allocate ${inBytes.length} bytes`);
  let rc, out;
  try {
    m.HEAPU8.set(inBytes, buf);
    if (optBytes) m.HEAPU8.set(optBytes, buf + inBytes.length);
    try {
      rc = m._bv_call(fn, buf, inBytes.length, buf + inBytes.length, optLen);
    } catch (e) {
      // A trap (e.g. memory exhausted): the module's state is unknown from here on.
      throw new BaivietError(/memory/i.test(String(e?.message)) ? 'out_of_memory' : 'internal',
        `${name}: the WebAssembly module failed: ${e?.message ?? e}`);
    }
    const p = m._bv_out_ptr() >>> 0;
    const n = m._bv_out_len() >>> 0;
    out = decoder.decode(m.HEAPU8.subarray(p, p + n));
    if (n > (1 << 20)) m._bv_trim();
  } finally {
    m._bv_free(buf);
  }
  if (rc !== 0) {
    let e;
    try { e = JSON.parse(out); } catch { e = { code: 'internal', message: out, line: 0 }; }
    throw new BaivietError(e.code, e.message, e.line);
  }
  return out;
}

/** Names of the functions compiled into the module. */
export function boundNames() {
  const m = requireCore('boundNames');
  const p = m._bv_names() >>> 0;
  let end = p;
  while (m.HEAPU8[end] !== 0) end++;
  return decoder.decode(m.HEAPU8.subarray(p, end)).split('\n').filter(Boolean);
}

/** Bytes of WebAssembly memory (grows, never shrinks): for leak checks. */
export function heapSize() {
  return requireCore('heapSize').HEAPU8.length;
}
