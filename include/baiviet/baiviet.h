/* baiviet C API: parse and render Vietnamese news articles from C, Swift,
 * Kotlin/JNI, C#, Dart FFI … (the C++ API is in baiviet/baiviet.hpp).
 *
 * Conventions
 *  - Text is UTF-8, passed as (const char* data, size_t length); data need not
 *    be NUL-terminated and may be NULL when length is 0. Invalid UTF-8 is
 *    replaced by U+FFFD (never a crash).
 *  - Every function returns a status (baiviet_status, 0 = BAIVIET_OK) unless
 *    it cannot fail. Outputs are written only on success.
 *  - Output strings are allocated by the library, NUL-terminated, their length
 *    (without the NUL) stored in *out_len when out_len is not NULL; release each
 *    one with baiviet_free(). Nothing else needs freeing except handles.
 *  - Errors: the status code mirrors baiviet::errc; the message (one line,
 *    UTF-8) is kept per handle (baiviet_renderer_error, baiviet_formatter_error)
 *    and, for every call, per thread (baiviet_last_error). A message stays
 *    valid until the next call on the same handle / in the same thread.
 *  - No function throws or aborts on bad input: C++ exceptions (including
 *    std::bad_alloc → BAIVIET_ERR_OUT_OF_MEMORY) are caught at the boundary.
 *
 * Thread safety (see docs/capi.md)
 *  - Functions without a handle may be called from any number of threads.
 *  - A handle (renderer, formatter) is used by one thread at a time: it holds
 *    options and the last error message. Use one handle per thread (they are
 *    cheap) or lock around calls. Distinct handles never share mutable state.
 *
 * Example
 *    baiviet_renderer* r = baiviet_renderer_new();
 *    baiviet_renderer_set_output(r, BAIVIET_TO_HTML);
 *    baiviet_renderer_set_flags(r, BAIVIET_RENDER_TOC);
 *    char* html = NULL; size_t n = 0;
 *    if (baiviet_render(r, src, src_len, &html, &n) == BAIVIET_OK) {
 *      fwrite(html, 1, n, stdout);
 *      baiviet_free(html);
 *    } else {
 *      fprintf(stderr, "line %zu: %s\n", baiviet_renderer_error_line(r),
 *              baiviet_renderer_error(r));
 *    }
 *    baiviet_renderer_free(r);
 */
#ifndef BAIVIET_BAIVIET_H
#define BAIVIET_BAIVIET_H

#include <stddef.h>
#include <stdint.h>

#include "baiviet/export.hpp" /* BAIVIET_API (plain preprocessor, valid C) */

/* C++ callers see every function as noexcept. */
#ifdef __cplusplus
#  define BAIVIET_NOEXCEPT noexcept
#else
#  define BAIVIET_NOEXCEPT
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------ */
/* Status codes (same values as baiviet::errc)                              */
/* ------------------------------------------------------------------------ */

typedef enum baiviet_status {
  BAIVIET_OK = 0,
  BAIVIET_ERR_INVALID_ARGUMENT = 1, /* bad option or value (NULL pointer, NaN …) */
  BAIVIET_ERR_INVALID_INPUT = 2,    /* text that cannot be parsed (number, date …) */
  BAIVIET_ERR_FRONT_MATTER = 3,     /* malformed YAML front matter (line given) */
  BAIVIET_ERR_TOO_LARGE = 4,        /* input above the limits */
  BAIVIET_ERR_TOO_DEEP = 5,         /* nesting above the limits */
  BAIVIET_ERR_ICU = 6,              /* ICU failed (missing data …) */
  BAIVIET_ERR_OUT_OF_MEMORY = 7,
  BAIVIET_ERR_INTERNAL = 8
} baiviet_status;

/* Library version, "0.1.0". Never NULL. */
BAIVIET_API const char* baiviet_version(void) BAIVIET_NOEXCEPT;
/* Stable name of a status ("ok", "front_matter" …); "internal" for unknown codes. */
BAIVIET_API const char* baiviet_status_name(int status) BAIVIET_NOEXCEPT;
/* Message of the last failed call in this thread ("" if none). */
BAIVIET_API const char* baiviet_last_error(void) BAIVIET_NOEXCEPT;
/* Releases a string returned by any baiviet_ function. NULL is ignored. */
BAIVIET_API void baiviet_free(void* p) BAIVIET_NOEXCEPT;

