#!/usr/bin/env python3
"""Writes THIRD-PARTY-NOTICES: the licences of the third-party code that baiviet's builds contain,
quoted from the copyright files of the Debian packages the builds are made from.

    cmake/third-party-notices.py [OUTPUT]          write OUTPUT (default: THIRD-PARTY-NOTICES)
    cmake/third-party-notices.py --check [FILE]    exit 1 (with a diff) when FILE is not what
                                                      this script writes; 77 when a Debian file
                                                      it reads is missing (not a Debian machine)

Debian's copyright files are machine-readable (DEP-5): paragraphs of "Files:" patterns with their
copyright holders and licence, and stand-alone "License:" paragraphs. For each library this script
lists the files of it that end up in our builds (COMPONENTS below: its compiled sources, or the
headers we include); for each such file the governing paragraph is the last one whose patterns
match it (DEP-5's rule). Those paragraphs, and the stand-alone licence texts they name, are copied
verbatim. Paragraphs about files that never reach a build (tests, benchmarks, build scripts,
debian/) are left out. Where the Debian paragraph is only a summary, the upstream licence file
that the Debian package installs is quoted in full as well (ICU's LICENSE).

The versions shown are the upstream versions of the installed packages: the native build links
them and the WebAssembly build compiles their Debian source packages (cmake/wasm/build-dep.sh).
"""
import difflib
import fnmatch
import re
import subprocess
import textwrap
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIDTH = 78

# name, Debian package (version, homepage), its copyright file, where it is in our builds, the
# paths (in the upstream source tree) that our builds contain, extra upstream licence files.
COMPONENTS = [
    {
        "name": "ICU",
        "package": "libicu-dev",
        "copyright": "/usr/share/doc/libicu-dev/copyright",
        "where": "Unicode text services and Vietnamese number/date formatting. Native: the "
                 "system's libicuuc/libicui18n/libicudata, linked dynamically. npm package: "
                 "ICU's common library compiled into baiviet-core.wasm and baiviet-full.wasm, "
                 "its i18n library (formatting) into baiviet-full.wasm, and a subset of ICU's "
                 "data in baiviet-icu.dat.",
        "paths": ["source/common/putil.cpp", "source/i18n/decimfmt.cpp",
                  "source/data/in/icudt72l.dat"],
        "files": ["/usr/share/icu/{upstream}/LICENSE"],
    },
    {
        "name": "cmark-gfm",
        "package": "libcmark-gfm-dev",
        "copyright": "/usr/share/doc/libcmark-gfm-dev/copyright",
        "where": "Markdown parsing (CommonMark with the GitHub extensions). Compiled into "
                 "libbaiviet (static archive linked in) and into both .wasm files.",
        # src/case_fold_switch.inc is generated from data/CaseFolding.txt and compiled in.
        "paths": ["src/blocks.c", "src/houdini_html_u.c", "src/houdini_href_e.c",
                  "src/houdini_html_e.c", "src/buffer.c", "src/chunk.h", "src/utf8.c",
                  "data/CaseFolding.txt", "extensions/table.c"],
    },
    {
        "name": "libyaml",
        "package": "libyaml-dev",
        "copyright": "/usr/share/doc/libyaml-dev/copyright",
        "where": "YAML front matter. Compiled into libbaiviet (static archive linked in) and into "
                 "both .wasm files.",
        "paths": ["src/api.c", "src/parser.c", "src/scanner.c", "include/yaml.h"],
    },
    {
        "name": "nlohmann/json",
        "package": "nlohmann-json3-dev",
        "copyright": "/usr/share/doc/nlohmann-json3-dev/copyright",
        "where": "JSON output and reading (header-only). Compiled into libbaiviet, the baiviet "
                 "command and both .wasm files.",
        "paths": ["include/nlohmann/json.hpp", "include/nlohmann/detail/conversions/to_chars.hpp",
                  "include/nlohmann/detail/output/serializer.hpp"],
    },
    {
        "name": "toml++",
        "package": "libtomlplusplus-dev",
        "copyright": "/usr/share/doc/libtomlplusplus-dev/copyright",
        "where": "TOML front matter (header-only). Compiled into libbaiviet and both .wasm files.",
        "paths": ["include/toml++/toml.h", "include/toml++/impl/parser.inl",
                  "include/toml++/impl/unicode.h"],
    },
    {
        "name": "Emscripten runtime",
        "package": "emscripten",
        "copyright": "/usr/share/doc/emscripten/copyright",
        "where": "npm package only: the JavaScript loaders (bundled into index.js and index.cjs, "
                 "and baiviet-full.js) and the C and C++ runtime that emcc links into both .wasm files (emscripten's libc on musl, emmalloc, "
                 "libc++, libc++abi, compiler-rt builtins).",
        "paths": ["src/preamble.js", "src/library.js", "system/lib/emmalloc.c",
                  "system/lib/libc/emscripten_memcpy.c", "system/lib/libc/musl/src/string/strlen.c",
                  "system/lib/libc/musl/src/stdio/vfprintf.c", "system/lib/libc/musl/src/math/pow.c",
                  "system/lib/libc/musl/src/math/log.c", "system/lib/libc/musl/src/math/exp.c",
                  "system/lib/libc/musl/src/stdlib/qsort.c", "system/lib/libcxx/src/string.cpp",
                  "system/lib/libcxxabi/src/cxa_default_handlers.cpp",
                  "system/lib/compiler-rt/lib/builtins/multi3.c"],
    },
]


class Missing(Exception):
    pass


def read(path):
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise Missing(path)


