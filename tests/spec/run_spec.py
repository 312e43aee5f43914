#!/usr/bin/env python3
"""Runs the cmark-gfm spec (spec.txt) and GFM extension examples (extensions.txt)
through baiviet's own pipeline: Markdown -> article model -> HTML renderer in
cmark-compatible mode (`baiviet render --compat --unsafe`), comparing bytes
exactly, as cmark-gfm's own test suite does (--no-normalize).

Known differences are listed, with the reason, in known-failures.txt; any other
failure (or a listed example that now passes) fails the test.
"""
import argparse, os, subprocess, sys

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli', required=True)
    ap.add_argument('--tests-dir', required=True, help='cmark-gfm test/ directory')
    ap.add_argument('--spec', required=True, help='spec.txt or extensions.txt')
    ap.add_argument('--extensions', default='', help='extensions always enabled')
    ap.add_argument('--known', default=os.path.join(os.path.dirname(__file__), 'known-failures.txt'))
    args = ap.parse_args()
    sys.path.insert(0, args.tests_dir)
    from spec_tests import get_tests  # cmark-gfm's own reader of the spec format
    spec_name = os.path.basename(args.spec)
    known = {}
    with open(args.known, encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)
            reason = line[1].strip() if len(line) > 1 else ''
            key = line[0].strip()
            if key:
                known[key] = reason
    tests = get_tests(os.path.join(args.tests_dir, args.spec))
    passed = failed = expected_fail = 0
    unexpected = []
    for t in tests:
        exts = set(args.extensions.split()) | set(t['extensions'])
        cmd = [args.cli, 'render', '--compat', '--unsafe', '--from', 'markdown']
        if not (exts - {'footnotes'}):
            cmd.append('--no-gfm')
        if 'footnotes' not in exts:
            cmd.append('--no-footnotes')
        r = subprocess.run(cmd, input=t['markdown'].encode('utf-8'), capture_output=True)
        actual = r.stdout.decode('utf-8', errors='replace')
        key = '%s:%d' % (spec_name, t['example'])
        ok = r.returncode == 0 and (actual == t['html'] or t['html'] == '<IGNORE>\n')  # <IGNORE>: only must not crash
        if ok:
            passed += 1
            if key in known:
                unexpected.append('%s passes now: remove it from known-failures.txt' % key)
        elif key in known:
            expected_fail += 1
        else:
            failed += 1
            unexpected.append('%s (%s, lines %d-%d) differs\n--- markdown\n%s--- expected\n%s--- actual\n%s'
                              % (key, t['section'], t['start_line'], t['end_line'], t['markdown'], t['html'], actual))
    for u in unexpected:
        print(u)
    print('%s: %d examples, %d identical, %d known differences (see known-failures.txt), %d unexpected'
          % (spec_name, len(tests), passed, expected_fail, len(unexpected)))
    return 1 if unexpected else 0

if __name__ == '__main__':
    sys.exit(main())
