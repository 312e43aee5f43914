#!/usr/bin/env bash
# Installs the Python package into a fresh venv as a user would:
#   python3 -m venv --system-site-packages VENV
#   VENV/bin/python -m pip install --no-build-isolation ./bindings/python
# with the libbaiviet.so of this build (BAIVIET_LIBRARY), from a copy of
# bindings/python (pip builds in the tree it is given), offline (--no-index).
# Then checks that the installed package loads its own copy of the library.
# Usage: install.sh VENV LIBBAIVIET_SO SOURCE_DIR
set -euo pipefail
venv=$1 lib=$2 src=$3
rm -rf "$venv" "$venv-src"
cp -r "$src/bindings/python" "$venv-src"
rm -rf "$venv-src/build" "$venv-src"/*.egg-info
/usr/bin/python3 -m venv --system-site-packages "$venv"
BAIVIET_LIBRARY="$lib" "$venv/bin/python" -m pip install --no-build-isolation --no-index --no-deps --quiet "$venv-src"
cd /
env -u BAIVIET_LIBRARY "$venv/bin/python" - <<'PY'
import os, baiviet
path = baiviet._LIBRARY_PATH
assert os.path.dirname(path) == os.path.dirname(baiviet.__file__), path
assert os.path.exists(os.path.join(os.path.dirname(baiviet.__file__), "py.typed"))
assert os.path.exists(os.path.join(os.path.dirname(baiviet.__file__), "__init__.pyi"))
print("baiviet", baiviet.__version__, "installed; library", path)
print(baiviet.render("# Xin chào\n\nNội dung.\n").splitlines()[0])
PY