def upstream_version(package):
    try:
        v = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], check=True,
                           capture_output=True, text=True).stdout.strip()
    except (FileNotFoundError, subprocess.CalledProcessError):
        raise Missing(f"the Debian package {package}")
    v = v.split(":", 1)[-1]             # epoch
    v = v.rsplit("-", 1)[0]             # Debian revision
    return re.sub(r"[+~](dfsg|ds)[0-9.]*$", "", v)   # repacked-source suffix


def paragraphs(text):
    """DEP-5 paragraphs: (raw text, {field: value}) with continuation lines joined by newlines."""
    out = []
    for raw in re.split(r"\n[ \t]*\n", text.strip("\n")):
        fields, key = {}, None
        for line in raw.split("\n"):
            if line[:1] in (" ", "\t") and key:
                fields[key] += "\n" + line
            elif ":" in line:
                key, value = line.split(":", 1)
                fields[key.strip()] = value.strip()
        out.append((raw, fields))
    return out


def glob_match(path, pattern):
    # DEP-5: '*' matches any characters including '/', '?' one character; nothing else is special.
    regex = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    return re.fullmatch(regex, path) is not None


def licence_names(expression):
    # "Expat or NCSA~Mozilla", "FSFULLR~Sun and ISC", "GPL-2+ with Autoconf exception"
    expression = re.sub(r"\s+with\s+.*$", "", expression.split("\n", 1)[0])
    return [n.strip() for n in re.split(r"\s*,?\s+(?:or|and)\s+|\s*,\s*", expression) if n.strip()]


def component_notice(c):
    upstream = upstream_version(c["package"])
    homepage = subprocess.run(["dpkg-query", "-W", "-f=${Homepage}", c["package"]],
                              capture_output=True, text=True).stdout.strip()
    paras = paragraphs(read(c["copyright"]))
    header = paras[0][1] if "Format" in paras[0][1] else {}
    files_paras = [(raw, f) for raw, f in paras if "Files" in f]
    licence_paras = {f["License"].split("\n", 1)[0].strip(): raw
                     for raw, f in paras if "License" in f and "Files" not in f and "Format" not in f}

    chosen = []
    for path in c["paths"]:
        governing = None
        for raw, f in files_paras:
            if any(glob_match(path, p) for p in f["Files"].split()):
                governing = (raw, f)
        if governing is None:
            sys.exit(f"{c['copyright']}: no Files paragraph covers {path}")
        if governing not in chosen:
            chosen.append(governing)

    # The stand-alone licence paragraphs the chosen ones name; a paragraph that carries a text of
    # its own (a body under "License:") may name licences that have none.
    texts, needed = [raw for raw, _ in chosen], []
    for raw, f in chosen:
        for name in licence_names(f["License"]):
            if name in licence_paras:
                if name not in needed:
                    needed.append(name)
            elif "\n" not in f["License"]:
                sys.exit(f"{c['copyright']}: no License paragraph for '{name}'")
    for name in needed:
        raw = licence_paras[name]
        texts.append(raw)
        # "Reference: /usr/share/common-licenses/Apache-2.0": the text is in that file.
        ref = re.search(r"^Reference:\s*(\S+)", raw, re.M)
        if ref:
            texts.append(f"----- {ref.group(1)} -----\n\n" + read(ref.group(1)).strip("\n"))

    title = f"{c['name']} {upstream}"
    lines = ["=" * WIDTH, title, "=" * WIDTH, ""]
    lines += textwrap.wrap(c["where"], WIDTH)
    lines.append(f"Home: {homepage or header.get('Source', '')}")
    lines += textwrap.wrap(f"Quoted from {c['copyright']} (Debian package {c['package']}): the "
                           f"paragraphs that cover what our builds contain.", WIDTH)
    lines.append("")
    body = "\n\n".join(texts)
    for extra in c.get("files", []):
        path = extra.format(upstream=upstream)
        body += f"\n\n----- {path} (installed by {c['package']}) -----\n\n" + read(path).strip("\n")
    return "\n".join(lines) + "\n" + body + "\n", f"{c['name']} {upstream}"


def notices():
    parts, names = [], []
    for c in COMPONENTS:
        text, name = component_notice(c)
        parts.append(text)
        names.append(name)
    head = ["Third-party notices for baiviet", ""]
    head += textwrap.wrap(
        "baiviet's own code is under the MIT licence (see LICENSE). Its builds contain or link the "
        "third-party software below. The native libraries (libbaiviet.a, libbaiviet.so) and the "
        "baiviet command contain cmark-gfm, libyaml, nlohmann/json and toml++ and link the "
        "system's ICU; the npm package (index.js, baiviet-core.wasm, baiviet-full.wasm, baiviet-icu.dat) contains "
        "all of the software below.", WIDTH)
    head.append("")
    head += [f"  - {n}" for n in names]
    head.append("")
    head += textwrap.wrap("Generated by cmake/third-party-notices.py from the copyright files of "
                          "the Debian packages the builds are made from; do not edit by hand.", WIDTH)
    return "\n".join(head) + "\n\n" + "\n".join(parts)


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    target = Path(args[0]) if args else ROOT / "THIRD-PARTY-NOTICES"
    try:
        text = notices()
    except Missing as e:
        print(f"SKIPPED: {e} is missing (the notices are generated on Debian bookworm from the "
              f"packages .ci/setup.sh installs)")
        return 77
    if not check:
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target} ({len(text.splitlines())} lines)")
        return 0
    current = target.read_text(encoding="utf-8") if target.exists() else ""
    if current == text:
        print(f"{target}: up to date ({len(COMPONENTS)} components)")
        return 0
    sys.stdout.writelines(difflib.unified_diff(current.splitlines(True), text.splitlines(True),
                                               str(target), "generated"))
    print(f"\n{target} is out of date: run cmake/third-party-notices.py")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
