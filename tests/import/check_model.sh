#!/usr/bin/env bash
# The committed model is what the training script makes from the features the
# importer computes today: dump, retrain into a temporary directory, compare
# byte for byte with src/import/model_data.inc and
# tests/fixtures/import/model_folds.json. Skipped (exit 77) without
# ../shared/corpus or without numpy (Debian: python3-numpy).
#   check_model.sh BAIVIET_IMPORT_DUMP
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
py=/usr/bin/python3
[ -x "$py" ] || py=python3
if ! "$py" -c 'import numpy' 2>/dev/null; then
  echo "numpy is absent (apt-get install python3-numpy): skipped"; exit 77
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
if ! "$1" > "$tmp/dump.tsv"; then
  echo "no labelled corpus (../shared/corpus): skipped"; exit 77
fi
"$py" "$here/train_model.py" "$tmp/dump.tsv" --out "$tmp" 2> "$tmp/train.log"
status=0
cmp "$tmp/model_data.inc" "$root/src/import/model_data.inc" || status=1
cmp "$tmp/model_folds.json" "$root/tests/fixtures/import/model_folds.json" || status=1
if [ "$status" != 0 ]; then
  echo "the committed model is not what tests/import/train_model.py makes from today's features:"
  echo "retrain (docs/import.md, 'The line classifier')"
fi
exit "$status"
