// Parsing of Vietnamese-written numbers and ISO 8601 dates (format.hpp), and the
// formatters fed with what was parsed. Option byte: time zone and date style.
#include <baiviet/baiviet.hpp>
#include <baiviet/excerpt.hpp>
#include <baiviet/format.hpp>

#include <cmath>

#include "fuzz_common.hpp"

using namespace baiviet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  baiviet_fuzz::input in(data, size);
  std::uint8_t b0 = in.byte();
  std::string_view src = in.rest();
  static const char* zones[] = {"Asia/Ho_Chi_Minh", "UTC", "Europe/Paris", "America/New_York",
                                "Pacific/Kiritimati", "Not/AZone", "", "Asia/Bangkok"};
  if (auto n = parse_number(src)) {
    if (!std::isfinite(n->value)) baiviet_fuzz::fail("parse_number gave a non-finite value", src);
    (void)format_number(n->value);
    (void)format_compact(n->value);
    (void)format_words(n->value);
    (void)format_money_news(n->value);
    if (!n->unit.empty() && n->kind == parsed_kind::measure) (void)format_unit(n->value, n->unit);
  } else if (n.error().message.empty()) {
    baiviet_fuzz::fail("parse_number error without a message", src);
  }
  std::string_view zone = zones[b0 & 7];
  if (auto t = parse_iso8601(src, zone)) {
    date_options d;
    d.style = static_cast<date_style>((b0 >> 3) % 9);
    d.time_zone = zones[(b0 >> 3) & 7];
    if (auto s = format_date(*t, d)) {
      if (!baiviet_fuzz::valid_utf8(*s)) baiviet_fuzz::fail("format_date not UTF-8", *s);
    }
    (void)format_relative(*t, from_epoch_ms(1709170200000));
  }
  date_options d2;
  d2.style = static_cast<date_style>(b0 % 9);
  (void)format_date(src, d2);
  (void)format_unit(1.5, src);
  (void)format_money(1500, src);
  return 0;
}
