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
#include "capi/jsonl_record.hpp"
#include "engine/options.hpp"

using namespace baiviet::detail::capi;

struct baiviet_renderer {
  baiviet::detail::call_options options;  ///< set through the option schema only
  unsigned flags = 0;
  std::vector<std::string> warnings;
  error_state error;
};

/// A parsed article: immutable once made, so it may be read from many threads.
struct baiviet_article {
  baiviet::article value;
};

namespace {

using baiviet::output_format;
using baiviet::detail::call_options;
using baiviet::detail::option_group;
using baiviet::detail::option_schema;
using baiviet::detail::option_value;

/// Applies C flag bits to the options, from the schema's c_flag column: every
/// option that has a bit in this flag set is set (to its default when the bit
/// is clear), so set_flags(0) restores the defaults.
void apply_bits(call_options& o, unsigned bits, bool import_set) {
  const call_options defaults;
  std::string why;
  for (const auto& spec : option_schema()) {
    if (!spec.c_flag || (spec.group == option_group::import) != import_set) continue;
    const bool on = (bits & spec.c_flag) != 0;
    option_value v = on ? option_value::of(!spec.c_flag_negates) : spec.get(defaults);
    spec.set(o, v, why);
  }
}

unsigned all_bits(bool import_set) {
  unsigned all = 0;
  for (const auto& spec : option_schema())
    if (spec.c_flag && (spec.group == option_group::import) == import_set) all |= spec.c_flag;
  return all;
}

constexpr unsigned all_excerpt_flags = (1u << 6) - 1;

std::vector<std::string> warning_lines(const std::vector<baiviet::warning>& ws) {
  std::vector<std::string> out;
  out.reserve(ws.size());
  for (const auto& w : ws) out.push_back(w.line ? "line " + std::to_string(w.line) + ": " + w.message : w.message);
  return out;
}

/// The renderer's options with the implications applied (as every front end does).
call_options resolved(const baiviet_renderer& r) {
  call_options o = r.options;
  baiviet::detail::resolve(o);
  return o;
}

int null_handle() noexcept { return fail(nullptr, BAIVIET_ERR_INVALID_ARGUMENT, "renderer is NULL"); }

int bad_text(error_state* e) noexcept {
  return fail(e, BAIVIET_ERR_INVALID_ARGUMENT, "NULL text with a non-zero length");
}

int bad_out(error_state* e) noexcept { return fail(e, BAIVIET_ERR_INVALID_ARGUMENT, "output pointer is NULL"); }

int bad_article() noexcept { return fail(nullptr, BAIVIET_ERR_INVALID_ARGUMENT, "article is NULL"); }

}  // namespace

extern "C" {

BAIVIET_API baiviet_renderer* baiviet_renderer_new(void) BAIVIET_NOEXCEPT {
  baiviet_renderer* r = nullptr;
  guarded(nullptr, [&]() -> int {
    r = new (std::nothrow) baiviet_renderer();
    if (!r) return fail(nullptr, BAIVIET_ERR_OUT_OF_MEMORY, "out of memory");
    return BAIVIET_OK;
  });
  return r;
}

BAIVIET_API void baiviet_renderer_free(baiviet_renderer* r) BAIVIET_NOEXCEPT { delete r; }

BAIVIET_API int baiviet_renderer_set_input(baiviet_renderer* r, int input_format) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  switch (input_format) {
    case BAIVIET_FROM_AUTO: r->options.render.parse.format = baiviet::input_format::auto_detect; break;
    case BAIVIET_FROM_MARKDOWN: r->options.render.parse.format = baiviet::input_format::markdown; break;
    case BAIVIET_FROM_TEXT: r->options.render.parse.format = baiviet::input_format::text; break;
    default: return fail(&r->error, BAIVIET_ERR_INVALID_ARGUMENT, "unknown input format");
  }
  return succeed(&r->error);
}

