"""Shared helpers of the Python tests (tests/cmake/python.cmake runs them).

Environment: BAIVIET_CLI (the `baiviet` executable), BAIVIET_SHARED_DIR (the
../shared checkout with corpus/, optional), BAIVIET_SOURCE_DIR (the repo).
"""
import os
import shutil
import subprocess
from pathlib import Path

import pytest

SOURCE_DIR = Path(os.environ.get("BAIVIET_SOURCE_DIR", Path(__file__).resolve().parents[2]))
SHARED_DIR = Path(os.environ.get("BAIVIET_SHARED_DIR", SOURCE_DIR.parent / "shared"))
FIXTURES = SOURCE_DIR / "tests" / "fixtures"


def cli_path() -> str:
    p = os.environ.get("BAIVIET_CLI") or shutil.which("baiviet")
    if not p:
        pytest.skip("no baiviet CLI (set BAIVIET_CLI)")
    return p


@pytest.fixture(scope="session")
def cli() -> str:
    return cli_path()


def run_cli(*args, input: bytes = None, check: bool = True) -> subprocess.CompletedProcess:
    r = subprocess.run([cli_path(), *map(str, args)], input=input, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if check and r.returncode != 0:
        raise AssertionError(f"baiviet {' '.join(map(str, args))}: exit {r.returncode}: {r.stderr.decode(errors='replace')}")
    return r


def article_files():
    """Every article input of the fixtures and of ../shared/corpus (when present), sorted."""
    files = sorted((FIXTURES / "render").glob("*.md")) + sorted((FIXTURES / "samples").glob("*.txt"))
    corpus = SHARED_DIR / "corpus"
    if corpus.is_dir():
        files += sorted(p for p in corpus.rglob("*") if p.suffix in (".md", ".txt") and p.name != "README.md"
                        and p.is_file())
    return files


def have_corpus() -> bool:
    return (SHARED_DIR / "corpus").is_dir()
