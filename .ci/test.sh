#!/usr/bin/env bash
# The README's second quick-start command: installs what it needs, builds the
# native and WebAssembly targets and runs every test: C++ unit tests, the
# cmark-gfm spec through our pipeline, CLI/JS/browser/demo/XSS tests,
# native/WASM parity, fuzzing (bounded), pathological inputs, then the C++
# suite again under ASan+UBSan and the thread test under ThreadSanitizer.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
start=$(date +%s)
stamp() { echo "== $1 ($(( $(date +%s) - start )) s)"; }
bash .ci/setup.sh
stamp "setup done"
bash .ci/wasm-build.sh
stamp "WASM build done"
bash .ci/build-native.sh
stamp "native build done"
status=0
bash .ci/sanitize.sh || status=1
stamp "ASan+UBSan suite done"
bash .ci/tsan.sh || status=1
stamp "ThreadSanitizer run done"
stamp "running ctest"
cd build
# ctest last, so its summary closes the output.
ctest --output-on-failure -j1 "$@" || status=1
exit $status