/* ------------------------------------------------------------------------ */
/* Renderer: parse (Markdown + YAML front matter, or plain text) and render   */
/* ------------------------------------------------------------------------ */

typedef struct baiviet_renderer baiviet_renderer;

typedef enum baiviet_input_format {
  BAIVIET_FROM_AUTO = 0, /* guess (baiviet::detect_format) */
  BAIVIET_FROM_MARKDOWN = 1,
  BAIVIET_FROM_TEXT = 2 /* plain text copied from a news page */
} baiviet_input_format;

typedef enum baiviet_output_format {
  BAIVIET_TO_HTML = 0,  /* safe semantic HTML5 */
  BAIVIET_TO_JSON = 1,  /* the article model */
  BAIVIET_TO_TEXT = 2,  /* plain text */
  BAIVIET_TO_JSONLD = 3 /* schema.org NewsArticle */
} baiviet_output_format;

/* Render flags (baiviet_renderer_set_flags); 0 = the C++ defaults. */
enum {
  BAIVIET_RENDER_FULL_PAGE = 1u << 0,      /* whole HTML document with stylesheet */
  BAIVIET_RENDER_TOC = 1u << 1,            /* table of contents before the body */
  BAIVIET_RENDER_NO_HEADER = 1u << 2,      /* no kicker/title/sapo/byline header */
  BAIVIET_RENDER_NO_RELATED = 1u << 3,     /* no related-article lists */
  BAIVIET_RENDER_UNSAFE = 1u << 4,         /* raw HTML and all URLs kept: trusted input only */
  BAIVIET_RENDER_MARKUP_NUMBERS = 1u << 5, /* <data>/<time> around numbers and dates */
  BAIVIET_RENDER_NO_JSONLD = 1u << 6,      /* full page: no embedded JSON-LD */
  BAIVIET_RENDER_COMMONMARK = 1u << 7,     /* cmark-gfm compatible body HTML (also no structure) */
  BAIVIET_RENDER_NO_TAGFILTER = 1u << 8,   /* unsafe mode: no GFM tagfilter */
  BAIVIET_RENDER_NO_GFM = 1u << 9,         /* plain CommonMark */
  BAIVIET_RENDER_NO_FOOTNOTES = 1u << 10,  /* no [^1] footnotes */
  BAIVIET_RENDER_NO_STRUCTURE = 1u << 11,  /* no title/sapo/figure recognition */
  BAIVIET_RENDER_SMART = 1u << 12,         /* smart punctuation */
  BAIVIET_RENDER_JSON_COMPACT = 1u << 13,  /* JSON on one line */
  BAIVIET_RENDER_JSON_INLINES = 1u << 14,  /* JSON: inline tree of each block */
  /* Malformed front matter (YAML/TOML/JSON syntax, an unclosed fence) is a warning
   * and the block is kept as dropped text, instead of BAIVIET_ERR_FRONT_MATTER. */
  BAIVIET_RENDER_LENIENT_FRONT_MATTER = 1u << 15
};

/* Text-import flags (baiviet_renderer_set_import_flags). */
enum {
  BAIVIET_IMPORT_KEEP_CHROME = 1u << 0, /* keep comment box, widgets … */
  BAIVIET_IMPORT_NO_RELATED = 1u << 1,  /* do not parse "Tin mới"/"Tin liên quan" lists */
  BAIVIET_IMPORT_NO_NORMALIZE = 1u << 2 /* no NFC / look-alike / whitespace clean-up */
};

/* A renderer with the default options (auto input, HTML output). NULL only
 * when out of memory. */
BAIVIET_API baiviet_renderer* baiviet_renderer_new(void) BAIVIET_NOEXCEPT;
BAIVIET_API void baiviet_renderer_free(baiviet_renderer* r) BAIVIET_NOEXCEPT; /* NULL is ignored */

