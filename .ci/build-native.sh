#!/usr/bin/env bash
# Configures and builds the native library, CLI and tests into build/ (or $BAIVIET_BUILD_DIR).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BAIVIET_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${BAIVIET_BUILD_TYPE:-Release}" "$@" >/dev/null
cmake --build "$build" -j "${BAIVIET_JOBS:-2}"
