#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan + coverage) into build-fuzz/
# and runs each for a bounded time, seeded from the test fixtures.
#
#   fuzz/run.sh                         # every target, 20 s each, random seed
#   fuzz/run.sh fuzz_render             # one target
#   BAIVIET_FUZZ_SECONDS=1800 fuzz/run.sh   # release checklist: 30 min per target
#   BAIVIET_FUZZ_DETERMINISTIC=1 fuzz/run.sh  # the test command's run (see below)
#   BAIVIET_FUZZ_NO_BUILD=1 fuzz/run.sh     # reuse the build
#
# Environment: BAIVIET_FUZZ_DIR (build dir, default <repo>/build-fuzz),
# BAIVIET_FUZZ_SECONDS (per target, default 20), BAIVIET_JOBS (build, default 2),
# BAIVIET_FUZZ_ARGS (extra libFuzzer flags).
# The corpus grown by a run is kept in <build>/corpus/<target> and reused next time.
#
# Deterministic mode (what ctest runs, so CI is reproducible): seed 1, a fixed
# number of executions per target (about 20 s each on a 2-core CI machine) and
# a corpus started afresh from the seeds. libFuzzer is not bit-for-bit reproducible
# (its scheduling still varies a little between runs), but the budget no longer
# depends on the machine's speed and the search starts from the same place, so
# the CI run explores what a developer's run explores. Open-ended searching is the
# time-bounded, random-seed mode above: run it before a release and after
# touching a parser, and turn every finding into a regression fixture.
# A crash leaves <build>/artifacts/<target>-crash-<sha1>: copy it to
# tests/fixtures/regressions/<target>/ (test_regressions.cpp replays it) and fix the bug.
# Exit status: 0 no crash, 1 a crash/leak/timeout was found, 77 clang/libFuzzer missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BAIVIET_FUZZ_DIR:-$root/build-fuzz}"
secs="${BAIVIET_FUZZ_SECONDS:-20}"
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(fuzz_render fuzz_import fuzz_excerpt_html fuzz_parse_number fuzz_text)

if ! command -v clang++ >/dev/null; then echo "fuzz: clang++ not installed, skipped"; exit 77; fi
rt="$(clang++ -print-resource-dir)/lib/linux/libclang_rt.fuzzer-x86_64.a"
if [ ! -f "$rt" ]; then echo "fuzz: libFuzzer runtime missing ($rt; apt-get install libclang-rt-14-dev), skipped"; exit 77; fi

if [ "${BAIVIET_FUZZ_NO_BUILD:-0}" != 1 ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
        -DBAIVIET_FUZZ=ON -DBAIVIET_SANITIZE=ON -DBAIVIET_TESTS=OFF -DBAIVIET_TOOLS=OFF \
        -DBAIVIET_INSTALL=OFF >/dev/null
  cmake --build "$build" -j "${BAIVIET_JOBS:-2}" --target "${targets[@]}"
fi

python3 "$root/fuzz/make_seeds.py" "$root" "$build/seeds" >/dev/null
mkdir -p "$build/artifacts"
cat "$root/fuzz/markdown.dict" "$root/fuzz/vietnamese.dict" > "$build/all.dict"

export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

total=0
failed=()
summary="$build/fuzz-summary.txt"
: > "$summary"
for t in "${targets[@]}"; do
  case "$t" in
    fuzz_parse_number) dict="$root/fuzz/vietnamese.dict"; maxlen=256 ;;
    fuzz_text) dict="$root/fuzz/vietnamese.dict"; maxlen=4096 ;;
    *) dict="$build/all.dict"; maxlen=65536 ;;
  esac
  log="$build/$t.log"
  if [ "${BAIVIET_FUZZ_DETERMINISTIC:-0}" = 1 ]; then
    case "$t" in
      fuzz_render) runs=8000 ;; fuzz_import) runs=16000 ;; fuzz_excerpt_html) runs=12000 ;;
      fuzz_parse_number) runs=500000 ;; *) runs=30000 ;;
    esac
    corpus="$build/corpus-deterministic/$t"
    rm -rf "$corpus"
    budget=(-seed=1 -runs="$runs")
    echo "== $t: $runs executions, seed 1"
  else
    corpus="$build/corpus/$t"
    budget=(-seed="${BAIVIET_FUZZ_SEED:-0}" -max_total_time="$secs")
    echo "== $t: ${secs} s"
  fi
  mkdir -p "$corpus"
  set +e
  # shellcheck disable=SC2086
  "$build/fuzz/$t" "${budget[@]}" -timeout=20 -rss_limit_mb=2560 -max_len="$maxlen" \
      -dict="$dict" -print_final_stats=1 -artifact_prefix="$build/artifacts/$t-" \
      ${BAIVIET_FUZZ_ARGS:-} "$corpus" "$build/seeds/$t" > "$log" 2>&1
  rc=$?
  set -e
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  execs=${execs:-0}
  total=$((total + execs))
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
  echo "$t executions=$execs ${cov} rc=$rc" | tee -a "$summary"
  if [ $rc -ne 0 ]; then
    failed+=("$t")
    grep -E 'ERROR|invariant broken|SUMMARY|Test unit written' "$log" | head -20 || true
    echo "   full log: $log"
  fi
done
echo "total executions=$total" | tee -a "$summary"
if [ ${#failed[@]} -ne 0 ]; then
  echo "fuzz: FAILED in ${failed[*]} (artifacts in $build/artifacts; add them to tests/fixtures/regressions/<target>/)"
  exit 1
fi
echo "fuzz: OK"