BAIVIET_API int baiviet_renderer_set_input(baiviet_renderer* r, int input_format) BAIVIET_NOEXCEPT;
BAIVIET_API int baiviet_renderer_set_output(baiviet_renderer* r, int output_format) BAIVIET_NOEXCEPT;
BAIVIET_API int baiviet_renderer_set_flags(baiviet_renderer* r, unsigned flags) BAIVIET_NOEXCEPT;
BAIVIET_API unsigned baiviet_renderer_flags(const baiviet_renderer* r) BAIVIET_NOEXCEPT;
BAIVIET_API int baiviet_renderer_set_import_flags(baiviet_renderer* r, unsigned flags) BAIVIET_NOEXCEPT;
/* Prefix of every heading id ("bv-"), against DOM clobbering. */
BAIVIET_API int baiviet_renderer_set_id_prefix(baiviet_renderer* r, const char* s, size_t len) BAIVIET_NOEXCEPT;
/* Full page: link this stylesheet instead of embedding the built-in one. */
BAIVIET_API int baiviet_renderer_set_stylesheet_href(baiviet_renderer* r, const char* s, size_t len) BAIVIET_NOEXCEPT;
/* Headings up to this level (1–6) appear in the table of contents (default 3). */
BAIVIET_API int baiviet_renderer_set_toc_max_level(baiviet_renderer* r, int level) BAIVIET_NOEXCEPT;
/* Inputs above this size give BAIVIET_ERR_TOO_LARGE (default 64 MiB). */
BAIVIET_API int baiviet_renderer_set_max_input_bytes(baiviet_renderer* r, size_t max_bytes) BAIVIET_NOEXCEPT;

/* Parse `src` with the renderer's input format and render it. */
BAIVIET_API int baiviet_render(baiviet_renderer* r, const char* src, size_t len, char** out, size_t* out_len) BAIVIET_NOEXCEPT;
/* Import plain text copied from a news page (with the import flags) and render
 * it in the renderer's output format (BAIVIET_TO_JSON gives the model). */
BAIVIET_API int baiviet_import_text(baiviet_renderer* r, const char* text, size_t len, char** out,
                                    size_t* out_len) BAIVIET_NOEXCEPT;
/* BAIVIET_FROM_MARKDOWN or BAIVIET_FROM_TEXT: what BAIVIET_FROM_AUTO would choose. */
BAIVIET_API int baiviet_detect_format(const char* src, size_t len) BAIVIET_NOEXCEPT;

/* Number of warnings of the last successful render/import (invalid UTF-8
 * replaced, nesting flattened …) and each one's message ("" out of range). */
BAIVIET_API size_t baiviet_renderer_warning_count(const baiviet_renderer* r) BAIVIET_NOEXCEPT;
BAIVIET_API const char* baiviet_renderer_warning(const baiviet_renderer* r, size_t i) BAIVIET_NOEXCEPT;

/* Error of the last failed call on this handle: message ("" after success),
 * 1-based input line (0 unknown) and status. */
BAIVIET_API const char* baiviet_renderer_error(const baiviet_renderer* r) BAIVIET_NOEXCEPT;
BAIVIET_API size_t baiviet_renderer_error_line(const baiviet_renderer* r) BAIVIET_NOEXCEPT;
BAIVIET_API int baiviet_renderer_error_code(const baiviet_renderer* r) BAIVIET_NOEXCEPT;

/* ------------------------------------------------------------------------ */
/* Excerpts and reading time                                                  */
/* ------------------------------------------------------------------------ */

typedef enum baiviet_excerpt_kind {
  BAIVIET_EXCERPT_ARTICLE = 0, /* src is an article, parsed with the renderer's input format */
  BAIVIET_EXCERPT_TEXT = 1,    /* plain text, paragraphs separated by line breaks */
  BAIVIET_EXCERPT_HTML = 2     /* an HTML fragment */
} baiviet_excerpt_kind;

/* Excerpt flags; 0 = limit in graphemes, sapo if present else body, plain text out. */
enum {
  BAIVIET_EXCERPT_WORDS = 1u << 0,            /* limit counts words (syllables) */
  BAIVIET_EXCERPT_SENTENCES = 1u << 1,        /* limit counts sentences */
  BAIVIET_EXCERPT_FROM_SAPO = 1u << 2,        /* article: the sapo only */
  BAIVIET_EXCERPT_FROM_BODY = 1u << 3,        /* article: the body only */
  BAIVIET_EXCERPT_TO_HTML = 1u << 4,          /* HTML fragment out (inline elements) */
  BAIVIET_EXCERPT_NO_CLOSE_BRACKETS = 1u << 5 /* do not close quotes left open */
};

