#!/usr/bin/env python3
"""Label tool for the text-import development corpus (../shared/corpus/dev).

Labels are committed as positions, never as copied article text: a span is
{"line": L} (the whole line, 1-based, trimmed) or {"line": L, "start": S, "end": E}
(code-point offsets into line L as stored in the file, end exclusive).

  label.py show  dev/vfnd/VFND_Ac_Real_0.txt [--from N --to M]   numbered lines
  label.py find  dev/vfnd/VFND_Ac_Real_0.txt "Ảnh: Duy"          spans of a substring
  label.py check tests/fixtures/import/dev/vfnd/VFND_Ac_Real_0.json   resolve every span
  label.py check-all                                             every label file

Paths given as dev/... are read from ../shared/corpus/ (or $BAIVIET_SHARED/corpus).
The label schema is described in tests/fixtures/import/dev/README.md.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SHARED = os.environ.get("BAIVIET_SHARED") or os.path.normpath(os.path.join(ROOT, "..", "shared"))
CORPUS = os.path.join(SHARED, "corpus")
LABELS = os.path.join(ROOT, "tests", "fixtures", "import", "dev")


def corpus_path(rel):
    return rel if os.path.isabs(rel) else os.path.join(CORPUS, rel)


def lines_of(rel):
    with open(corpus_path(rel), encoding="utf-8") as f:
        return f.read().split("\n")


def resolve(lines, span):
    if not isinstance(span, dict) or "line" not in span:
        raise ValueError(f"not a span: {span!r}")
    n = span["line"]
    if not 1 <= n <= len(lines):
        raise ValueError(f"line {n} out of range 1..{len(lines)}")
    text = lines[n - 1]
    if "start" in span or "end" in span:
        s, e = span.get("start", 0), span.get("end", len(text))
        if not 0 <= s < e <= len(text):
            raise ValueError(f"line {n}: bad offsets {s}..{e} (line has {len(text)} code points)")
        return text[s:e].strip()
    return text.strip()


SPAN_KEYS = ("title", "sapo", "dateline")
LIST_KEYS = ("headings", "captions")


def check(path, quiet=False):
    with open(path, encoding="utf-8") as f:
        lab = json.load(f)
    lines = lines_of(lab["source"])
    out = []
    for k in SPAN_KEYS:
        v = lab.get(k)
        if v is not None:
            out.append((k, resolve(lines, v)))
    for k in LIST_KEYS:
        for item in lab.get(k, []):
            t = resolve(lines, item)
            if "credit" in item:
                t += "   [credit: " + resolve(lines, dict({"line": item["line"]}, **item["credit"])) + "]"
            out.append((k[:-1], t))
    b = lab.get("byline")
    if b:
        for a in b.get("authors", []):
            out.append(("author", resolve(lines, a)))
        if b.get("source"):
            out.append(("source", resolve(lines, b["source"])))
    if not quiet:
        for k, t in out:
            print(f"{k:9} {t}")
    return len(out)


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    cmd = argv[1]
    if cmd == "show":
        lines = lines_of(argv[2])
        lo = int(argv[argv.index("--from") + 1]) if "--from" in argv else 1
        hi = int(argv[argv.index("--to") + 1]) if "--to" in argv else len(lines)
        for i in range(lo, min(hi, len(lines)) + 1):
            print(f"{i:4} [{len(lines[i-1]):5}] {lines[i-1]}")
    elif cmd == "find":
        lines = lines_of(argv[2])
        needle = argv[3]
        hits = 0
        for i, l in enumerate(lines, 1):
            s = l.find(needle)
            while s >= 0:
                print(json.dumps({"line": i, "start": s, "end": s + len(needle)}))
                hits += 1
                s = l.find(needle, s + 1)
        if not hits:
            print("not found", file=sys.stderr)
            return 1
    elif cmd == "check":
        check(argv[2])
    elif cmd == "check-all":
        n = f = 0
        for d, _, names in os.walk(LABELS):
            for name in sorted(names):
                if name.endswith(".json"):
                    try:
                        n += check(os.path.join(d, name), quiet=True)
                        f += 1
                    except Exception as e:  # noqa: BLE001
                        print(f"{os.path.join(d, name)}: {e}")
                        return 1
        print(f"{f} label files, {n} labelled elements: every span resolves")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
