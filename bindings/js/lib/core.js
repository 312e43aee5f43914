// Loading the WebAssembly pieces and calling into them. Internal: use index.js.
//
// Two builds of the same C++ sources:
//   core  baiviet-core.wasm (+ its emscripten loader, bundled into index.js): parse, render,
//         excerpt, text.* — what an article page needs; its ICU data is linked in.
//   full  baiviet-full.wasm + baiviet-full.js + baiviet-icu.dat: the core plus formatting
//         (format.*, parse.number, parse.iso8601). loadFormatting() swaps the module over to
//         it; everything keeps working, and `generation()` tells lib code that the instance
//         changed (objects living in the old module's memory must be re-created).
//
// Works the same in browsers, workers, Node ≥ 20 and bundlers:
// - the files are found next to this module with new URL(…, import.meta.url), which
//   Vite/Rollup/webpack/esbuild turn into asset URLs;
// - in Node, file: URLs and paths are read with fs (emscripten 3.1.6 would fetch() them, which
//   Node cannot do); the emscripten loaders are built for web/worker only (no require/__dirname);
// - the caller may hand over bytes or a compiled WebAssembly.Module instead of URLs.
import createCoreModule from './baiviet-core.js';
import { BaivietError } from './error.js';
import { utf8Input } from './utf8_input.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

let mod = null;           // the emscripten module in use (core or full)
let modKind = null;       // 'core' | 'full'
let gen = 0;              // incremented whenever `mod` changes
let bound = null;         // names bound in `mod` (Set)
let namePtrs = new Map(); // name → pointer to its NUL-terminated copy in `mod`'s memory
let initPending = null;   // promise of the first module (core, or full with formatting: true)
let fullPending = null;   // promise of the full build
let settings = {};        // the sources given to init(), kept for loadFormatting()

const isNode = typeof process === 'object' && process !== null &&
  typeof process.versions === 'object' && process.versions !== null && !!process.versions.node;

// Asset URLs: written out literally so that bundlers see and copy each file.
function defaultUrl(file) {
  switch (file) {
    case 'core': return new URL('./baiviet-core.wasm', import.meta.url);
    case 'full': return new URL('./baiviet-full.wasm', import.meta.url);
    default: return new URL('./baiviet-icu.dat', import.meta.url);
  }
}
const fileNames = { core: 'baiviet-core.wasm', full: 'baiviet-full.wasm', data: 'baiviet-icu.dat' };

