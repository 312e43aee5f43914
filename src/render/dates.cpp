// Header dateline, written from the civil date in the offset the source gave (+07:00 when it
// gave none): no ICU formatting services, no zone history. Same bytes as format_date's
// date_style::dateline ("EEEE, dd/MM/yyyy, HH:mm" with newsroom weekday names) for every
// instant where the zone's offset is the written one (tests/cpp/test_dates.cpp compares them).
#include "render/dates.hpp"

#include <cstdio>

#include "core/date_time.hpp"

namespace baiviet::detail {

namespace {

// Days and seconds of the wall time in the date's own offset.
void local_parts(const date_time& dt, std::int64_t& days, std::int64_t& secs) {
  std::int64_t local = dt.epoch_seconds + std::int64_t{dt.utc_offset_minutes} * 60;
  days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
  secs = local - days * 86400;
}

// As Vietnamese newsrooms write them: "Chủ nhật" (CLDR vi: "Chủ Nhật"). Index 0 = Sunday.
constexpr const char* k_weekdays[7] = {"Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"};

}  // namespace

const char* weekday_name(std::int64_t days_since_epoch) {
  // 1970-01-01 was a Thursday.
  std::int64_t w = (days_since_epoch + 4) % 7;
  if (w < 0) w += 7;
  return k_weekdays[w];
}

std::string dateline_text(const date_time& dt) {
  std::int64_t days = 0, secs = 0;
  local_parts(dt, days, secs);
  int y;
  unsigned m, d;
  civil_from_days(days, y, m, d);
  if (y < 1 || y > 9999) return dt.iso();
  char buf[64];
  if (dt.has_time) {
    std::snprintf(buf, sizeof buf, "%s, %02u/%02u/%04d, %02d:%02d", weekday_name(days), d, m, y,
                  static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60));
  } else {  // a date without a time of day: "Thứ Năm, 29/02/2024"
    std::snprintf(buf, sizeof buf, "%s, %02u/%02u/%04d", weekday_name(days), d, m, y);
  }
  return buf;
}

int year_of(const date_time& dt) {
  std::int64_t days = 0, secs = 0;
  local_parts(dt, days, secs);
  int y;
  unsigned m, d;
  civil_from_days(days, y, m, d);
  return y;
}

}  // namespace baiviet::detail
