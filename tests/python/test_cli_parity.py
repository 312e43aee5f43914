"""Byte-for-byte: the Python API gives exactly what the CLI prints, for every
output, on every article of the fixtures and of ../shared/corpus (when present)."""
import json
from concurrent.futures import ThreadPoolExecutor

import pytest

import baiviet
from conftest import article_files, have_corpus, run_cli

FILES = article_files()
OPTION_SETS = [
    ({}, []),
    ({"toc": True, "id_prefix": "bv-", "markup_numbers": True}, ["--toc", "--id-prefix", "bv-", "--markup-numbers"]),
    ({"full_page": True, "header": False}, ["--full-page", "--no-header"]),
    ({"commonmark_compat": True}, ["--compat"]),
]


def fmt_of(path):
    return "markdown" if path.suffix == ".md" else "text"


def test_there_are_articles():
    assert len(FILES) >= 4
    if have_corpus():
        assert len(FILES) >= 100


def _render_pair(job):
    path, to, fmt, py_opts, cli_opts = job
    cli = run_cli("render", "--from", fmt, "--to", to, *cli_opts, path, check=False)
    src = path.read_bytes()
    try:
        got = baiviet.render(src, to=to, format=fmt, **py_opts).encode("utf-8")
        err = None
    except baiviet.Error as e:
        got, err = None, e
    return path, to, py_opts, cli, got, err


def test_render_equals_cli_byte_for_byte():
    jobs = []
    for p in FILES:
        for to in ("html", "json", "text", "jsonld"):
            jobs.append((p, to, fmt_of(p), {}, []))
        jobs.append((p, "html", "auto", {}, []))
        for py_opts, cli_opts in OPTION_SETS[1:]:
            jobs.append((p, "html", fmt_of(p), py_opts, cli_opts))
    compared = 0
    with ThreadPoolExecutor(max_workers=2) as pool:
        for path, to, py_opts, cli, got, err in pool.map(_render_pair, jobs):
            where = f"{path.name} --to {to} {py_opts}"
            if cli.returncode != 0:
                assert err is not None, where
                assert err.message in cli.stderr.decode(), where
                continue
            assert err is None, f"{where}: {err!r}"
            assert got == cli.stdout, where
            compared += 1
    assert compared >= len(jobs) - 2


def _excerpt_pair(job):
    path, fmt, args, kwargs = job
    cli = run_cli("excerpt", "--from", fmt, *args, path)
    got = baiviet.excerpt(path.read_bytes(), format=fmt, **kwargs)
    return path, args, cli.stdout, (got.text + "\n").encode()


def test_excerpt_equals_cli():
    jobs = []
    for p in FILES:
        jobs.append((p, fmt_of(p), ["--limit", "160"], {"limit": 160}))
        jobs.append((p, fmt_of(p), ["--limit", "30", "--unit", "words", "--to", "html"],
                     {"limit": 30, "unit": "words", "to": "html"}))
        jobs.append((p, fmt_of(p), ["--limit", "2", "--unit", "sentences", "--source", "body"],
                     {"limit": 2, "unit": "sentences", "source": "body"}))
    with ThreadPoolExecutor(max_workers=2) as pool:
        for path, args, cli, got in pool.map(_excerpt_pair, jobs):
            assert got == cli, f"{path.name} {args}"


def test_reading_time_and_model_equal_cli():
    for p in FILES:
        cli = run_cli("text", "reading-time", "-v", "--from", fmt_of(p), p).stdout.decode()
        with baiviet.parse(p.read_bytes(), format=fmt_of(p)) as a:
            r = a.reading_time()
            assert cli == f"{r.label}\nwords {r.words}\nimages {r.images}\nseconds {r.seconds}\nminutes {r.minutes}\n", p.name
            assert a.to_dict() == json.loads(run_cli("render", "--from", fmt_of(p), "--to", "json", p).stdout), p.name


def test_counts_and_records_equal_the_cli_batch():
    lines = [json.dumps({"id": p.name, "source": p.read_text(encoding="utf-8"), "from": fmt_of(p),
                         "to": ["counts", "excerpt", "reading_time", "json"], "excerpt": {"limit": 80}},
                        ensure_ascii=False) for p in FILES]
    cli = run_cli("render", "--jsonl", "-q", input=("\n".join(lines) + "\n").encode())
    out = cli.stdout.decode().splitlines()
    assert len(out) == len(FILES)
    for i, (p, line, rec) in enumerate(zip(FILES, lines, out)):
        # the same record through the Python package
        assert baiviet.render_record(line, i + 1).decode() == rec, p.name
        got = json.loads(rec)
        assert got["ok"], rec[:300]
        with baiviet.parse(p.read_bytes(), format=fmt_of(p)) as a:
            c = a.counts()
            assert got["outputs"]["counts"] == {"graphemes": c.graphemes, "code_points": c.code_points,
                                                "words": c.words, "sentences": c.sentences}
            assert got["outputs"]["excerpt"]["text"] == a.excerpt(limit=80).text
            assert got["outputs"]["reading_time"]["label"] == a.reading_time().label
            assert got["outputs"]["json"] == a.to_dict()
