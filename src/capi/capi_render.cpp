// C API: the renderer handle (parse + render, text import, excerpts, reading time).
#include <new>
#include <string>
#include <vector>

#include "baiviet/baiviet.h"
#include "baiviet/excerpt.hpp"
#include "baiviet/import.hpp"
#include "baiviet/parse.hpp"
#include "baiviet/render.hpp"
#include "capi/capi_util.hpp"

using namespace baiviet::detail::capi;

struct baiviet_renderer {
  baiviet::render_options options;
  baiviet::import_options import;
  unsigned flags = 0;
  std::vector<std::string> warnings;
  error_state error;
};

namespace {

using baiviet::output_format;

/// Applies the C flags to the C++ options (starting from the defaults).
void apply_flags(baiviet_renderer& r, unsigned f) {
  const baiviet::render_options d;
  auto& o = r.options;
  auto on = [f](unsigned bit) { return (f & bit) != 0; };
  o.html.full_page = on(BAIVIET_RENDER_FULL_PAGE);
  o.html.toc = on(BAIVIET_RENDER_TOC);
  o.html.header = !on(BAIVIET_RENDER_NO_HEADER);
  o.html.related = !on(BAIVIET_RENDER_NO_RELATED);
  o.html.unsafe = on(BAIVIET_RENDER_UNSAFE);
  o.html.markup_numbers = on(BAIVIET_RENDER_MARKUP_NUMBERS);
  o.html.jsonld = !on(BAIVIET_RENDER_NO_JSONLD);
  o.html.commonmark_compat = on(BAIVIET_RENDER_COMMONMARK);
  o.html.tagfilter = !on(BAIVIET_RENDER_NO_TAGFILTER) && !on(BAIVIET_RENDER_NO_GFM);
  o.parse.gfm = !on(BAIVIET_RENDER_NO_GFM);
  o.parse.footnotes = !on(BAIVIET_RENDER_NO_FOOTNOTES);
  o.parse.article_structure = !on(BAIVIET_RENDER_NO_STRUCTURE) && !on(BAIVIET_RENDER_COMMONMARK);
  o.parse.smart_punctuation = on(BAIVIET_RENDER_SMART);
  o.parse.lenient_front_matter = on(BAIVIET_RENDER_LENIENT_FRONT_MATTER);
  o.json.pretty = !on(BAIVIET_RENDER_JSON_COMPACT);
  o.json.inlines = on(BAIVIET_RENDER_JSON_INLINES);
  (void)d;
  r.flags = f;
}

constexpr unsigned all_render_flags = (1u << 16) - 1;
constexpr unsigned all_import_flags = (1u << 3) - 1;
constexpr unsigned all_excerpt_flags = (1u << 6) - 1;

std::string render_article(const baiviet_renderer& r, const baiviet::article& a) {
  switch (r.options.to) {
    case output_format::html: return baiviet::render_html(a, r.options.html);
    case output_format::json: return baiviet::render_json(a, r.options.json);
    case output_format::text: return baiviet::render_text(a);
    case output_format::jsonld: return baiviet::render_jsonld(a);
  }
  return {};
}

void keep_warnings(baiviet_renderer& r, const baiviet::article& a) {
  r.warnings.clear();
  for (const auto& w : a.warnings)
    r.warnings.push_back(w.line ? "line " + std::to_string(w.line) + ": " + w.message : w.message);
}

int null_handle() noexcept { return fail(nullptr, BAIVIET_ERR_INVALID_ARGUMENT, "renderer is NULL"); }

int bad_text(error_state* e) noexcept {
  return fail(e, BAIVIET_ERR_INVALID_ARGUMENT, "NULL text with a non-zero length");
}

int bad_out(error_state* e) noexcept { return fail(e, BAIVIET_ERR_INVALID_ARGUMENT, "output pointer is NULL"); }

/// Parse with the renderer's options (and its import options for text).
baiviet::result<baiviet::article> parse_with(const baiviet_renderer& r, std::string_view src) {
  auto format = r.options.parse.format;
  if (format == baiviet::input_format::auto_detect) format = baiviet::detect_format(src);
  if (format == baiviet::input_format::text) {
    baiviet::import_options io = r.import;
    io.max_input_bytes = r.options.parse.max_input_bytes;
    return baiviet::import_text(src, io);
  }
  auto po = r.options.parse;
  po.format = baiviet::input_format::markdown;
  return baiviet::parse(src, po);
}

}  // namespace

extern "C" {

BAIVIET_API baiviet_renderer* baiviet_renderer_new(void) BAIVIET_NOEXCEPT {
  baiviet_renderer* r = nullptr;
  guarded(nullptr, [&]() -> int {
    r = new (std::nothrow) baiviet_renderer();
    if (!r) return fail(nullptr, BAIVIET_ERR_OUT_OF_MEMORY, "out of memory");
    r->options.parse.format = baiviet::input_format::auto_detect;
    return BAIVIET_OK;
  });
  return r;
}

BAIVIET_API void baiviet_renderer_free(baiviet_renderer* r) BAIVIET_NOEXCEPT { delete r; }

BAIVIET_API int baiviet_renderer_set_input(baiviet_renderer* r, int input_format) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  switch (input_format) {
    case BAIVIET_FROM_AUTO: r->options.parse.format = baiviet::input_format::auto_detect; break;
    case BAIVIET_FROM_MARKDOWN: r->options.parse.format = baiviet::input_format::markdown; break;
    case BAIVIET_FROM_TEXT: r->options.parse.format = baiviet::input_format::text; break;
    default: return fail(&r->error, BAIVIET_ERR_INVALID_ARGUMENT, "unknown input format");
  }
  return succeed(&r->error);
}

