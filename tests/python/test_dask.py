"""A real distributed engine: a generated archive of a few thousand articles
rendered by dask.bag on a distributed LocalCluster (2 worker processes), one
worker killed mid-partition; the partitioned output must equal the CLI's
output for the same input, byte for byte, record for record."""
import gzip
import json
import os
import random
import subprocess
from pathlib import Path

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

import baiviet  # noqa: E402
from baiviet import archive  # noqa: E402
from conftest import FIXTURES, cli_path  # noqa: E402

MAX_LINE = 200_000


def corpus_lines():
    lines = []
    for p in sorted((FIXTURES / "render").glob("*.md")) + sorted((FIXTURES / "samples").glob("*.txt")):
        for l in p.read_text(encoding="utf-8").splitlines():
            l = l.strip()
            if len(l) > 20 and not l.startswith(("---", "|", "```")) and ":" not in l[:12]:
                lines.append(l.lstrip("#*>- "))
    assert len(lines) > 50
    return lines


def generate(n, seed):
    """n JSONL lines (bytes, without line break) of generated articles with varied outputs and
    options, plus bad lines: not JSON, ill-formed UTF-8, over the size limit, broken front matter,
    lines without id, blank lines."""
    rng = random.Random(seed)
    pool = corpus_lines()
    out = []
    for i in range(n):
        if i % 401 == 17:
            out.append(b'{"id": "broken-%d", "source": "unterminated' % i)
            continue
        if i % 503 == 31:
            out.append(b'{"id": %d, "source": "Ti\xff\xfeu \xc3 \xe1\xbb"}' % i)
            continue
        if i % 307 == 5:
            out.append(b"   ")  # blank: no record
            continue
        paragraphs = [rng.choice(pool) for _ in range(rng.randint(2, 9))]
        if rng.random() < 0.6:
            src = f"---\ntitle: {json.dumps(rng.choice(pool), ensure_ascii=False)}\n---\n"
            src += "\n\n".join(("## " + p) if rng.random() < 0.15 else p for p in paragraphs) + "\n"
            fmt = rng.choice(["markdown", "auto"])
        else:
            src = "\n".join(paragraphs) + "\n"
            fmt = rng.choice(["text", "auto"])
        if i % 599 == 44:
            src = "---\ntitle: [không đóng\n---\nNội dung.\n"
        if i % 997 == 123:
            src = "x" * (MAX_LINE + 1000)  # over the line limit
        rec = {"source": src, "from": fmt}
        if i % 11:
            rec["id"] = f"a-{i}" if i % 2 else i
        r = rng.random()
        if r < 0.3:
            rec["to"] = ["html", "excerpt", "reading_time", "counts"]
            rec["excerpt"] = {"limit": rng.choice([80, 160]), "unit": rng.choice(["graphemes", "words"])}
        elif r < 0.5:
            rec["to"] = "json"
        elif r < 0.6:
            rec["to"] = rng.choice(["text", "jsonld"])
        if rng.random() < 0.2:
            rec["toc"] = True
        if rng.random() < 0.1:
            rec["meta"] = {"n": i}
        out.append(json.dumps(rec, ensure_ascii=False).encode())
    return out


def cli_output(path):
    r = subprocess.run([cli_path(), "render", "--jsonl", str(path), "--max-line-bytes", str(MAX_LINE), "-q"],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_partitions_cover_every_line(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_bytes(b"a\n\nb\nc\r\nd")  # no final line break
    parts = archive.jsonl_partitions(p, lines_per_partition=2)
    assert [(q.first_line, q.start, q.end) for q in parts] == [(1, 0, 3), (3, 3, 8), (5, 8, None)]
    p.write_bytes(b"a\nb\n")
    assert [(q.first_line, q.end) for q in archive.jsonl_partitions(p, 2)] == [(1, 4)]
    p.write_bytes(b"")
    assert len(archive.jsonl_partitions(p, 2)) == 1


def test_the_sync_scheduler_needs_no_cluster(tmp_path):
    lines = generate(200, seed=3)
    src = tmp_path / "small.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    result = archive.render_archive(src, tmp_path / "o", scheduler="sync", lines_per_partition=64,
                                    max_line_bytes=MAX_LINE)
    assert b"".join(Path(p).read_bytes() for p in result.outputs) == cli_output(src)


def kill_once(part, out_dir, **kw):
    """The partition task, except that the first time partition 3 runs, its worker process dies
    half-way through (after writing part of its output)."""
    marker = Path(out_dir).parent / "worker-killed"
    if part.index == 3 and not marker.exists():
        marker.write_text(str(os.getpid()))
        tmp = Path(out_dir) / f".part-{part.index:05d}.jsonl.gz.tmp-{os.getpid()}"
        tmp.write_bytes(b"half a partition")
        os._exit(1)
    return archive.render_partition(part, out_dir, **kw)


@pytest.fixture(scope="module")
def client():
    # Workers are processes: they must import this test module (for kill_once) and baiviet.
    here = str(Path(__file__).parent)
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (here, os.environ.get("PYTHONPATH")) if p)
    from distributed import Client, LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      host="127.0.0.1", dashboard_address="127.0.0.1:0",
                      silence_logs=40) as cluster, Client(cluster) as c:
        yield c


