#!/usr/bin/env python3
"""Seed corpora for the fuzz targets from the test fixtures (tests/fixtures/**).

Every string of the JSON fixtures (inputs and expected outputs alike: both are
realistic text) and every .txt/.md fixture becomes a seed, prefixed with the
option bytes the target reads first (see fuzz_common.hpp). Also the regression
fixtures (tests/fixtures/regressions/<target>/*) which are used as they are.

usage: make_seeds.py <repo root> <output dir>   -> <output dir>/<target>/<sha1>
"""
import hashlib
import json
import os
import sys

root, out = sys.argv[1], sys.argv[2]
fixtures = os.path.join(root, "tests", "fixtures")
MAX = 64 * 1024

texts = []  # (bytes, is_document)


def walk_json(v):
    if isinstance(v, str):
        if len(v) >= 2:
            texts.append((v.encode("utf-8"), "\n" in v))
    elif isinstance(v, list):
        for x in v:
            walk_json(x)
    elif isinstance(v, dict):
        for x in v.values():
            walk_json(x)


for dirpath, _, files in os.walk(fixtures):
    if os.path.basename(dirpath) == "regressions" or "/regressions" in dirpath:
        continue
    if os.path.basename(dirpath) == "entities":
        continue  # 4,000+ one-reference strings: one document below instead
    for f in sorted(files):
        p = os.path.join(dirpath, f)
        if f.endswith(".json"):
            try:
                with open(p, encoding="utf-8") as fh:
                    walk_json(json.load(fh))
            except (ValueError, UnicodeDecodeError):
                pass
        elif f.endswith((".txt", ".md", ".html")):
            with open(p, "rb") as fh:
                texts.append((fh.read()[:MAX], True))

# The benign URLs (tests/fixtures/url/benign.json) as Markdown links and images and as
# HTML links: documents for the nothing-benign-lost oracle (check_benign_urls_kept)
# and for the excerpt of HTML to mutate.
def md_destination(url):
    return "<" + "".join("\\" + c if c.isascii() and not c.isalnum() and c.isprintable() and c != " " else c
                         for c in url) + ">"


with open(os.path.join(fixtures, "url", "benign.json"), encoding="utf-8") as fh:
    benign = [e["url"] for e in json.load(fh)["urls"]]
texts.append(("\n\n".join(f"Đọc [bài {i}]({md_destination(u)}) và xem ![ảnh {i}]({md_destination(u)})."
                          for i, u in enumerate(benign)).encode("utf-8"), True))
texts.append(("".join(f'<p>Đọc <a href="{u.replace("&", "&amp;").replace(chr(34), "&quot;")}">bài {i}</a>.</p>'
                      for i, u in enumerate(benign)).encode("utf-8"), True))

# Every named character reference of the WHATWG table, with and without ';', in one
# HTML document (for the excerpt of HTML) and one text.
with open(os.path.join(fixtures, "entities", "html5_entities.json"), encoding="utf-8") as fh:
    refs = [c[0] for c in json.load(fh)["text"]]
texts.append((("<p>" + " ".join(refs) + "</p>").encode("utf-8"), True))

# Option prefixes per target: the defaults plus a few variants.
prefixes = {
    "fuzz_render": [b"\x02\x00\x00", b"\x01\x00\x00", b"\x00\x00\x00", b"\x02\x00\x10", b"\x02\x10\x25"],
    "fuzz_import": [b"\x00", b"\x08"],
    "fuzz_excerpt_html": [b"\x50\x00", b"\x20\x05"],
    "fuzz_parse_number": [b"\x00", b"\x09"],
    "fuzz_text": [b"\x00\x50", b"\x10\x00"],
}
short_only = {"fuzz_parse_number"}

seen = set()
for target, pres in prefixes.items():
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    n = 0
    for text, is_doc in texts:
        if target in short_only and (is_doc or len(text) > 200):
            continue
        for i, pre in enumerate(pres):
            if not is_doc and i > 0 and target == "fuzz_render":
                break  # short strings: only the default options
            data = pre + text
            h = hashlib.sha1(data).hexdigest()
            if (target, h) in seen:
                continue
            seen.add((target, h))
            with open(os.path.join(d, h), "wb") as fh:
                fh.write(data)
            n += 1
    reg = os.path.join(fixtures, "regressions", target)
    if os.path.isdir(reg):
        for f in sorted(os.listdir(reg)):
            with open(os.path.join(reg, f), "rb") as src, open(os.path.join(d, "reg-" + f), "wb") as dst:
                dst.write(src.read())
            n += 1
    print(f"{target}: {n} seeds")