BAIVIET_API int baiviet_renderer_set_output(baiviet_renderer* r, int output_format) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  switch (output_format) {
    case BAIVIET_TO_HTML: r->options.to = output_format::html; break;
    case BAIVIET_TO_JSON: r->options.to = output_format::json; break;
    case BAIVIET_TO_TEXT: r->options.to = output_format::text; break;
    case BAIVIET_TO_JSONLD: r->options.to = output_format::jsonld; break;
    default: return fail(&r->error, BAIVIET_ERR_INVALID_ARGUMENT, "unknown output format");
  }
  return succeed(&r->error);
}

BAIVIET_API int baiviet_renderer_set_flags(baiviet_renderer* r, unsigned flags) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  if (flags & ~all_render_flags) return fail(&r->error, BAIVIET_ERR_INVALID_ARGUMENT, "unknown render flag");
  apply_flags(*r, flags);
  return succeed(&r->error);
}

BAIVIET_API unsigned baiviet_renderer_flags(const baiviet_renderer* r) BAIVIET_NOEXCEPT { return r ? r->flags : 0u; }

BAIVIET_API int baiviet_renderer_set_import_flags(baiviet_renderer* r, unsigned flags) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  if (flags & ~all_import_flags) return fail(&r->error, BAIVIET_ERR_INVALID_ARGUMENT, "unknown import flag");
  r->import.drop_chrome = !(flags & BAIVIET_IMPORT_KEEP_CHROME);
  r->import.related = !(flags & BAIVIET_IMPORT_NO_RELATED);
  r->import.normalize = !(flags & BAIVIET_IMPORT_NO_NORMALIZE);
  return succeed(&r->error);
}

BAIVIET_API int baiviet_renderer_set_id_prefix(baiviet_renderer* r, const char* s, size_t len) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  return guarded(&r->error, [&]() -> int {
    std::string_view v;
    if (!view_of(s, len, v)) return bad_text(&r->error);
    r->options.html.id_prefix.assign(v);
    return succeed(&r->error);
  });
}

BAIVIET_API int baiviet_renderer_set_stylesheet_href(baiviet_renderer* r, const char* s,
                                                     size_t len) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  return guarded(&r->error, [&]() -> int {
    std::string_view v;
    if (!view_of(s, len, v)) return bad_text(&r->error);
    r->options.html.stylesheet_href.assign(v);
    return succeed(&r->error);
  });
}

BAIVIET_API int baiviet_renderer_set_toc_max_level(baiviet_renderer* r, int level) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  if (level < 1 || level > 6) return fail(&r->error, BAIVIET_ERR_INVALID_ARGUMENT, "TOC level must be 1-6");
  r->options.html.toc_max_level = level;
  return succeed(&r->error);
}

BAIVIET_API int baiviet_renderer_set_max_input_bytes(baiviet_renderer* r, size_t max_bytes) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  if (max_bytes == 0) return fail(&r->error, BAIVIET_ERR_INVALID_ARGUMENT, "maximum input size must be > 0");
  r->options.parse.max_input_bytes = max_bytes;
  r->import.max_input_bytes = max_bytes;
  return succeed(&r->error);
}

BAIVIET_API int baiviet_render(baiviet_renderer* r, const char* src, size_t len, char** out,
                               size_t* out_len) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  return guarded(&r->error, [&]() -> int {
    std::string_view s;
    if (!view_of(src, len, s)) return bad_text(&r->error);
    if (!out) return bad_out(&r->error);
    auto parsed = parse_with(*r, s);
    if (!parsed) return fail(&r->error, parsed.error());
    keep_warnings(*r, *parsed);
    return deliver(&r->error, render_article(*r, *parsed), out, out_len);
  });
}

BAIVIET_API int baiviet_import_text(baiviet_renderer* r, const char* text, size_t len, char** out,
                                    size_t* out_len) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  return guarded(&r->error, [&]() -> int {
    std::string_view s;
    if (!view_of(text, len, s)) return bad_text(&r->error);
    if (!out) return bad_out(&r->error);
    auto imported = baiviet::import_text(s, r->import);
    if (!imported) return fail(&r->error, imported.error());
    keep_warnings(*r, *imported);
    return deliver(&r->error, render_article(*r, *imported), out, out_len);
  });
}

BAIVIET_API int baiviet_detect_format(const char* src, size_t len) BAIVIET_NOEXCEPT {
  std::string_view s;
  if (!view_of(src, len, s)) return BAIVIET_FROM_MARKDOWN;
  return baiviet::detect_format(s) == baiviet::input_format::text ? BAIVIET_FROM_TEXT : BAIVIET_FROM_MARKDOWN;
}

