"""baiviet: Vietnamese news articles, parsed and rendered (Python binding of libbaiviet).

    import baiviet
    html = baiviet.render(source, to="html", format="auto", toc=True)
    with baiviet.parse(source) as article:
        card = article.excerpt(limit=160).text
        minutes = article.reading_time().label

Every call releases the GIL while the library works and may run from many
threads at once. Failures raise baiviet.Error (code, message, line).
"""
from ._errors import Error
from ._core import (Article, Counts, Excerpt, ReadingTime, ArticleWarning, detect_format, excerpt, parse, render,
                    render_record, version)
from . import format, text
from ._native import LIBRARY_PATH as _LIBRARY_PATH

__version__ = version()

__all__ = ["Article", "Counts", "Error", "Excerpt", "ReadingTime", "ArticleWarning", "detect_format", "excerpt", "format",
           "parse", "render", "render_record", "text", "version", "__version__"]
