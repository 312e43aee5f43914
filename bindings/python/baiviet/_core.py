"""render, parse, Article, excerpt (internal; import them from baiviet)."""
from __future__ import annotations

import json
import threading
import weakref
from ctypes import byref, c_int, c_size_t, c_void_p
from dataclasses import dataclass
from typing import Any, List, Optional, Union

from . import _native as n
from . import _options as opts
from ._errors import Error


@dataclass(frozen=True)
class ArticleWarning:
    """A problem found in the input that did not stop it (invalid UTF-8 replaced, nesting flattened …)."""
    message: str
    line: int  #: 1-based input line, 0 when unknown


@dataclass(frozen=True)
class ReadingTime:
    words: int
    images: int
    seconds: int
    minutes: int
    label: str  #: "6 phút đọc"


@dataclass(frozen=True)
class Counts:
    graphemes: int
    code_points: int
    words: int
    sentences: int


@dataclass(frozen=True)
class Excerpt:
    text: str
    truncated: bool
    ellipsis: bool
    graphemes: int
    words: int
    reading_time: Optional[ReadingTime] = None


def version() -> str:
    """Version of the native library (BAIVIET_VERSION_STRING)."""
    return n.lib.baiviet_version().decode()


def detect_format(source: Union[str, bytes]) -> str:
    """"markdown" or "text": what format="auto" reads `source` as."""
    data = n.utf8(source, "source")
    return "text" if n.lib.baiviet_detect_format(data, len(data)) == n.FROM_TEXT else "markdown"


def _reading(rt: n.ReadingTime) -> ReadingTime:
    return ReadingTime(rt.words, rt.images, rt.seconds, rt.minutes, n.take_cstr(rt.label))


def render(source: Union[str, bytes], /, to: str = "html", format: str = "auto", **options: Any) -> str:
    """Parses `source` and renders it: html, json (the model), text or jsonld.

    `format` is the input format: "markdown", "text" (copied from a news page)
    or "auto". Options are the schema's names in snake_case (toc=True,
    id_prefix="bv-", full_page=True …); unknown names raise baiviet.Error.
    """
    checked = opts.check(dict(options, to=to, format=format), opts.RENDER, "render")
    data = n.utf8(source, "source")
    with opts.Renderer(checked) as r:
        out, size = c_void_p(), c_size_t()
        r.check(n.lib.baiviet_render(r.ptr, data, len(data), byref(out), byref(size)))
        return n.take(out, size)


