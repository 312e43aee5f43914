"""Vietnamese formatting through the C formatter API (ICU, locale "vi").

    >>> from baiviet import format
    >>> format.number(2617), format.percent(1.222), format.money_news(1.5e9)
    ('2.617', '122,2%', '1,5 tỷ đồng')

Non-finite numbers raise baiviet.Error("invalid_argument").
"""
from __future__ import annotations

import datetime as _dt
import math
from ctypes import byref, c_double, c_int, c_size_t, c_void_p
from dataclasses import dataclass
from typing import Any, Iterable, List, Optional, Union

from . import _native as n
from ._errors import Error

__all__ = ["number", "numbers", "percent", "money", "money_news", "compact", "unit", "words", "money_words",
           "date", "relative", "parse_number", "ParsedNumber"]

_ROUNDING = {"half_up": 0, "half_even": 1, "half_down": 2, "up": 3, "down": 4, "ceiling": 5, "floor": 6}
_DATE_STYLES = {"dateline": 0, "administrative": 1, "short_date": 2, "padded_date": 3, "day_month": 4,
                "time": 5, "date_time": 6, "iso8601": 7, "iso_date": 8}
_NO_GROUPING, _SHORT, _LINH, _NGAN, _TI, _CAPITALIZE, _WEEKDAY_LOWER, _RELATIVE_NUMERIC = (1 << i for i in range(8))
_KINDS = {0: "number", 1: "percent", 2: "money", 3: "measure"}


@dataclass(frozen=True)
class ParsedNumber:
    value: float
    kind: str  #: "number", "percent", "money" or "measure"


def _bool(name: str, v: Any) -> bool:
    if not isinstance(v, bool):
        raise Error("invalid_argument", f"{name} must be True or False")
    return v


