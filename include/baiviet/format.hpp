// Vietnamese formatting: numbers, percentages, money, compact numbers, units,
// numbers in words, parsing back, dates, datelines, relative time.
//
// Everything goes through ICU 72 with the locale "vi" passed explicitly and
// explicit patterns, so output does not depend on the machine's locale or time
// zone. Formatters are built once per thread and per option combination and
// reused (see docs/format.md, "Thread safety"): every function here may be
// called from any number of threads at once.
//
// Non-finite numbers (NaN, ±∞) give errc::invalid_argument; text that cannot
// be parsed gives errc::invalid_input with a message naming the value.
#ifndef BAIVIET_FORMAT_HPP
#define BAIVIET_FORMAT_HPP

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "baiviet/export.hpp"
#include "baiviet/result.hpp"

namespace baiviet {

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

/// Rounding of the last shown digit. half_up rounds ties away from zero
/// (2,5 → 3, −2,5 → −3; what readers expect and what JS Intl calls
/// "halfExpand"); half_even is ICU's and banker's rounding (2,5 → 2).
enum class rounding_mode { half_up, half_even, half_down, up, down, ceiling, floor };

struct number_options {
  /// Fraction digits; -1 = the default of the kind (number 0–3, percent 0–2,
  /// money: the currency's digits, compact: ICU's compact rounding).
  int min_fraction_digits = -1;
  int max_fraction_digits = -1;
  /// Significant digits (1–999); 0 = not used. When set, they replace the
  /// fraction digits.
  int min_significant_digits = 0;
  int max_significant_digits = 0;
  bool grouping = true;  ///< false for years and codes: 2021, not 2.021
  rounding_mode rounding = rounding_mode::half_up;
};

/// 2617 → "2.617", 1234567.891 → "1.234.567,891", -5 → "-5".
BAIVIET_API result<std::string> format_number(double value, const number_options& options = {});

/// Many numbers with one set of options (a table column, a chart's labels): the
/// strings format_number gives, one per value, for one formatter lookup and no
/// per-call overhead. A non-finite value fails the whole call (invalid_argument,
/// the message names its index).
BAIVIET_API result<std::vector<std::string>> format_numbers(std::span<const double> values,
                                                            const number_options& options = {});

/// A ratio as a percentage: 1.222 → "122,2%", 0.9915 → "99,15%".
BAIVIET_API result<std::string> format_percent(double ratio, const number_options& options = {});

/// A ratio written as in news text: (2063, 2247) → "2.063/2.247".
BAIVIET_API result<std::string> format_ratio(double numerator, double denominator,
                                             const number_options& options = {});

struct range_options {
  number_options number;           ///< set number.grouping = false for years
  /// Between the two numbers. Default EN DASH (Vietnamese typesetting, "2020–2025").
  /// Empty = CLDR's own range pattern for vi ("2020-2025", ASCII hyphen).
  std::string separator = "\xE2\x80\x93";
};

/// (2020, 2025) with grouping off → "2020–2025"; (2063, 2247) → "2.063–2.247".
/// Equal ends (after rounding) give one number: (5, 5) → "5".
BAIVIET_API result<std::string> format_range(double low, double high, const range_options& options = {});

// ---------------------------------------------------------------------------
// Money, compact numbers, counts, units
// ---------------------------------------------------------------------------

/// ISO 4217 currency as ICU formats it in vi: (1500000, "VND") → "1.500.000 ₫"
/// (U+00A0 before ₫), (1500, "USD") → "1.500,00 US$".
BAIVIET_API result<std::string> format_money(double amount, std::string_view currency = "VND",
                                             const number_options& options = {});

/// News style for VND: 1.5e9 → "1,5 tỷ đồng", 16300000 → "16,3 triệu đồng",
/// 500000 → "500 nghìn đồng", 950 → "950 đồng". Compact long + " đồng";
/// default 0–2 fraction digits (set options to change).
BAIVIET_API result<std::string> format_money_news(double amount, const number_options& options = {});

enum class compact_style { long_names, short_names };

/// Compact: long "1,2 nghìn", "1,2 triệu", "3,2 tỷ", "3,2 nghìn tỷ"; short
/// "1,2 N", "1,2 Tr", "3,2 T". Default rounding is ICU's compact rounding (two
/// significant digits below 100 of the unit, else integers): 16300000 → "16 triệu".
BAIVIET_API result<std::string> format_compact(double value, compact_style style = compact_style::long_names,
                                               const number_options& options = {});

struct count_options {
  bool compact = false;  ///< "1,2 nghìn lượt xem" instead of "1.234 lượt xem"
  compact_style style = compact_style::long_names;
  number_options number;
};

/// Counts for UI: (19241, "lượt xem") → "19.241 lượt xem"; compact: (1234, "lượt xem") →
/// "1,2 nghìn lượt xem". Vietnamese nouns have no plural form. Empty label = number only.
BAIVIET_API result<std::string> format_count(double count, std::string_view label,
                                             const count_options& options = {});

/// A measure: (3200, "hectare") → "3.200 ha", (25, "kilometer") → "25 km",
/// (35, "celsius") → "35 °C". `unit` is a CLDR unit identifier ("hectare",
/// "square-kilometer", "kilogram", "percent", "kilometer-per-hour" …) or one of
/// the symbols "ha", "km", "m", "cm", "mm", "km2", "m2", "kg", "g", "t", "l",
/// "°C", "°F", "%", "km/h". Temperatures get a space before the degree sign
/// (TCVN/SI style) where CLDR vi writes "35°C".
BAIVIET_API result<std::string> format_unit(double value, std::string_view unit,
                                            const number_options& options = {});

// ---------------------------------------------------------------------------
// Numbers in words (ICU RBNF with our own rule text)
// ---------------------------------------------------------------------------

struct words_options {
  bool linh = false;  ///< "một trăm linh năm" (northern) instead of "một trăm lẻ năm"
  bool ngan = false;  ///< "ngàn" (southern) instead of "nghìn"
  bool ti = false;    ///< "tỉ" instead of "tỷ"
  /// Fraction digits read after "phẩy" (0–6); the value is rounded half-up first.
  int max_fraction_digits = 6;
  bool capitalize = false;  ///< "Một triệu …" (e.g. "Bằng chữ: Một triệu đồng")
};

/// 1000005 → "một triệu không trăm lẻ năm"; 99.15 → "chín mươi chín phẩy mười lăm";
/// -3 → "âm ba". Range: |value| < 10^15 (doubles above lose integer precision);
/// outside it errc::invalid_argument.
BAIVIET_API result<std::string> format_words(double value, const words_options& options = {});
/// Integers: |value| < 10^18.
BAIVIET_API result<std::string> format_words(std::int64_t value, const words_options& options = {});
/// Money in words: 1500000 → "một triệu năm trăm nghìn đồng" (rounded half-up to
/// whole đồng; |amount| < 10^15).
BAIVIET_API result<std::string> format_money_words(double amount, const words_options& options = {});

// ---------------------------------------------------------------------------
// Parsing Vietnamese-written numbers back
// ---------------------------------------------------------------------------

enum class parsed_kind { number, percent, money, measure };

struct parsed_number {
  double value = 0;           ///< "122,2%" → 1.222, "1,5 tỷ" → 1.5e9
  parsed_kind kind = parsed_kind::number;
  std::string unit;           ///< "VND" for money, CLDR unit id for measures ("hectare")
};

/// Strict: "." only groups thousands (groups of exactly three digits), "," is
/// the decimal separator. "2.617" → 2617, "122,2%" → 1.222, "1,5 tỷ" → 1.5e9,
/// "3.200 ha" → 3200 hectare, "1.500.000 ₫" / "1,5 tỷ đồng" → VND.
/// Ambiguous or malformed text ("1.5", "1.23", "1,2,3", "12abc") is
/// errc::invalid_input naming the text, never a guess.
BAIVIET_API result<parsed_number> parse_number(std::string_view text);

// ---------------------------------------------------------------------------
// Dates and times
// ---------------------------------------------------------------------------

/// A point in time: milliseconds since 1970-01-01T00:00:00Z.
struct instant {
  std::int64_t epoch_ms = 0;
};
inline instant from_epoch_ms(std::int64_t ms) { return instant{ms}; }
inline instant from_epoch_seconds(std::int64_t s) { return instant{s * 1000}; }

/// Strict ISO 8601: "2024-02-29", "2024-02-29T08:30", "2024-02-29T08:30:15",
/// fractions of a second (".5", ".123"), and "Z" or "+07:00"/"+0700"/"+07".
/// Without an offset the time is local time in `time_zone` (an IANA id).
BAIVIET_API result<instant> parse_iso8601(std::string_view text,
                                          std::string_view time_zone = "Asia/Ho_Chi_Minh");

enum class date_style {
  dateline,        ///< "Thứ Năm, 29/02/2024, 08:30"
  administrative,  ///< "ngày 21 tháng 01 năm 2021" (Nghị định 30/2020/NĐ-CP)
  short_date,      ///< "29/2/2024" (body text, unpadded)
  padded_date,     ///< "29/02/2024"
  day_month,       ///< "29/2"
  time,            ///< "08:30"
  date_time,       ///< "08:30 29/02/2024"
  iso8601,         ///< "2024-02-29T08:30:00+07:00"
  iso_date,        ///< "2024-02-29"
};

enum class weekday_case {
  title,  ///< "Thứ Năm", "Chủ nhật" (start of a dateline)
  lower,  ///< "thứ Năm", "chủ nhật" (inside a sentence)
};

struct date_options {
  date_style style = date_style::dateline;
  std::string time_zone = "Asia/Ho_Chi_Minh";  ///< any IANA id ("UTC", "Europe/Paris" …)
  weekday_case weekday = weekday_case::title;
};

BAIVIET_API result<std::string> format_date(instant when, const date_options& options = {});
/// The same for an ISO 8601 string (see parse_iso8601; local times are in options.time_zone).
BAIVIET_API result<std::string> format_date(std::string_view iso8601, const date_options& options = {});

struct relative_options {
  std::string time_zone = "Asia/Ho_Chi_Minh";  ///< decides what "hôm qua" is
  /// true: "1 ngày trước"; false: "hôm qua", "tuần trước", "năm ngoái".
  bool always_numeric = false;
  bool capitalize = false;  ///< "Hôm qua" / "3 giờ trước" at the start of a sentence
};

/// Relative to an explicit `now`: "3 giờ trước", "sau 3 giờ nữa", "hôm qua",
/// "5 phút trước", "bây giờ" (< 1 minute). Units: seconds < 1 min ("bây giờ"),
/// minutes < 1 h, hours < 24 h, then calendar days in the zone < 7, weeks < 4
/// weeks, months < 12, years.
BAIVIET_API result<std::string> format_relative(instant when, instant now, const relative_options& options = {});

}  // namespace baiviet

#endif
