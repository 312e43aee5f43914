// C API: the formatter handle (numbers, money, compact, units, words, dates,
// relative time, parsing numbers back). The ICU formatters themselves are
// cached per thread by the C++ layer (src/format/), so a handle is only options.
#include <cmath>
#include <new>
#include <span>
#include <string>

#include "baiviet/baiviet.h"
#include "baiviet/format.hpp"
#include "capi/capi_util.hpp"

using namespace baiviet::detail::capi;

struct baiviet_formatter {
  baiviet::number_options number;
  baiviet::words_options words;
  std::string time_zone = "Asia/Ho_Chi_Minh";
  unsigned flags = 0;
  error_state error;
};

namespace {

constexpr unsigned all_format_flags = (1u << 8) - 1;

int null_handle() noexcept { return fail(nullptr, BAIVIET_ERR_INVALID_ARGUMENT, "formatter is NULL"); }

int bad_out(error_state* e) noexcept { return fail(e, BAIVIET_ERR_INVALID_ARGUMENT, "output pointer is NULL"); }

baiviet::words_options words_of(const baiviet_formatter& f) {
  baiviet::words_options w = f.words;
  w.linh = f.flags & BAIVIET_FORMAT_WORDS_LINH;
  w.ngan = f.flags & BAIVIET_FORMAT_WORDS_NGAN;
  w.ti = f.flags & BAIVIET_FORMAT_WORDS_TI;
  w.capitalize = f.flags & BAIVIET_FORMAT_CAPITALIZE;
  return w;
}

bool date_style_of(int style, baiviet::date_style& out) {
  using ds = baiviet::date_style;
  switch (style) {
    case BAIVIET_DATE_DATELINE: out = ds::dateline; return true;
    case BAIVIET_DATE_ADMINISTRATIVE: out = ds::administrative; return true;
    case BAIVIET_DATE_SHORT: out = ds::short_date; return true;
    case BAIVIET_DATE_PADDED: out = ds::padded_date; return true;
    case BAIVIET_DATE_DAY_MONTH: out = ds::day_month; return true;
    case BAIVIET_DATE_TIME: out = ds::time; return true;
    case BAIVIET_DATE_DATE_TIME: out = ds::date_time; return true;
    case BAIVIET_DATE_ISO8601: out = ds::iso8601; return true;
    case BAIVIET_DATE_ISO_DATE: out = ds::iso_date; return true;
    default: return false;
  }
}

/// Runs a string-producing formatter call with the usual checks.
template <class F>
int format_call(baiviet_formatter* f, char** out, size_t* out_len, F&& body) noexcept {
  if (!f) return null_handle();
  return guarded(&f->error, [&]() -> int {
    if (!out) return bad_out(&f->error);
    return deliver_result(&f->error, body(), out, out_len);
  });
}

}  // namespace