def _int(name: str, v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        raise Error("invalid_argument", f"{name} must be an int")
    return v


def _num(fn: str, v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise Error("invalid_argument", f"format.{fn}: expected a number, got {type(v).__name__}")
    return float(v)


class _Formatter:
    """A baiviet_formatter with one call's options (ICU objects are cached per thread by the library)."""

    def __init__(self, fn: str, *, min_fraction_digits: Optional[int] = None, max_fraction_digits: Optional[int] = None,
                 min_significant_digits: Optional[int] = None, max_significant_digits: Optional[int] = None,
                 grouping: bool = True, rounding: str = "half_up", style: str = "long", linh: bool = False,
                 ngan: bool = False, ti: bool = False, capitalize: bool = False,
                 words_fraction_digits: Optional[int] = None, time_zone: Optional[str] = None,
                 weekday: str = "title", always_numeric: bool = False) -> None:
        self.ptr = n.lib.baiviet_formatter_new()
        if not self.ptr:
            raise Error("out_of_memory", "cannot create a formatter")
        try:
            flags = 0
            if not _bool("grouping", grouping):
                flags |= _NO_GROUPING
            if style not in ("long", "short"):
                raise Error("invalid_argument", f"style must be 'long' or 'short' (got {style!r})")
            flags |= _SHORT if style == "short" else 0
            flags |= _LINH if _bool("linh", linh) else 0
            flags |= _NGAN if _bool("ngan", ngan) else 0
            flags |= _TI if _bool("ti", ti) else 0
            flags |= _CAPITALIZE if _bool("capitalize", capitalize) else 0
            if weekday not in ("title", "lower"):
                raise Error("invalid_argument", f"weekday must be 'title' or 'lower' (got {weekday!r})")
            flags |= _WEEKDAY_LOWER if weekday == "lower" else 0
            flags |= _RELATIVE_NUMERIC if _bool("always_numeric", always_numeric) else 0
            self.check(n.lib.baiviet_formatter_set_flags(self.ptr, flags))
            if min_fraction_digits is not None or max_fraction_digits is not None:
                lo = -1 if min_fraction_digits is None else _int("min_fraction_digits", min_fraction_digits)
                hi = -1 if max_fraction_digits is None else _int("max_fraction_digits", max_fraction_digits)
                self.check(n.lib.baiviet_formatter_set_fraction_digits(self.ptr, lo, hi))
            if min_significant_digits is not None or max_significant_digits is not None:
                lo = 1 if min_significant_digits is None else _int("min_significant_digits", min_significant_digits)
                hi = 999 if max_significant_digits is None else _int("max_significant_digits", max_significant_digits)
                self.check(n.lib.baiviet_formatter_set_significant_digits(self.ptr, lo, hi))
            if rounding not in _ROUNDING:
                raise Error("invalid_argument", f"rounding must be one of {', '.join(_ROUNDING)} (got {rounding!r})")
            self.check(n.lib.baiviet_formatter_set_rounding(self.ptr, _ROUNDING[rounding]))
            if words_fraction_digits is not None:
                self.check(n.lib.baiviet_formatter_set_words_fraction_digits(
                    self.ptr, _int("max_fraction_digits", words_fraction_digits)))
            if time_zone is not None:
                if not isinstance(time_zone, str):
                    raise Error("invalid_argument", "time_zone must be a str")
                z = time_zone.encode()
                self.check(n.lib.baiviet_formatter_set_time_zone(self.ptr, z, len(z)))
        except BaseException:
            self.close()
            raise

    def check(self, status: int) -> None:
        if status:
            raise Error(n.status_name(status), n.lib.baiviet_formatter_error(self.ptr).decode("utf-8", "replace"))

    def text(self, fn, *args) -> str:
        out, size = c_void_p(), c_size_t()
        self.check(fn(self.ptr, *args, byref(out), byref(size)))
        return n.take(out, size)

    def close(self) -> None:
        if self.ptr:
            n.lib.baiviet_formatter_free(self.ptr)
            self.ptr = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def number(value: float, **options: Any) -> str:
    """2617 → "2.617". Options: min/max_fraction_digits, min/max_significant_digits, grouping, rounding."""
    with _Formatter("number", **options) as f:
        return f.text(n.lib.baiviet_format_number, _num("number", value))


def numbers(values: Iterable[float], **options: Any) -> List[str]:
    """Many numbers in one call: the strings number() gives."""
    vals = [_num("numbers", v) for v in values]
    if not vals:
        return []
    arr = (c_double * len(vals))(*vals)
    with _Formatter("numbers", **options) as f:
        out, size = c_void_p(), c_size_t()
        f.check(n.lib.baiviet_format_numbers(f.ptr, arr, len(vals), byref(out), byref(size)))
        return n.take(out, size).split("\0")[:-1]


def percent(ratio: float, **options: Any) -> str:
    """1.222 → "122,2%"."""
    with _Formatter("percent", **options) as f:
        return f.text(n.lib.baiviet_format_percent, _num("percent", ratio))


def money(amount: float, currency: str = "VND", **options: Any) -> str:
    """(1500000, "VND") → "1.500.000 ₫"."""
    c = currency.encode() if isinstance(currency, str) else None
    if c is None:
        raise Error("invalid_argument", "currency must be a str (an ISO 4217 code)")
    with _Formatter("money", **options) as f:
        return f.text(n.lib.baiviet_format_money, _num("money", amount), c, len(c))


def money_news(amount: float, **options: Any) -> str:
    """1.5e9 → "1,5 tỷ đồng"."""
    with _Formatter("money_news", **options) as f:
        return f.text(n.lib.baiviet_format_money_news, _num("money_news", amount))


def compact(value: float, style: str = "long", **options: Any) -> str:
    """1234 → "1,2 nghìn" (style="short": "1,2 N")."""
    with _Formatter("compact", style=style, **options) as f:
        return f.text(n.lib.baiviet_format_compact, _num("compact", value))


def unit(value: float, unit: str, **options: Any) -> str:
    """(3200, "hectare") → "3.200 ha"."""
    if not isinstance(unit, str):
        raise Error("invalid_argument", "unit must be a str")
    u = unit.encode()
    with _Formatter("unit", **options) as f:
        return f.text(n.lib.baiviet_format_unit, _num("unit", value), u, len(u))


def words(value: float, *, linh: bool = False, ngan: bool = False, ti: bool = False,
          max_fraction_digits: Optional[int] = None, capitalize: bool = False) -> str:
    """1000005 → "một triệu không trăm lẻ năm"."""
    with _Formatter("words", linh=linh, ngan=ngan, ti=ti, capitalize=capitalize,
                    words_fraction_digits=max_fraction_digits) as f:
        return f.text(n.lib.baiviet_format_words, _num("words", value))


def money_words(amount: float, *, linh: bool = False, ngan: bool = False, ti: bool = False,
                capitalize: bool = False) -> str:
    """1500000 → "một triệu năm trăm nghìn đồng"."""
    with _Formatter("money_words", linh=linh, ngan=ngan, ti=ti, capitalize=capitalize) as f:
        return f.text(n.lib.baiviet_format_money_words, _num("money_words", amount))


DateInput = Union[_dt.datetime, int, float, str]


def _epoch_ms(when: DateInput, fn: str) -> int:
    if isinstance(when, _dt.datetime):
        if when.tzinfo is None:
            raise Error("invalid_argument", f"format.{fn}: a naive datetime has no offset; give tzinfo")
        return int(round(when.timestamp() * 1000))
    if isinstance(when, bool) or not isinstance(when, (int, float)) or not math.isfinite(when):
        raise Error("invalid_argument", f"format.{fn}: expected a datetime, epoch milliseconds or ISO 8601 text")
    return int(when)


def date(when: DateInput, style: str = "dateline", *, time_zone: Optional[str] = None, weekday: str = "title") -> str:
    """A datetime (aware), epoch milliseconds or ISO 8601 text → "Thứ Năm, 29/02/2024, 08:30".

    Styles: dateline, administrative, short_date, padded_date, day_month, time,
    date_time, iso8601, iso_date. Times are shown in `time_zone` (default
    Asia/Ho_Chi_Minh); ISO text keeps the offset it was written with.
    """
    if style not in _DATE_STYLES:
        raise Error("invalid_argument", f"style must be one of {', '.join(_DATE_STYLES)} (got {style!r})")
    with _Formatter("date", time_zone=time_zone, weekday=weekday) as f:
        if isinstance(when, str):
            s = when.encode()
            return f.text(n.lib.baiviet_format_date_iso, s, len(s), _DATE_STYLES[style])
        return f.text(n.lib.baiviet_format_date, _epoch_ms(when, "date"), _DATE_STYLES[style])


def relative(when: Union[_dt.datetime, int, float], now: Union[_dt.datetime, int, float], *,
             time_zone: Optional[str] = None, always_numeric: bool = False, capitalize: bool = False) -> str:
    """"3 giờ trước", "hôm qua": `when` relative to `now` (aware datetimes or epoch milliseconds)."""
    with _Formatter("relative", time_zone=time_zone, always_numeric=always_numeric, capitalize=capitalize) as f:
        return f.text(n.lib.baiviet_format_relative, _epoch_ms(when, "relative"), _epoch_ms(now, "relative"))


def parse_number(text: str) -> ParsedNumber:
    """"2.617" → 2617.0 (number); "122,2%" → 1.222 (percent); "1,5 tỷ đồng" → 1.5e9 (money)."""
    data = n.utf8(text)
    with _Formatter("parse_number") as f:
        value, kind = c_double(), c_int()
        f.check(n.lib.baiviet_parse_number(f.ptr, data, len(data), byref(value), byref(kind)))
        return ParsedNumber(value.value, _KINDS.get(kind.value, "number"))
