"""The Python API: render, parse → Article, excerpt, format, text, errors,
memory and threads."""
import gc
import json
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

import baiviet
from baiviet import format, text
from conftest import FIXTURES, article_files

MD = ("---\ntitle: Thu hút 36 dự án đầu tư mới\ndate: 2025-04-21T22:21:00+07:00\n---\n"
      "**Tổng vốn đầu tư trên 13.596 tỷ đồng.**\n\n## Chi tiết\n\nTăng 122,2% so với cùng kỳ. Câu thứ hai ở đây.\n")


def test_render_outputs():
    html = baiviet.render(MD)
    assert html.startswith('<article class="bv-article">')
    assert 'id="chi-tiet"' in html
    assert json.loads(baiviet.render(MD, to="json"))["title"] == "Thu hút 36 dự án đầu tư mới"
    assert "Thu hút 36 dự án" in baiviet.render(MD, to="text")
    assert json.loads(baiviet.render(MD, to="jsonld"))["@type"] == "NewsArticle"
    assert 'id="bv-chi-tiet"' in baiviet.render(MD, id_prefix="bv-")
    assert '<nav class="bv-toc"' in baiviet.render(MD, toc=True)
    assert baiviet.render(MD, full_page=True).startswith("<!DOCTYPE html>")
    assert baiviet.render(MD, to="json", pretty=False).count("\n") <= 1


def test_options_are_checked():
    with pytest.raises(baiviet.Error) as e:
        baiviet.render(MD, tocc=True)
    assert e.value.code == "invalid_argument" and "tocc" in e.value.message
    with pytest.raises(baiviet.Error, match="from"):
        baiviet.render(MD, **{"from": "markdown"})  # the Python name is format=
    with pytest.raises(baiviet.Error, match="True or False"):
        baiviet.render(MD, toc=1)
    with pytest.raises(baiviet.Error, match="toc_max_level"):
        baiviet.render(MD, toc_max_level=9)
    with pytest.raises(baiviet.Error, match="int"):
        baiviet.render(MD, toc_max_level=True)
    with pytest.raises(baiviet.Error, match="one of"):
        baiviet.render(MD, to="pdf")
    with pytest.raises(baiviet.Error, match="one of"):
        baiviet.render(MD, format="docx")
    with pytest.raises(baiviet.Error, match="not an option of this call"):
        baiviet.render(MD, limit=5)
    with pytest.raises(baiviet.Error, match="parse option"):
        baiviet.parse(MD).render(gfm=False)
    with pytest.raises(baiviet.Error, match="rendering option"):
        baiviet.parse(MD, toc=True)
    # None means the default
    assert baiviet.render(MD, toc=None) == baiviet.render(MD)


def test_errors_carry_code_message_line():
    with pytest.raises(baiviet.Error) as e:
        baiviet.render("---\ntitle: [unclosed\n---\nx\n")
    assert e.value.code == "front_matter"
    assert e.value.line == 3  # where YAML finds the flow sequence unclosed, as the CLI reports it
    assert "front matter" in e.value.message
    with pytest.raises(baiviet.Error) as e:
        baiviet.render("x" * 100, max_input_bytes=10)
    assert e.value.code == "too_large"
    assert isinstance(e.value, Exception)
    with pytest.raises(baiviet.Error):
        baiviet.render(12)


def test_parse_once_render_many():
    with baiviet.parse(MD, format="markdown") as a:
        assert a.render() == baiviet.render(MD)
        assert a.render(to="json") == baiviet.render(MD, to="json")
        assert a.render(toc=True, id_prefix="x-") == baiviet.render(MD, toc=True, id_prefix="x-")
        d = a.to_dict()
        assert d["title"] == "Thu hút 36 dự án đầu tư mới"
        assert d == json.loads(a.render(to="json"))
        assert "content" in a.to_dict(inlines=True)["body"][0]
        c = a.counts()
        assert c.words > 10 and c.sentences >= 2
        assert a.reading_time().label.endswith("phút đọc")
        assert a.reading_time(words_per_minute=10).minutes > a.reading_time().minutes
        x = a.excerpt(limit=20)
        assert x.truncated and x.graphemes <= 20
        assert a.warnings == []
    assert a.closed
    with pytest.raises(baiviet.Error, match="closed"):
        a.render()
    a.close()  # idempotent


