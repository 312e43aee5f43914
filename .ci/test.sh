#!/usr/bin/env bash
# The README's second quick-start command: installs what it needs, builds the
# native and WebAssembly targets and runs every test (C++ unit tests, the
# cmark-gfm spec through our pipeline, CLI/JS/browser tests, native/WASM parity).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
start=$(date +%s)
bash .ci/setup.sh
bash .ci/wasm-build.sh
bash .ci/build-native.sh
echo "== build done in $(( $(date +%s) - start )) s; running tests"
cd build
ctest --output-on-failure -j1 "$@"
