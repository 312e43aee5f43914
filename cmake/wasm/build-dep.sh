#!/usr/bin/env bash
# Builds one third-party library for WebAssembly from Debian's source package, with emcc,
# into a cache directory outside the repository:
#   ${BAIVIET_CACHE_DIR:-~/.cache/baiviet}/<dep>-<debian version>-<hash of flags+recipe>/
# with include/ and lib/ inside and a .stamp file written last. A second call with the same
# version and flags finds the stamp and returns at once.
#
# usage: build-dep.sh <icu|cmark-gfm|libyaml> "<compile flags>"
# prints "BAIVIET_DEP_PREFIX=<dir>" as its last line of output.
#
# The source version is the one of the installed native -dev package (so native and WASM
# builds compile the same code); Debian's patches are applied (dpkg-source -x).
# Needs: a deb-src entry (.ci/wasm-setup.sh), emscripten, icu-devtools (ICU cross tools).
set -euo pipefail
# The whole script is one function, read by bash before it runs: editing this file while a
# build is running cannot derail it.
main() {

dep="$1"
flags="${2:--Oz}"
recipe=7    # bump when this script changes the way a library is built

export EMSDK_PYTHON="${EMSDK_PYTHON:-/usr/bin/python3}"
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"
jobs="${BAIVIET_DEP_JOBS:-2}"

case "$dep" in
  icu)       srcpkg=icu;       binpkg=libicu-dev ;;
  icu-data)  srcpkg=icu;       binpkg=libicu-dev ;;   # only the prebuilt icudt*.dat (native slim data)
  cmark-gfm) srcpkg=cmark-gfm; binpkg=libcmark-gfm-dev ;;
  libyaml)   srcpkg=libyaml;   binpkg=libyaml-dev ;;
  *) echo "build-dep.sh: unknown dependency '$dep'" >&2; exit 2 ;;
esac

version="$(dpkg-query -W -f='${Version}' "$binpkg" 2>/dev/null || true)"
if [ -z "$version" ]; then
  # No native package: take the newest source version apt knows.
  version="$(apt-cache showsrc "$srcpkg" | sed -n 's/^Version: //p' | sort -V | tail -1)"
fi
[ -n "$version" ] || { echo "build-dep.sh: cannot find a version of $srcpkg" >&2; exit 1; }

cache="${BAIVIET_CACHE_DIR:-$HOME/.cache/baiviet}"
emcc_version="$(emcc -dumpversion 2>/dev/null || echo unknown)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# Our own patches (cmake/wasm/patches/<dep>-*.patch), applied after Debian's: part of the key.
patches=()
for p in "$here"/patches/"${dep}"-*.patch; do [ -f "$p" ] && patches+=("$p"); done
# ICU's derb, patched to round-trip through genrb, is built natively with the ICU deps: the
# slim data cut (make-slim-data.sh) rebuilds bundles from its output.
case "$dep" in icu|icu-data) patches+=("$here/patches/derb-roundtrip.patch") ;; esac
# Scripts that write sources into the tree before the build: part of the key too.
generators=()
case "$dep" in cmark-gfm) generators+=("$here/cmark-case-fold-table.py" "$here/cmark-email-scanner.py") ;; esac
patch_hash="$(cat /dev/null "${patches[@]}" "${generators[@]}" | sha256sum | cut -c1-12)"
hash="$(printf '%s\n' "$dep" "$version" "$flags" "$recipe" "$emcc_version" "$patch_hash" | sha256sum | cut -c1-12)"
safe_version="$(printf '%s' "$version" | tr -c 'A-Za-z0-9.+_\n-' '_')"
prefix="$cache/$dep-$safe_version-$hash"

if [ -f "$prefix/.stamp" ]; then
  echo "BAIVIET_DEP_PREFIX=$prefix"
  exit 0
fi

mkdir -p "$cache"
# One build per prefix at a time (parallel configures of several build trees).
exec 9>"$prefix.lock"
flock 9
if [ -f "$prefix/.stamp" ]; then echo "BAIVIET_DEP_PREFIX=$prefix"; exit 0; fi

work="$prefix.work"
rm -rf "$work" "$prefix"
mkdir -p "$work/dl"
log() { echo "[baiviet deps] $dep $version: $*" >&2; }

# --- sources: Debian source package, patches applied -----------------------------------------
log "fetching Debian source $srcpkg=$version"
(cd "$work/dl" && apt-get source --download-only "$srcpkg=$version" >/dev/null 2>"$work/dl/apt.log") || {
  cat "$work/dl/apt.log" >&2
  echo "build-dep.sh: 'apt-get source $srcpkg' failed: is there a deb-src entry? run .ci/wasm-setup.sh" >&2
  exit 1
}
dsc="$(ls "$work/dl"/*.dsc | head -1)"
dpkg-source --no-check -x "$dsc" "$work/src" >/dev/null
src="$work/src"
for p in "${patches[@]}"; do
  log "applying $(basename "$p")"
  patch -p1 -s -d "$src" < "$p"