// Vite's dev server pre-bundles dependencies into .vite/deps/ (served from /node_modules/.vite/deps/
// or /.vite/deps/), where the files next to import.meta.url do not exist: there the package's own
// directory, /node_modules/baiviet/, is tried second.
function fallbackUrl(url) {
  const m = /^(.*?\/)(?:node_modules\/)?\.vite\/deps(?:_[^/]*)?\/([^/?#]+)(?:[?#].*)?$/.exec(String(url));
  return m ? `${m[1]}node_modules/baiviet/${m[2]}` : null;
}

function toBytes(x, what) {
  if (x instanceof Uint8Array) return x;
  if (x instanceof ArrayBuffer) return new Uint8Array(x);
  if (ArrayBuffer.isView(x)) return new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
  throw new BaivietError('invalid_argument', `${what} must be a URL, a path, bytes (ArrayBuffer or a typed array)` +
    `${what === 'data' ? '' : ' or a WebAssembly.Module'}`);
}

async function readFileBytes(pathOrUrl) {
  // Hidden from bundlers: this branch only runs in Node.
  const fsName = 'node:fs/promises';
  const { readFile } = await import(/* @vite-ignore */ /* webpackIgnore: true */ fsName);
  return new Uint8Array(await readFile(pathOrUrl));
}

const loadFailed = (where, why) => new BaivietError('load_failed', `cannot load ${where}: ${why}`);

/** Fetches one file: { bytes } or { response } (a checked, successful Response). */
async function fetchResource(where, label) {
  let url = where;
  if (typeof where === 'string') {
    if (isNode && !/^[a-z][a-z0-9+.-]*:/i.test(where)) {
      try { return { bytes: await readFileBytes(where) }; } catch (e) { throw loadFailed(where, e?.message ?? e); }
    }
    try { url = new URL(where, globalThis.location?.href); } catch { url = where; }
  }
  if (url instanceof URL && url.protocol === 'file:') {
    if (!isNode) throw loadFailed(url.href, `a file: URL outside Node (${label})`);
    try { return { bytes: await readFileBytes(url) }; } catch (e) { throw loadFailed(url.href, e?.message ?? e); }
  }
  if (typeof fetch !== 'function') throw loadFailed(String(url), 'no fetch() in this runtime');
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (e) {
    throw loadFailed(String(url), e?.message ?? String(e));
  }
  if (!response.ok) throw loadFailed(String(url), `HTTP ${response.status}`);
  // An HTML page instead of the file: a dev server's fallback page (SPA routing).
  if ((response.headers.get('content-type') || '').startsWith('text/html')) {
    throw loadFailed(String(url), `the server answered with an HTML page, not ${label}`);
  }
  return { response };
}

async function fetchDefault(kind) {
  const url = defaultUrl(kind);
  try {
    return await fetchResource(url, fileNames[kind]);
  } catch (e) {
    const alt = fallbackUrl(url);
    if (!alt) throw e;
    try { return await fetchResource(alt, fileNames[kind]); } catch {
      throw new BaivietError('load_failed', `${e.message} (the package looks pre-bundled by Vite: add ` +
        `optimizeDeps: { exclude: ['baiviet'] } to vite.config.js, or pass the URLs to init())`);
    }
  }
}

/** What the user gave for a piece: URL/string/path, bytes, a WebAssembly.Module, or nothing. */
function source(given, kind) {
  if (given == null) return fetchDefault(kind);
  if (typeof given === 'string' || given instanceof URL) return fetchResource(given, fileNames[kind]);
  if (kind !== 'data' && typeof WebAssembly === 'object' && given instanceof WebAssembly.Module) return { module: given };
  return { bytes: toBytes(given, kind) };
}

async function readAll(src, where) {
  const s = await src;
  if (s.bytes) return s.bytes;
  try {
    return new Uint8Array(await s.response.arrayBuffer());
  } catch (e) {
    throw loadFailed(s.response.url || where, `download interrupted: ${e?.message ?? e}`);
  }
}

async function compileAndInstantiate(src, imports, where) {
  const s = await src;
  try {
    if (s.module) return { instance: await WebAssembly.instantiate(s.module, imports), module: s.module };
    if (s.response && typeof WebAssembly.instantiateStreaming === 'function' &&
        (s.response.headers.get('content-type') || '').startsWith('application/wasm')) {
      return await WebAssembly.instantiateStreaming(s.response, imports);
    }
    return await WebAssembly.instantiate(await readAll(s, where), imports);
  } catch (e) {
    if (e instanceof BaivietError) throw e;
    const url = s.response?.url || where;
    throw loadFailed(url, `not a valid WebAssembly module (truncated or wrong file, or an engine without WebAssembly bulk memory?): ${e?.message ?? e}`);
  }
}

/**
 * Instantiates one piece: the emscripten loader factory, the .wasm source, and (full build)
 * the ICU data. Downloads run in parallel; the data is read while the code compiles.
 */
async function instantiate(createModule, wasmSource, where, dataSource, dataWhere) {
  let failed = null;
  let dataBytes = null;
  Promise.resolve(wasmSource).catch(() => {});   // reported through instantiateWasm below
  if (dataSource) {
    dataBytes = readAll(dataSource, dataWhere);
    dataBytes.catch(() => {});   // reported below
  }
  let rejectInit;
  const aborted = new Promise((_, reject) => { rejectInit = reject; });
  aborted.catch(() => {});
  const factory = await createModule;
  const ready = factory({
    // emscripten calls this instead of fetching the .wasm itself.
    instantiateWasm(imports, done) {
      compileAndInstantiate(wasmSource, imports, where).then(
        (r) => done(r.instance, r.module),
        (e) => { failed = e; rejectInit(e); });
      return {};
    },
    print() {},
    printErr() {},
    onAbort(what) {
      const e = failed ?? new BaivietError('internal', `WebAssembly module aborted: ${what}`);
      rejectInit(e);
    },
  });
  const m = await Promise.race([ready, aborted]).catch((e) => { throw wrap(e, where); });
  let ptr = 0;
  if (dataBytes) {
    const data = await dataBytes;
    const bad = checkIcuData(data);
    if (bad) throw loadFailed(dataWhere, `not a complete ICU data package (${bad}): truncated or not baiviet-icu.dat?`);
    ptr = m._bv_alloc(data.byteLength);
    if (!ptr) throw new BaivietError('out_of_memory', 'cannot allocate memory for the ICU data');
    m.HEAPU8.set(data, ptr);          // stays allocated for the life of the module
  }
  const rc = m._bv_set_icu_data(ptr);
  if (rc !== 0) throw loadFailed(dataWhere ?? where, `ICU rejected the data package (error ${rc}): truncated or not baiviet-icu.dat?`);
  return m;
}

/**
 * ICU does not check a package handed over from memory: a cut-off file would fail later, call
 * by call, with U_MISSING_RESOURCE_ERROR. Checks the header and that the table of contents and
 * every item it lists lie inside the bytes. Returns what is wrong, or null.
 */
function checkIcuData(b) {
  if (b.byteLength < 32 || b[2] !== 0xda || b[3] !== 0x27) return 'no ICU data header';
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const header = v.getUint16(0, true);
  if (header + 4 > b.byteLength) return 'no table of contents';
  const count = v.getUint32(header, true);
  if (count === 0 || header + 4 + count * 8 > b.byteLength) return 'table of contents cut off';
  let last = 0;
  let lastName = 0;
  for (let i = 0; i < count; i++) {
    const name = v.getUint32(header + 4 + i * 8, true);
    const item = v.getUint32(header + 8 + i * 8, true);
    if (header + name >= b.byteLength || item < last) return 'table of contents damaged';
    last = item;
    lastName = header + name;
  }
  // The last item: its own header must be inside, and a resource bundle (.res) as long as its
  // index says (indexes[URES_INDEX_BUNDLE_TOP], in 32-bit units after the header).
  const at = header + last;
  const missing = `${b.byteLength} bytes, the end is missing`;
  if (at + 4 > b.byteLength) return missing;
  const itemHeader = v.getUint16(at, true);
  if (at + itemHeader + 20 > b.byteLength) return missing;
  let end = lastName;
  while (end < b.byteLength && b[end] !== 0) end++;
  const name = String.fromCharCode(...b.subarray(lastName, end));
  if (name.endsWith('.res') && at + itemHeader + 4 * v.getUint32(at + itemHeader + 16, true) > b.byteLength) return missing;
  return null;
}

function wrap(e, where) {
  if (e instanceof BaivietError) return e;
  return loadFailed(where, `cannot start the WebAssembly module: ${e?.message ?? e}`);
}

function use(m, kind) {
  mod = m;
  modKind = kind;
  gen++;
  namePtrs = new Map();
  bound = new Set(readNames(m));
}

const describe = (given, kind) => (typeof given === 'string' || given instanceof URL) ? String(given)
  : given == null ? String(defaultUrl(kind)) : `the ${fileNames[kind]} given to init()`;

async function loadCore() {
  const where = describe(settings.core, 'core');
  return instantiate(Promise.resolve(createCoreModule), source(settings.core, 'core'), where, null);
}

async function loadFull() {
  const where = describe(settings.full, 'full');
  const loader = import('./baiviet-full.js').then((m) => m.default, (e) => {
    throw loadFailed(String(new URL('./baiviet-full.js', import.meta.url)), e?.message ?? e);
  });
  return instantiate(loader, source(settings.full, 'full'), where, source(settings.data, 'data'),
    describe(settings.data, 'data'));
}

const initKeys = new Set(['formatting', 'core', 'full', 'data', 'wasmUrl', 'wasmBinary', 'dataUrl', 'dataBinary']);

function readSettings(options, fn) {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new BaivietError('invalid_argument', `${fn}(options): options must be an object`);
  }
  for (const k of Object.keys(options)) {
    if (!initKeys.has(k)) {
      throw new BaivietError('invalid_argument', `${fn}: unknown option "${k}" (known: ${[...initKeys].join(', ')})`);
    }
  }
  if (options.formatting !== undefined && typeof options.formatting !== 'boolean') {
    throw new BaivietError('invalid_argument', `${fn}: formatting must be a boolean`);
  }
  // wasmUrl/wasmBinary and dataUrl/dataBinary: the names of the one-piece package (0.1), for
  // the core piece and the formatting data.
  return {
    core: options.core ?? options.wasmBinary ?? options.wasmUrl,
    full: options.full,
    data: options.data ?? options.dataBinary ?? options.dataUrl,
  };
}

/**
 * Loads the article core (or, with { formatting: true }, the full build at once).
 * Idempotent; options name where the pieces are (URL, path, bytes or WebAssembly.Module):
 * { core, full, data, formatting }.
 */
export function init(options = {}) {
  let s;
  try { s = readSettings(options, 'init'); } catch (e) { return Promise.reject(e); }
  if (!mod && !initPending) {
    settings = { ...settings, ...Object.fromEntries(Object.entries(s).filter(([, v]) => v != null)) };
  }
  if (options.formatting) return loadFormatting();
  if (mod) return Promise.resolve();
  if (initPending) return initPending;
  initPending = loadCore().then((m) => {
    if (!mod) use(m, 'core');   // the full build may have arrived first
  }, (e) => {
    initPending = null;
    if (mod) return;            // the full build is there: the core's failure does not matter
    throw e;
  });
  return initPending;
}

/**
 * Loads formatting: swaps the module over to the full build (core + formatting). Idempotent.
 * Calls made meanwhile run on the core. On failure the core keeps working.
 */
export function loadFormatting(options) {
  if (options !== undefined) {
    let s;
    try { s = readSettings(options, 'loadFormatting'); } catch (e) { return Promise.reject(e); }
    if (options.formatting === false) {
      return Promise.reject(new BaivietError('invalid_argument', 'loadFormatting: formatting: false makes no sense here'));
    }
    if (!fullPending) settings = { ...settings, ...Object.fromEntries(Object.entries(s).filter(([, v]) => v != null)) };
  }
  if (modKind === 'full') return Promise.resolve();
  if (fullPending) return fullPending;
  fullPending = loadFull().then((m) => use(m, 'full'), (e) => {
    fullPending = null;
    throw e;
  });
  return fullPending;
}

export function isInitialized() { return mod !== null; }
export function isFormattingLoaded() { return modKind === 'full'; }
/** Which piece is in use: null, "core" or "full". */
export function loadedPiece() { return modKind; }
/**
 * Counts module instances: it changes when loadFormatting() swaps the core for the full
 * build. Anything kept in WebAssembly memory (pointers) belongs to one generation.
 */
export function generation() { return gen; }

function requireModule(name, anyPiece = false) {
  if (!mod) {
    throw new BaivietError('not_initialized',
      `baiviet: call "await init()" before ${name}() (the WebAssembly module is not loaded yet)`);
  }
  if (!anyPiece && !bound.has(name)) {
    if (modKind === 'core') {
      throw new BaivietError('formatting_not_loaded',
        `baiviet: ${name}() is part of formatting: call "await loadFormatting()" (or init({ formatting: true })) first`);
    }
  }
  return mod;
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
  const m = requireModule(name);
  if (typeof input !== 'string') {
    throw new BaivietError('invalid_argument', `${name}: expected a string, got ${input === null ? 'null' : typeof input}`);
  }
  return invoke(m, name, input, options);
}

/** Calls a bound C++ function with raw bytes in (e.g. a Float64Array's), string out. */
export function callBytes(name, bytes, options) {
  return invoke(requireModule(name), name, bytes, options);
}

let lastOpts = '';
let lastOptBytes = null;

/** `input`: a string (written as UTF-8, utf8_input.js) or bytes. */
function invoke(m, name, input, options) {
  let opts = '';
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object' || Array.isArray(options)) {
      throw new BaivietError('invalid_argument', `${name}: options must be an object`);
    }
    opts = JSON.stringify(options);
  }
  // The bytes of the last options text are kept: callers usually pass the same options.
  if (opts !== lastOpts) {
    lastOpts = opts;
    lastOptBytes = opts ? encoder.encode(opts) : null;
  }
  const optBytes = lastOptBytes;
  const optLen = optBytes ? optBytes.length : 0;
  const fn = namePtr(m, name);
  const inp = utf8Input(encoder, input);
  const buf = m._bv_alloc(inp.size + optLen + 1);
  if (!buf) throw new BaivietError('out_of_memory', `${name}: cannot allocate ${inp.size} bytes`);
  let rc, out;
  try {
    const inLen = inp.write(m.HEAPU8, buf);
    if (optBytes) m.HEAPU8.set(optBytes, buf + inLen);
    try {
      // Last argument: the input is a string, so TextEncoder wrote well-formed UTF-8 (the C++
      // side then skips validating it again; bytes are validated as always).
      rc = m._bv_call(fn, buf, inLen, buf + inLen, optLen, typeof input === 'string' ? 1 : 0);
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

function readNames(m) {
  const p = m._bv_names() >>> 0;
  let end = p;
  while (m.HEAPU8[end] !== 0) end++;
  return decoder.decode(m.HEAPU8.subarray(p, end)).split('\n').filter(Boolean);
}

/** Names of the functions compiled into the module in use. */
export function boundNames() {
  requireModule('boundNames', true);
  return [...bound];
}

/** Bytes of WebAssembly memory (grows, never shrinks): for leak checks. */
export function heapSize() {
  return requireModule('heapSize', true).HEAPU8.length;
}
