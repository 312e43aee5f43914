"""Options through the library's option schema (internal).

The schema (``baiviet_option_schema``, the same JSON as ``baiviet options
--json``) declares every option once; Python keyword names are its ``python``
field (the canonical snake_case name, except the input format ``from``, which
is ``format`` in Python). Values are handed to ``baiviet_renderer_set_option``
by canonical name, so the library checks ranges and choices; this module only
checks names and Python types, per call.
"""
from __future__ import annotations

import json
import math
from ctypes import byref, c_size_t, c_void_p
from typing import Any, Dict, Iterable, Mapping, Optional, Tuple

from . import _native as n
from ._errors import Error


def _load_schema() -> dict:
    out, size = c_void_p(), c_size_t()
    n.check_thread(n.lib.baiviet_option_schema(byref(out), byref(size)))
    return json.loads(n.take(out, size))


SCHEMA: dict = _load_schema()
OPTIONS: list = SCHEMA["options"]
CALL_GROUPS: Dict[str, list] = SCHEMA["calls"]


def python_names(groups: Iterable[str]) -> Dict[str, dict]:
    """Python name → spec for the options of these groups (first one wins, as the library looks them up)."""
    wanted = set(groups)
    found: Dict[str, dict] = {}
    for spec in OPTIONS:
        if spec["group"] in wanted and spec["python"] not in found:
            found[spec["python"]] = spec
    return found


# The keyword arguments each Python call accepts.
RENDER = python_names(CALL_GROUPS["render"])                 # render(): parse + render options
PARSE = python_names(CALL_GROUPS["parse"])                   # parse(): input, parse, import
ARTICLE_RENDER = python_names(["output", "html", "json"])    # Article.render(): rendering only
EXCERPT = python_names(CALL_GROUPS["excerpt"])               # excerpt(): parse, import, excerpt
EXCERPT_ONLY = {k: v for k, v in python_names(["excerpt"]).items() if k != "format"}  # Article.excerpt()
READING = python_names(CALL_GROUPS["reading_time"])          # reading_time()


def value_text(spec: dict, shown: str, value: Any) -> bytes:
    kind = spec["kind"]
    if kind == "flag":
        if not isinstance(value, bool):
            raise Error("invalid_argument", f"{shown} must be True or False, not {type(value).__name__}")
        return b"true" if value else b"false"
    if kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            raise Error("invalid_argument", f"{shown} must be an int, not {type(value).__name__}")
        return str(value).encode()
    if kind == "number":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise Error("invalid_argument", f"{shown} must be a number, not {type(value).__name__}")
        if not math.isfinite(value):
            raise Error("invalid_argument", f"{shown} must be a finite number")
        return repr(float(value)).encode()
    if not isinstance(value, str):
        raise Error("invalid_argument", f"{shown} must be a str, not {type(value).__name__}")
    if kind == "choice" and value not in spec["choices"]:
        raise Error("invalid_argument", f"{shown} must be one of {', '.join(map(repr, spec['choices']))} (got {value!r})")
    return value.encode("utf-8", "surrogatepass")


def check(options: Mapping[str, Any], allowed: Mapping[str, dict], call: str,
          hint: Optional[Mapping[str, str]] = None) -> Dict[str, Tuple[dict, bytes]]:
    """Checks keyword options against `allowed`; returns name → (spec, value text). None = the default."""
    out: Dict[str, Tuple[dict, bytes]] = {}
    for name, value in options.items():
        spec = allowed.get(name)
        if spec is None:
            extra = ""
            if hint and name in hint:
                extra = f" ({hint[name]})"
            elif name in RENDER or name in EXCERPT or name in READING:
                extra = " (not an option of this call)"
            raise Error("invalid_argument", f"{call}() got an unknown option {name!r}{extra}")
        if value is None:
            continue
        out[name] = (spec, value_text(spec, name, value))
    return out


class Renderer:
    """A baiviet_renderer handle holding one call's options (one per call: cheap, and no sharing between threads)."""

    __slots__ = ("ptr",)

    def __init__(self, options: Mapping[str, Tuple[dict, bytes]] = {}) -> None:
        self.ptr = n.lib.baiviet_renderer_new()
        if not self.ptr:
            raise Error("out_of_memory", "cannot create a renderer")
        for spec, text in options.values():
            self.set(spec["name"], text)

    def set(self, name: str, text: bytes) -> None:
        status = n.lib.baiviet_renderer_set_option(self.ptr, name.encode(), text, len(text))
        if status:
            raise self.error(status)

    def error(self, status: int) -> Error:
        return Error(n.status_name(status), n.lib.baiviet_renderer_error(self.ptr).decode("utf-8", "replace"),
                     n.lib.baiviet_renderer_error_line(self.ptr))

    def check(self, status: int) -> None:
        if status:
            raise self.error(status)

    def close(self) -> None:
        if self.ptr:
            n.lib.baiviet_renderer_free(self.ptr)
            self.ptr = None

    def __del__(self) -> None:  # a thread's cached renderer (render_record), or __init__ failed half-way
        try:
            self.close()
        except Exception:  # interpreter shutdown: the library may be gone already
            pass

    def __enter__(self) -> "Renderer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
