"""Vietnamese text utilities: slugs, search folding, normalisation, counts,
reading time, the comment-box counter (through the C API; no handle)."""
from __future__ import annotations

from ctypes import byref, c_size_t, c_void_p
from dataclasses import dataclass
from typing import Union

from . import _native as n
from ._core import Counts, ReadingTime, _reading
from ._errors import Error

__all__ = ["slugify", "fold_for_search", "normalize", "count", "reading_time", "comment_status", "CommentStatus"]

_TONES = {"keep": 0, "modern": 1 << 4, "traditional": 1 << 5}


@dataclass(frozen=True)
class CommentStatus:
    used: int
    min: int
    max: int
    remaining: int
    valid: bool
    too_short: bool
    too_long: bool
    counter: str  #: "Bạn còn 495/500 ký tự"
    message: str  #: "" when valid


def _whole(name: str, v) -> int:
    if isinstance(v, bool) or not isinstance(v, int) or v < 0:
        raise Error("invalid_argument", f"{name} must be a whole number")
    return v


def _text(fn, *args) -> str:
    out, size = c_void_p(), c_size_t()
    n.check_thread(fn(*args, byref(out), byref(size)))
    return n.take(out, size)


def slugify(text: Union[str, bytes], max_length: int = 0, separator: str = "-") -> str:
    """"Thực hiện với bước đi chắc chắn" → "thuc-hien-voi-buoc-di-chac-chan" (max_length 0 = no limit)."""
    if not isinstance(separator, str) or len(separator) != 1 or not separator.isascii():
        raise Error("invalid_argument", "separator must be one ASCII character")
    data = n.utf8(text)
    return _text(n.lib.baiviet_slugify, data, len(data), _whole("max_length", max_length), separator.encode())


def fold_for_search(text: Union[str, bytes]) -> str:
    """"Đảng bộ tỉnh" → "dang bo tinh": lower case, no marks."""
    data = n.utf8(text)
    return _text(n.lib.baiviet_fold_for_search, data, len(data))


def normalize(text: Union[str, bytes], *, nfc: bool = True, lookalikes: bool = True, whitespace: bool = True,
              zero_width: bool = True, tones: str = "keep") -> str:
    """NFC, look-alike letters (Ð → Đ), white space, zero-width characters, tone-mark style."""
    flags = 0
    for bit, (name, v) in enumerate((("nfc", nfc), ("lookalikes", lookalikes), ("whitespace", whitespace),
                                     ("zero_width", zero_width))):
        if not isinstance(v, bool):
            raise Error("invalid_argument", f"{name} must be True or False")
        flags |= 0 if v else 1 << bit
    if tones not in _TONES:
        raise Error("invalid_argument", f"tones must be 'keep', 'modern' or 'traditional' (got {tones!r})")
    data = n.utf8(text)
    return _text(n.lib.baiviet_normalize, data, len(data), flags | _TONES[tones])


def count(text: Union[str, bytes]) -> Counts:
    """Graphemes, code points (of the NFC form), words (syllables) and sentences."""
    data = n.utf8(text)
    c = n.TextCounts()
    n.check_thread(n.lib.baiviet_count_text(data, len(data), byref(c)))
    return Counts(c.graphemes, c.code_points, c.words, c.sentences)


def reading_time(text: Union[str, bytes], images: int = 0, words_per_minute: int = 370) -> ReadingTime:
    """Reading time of plain text with `images` pictures ("2 phút đọc")."""
    wpm = _whole("words_per_minute", words_per_minute)
    if not 1 <= wpm <= 100000:
        raise Error("invalid_argument", "words_per_minute must be from 1 to 100000")
    data = n.utf8(text)
    rt = n.ReadingTime()
    n.check_thread(n.lib.baiviet_reading_time_text(data, len(data), _whole("images", images), wpm, byref(rt)))
    return _reading(rt)


def comment_status(text: Union[str, bytes], min: int = 5, max: int = 500) -> CommentStatus:
    """The comment box's state: graphemes used, remaining, validity, counter and message."""
    data = n.utf8(text)
    st = n.CommentStatus()
    n.check_thread(n.lib.baiviet_comment_status_of(data, len(data), _whole("min", min), _whole("max", max), byref(st)))
    counter, message = n.take_cstr(st.counter), n.take_cstr(st.message)
    return CommentStatus(st.used, st.min, st.max, st.remaining, bool(st.valid), bool(st.too_short),
                         bool(st.too_long), counter, message)