typedef struct baiviet_excerpt_info {
  int truncated;    /* the source was longer than the excerpt */
  int ellipsis;     /* "…" was appended */
  size_t graphemes; /* of the excerpt, ellipsis included */
  size_t words;
} baiviet_excerpt_info;

/* Excerpt of at most `limit` units (0 = no limit). `info` may be NULL. */
BAIVIET_API int baiviet_excerpt(baiviet_renderer* r, int kind, const char* src, size_t len, size_t limit,
                                unsigned flags, char** out, size_t* out_len, baiviet_excerpt_info* info) BAIVIET_NOEXCEPT;

typedef struct baiviet_reading_time {
  size_t words;
  size_t images;
  size_t seconds;
  size_t minutes;
  char* label; /* "6 phút đọc"; release with baiviet_free */
} baiviet_reading_time;

/* Reading time of an article (parsed with the renderer's input format) at
 * `words_per_minute` syllables a minute (0 = 370, the default). */
BAIVIET_API int baiviet_article_reading_time(baiviet_renderer* r, const char* src, size_t len,
                                             unsigned words_per_minute, baiviet_reading_time* out) BAIVIET_NOEXCEPT;

/* ------------------------------------------------------------------------ */
/* Formatter: Vietnamese numbers, money, compact numbers, words, dates        */
/* ------------------------------------------------------------------------ */

typedef struct baiviet_formatter baiviet_formatter;

typedef enum baiviet_rounding {
  BAIVIET_ROUND_HALF_UP = 0, /* ties away from zero (default) */
  BAIVIET_ROUND_HALF_EVEN = 1,
  BAIVIET_ROUND_HALF_DOWN = 2,
  BAIVIET_ROUND_UP = 3,
  BAIVIET_ROUND_DOWN = 4,
  BAIVIET_ROUND_CEILING = 5,
  BAIVIET_ROUND_FLOOR = 6
} baiviet_rounding;

/* Formatter flags; 0 = the C++ defaults. */
enum {
  BAIVIET_FORMAT_NO_GROUPING = 1u << 0,      /* 2021, not 2.021 */
  BAIVIET_FORMAT_SHORT = 1u << 1,            /* compact: "1,2 Tr" instead of "1,2 triệu" */
  BAIVIET_FORMAT_WORDS_LINH = 1u << 2,       /* words: "một trăm linh năm" */
  BAIVIET_FORMAT_WORDS_NGAN = 1u << 3,       /* words: "ngàn" */
  BAIVIET_FORMAT_WORDS_TI = 1u << 4,         /* words: "tỉ" */
  BAIVIET_FORMAT_CAPITALIZE = 1u << 5,       /* words and relative time: capital first letter */
  BAIVIET_FORMAT_WEEKDAY_LOWER = 1u << 6,    /* dates: "thứ Năm" inside a sentence */
  BAIVIET_FORMAT_RELATIVE_NUMERIC = 1u << 7  /* relative: "1 ngày trước", not "hôm qua" */
};

typedef enum baiviet_date_style {
  BAIVIET_DATE_DATELINE = 0,       /* "Thứ Năm, 29/02/2024, 08:30" */
  BAIVIET_DATE_ADMINISTRATIVE = 1, /* "ngày 21 tháng 01 năm 2021" */
  BAIVIET_DATE_SHORT = 2,          /* "29/2/2024" */
  BAIVIET_DATE_PADDED = 3,         /* "29/02/2024" */
  BAIVIET_DATE_DAY_MONTH = 4,      /* "29/2" */
  BAIVIET_DATE_TIME = 5,           /* "08:30" */
  BAIVIET_DATE_DATE_TIME = 6,      /* "08:30 29/02/2024" */
  BAIVIET_DATE_ISO8601 = 7,        /* "2024-02-29T08:30:00+07:00" */
  BAIVIET_DATE_ISO_DATE = 8        /* "2024-02-29" */
} baiviet_date_style;

/* A formatter with the defaults (time zone Asia/Ho_Chi_Minh). The C++ layer
 * caches the ICU formatters per thread and option set. */