def test_archive_on_a_local_cluster_equals_the_cli(tmp_path, client):
    lines = generate(3000, seed=17)
    plain = tmp_path / "archive-1.jsonl"
    plain.write_bytes(b"\n".join(lines[:2400]) + b"\n")
    packed = tmp_path / "archive-2.jsonl.gz"
    packed.write_bytes(gzip.compress(b"\n".join(lines[2400:]) + b"\n"))
    expected = cli_output(plain) + cli_output(packed)
    n_records = sum(1 for l in lines if l.strip(b" \t"))
    assert expected.count(b"\n") == n_records

    out = tmp_path / "out"
    result = archive.render_archive([plain, packed], out, client=client, gzip=True, lines_per_partition=300,
                                    max_line_bytes=MAX_LINE, partition_task=kill_once)
    assert (tmp_path / "worker-killed").exists(), "the fault was not injected"
    assert result.partitions == 9  # 8 × 300 lines + the gzip file
    assert result.records == n_records
    got = b"".join(gzip.decompress(Path(p).read_bytes()) for p in result.outputs)
    assert got == expected  # byte for byte, in input order
    assert not list(out.glob(".part-*"))  # the dead worker's partial file was removed
    recs = list(archive.read_results(out))
    assert len(recs) == n_records
    failed = [r for r in recs if not r["ok"]]
    assert result.failed == len(failed) >= 15
    codes = {r["error"]["code"] for r in failed}
    assert {"invalid_input", "front_matter", "too_large"} <= codes
    assert any("UTF-8" in r["error"]["message"] for r in failed)
    assert any(isinstance(r.get("outputs", {}).get("counts"), dict) for r in recs)
    assert any(isinstance(r.get("output"), dict) and r["output"].get("schema") for r in recs)


def test_a_directory_of_files(tmp_path, client):
    rng = random.Random(5)
    pool = corpus_lines()
    root = tmp_path / "articles"
    for i in range(60):
        d = root / f"{2020 + i % 3}"
        d.mkdir(parents=True, exist_ok=True)
        ext = ".md" if i % 2 else ".txt"
        body = "\n\n".join(rng.choice(pool) for _ in range(4))
        (d / f"bai-{i:03d}{ext}").write_text(("# " + rng.choice(pool) + "\n\n" if ext == ".md" else "") + body + "\n")
    (root / "2020" / "hong.txt").write_bytes(b"Ti\xff\xfeu \xc3\n")  # ill-formed UTF-8 in a file
    fields = {"to": ["html", "counts"], "from": "auto"}
    result = archive.render_archive(root, tmp_path / "out", client=client, files_per_partition=16, fields=fields)
    assert result.partitions == 4 and result.records == 61 and result.failed == 0
    files = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
    lines = [json.dumps(dict(fields, id=f, source=(root / f).read_bytes().decode("utf-8", "replace")),
                        ensure_ascii=False) for f in files]
    ref = subprocess.run([cli_path(), "render", "--jsonl", "-q"], input=("\n".join(lines) + "\n").encode(),
                         stdout=subprocess.PIPE, check=True).stdout
    got = b"".join(Path(p).read_bytes() for p in result.outputs)
    assert got.decode().splitlines() == [
        l for l in ref.decode().splitlines()]  # ids are the file names, so line numbers do not matter
    recs = list(archive.read_results(tmp_path / "out"))
    assert [r["id"] for r in recs] == files
