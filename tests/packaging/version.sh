#!/bin/sh
# One version everywhere (native side): the version CMake's project() declares, the C header's
# macros and string, baiviet_version(), and the CLI's --version all agree.
# (The npm package's package.json and version(): the js_package test.)
#   tests/packaging/version.sh CMAKE_VERSION VERSION_C_PROGRAM [BAIVIET_CLI]
set -eu
expected=$1
out=$("$2") || { echo "FAIL: $2 exited non-zero (macros and BAIVIET_VERSION_STRING differ):"; echo "$out"; exit 1; }
echo "$out"
fail=0
for what in macros string function; do
  got=$(echo "$out" | sed -n "s/^$what //p")
  if [ "$got" != "$expected" ]; then
    echo "FAIL: $what '$got', CMake's project() says '$expected'"; fail=1
  fi
done
if [ -n "${3:-}" ]; then
  cli=$("$3" --version)
  echo "cli $cli"
  [ "$cli" = "baiviet $expected" ] || { echo "FAIL: 'baiviet --version' printed '$cli', expected 'baiviet $expected'"; fail=1; }
fi
[ "$fail" = 0 ] && echo "version $expected everywhere"
exit "$fail"
