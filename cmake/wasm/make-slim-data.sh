#!/usr/bin/env bash
# Cuts the slim ICU data package out of ICU's full prebuilt data with icupkg.
# usage: make-slim-data.sh <full icudt72l.dat> <item list .txt> <out .dat> [--c-source <out .c>]
# With --c-source the package is also written as C source defining ICU's built-in data symbol
# (icudt72_dat, 16-byte aligned), to be linked instead of the stub libicudata (WASM core).
# The item list (cmake/wasm/icu-data-items.txt) has one item per line ("vi.res",
# "brkitr/word.brk"); '#' starts a comment. It is produced and checked by
# bindings/js/scripts/icu-data-items.sh (trace of the native test suite and CLI).
set -euo pipefail
full="$1"; list="$2"; out="$3"
csrc=""
if [ "${4:-}" = "--c-source" ]; then csrc="$5"; fi
icupkg="$(command -v icupkg || echo /usr/sbin/icupkg)"
name="$(basename "$full" .dat)"            # icudt72l: the package's internal name
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$list" | sort -u > "$tmp/items.txt"
mkdir -p "$tmp/items"
"$icupkg" -d "$tmp/items" -x "$tmp/items.txt" "$full"
# Items are resolved relative to -s; --ignore-deps: brkitr/root.res names dictionaries we drop.
"$icupkg" -tl --toc_prefix "$name" --ignore-deps -s "$tmp/items" -a "$tmp/items.txt" new "$tmp/$name.dat"
mkdir -p "$(dirname "$out")"
mv "$tmp/$name.dat" "$out"
if [ -n "$csrc" ]; then
  genccode="$(command -v genccode || echo /usr/sbin/genccode)"
  mkdir -p "$tmp/c"
  cp "$out" "$tmp/c/$name.dat"
  "$genccode" -q --skip-dll-export -d "$tmp/c" "$tmp/c/$name.dat"
  entry="${name%l}"           # icudt72l -> icudt72: ICU's U_ICUDATA_ENTRY_POINT is icudt72_dat
  sed -e "s/^} ${name}_dat=/} __attribute__((aligned(16))) ${entry}_dat=/" "$tmp/c/${name}_dat.c" > "$tmp/c/out.c"
  grep -q "aligned(16))) ${entry}_dat=" "$tmp/c/out.c" || { echo "make-slim-data.sh: unexpected genccode output" >&2; exit 1; }
  mkdir -p "$(dirname "$csrc")"
  mv "$tmp/c/out.c" "$csrc"
fi