class Article:
    """A parsed article: render, excerpt and count it as often as needed, from
    any number of threads. Its memory is native: ``close()`` it (or use it as a
    context manager); otherwise it is freed when garbage-collected."""

    __slots__ = ("_ptr", "_lock", "_users", "_closing", "_finalizer", "_warnings", "__weakref__")

    def __init__(self, ptr: int) -> None:
        self._ptr = ptr
        self._lock = threading.Lock()
        self._users = 0
        self._closing = False
        self._finalizer = weakref.finalize(self, n.lib.baiviet_article_free, ptr)
        self._warnings: Optional[List[ArticleWarning]] = None

    # The handle is freed only when no thread is using it.
    def _acquire(self) -> int:
        with self._lock:
            if self._ptr is None or self._closing:
                raise Error("invalid_argument", "the article is closed")
            self._users += 1
            return self._ptr

    def _release(self) -> None:
        with self._lock:
            self._users -= 1
            if self._closing and self._users == 0:
                self._free()

    def _free(self) -> None:
        self._ptr = None
        self._finalizer()

    def close(self) -> None:
        """Frees the native article (idempotent). Calls still running finish first."""
        with self._lock:
            if self._ptr is None or self._closing:
                return
            self._closing = True
            if self._users == 0:
                self._free()

    @property
    def closed(self) -> bool:
        return self._ptr is None or self._closing

    def __enter__(self) -> "Article":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<baiviet.Article {'closed' if self.closed else 'open'}>"

    @property
    def warnings(self) -> List[ArticleWarning]:
        """Warnings found while parsing."""
        if self._warnings is None:
            p = self._acquire()
            try:
                self._warnings = [
                    ArticleWarning(n.lib.baiviet_article_warning(p, i).decode("utf-8", "replace"),
                            n.lib.baiviet_article_warning_line(p, i))
                    for i in range(n.lib.baiviet_article_warning_count(p))]
            finally:
                self._release()
        return list(self._warnings)

    def render(self, to: str = "html", **options: Any) -> str:
        """Renders the article: html, json, text or jsonld, with the rendering options (toc, full_page, pretty …)."""
        checked = opts.check(dict(options, to=to), opts.ARTICLE_RENDER, "Article.render",
                             hint={k: "a parse option: give it to baiviet.parse()" for k in opts.PARSE})
        with opts.Renderer(checked) as r:
            p = self._acquire()
            try:
                out, size = c_void_p(), c_size_t()
                r.check(n.lib.baiviet_article_render(p, r.ptr, byref(out), byref(size)))
                return n.take(out, size)
            finally:
                self._release()

    def to_dict(self, inlines: bool = False) -> dict:
        """The article model (the JSON model, see the README) as Python data."""
        if not isinstance(inlines, bool):
            raise Error("invalid_argument", "inlines must be True or False")
        flags = n.RENDER_JSON_COMPACT | (n.RENDER_JSON_INLINES if inlines else 0)
        p = self._acquire()
        try:
            out, size = c_void_p(), c_size_t()
            n.check_thread(n.lib.baiviet_article_json(p, flags, byref(out), byref(size)))
            return json.loads(n.take(out, size))
        finally:
            self._release()

    def excerpt(self, limit: int = 160, **options: Any) -> Excerpt:
        """Excerpt of the article (sapo if any, else the body): see baiviet.excerpt()."""
        return _excerpt_of(self, "auto", dict(options, limit=limit), {})

    def counts(self) -> Counts:
        """Graphemes, code points, words (syllables) and sentences of the text the reading time reads."""
        p = self._acquire()
        try:
            c = n.TextCounts()
            n.check_thread(n.lib.baiviet_article_counts(p, byref(c)))
            return Counts(c.graphemes, c.code_points, c.words, c.sentences)
        finally:
            self._release()

    def reading_time(self, **options: Any) -> ReadingTime:
        """Reading time ("6 phút đọc"); options words_per_minute (370), count_images (True)."""
        checked = opts.check(options, opts.READING, "Article.reading_time")
        with opts.Renderer(checked) as r:
            p = self._acquire()
            try:
                rt = n.ReadingTime()
                r.check(n.lib.baiviet_article_reading_options(p, r.ptr, byref(rt)))
                return _reading(rt)
            finally:
                self._release()


def parse(source: Union[str, bytes], /, format: str = "auto", **options: Any) -> Article:
    """Parses `source` once into an Article (format: "markdown", "text" or "auto";
    parse and text-import options by their schema names)."""
    checked = opts.check(dict(options, format=format), opts.PARSE, "parse",
                         hint={k: "a rendering option: give it to Article.render()" for k in opts.ARTICLE_RENDER})
    data = n.utf8(source, "source")
    with opts.Renderer(checked) as r:
        a = c_void_p()
        r.check(n.lib.baiviet_parse(r.ptr, data, len(data), byref(a)))
        return Article(a.value)


_UNITS = {"graphemes": 0, "words": n.EXCERPT_WORDS, "sentences": n.EXCERPT_SENTENCES}
_SOURCES = {"auto": 0, "sapo": n.EXCERPT_FROM_SAPO, "body": n.EXCERPT_FROM_BODY}


