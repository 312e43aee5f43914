#!/bin/sh
# Consumer test: install a built tree into a temporary prefix, then build and
# run a tiny C and C++ consumer through find_package (static and shared) and
# through pkg-config (shared, and static with --static), and check that the
# shared library exports only the C API (baiviet_*) and the C++ API (baiviet::).
# The C consumer is compiled as strict C99 (-pedantic -Werror). With VERSION (CMake's
# project() version), every part of the package must report it: the CMake package
# (find_package EXACT), pkg-config, the C macros, baiviet_version(), `baiviet --version`.
#   tests/consumers/run.sh BUILD_DIR [WORK_DIR] [VERSION]
set -eu
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
work=${2:-$build/consumer-test}
version=${3:-}
prefix=$work/prefix
rm -rf "$work"
mkdir -p "$work"
generator=
command -v ninja >/dev/null 2>&1 && generator="-G Ninja"

echo "== install into $prefix"
cmake --install "$build" --prefix "$prefix" >"$work/install.log"
for f in include/baiviet/baiviet.h include/baiviet/baiviet.hpp include/baiviet/version.h include/baiviet/export.h \
         lib*/libbaiviet.a lib*/cmake/baiviet/baiviet-config.cmake \
         lib*/cmake/baiviet/baiviet-config-version.cmake lib*/pkgconfig/baiviet.pc \
         share/doc/baiviet/LICENSE share/doc/baiviet/THIRD-PARTY-NOTICES; do
  ls "$prefix"/$f >/dev/null || { echo "missing $f in the installed tree"; exit 1; }
done
# The C header pulls in C headers only.
if grep -n '#include.*\.hpp' "$prefix/include/baiviet/baiviet.h" "$prefix/include/baiviet/version.h" "$prefix/include/baiviet/export.h"; then
  echo "a C header of the package includes a C++ header"; exit 1
fi
so=$(ls "$prefix"/lib*/libbaiviet.so.*.*.* | head -n 1)
soname=$(objdump -p "$so" | awk '/SONAME/ {print $2}')
echo "shared library $(basename "$so"), SONAME $soname"
case "$soname" in libbaiviet.so.[0-9]*) ;; *) echo "bad SONAME '$soname'"; exit 1 ;; esac

echo "== exported symbols of $(basename "$so")"
nm -D --defined-only -C "$so" | awk '{ $1=""; $2=""; sub(/^  /, ""); print }' >"$work/symbols.txt"
# Allowed: the C API, the C++ API and its typeinfo/vtables.
bad=$(grep -v -E '^(baiviet_[a-z0-9_]+|baiviet::.*|(typeinfo|typeinfo name|vtable) for baiviet::.*)$' "$work/symbols.txt" || true)
c_count=$(grep -c -E '^baiviet_' "$work/symbols.txt" || true)
cpp_count=$(grep -c -E 'baiviet::' "$work/symbols.txt" || true)
echo "$c_count C symbols, $cpp_count C++ symbols"
if [ -n "$bad" ]; then
  echo "unexpected exported symbols:"; echo "$bad" | head -n 40; exit 1
fi
[ "$c_count" -ge 40 ] || { echo "C API symbols missing"; exit 1; }

echo "== find_package(baiviet CONFIG)"
cmake -S "$here" -B "$work/cmake-build" $generator -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_PREFIX_PATH="$prefix" -DBAIVIET_EXPECTED_VERSION="$version" >"$work/cmake-configure.log" || { cat "$work/cmake-configure.log"; exit 1; }
grep 'found baiviet' "$work/cmake-configure.log"
cmake --build "$work/cmake-build" -j 2 >"$work/cmake-build.log" || { cat "$work/cmake-build.log"; exit 1; }
# Each consumer prints "… (baiviet X.Y.Z …)": the version of the library it runs.
check_version() {
  out=$("$@") || { echo "$out"; exit 1; }
  echo "$out"
  if [ -n "$version" ]; then
    case "$out" in *"(baiviet $version, "*|*"(baiviet $version)"*) ;;
      *) echo "FAIL: $1 does not report version $version"; exit 1 ;;
    esac
  fi
}
for exe in c_static cpp_static c_shared cpp_shared; do
  check_version "$work/cmake-build/$exe"
done
# The shared consumers really use the installed shared library.
ldd "$work/cmake-build/c_shared" | grep -q "$prefix/.*libbaiviet.so" || { echo "c_shared does not load the installed libbaiviet.so"; exit 1; }

echo "== pkg-config"
PKG_CONFIG_PATH="$(dirname "$prefix"/lib*/pkgconfig/baiviet.pc)"
export PKG_CONFIG_PATH
pcversion=$(pkg-config --modversion baiviet)
echo "baiviet.pc: version $pcversion, Requires.private: $(pkg-config --print-requires-private baiviet | tr '\n' ' ')"
[ -z "$version" ] || [ "$pcversion" = "$version" ] || { echo "FAIL: baiviet.pc says $pcversion, CMake $version"; exit 1; }
libdir=$(pkg-config --variable=libdir baiviet)
cc=${CC:-cc}
cxx=${CXX:-c++}
cstrict="-std=c99 -pedantic -Wall -Wextra -Werror"
# shellcheck disable=SC2046,SC2086
$cc $cstrict -o "$work/pc_c" "$here/consumer.c" $(pkg-config --cflags --libs baiviet) -Wl,-rpath,"$libdir"
# shellcheck disable=SC2046
$cxx -std=c++20 -Wall -o "$work/pc_cpp" "$here/consumer.cpp" $(pkg-config --cflags --libs baiviet) -Wl,-rpath,"$libdir"
check_version "$work/pc_c"
check_version "$work/pc_cpp"
# Static: the archive in place of -lbaiviet, the private libraries from --static.
static_libs=$(pkg-config --libs --static baiviet | sed "s|-lbaiviet|$libdir/libbaiviet.a|")
# shellcheck disable=SC2046,SC2086
$cc $cstrict -c -o "$work/pc_c_static.o" "$here/consumer.c" $(pkg-config --cflags baiviet)
# shellcheck disable=SC2086
$cxx -o "$work/pc_c_static" "$work/pc_c_static.o" $static_libs
check_version "$work/pc_c_static"
if ldd "$work/pc_c_static" | grep -q libbaiviet; then echo "static consumer loads libbaiviet.so"; exit 1; fi

if [ -n "$version" ] && [ -x "$prefix/bin/baiviet" ]; then
  cli=$("$prefix/bin/baiviet" --version)
  echo "installed CLI: $cli"
  [ "$cli" = "baiviet $version" ] || { echo "FAIL: 'baiviet --version' says '$cli'"; exit 1; }
fi
echo "consumer tests passed"