BAIVIET_API int baiviet_renderer_set_output(baiviet_renderer* r, int output_format) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  switch (output_format) {
    case BAIVIET_TO_HTML: r->options.render.to = output_format::html; break;
    case BAIVIET_TO_JSON: r->options.render.to = output_format::json; break;
    case BAIVIET_TO_TEXT: r->options.render.to = output_format::text; break;
    case BAIVIET_TO_JSONLD: r->options.render.to = output_format::jsonld; break;
    default: return fail(&r->error, BAIVIET_ERR_INVALID_ARGUMENT, "unknown output format");
  }
  return succeed(&r->error);
}

BAIVIET_API int baiviet_renderer_set_flags(baiviet_renderer* r, unsigned flags) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  if (flags & ~all_bits(false)) return fail(&r->error, BAIVIET_ERR_INVALID_ARGUMENT, "unknown render flag");
  apply_bits(r->options, flags, false);
  r->flags = flags;
  return succeed(&r->error);
}

BAIVIET_API unsigned baiviet_renderer_flags(const baiviet_renderer* r) BAIVIET_NOEXCEPT { return r ? r->flags : 0u; }

BAIVIET_API int baiviet_renderer_set_import_flags(baiviet_renderer* r, unsigned flags) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  if (flags & ~all_bits(true)) return fail(&r->error, BAIVIET_ERR_INVALID_ARGUMENT, "unknown import flag");
  apply_bits(r->options, flags, true);
  return succeed(&r->error);
}

BAIVIET_API int baiviet_renderer_set_option(baiviet_renderer* r, const char* name, const char* value,
                                            size_t value_len) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  return guarded(&r->error, [&]() -> int {
    if (!name) return fail(&r->error, BAIVIET_ERR_INVALID_ARGUMENT, "option name is NULL");
    std::string_view v;
    if (!view_of(value, value_len, v)) return bad_text(&r->error);
    const baiviet::detail::option_spec* spec = baiviet::detail::find_option(name);
    if (!spec) return fail(&r->error, BAIVIET_ERR_INVALID_ARGUMENT, std::string("unknown option '") + name + "'");
    // "from" and "to" of an excerpt share their names with render's: the
    // renderer's input/output formats are the render ones; the excerpt's are
    // the function arguments and flags of baiviet_excerpt.
    baiviet::error e = baiviet::detail::set_option_text(r->options, *spec, v);
    if (e.code != baiviet::errc::ok) return fail(&r->error, e);
    return succeed(&r->error);
  });
}

BAIVIET_API int baiviet_renderer_set_id_prefix(baiviet_renderer* r, const char* s, size_t len) BAIVIET_NOEXCEPT {
  return baiviet_renderer_set_option(r, "id_prefix", s, len);
}

BAIVIET_API int baiviet_renderer_set_stylesheet_href(baiviet_renderer* r, const char* s,
                                                     size_t len) BAIVIET_NOEXCEPT {
  return baiviet_renderer_set_option(r, "stylesheet_href", s, len);
}

BAIVIET_API int baiviet_renderer_set_toc_max_level(baiviet_renderer* r, int level) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  if (level < 1 || level > 6) return fail(&r->error, BAIVIET_ERR_INVALID_ARGUMENT, "TOC level must be 1-6");
  r->options.render.html.toc_max_level = level;
  return succeed(&r->error);
}

BAIVIET_API int baiviet_renderer_set_max_input_bytes(baiviet_renderer* r, size_t max_bytes) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  if (max_bytes == 0) return fail(&r->error, BAIVIET_ERR_INVALID_ARGUMENT, "maximum input size must be > 0");
  r->options.render.parse.max_input_bytes = max_bytes;
  return succeed(&r->error);
}

