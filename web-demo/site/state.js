// The page state in the URL fragment: "#s=" + base64url(deflate(JSON)), made with the browser's
// CompressionStream (no library). The fragment never reaches the server.
//
// State (version 1): { v: 1, example?: file name of an unchanged built-in example,
//   source?: the editor's text (when it is not an unchanged example), file?: its file name,
//   options: { render: {schema name: value}, excerpt: {…}, tones, dateStyle }, tab }
// Only what differs from the page's defaults is stored; decodeState() checks the shape.

const PREFIX = '#s=';
/** A link cannot make the page decompress more than this (a "deflate bomb" stops here). */
const MAX_JSON_BYTES = 16 * 1024 * 1024;

function toBase64Url(bytes) {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function collect(stream, limit) {
  const reader = stream.getReader();
  const parts = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error(`more than ${limit} bytes once decompressed`);
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

/** The fragment ("#s=…") for a state object. */
export async function encodeState(state) {
  const json = new TextEncoder().encode(JSON.stringify(state));
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate'));
  return PREFIX + toBase64Url(await collect(stream, Infinity));
}

/** True when the fragment holds a page state (whether or not it is readable). */
export function hasState(hash) { return hash.startsWith(PREFIX); }

const isObject = (x) => x !== null && typeof x === 'object' && !Array.isArray(x);

/** The state in a fragment; throws an Error saying what is wrong with it. */
export async function decodeState(hash) {
  if (!hasState(hash)) throw new Error('no state');
  const bytes = fromBase64Url(hash.slice(PREFIX.length));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'));
  let json;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(await collect(stream, MAX_JSON_BYTES));
  } catch (e) {
    throw new Error(`not compressed page state: ${e.message}`);
  }
  const state = JSON.parse(json);
  if (!isObject(state) || state.v !== 1) throw new Error('unknown state version');
  for (const k of ['example', 'source', 'file', 'tab']) {
    if (k in state && typeof state[k] !== 'string') throw new Error(`${k} is not a string`);
  }
  const o = state.options ?? {};
  if (!isObject(o) || ('render' in o && !isObject(o.render)) || ('excerpt' in o && !isObject(o.excerpt))) {
    throw new Error('options are not objects');
  }
  return state;
}
