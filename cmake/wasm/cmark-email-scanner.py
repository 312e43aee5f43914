#!/usr/bin/env python3
"""cmark-gfm's e-mail autolink scanner as a loop (WASM build only; run by build-dep.sh).

src/scanners.c is re2c's output for src/scanners.re. The rule for an e-mail autolink,

    [a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+ [@]
    [a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])? ([.][a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)* [>]

unrolls its counted repetitions into a DFA of ~2,450 lines, which emcc compiles into the article
core's largest function (12.7 KB of code to download and validate, for `<name@host>` links a
news article hardly has). The rule is a local part up to the first `@`, then dot-separated
labels of 1-63 letters, digits and hyphens that start and end with a letter or digit, then `>`;
since no class holds `>` (nor the local part `@`), re2c's longest match is that one match or
none. This rewrites the function, in place, as that loop: the same answer for every input
(checked against re2c's function, compiled natively, on 30 million generated strings — random
bytes, the rule's alphabet, labels of 60-66 characters — when it was written; parity.test.mjs
renders such links through the native CLI, which links Debian's unchanged library, and both
WASM pieces).

Usage: cmark-email-scanner.py src/scanners.c   (rewrites the file)
"""
import sys

path = sys.argv[1]
text = open(path, encoding="utf-8").read()
head = "bufsize_t _scan_autolink_email(const unsigned char *p)\n{"
if text.count(head) != 1:
    sys.exit(f"{path}: expected one definition of _scan_autolink_email")
start = text.index(head)
# The function ends where the next top-level definition's leading comment or signature begins.
nxt = text.find("\nbufsize_t ", start + len(head))
if nxt < 0:
    sys.exit(f"{path}: no function after _scan_autolink_email")
end = text.rindex("\n}\n", start, nxt) + 3
old = text[start:end]
# The shape we replace: re2c's DFA for the rule above, returning the match length or 0.
for needle in ("const unsigned char *marker = NULL;", "return (bufsize_t)(p - start);", "{ return 0; }"):
    if needle not in old:
        sys.exit(f"{path}: unexpected shape of _scan_autolink_email (no {needle!r})")

new = r"""/* baiviet (WASM build): re2c's DFA for this rule, rewritten as a loop by
   cmake/wasm/cmark-email-scanner.py: the same answer for every input. */
static int bv_email_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
static int bv_email_local(unsigned char c) {
  if (bv_email_alnum(c)) return 1;
  switch (c) {
  case '.': case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
  case '/': case '=': case '?': case '^': case '_': case '`': case '{': case '|': case '}':
  case '~': case '-':
    return 1;
  default:
    return 0;
  }
}
bufsize_t _scan_autolink_email(const unsigned char *p)
{
  const unsigned char *s = p;
  while (bv_email_local(*s)) s++;
  if (s == p || *s != '@') return 0;
  for (;;) {  /* a label: 1-63 of [a-zA-Z0-9-], a letter or digit at each end */
    const unsigned char *label = ++s;
    while (bv_email_alnum(*s) || *s == '-') s++;
    if (s == label || s - label > 63 || *label == '-' || s[-1] == '-') return 0;
    if (*s == '>') return (bufsize_t)(s + 1 - p);
    if (*s != '.') return 0;
  }
}
"""
open(path, "w", encoding="utf-8").write(text[:start] + new + text[end:])
