#!/usr/bin/env bash
# Builds the bare cmark-gfm WASM peer of the Node benchmark:
#   bash bench/js/bare-cmark/build.sh OUT_DIR ["OPT FLAGS"]   → OUT_DIR/bare-cmark.{js,wasm}
# It links the emcc-built cmark-gfm of baiviet's WASM build (cmake/wasm/build-dep.sh,
# cached in ~/.cache/baiviet: instant when the package was built) with the same
# optimisation flags (default "-Oz -flto -mbulk-memory", .ci/wasm-build.sh) and the same emcc link
# settings as the baiviet core (bindings/js/CMakeLists.txt: emmalloc, 16 MB initial
# memory with growth, no filesystem, no exceptions, and binaryen's inlining limits
# BAIVIET_WASM_ONE_CALLER_INLINE / BAIVIET_WASM_ALWAYS_INLINE, read from that file's defaults or
# taken from the environment). Only the exports differ.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
out="${1:?usage: build.sh OUT_DIR [FLAGS]}"
opt="${2:-${BAIVIET_WASM_OPT_FLAGS:--Oz -flto -mbulk-memory}}"
dep_flags="${BAIVIET_WASM_DEP_FLAGS:--Oz -flto}"
cmake_default() { sed -n "s/^set($1 \"\([-0-9]*\)\".*/\1/p" "$root/bindings/js/CMakeLists.txt"; }
one_caller="${BAIVIET_WASM_ONE_CALLER_INLINE:-$(cmake_default BAIVIET_WASM_ONE_CALLER_INLINE)}"
always="${BAIVIET_WASM_ALWAYS_INLINE:-$(cmake_default BAIVIET_WASM_ALWAYS_INLINE)}"
[ -n "$one_caller" ] && [ -n "$always" ] || { echo "bare-cmark: cannot read the inlining limits from bindings/js/CMakeLists.txt" >&2; exit 1; }
second_keep=",--emit-target-features"
[ "${BAIVIET_WASM_SECOND_PASS:-ON}" = OFF ] && second_keep=""
export EMSDK_PYTHON="${EMSDK_PYTHON:-/usr/bin/python3}"
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"
prefix="$(bash "$root/cmake/wasm/build-dep.sh" cmark-gfm "$dep_flags" | sed -n 's/^BAIVIET_DEP_PREFIX=//p' | tail -1)"
[ -f "$prefix/.stamp" ] || { echo "bare-cmark: no emcc-built cmark-gfm (cmake/wasm/build-dep.sh failed)" >&2; exit 1; }
mkdir -p "$out"
# shellcheck disable=SC2086
emcc $opt -DNDEBUG -DCMARK_GFM_STATIC_DEFINE -DCMARK_GFM_EXTENSIONS_STATIC_DEFINE -I"$prefix/include" \
  "$here/bare_cmark.c" "$prefix/lib/libcmark-gfm-extensions.a" "$prefix/lib/libcmark-gfm.a" \
  -o "$out/bare-cmark.js" \
  -s MODULARIZE=1 -s EXPORT_ES6=1 -s EXPORT_NAME=createBareCmark -s ENVIRONMENT=web,worker \
  -s FILESYSTEM=0 -s ALLOW_MEMORY_GROWTH=1 -s INITIAL_MEMORY=16MB -s MALLOC="${BAIVIET_WASM_MALLOC:-emmalloc}" \
  -s DYNAMIC_EXECUTION=0 -s TEXTDECODER=2 -s EXPORTED_RUNTIME_METHODS=[] \
  -s DISABLE_EXCEPTION_CATCHING=1 -s SUPPORT_LONGJMP=0 \
  -s BINARYEN_EXTRA_PASSES=--one-caller-inline-max-function-size=$one_caller,--always-inline-max-function-size=$always$second_keep \
  -s EXPORTED_FUNCTIONS=_bare_alloc,_bare_free,_bare_render,_bare_out_ptr,_bare_out_len
# The core's second -Oz after the link (BAIVIET_WASM_SECOND_PASS in bindings/js/CMakeLists.txt),
# the same options; BAIVIET_WASM_SECOND_PASS=OFF leaves the peer as emcc writes it, as the core then.
if [ -n "$second_keep" ]; then
  wasm_opt="$(command -v wasm-opt)"
  "$wasm_opt" --strip-target-features --low-memory-unused --zero-filled-memory -Oz \
    --one-caller-inline-max-function-size="$one_caller" --always-inline-max-function-size="$always" \
    "$out/bare-cmark.wasm" -o "$out/bare-cmark.wasm"
fi
printf '%s\n' "cmark-gfm: $prefix" "flags: $opt" "inlining: one caller $one_caller, always $always" "second -Oz: ${BAIVIET_WASM_SECOND_PASS:-ON}" "malloc: ${BAIVIET_WASM_MALLOC:-emmalloc}" > "$out/bare-cmark.txt"
echo "$out/bare-cmark.js"