def _excerpt_of(source: Union[str, bytes, Article], fmt: str, excerpt_opts: dict, parse_opts: dict) -> Excerpt:
    checked = opts.check(excerpt_opts, opts.EXCERPT_ONLY, "excerpt")
    limit = 160
    flags = 0
    with_reading = False
    setters = {}
    for name, (spec, text) in checked.items():
        value = excerpt_opts[name]
        if name == "limit":
            if not spec["min"] <= value <= spec["max"]:
                raise Error("invalid_argument", f"limit must be an integer from {spec['min']} to {spec['max']}")
            limit = value
        elif name == "unit":
            flags |= _UNITS[value]
        elif name == "source":
            flags |= _SOURCES[value]
        elif name == "to":
            flags |= n.EXCERPT_TO_HTML if value == "html" else 0
        elif name == "reading_time":
            with_reading = value
        else:  # ellipsis, sentence_threshold, close_brackets: the renderer's excerpt options
            setters[name] = (spec, text)
    own: Optional[Article] = None
    if isinstance(source, Article):
        article = source
    elif fmt in ("auto", "markdown", "text"):
        own = article = parse(source, format=fmt, **parse_opts)
    else:
        article = None
    try:
        with opts.Renderer(setters) as r:
            out, size, info = c_void_p(), c_size_t(), n.ExcerptInfo()
            rt: Optional[ReadingTime] = None
            if article is not None:
                p = article._acquire()
                try:
                    r.check(n.lib.baiviet_article_excerpt(p, r.ptr, limit, flags, byref(out), byref(size), byref(info)))
                    text = n.take(out, size)
                    if with_reading:
                        raw = n.ReadingTime()
                        n.check_thread(n.lib.baiviet_article_reading(p, 0, byref(raw)))
                        rt = _reading(raw)
                finally:
                    article._release()
            else:
                data = n.utf8(source, "source")
                kind = n.EXCERPT_HTML if fmt == "html" else n.EXCERPT_TEXT
                r.check(n.lib.baiviet_excerpt(r.ptr, kind, data, len(data), limit, flags, byref(out), byref(size),
                                              byref(info)))
                text = n.take(out, size)
                if with_reading:
                    raw = n.ReadingTime()
                    n.check_thread(n.lib.baiviet_reading_time_text(data, len(data), 0, 0, byref(raw)))
                    rt = _reading(raw)
            return Excerpt(text, bool(info.truncated), bool(info.ellipsis), info.graphemes, info.words, rt)
    finally:
        if own is not None:
            own.close()


def excerpt(source: Union[str, bytes, Article], /, format: str = "auto", limit: int = 160, **options: Any) -> Excerpt:
    """Excerpt that never splits a grapheme, an entity, a number or a word.

    `source` is an Article, or text read as `format`: "auto", "markdown" or
    "text" (an article, parsed first), "html" (a fragment) or "plain". Options:
    unit ("graphemes", "words", "sentences"), source ("auto", "sapo", "body"),
    to ("text", "html"), ellipsis, sentence_threshold, close_brackets,
    reading_time (add the reading time), and for articles given as text the
    parse options.
    """
    from_spec = opts.EXCERPT["format"]
    if not isinstance(format, str) or format not in from_spec["choices"]:
        raise Error("invalid_argument", f"format must be one of {', '.join(map(repr, from_spec['choices']))} (got {format!r})")
    parse_names = {k for k in opts.EXCERPT if k not in opts.EXCERPT_ONLY and k != "format"}
    parse_opts = {k: v for k, v in options.items() if k in parse_names}
    excerpt_opts = {k: v for k, v in options.items() if k not in parse_names}
    excerpt_opts["limit"] = limit
    if parse_opts and (isinstance(source, Article) or format in ("html", "plain")):
        raise Error("invalid_argument", f"excerpt(): {', '.join(sorted(parse_opts))} apply only when an article is parsed")
    if isinstance(source, Article) and format != "auto":
        raise Error("invalid_argument", "excerpt(): format applies to text, not to an Article")
    return _excerpt_of(source, format, excerpt_opts, parse_opts)


def render_record(line: Union[str, bytes], input_line: int = 1, max_line_bytes: int = 64 << 20,
                  **defaults: Any) -> bytes:
    """One JSON Lines record of the batch format (as `baiviet render --jsonl`):
    the result line for `line`, without a line break. `defaults` (schema names
    in snake_case, format= for the input format) apply to every line unless it
    sets them itself."""
    return _records.render_one(line, input_line, max_line_bytes, defaults)[0]


class _Records:
    """Renders many records with one renderer (one per thread)."""

    def __init__(self) -> None:
        self._local = threading.local()

    def renderer(self, defaults: dict) -> opts.Renderer:
        key = tuple(sorted((k, repr(v)) for k, v in defaults.items()))
        cache = getattr(self._local, "cache", None)
        if cache is None or cache[0] != key:
            if cache is not None:
                cache[1].close()
            checked = opts.check(defaults, opts.RENDER, "render_record")
            cache = (key, opts.Renderer(checked))
            self._local.cache = cache
        return cache[1]

    def render_one(self, line: Union[str, bytes], input_line: int, max_line_bytes: int, defaults: dict):
        data = n.utf8(line, "line")
        r = self.renderer(defaults)
        out, size, ok = c_void_p(), c_size_t(), c_int()
        r.check(n.lib.baiviet_render_record(r.ptr, data, len(data), input_line, max_line_bytes, byref(out),
                                            byref(size), byref(ok)))
        return n.take_bytes(out, size), bool(ok.value)


_records = _Records()
