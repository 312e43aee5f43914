"""baiviet.Error: every failure of the package."""
from __future__ import annotations


class Error(Exception):
    """A failure of baiviet.

    ``code`` is the library's status name: "invalid_argument", "invalid_input",
    "front_matter", "too_large", "too_deep", "icu_error", "out_of_memory",
    "internal". ``line`` is the 1-based input line when known, else 0.
    """

    def __init__(self, code: str, message: str, line: int = 0) -> None:
        super().__init__(f"{message} (line {line})" if line else message)
        self.code = code
        self.message = message
        self.line = line

    def __reduce__(self):  # picklable, so errors cross process boundaries (Dask, multiprocessing)
        return (Error, (self.code, self.message, self.line))

    def __repr__(self) -> str:
        return f"baiviet.Error(code={self.code!r}, message={self.message!r}, line={self.line})"
