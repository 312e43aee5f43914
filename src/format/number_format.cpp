// Plain numbers, percentages, ratios and ranges in Vietnamese (CLDR vi via ICU).
#include <memory>
#include <unordered_map>

#include <unicode/numberrangeformatter.h>

#include "baiviet/format.hpp"
#include "format/icu_support.hpp"

namespace baiviet {

namespace nf = icu::number;
using detail::number_kind;

result<std::string> format_number(double value, const number_options& options) {
  if (!detail::is_finite_value(value)) return detail::non_finite_error(value, "format_number");
  auto f = detail::number_formatter(number_kind::decimal, {}, options);
  if (!f) return f.error();
  return detail::run_formatter(**f, value);
}

result<std::vector<std::string>> format_numbers(std::span<const double> values,
                                                const number_options& options) {
  for (std::size_t i = 0; i < values.size(); ++i)
    if (!detail::is_finite_value(values[i]))
      return detail::non_finite_error(values[i], "format_numbers: value " + std::to_string(i));
  auto f = detail::number_formatter(number_kind::decimal, {}, options);
  if (!f) return f.error();
  std::vector<std::string> out;
  out.reserve(values.size());
  for (double v : values) {
    auto s = detail::run_formatter(**f, v);
    if (!s) return s.error();
    out.push_back(std::move(*s));
  }
  return out;
}

result<std::string> format_percent(double ratio, const number_options& options) {
  if (!detail::is_finite_value(ratio)) return detail::non_finite_error(ratio, "format_percent");
  auto f = detail::number_formatter(number_kind::percent, {}, options);
  if (!f) return f.error();
  return detail::run_formatter(**f, ratio);
}

result<std::string> format_ratio(double numerator, double denominator, const number_options& options) {
  if (!detail::is_finite_value(numerator)) return detail::non_finite_error(numerator, "format_ratio");
  if (!detail::is_finite_value(denominator)) return detail::non_finite_error(denominator, "format_ratio");
  auto f = detail::number_formatter(number_kind::decimal, {}, options);
  if (!f) return f.error();
  auto a = detail::run_formatter(**f, numerator);
  if (!a) return a;
  auto b = detail::run_formatter(**f, denominator);
  if (!b) return b;
  return *a + "/" + *b;
}

namespace {

// Per-thread range formatters keyed like the number formatters.
result<const nf::LocalizedNumberRangeFormatter*> range_formatter(const number_options& o) {
  thread_local std::unordered_map<std::string, std::unique_ptr<nf::LocalizedNumberRangeFormatter>> cache;
  std::string key;
  for (int v : {o.min_fraction_digits, o.max_fraction_digits, o.min_significant_digits, o.max_significant_digits,
                static_cast<int>(o.grouping), static_cast<int>(o.rounding)})
    key += std::to_string(v) + "|";
  auto it = cache.find(key);
  if (it != cache.end()) return it->second.get();
  // The single-number settings handed over directly (not through a number skeleton string,
  // which would link ICU's skeleton writer and parser), checked the way number_formatter
  // checks them, so a bad option is the same error here as in format_number.
  auto both = detail::unlocalized_formatter(number_kind::decimal, {}, o);
  if (!both) return both.error();
  if (error e = detail::check_formatter(*both); e.code != errc::ok) return e;
  auto f = std::make_unique<nf::LocalizedNumberRangeFormatter>(
      nf::NumberRangeFormatter::withLocale(detail::vi_locale())
          .numberFormatterBoth(std::move(*both))
          .identityFallback(UNUM_IDENTITY_FALLBACK_SINGLE_VALUE));
  if (cache.size() >= 64) cache.clear();
  const nf::LocalizedNumberRangeFormatter* ptr = f.get();
  cache.emplace(std::move(key), std::move(f));
  return ptr;
}

}  // namespace

result<std::string> format_range(double low, double high, const range_options& options) {
  if (!detail::is_finite_value(low)) return detail::non_finite_error(low, "format_range");
  if (!detail::is_finite_value(high)) return detail::non_finite_error(high, "format_range");
  auto f = range_formatter(options.number);
  if (!f) return f.error();
  UErrorCode status = U_ZERO_ERROR;
  nf::FormattedNumberRange out =
      (*f)->formatFormattableRange(icu::Formattable(low), icu::Formattable(high), status);
  icu::UnicodeString text = out.toString(status);
  if (U_FAILURE(status)) return detail::icu_failure(status, "format_range");
  if (options.separator.empty()) return detail::to_utf8(text);
  // Rebuild "first<separator>second" from the two number spans ICU reports.
  icu::ConstrainedFieldPosition pos;
  pos.constrainCategory(UFIELD_CATEGORY_NUMBER_RANGE_SPAN);
  icu::UnicodeString parts[2];
  int found = 0;
  while (out.nextPosition(pos, status) && U_SUCCESS(status)) {
    int which = pos.getField();
    if (which == 0 || which == 1) {
      parts[which] = text.tempSubStringBetween(pos.getStart(), pos.getLimit());
      ++found;
    }
  }
  if (U_FAILURE(status)) return detail::icu_failure(status, "format_range");
  if (found != 2) return detail::to_utf8(text);  // collapsed to a single value
  return detail::to_utf8(parts[0]) + options.separator + detail::to_utf8(parts[1]);
}

}  // namespace baiviet