extern "C" {

BAIVIET_API baiviet_formatter* baiviet_formatter_new(void) BAIVIET_NOEXCEPT {
  baiviet_formatter* f = nullptr;
  guarded(nullptr, [&]() -> int {
    f = new (std::nothrow) baiviet_formatter();
    return f ? BAIVIET_OK : fail(nullptr, BAIVIET_ERR_OUT_OF_MEMORY, "out of memory");
  });
  return f;
}

BAIVIET_API void baiviet_formatter_free(baiviet_formatter* f) BAIVIET_NOEXCEPT { delete f; }

BAIVIET_API int baiviet_formatter_set_flags(baiviet_formatter* f, unsigned flags) BAIVIET_NOEXCEPT {
  if (!f) return null_handle();
  if (flags & ~all_format_flags) return fail(&f->error, BAIVIET_ERR_INVALID_ARGUMENT, "unknown format flag");
  f->flags = flags;
  f->number.grouping = !(flags & BAIVIET_FORMAT_NO_GROUPING);
  return succeed(&f->error);
}

BAIVIET_API int baiviet_formatter_set_fraction_digits(baiviet_formatter* f, int min, int max) BAIVIET_NOEXCEPT {
  if (!f) return null_handle();
  if (min < -1 || max < -1 || min > 20 || max > 20 || (min >= 0 && max >= 0 && min > max))
    return fail(&f->error, BAIVIET_ERR_INVALID_ARGUMENT, "fraction digits must be -1 or 0-20 with min <= max");
  f->number.min_fraction_digits = min;
  f->number.max_fraction_digits = max;
  return succeed(&f->error);
}

BAIVIET_API int baiviet_formatter_set_significant_digits(baiviet_formatter* f, int min,
                                                         int max) BAIVIET_NOEXCEPT {
  if (!f) return null_handle();
  bool off = min == 0 && max == 0;
  if (!off && (min < 0 || max < 1 || max > 999 || min > max))
    return fail(&f->error, BAIVIET_ERR_INVALID_ARGUMENT, "significant digits must be 0, 0 or 1-999 with min <= max");
  f->number.min_significant_digits = min;
  f->number.max_significant_digits = max;
  return succeed(&f->error);
}

BAIVIET_API int baiviet_formatter_set_rounding(baiviet_formatter* f, int rounding) BAIVIET_NOEXCEPT {
  if (!f) return null_handle();
  if (rounding < BAIVIET_ROUND_HALF_UP || rounding > BAIVIET_ROUND_FLOOR)
    return fail(&f->error, BAIVIET_ERR_INVALID_ARGUMENT, "unknown rounding mode");
  f->number.rounding = static_cast<baiviet::rounding_mode>(rounding);
  return succeed(&f->error);
}

BAIVIET_API int baiviet_formatter_set_time_zone(baiviet_formatter* f, const char* zone, size_t len) BAIVIET_NOEXCEPT {
  if (!f) return null_handle();
  return guarded(&f->error, [&]() -> int {
    std::string_view z;
    if (!view_of(zone, len, z) || z.empty())
      return fail(&f->error, BAIVIET_ERR_INVALID_ARGUMENT, "time zone is empty");
    f->time_zone.assign(z);
    return succeed(&f->error);
  });
}

BAIVIET_API int baiviet_formatter_set_words_fraction_digits(baiviet_formatter* f, int digits) BAIVIET_NOEXCEPT {
  if (!f) return null_handle();
  if (digits < 0 || digits > 6) return fail(&f->error, BAIVIET_ERR_INVALID_ARGUMENT, "words: 0-6 fraction digits");
  f->words.max_fraction_digits = digits;
  return succeed(&f->error);
}

BAIVIET_API const char* baiviet_formatter_error(const baiviet_formatter* f) BAIVIET_NOEXCEPT {
  return f ? f->error.message.c_str() : "formatter is NULL";
}

BAIVIET_API int baiviet_formatter_error_code(const baiviet_formatter* f) BAIVIET_NOEXCEPT {
  return f ? f->error.code : BAIVIET_ERR_INVALID_ARGUMENT;
}

BAIVIET_API int baiviet_format_number(baiviet_formatter* f, double value, char** out, size_t* out_len) BAIVIET_NOEXCEPT {
  return format_call(f, out, out_len, [&] { return baiviet::format_number(value, f->number); });
}

BAIVIET_API int baiviet_format_numbers(baiviet_formatter* f, const double* values, size_t count, char** out,
                                       size_t* out_len) BAIVIET_NOEXCEPT {
  return format_call(f, out, out_len, [&]() -> baiviet::result<std::string> {
    if (!values && count > 0)
      return baiviet::make_error(baiviet::errc::invalid_argument, "NULL values with a non-zero count");
    auto all = baiviet::format_numbers(std::span<const double>(values, count), f->number);
    if (!all) return all.error();
    std::string joined;
    for (const auto& s : *all) {
      joined += s;
      joined.push_back('\0');
    }
    return joined;
  });
}

BAIVIET_API int baiviet_format_percent(baiviet_formatter* f, double ratio, char** out, size_t* out_len) BAIVIET_NOEXCEPT {
  return format_call(f, out, out_len, [&] { return baiviet::format_percent(ratio, f->number); });
}

BAIVIET_API int baiviet_format_money(baiviet_formatter* f, double amount, const char* currency, size_t currency_len,
                                     char** out, size_t* out_len) BAIVIET_NOEXCEPT {
  return format_call(f, out, out_len, [&]() -> baiviet::result<std::string> {
    std::string_view c;
    if (!view_of(currency, currency_len, c))
      return baiviet::make_error(baiviet::errc::invalid_argument, "NULL currency with a non-zero length");
    if (c.empty()) c = "VND";
    return baiviet::format_money(amount, c, f->number);
  });
}

BAIVIET_API int baiviet_format_money_news(baiviet_formatter* f, double amount, char** out,
                                          size_t* out_len) BAIVIET_NOEXCEPT {
  return format_call(f, out, out_len, [&] { return baiviet::format_money_news(amount, f->number); });
}

BAIVIET_API int baiviet_format_compact(baiviet_formatter* f, double value, char** out, size_t* out_len) BAIVIET_NOEXCEPT {
  return format_call(f, out, out_len, [&] {
    auto style = (f->flags & BAIVIET_FORMAT_SHORT) ? baiviet::compact_style::short_names
                                                   : baiviet::compact_style::long_names;
    return baiviet::format_compact(value, style, f->number);
  });
}

BAIVIET_API int baiviet_format_unit(baiviet_formatter* f, double value, const char* unit, size_t unit_len, char** out,
                                    size_t* out_len) BAIVIET_NOEXCEPT {
  return format_call(f, out, out_len, [&]() -> baiviet::result<std::string> {
    std::string_view u;
    if (!view_of(unit, unit_len, u) || u.empty())
      return baiviet::make_error(baiviet::errc::invalid_argument, "unit is empty");
    return baiviet::format_unit(value, u, f->number);
  });
}

BAIVIET_API int baiviet_format_words(baiviet_formatter* f, double value, char** out, size_t* out_len) BAIVIET_NOEXCEPT {
  return format_call(f, out, out_len, [&] { return baiviet::format_words(value, words_of(*f)); });
}

BAIVIET_API int baiviet_format_money_words(baiviet_formatter* f, double amount, char** out,
                                           size_t* out_len) BAIVIET_NOEXCEPT {
  return format_call(f, out, out_len, [&] { return baiviet::format_money_words(amount, words_of(*f)); });
}

BAIVIET_API int baiviet_format_date(baiviet_formatter* f, int64_t epoch_ms, int style, char** out,
                                    size_t* out_len) BAIVIET_NOEXCEPT {
  return format_call(f, out, out_len, [&]() -> baiviet::result<std::string> {
    baiviet::date_options o;
    if (!date_style_of(style, o.style)) return baiviet::make_error(baiviet::errc::invalid_argument, "unknown date style");
    o.time_zone = f->time_zone;
    if (f->flags & BAIVIET_FORMAT_WEEKDAY_LOWER) o.weekday = baiviet::weekday_case::lower;
    return baiviet::format_date(baiviet::from_epoch_ms(epoch_ms), o);
  });
}

BAIVIET_API int baiviet_format_date_iso(baiviet_formatter* f, const char* iso, size_t len, int style, char** out,
                                        size_t* out_len) BAIVIET_NOEXCEPT {
  return format_call(f, out, out_len, [&]() -> baiviet::result<std::string> {
    baiviet::date_options o;
    if (!date_style_of(style, o.style)) return baiviet::make_error(baiviet::errc::invalid_argument, "unknown date style");
    std::string_view s;
    if (!view_of(iso, len, s))
      return baiviet::make_error(baiviet::errc::invalid_argument, "NULL text with a non-zero length");
    o.time_zone = f->time_zone;
    if (f->flags & BAIVIET_FORMAT_WEEKDAY_LOWER) o.weekday = baiviet::weekday_case::lower;
    return baiviet::format_date(s, o);
  });
}

BAIVIET_API int baiviet_format_relative(baiviet_formatter* f, int64_t when_ms, int64_t now_ms, char** out,
                                        size_t* out_len) BAIVIET_NOEXCEPT {
  return format_call(f, out, out_len, [&] {
    baiviet::relative_options o;
    o.time_zone = f->time_zone;
    o.always_numeric = f->flags & BAIVIET_FORMAT_RELATIVE_NUMERIC;
    o.capitalize = f->flags & BAIVIET_FORMAT_CAPITALIZE;
    return baiviet::format_relative(baiviet::from_epoch_ms(when_ms), baiviet::from_epoch_ms(now_ms), o);
  });
}

BAIVIET_API int baiviet_parse_number(baiviet_formatter* f, const char* text, size_t len, double* value,
                                     int* kind) BAIVIET_NOEXCEPT {
  if (!f) return null_handle();
  return guarded(&f->error, [&]() -> int {
    std::string_view s;
    if (!view_of(text, len, s))
      return fail(&f->error, BAIVIET_ERR_INVALID_ARGUMENT, "NULL text with a non-zero length");
    if (!value) return bad_out(&f->error);
    auto r = baiviet::parse_number(s);
    if (!r) return fail(&f->error, r.error());
    *value = r->value;
    if (kind) *kind = static_cast<int>(r->kind);
    return succeed(&f->error);
  });
}

}  // extern "C"