BAIVIET_API int baiviet_parse(baiviet_renderer* r, const char* src, size_t len, baiviet_article** out) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  return guarded(&r->error, [&]() -> int {
    std::string_view s;
    if (!view_of(src, len, s)) return bad_text(&r->error);
    if (!out) return bad_out(&r->error);
    auto parsed = baiviet::parse(s, resolved(*r).render.parse);
    if (!parsed) return fail(&r->error, parsed.error());
    auto* a = new (std::nothrow) baiviet_article();
    if (!a) return fail(&r->error, BAIVIET_ERR_OUT_OF_MEMORY, "out of memory");
    a->value = std::move(*parsed);
    r->warnings = warning_lines(a->value.warnings);
    *out = a;
    return succeed(&r->error);
  });
}

BAIVIET_API void baiviet_article_free(baiviet_article* a) BAIVIET_NOEXCEPT { delete a; }

BAIVIET_API int baiviet_article_render(const baiviet_article* a, baiviet_renderer* r, char** out,
                                       size_t* out_len) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  if (!a) return fail(&r->error, BAIVIET_ERR_INVALID_ARGUMENT, "article is NULL");
  return guarded(&r->error, [&]() -> int {
    if (!out) return bad_out(&r->error);
    auto rendered = baiviet::render(a->value, resolved(*r).render);
    if (!rendered) return fail(&r->error, rendered.error());
    r->warnings = warning_lines(rendered->warnings);
    return deliver(&r->error, rendered->output, out, out_len);
  });
}

BAIVIET_API int baiviet_render(baiviet_renderer* r, const char* src, size_t len, char** out,
                               size_t* out_len) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  return guarded(&r->error, [&]() -> int {
    if (!out) return bad_out(&r->error);
    baiviet_article* a = nullptr;
    int status = baiviet_parse(r, src, len, &a);
    if (status != BAIVIET_OK) return status;
    status = baiviet_article_render(a, r, out, out_len);
    baiviet_article_free(a);
    return status;
  });
}

