// Bindings for format.hpp: format.* and parse.number / parse.iso8601.
// Positional arguments arrive as a JSON array in `input` (numbers exactly as JS holds them;
// NaN/±Infinity arrive as null and are rejected by the C++ side as non-finite), the options
// object as usual.
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include <unicode/uloc.h>

#include "baiviet/format.hpp"
#include "glue.hpp"

namespace baiviet::js {
namespace {

/// The positional arguments of a call.
class args {
 public:
  explicit args(std::string_view input) {
    j_ = parse_json(input);
    ok_ = !j_.is_discarded() && j_.is_array();
  }
  bool ok() const { return ok_; }
  std::size_t size() const { return ok_ ? j_.size() : 0; }
  /// A number (null = NaN: JSON cannot carry non-finite values).
  bool number(std::size_t i, double& out) const {
    if (i >= size()) return false;
    const auto& v = j_[i];
    if (v.is_null()) { out = std::numeric_limits<double>::quiet_NaN(); return true; }
    if (!v.is_number()) return false;
    out = v.get<double>();
    return true;
  }
  bool string(std::size_t i, std::string& out) const {
    if (i >= size() || !j_[i].is_string()) return false;
    out = j_[i].get<std::string>();
    return true;
  }
  bool has(std::size_t i) const { return i < size() && !j_[i].is_null(); }