BAIVIET_API baiviet_formatter* baiviet_formatter_new(void) BAIVIET_NOEXCEPT;
BAIVIET_API void baiviet_formatter_free(baiviet_formatter* f) BAIVIET_NOEXCEPT;

BAIVIET_API int baiviet_formatter_set_flags(baiviet_formatter* f, unsigned flags) BAIVIET_NOEXCEPT;
/* Fraction digits; -1 = the default of each kind. */
BAIVIET_API int baiviet_formatter_set_fraction_digits(baiviet_formatter* f, int min, int max) BAIVIET_NOEXCEPT;
/* Significant digits (1–999) replacing fraction digits; 0, 0 = not used. */
BAIVIET_API int baiviet_formatter_set_significant_digits(baiviet_formatter* f, int min, int max) BAIVIET_NOEXCEPT;
BAIVIET_API int baiviet_formatter_set_rounding(baiviet_formatter* f, int rounding) BAIVIET_NOEXCEPT;
/* IANA time zone for dates ("Asia/Ho_Chi_Minh", "UTC" …). */
BAIVIET_API int baiviet_formatter_set_time_zone(baiviet_formatter* f, const char* zone, size_t len) BAIVIET_NOEXCEPT;
/* Words: digits read after "phẩy" (0–6, default 6). */
BAIVIET_API int baiviet_formatter_set_words_fraction_digits(baiviet_formatter* f, int digits) BAIVIET_NOEXCEPT;

BAIVIET_API const char* baiviet_formatter_error(const baiviet_formatter* f) BAIVIET_NOEXCEPT;
BAIVIET_API int baiviet_formatter_error_code(const baiviet_formatter* f) BAIVIET_NOEXCEPT;

/* 2617 → "2.617"; NaN/±∞ → BAIVIET_ERR_INVALID_ARGUMENT. */
BAIVIET_API int baiviet_format_number(baiviet_formatter* f, double value, char** out, size_t* out_len) BAIVIET_NOEXCEPT;
/* Many numbers in one call (a table column, chart labels): the strings
 * baiviet_format_number gives, each followed by a '\0', in one buffer of
 * *out_len bytes (free it with baiviet_free): {2617, 0.5} → "2.617\0" "0,5\0".
 * A non-finite value fails the whole call (the message names its index);
 * values may be NULL when count is 0. */
BAIVIET_API int baiviet_format_numbers(baiviet_formatter* f, const double* values, size_t count, char** out,
                                       size_t* out_len) BAIVIET_NOEXCEPT;
/* A ratio: 1.222 → "122,2%". */
BAIVIET_API int baiviet_format_percent(baiviet_formatter* f, double ratio, char** out, size_t* out_len) BAIVIET_NOEXCEPT;
/* ISO 4217 code (NULL/0 = "VND"): 1500000 → "1.500.000 ₫". */
BAIVIET_API int baiviet_format_money(baiviet_formatter* f, double amount, const char* currency, size_t currency_len,
                                     char** out, size_t* out_len) BAIVIET_NOEXCEPT;
/* News style VND: 1.5e9 → "1,5 tỷ đồng". */
BAIVIET_API int baiviet_format_money_news(baiviet_formatter* f, double amount, char** out, size_t* out_len) BAIVIET_NOEXCEPT;
/* 1234 → "1,2 nghìn" (BAIVIET_FORMAT_SHORT: "1,2 N"). */
BAIVIET_API int baiviet_format_compact(baiviet_formatter* f, double value, char** out, size_t* out_len) BAIVIET_NOEXCEPT;
/* (3200, "hectare") → "3.200 ha". */
BAIVIET_API int baiviet_format_unit(baiviet_formatter* f, double value, const char* unit, size_t unit_len, char** out,
                                    size_t* out_len) BAIVIET_NOEXCEPT;
/* 1000005 → "một triệu không trăm lẻ năm". */
BAIVIET_API int baiviet_format_words(baiviet_formatter* f, double value, char** out, size_t* out_len) BAIVIET_NOEXCEPT;
/* 1500000 → "một triệu năm trăm nghìn đồng". */
BAIVIET_API int baiviet_format_money_words(baiviet_formatter* f, double amount, char** out, size_t* out_len) BAIVIET_NOEXCEPT;
/* Milliseconds since 1970-01-01T00:00Z in the formatter's zone. */
BAIVIET_API int baiviet_format_date(baiviet_formatter* f, int64_t epoch_ms, int style, char** out, size_t* out_len) BAIVIET_NOEXCEPT;
/* ISO 8601 text ("2024-02-29T08:30+07:00"; without offset: the formatter's zone). */
BAIVIET_API int baiviet_format_date_iso(baiviet_formatter* f, const char* iso, size_t len, int style, char** out,
                                        size_t* out_len) BAIVIET_NOEXCEPT;
