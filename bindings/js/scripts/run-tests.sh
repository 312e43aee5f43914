#!/usr/bin/env bash
# Runs JS test files (node:test) against the built WASM package; used by ctest
# (tests/cmake/js.cmake) and usable by hand:
#   bindings/js/scripts/run-tests.sh [--browser] test/api.test.mjs …
# Package: $BAIVIET_JS_PACKAGE, else $BAIVIET_WASM_BUILD_DIR/bindings/js/package, else
# <repo>/build-wasm/bindings/js/package. Exit 77 (ctest: skipped) with a message when the
# WASM build was not made, or (--browser) when Chromium/playwright-core/vite are missing.
set -euo pipefail
js="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$js/../.." && pwd)"
browser=0
if [ "${1:-}" = "--browser" ]; then browser=1; shift; fi

pkg="${BAIVIET_JS_PACKAGE:-}"
if [ -z "$pkg" ]; then
  pkg="${BAIVIET_WASM_BUILD_DIR:-$root/build-wasm}/bindings/js/package"
fi
if [ ! -f "$pkg/index.js" ] || [ ! -f "$pkg/baiviet-core.wasm" ]; then
  echo "SKIPPED: the WASM package is not built ($pkg missing)."
  echo "         Build it with .ci/wasm-build.sh, or point BAIVIET_JS_PACKAGE / BAIVIET_WASM_BUILD_DIR at it."
  exit 77
fi
export BAIVIET_JS_PACKAGE="$pkg"
if [ "$browser" = 1 ]; then
  if [ ! -d "$js/node_modules/playwright-core" ] || [ ! -d "$js/node_modules/vite" ] || [ ! -d "$js/node_modules/webpack" ]; then
    echo "SKIPPED: run 'npm install' in bindings/js (playwright-core, vite) for the browser and bundler tests."
    exit 77
  fi
  if [ ! -x "${BAIVIET_CHROMIUM:-/usr/bin/chromium}" ]; then
    echo "SKIPPED: no Chromium at ${BAIVIET_CHROMIUM:-/usr/bin/chromium} (apt-get install chromium)."
    exit 77
  fi
fi
cd "$js"
exec node --expose-gc --test --test-concurrency=1 "$@"
