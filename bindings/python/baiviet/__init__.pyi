# Type hints for baiviet (hand-written; tests/python/test_types.py checks the
# option keywords against the library's option schema).
from typing import Any, Dict, List, Literal, Optional, Union

from . import format as format
from . import text as text

__version__: str

InputFormat = Literal["auto", "markdown", "text"]
OutputFormat = Literal["html", "json", "text", "jsonld"]
ExcerptFrom = Literal["auto", "markdown", "text", "html", "plain"]
Source = Union[str, bytes]

class Error(Exception):
    code: str     # "invalid_argument", "invalid_input", "front_matter", "too_large", "too_deep", "icu_error", "out_of_memory", "internal"
    message: str
    line: int     # 1-based input line, 0 when unknown
    def __init__(self, code: str, message: str, line: int = ...) -> None: ...

class ArticleWarning:
    message: str
    line: int
    def __init__(self, message: str, line: int) -> None: ...

class ReadingTime:
    words: int
    images: int
    seconds: int
    minutes: int
    label: str
    def __init__(self, words: int, images: int, seconds: int, minutes: int, label: str) -> None: ...

class Counts:
    graphemes: int
    code_points: int
    words: int
    sentences: int
    def __init__(self, graphemes: int, code_points: int, words: int, sentences: int) -> None: ...

class Excerpt:
    text: str
    truncated: bool
    ellipsis: bool
    graphemes: int
    words: int
    reading_time: Optional[ReadingTime]
    def __init__(self, text: str, truncated: bool, ellipsis: bool, graphemes: int, words: int,
                 reading_time: Optional[ReadingTime] = ...) -> None: ...

def version() -> str: ...
def detect_format(source: Source) -> Literal["markdown", "text"]: ...

def render(
    source: Source,
    /,
    to: OutputFormat = "html",
    format: InputFormat = "auto",
    *,
    # parse
    gfm: Optional[bool] = None,
    footnotes: Optional[bool] = None,
    article_structure: Optional[bool] = None,
    smart_punctuation: Optional[bool] = None,
    lenient_front_matter: Optional[bool] = None,
    max_input_bytes: Optional[int] = None,
    max_nesting: Optional[int] = None,
    max_emphasis_scan: Optional[int] = None,
    # text import
    drop_chrome: Optional[bool] = None,
    related_lists: Optional[bool] = None,
    normalize: Optional[bool] = None,
    # html
    full_page: Optional[bool] = None,
    header: Optional[bool] = None,
    related: Optional[bool] = None,
    toc: Optional[bool] = None,
    toc_max_level: Optional[int] = None,
    id_prefix: Optional[str] = None,
    unsafe: Optional[bool] = None,
    markup_numbers: Optional[bool] = None,
    jsonld: Optional[bool] = None,
    stylesheet_href: Optional[str] = None,
    commonmark_compat: Optional[bool] = None,
    tagfilter: Optional[bool] = None,
    # json
    pretty: Optional[bool] = None,
    inlines: Optional[bool] = None,
) -> str: ...

def parse(
    source: Source,
    /,
    format: InputFormat = "auto",
    *,
    gfm: Optional[bool] = None,
    footnotes: Optional[bool] = None,
    article_structure: Optional[bool] = None,
    smart_punctuation: Optional[bool] = None,
    lenient_front_matter: Optional[bool] = None,
    max_input_bytes: Optional[int] = None,
    max_nesting: Optional[int] = None,
    max_emphasis_scan: Optional[int] = None,
    drop_chrome: Optional[bool] = None,
    related_lists: Optional[bool] = None,
    normalize: Optional[bool] = None,
) -> Article: ...

class Article:
    @property
    def warnings(self) -> List[ArticleWarning]: ...
    @property
    def closed(self) -> bool: ...
    def render(
        self,
        to: OutputFormat = "html",
        *,
        full_page: Optional[bool] = None,
        header: Optional[bool] = None,
        related: Optional[bool] = None,
        toc: Optional[bool] = None,
        toc_max_level: Optional[int] = None,
        id_prefix: Optional[str] = None,
        unsafe: Optional[bool] = None,
        markup_numbers: Optional[bool] = None,
        jsonld: Optional[bool] = None,
        stylesheet_href: Optional[str] = None,
        commonmark_compat: Optional[bool] = None,
        tagfilter: Optional[bool] = None,
        pretty: Optional[bool] = None,
        inlines: Optional[bool] = None,
    ) -> str: ...
    def to_dict(self, inlines: bool = False) -> Dict[str, Any]: ...
    def excerpt(
        self,
        limit: int = 160,
        *,
        unit: Optional[Literal["graphemes", "words", "sentences"]] = None,
        source: Optional[Literal["auto", "sapo", "body"]] = None,
        to: Optional[Literal["text", "html"]] = None,
        ellipsis: Optional[str] = None,
        sentence_threshold: Optional[float] = None,
        close_brackets: Optional[bool] = None,
        reading_time: Optional[bool] = None,
    ) -> Excerpt: ...
    def counts(self) -> Counts: ...
    def reading_time(
        self,
        *,
        words_per_minute: Optional[int] = None,
        count_images: Optional[bool] = None,
    ) -> ReadingTime: ...
    def close(self) -> None: ...
    def __enter__(self) -> Article: ...
    def __exit__(self, *exc: Any) -> None: ...

def excerpt(
    source: Union[Source, Article],
    /,
    format: ExcerptFrom = "auto",
    limit: int = 160,
    *,
    unit: Optional[Literal["graphemes", "words", "sentences"]] = None,
    source: Optional[Literal["auto", "sapo", "body"]] = None,
    to: Optional[Literal["text", "html"]] = None,
    ellipsis: Optional[str] = None,
    sentence_threshold: Optional[float] = None,
    close_brackets: Optional[bool] = None,
    reading_time: Optional[bool] = None,
    # parse options (for an article given as text)
    gfm: Optional[bool] = None,
    footnotes: Optional[bool] = None,
    article_structure: Optional[bool] = None,
    smart_punctuation: Optional[bool] = None,
    lenient_front_matter: Optional[bool] = None,
    max_input_bytes: Optional[int] = None,
    max_nesting: Optional[int] = None,
    max_emphasis_scan: Optional[int] = None,
    drop_chrome: Optional[bool] = None,
    related_lists: Optional[bool] = None,
    normalize: Optional[bool] = None,
) -> Excerpt: ...

def render_record(line: Source, input_line: int = 1, max_line_bytes: int = ..., **defaults: Any) -> bytes: ...
