#!/usr/bin/env bash
# Fetches the test data of Debian's cmark-gfm source package (spec.txt,
# extensions.txt and their Python harness) into a cache outside the repository
# and prints the directory. Needs a deb-src entry (.ci/wasm-setup.sh adds it).
set -euo pipefail
version="$(dpkg-query -W -f='${Version}' libcmark-gfm-dev 2>/dev/null || true)"
[ -n "$version" ] || version="$(apt-cache showsrc cmark-gfm | sed -n 's/^Version: //p' | sort -V | tail -1)"
cache="${BAIVIET_CACHE_DIR:-$HOME/.cache/baiviet}/sources/cmark-gfm-tests-$version"
if [ ! -f "$cache/.stamp" ]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && apt-get source --download-only -qq "cmark-gfm=$version" >/dev/null 2>&1 || apt-get source --download-only -qq cmark-gfm >/dev/null)
  orig="$(ls "$tmp"/cmark-gfm_*.orig.tar.* | head -1)"
  mkdir -p "$cache"
  tar -xf "$orig" -C "$cache" --strip-components=2 --wildcards '*/test/*.txt' '*/test/*.py'
  touch "$cache/.stamp"
fi
echo "$cache"
