// Civil date arithmetic and a strict ISO 8601 reader for front-matter dates.
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

/// The one reader of dates written in article sources (front matter of every
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
/// The formatting API's own ISO reader (format.hpp parse_iso8601) is separate
/// for now and stricter (no day-month-year forms).
std::optional<date_time> parse_date_time(std::string_view text, int default_offset_minutes = 420);

}  // namespace baiviet::detail