 private:
  json j_;
  bool ok_ = false;
};

baiviet::error arg_error(const char* fn, const char* what) {
  return bad_argument(std::string(fn) + ": " + what);
}

void read_number_options(options& o, number_options& n) {
  o.get("minFractionDigits", n.min_fraction_digits);
  o.get("maxFractionDigits", n.max_fraction_digits);
  o.get("minSignificantDigits", n.min_significant_digits);
  o.get("maxSignificantDigits", n.max_significant_digits);
  o.get("grouping", n.grouping);
  int r = -1;
  if (o.get_enum("rounding", {"halfUp", "halfEven", "halfDown", "up", "down", "ceiling", "floor"}, r))
    n.rounding = static_cast<rounding_mode>(r);
}

bool merge(options& sub, baiviet::error& err) {
  auto e = sub.finish();
  if (e.code != errc::ok && err.code == errc::ok) err = e;
  return err.code == errc::ok;
}

// format.numbers: the input is the bytes of a Float64Array (no JSON for a whole table);
// the output is the formatted strings joined by '\n' (a number's text never has one).
result<std::string> bind_numbers(std::string_view input, options& o) {
  if (input.size() % sizeof(double) != 0) return arg_error("format.numbers", "expected the bytes of a Float64Array");
  std::vector<double> values(input.size() / sizeof(double));
  if (!values.empty()) std::memcpy(values.data(), input.data(), input.size());
  number_options n;
  read_number_options(o, n);
  auto e = o.finish();
  if (e.code != errc::ok) return e;
  auto all = format_numbers(values, n);
  if (!all) return all.error();
  std::string out;
  for (std::size_t i = 0; i < all->size(); ++i) {
    if (i) out.push_back('\n');
    out += (*all)[i];
  }
  return out;
}

// One-number functions: (value, options)
template <result<std::string> (*F)(double, const number_options&)>
result<std::string> one_number(std::string_view input, options& o) {
  args a(input);
  double v = 0;
  if (!a.number(0, v)) return arg_error("format", "expected a number");
  number_options n;
  read_number_options(o, n);
  auto e = o.finish();
  if (e.code != errc::ok) return e;
  return F(v, n);
}

result<std::string> bind_ratio(std::string_view input, options& o) {
  args a(input);
  double x = 0, y = 0;
  if (!a.number(0, x) || !a.number(1, y)) return arg_error("format.ratio", "expected two numbers");
  number_options n;
  read_number_options(o, n);
  auto e = o.finish();
  if (e.code != errc::ok) return e;
  return format_ratio(x, y, n);
}

result<std::string> bind_range(std::string_view input, options& o) {
  args a(input);
  double x = 0, y = 0;
  if (!a.number(0, x) || !a.number(1, y)) return arg_error("format.range", "expected two numbers");
  range_options r;
  baiviet::error err{errc::ok, {}, 0};
  auto no = o.sub("number");
  read_number_options(no, r.number);
  o.get("separator", r.separator);
  merge(no, err);
  merge(o, err);
  if (err.code != errc::ok) return err;
  return format_range(x, y, r);
}

result<std::string> bind_money(std::string_view input, options& o) {
  args a(input);
  double v = 0;
  std::string currency = "VND";
  if (!a.number(0, v)) return arg_error("format.money", "expected a number");
  if (a.has(1) && !a.string(1, currency)) return arg_error("format.money", "currency must be a string");
  number_options n;
  read_number_options(o, n);
  auto e = o.finish();
  if (e.code != errc::ok) return e;
  return format_money(v, currency, n);
}

bool read_style(options& o, const char* key, compact_style& s) {
  int i = -1;
  if (o.get_enum(key, {"long", "short"}, i)) s = static_cast<compact_style>(i);
  return true;
}

result<std::string> bind_compact(std::string_view input, options& o) {
  args a(input);
  double v = 0;
  if (!a.number(0, v)) return arg_error("format.compact", "expected a number");
  compact_style style = compact_style::long_names;
  read_style(o, "style", style);
  number_options n;
  read_number_options(o, n);
  auto e = o.finish();
  if (e.code != errc::ok) return e;
  return format_compact(v, style, n);
}

result<std::string> bind_count(std::string_view input, options& o) {
  args a(input);
  double v = 0;
  std::string label;
  if (!a.number(0, v)) return arg_error("format.count", "expected a number");
  if (a.has(1) && !a.string(1, label)) return arg_error("format.count", "label must be a string");
  count_options c;
  baiviet::error err{errc::ok, {}, 0};
  o.get("compact", c.compact);
  read_style(o, "style", c.style);
  auto no = o.sub("number");
  read_number_options(no, c.number);
  merge(no, err);
  merge(o, err);
  if (err.code != errc::ok) return err;
  return format_count(v, label, c);
}

result<std::string> bind_unit(std::string_view input, options& o) {
  args a(input);
  double v = 0;
  std::string unit;
  if (!a.number(0, v) || !a.string(1, unit)) return arg_error("format.unit", "expected a number and a unit");
  number_options n;
  read_number_options(o, n);
  auto e = o.finish();
  if (e.code != errc::ok) return e;
  return format_unit(v, unit, n);
}

void read_words_options(options& o, words_options& w) {
  o.get("linh", w.linh);
  o.get("ngan", w.ngan);
  o.get("ti", w.ti);
  o.get("maxFractionDigits", w.max_fraction_digits);
  o.get("capitalize", w.capitalize);
}

result<std::string> bind_words(std::string_view input, options& o) {
  args a(input);
  words_options w;
  read_words_options(o, w);
  auto e = o.finish();
  if (e.code != errc::ok) return e;
  std::string big;
  if (a.string(0, big)) {  // a BigInt from JS, as decimal text: the int64 overload
    char* end = nullptr;
    errno = 0;
    long long v = std::strtoll(big.c_str(), &end, 10);
    if (big.empty() || *end != '\0' || errno == ERANGE) return arg_error("format.words", "integer out of range");
    return format_words(static_cast<std::int64_t>(v), w);
  }
  double v = 0;
  if (!a.number(0, v)) return arg_error("format.words", "expected a number or a BigInt");
  return format_words(v, w);
}

result<std::string> bind_money_words(std::string_view input, options& o) {
  args a(input);
  double v = 0;
  if (!a.number(0, v)) return arg_error("format.moneyWords", "expected a number");
  words_options w;
  read_words_options(o, w);
  auto e = o.finish();
  if (e.code != errc::ok) return e;
  return format_money_words(v, w);
}

/// A time: epoch milliseconds (number, from a Date or Date.now()) or an ISO 8601 string.
bool read_instant(const args& a, std::size_t i, const std::string& zone, result<instant>& out) {
  double ms = 0;
  std::string iso;
  if (a.string(i, iso)) {
    out = parse_iso8601(iso, zone);
    return true;
  }
  if (!a.number(i, ms)) return false;
  if (!std::isfinite(ms) || std::fabs(ms) > 8.64e15) {
    out = bad_argument("time value out of range (|ms| <= 8.64e15, as JS Date)");
    return true;
  }
  out = instant{static_cast<std::int64_t>(std::floor(ms))};
  return true;
}

result<std::string> bind_date(std::string_view input, options& o) {
  args a(input);
  date_options d;
  int style = -1;
  if (o.get_enum("style", {"dateline", "administrative", "shortDate", "paddedDate", "dayMonth", "time",
                           "dateTime", "iso8601", "isoDate"}, style))
    d.style = static_cast<date_style>(style);
  o.get("timeZone", d.time_zone);
  int wd = -1;
  if (o.get_enum("weekday", {"title", "lower"}, wd)) d.weekday = static_cast<weekday_case>(wd);
  auto e = o.finish();
  if (e.code != errc::ok) return e;
  std::string iso;
  if (a.string(0, iso)) return format_date(std::string_view(iso), d);
  result<instant> when = instant{};
  if (!read_instant(a, 0, d.time_zone, when)) return arg_error("format.date", "expected a Date, epoch ms or ISO 8601 text");
  if (!when) return when.error();
  return format_date(*when, d);
}

result<std::string> bind_relative(std::string_view input, options& o) {
  args a(input);
  relative_options r;
  o.get("timeZone", r.time_zone);
  o.get("alwaysNumeric", r.always_numeric);
  o.get("capitalize", r.capitalize);
  auto e = o.finish();
  if (e.code != errc::ok) return e;
  result<instant> when = instant{}, now = instant{};
  if (!read_instant(a, 0, r.time_zone, when) || !read_instant(a, 1, r.time_zone, now))
    return arg_error("format.relative", "expected (when, now) as Dates, epoch ms or ISO 8601 text");
  if (!when) return when.error();
  if (!now) return now.error();
  return format_relative(*when, *now, r);
}

result<std::string> bind_parse_number(std::string_view text, options& o) {
  auto e = o.finish();
  if (e.code != errc::ok) return e;
  auto p = parse_number(text);
  if (!p) return p.error();
  static const char* kinds[] = {"number", "percent", "money", "measure"};
  json j = {{"kind", kinds[static_cast<int>(p->kind)]}, {"unit", p->unit}, {"value", p->value}};
  return dump(j);
}

result<std::string> bind_parse_iso8601(std::string_view text, options& o) {
  std::string zone = "Asia/Ho_Chi_Minh";
  o.get("timeZone", zone);
  auto e = o.finish();
  if (e.code != errc::ok) return e;
  auto t = parse_iso8601(text, zone);
  if (!t) return t.error();
  return json(t->epoch_ms).dump();
}

const binding k_bindings[] = {
    {"format.number", one_number<format_number>},
    {"format.numbers", bind_numbers},
    {"format.percent", one_number<format_percent>},
    {"format.moneyNews", one_number<format_money_news>},
    {"format.ratio", bind_ratio},
    {"format.range", bind_range},
    {"format.money", bind_money},
    {"format.compact", bind_compact},
    {"format.count", bind_count},
    {"format.unit", bind_unit},
    {"format.words", bind_words},
    {"format.moneyWords", bind_money_words},
    {"format.date", bind_date},
    {"format.relative", bind_relative},
    {"parse.number", bind_parse_number},
    {"parse.iso8601", bind_parse_iso8601},
};
const registrar k_register(k_bindings, sizeof k_bindings / sizeof k_bindings[0]);

}  // namespace
}  // namespace baiviet::js

// Called by bv_set_icu_data (icu_data.cpp) once the data is in place. The default locale
// would otherwise follow the browser's language (emscripten's LANG): pin it so that no
// fallback depends on the user's machine. The library passes "vi" explicitly everywhere anyway.
extern "C" int bv_pin_default_locale() {
  UErrorCode status = U_ZERO_ERROR;
  uloc_setDefault("vi", &status);
  return U_FAILURE(status) ? static_cast<int>(status) : 0;
}
