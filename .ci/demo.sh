#!/usr/bin/env bash
# The README's first quick-start command: installs what it needs, builds,
# renders the sample article (out/son-la-ky-3.html, .json, .txt) and serves the
# web demo on http://localhost:${PORT:-8080}/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash .ci/setup.sh
bash .ci/build-native.sh
mkdir -p out
sample=tests/fixtures/samples/son-la-ky-3.txt
./build/baiviet render "$sample" --full-page --toc > out/son-la-ky-3.html
./build/baiviet render "$sample" --to json > out/son-la-ky-3.json
./build/baiviet render "$sample" --to text > out/son-la-ky-3.txt
echo
echo "Rendered the sample article:"
echo "  $root/out/son-la-ky-3.html  (open it in a browser)"
echo "  $root/out/son-la-ky-3.json  (the article model)"
echo "  $root/out/son-la-ky-3.txt   (plain text)"
if [ -f web-demo/serve.sh ]; then
  bash .ci/wasm-build.sh
  exec bash web-demo/serve.sh
fi
