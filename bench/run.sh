#!/usr/bin/env bash
# The reproduce command for the benchmarks (issue 10): builds what it needs, runs
# the native, Node and browser benchmarks in one go, prints the tables and writes
# bench/results/latest.json and bench/results/latest.md.
#
#   bench/run.sh [--quick] [--skip-native] [--skip-node] [--skip-browser]
#                [--no-wasm-build] [--profile]
#
#   --quick          shorter measurements (a smoke run; numbers are rougher)
#   --no-wasm-build  never run .ci/wasm-build.sh (skip Node/browser without a package)
#   --wait-package M wait up to M minutes for the package (another build is making it)
#   --profile        also run callgrind on the native CLI over the 1 MB article and
#                    print the top functions (slow: about a minute)
# Environment: BAIVIET_BENCH_BUILD (default build-bench), BAIVIET_JS_PACKAGE (a built
# package directory, default build-wasm/bindings/js/package), BAIVIET_JOBS (2).
#
# Setup (Debian, as root; done here when something is missing): libbenchmark-dev,
# libmd4c-dev + libmd4c-html0-dev (md4c), chromium, valgrind, nodejs/npm; the npm
# peers are pinned by bench/js/package-lock.json.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BAIVIET_BENCH_BUILD:-$root/build-bench}"
pkg="${BAIVIET_JS_PACKAGE:-$root/build-wasm/bindings/js/package}"
jobs="${BAIVIET_JOBS:-2}"
corpus="$build/bench-corpus"
results="$build/bench-results"

quick=0; skip_native=0; skip_node=0; skip_browser=0; wasm_build=1; profile=0; wait_min=0
while [ $# -gt 0 ]; do
  a="$1"; shift
  case "$a" in
    --wait-package) wait_min="$1"; shift ;;
    --quick) quick=1 ;;
    --skip-native) skip_native=1 ;;
    --skip-node) skip_node=1 ;;
    --skip-browser) skip_browser=1 ;;
    --no-wasm-build) wasm_build=0 ;;
    --profile) profile=1 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown option $a" >&2; exit 2 ;;
  esac
done

say() { printf '\n== %s\n' "$*" >&2; }

# ---- setup -------------------------------------------------------------------------
need=()
for p in libbenchmark-dev libmd4c-dev libmd4c-html0-dev; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
for c in chromium:chromium valgrind:valgrind node:nodejs npm:npm cmake:cmake ninja:ninja-build; do
  command -v "${c%%:*}" >/dev/null 2>&1 || need+=("${c#*:}")
done
if [ "${#need[@]}" -gt 0 ]; then
  say "installing ${need[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
if [ ! -d "$root/bench/js/node_modules" ]; then
  say "npm ci (bench/js)"
  (cd "$root/bench/js" && npm ci --no-audit --no-fund)
fi

# ---- corpus ------------------------------------------------------------------------
say "corpus"
spec_dir="$(bash "$root/tests/spec/fetch-cmark-tests.sh" 2>/dev/null || true)"
node "$root/bench/corpus/generate.mjs" "$corpus" ${spec_dir:+--spec-dir "$spec_dir"}
export BAIVIET_BENCH_CORPUS="$corpus"
mkdir -p "$results"

# ---- native ------------------------------------------------------------------------
if [ "$skip_native" = 0 ]; then
  say "native build ($build)"
  cmake -S "$root" -B "$build" -G Ninja -DBAIVIET_BENCH=ON -DCMAKE_BUILD_TYPE=Release -DBAIVIET_TESTS=OFF >/dev/null
  ninja -C "$build" -j "$jobs" baiviet_pipeline_bench baiviet_excerpt_bench baiviet_import_bench baiviet_format_bench baiviet_cli \
    baiviet_render_instructions baiviet_render_memory
  if [ "$quick" = 1 ]; then gb=(--benchmark_min_time=0.05 --benchmark_repetitions=1)
  else gb=(--benchmark_min_time=0.2 --benchmark_repetitions=3 --benchmark_report_aggregates_only=true); fi
  say "native: peak heap of one render, ours vs bare cmark-gfm"
  "$build/bench/baiviet_render_memory" "$corpus/corpus.json" "$results/memory.json"
  for b in pipeline excerpt import format; do
    say "native: $b"
    "$build/bench/baiviet_${b}_bench" "${gb[@]}" --benchmark_out="$results/$b.json" --benchmark_out_format=json
  done
else
  say "native skipped"
fi

