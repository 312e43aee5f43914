#!/usr/bin/env bash
# Assembles the web demo into web-demo/dist/ and serves it on http://localhost:${PORT:-8080}/.
#
#   dist/                  ← web-demo/site/* (the page, worker, stylesheets, built-in examples)
#   dist/vendor/baiviet/   ← the built npm package (what `npm install baiviet` would give you)
#   dist/examples/son-la-ky-3.txt ← the sample article (tests/fixtures/samples/)
#
# The package comes from $BAIVIET_JS_PACKAGE, else $BAIVIET_WASM_BUILD_DIR/bindings/js/package,
# else <repo>/build-wasm/bindings/js/package (made by .ci/wasm-build.sh).
# The server is Python's standard http.server (Debian's python3): it serves .wasm as
# application/wasm and .js as text/javascript (checked below before serving).
# Environment: PORT (default 8080), HOST (default 127.0.0.1; 0.0.0.0 to reach it from outside
# a container), BAIVIET_DEMO_DIST (default web-demo/dist; the browser tests use a temporary
# directory), BAIVIET_DEMO_ASSEMBLE_ONLY=1 to assemble and exit without serving.
set -euo pipefail
demo="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$demo/.." && pwd)"
port="${PORT:-8080}"
host="${HOST:-127.0.0.1}"

pkg="${BAIVIET_JS_PACKAGE:-${BAIVIET_WASM_BUILD_DIR:-$root/build-wasm}/bindings/js/package}"
for f in index.js baiviet.wasm baiviet-core.js baiviet-icu.dat; do
  if [ ! -f "$pkg/$f" ]; then
    echo "web-demo: the WASM package is not built ($pkg/$f missing)." >&2
    echo "          Build it with .ci/wasm-build.sh, or set BAIVIET_JS_PACKAGE." >&2
    exit 1
  fi
done
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

# The MIME types the page depends on, as this Python will serve them.
python3 - <<'PY'
import sys
from http.server import SimpleHTTPRequestHandler as H
h = H.__new__(H)
h.extensions_map = H.extensions_map
js = ("text/javascript", "application/javascript")
want = {"vendor/baiviet/baiviet.wasm": ("application/wasm",), "app.js": js, "vendor/baiviet/index.js": js,
        "demo.css": ("text/css",), "index.html": ("text/html",), "examples/img/bieu-do.svg": ("image/svg+xml",)}
bad = [(p, h.guess_type(p)) for p, ok in want.items() if h.guess_type(p) not in ok]
if bad:
    sys.exit("web-demo: this python3 would serve wrong MIME types: %r" % bad)
PY

if [ "${BAIVIET_DEMO_ASSEMBLE_ONLY:-0}" = 1 ]; then
  echo "web-demo: assembled $dist"
  exit 0
fi
echo
echo "baiviet web demo: http://localhost:${port}/"
echo "(serving $dist with python3 -m http.server on $host:$port; Ctrl-C to stop)"
exec python3 -m http.server "$port" --bind "$host" --directory "$dist"
