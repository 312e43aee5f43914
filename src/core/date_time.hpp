// Civil date arithmetic and the one reader of written dates (ISO 8601 and the
// Vietnamese day-month-year forms), with the syntax each caller accepts.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include "baiviet/article.hpp"

namespace baiviet::detail {

/// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's algorithm).
std::int64_t days_from_civil(int y, unsigned m, unsigned d) noexcept;
void civil_from_days(std::int64_t z, int& y, unsigned& m, unsigned& d) noexcept;
bool valid_civil(int y, unsigned m, unsigned d) noexcept;

/// The fields of a date and time as written, before any zone is applied.
struct civil_fields {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, millis = 0;
  bool has_time = false;
  enum class offset_kind { none, utc, numeric } offset = offset_kind::none;  ///< none, "Z", "+07:00"
  int offset_minutes = 0;                                                     ///< for numeric
};

/// What read_civil accepts beyond the strict core
/// YYYY-MM-DD[(T|t| )hh:mm[:ss[.f]]][Z|z|±hh[[:]mm]] (a calendar date that exists,
/// hours 0-23, minutes 0-59).
struct civil_syntax {
  bool trim_blanks = false;          ///< spaces and tabs around the text
  bool day_month_year = false;       ///< "29/02/2024", "29-02-2024", "29.2.2024" (the same separator twice)
  bool one_digit_hour = false;       ///< "8:30"
  bool leap_second = false;          ///< ":60"
  bool comma_fraction = false;       ///< "08:30:00,5" as well as "08:30:00.5"
  bool strict_fraction = true;       ///< 1 to 9 digits (else any number of digits, even none)
  bool space_before_offset = false;  ///< "08:30 +07:00"
  bool bare_offset_colon = false;    ///< "+07:" (minutes left out after the colon)
  int max_offset_hours = 18;
};

/// Dates written in article sources (front matter of every format, related items): lenient.
inline constexpr civil_syntax kSourceDates{true, true, true, true, false, false, true, true, 14};
/// The formatting API's ISO 8601 (format.hpp parse_iso8601): strict.
inline constexpr civil_syntax kStrictIso{};

/// read_civil's answer: the fields, or `error` (why the text was refused) set.
struct civil_read {
  civil_fields fields;
  const char* error = nullptr;
};

/// The one reader of written dates; `syntax` says which forms it accepts.
civil_read read_civil(std::string_view text, const civil_syntax& syntax);

/// Dates written in article sources (front matter of every
/// format, related items). Accepts, after trimming spaces and tabs:
///   - ISO 8601: "2024-02-29", "2024-02-29T08:30", "2024-02-29 08:30:00+07:00",
///     "…T08:30:00.123Z" (a fraction of a second is read and ignored), "…+0700";
///     'T', 't' or one space between date and time; one optional space before
///     the offset; 'Z'/'z' = UTC.
///   - Vietnamese day-month-year: "29/02/2024", "29-02-2024", "29.2.2024"
///     (day and month of 1 or 2 digits, a 4-digit year, the same separator
///     twice), optionally followed by a time as above ("27-03-2020 20:12").
/// Times are H:MM or HH:MM[:SS]; hours 0-23, minutes 0-59, seconds 0-60;
/// offsets up to ±14:59. The calendar date must exist (31/02/2020 is refused).
/// Without an offset the time is in `default_offset_minutes` (Vietnam, +07:00,
/// zone "Asia/Ho_Chi_Minh"); another offset clears the zone, "Z" sets "UTC".
/// A date without a time has has_time = false. nullopt for anything else
/// (month-first US dates, two-digit years, words, template placeholders).
/// (read_civil with kSourceDates; the formatting API reads with kStrictIso.)
std::optional<date_time> parse_date_time(std::string_view text, int default_offset_minutes = 420);

}  // namespace baiviet::detail
