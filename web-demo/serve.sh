#!/usr/bin/env bash
# Assembles the web demo into web-demo/dist/ and serves it on http://localhost:${PORT:-8080}/.
#
#   dist/                  ← web-demo/site/* (the page, worker, stylesheets, built-in examples)
#   dist/options.json      ← the option schema, `baiviet options --json` (the "Code" tab and the
#                            generated options are built from it); from the native CLI when one is
#                            built, else the copy in site/ (the browser test keeps it up to date)
#   dist/vendor/baiviet/   ← the built npm package (what `npm install baiviet` would give you)
#   dist/examples/son-la-ky-3.txt ← the sample article (tests/fixtures/samples/)
#   FILE.br, FILE.gz       ← every asset precompressed (brotli -q 11, gzip -9), served by
#                            web-demo/server.py with Content-Encoding when the browser accepts it
#
# The package comes from $BAIVIET_JS_PACKAGE, else $BAIVIET_WASM_BUILD_DIR/bindings/js/package,
# else <repo>/build-wasm/bindings/js/package (made by .ci/wasm-build.sh). The CLI from
# $BAIVIET_CLI, else ${BAIVIET_BUILD_DIR:-<repo>/build}/baiviet (made by .ci/build-native.sh).
# The server is web-demo/server.py: Python's standard http.server plus precompressed assets.
# Environment: PORT (default 8080), HOST (default 127.0.0.1; 0.0.0.0 to reach it from outside
# a container), BAIVIET_DEMO_DIST (default web-demo/dist; the browser tests use a temporary
# directory), BAIVIET_DEMO_ASSEMBLE_ONLY=1 to assemble and exit without serving,
# BAIVIET_DEMO_COMPRESS=0 to skip precompression, BAIVIET_BROTLI_QUALITY (default 11).
set -euo pipefail
demo="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$demo/.." && pwd)"
port="${PORT:-8080}"
host="${HOST:-127.0.0.1}"

pkg="${BAIVIET_JS_PACKAGE:-${BAIVIET_WASM_BUILD_DIR:-$root/build-wasm}/bindings/js/package}"
if [ ! -f "$pkg/index.js" ] || ! compgen -G "$pkg/*.wasm" >/dev/null; then
  echo "web-demo: the WASM package is not built ($pkg/index.js or $pkg/*.wasm missing)." >&2
  echo "          Build it with .ci/wasm-build.sh, or set BAIVIET_JS_PACKAGE." >&2
  exit 1
fi
command -v python3 >/dev/null || { echo "web-demo: python3 is needed to serve the demo (apt-get install python3)" >&2; exit 1; }

dist="${BAIVIET_DEMO_DIST:-$demo/dist}"
# Only ever delete a directory this script made (it leaves a marker file in it).
if [ -e "$dist" ] && [ -n "$(ls -A "$dist" 2>/dev/null)" ] && [ ! -f "$dist/.baiviet-demo" ]; then
  echo "web-demo: $dist exists and was not made by serve.sh; not replacing it" >&2
  exit 1
fi
rm -rf "$dist"
mkdir -p "$dist/vendor"
touch "$dist/.baiviet-demo"
cp -R "$demo/site/." "$dist/"
cp -R "$pkg" "$dist/vendor/baiviet"
cp "$root/tests/fixtures/samples/son-la-ky-3.txt" "$dist/examples/"

# The option schema, from the CLI built from these sources when there is one.
cli="${BAIVIET_CLI:-${BAIVIET_BUILD_DIR:-$root/build}/baiviet}"
if [ -x "$cli" ]; then
  "$cli" options --json > "$dist/options.json"
  if ! cmp -s "$dist/options.json" "$demo/site/options.json"; then
    echo "web-demo: note: web-demo/site/options.json differs from '$cli options --json' (serving the CLI's);" >&2
    echo "          refresh it: $cli options --json > web-demo/site/options.json" >&2
  fi
fi

# The MIME types the page depends on, as server.py will send them.
python3 - "$demo" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from server import Handler
h = Handler.__new__(Handler)
js = ("text/javascript", "application/javascript")
want = {"vendor/baiviet/x.wasm": ("application/wasm",), "app.js": js, "vendor/baiviet/index.js": js,
        "demo.css": ("text/css",), "index.html": ("text/html",), "examples/img/bieu-do.svg": ("image/svg+xml",),
        "options.json": ("application/json",)}
bad = [(p, h.guess_type(p)) for p, ok in want.items() if h.guess_type(p) not in ok]
if bad:
    sys.exit("web-demo: server.py would send wrong MIME types: %r" % bad)
PY

# Precompressed copies of every asset worth compressing (kept only when smaller).
if [ "${BAIVIET_DEMO_COMPRESS:-1}" = 1 ]; then
  quality="${BAIVIET_BROTLI_QUALITY:-11}"
  have_brotli=1
  command -v brotli >/dev/null || { have_brotli=0; echo "web-demo: no brotli (apt-get install brotli): gzip only" >&2; }
  mapfile -d '' files < <(find "$dist" -type f \( -name '*.js' -o -name '*.mjs' -o -name '*.wasm' -o -name '*.dat' \
    -o -name '*.css' -o -name '*.html' -o -name '*.json' -o -name '*.svg' -o -name '*.md' -o -name '*.txt' \) -print0)
  compress_one() {   # FILE QUALITY HAVE_BROTLI
    local f="$1" size
    size=$(stat -c %s "$f")
    gzip -9 -n -k -f "$f"
    [ "$(stat -c %s "$f.gz")" -lt "$size" ] || rm -f "$f.gz"
    if [ "$3" = 1 ]; then
      brotli -q "$2" -k -f -o "$f.br" "$f"
      [ "$(stat -c %s "$f.br")" -lt "$size" ] || rm -f "$f.br"
    fi
  }
  export -f compress_one
  # Largest first, two at a time: the .wasm and the ICU data dominate.
  printf '%s\0' "${files[@]}" | xargs -0 ls -S | tr '\n' '\0' |
    xargs -0 -P "${BAIVIET_JOBS:-2}" -I{} bash -c 'compress_one "$1" "$2" "$3"' _ {} "$quality" "$have_brotli"
fi

if [ "${BAIVIET_DEMO_ASSEMBLE_ONLY:-0}" = 1 ]; then
  echo "web-demo: assembled $dist"
  exit 0
fi
echo
echo "baiviet web demo: http://localhost:${port}/"
echo "(serving $dist with web-demo/server.py on $host:$port, brotli/gzip when accepted; Ctrl-C to stop)"
exec python3 "$demo/server.py" --bind "$host" --directory "$dist" "$port"
