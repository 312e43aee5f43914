#!/usr/bin/env bash
# Installs what the WebAssembly build and the JS package need (Debian bookworm).
# Idempotent: safe to run again. Needs root (or sudo).
#   - emscripten 3.1.6, brotli, nodejs/npm, chromium (browser tests), icu-devtools (icupkg,
#     stand-in cross-build tools), dpkg-dev (apt-get source)
#   - a deb-src entry mirroring the deb entries of /etc/apt/sources.list.d/debian.sources,
#     so the build can fetch the Debian sources of icu, cmark-gfm and libyaml.
set -euo pipefail

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

SRC_LIST=/etc/apt/sources.list.d/debian.sources
DEBSRC_LIST=/etc/apt/sources.list.d/baiviet-deb-src.sources

need_update=0
if [ ! -f "$DEBSRC_LIST" ] && ! grep -qs '^Types:.*deb-src' /etc/apt/sources.list.d/*.sources; then
  need_update=1
  if [ -f "$SRC_LIST" ]; then
    # Copy each stanza of the deb822 file, switching "Types: deb" to "Types: deb-src".
    sed -e 's/^Types: *deb$/Types: deb-src/' "$SRC_LIST" | $SUDO tee "$DEBSRC_LIST" >/dev/null
  else
    # Classic one-line format: mirror every "deb" line of sources.list.
    grep -E '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' |
      $SUDO tee /etc/apt/sources.list.d/baiviet-deb-src.list >/dev/null
  fi
  echo "wasm-setup: added deb-src entries"
fi

pkgs=(emscripten brotli chromium icu-devtools dpkg-dev ca-certificates cmake ninja-build
      libicu-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-dev nlohmann-json3-dev libtomlplusplus-dev)
# node 20 may come from another repository that bundles npm: only ask apt for what is missing.
command -v node >/dev/null || pkgs+=(nodejs)
command -v npm >/dev/null || pkgs+=(npm)
missing=()
for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
[ "${#missing[@]}" -gt 0 ] && need_update=1
# The WASM build fetches Debian's sources (apt-get source) unless they are cached in
# ~/.cache/baiviet: the source index must be there, else refresh once.
src_index="$(apt-cache showsrc icu 2>/dev/null || true)"
case "$src_index" in *"Package: icu"*) ;; *) need_update=1 ;; esac
# Everything installed and indexed: no network round trip (apt-get update is slow and fails offline).
if [ "$need_update" = 1 ]; then $SUDO apt-get update -qq; fi
if [ "${#missing[@]}" -gt 0 ]; then
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# JS dev dependencies of the package (playwright-core for Chromium, vite for the bundling test).
here="$(cd "$(dirname "$0")/.." && pwd)"
if [ -f "$here/bindings/js/package.json" ]; then
  (cd "$here/bindings/js" && npm install --no-audit --no-fund --loglevel=error)
fi
echo "wasm-setup: done"