# ---- WASM package ------------------------------------------------------------------
if [ "$skip_node" = 0 ] || [ "$skip_browser" = 0 ]; then
  if [ ! -f "$pkg/index.js" ] && [ "$wait_min" -gt 0 ]; then
    say "waiting up to $wait_min min for $pkg"
    deadline=$(( $(date +%s) + wait_min * 60 ))
    while ! { [ -f "$pkg/index.js" ] && [ -f "$pkg/baiviet-core.wasm" ] && [ -f "$pkg/baiviet-icu.dat" ]; } && [ "$(date +%s)" -lt "$deadline" ]; do sleep 15; done
    sleep 5  # let the package step finish writing
  fi
  if [ ! -f "$pkg/index.js" ] && [ "$wasm_build" = 1 ] && [ -z "${BAIVIET_JS_PACKAGE:-}" ]; then
    say "WASM package missing: .ci/wasm-build.sh (first run builds ICU with emcc: 10+ minutes)"
    bash "$root/.ci/wasm-build.sh"
  fi
  if [ ! -f "$pkg/index.js" ]; then
    say "no WASM package in $pkg: Node and browser benchmarks skipped"
    skip_node=1; skip_browser=1
  fi
fi

# ---- Node --------------------------------------------------------------------------
rm -f "$results/node.json" "$results/browser.json"
if [ "$skip_node" = 0 ]; then
  say "Node $(node --version): baiviet vs markdown-it, marked, markdown-wasm, md4w, Intl, text-clipper, truncate-html"
  if [ "$quick" = 1 ]; then nb=(--ms 60 --rounds 3 --init-runs 3); else nb=(--ms 250 --rounds 5 --init-runs 7); fi
  # The bare cmark-gfm peer, with the core's emcc flags (needs emcc; skipped without it).
  bare=()
  if command -v emcc >/dev/null 2>&1 && bash "$root/bench/js/bare-cmark/build.sh" "$build/bare-cmark" >/dev/null; then
    bare=(--bare-cmark "$build/bare-cmark")
  else
    say "no emcc: the bare cmark-gfm WASM peer is skipped"
  fi
  node "$root/bench/js/node-bench.mjs" --corpus "$corpus" --pkg "$pkg" --out "$results/node.json" "${nb[@]}" "${bare[@]}"
fi

# ---- browser -----------------------------------------------------------------------
if [ "$skip_browser" = 0 ]; then
  say "headless Chromium"
  node "$root/bench/browser/browser-bench.mjs" --pkg "$pkg" --out "$results/browser.json" --runs "$([ "$quick" = 1 ] && echo 3 || echo 7)"
fi

# ---- report ------------------------------------------------------------------------
say "report"
node "$root/bench/js/report.mjs" --results "$results" --corpus "$corpus" --out-dir "$root/bench/results" \
  --command "bench/run.sh$([ "$quick" = 1 ] && echo ' --quick')" --docs "$root/docs/bench.md"
echo >&2
echo "written: bench/results/latest.json, bench/results/latest.md" >&2

# ---- profile -----------------------------------------------------------------------
if [ "$profile" = 1 ]; then
  # Instruction counts of one render in one process, ours against bare cmark-gfm
  # (bench/render_instructions.cpp): stable where wall-clock is not.
  say "callgrind: instructions of one render, ours vs bare cmark-gfm (1 MB article)"
  for who in ours bare; do
    valgrind --tool=callgrind --toggle-collect="bv_measure_$who" --callgrind-out-file="$results/instr-$who.out" \
      "$build/bench/baiviet_render_instructions" "$corpus/generated-1mb.md" >/dev/null 2>"$results/instr-$who.log" || true
  done
  ours_ir=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$results/instr-ours.log")
  bare_ir=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$results/instr-bare.log")
  if [ -n "$ours_ir" ] && [ -n "$bare_ir" ]; then
    node -e 'const [o, b] = process.argv.slice(1).map(Number);
      console.log(`instructions: ours ${(o / 1e6).toFixed(1)} M, bare cmark-gfm ${(b / 1e6).toFixed(1)} M, ratio (bare / ours) ${(b / o).toFixed(3)}×`);' \
      "$ours_ir" "$bare_ir" | tee "$results/instructions.txt"
  fi
  say "callgrind: baiviet render of the 1 MB article (native CLI, Release)"
  out="$results/callgrind.out"
  valgrind --tool=callgrind --callgrind-out-file="$out" \
    "$build/baiviet" render "$corpus/generated-1mb.md" >/dev/null 2>"$results/callgrind.log" || true
  callgrind_annotate --inclusive=no "$out" 2>/dev/null | sed -n '1,60p'
  echo "full profile: callgrind_annotate $out" >&2
fi