def test_warnings_from_bad_utf8():
    a = baiviet.parse(b"# Ti\xff\xfe\xc3\n\nN\xe1\xbb\x99i dung.\n")
    assert a.warnings and "UTF-8" in a.warnings[0].message
    assert "\ufffd" in a.render()
    # lone surrogates in a str reach the library as ill-formed UTF-8: replaced, with a warning
    b = baiviet.parse("# Ti\udcffêu đề\n")
    assert b.warnings and "\ufffd" in b.to_dict()["title"]


def test_excerpt_of_text_article_html_plain():
    whole = baiviet.excerpt(MD, limit=0)
    assert not whole.truncated
    assert baiviet.excerpt(MD, limit=30).text == baiviet.parse(MD).excerpt(limit=30).text
    assert baiviet.excerpt(MD, limit=5, unit="words").words <= 6
    assert baiviet.excerpt(MD, source="body", limit=0).text.startswith("Chi tiết") or \
        "Tăng 122,2%" in baiviet.excerpt(MD, source="body", limit=0).text
    assert baiviet.excerpt(MD, source="sapo", limit=0).text == "Tổng vốn đầu tư trên 13.596 tỷ đồng."
    html = baiviet.excerpt("<p>Một <b>hai</b> ba bốn năm sáu.</p>", format="html", limit=8, to="html")
    assert html.truncated and "<b>" in html.text
    plain = baiviet.excerpt("Một hai ba bốn năm sáu bảy tám chín mười.", format="plain", limit=3, unit="words",
                            ellipsis="...")
    assert plain.text.endswith("...") and plain.ellipsis
    r = baiviet.excerpt(MD, reading_time=True)
    assert r.reading_time is not None and r.reading_time.label.endswith("phút đọc")
    with pytest.raises(baiviet.Error):
        baiviet.excerpt(MD, unit="letters")
    with pytest.raises(baiviet.Error):
        baiviet.excerpt(MD, format="pdf")
    with pytest.raises(baiviet.Error, match="apply only"):
        baiviet.excerpt("<p>x</p>", format="html", gfm=False)
    with pytest.raises(baiviet.Error):
        baiviet.excerpt(MD, limit=-1)


def test_detect_format_and_version():
    assert baiviet.detect_format(MD) == "markdown"
    assert baiviet.detect_format((FIXTURES / "samples" / "son-la-ky-3.txt").read_text()) == "text"
    assert baiviet.version() == baiviet.__version__
    assert baiviet.__version__.count(".") == 2


def test_format():
    assert format.number(2617) == "2.617"
    assert format.numbers([2617, 0.5]) == ["2.617", "0,5"]
    assert format.numbers([]) == []
    assert format.percent(1.222) == "122,2%"
    assert format.money(1500000) == "1.500.000\u00a0₫"
    assert format.money_news(1.5e9) == "1,5 tỷ đồng"
    assert format.compact(1234) == "1,2 nghìn"
    assert format.unit(3200, "hectare") == "3.200 ha"
    assert format.words(1000005) == "một triệu không trăm lẻ năm"
    assert format.money_words(1500000) == "một triệu năm trăm nghìn đồng"
    assert format.date(1709170200000) == "Thứ Năm, 29/02/2024, 08:30"
    assert format.date("2021-01-21", style="administrative") == "ngày 21 tháng 01 năm 2021"
    assert format.number(2021, grouping=False) == "2021"
    assert format.number(1.23456, max_fraction_digits=2) == "1,23"
    import datetime as dt
    tz = dt.timezone(dt.timedelta(hours=7))
    assert format.date(dt.datetime(2024, 2, 29, 8, 30, tzinfo=tz)) == "Thứ Năm, 29/02/2024, 08:30"
    now = dt.datetime(2024, 2, 29, 12, 0, tzinfo=tz)
    assert format.relative(now - dt.timedelta(hours=3), now) == "3 giờ trước"
    p = format.parse_number("122,2%")
    assert p.kind == "percent" and abs(p.value - 1.222) < 1e-12
    with pytest.raises(baiviet.Error) as e:
        format.number(float("nan"))
    assert e.value.code == "invalid_argument"
    with pytest.raises(baiviet.Error):
        format.date(dt.datetime(2024, 1, 1))  # naive
    with pytest.raises(baiviet.Error):
        format.number("12")