BAIVIET_API int baiviet_import_text(baiviet_renderer* r, const char* text, size_t len, char** out,
                                    size_t* out_len) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  return guarded(&r->error, [&]() -> int {
    std::string_view s;
    if (!view_of(text, len, s)) return bad_text(&r->error);
    if (!out) return bad_out(&r->error);
    call_options o = resolved(*r);
    o.render.parse.format = baiviet::input_format::text;
    auto imported = baiviet::parse(s, o.render.parse);
    if (!imported) return fail(&r->error, imported.error());
    auto rendered = baiviet::render(*imported, o.render);
    if (!rendered) return fail(&r->error, rendered.error());
    r->warnings = warning_lines(rendered->warnings);
    return deliver(&r->error, rendered->output, out, out_len);
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

namespace {

/// The renderer's excerpt options with the C call's limit and flags.
int excerpt_options_of(baiviet_renderer* r, size_t limit, unsigned flags, baiviet::excerpt_options& eo) {
  if (flags & ~all_excerpt_flags) return fail(&r->error, BAIVIET_ERR_INVALID_ARGUMENT, "unknown excerpt flag");
  if ((flags & BAIVIET_EXCERPT_WORDS) && (flags & BAIVIET_EXCERPT_SENTENCES))
    return fail(&r->error, BAIVIET_ERR_INVALID_ARGUMENT, "choose words or sentences, not both");
  if ((flags & BAIVIET_EXCERPT_FROM_SAPO) && (flags & BAIVIET_EXCERPT_FROM_BODY))
    return fail(&r->error, BAIVIET_ERR_INVALID_ARGUMENT, "choose sapo or body, not both");
  eo = r->options.excerpt;
  eo.limit = limit;
  eo.unit = baiviet::excerpt_unit::graphemes;
  if (flags & BAIVIET_EXCERPT_WORDS) eo.unit = baiviet::excerpt_unit::words;
  if (flags & BAIVIET_EXCERPT_SENTENCES) eo.unit = baiviet::excerpt_unit::sentences;
  eo.source = baiviet::excerpt_source::auto_detect;
  if (flags & BAIVIET_EXCERPT_FROM_SAPO) eo.source = baiviet::excerpt_source::sapo;
  if (flags & BAIVIET_EXCERPT_FROM_BODY) eo.source = baiviet::excerpt_source::body;
  eo.to = (flags & BAIVIET_EXCERPT_TO_HTML) ? baiviet::excerpt_output::html : baiviet::excerpt_output::text;
  if (flags & BAIVIET_EXCERPT_NO_CLOSE_BRACKETS) eo.close_brackets = false;
  return BAIVIET_OK;
}

int deliver_excerpt(baiviet_renderer* r, const baiviet::result<baiviet::excerpt_result>& ex, char** out,
                    size_t* out_len, baiviet_excerpt_info* info) {
  if (!ex) return fail(&r->error, ex.error());
  int status = deliver(&r->error, std::string_view(ex->text), out, out_len);
  if (status == BAIVIET_OK && info) {
    info->truncated = ex->truncated ? 1 : 0;
    info->ellipsis = ex->ellipsis ? 1 : 0;
    info->graphemes = ex->graphemes;
    info->words = ex->words;
  }
  return status;
}

int deliver_reading(const baiviet::reading_time& t, baiviet_reading_time* out, error_state* e) {
  char* label = nullptr;
  if (!copy_out(t.label, &label, nullptr)) return fail(e, BAIVIET_ERR_OUT_OF_MEMORY, "out of memory");
  *out = baiviet_reading_time{t.words, t.images, t.seconds, t.minutes, label};
  return succeed(e);
}

}  // namespace

BAIVIET_API int baiviet_article_excerpt(const baiviet_article* a, baiviet_renderer* r, size_t limit, unsigned flags,
                                        char** out, size_t* out_len, baiviet_excerpt_info* info) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  if (!a) return fail(&r->error, BAIVIET_ERR_INVALID_ARGUMENT, "article is NULL");
  return guarded(&r->error, [&]() -> int {
    if (!out) return bad_out(&r->error);
    baiviet::excerpt_options eo;
    if (int st = excerpt_options_of(r, limit, flags, eo); st != BAIVIET_OK) return st;
    return deliver_excerpt(r, baiviet::excerpt(a->value, eo), out, out_len, info);
  });
}

BAIVIET_API int baiviet_excerpt(baiviet_renderer* r, int kind, const char* src, size_t len, size_t limit,
                                unsigned flags, char** out, size_t* out_len,
                                baiviet_excerpt_info* info) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  return guarded(&r->error, [&]() -> int {
    std::string_view s;
    if (!view_of(src, len, s)) return bad_text(&r->error);
    if (!out) return bad_out(&r->error);
    baiviet::excerpt_options eo;
    if (int st = excerpt_options_of(r, limit, flags, eo); st != BAIVIET_OK) return st;
    switch (kind) {
      case BAIVIET_EXCERPT_ARTICLE: {
        auto parsed = baiviet::parse(s, resolved(*r).render.parse);
        if (!parsed) return fail(&r->error, parsed.error());
        return deliver_excerpt(r, baiviet::excerpt(*parsed, eo), out, out_len, info);
      }
      case BAIVIET_EXCERPT_TEXT: return deliver_excerpt(r, baiviet::excerpt_text(s, eo), out, out_len, info);
      case BAIVIET_EXCERPT_HTML: return deliver_excerpt(r, baiviet::excerpt_html(s, eo), out, out_len, info);
      default: return fail(&r->error, BAIVIET_ERR_INVALID_ARGUMENT, "unknown excerpt kind");
    }
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
    auto parsed = baiviet::parse(s, resolved(*r).render.parse);
    if (!parsed) return fail(&r->error, parsed.error());
    baiviet::reading_options ro = r->options.reading;
    if (words_per_minute) ro.words_per_minute = words_per_minute;
    return deliver_reading(baiviet::article_reading_time(*parsed, ro), out, &r->error);
  });
}

