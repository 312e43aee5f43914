// Relative time ("3 giờ trước", "hôm qua", "sau 3 giờ nữa") against an explicit
// "now", with ICU's RelativeDateTimeFormatter for vi. Calendar days are counted
// in the given zone, so "hôm qua" does not depend on the machine's zone.
#include <cstdlib>
#include <memory>

#include <unicode/reldatefmt.h>

#include "baiviet/format.hpp"
#include "format/icu_support.hpp"
#include "format/zone_cache.hpp"

namespace baiviet {

namespace {

result<const icu::RelativeDateTimeFormatter*> relative_formatter() {
  thread_local std::unique_ptr<icu::RelativeDateTimeFormatter> cached;
  if (!cached) {
    UErrorCode status = U_ZERO_ERROR;
    auto f = std::make_unique<icu::RelativeDateTimeFormatter>(detail::vi_locale(), nullptr, UDAT_STYLE_LONG,
                                                              UDISPCTX_CAPITALIZATION_NONE, status);
    if (U_FAILURE(status)) return detail::icu_failure(status, "relative time formatter");
    cached = std::move(f);
  }
  return cached.get();
}

// CLDR vi capitalises some long-style phrases ("Hôm qua", "Ngày mai") and not
// others ("tuần trước"): make the first letter follow the option instead.
std::string set_first_letter(const icu::UnicodeString& text, bool upper) {
  if (text.isEmpty()) return {};
  int32_t len = U16_LENGTH(text.char32At(0));
  icu::UnicodeString head = text.tempSubString(0, len);
  if (upper) head.toUpper(detail::vi_locale());
  else head.toLower(detail::vi_locale());
  return detail::to_utf8(head + text.tempSubString(len));
}

}  // namespace

result<std::string> format_relative(instant when, instant now, const relative_options& options) {
  for (auto t : {when, now})
    if (t.epoch_ms < detail::kMinEpochMs || t.epoch_ms > detail::kMaxEpochMs)
      return make_error(errc::invalid_argument, "format_relative: instant outside years 1–9999");
  auto zt = detail::zone_for(options.time_zone);
  if (!zt) return zt.error();
  auto f = relative_formatter();
  if (!f) return f.error();

  const std::int64_t diff = when.epoch_ms - now.epoch_ms;
  const std::int64_t abs = diff < 0 ? -diff : diff;
  const double sign = diff < 0 ? -1.0 : 1.0;
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text;
  auto numeric = [&](double amount, URelativeDateTimeUnit unit) {
    text = (*f)->formatNumericToValue(sign * amount, unit, status).toString(status);
  };
  auto automatic = [&](double amount, URelativeDateTimeUnit unit) {
    if (options.always_numeric) return numeric(amount, unit);
    text = (*f)->formatToValue(sign * amount, unit, status).toString(status);
  };
  constexpr std::int64_t minute = 60'000, hour = 3'600'000, day = 86'400'000;
  if (abs < minute) {
    if (options.always_numeric && abs >= 1000) numeric(static_cast<double>(abs / 1000), UDAT_REL_UNIT_SECOND);
    else text = (*f)->formatToValue(UDAT_DIRECTION_PLAIN, UDAT_ABSOLUTE_NOW, status).toString(status);
  } else if (abs < hour) {
    numeric(static_cast<double>(abs / minute), UDAT_REL_UNIT_MINUTE);
  } else if (abs < day) {
    numeric(static_cast<double>(abs / hour), UDAT_REL_UNIT_HOUR);
  } else {
    std::int64_t days = detail::local_day_number(*(*zt)->zone, when.epoch_ms) -
                        detail::local_day_number(*(*zt)->zone, now.epoch_ms);
    std::int64_t n = days < 0 ? -days : days;
    if (n < 7) automatic(static_cast<double>(n), UDAT_REL_UNIT_DAY);
    else if (n < 28) automatic(static_cast<double>(n / 7), UDAT_REL_UNIT_WEEK);
    else if (n < 365) automatic(static_cast<double>(n / 30 == 0 ? 1 : n / 30), UDAT_REL_UNIT_MONTH);
    else automatic(static_cast<double>(n / 365), UDAT_REL_UNIT_YEAR);
  }
  if (U_FAILURE(status)) return detail::icu_failure(status, "format_relative");
  return set_first_letter(text, options.capitalize);
}

}  // namespace baiviet
