// A call's input as UTF-8 in WebAssembly memory, shared by the package (core.js) and the bare
// cmark-gfm peer of the benchmarks (bench/js/bare-cmark/load.mjs), so both pass strings the
// same way. A string of up to ENCODE_INTO_MAX UTF-16 units is written straight into the
// buffer with encodeInto (at most 3 bytes per unit: no intermediate array, 1.7-2.2x faster
// than encode + copy in Chromium and Node); a longer one is encoded first, so the memory does
// not grow by 3x its size. Bytes are copied as they are.
export const ENCODE_INTO_MAX = 1 << 20;

/**
 * `input`: a string or bytes. Returns { size, write(heap, at) }: allocate `size` bytes (at
 * least), then `write` puts the UTF-8 there and returns its length.
 */
export function utf8Input(encoder, input) {
  const bytes = typeof input !== 'string' ? input : input.length > ENCODE_INTO_MAX ? encoder.encode(input) : null;
  const size = bytes ? bytes.length : input.length * 3;
  return {
    size,
    write(heap, at) {
      if (bytes) {
        heap.set(bytes, at);
        return bytes.length;
      }
      return encoder.encodeInto(input, heap.subarray(at, at + size)).written;
    },
  };
}
