// Shared ICU plumbing for src/format: UTF-8 conversion, errors, and the
// per-thread cache of number formatters keyed by their options.
#pragma once
#include <string>
#include <string_view>

#include <unicode/numberformatter.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include "baiviet/format.hpp"
#include "baiviet/result.hpp"

namespace baiviet::detail {

std::string to_utf8(const icu::UnicodeString& s);
icu::UnicodeString from_utf8(std::string_view s);

/// errc::icu_error naming the ICU status and what failed.
error icu_failure(UErrorCode status, std::string_view what);
/// errc::invalid_argument for NaN/±∞ (names the value), or nullopt-like ok.
bool is_finite_value(double v);
error non_finite_error(double v, std::string_view what);

UNumberFormatRoundingMode to_icu(rounding_mode mode);

/// What a cached number formatter formats.
enum class number_kind { decimal, percent, currency, compact_long, compact_short, unit };

/// Returns the calling thread's formatter for (kind, extra, options), creating
/// it on first use. `extra` is the currency code or CLDR unit identifier.
/// Errors: invalid option combinations (errc::invalid_argument), unknown
/// currency/unit (errc::invalid_argument), ICU failure (errc::icu_error).
/// The pointer stays valid until the next call on the same thread.
result<const icu::number::LocalizedNumberFormatter*> number_formatter(number_kind kind, std::string_view extra,
                                                                      const number_options& options);

/// The settings of number_formatter(kind, extra, options) without the locale (for the range
/// formatter, which takes them as they are). Same errors, except those ICU only reports when
/// formatting: check_formatter reports those.
result<icu::number::UnlocalizedNumberFormatter> unlocalized_formatter(number_kind kind, std::string_view extra,
                                                                      const number_options& options);

/// The errors ICU reports only when formatting (it formats 1 in "vi"): number_formatter's check.
error check_formatter(const icu::number::UnlocalizedNumberFormatter& settings);

/// Formats with `f`, mapping ICU errors.
result<std::string> run_formatter(const icu::number::LocalizedNumberFormatter& f, double value);

/// The "vi" locale (constructed once).
const icu::Locale& vi_locale();

}  // namespace baiviet::detail
