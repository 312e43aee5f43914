"""`baiviet render --jsonl` as an engine drives it: exit status, JSON outputs
as objects, several outputs per line, thread default, line-size limit, gzip,
and bad input (each bad record gets an error record; records out = records in)."""
import gzip
import json
import os
import subprocess

import pytest

from conftest import FIXTURES, cli_path, run_cli

MD = (FIXTURES / "render" / "brief.md").read_text(encoding="utf-8")


def batch(lines, *args, input_bytes=None):
    data = input_bytes if input_bytes is not None else ("\n".join(lines) + "\n").encode()
    r = subprocess.run([cli_path(), "render", "--jsonl", *args], input=data, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    return r.returncode, r.stdout, r.stderr.decode()


def records(out: bytes):
    return [json.loads(l) for l in out.decode().splitlines()]


def line(**kw):
    return json.dumps(kw, ensure_ascii=False)


def test_keep_going_is_the_default_and_strict_fails():
    lines = [line(id=1, source=MD), "{not json", line(id=3, source="---\ntitle: [x\n---\n")]
    code, out, err = batch(lines)
    assert code == 0
    recs = records(out)
    assert [r["ok"] for r in recs] == [True, False, False]
    assert "2 failed" in err
    code, out2, err = batch(lines, "--strict")
    assert code == 1 and out2 == out
    code, _, err = batch(lines, "-q")
    assert code == 0 and "2 of 3 records failed" in err
    code, _, err = batch([line(id=1, source=MD)], "-q")
    assert code == 0 and err == ""


def test_json_outputs_are_objects_html_and_text_strings():
    code, out, _ = batch([line(id="a", source=MD, to="json"), line(id="b", source=MD, to="jsonld"),
                          line(id="c", source=MD, to="html"), line(id="d", source=MD, to="text"),
                          line(id="e", source=MD)])
    a, b, c, d, e = records(out)
    assert isinstance(a["output"], dict) and a["output"]["schema"] == "baiviet/article@1"
    assert a["output"] == json.loads(run_cli("render", "--to", "json", input=MD.encode()).stdout)
    assert isinstance(b["output"], dict) and b["output"]["@type"] == "NewsArticle"
    assert c["output"] == run_cli("render", input=MD.encode()).stdout.decode()
    assert d["output"] == run_cli("render", "--to", "text", input=MD.encode()).stdout.decode()
    assert e["output"] == c["output"]  # html by default


def test_several_outputs_per_line():
    code, out, _ = batch([line(id=1, source=MD, to=["html", "excerpt", "reading_time", "counts", "json"],
                               excerpt={"limit": 40, "unit": "graphemes", "to": "html", "ellipsis": "..."},
                               reading_time={"words_per_minute": 100})])
    (r,) = records(out)
    o = r["outputs"]
    assert list(o) == ["html", "excerpt", "reading_time", "counts", "json"]
    assert o["html"] == run_cli("render", input=MD.encode()).stdout.decode()
    ex = run_cli("excerpt", "--limit", "40", "--to", "html", "--ellipsis", "...", input=MD.encode()).stdout.decode()
    assert o["excerpt"]["text"] + "\n" == ex
    assert set(o["excerpt"]) == {"text", "truncated", "ellipsis", "graphemes", "words"}
    rt = run_cli("text", "reading-time", "-v", "--from", "auto", "--wpm", "100", input=MD.encode()).stdout.decode().splitlines()
    assert o["reading_time"]["label"] == rt[0] and f"words {o['reading_time']['words']}" in rt
    assert set(o["counts"]) == {"graphemes", "code_points", "words", "sentences"}
    assert o["json"]["schema"] == "baiviet/article@1"


@pytest.mark.parametrize("bad,needle", [
    ({"to": ["html", "pdf"]}, "unknown output"),
    ({"to": ["html", "html"]}, "twice"),
    ({"to": []}, "empty"),
    ({"to": 3}, "field 'to'"),
    ({"excerpt": {"limit": -1}}, "excerpt.limit"),
    ({"excerpt": {"from": "html"}}, "excerpt.from"),
    ({"excerpt": {"gfm": False}}, "excerpt.gfm"),
    ({"excerpt": 5}, "field 'excerpt'"),
    ({"reading_time": {"words_per_minute": 0}}, "reading_time.words_per_minute"),
    ({"toc": "yes"}, "toc"),
    ({"tocc": True}, "unknown option"),
])
def test_bad_fields_are_error_records(bad, needle):
    code, out, _ = batch([line(id=9, source=MD, **bad)])
    assert code == 0
    (r,) = records(out)
    assert r["ok"] is False and r["id"] == 9
    assert r["error"]["code"] == "invalid_argument"
    assert needle in r["error"]["message"]


def test_jobs_default_to_one_when_output_is_not_a_terminal():
    _, _, err = batch([line(source=MD)])
    assert "1 threads" in err
    _, _, err = batch([line(source=MD)], "-j", "2")
    assert "2 threads" in err


def test_max_line_bytes_gives_an_error_record():
    big = line(id="big", source="x" * 5000)
    small = line(id="small", source=MD)
    code, out, err = batch([small, big, small], "--max-line-bytes", "4000")
    assert code == 0
    recs = records(out)
    assert len(recs) == 3
    assert recs[1]["ok"] is False and recs[1]["error"]["code"] == "too_large"
    assert recs[1]["id"] == 2 and recs[1]["error"]["input_line"] == 2
    assert "4000" in recs[1]["error"]["message"]
    assert recs[0] == recs[2] and recs[0]["ok"]
    # the limit counts the line without its line break ("\r\n" too)
    exact = line(id="e", source="y" * 100)
    n = len(exact.encode())
    code, out, _ = batch([], "--max-line-bytes", str(n), input_bytes=(exact + "\r\n").encode())
    assert records(out)[0]["ok"]
    code, out, _ = batch([], "--max-line-bytes", str(n - 1), input_bytes=(exact + "\r\n").encode())
    assert records(out)[0]["error"]["code"] == "too_large"


def test_a_huge_line_is_not_kept_in_memory():
    # 300 MB of one line against a 1 MB limit: an error record, and the process stays small
    # (its peak RSS is read by a wrapper that waits for it: getrusage(RUSAGE_CHILDREN)).
    size = 300 << 20
    script = (f"import sys; w=sys.stdout.buffer; w.write(b'{{\"source\": \"'); "
              f"[w.write(b'a' * (1 << 20)) for _ in range({size >> 20})]; w.write(b'\"}}\\n'); "
              f"w.write(b'{{\"id\": 2, \"source\": \"ok\"}}\\n')")
    wrapper = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); "
               "sys.exit(r.returncode)")
    gen = subprocess.Popen(["/usr/bin/python3", "-c", script], stdout=subprocess.PIPE)
    r = subprocess.run(["/usr/bin/python3", "-c", wrapper, cli_path(), "render", "--jsonl", "--max-line-bytes",
                        str(1 << 20)], stdin=gen.stdout, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    gen.stdout.close()
    assert gen.wait() == 0
    assert r.returncode == 0
    recs = records(r.stdout)
    assert [x["ok"] for x in recs] == [False, True]
    assert recs[0]["error"]["code"] == "too_large"
    max_kib = int(r.stderr.decode().strip().splitlines()[-1])
    assert max_kib < 100 * 1024, max_kib


def test_invalid_utf8_and_malformed_records():
    good = line(id=1, source=MD).encode()
    bad_utf8 = b'{"id": 2, "source": "Ti\xff\xfeu \xc3"}'
    not_object = b'[1, 2]'
    truncated = b'{"id": 4, "source": "abc'
    no_source = b'{"id": 5}'
    nul = b'{"id": 6, "source": "a\x00b"}'
    lone_surrogate = b'{"id": 7, "source": "a\\udcffb"}'  # an escape that is no character
    data = b"\n".join([good, bad_utf8, not_object, truncated, no_source, nul, lone_surrogate, good]) + b"\n"
    code, out, err = batch([], input_bytes=data)
    assert code == 0
    recs = records(out)
    assert len(recs) == 8  # records out = records in
    assert [r["ok"] for r in recs] == [True, False, False, False, False, False, False, True]
    assert recs[1]["error"]["code"] == "invalid_input" and "UTF-8" in recs[1]["error"]["message"]
    assert "byte" in recs[1]["error"]["message"] and recs[1]["id"] == 2
    assert recs[2]["error"]["message"] == "expected a JSON object"
    assert recs[3]["error"]["code"] == "invalid_input"
    assert recs[4]["error"]["message"] == "field 'source': expected a string"
    assert recs[6]["error"]["code"] == "invalid_input" and "surrogate" in recs[6]["error"]["message"]
    assert recs[6]["id"] == 7
    assert "6 failed" in err
    # every output line is valid UTF-8 JSON
    out.decode("utf-8")


def test_gzip_input_and_output(tmp_path):
    lines = [line(id=i, source=MD, to="text") for i in range(50)] + ["", "{broken"]
    plain = ("\n".join(lines) + "\n").encode()
    gz_in = tmp_path / "in.jsonl.gz"
    gz_in.write_bytes(gzip.compress(plain))
    code, expected, _ = batch([], input_bytes=plain)
    assert code == 0 and len(records(expected)) == 51
    # gzip input is detected, by name or not
    run_cli("render", "--jsonl", gz_in, "-o", tmp_path / "a.jsonl")
    assert (tmp_path / "a.jsonl").read_bytes() == expected
    code, out, _ = batch([], input_bytes=gzip.compress(plain))
    assert out == expected
    # gzip output: by name, or --gzip on stdout
    run_cli("render", "--jsonl", gz_in, "-o", tmp_path / "b.jsonl.gz")
    assert gzip.decompress((tmp_path / "b.jsonl.gz").read_bytes()) == expected
    code, out, _ = batch([], "--gzip", input_bytes=plain)
    assert code == 0 and gzip.decompress(out) == expected
    # concatenated gzip members (parts joined with cat) read as one input
    code, out, _ = batch([], input_bytes=gzip.compress(plain) + gzip.compress(plain))
    assert out == expected + expected.replace(b'"input_line":52', b'"input_line":104').replace(
        b'"id":52', b'"id":104')


def test_corrupt_gzip_is_reported(tmp_path):
    lines = [line(id=i, source=MD, to="text") for i in range(200)]
    data = gzip.compress(("\n".join(lines) + "\n").encode())
    code, out, err = batch([], input_bytes=data[: len(data) // 2])
    assert code == 2
    assert "read error" in err
    recs = records(out)
    assert 0 < len(recs) < 200  # what was read is rendered, and the run says it stopped early


def test_output_file_errors(tmp_path):
    r = run_cli("render", "--jsonl", "-o", tmp_path / "no" / "such" / "dir.jsonl", input=b"", check=False)
    assert r.returncode == 2 and b"cannot create" in r.stderr
    r = run_cli("render", "--jsonl", tmp_path / "missing.jsonl", check=False)
    assert r.returncode == 2 and b"cannot open" in r.stderr
    if os.path.exists("/dev/full"):
        r = subprocess.run([cli_path(), "render", "--jsonl", "-o", "/dev/full"],
                           input=(line(source=MD) + "\n").encode() * 200, capture_output=True)
        assert r.returncode == 2 and b"write error" in r.stderr


def test_threads_give_the_same_records():
    lines = [line(id=i, source=MD * (1 + i % 5), to=["html", "counts"] if i % 2 else "json") for i in range(300)]
    _, one, _ = batch(lines, "-j", "1")
    _, four, _ = batch(lines, "-j", "4")
    assert one == four and len(records(one)) == 300