BAIVIET_API size_t baiviet_renderer_warning_count(const baiviet_renderer* r) BAIVIET_NOEXCEPT {
  return r ? r->warnings.size() : 0;
}

BAIVIET_API const char* baiviet_renderer_warning(const baiviet_renderer* r, size_t i) BAIVIET_NOEXCEPT {
  if (!r || i >= r->warnings.size()) return "";
  return r->warnings[i].c_str();
}

BAIVIET_API const char* baiviet_renderer_error(const baiviet_renderer* r) BAIVIET_NOEXCEPT {
  return r ? r->error.message.c_str() : "renderer is NULL";
}

BAIVIET_API size_t baiviet_renderer_error_line(const baiviet_renderer* r) BAIVIET_NOEXCEPT {
  return r ? r->error.line : 0;
}

BAIVIET_API int baiviet_renderer_error_code(const baiviet_renderer* r) BAIVIET_NOEXCEPT {
  return r ? r->error.code : BAIVIET_ERR_INVALID_ARGUMENT;
}

BAIVIET_API int baiviet_excerpt(baiviet_renderer* r, int kind, const char* src, size_t len, size_t limit,
                                unsigned flags, char** out, size_t* out_len,
                                baiviet_excerpt_info* info) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  return guarded(&r->error, [&]() -> int {
    std::string_view s;
    if (!view_of(src, len, s)) return bad_text(&r->error);
    if (!out) return bad_out(&r->error);
    if (flags & ~all_excerpt_flags) return fail(&r->error, BAIVIET_ERR_INVALID_ARGUMENT, "unknown excerpt flag");
    if ((flags & BAIVIET_EXCERPT_WORDS) && (flags & BAIVIET_EXCERPT_SENTENCES))
      return fail(&r->error, BAIVIET_ERR_INVALID_ARGUMENT, "choose words or sentences, not both");
    if ((flags & BAIVIET_EXCERPT_FROM_SAPO) && (flags & BAIVIET_EXCERPT_FROM_BODY))
      return fail(&r->error, BAIVIET_ERR_INVALID_ARGUMENT, "choose sapo or body, not both");
    baiviet::excerpt_options eo;
    eo.limit = limit;
    if (flags & BAIVIET_EXCERPT_WORDS) eo.unit = baiviet::excerpt_unit::words;
    if (flags & BAIVIET_EXCERPT_SENTENCES) eo.unit = baiviet::excerpt_unit::sentences;
    if (flags & BAIVIET_EXCERPT_FROM_SAPO) eo.source = baiviet::excerpt_source::sapo;
    if (flags & BAIVIET_EXCERPT_FROM_BODY) eo.source = baiviet::excerpt_source::body;
    if (flags & BAIVIET_EXCERPT_TO_HTML) eo.to = baiviet::excerpt_output::html;
    if (flags & BAIVIET_EXCERPT_NO_CLOSE_BRACKETS) eo.close_brackets = false;
    baiviet::result<baiviet::excerpt_result> ex = baiviet::make_error(baiviet::errc::internal, "");
    switch (kind) {
      case BAIVIET_EXCERPT_ARTICLE: {
        auto parsed = parse_with(*r, s);
        if (!parsed) return fail(&r->error, parsed.error());
        ex = baiviet::excerpt(*parsed, eo);
        break;
      }
      case BAIVIET_EXCERPT_TEXT: ex = baiviet::excerpt_text(s, eo); break;
      case BAIVIET_EXCERPT_HTML: ex = baiviet::excerpt_html(s, eo); break;
      default: return fail(&r->error, BAIVIET_ERR_INVALID_ARGUMENT, "unknown excerpt kind");
    }
    if (!ex) return fail(&r->error, ex.error());
    int status = deliver(&r->error, std::string_view(ex->text), out, out_len);
    if (status == BAIVIET_OK && info) {
      info->truncated = ex->truncated ? 1 : 0;
      info->ellipsis = ex->ellipsis ? 1 : 0;
      info->graphemes = ex->graphemes;
      info->words = ex->words;
    }
    return status;
  });
}

BAIVIET_API int baiviet_article_reading_time(baiviet_renderer* r, const char* src, size_t len,
                                             unsigned words_per_minute,
                                             baiviet_reading_time* out) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  return guarded(&r->error, [&]() -> int {
    std::string_view s;
    if (!view_of(src, len, s)) return bad_text(&r->error);
    if (!out) return bad_out(&r->error);
    auto parsed = parse_with(*r, s);
    if (!parsed) return fail(&r->error, parsed.error());
    baiviet::reading_options ro;
    if (words_per_minute) ro.words_per_minute = words_per_minute;
    auto t = baiviet::article_reading_time(*parsed, ro);
    char* label = nullptr;
    if (!copy_out(t.label, &label, nullptr)) return fail(&r->error, BAIVIET_ERR_OUT_OF_MEMORY, "out of memory");
    *out = baiviet_reading_time{t.words, t.images, t.seconds, t.minutes, label};
    return succeed(&r->error);
  });
}

}  // extern "C"
