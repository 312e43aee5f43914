#!/usr/bin/env bash
# Cuts the slim ICU data package out of ICU's full prebuilt data with icupkg.
# usage: make-slim-data.sh <full icudt72l.dat> <item list .txt> <out .dat>
# The item list (cmake/wasm/icu-data-items.txt) has one item per line ("vi.res",
# "brkitr/word.brk"); '#' starts a comment. It is produced and checked by
# bindings/js/scripts/icu-data-items.sh (trace of the native test suite and CLI).
set -euo pipefail
full="$1"; list="$2"; out="$3"
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
