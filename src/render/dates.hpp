// Date display used by the renderers (dateline in the article header).
#pragma once
#include <cstdint>
#include <string>

#include "baiviet/article.hpp"

namespace baiviet::detail {

/// "Thứ Năm, 29/02/2024, 08:30": the wall time in the date's own UTC offset (the one the
/// source wrote, +07:00 when none), "Thứ Năm, 29/02/2024" without a time of day. Built from
/// the civil date, without ICU's formatting services (the WASM article core has none).
std::string dateline_text(const date_time& dt);
/// "Thứ Năm", "Chủ nhật" for a day counted from 1970-01-01.
const char* weekday_name(std::int64_t days_since_epoch);
/// Calendar year of the date in its own offset.
int year_of(const date_time& dt);

}  // namespace baiviet::detail
