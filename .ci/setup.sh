#!/usr/bin/env bash
# Installs everything baiviet needs on Debian bookworm (run as root, or with sudo).
# Idempotent. Native: compiler, CMake, cmark-gfm, ICU, libyaml, nlohmann/json, toml++,
# Catch2. WASM/JS/browser: delegated to .ci/wasm-setup.sh (emscripten, deb-src
# entry for the third-party sources, chromium, npm packages).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
pkgs=(build-essential cmake ninja-build pkg-config python3 git
      libcmark-gfm-dev libcmark-gfm-extensions-dev libicu-dev libyaml-dev nlohmann-json3-dev libtomlplusplus-dev catch2
      valgrind clang libclang-rt-14-dev zlib1g-dev
      python3-venv python3-pip python3-setuptools python3-pytest python3-dask python3-distributed
      python3-numpy)  # tests/import/train_model.py (training the import line classifier)
missing=()
for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
bash "$root/.ci/wasm-setup.sh"