BAIVIET_API int baiviet_article_reading(const baiviet_article* a, unsigned words_per_minute,
                                        baiviet_reading_time* out) BAIVIET_NOEXCEPT {
  if (!a) return bad_article();
  return guarded(nullptr, [&]() -> int {
    if (!out) return bad_out(nullptr);
    baiviet::reading_options ro;
    if (words_per_minute) ro.words_per_minute = words_per_minute;
    return deliver_reading(baiviet::article_reading_time(a->value, ro), out, nullptr);
  });
}

BAIVIET_API int baiviet_article_reading_options(const baiviet_article* a, baiviet_renderer* r,
                                               baiviet_reading_time* out) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  if (!a) return fail(&r->error, BAIVIET_ERR_INVALID_ARGUMENT, "article is NULL");
  return guarded(&r->error, [&]() -> int {
    if (!out) return bad_out(&r->error);
    return deliver_reading(baiviet::article_reading_time(a->value, r->options.reading), out, &r->error);
  });
}

BAIVIET_API int baiviet_render_record(baiviet_renderer* r, const char* line, size_t len, size_t input_line,
                                      size_t max_line_bytes, char** out, size_t* out_len,
                                      int* record_ok) BAIVIET_NOEXCEPT {
  if (!r) return null_handle();
  return guarded(&r->error, [&]() -> int {
    std::string_view s;
    if (!view_of(line, len, s)) return bad_text(&r->error);
    if (!out) return bad_out(&r->error);
    bool ok = false;
    // The renderer's options are every line's defaults (resolved per line, after its own fields).
    std::string rec = baiviet::detail::render_record(s, input_line, r->options, max_line_bytes, ok);
    if (record_ok) *record_ok = ok ? 1 : 0;
    return deliver(&r->error, rec, out, out_len);
  });
}

BAIVIET_API int baiviet_article_counts(const baiviet_article* a, baiviet_text_counts* out) BAIVIET_NOEXCEPT {
  if (!a) return bad_article();
  return guarded(nullptr, [&]() -> int {
    if (!out) return bad_out(nullptr);
    auto c = baiviet::article_counts(a->value);
    *out = baiviet_text_counts{c.graphemes, c.code_points, c.words, c.sentences};
    return succeed(nullptr);
  });
}

BAIVIET_API int baiviet_article_json(const baiviet_article* a, unsigned flags, char** out,
                                     size_t* out_len) BAIVIET_NOEXCEPT {
  if (!a) return bad_article();
  return guarded(nullptr, [&]() -> int {
    if (!out) return bad_out(nullptr);
    if (flags & ~(BAIVIET_RENDER_JSON_COMPACT | BAIVIET_RENDER_JSON_INLINES))
      return fail(nullptr, BAIVIET_ERR_INVALID_ARGUMENT, "only the JSON flags apply to baiviet_article_json");
    baiviet::json_options jo;
    jo.pretty = !(flags & BAIVIET_RENDER_JSON_COMPACT);
    jo.inlines = (flags & BAIVIET_RENDER_JSON_INLINES) != 0;
    return deliver(nullptr, baiviet::render_json(a->value, jo), out, out_len);
  });
}

BAIVIET_API size_t baiviet_article_warning_count(const baiviet_article* a) BAIVIET_NOEXCEPT {
  return a ? a->value.warnings.size() : 0;
}

BAIVIET_API const char* baiviet_article_warning(const baiviet_article* a, size_t i) BAIVIET_NOEXCEPT {
  if (!a || i >= a->value.warnings.size()) return "";
  return a->value.warnings[i].message.c_str();
}

BAIVIET_API size_t baiviet_article_warning_line(const baiviet_article* a, size_t i) BAIVIET_NOEXCEPT {
  if (!a || i >= a->value.warnings.size()) return 0;
  return a->value.warnings[i].line;
}

}  // extern "C"
