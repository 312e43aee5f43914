// Header dateline. The Vietnamese weekday and digits are computed from the
// date's own UTC offset, so the output never depends on the machine's zone.
#include "render/dates.hpp"

#include <cstdio>

#include "core/date_time.hpp"

namespace baiviet::detail {

namespace {
struct civil {
  int y;
  unsigned m, d;
  int hh, mm, weekday;  // weekday 0 = Sunday
};
civil to_civil(const date_time& dt) {
  std::int64_t local = dt.epoch_seconds + dt.utc_offset_minutes * 60;
  std::int64_t days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
  std::int64_t secs = local - days * 86400;
  civil c{};
  civil_from_days(days, c.y, c.m, c.d);
  c.hh = static_cast<int>(secs / 3600);
  c.mm = static_cast<int>(secs / 60 % 60);
  c.weekday = static_cast<int>(((days % 7) + 11) % 7);  // 1970-01-01 was a Thursday (4)
  return c;
}
}  // namespace

std::string dateline_text(const date_time& dt) {
  static const char* weekdays[] = {"Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"};
  civil c = to_civil(dt);
  char buf[64];
  if (dt.has_time)
    std::snprintf(buf, sizeof buf, "%s, %02u/%02u/%04d, %02d:%02d", weekdays[c.weekday], c.d, c.m, c.y, c.hh, c.mm);
  else
    std::snprintf(buf, sizeof buf, "%s, %02u/%02u/%04d", weekdays[c.weekday], c.d, c.m, c.y);
  return buf;
}

int year_of(const date_time& dt) { return to_civil(dt).y; }

}  // namespace baiviet::detail
