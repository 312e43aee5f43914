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

/// Reads "2024-02-29", "2024-02-29T08:30", "2024-02-29 08:30:00+07:00", "…Z",
/// and "29/02/2024[ 08:30]" (Vietnamese order). Without an offset the time is
/// taken as `default_offset_minutes` (Vietnam, +07:00). nullopt if malformed.
std::optional<date_time> parse_date_time(std::string_view text, int default_offset_minutes = 420);

}  // namespace baiviet::detail
