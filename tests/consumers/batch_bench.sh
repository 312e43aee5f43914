#!/bin/sh
# Articles per second of `baiviet render --jsonl` with 1 thread and with N
# threads (default: all cores) on the 10,000 generated articles of the
# batch_10k test (BUILD_DIR/batch-10k.jsonl, generated first if missing).
#   tests/consumers/batch_bench.sh BUILD_DIR [N] [RUNS]
# Prints the best of RUNS (default 3) wall-clock runs for each thread count.
set -eu
build=$(cd "$1" && pwd)
n=${2:-$(nproc)}
runs=${3:-3}
input=$build/batch-10k.jsonl
if [ ! -f "$input" ]; then
  BAIVIET_CLI="$build/baiviet" "$build/tests/baiviet_tests" "[batch]" >/dev/null
fi
lines=$(grep -c . "$input")
bytes=$(wc -c <"$input")
echo "input: $lines articles, $bytes bytes ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
for j in 1 "$n"; do
  best=
  for _ in $(seq "$runs"); do
    start=$(date +%s.%N)
    "$build/baiviet" render --jsonl "$input" -j "$j" -q --no-progress >/dev/null || true
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
  done
  printf 'threads %s: best of %s runs %.2f s, %.0f articles/s\n' "$j" "$runs" "$best" "$(echo "$lines / $best" | bc -l)"
done
