#!/usr/bin/env bash
# Installs parse5 (npm, lockfile) on first use and runs the HTML5 validity tests.
set -euo pipefail
cd "$(dirname "$0")"
[ -d node_modules/parse5 ] || npm ci --no-audit --no-fund --loglevel=error
exec node --test html5.test.mjs
