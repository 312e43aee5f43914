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

# --- rebuilt bundles --------------------------------------------------------------------------
# ICU's prebuilt locale bundles point into pool bundles (pool.res, curr/pool.res,
# unit/pool.res: the keys and strings of every locale of their tree, 86 KB brotli), and
# supplementalData.res carries tables ICU4C never reads (75 KB). Such bundles are rebuilt:
# decompiled with derb (patched to round-trip: patches/derb-roundtrip.patch; built with the ICU
# dependency, next to the full data) and compiled again with genrb, without a pool bundle and
# through the resource filter icu-data-filters/<item>.txt where there is one. The pool bundles
# are then left out. Each rebuilt bundle is checked: compiled without the filter, its dump must
# equal the original's, or the cut fails.
filters="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/icu-data-filters"
derb="${BAIVIET_DERB:-$(dirname "$full")/../bin/derb}"
genrb="$(command -v genrb || echo /usr/bin/genrb)"
# URES_INDEX_ATTRIBUTES of a resource bundle (after its data header and root resource):
# 1 no fallback, 2 is a pool bundle, 4 uses a pool bundle.
res_attributes() {
  local hs n
  hs=$(od -An -tu2 -N2 "$1" | tr -d ' ')
  n=$(od -An -tu4 -j $((hs + 4)) -N4 "$1" | tr -d ' ')
  if [ $((n & 255)) -le 5 ]; then echo 0; return; fi
  od -An -tu4 -j $((hs + 4 + 20)) -N4 "$1" | tr -d ' '
}
pools=(); rebuild=()
while read -r item; do
  case "$item" in *.res) ;; *) continue ;; esac
  a=$(res_attributes "$tmp/items/$item")
  if [ $((a & 2)) -ne 0 ]; then pools+=("$item")
  elif [ $((a & 4)) -ne 0 ] || [ -f "$filters/${item%.res}.txt" ]; then rebuild+=("$item"); fi
done < "$tmp/items.txt"
if [ ${#rebuild[@]} -gt 0 ]; then
  [ -x "$derb" ] || { echo "make-slim-data.sh: no derb at $derb (built by build-dep.sh icu|icu-data)" >&2; exit 1; }
fi
for item in "${rebuild[@]}"; do
  bdir="$(dirname "$item")"; bname="$(basename "$item" .res)"
  [ "$bdir" != "." ] || bdir=""        # genrb cannot read from a path ending in "/."
  mkdir -p "$tmp/txt/$bdir" "$tmp/check/$bdir" "$tmp/dump/$bdir" "$tmp/out/$bdir"
  "$derb" -A -s "$tmp/items/$bdir/" -d "$tmp/txt/$bdir" "$bname" 2>"$tmp/derb.log"
  if [ -s "$tmp/derb.log" ] || [ ! -s "$tmp/txt/$bdir/$bname.txt" ]; then
    cat "$tmp/derb.log" >&2; echo "make-slim-data.sh: derb failed on $item" >&2; exit 1
  fi
  "$genrb" -q -s "$tmp/txt/$bdir" -d "$tmp/check/$bdir" "$bname.txt" >/dev/null
  "$derb" -A -s "$tmp/check/$bdir/" -d "$tmp/dump/$bdir" "$bname"
  if ! diff -q <(grep -v '^// This file was dumped by derb' "$tmp/txt/$bdir/$bname.txt") \
               <(grep -v '^// This file was dumped by derb' "$tmp/dump/$bdir/$bname.txt") >/dev/null; then
    echo "make-slim-data.sh: $item does not round-trip through derb and genrb" >&2; exit 1
  fi
  if [ -f "$filters/${item%.res}.txt" ]; then   # genrb reads <filterDir>/<input file name>
    "$genrb" -q --filterDir "$filters/$bdir" -s "$tmp/txt/$bdir" -d "$tmp/out/$bdir" "$bname.txt" >/dev/null
    cp "$tmp/out/$bdir/$bname.res" "$tmp/items/$item"
  else
    cp "$tmp/check/$bdir/$bname.res" "$tmp/items/$item"
  fi
done
if [ ${#pools[@]} -gt 0 ]; then
  # Nothing points into the pool bundles any more: every bundle that did was rebuilt above.
  for item in "${pools[@]}"; do rm -f "$tmp/items/$item"; done
  printf '%s\n' "${pools[@]}" | grep -vxF -f - "$tmp/items.txt" > "$tmp/items.kept" || true
  mv "$tmp/items.kept" "$tmp/items.txt"
fi
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
