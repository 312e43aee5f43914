"""The C API of libbaiviet through ctypes (internal).

ctypes is the standard library's foreign-function interface: nothing to
compile at import, and every foreign call releases the GIL, so articles render
in parallel from many Python threads. The library is found, in this order, at
$BAIVIET_LIBRARY, next to this file (the copy the package ships), then where
the system's loader finds ``libbaiviet.so.0``.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
from ctypes import POINTER, byref, c_char_p, c_double, c_int, c_int64, c_size_t, c_uint, c_void_p
from pathlib import Path

from ._errors import Error


def _candidates():
    env = os.environ.get("BAIVIET_LIBRARY")
    if env:
        yield env
        return
    here = Path(__file__).resolve().parent
    for name in ("libbaiviet.so", "libbaiviet.so.0", "libbaiviet.dylib"):
        if (here / name).exists():
            yield str(here / name)
    found = ctypes.util.find_library("baiviet")
    if found:
        yield found
    yield "libbaiviet.so.0"


def _load() -> ctypes.CDLL:
    errors = []
    for path in _candidates():
        try:
            return ctypes.CDLL(path)
        except OSError as e:
            errors.append(f"{path}: {e}")
    raise ImportError("baiviet: cannot load the native library libbaiviet (" + "; ".join(errors) +
                      "); reinstall the package or set BAIVIET_LIBRARY to a libbaiviet.so")


lib = _load()
LIBRARY_PATH = getattr(lib, "_name", "")

_out = POINTER(c_void_p)
_len = POINTER(c_size_t)


class ExcerptInfo(ctypes.Structure):
    _fields_ = [("truncated", c_int), ("ellipsis", c_int), ("graphemes", c_size_t), ("words", c_size_t)]


class ReadingTime(ctypes.Structure):
    _fields_ = [("words", c_size_t), ("images", c_size_t), ("seconds", c_size_t), ("minutes", c_size_t),
                ("label", c_void_p)]


class TextCounts(ctypes.Structure):
    _fields_ = [("graphemes", c_size_t), ("code_points", c_size_t), ("words", c_size_t), ("sentences", c_size_t)]


class CommentStatus(ctypes.Structure):
    _fields_ = [("used", c_size_t), ("min", c_size_t), ("max", c_size_t), ("remaining", c_size_t),
                ("valid", c_int), ("too_short", c_int), ("too_long", c_int), ("counter", c_void_p),
                ("message", c_void_p)]


def _sig(name, restype, *argtypes):
    f = getattr(lib, name)
    f.restype = restype
    f.argtypes = list(argtypes)


_R = c_void_p  # baiviet_renderer*
_A = c_void_p  # baiviet_article*
_F = c_void_p  # baiviet_formatter*

_sig("baiviet_version", c_char_p)
_sig("baiviet_status_name", c_char_p, c_int)
_sig("baiviet_last_error", c_char_p)
_sig("baiviet_free", None, c_void_p)
_sig("baiviet_option_schema", c_int, _out, _len)

_sig("baiviet_renderer_new", _R)
_sig("baiviet_renderer_free", None, _R)
_sig("baiviet_renderer_set_option", c_int, _R, c_char_p, c_char_p, c_size_t)
_sig("baiviet_renderer_error", c_char_p, _R)
_sig("baiviet_renderer_error_line", c_size_t, _R)
_sig("baiviet_render", c_int, _R, c_char_p, c_size_t, _out, _len)
_sig("baiviet_detect_format", c_int, c_char_p, c_size_t)
_sig("baiviet_parse", c_int, _R, c_char_p, c_size_t, POINTER(_A))
_sig("baiviet_article_free", None, _A)
_sig("baiviet_article_render", c_int, _A, _R, _out, _len)
_sig("baiviet_article_json", c_int, _A, c_uint, _out, _len)
_sig("baiviet_article_warning_count", c_size_t, _A)
_sig("baiviet_article_warning", c_char_p, _A, c_size_t)
_sig("baiviet_article_warning_line", c_size_t, _A, c_size_t)
_sig("baiviet_article_excerpt", c_int, _A, _R, c_size_t, c_uint, _out, _len, POINTER(ExcerptInfo))
_sig("baiviet_excerpt", c_int, _R, c_int, c_char_p, c_size_t, c_size_t, c_uint, _out, _len, POINTER(ExcerptInfo))
_sig("baiviet_article_reading_options", c_int, _A, _R, POINTER(ReadingTime))
_sig("baiviet_article_counts", c_int, _A, POINTER(TextCounts))
_sig("baiviet_render_record", c_int, _R, c_char_p, c_size_t, c_size_t, c_size_t, _out, _len, POINTER(c_int))

_sig("baiviet_formatter_new", _F)
_sig("baiviet_formatter_free", None, _F)
_sig("baiviet_formatter_set_flags", c_int, _F, c_uint)
_sig("baiviet_formatter_set_fraction_digits", c_int, _F, c_int, c_int)
_sig("baiviet_formatter_set_significant_digits", c_int, _F, c_int, c_int)
_sig("baiviet_formatter_set_rounding", c_int, _F, c_int)
_sig("baiviet_formatter_set_time_zone", c_int, _F, c_char_p, c_size_t)
_sig("baiviet_formatter_set_words_fraction_digits", c_int, _F, c_int)
_sig("baiviet_formatter_error", c_char_p, _F)
_sig("baiviet_format_number", c_int, _F, c_double, _out, _len)
_sig("baiviet_format_numbers", c_int, _F, POINTER(c_double), c_size_t, _out, _len)
_sig("baiviet_format_percent", c_int, _F, c_double, _out, _len)
_sig("baiviet_format_money", c_int, _F, c_double, c_char_p, c_size_t, _out, _len)
_sig("baiviet_format_money_news", c_int, _F, c_double, _out, _len)
_sig("baiviet_format_compact", c_int, _F, c_double, _out, _len)
_sig("baiviet_format_unit", c_int, _F, c_double, c_char_p, c_size_t, _out, _len)
_sig("baiviet_format_words", c_int, _F, c_double, _out, _len)
_sig("baiviet_format_money_words", c_int, _F, c_double, _out, _len)
_sig("baiviet_format_date", c_int, _F, c_int64, c_int, _out, _len)
_sig("baiviet_format_date_iso", c_int, _F, c_char_p, c_size_t, c_int, _out, _len)
_sig("baiviet_format_relative", c_int, _F, c_int64, c_int64, _out, _len)
_sig("baiviet_parse_number", c_int, _F, c_char_p, c_size_t, POINTER(c_double), POINTER(c_int))

_sig("baiviet_slugify", c_int, c_char_p, c_size_t, c_size_t, ctypes.c_char, _out, _len)
_sig("baiviet_fold_for_search", c_int, c_char_p, c_size_t, _out, _len)
_sig("baiviet_normalize", c_int, c_char_p, c_size_t, c_uint, _out, _len)
_sig("baiviet_count_text", c_int, c_char_p, c_size_t, POINTER(TextCounts))
_sig("baiviet_reading_time_text", c_int, c_char_p, c_size_t, c_size_t, c_uint, POINTER(ReadingTime))
_sig("baiviet_comment_status_of", c_int, c_char_p, c_size_t, c_size_t, c_size_t, POINTER(CommentStatus))

# Flags of baiviet.h used here (the option flags are set by name through the schema).
RENDER_JSON_COMPACT = 1 << 13
RENDER_JSON_INLINES = 1 << 14
EXCERPT_ARTICLE, EXCERPT_TEXT, EXCERPT_HTML = 0, 1, 2
EXCERPT_WORDS, EXCERPT_SENTENCES = 1 << 0, 1 << 1
EXCERPT_FROM_SAPO, EXCERPT_FROM_BODY, EXCERPT_TO_HTML = 1 << 2, 1 << 3, 1 << 4
FROM_MARKDOWN, FROM_TEXT = 1, 2


def status_name(status: int) -> str:
    return lib.baiviet_status_name(status).decode()


def utf8(text, what: str = "text") -> bytes:
    """str → UTF-8 (lone surrogates pass through as ill-formed bytes, which the
    library replaces with U+FFFD and a warning); bytes are taken as they are."""
    if isinstance(text, str):
        return text.encode("utf-8", "surrogatepass")
    if isinstance(text, (bytes, bytearray, memoryview)):
        return bytes(text)
    raise Error("invalid_argument", f"{what} must be a str (or UTF-8 bytes), not {type(text).__name__}")


def take(ptr: c_void_p, n: c_size_t) -> str:
    """Decodes and frees an owned output string."""
    try:
        return ctypes.string_at(ptr.value, n.value).decode("utf-8")
    finally:
        lib.baiviet_free(ptr)


def take_bytes(ptr: c_void_p, n: c_size_t) -> bytes:
    try:
        return ctypes.string_at(ptr.value, n.value)
    finally:
        lib.baiviet_free(ptr)


def take_cstr(ptr) -> str:
    if not ptr:
        return ""
    try:
        return ctypes.string_at(ptr).decode("utf-8")
    finally:
        lib.baiviet_free(ptr)


def thread_error(status: int) -> Error:
    return Error(status_name(status), lib.baiviet_last_error().decode("utf-8", "replace"))


def check_thread(status: int) -> None:
    if status != 0:
        raise thread_error(status)


__all__ = ["lib", "byref", "c_void_p", "c_size_t", "c_int", "c_double", "Error"]
