#!/usr/bin/env python3
"""Byte-for-byte snapshot of what the CLI prints, for before/after checks of a
restructuring ("refactors keep bytes").

  python3 tests/golden/snapshot.py BUILD_DIR OUT_DIR      # write a snapshot
  diff -r OUT_BEFORE OUT_AFTER                           # nothing may differ

Every input (the repository's fixtures and samples, the regression inputs and,
when ../shared is present, every corpus article and the shared sample) is run
through `baiviet render` with every output and each render option alone plus a
few combinations, through `baiviet excerpt` and `baiviet text`, and through the
JSONL batch; stdout, stderr and the exit status of each call are kept, one file
per call. An intended output change is re-baselined by taking a new snapshot
before the next restructuring (see docs/engine.md).
"""
import hashlib
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SHARED = os.environ.get("BAIVIET_SHARED") or os.path.normpath(os.path.join(ROOT, "..", "shared"))

RENDER_SETS = [
    [],
    ["--to", "json"], ["--to", "text"], ["--to", "jsonld"],
    ["--full-page"], ["--toc"], ["--id-prefix", "bv-"], ["--markup-numbers"], ["--no-header"],
    ["--unsafe"], ["--compat"], ["--no-gfm"], ["--no-footnotes"], ["--no-structure"],
    ["--to", "json", "--compact"], ["--to", "json", "--inlines"],
    ["--from", "markdown"], ["--from", "text"],
    ["--from", "markdown", "--to", "json", "--compact"], ["--from", "text", "--to", "json", "--compact"],
    ["--full-page", "--toc", "--markup-numbers", "--id-prefix", "x-"],
    ["--unsafe", "--no-gfm"], ["--compat", "--unsafe"], ["--compat", "--no-gfm"],
]
EXCERPT_SETS = [
    [], ["--to", "html"], ["--unit", "words", "--limit", "30"], ["--unit", "sentences", "--limit", "2"],
    ["--source", "body", "--limit", "300"], ["--source", "sapo"], ["--reading-time"],
    ["--from", "plain", "--limit", "120"], ["--from", "html", "--limit", "200"],
]
TEXT_SETS = [["count"], ["reading-time", "--from", "auto", "--verbose"], ["sentences"]]


def inputs():
    found = []
    for sub in ("tests/fixtures/render", "tests/fixtures/samples"):
        d = os.path.join(ROOT, sub)
        for n in sorted(os.listdir(d)):
            if n.endswith((".md", ".txt")):
                found.append(os.path.join(d, n))
    reg = os.path.join(ROOT, "tests/fixtures/regressions")
    for d, _, names in sorted(os.walk(reg)):
        for n in sorted(names):
            if n != "README.md":
                found.append(os.path.join(d, n))
    corpus = os.path.join(SHARED, "corpus")
    if os.path.isdir(corpus):
        for d, _, names in sorted(os.walk(corpus)):
            for n in sorted(names):
                if n.endswith((".md", ".txt")) and "README" not in n:
                    found.append(os.path.join(d, n))
    fx = os.path.join(SHARED, "fixtures")
    if os.path.isdir(fx):
        for n in sorted(os.listdir(fx)):
            if n.endswith((".md", ".txt")):
                found.append(os.path.join(fx, n))
    return found


def key(path):
    rel = os.path.relpath(path, ROOT) if path.startswith(ROOT) else "shared/" + os.path.relpath(path, SHARED)
    return rel.replace("/", "__")


def run(cli, args, path, out_dir, name):
    with open(path, "rb") as f:
        data = f.read()
    p = subprocess.run([cli] + args, input=data, capture_output=True, timeout=120)
    with open(os.path.join(out_dir, name), "wb") as f:
        f.write(b"$ baiviet " + " ".join(args).encode() + b"\n== exit " + str(p.returncode).encode() + b"\n")
        f.write(b"== stderr\n" + p.stderr.replace(path.encode(), b"<input>") + b"\n== stdout\n" + p.stdout)


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    build, out_dir = sys.argv[1], sys.argv[2]
    cli = os.path.join(build, "baiviet")
    os.makedirs(out_dir, exist_ok=True)
    jobs = []
    files = inputs()
    for path in files:
        k = key(path)
        for i, s in enumerate(RENDER_SETS):
            jobs.append((["render", "-"] + s, path, f"{k}.render{i:02d}"))
        for i, s in enumerate(EXCERPT_SETS):
            jobs.append((["excerpt", "-"] + s, path, f"{k}.excerpt{i:02d}"))
        for i, s in enumerate(TEXT_SETS):
            jobs.append((["text", s[0], "-"] + s[1:], path, f"{k}.text{i:02d}"))
    with ThreadPoolExecutor(max_workers=int(os.environ.get("JOBS", "2"))) as ex:
        list(ex.map(lambda j: run(cli, j[0], j[1], out_dir, j[2]), jobs))
    # The batch: every input once per render option set, one JSONL stream.
    opts = [{}, {"to": "json"}, {"to": "text"}, {"toc": True, "id_prefix": "b-"}, {"compat": True},
            {"from": "text", "to": "json", "pretty": False}, {"unsafe": True, "markup_numbers": True}]
    lines = []
    for path in files:
        with open(path, "rb") as f:
            src = f.read().decode("utf-8", "replace")
        for o in opts:
            lines.append(json.dumps(dict(o, id=key(path), source=src), ensure_ascii=False))
    batch_in = ("\n".join(lines) + "\n").encode()
    p = subprocess.run([cli, "render", "--jsonl", "-j", "2", "-q"], input=batch_in, capture_output=True, timeout=600)
    with open(os.path.join(out_dir, "batch.jsonl"), "wb") as f:
        f.write(b"== exit " + str(p.returncode).encode() + b"\n== stderr\n" + p.stderr + b"\n== stdout\n" + p.stdout)
    h = hashlib.sha256()
    for n in sorted(os.listdir(out_dir)):
        with open(os.path.join(out_dir, n), "rb") as f:
            h.update(n.encode() + b"\0" + f.read())
    print(f"{len(files)} inputs, {len(jobs) + 1} calls -> {out_dir} (sha256 {h.hexdigest()[:16]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
