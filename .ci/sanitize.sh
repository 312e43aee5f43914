#!/usr/bin/env bash
# The native test suite under AddressSanitizer + UndefinedBehaviorSanitizer with
# LeakSanitizer on (issue 9). Builds build-asan/ (or $BAIVIET_ASAN_DIR) with
# -DBAIVIET_SANITIZE=ON and runs the C++ unit tests, the regression fixtures and
# the cmark-gfm spec tests through the CLI (also sanitized). Any ASan/UBSan report
# or leak fails the run (UBSan does not recover: -fno-sanitize-recover=undefined).
#
#   bash .ci/sanitize.sh                 # build + run
#   bash .ci/sanitize.sh -R cpp_unit     # extra ctest arguments
#   BAIVIET_VALGRIND=1 bash .ci/sanitize.sh   # also run the CLI on the samples
#                                              # under valgrind memcheck (plain build/)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BAIVIET_ASAN_DIR:-$root/build-asan}"
jobs="${BAIVIET_JOBS:-2}"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
      -DBAIVIET_SANITIZE=ON -DBAIVIET_TESTS=ON -DBAIVIET_TOOLS=ON >/dev/null
cmake --build "$build" -j "$jobs" --target baiviet_tests baiviet_cli

# detect_leaks=1 is ASan's default on x86-64 Linux; set it explicitly so the
# intent is visible. ICU keeps caches reachable from globals until exit: those
# are "still reachable", which LSan does not report.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export LSAN_OPTIONS="report_objects=1${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

cd "$build"
# Default: the C++ tests (cpp_unit includes tests/cpp/test_regressions.cpp) and the spec tests.
if [ "$#" -eq 0 ]; then set -- -R '^(cpp_unit|cmark_spec|cmark_extensions)$'; fi
ctest --output-on-failure -j1 "$@"

if [ "${BAIVIET_VALGRIND:-0}" = 1 ]; then
  plain="${BAIVIET_BUILD_DIR:-$root/build}"
  cli="$plain/baiviet"
  [ -x "$cli" ] || { echo "valgrind: no $cli (run .ci/build-native.sh)"; exit 1; }
  for f in "$root"/tests/fixtures/samples/*.txt; do
    for args in "render --to html --full-page" "render --to json" "excerpt --to html"; do
      # shellcheck disable=SC2086
      valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
        "$cli" $args "$f" >/dev/null
    done
  done
  echo "valgrind: no errors, no definite/indirect leaks"
fi
echo "sanitize: OK"