done

mkdir -p "$prefix/include" "$prefix/lib"

# derb for make-slim-data.sh: a host tool, compiled against this source's internal headers
# (same ICU version as the installed libicu-dev, which it links).
build_derb() {
  local s="$src/source"
  log "building derb (host tool for the slim data, patches/derb-roundtrip.patch)"
  mkdir -p "$prefix/bin"
  "${BAIVIET_HOST_CXX:-g++}" -O1 -std=c++17 -w -I"$s/common" -I"$s/i18n" -I"$s/io" \
      -I"$s/tools/toolutil" "$s/tools/genrb/derb.cpp" -o "$prefix/bin/derb" \
      -licuio -licutu -licui18n -licuuc -licudata >"$work/derb.log" 2>&1 ||
    { cat "$work/derb.log" >&2; echo "build-dep.sh: building derb failed (g++ and libicu-dev needed)" >&2; exit 1; }
}

case "$dep" in
icu-data)
  mkdir -p "$prefix/data"
  cp "$src"/source/data/in/icudt*.dat "$prefix/data/"
  build_derb
  ;;
icu)
  build_derb
  # Stand-in for a native ICU build directory: the tools of Debian's icu-devtools (same 72.1).
  cross="$work/cross"
  mkdir -p "$cross/bin" "$cross/config"
  for t in genrb genbrk gencnval gencfu gendict makeconv pkgdata icupkg genccode gencmn \
           gennorm2 gensprep escapesrc derb icuinfo uconv icuexportdata; do
    p="$(command -v "$t" || true)"
    [ -n "$p" ] || for d in /usr/sbin /usr/bin; do [ -x "$d/$t" ] && p="$d/$t"; done
    [ -n "$p" ] && ln -sf "$p" "$cross/bin/$t"
  done
  [ -e "$cross/bin/icupkg" ] || { echo "build-dep.sh: icupkg missing: apt-get install icu-devtools" >&2; exit 1; }
  : > "$cross/config/icucross.inc"
  libdir="$(dirname "$(ls /usr/lib/*/libicuuc.so* /usr/lib/libicuuc.so* 2>/dev/null | head -1)")"
  cat > "$cross/config/icucross.mk" <<MK
CROSS_ICU_VERSION=${version%%-*}
TOOLEXEEXT=
TOOLBINDIR=\$(cross_buildroot)/bin
TOOLLIBDIR=$libdir
INVOKE=
PKGDATA_INVOKE=
MK
  b="$work/build"
  mkdir -p "$b/lib" "$b/bin"     # llvm-ar does not create them
  log "configure (about 1-2 minutes)"
  # ICU features the library never uses, left out of the build (ICU's own switches, see
  # unicode/uconfig.h): collation is linked in only through RBNF's lenient parsing (we
  # only format) and is ≈ 91 KB of wasm code. The same switches are written into the
  # installed uconfig.h below, so our code sees the class layouts the library was built with.
  # Also left out: charset conversion (all text is UTF-8: U_CHARSET_IS_UTF8), IDNA, regular
  # expressions, transliteration, service registration (the create*Instance factories go
  # straight to the data) and file I/O (the data is handed over from memory). Each of these
  # pulls code into even the article core (Locale, resource bundles, break iterators reach the
  # service and conversion layers otherwise).
  uconfig="-DUCONFIG_NO_COLLATION=1 -DUCONFIG_NO_CONVERSION=1 -DUCONFIG_NO_LEGACY_CONVERSION=1"
  uconfig="$uconfig -DUCONFIG_NO_IDNA=1 -DUCONFIG_NO_REGULAR_EXPRESSIONS=1"
  uconfig="$uconfig -DUCONFIG_NO_TRANSLITERATION=1 -DUCONFIG_NO_SERVICE=1 -DUCONFIG_NO_FILE_IO=1"
  # patches/icu-break-engines.patch: no dictionary/LSTM break engines (their data is not shipped)
  uconfig="$uconfig -DBAIVIET_NO_DICTIONARY_BREAK_ENGINES=1"
  # patches/icu-format-only.patch: no date or RBNF parsing, time-zone display names, non-Gregorian
  # calendars, unit usages or Segment_Starter (code the library can never reach)
  uconfig="$uconfig -DBAIVIET_FORMAT_ONLY=1"
  (cd "$b" && CFLAGS="$flags" CXXFLAGS="$flags" CPPFLAGS="-DU_CHARSET_IS_UTF8=1 $uconfig" \
     emconfigure "$src/source/configure" --host=wasm32-unknown-linux --build=x86_64-pc-linux-gnu \
       --with-cross-build="$cross" --enable-static --disable-shared --disable-tools \
       --disable-tests --disable-samples --disable-extras --disable-icuio --disable-layoutex \
       --with-data-packaging=static >"$work/configure.log" 2>&1) ||
    { tail -40 "$work/configure.log" >&2; exit 1; }
  log "make stubdata common i18n (about 6-9 minutes on 2 cores)"
  for d in stubdata common i18n; do
    # DEPS= skips ICU's separate dependency pass (an extra emcc -E per file; a fresh build needs none)
    emmake make -j"$jobs" -C "$b/$d" DEPS= >"$work/make-$d.log" 2>&1 ||
      { tail -40 "$work/make-$d.log" >&2; exit 1; }
  done
  cp "$b"/lib/libicuuc.a "$b"/lib/libicui18n.a "$prefix/lib/"
  cp "$b"/stubdata/libicudata.a "$prefix/lib/" 2>/dev/null || cp "$b"/lib/libicudata.a "$prefix/lib/"
  mkdir -p "$prefix/include/unicode"
  cp "$src"/source/common/unicode/*.h "$src"/source/i18n/unicode/*.h "$prefix/include/unicode/"
  { echo "/* baiviet WASM build (cmake/wasm/build-dep.sh): ICU was compiled with these. */"
    for d in $uconfig; do d="${d#-D}"; echo "#define ${d%%=*} ${d#*=}"; done
    cat "$prefix/include/unicode/uconfig.h"; } > "$work/uconfig.h"
  mv "$work/uconfig.h" "$prefix/include/unicode/uconfig.h"
  # The full prebuilt data (icudt72l.dat) from the same source: the slim data is cut from it.
  mkdir -p "$prefix/data"
  cp "$src"/source/data/in/icudt*.dat "$prefix/data/"
  ;;
