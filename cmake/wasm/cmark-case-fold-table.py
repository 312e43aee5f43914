#!/usr/bin/env python3
"""cmark-gfm's case folding as a table (WASM build only; see patches/cmark-gfm-case-fold-table.patch).

cmark-gfm folds link-reference labels with a 1,401-case switch (src/case_fold_switch.inc),
which emcc compiles into one 24.5 KB function. This reads that switch and writes the same
mapping as sorted arrays for a binary search: every case, in the switch's order, with what it
pushes. Usage: cmark-case-fold-table.py src/case_fold_switch.inc > src/case_fold_table.inc
"""
import re
import sys

text = open(sys.argv[1], encoding="ascii").read()
body = text[text.index("switch (c) {"):text.index("default:")]
cases = []
for m in re.finditer(r"case (0x[0-9A-Fa-f]+):(.*?)break;", body, re.S):
    pushed = [int(x, 16) for x in re.findall(r"bufpush\((0x[0-9A-Fa-f]+)\);", m.group(2))]
    if not 1 <= len(pushed) <= 3:
        sys.exit(f"case {m.group(1)}: {len(pushed)} code points, expected 1-3")
    cases.append((int(m.group(1), 16), pushed))
if [c for c, _ in cases] != sorted({c for c, _ in cases}):
    sys.exit("case labels not sorted or repeated")
if body.count("case 0x") != len(cases) or "default:\n        bufpush(c);" not in text:
    sys.exit("unexpected shape of case_fold_switch.inc")

MULTI = 0x40000000  # a delta this large cannot occur (code points are < 0x110000)
deltas, multi = [], []
for c, pushed in cases:
    if len(pushed) == 1:
        deltas.append(pushed[0] - c)
    else:
        deltas.append(MULTI + (len(multi) << 2 | len(pushed)))
        multi.extend(pushed)


def rows(values, per=8):
    return ",\n".join("  " + ", ".join(str(v) for v in values[i:i + per])
                      for i in range(0, len(values), per))


print("/* Generated from case_fold_switch.inc by baiviet's cmake/wasm/cmark-case-fold-table.py. */")
print(f"#define CASE_FOLD_COUNT {len(cases)}")
print(f"#define CASE_FOLD_MULTI {MULTI}")
print("/* The code points the switch folds, ascending. */")
print(f"static const uint32_t case_fold_from[{len(cases)}] = {{\n{rows([c for c, _ in cases])}\n}};")
print("/* What each folds to: the difference to its one code point, or CASE_FOLD_MULTI +")
print("   (start << 2 | count) for 2-3 code points in case_fold_multi. */")
print(f"static const int32_t case_fold_delta[{len(cases)}] = {{\n{rows(deltas)}\n}};")
print(f"static const uint32_t case_fold_multi[{len(multi)}] = {{\n{rows(multi)}\n}};")
