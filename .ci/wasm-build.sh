#!/usr/bin/env bash
# Configures and builds the WebAssembly target into build-wasm/ (or $BAIVIET_WASM_BUILD_DIR)
# and assembles the npm package. First run: the emcc builds of ICU/cmark-gfm/libyaml from
# Debian's sources (≈ 8–10 min on 2 cores), cached in ~/.cache/baiviet for later runs.
# Prerequisites: .ci/wasm-setup.sh.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BAIVIET_WASM_BUILD_DIR:-$root/build-wasm}"
jobs="${BAIVIET_JOBS:-2}"

# Quirks of Debian's emscripten 3.1.6 (see docs/wasm.md).
export EMSDK_PYTHON="${EMSDK_PYTHON:-/usr/bin/python3}"
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"

emcmake cmake -S "$root" -B "$build" -G Ninja \
  -DCMAKE_BUILD_TYPE=MinSizeRel \
  -DCMAKE_C_FLAGS_MINSIZEREL="-Oz -flto -mbulk-memory -DNDEBUG" -DCMAKE_CXX_FLAGS_MINSIZEREL="-Oz -flto -mbulk-memory -DNDEBUG" \
  -DBAIVIET_WASM_DEP_FLAGS="-Oz -flto" -DBAIVIET_WASM_OPT="-Oz;-flto;-mbulk-memory" \
  -DBAIVIET_TESTS=OFF -DBAIVIET_TOOLS=OFF -DBAIVIET_INSTALL=OFF "$@"
cmake --build "$build" -j "$jobs" --target baiviet_js_package

pkg="$build/bindings/js/package"
echo
echo "WASM build: $build"
echo "npm package: $pkg"
ls -l "$pkg"/index.js "$pkg"/baiviet-core.wasm "$pkg"/baiviet-full.js "$pkg"/baiviet-full.wasm "$pkg"/baiviet-icu.dat
echo "Test it: (cd $root/bindings/js && npm install && BAIVIET_JS_PACKAGE=$pkg npm test)"
