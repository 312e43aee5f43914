// The header dateline (render/dates.cpp) is written from the civil date without ICU's
// formatting services; it must give the bytes ICU's SimpleDateFormat gives through
// format_date(dateline) wherever the zone's offset is the one the source wrote: fixed
// offsets at any instant, Asia/Ho_Chi_Minh after 1975 (before, the old code followed the
// zone's history; the new one keeps the written offset — an intended change).
#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>

#include "baiviet/format.hpp"
#include "core/date_time.hpp"
#include "render/dates.hpp"

using namespace baiviet;

namespace {

std::string icu_dateline(std::int64_t epoch_seconds, const std::string& zone) {
  date_options o;
  o.style = date_style::dateline;
  o.time_zone = zone;
  auto r = format_date(from_epoch_seconds(epoch_seconds), o);
  REQUIRE(r.has_value());
  return *r;
}

std::string gmt_zone(int offset_minutes) {
  int off = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  char buf[16];
  std::snprintf(buf, sizeof buf, "GMT%c%02d:%02d", offset_minutes < 0 ? '-' : '+', off / 60, off % 60);
  return buf;
}

date_time at(std::int64_t epoch_seconds, int offset_minutes, bool has_time = true) {
  date_time dt;
  dt.epoch_seconds = epoch_seconds;
  dt.utc_offset_minutes = offset_minutes;
  dt.has_time = has_time;
  if (offset_minutes != 420) dt.zone.clear();
  return dt;
}

}  // namespace

TEST_CASE("dateline without ICU equals ICU's dateline over 10,000 random instants per offset", "[dates]") {
  std::mt19937_64 rng(20261130);
  // 1975-07-01 .. 2100-01-01 for Asia/Ho_Chi_Minh (constant +07:00 since 1975-06-13).
  std::uniform_int_distribution<std::int64_t> modern(173404800, 4102444800);
  // years 1 .. 9999 for fixed offsets (proleptic Gregorian on both sides)
  std::uniform_int_distribution<std::int64_t> any(-62135596800 + 86400, 253402300799 - 86400);
  const int offsets[] = {420, 0, -300, 330, 345, -570, 840, -720};
  int compared = 0;
  for (int off : offsets) {
    for (int i = 0; i < 10000; ++i) {
      std::int64_t t = off == 420 ? modern(rng) : any(rng);
      std::string zone = off == 420 ? "Asia/Ho_Chi_Minh" : gmt_zone(off);
      std::string want = icu_dateline(t, zone);
      std::string got = detail::dateline_text(at(t, off));
      if (got != want) FAIL_CHECK(t << " in " << zone << ": " << got << " != " << want);
      ++compared;
    }
  }
  CHECK(compared == 80000);
}

TEST_CASE("dateline: every weekday, leap days, dates without time, the year bounds", "[dates]") {
  // 2024-02-25 (Sunday) .. 2024-03-02 (Saturday) at 08:30 +07:00
  const char* want[] = {"Chủ nhật, 25/02/2024, 08:30", "Thứ Hai, 26/02/2024, 08:30", "Thứ Ba, 27/02/2024, 08:30",
                        "Thứ Tư, 28/02/2024, 08:30",   "Thứ Năm, 29/02/2024, 08:30", "Thứ Sáu, 01/03/2024, 08:30",
                        "Thứ Bảy, 02/03/2024, 08:30"};
  for (int k = 0; k < 7; ++k) {
    std::int64_t t = (detail::days_from_civil(2024, 2, 25) + k) * 86400 + 8 * 3600 + 30 * 60 - 420 * 60;
    CHECK(detail::dateline_text(at(t, 420)) == want[k]);
  }
  auto d = detail::parse_date_time("2024-02-29");
  REQUIRE(d);
  CHECK(detail::dateline_text(*d) == "Thứ Năm, 29/02/2024");
  // The offset the source wrote, not the zone's history: 1960 in Sài Gòn was +08:00.
  auto old = detail::parse_date_time("1960-05-01T08:00:00+07:00");
  REQUIRE(old);
  CHECK(detail::dateline_text(*old) == "Chủ nhật, 01/05/1960, 08:00");
  auto utc = detail::parse_date_time("2024-02-29T23:30:00Z");
  REQUIRE(utc);
  CHECK(detail::dateline_text(*utc) == "Thứ Năm, 29/02/2024, 23:30");
  auto first = detail::parse_date_time("0001-01-01T00:00:00+07:00");
  REQUIRE(first);
  CHECK(detail::dateline_text(*first) == "Thứ Hai, 01/01/0001, 00:00");
  auto last = detail::parse_date_time("9999-12-31T23:59:00-05:00");
  REQUIRE(last);
  CHECK(detail::dateline_text(*last) == "Thứ Sáu, 31/12/9999, 23:59");
  CHECK(detail::year_of(*last) == 9999);
}
