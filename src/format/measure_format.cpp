// Money (ISO currencies and news-style VND), compact numbers, UI counts and
// measure units in Vietnamese, all through cached ICU number formatters.
#include <array>
#include <utility>

#include "baiviet/format.hpp"
#include "format/icu_support.hpp"
#include "format/units.hpp"

namespace baiviet {

using detail::number_kind;

result<std::string> format_money(double amount, std::string_view currency, const number_options& options) {
  if (!detail::is_finite_value(amount)) return detail::non_finite_error(amount, "format_money");
  auto f = detail::number_formatter(number_kind::currency, currency, options);
  if (!f) return f.error();
  return detail::run_formatter(**f, amount);
}

namespace {
// News prose keeps up to two decimals of the compact unit: "16,3 triệu đồng".
number_options news_defaults(const number_options& o) {
  number_options n = o;
  if (n.min_fraction_digits == -1 && n.max_fraction_digits == -1 && n.min_significant_digits == 0 &&
      n.max_significant_digits == 0) {
    n.min_fraction_digits = 0;
    n.max_fraction_digits = 2;
  }
  return n;
}
}  // namespace

result<std::string> format_money_news(double amount, const number_options& options) {
  if (!detail::is_finite_value(amount)) return detail::non_finite_error(amount, "format_money_news");
  auto f = detail::number_formatter(number_kind::compact_long, {}, news_defaults(options));
  if (!f) return f.error();
  auto text = detail::run_formatter(**f, amount);
  if (!text) return text;
  return *text + " \xC4\x91\xE1\xBB\x93ng";  // " đồng"
}

result<std::string> format_compact(double value, compact_style style, const number_options& options) {
  if (!detail::is_finite_value(value)) return detail::non_finite_error(value, "format_compact");
  auto kind = style == compact_style::long_names ? number_kind::compact_long : number_kind::compact_short;
  auto f = detail::number_formatter(kind, {}, options);
  if (!f) return f.error();
  return detail::run_formatter(**f, value);
}

result<std::string> format_count(double count, std::string_view label, const count_options& options) {
  if (!detail::is_finite_value(count)) return detail::non_finite_error(count, "format_count");
  result<std::string> text = options.compact ? format_compact(count, options.style, options.number)
                                              : format_number(count, options.number);
  if (!text || label.empty()) return text;
  std::string out = std::move(*text);
  out += ' ';
  out += label;
  return out;
}

result<std::string> format_unit(double value, std::string_view unit, const number_options& options) {
  if (!detail::is_finite_value(value)) return detail::non_finite_error(value, "format_unit");
  std::string_view id = detail::unit_id_for(unit);
  if (id.empty()) return make_error(errc::invalid_argument, "unknown unit: '" + std::string(unit) + "'");
  // Temperatures: TCVN/SI spacing "35 °C" (CLDR vi has "35°C").
  if (id == "celsius" || id == "fahrenheit") {
    auto f = detail::number_formatter(number_kind::decimal, {}, options);
    if (!f) return f.error();
    auto text = detail::run_formatter(**f, value);
    if (!text) return text;
    return *text + (id == "celsius" ? " \xC2\xB0" "C" : " \xC2\xB0" "F");
  }
  auto f = detail::number_formatter(number_kind::unit, id, options);
  if (!f) return f.error();
  return detail::run_formatter(**f, value);
}

}  // namespace baiviet