/* Relative to `now_ms`: "3 giờ trước", "hôm qua". */
BAIVIET_API int baiviet_format_relative(baiviet_formatter* f, int64_t when_ms, int64_t now_ms, char** out,
                                        size_t* out_len) BAIVIET_NOEXCEPT;

typedef enum baiviet_number_kind {
  BAIVIET_NUMBER = 0,
  BAIVIET_NUMBER_PERCENT = 1,
  BAIVIET_NUMBER_MONEY = 2,
  BAIVIET_NUMBER_MEASURE = 3
} baiviet_number_kind;

/* "2.617" → 2617, "122,2%" → 1.222 (kind percent). `kind` may be NULL. */
BAIVIET_API int baiviet_parse_number(baiviet_formatter* f, const char* text, size_t len, double* value, int* kind) BAIVIET_NOEXCEPT;

/* ------------------------------------------------------------------------ */
/* Text utilities (no handle; safe from any thread)                          */
/* ------------------------------------------------------------------------ */

/* "Thực hiện với bước đi" → "thuc-hien-voi-buoc-di"; max_length 0 = unlimited,
 * separator 0 = '-'. */
BAIVIET_API int baiviet_slugify(const char* text, size_t len, size_t max_length, char separator, char** out,
                                size_t* out_len) BAIVIET_NOEXCEPT;
/* "Đảng bộ tỉnh" → "dang bo tinh": lower case, no marks. */
BAIVIET_API int baiviet_fold_for_search(const char* text, size_t len, char** out, size_t* out_len) BAIVIET_NOEXCEPT;

/* Normalize flags; 0 = all clean-ups on, tone marks kept as written. */
enum {
  BAIVIET_NORMALIZE_NO_NFC = 1u << 0,
  BAIVIET_NORMALIZE_NO_LOOKALIKES = 1u << 1, /* keep U+00D0 "Ð" */
  BAIVIET_NORMALIZE_NO_WHITESPACE = 1u << 2,
  BAIVIET_NORMALIZE_NO_ZERO_WIDTH = 1u << 3,
  BAIVIET_NORMALIZE_TONES_MODERN = 1u << 4,     /* "hòa", "thúy" */
  BAIVIET_NORMALIZE_TONES_TRADITIONAL = 1u << 5 /* "hoà", "thuý" */
};
BAIVIET_API int baiviet_normalize(const char* text, size_t len, unsigned flags, char** out, size_t* out_len) BAIVIET_NOEXCEPT;

typedef struct baiviet_text_counts {
  size_t graphemes;   /* user-perceived characters */
  size_t code_points; /* of the NFC form */
  size_t words;       /* syllables ("tiếng"), numbers */
  size_t sentences;
} baiviet_text_counts;
BAIVIET_API int baiviet_count_text(const char* text, size_t len, baiviet_text_counts* out) BAIVIET_NOEXCEPT;

/* Reading time of plain text with `images` pictures (0 wpm = 370). */
BAIVIET_API int baiviet_reading_time_text(const char* text, size_t len, size_t images, unsigned words_per_minute,
                                          baiviet_reading_time* out) BAIVIET_NOEXCEPT;

typedef struct baiviet_comment_status {
  size_t used; /* graphemes */
  size_t min, max;
  size_t remaining;
  int valid, too_short, too_long;
  char* counter; /* "Bạn còn 495/500 ký tự"; release with baiviet_free */
  char* message; /* "" when valid; release with baiviet_free */
} baiviet_comment_status;
/* Comment box counter (min 5, max 500 are the usual limits). */
BAIVIET_API int baiviet_comment_status_of(const char* text, size_t len, size_t min, size_t max,
                                          baiviet_comment_status* out) BAIVIET_NOEXCEPT;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* BAIVIET_BAIVIET_H */