def test_text():
    assert text.slugify("Thực hiện với bước đi chắc chắn") == "thuc-hien-voi-buoc-di-chac-chan"
    assert text.fold_for_search("Đảng bộ tỉnh") == "dang bo tinh"
    assert text.normalize("Ðà Nẵng") == "Đà Nẵng"
    assert text.normalize("hoà", tones="modern") == "hòa"
    c = text.count("Xin chào. Tạm biệt!")
    assert c.words == 4 and c.sentences == 2
    assert text.reading_time("một " * 740).minutes == 2
    s = text.comment_status("Hay quá")
    assert s.valid and s.counter == "Bạn còn 493/500 ký tự"
    bad = text.comment_status("Yến!")
    assert bad.too_short and bad.message == "Bạn vui lòng nhập từ 5 ký tự trở lên"


def test_tables_of_cases_through_python():
    # The shared fixture tables, through the Python API (the C++ and JS suites read the same files).
    slugs = json.loads((FIXTURES / "text" / "slugs.json").read_text())["cases"]
    for case in slugs:
        assert text.slugify(case["in"], max_length=case.get("max_length", 0)) == case["out"], case
    counts = json.loads((FIXTURES / "text" / "counts.json").read_text())["cases"]
    for case in counts:
        c = text.count(case["text"])
        assert (c.graphemes, c.code_points, c.words, c.sentences) == \
            (case["graphemes"], case["code_points"], case["words"], case["sentences"]), case
    assert len(slugs) >= 10 and len(counts) >= 5


def test_articles_are_freed():
    # Parsing many articles without close() must not grow memory without bound: the GC frees them.
    import resource
    big = MD * 50
    for _ in range(200):
        baiviet.parse(big)
    gc.collect()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for _ in range(2000):
        baiviet.parse(big)
    gc.collect()
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert after - before < 50_000, (before, after)  # KiB


def _jobs():
    files = article_files()
    sources = [p.read_text(encoding="utf-8") for p in files]
    jobs = []
    for i, s in enumerate(sources):
        jobs.append(("render", s, {"to": ["html", "json", "text", "jsonld"][i % 4], "toc": i % 3 == 0}))
        jobs.append(("excerpt", s, {"limit": 60 + i % 50}))
    return jobs


def _run(job):
    kind, s, o = job
    if kind == "render":
        return baiviet.render(s, **o)
    with baiviet.parse(s) as a:
        return (a.excerpt(**o).text, a.counts(), a.reading_time().label, a.render(to="text"))


def test_threads_give_the_serial_results():
    jobs = _jobs()
    assert len(jobs) >= 8
    serial = [_run(j) for j in jobs]
    with ThreadPoolExecutor(max_workers=8) as pool:
        parallel = list(pool.map(_run, jobs * 3))
    assert parallel == serial * 3


def test_one_article_shared_by_threads():
    with baiviet.parse(MD * 20) as a:
        expected = a.render(toc=True)
        with ThreadPoolExecutor(max_workers=8) as pool:
            got = list(pool.map(lambda _: a.render(toc=True), range(200)))
        assert got == [expected] * 200


def test_close_waits_for_running_calls():
    a = baiviet.parse(MD * 2000)
    started = threading.Event()
    results = []

    def work():
        started.set()
        try:
            for _ in range(20):
                results.append(len(a.render()))
        except baiviet.Error as e:
            results.append(e.code)

    t = threading.Thread(target=work)
    t.start()
    started.wait()
    a.close()
    t.join()
    # Every call either completed on a live article or was refused: never a use after free.
    assert results and all(r == results[0] or r == "invalid_argument" for r in results)


def test_gil_is_released():
    # While one thread is inside a long native render, another thread keeps running Python code.
    # If the call held the GIL, this thread would stall for the whole render: its longest pause
    # would be about the render's duration (seen with ctypes.PyDLL: 2.6 s of 2.7 s). Released,
    # its pauses are the OS scheduler's (milliseconds, some 100 ms on a loaded machine).
    import time
    big = MD * 20000
    done = threading.Event()
    box = {}

    def work():
        box["html"] = baiviet.render(big)
        done.set()

    t = threading.Thread(target=work)
    t0 = last = time.perf_counter()
    longest = 0.0
    t.start()
    while not done.is_set():
        now = time.perf_counter()
        longest = max(longest, now - last)
        last = now
    elapsed = time.perf_counter() - t0
    t.join()
    assert box["html"].startswith("<article")
    assert elapsed > 0.3, "the render was too short to tell"
    assert longest < 0.5 * elapsed, (longest, elapsed)