cmark-gfm)
  b="$work/build"
  # patches/cmark-gfm-case-fold-table.patch reads the case-fold switch as a table written here.
  python3 "$here/cmark-case-fold-table.py" "$src/src/case_fold_switch.inc" > "$src/src/case_fold_table.inc"
  # re2c's 12.7 KB DFA for e-mail autolinks, rewritten in place as the loop it amounts to.
  python3 "$here/cmark-email-scanner.py" "$src/src/scanners.c"
  log "configure + build (about 1 minute)"
  emcmake cmake -S "$src" -B "$b" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_C_FLAGS_RELEASE="$flags -DNDEBUG" -DCMARK_TESTS=OFF -DCMARK_SHARED=OFF \
      -DCMARK_STATIC=ON >"$work/configure.log" 2>&1 || { tail -40 "$work/configure.log" >&2; exit 1; }
  cmake --build "$b" -j "$jobs" --target libcmark-gfm_static libcmark-gfm-extensions_static \
      >"$work/make.log" 2>&1 || { tail -40 "$work/make.log" >&2; exit 1; }
  cp "$(find "$b" -name 'libcmark-gfm.a' | head -1)" "$prefix/lib/libcmark-gfm.a"
  cp "$(find "$b" -name 'libcmark-gfm-extensions.a' | head -1)" "$prefix/lib/libcmark-gfm-extensions.a"
  # Public headers, flat, as Debian installs them in /usr/include.
  cp "$src"/src/cmark-gfm.h "$src"/src/cmark-gfm-extension_api.h "$prefix/include/"
  cp "$b"/src/cmark-gfm_export.h "$b"/src/cmark-gfm_version.h "$prefix/include/"
  cp "$src"/extensions/cmark-gfm-core-extensions.h "$prefix/include/"
  cp "$b"/extensions/cmark-gfm-extensions_export.h "$prefix/include/"
  ;;
libyaml)
  b="$work/build"
  log "configure + build"
  emcmake cmake -S "$src" -B "$b" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_C_FLAGS_RELEASE="$flags -DNDEBUG" -DBUILD_SHARED_LIBS=OFF -DBUILD_TESTING=OFF \
      -DINSTALL_CMAKE_DIR=lib/cmake >"$work/configure.log" 2>&1 || { tail -40 "$work/configure.log" >&2; exit 1; }
  cmake --build "$b" -j "$jobs" --target yaml >"$work/make.log" 2>&1 ||
      { tail -40 "$work/make.log" >&2; exit 1; }
  cp "$(find "$b" -name 'libyaml.a' | head -1)" "$prefix/lib/libyaml.a"
  cp "$src"/include/yaml.h "$prefix/include/"
  ;;
esac

printf 'dep=%s\nversion=%s\nflags=%s\nrecipe=%s\nemcc=%s\n' "$dep" "$version" "$flags" "$recipe" "$emcc_version" > "$prefix/.stamp"
rm -rf "$work"
log "done: $prefix"
echo "BAIVIET_DEP_PREFIX=$prefix"
}
main "$@"
exit $?
