// Header dateline through the formatting module (ICU, explicit pattern), in the
// date's own zone: its IANA zone when known, else its fixed UTC offset.
#include "render/dates.hpp"

#include <cstdio>

#include "baiviet/format.hpp"
#include "core/date_time.hpp"

namespace baiviet::detail {

namespace {
std::string zone_of(const date_time& dt) {
  if (!dt.zone.empty()) return dt.zone;
  int off = dt.utc_offset_minutes < 0 ? -dt.utc_offset_minutes : dt.utc_offset_minutes;
  char buf[16];
  std::snprintf(buf, sizeof buf, "GMT%c%02d:%02d", dt.utc_offset_minutes < 0 ? '-' : '+', off / 60, off % 60);
  return buf;  // an ICU custom zone id
}
}  // namespace

std::string dateline_text(const date_time& dt) {
  date_options o;
  o.style = date_style::dateline;
  o.time_zone = zone_of(dt);
  auto r = format_date(from_epoch_seconds(dt.epoch_seconds), o);
  if (!r) return dt.iso();
  std::string s = std::move(r).value();
  if (!dt.has_time) {  // "Thứ Năm, 29/02/2024, 00:00" → "Thứ Năm, 29/02/2024"
    std::size_t cut = s.rfind(", ");
    if (cut != std::string::npos) s.resize(cut);
  }
  return s;
}

int year_of(const date_time& dt) {
  std::int64_t local = dt.epoch_seconds + dt.utc_offset_minutes * 60;
  std::int64_t days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
  int y;
  unsigned m, d;
  civil_from_days(days, y, m, d);
  return y;
}

}  // namespace baiviet::detail
