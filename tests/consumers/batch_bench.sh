#!/bin/sh
# Articles per second of `baiviet render --jsonl` with 1 thread and with N
# threads (default: all cores) on the 10,000 generated articles of the
# batch_10k test (BUILD_DIR/batch-10k.jsonl, generated first if missing).
#   tests/consumers/batch_bench.sh BUILD_DIR [N] [RUNS]
# Prints the best of RUNS (default 3) wall-clock runs for each thread count,
# with its CPU time (on a busy machine wall time cannot show the scaling).
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
  cpu=
  for _ in $(seq "$runs"); do
    # wall-clock seconds, and CPU seconds (user + system) of the run
    /usr/bin/time -f '%e %U %S' -o "$build/batch-bench.time" \
      "$build/baiviet" render --jsonl "$input" -j "$j" -q --no-progress >/dev/null || true
    t=$(tail -n 1 "$build/batch-bench.time" | awk '{print $1}')
    c=$(tail -n 1 "$build/batch-bench.time" | awk '{print $2 + $3}')
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; cpu=$c; fi
  done
  printf 'threads %s: best of %s runs %.2f s wall (%.0f articles/s), %.2f s CPU (%.0f articles per CPU-second)\n' \
    "$j" "$runs" "$best" "$(echo "$lines / $best" | bc -l)" "$cpu" "$(echo "$lines / $cpu" | bc -l)"
done
