#include "core/date_time.hpp"

#include <cstdio>
#include <string>

#include "core/trim.hpp"

namespace baiviet::detail {

std::int64_t days_from_civil(int y, unsigned m, unsigned d) noexcept {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civil_from_days(std::int64_t z, int& y, unsigned& m, unsigned& d) noexcept {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = static_cast<int>(yoe + era * 400 + (m <= 2));
}

bool valid_civil(int y, unsigned m, unsigned d) noexcept {
  static const unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  unsigned max = days[m - 1];
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) max = 29;
  return d <= max;
}

namespace {

struct cursor {
  std::string_view s;
  std::size_t i = 0;
  bool done() const { return i >= s.size(); }
  char peek() const { return done() ? '\0' : s[i]; }
  bool eat(char c) {
    if (peek() != c) return false;
    ++i;
    return true;
  }
  // exactly n digits (min..max digits when max > n)
  bool digits(int min, int max, int& out) {
    int n = 0, v = 0;
    while (n < max && !done() && s[i] >= '0' && s[i] <= '9') v = v * 10 + (s[i++] - '0'), ++n;
    out = v;
    return n >= min;
  }
};

}  // namespace

civil_read read_civil(std::string_view text, const civil_syntax& syn) {
  civil_read r;
  civil_fields& f = r.fields;
  auto fail = [&r](const char* why) {
    r.error = why;
    return r;
  };
  if (syn.trim_blanks) text = trim(text, kSpacesTabs);
  cursor c{text};
  int a = 0;
  if (!c.digits(1, 4, a)) return fail("expected YYYY-MM-DD");
  const std::size_t first_len = c.i;
  if (first_len == 4 && c.eat('-')) {  // ISO: YYYY-MM-DD
    f.year = a;
    if (!c.digits(2, 2, f.month) || !c.eat('-') || !c.digits(2, 2, f.day)) return fail("expected YYYY-MM-DD");
  } else if (syn.day_month_year && first_len <= 2 && (c.eat('/') || c.eat('.') || c.eat('-'))) {  // d/m/yyyy
    const char sep = text[c.i - 1];
    f.day = a;
    if (!c.digits(1, 2, f.month) || !c.eat(sep) || !c.digits(4, 4, f.year)) return fail("expected D/M/YYYY");
  } else {
    return fail("expected YYYY-MM-DD");
  }
  if (!valid_civil(f.year, static_cast<unsigned>(f.month), static_cast<unsigned>(f.day))) return fail("no such date");
  if (c.done()) return r;
  f.has_time = true;
  if (!(c.eat('T') || c.eat('t') || c.eat(' '))) return fail("expected 'T' after the date");
  if (!c.digits(syn.one_digit_hour ? 1 : 2, 2, f.hour) || !c.eat(':') || !c.digits(2, 2, f.minute))
    return fail("expected hh:mm");
  if (c.eat(':')) {
    if (!c.digits(2, 2, f.second)) return fail("expected seconds");
    if (c.eat('.') || (syn.comma_fraction && c.eat(','))) {
      int ms = 0, n = 0;
      for (; !c.done() && c.peek() >= '0' && c.peek() <= '9'; ++c.i, ++n)
        if (n < 3) ms = ms * 10 + (c.peek() - '0');
      if (syn.strict_fraction && (n == 0 || n > 9)) return fail("bad fraction of a second");
      for (; n < 3; ++n) ms *= 10;
      f.millis = ms;
    }
  }
  if (f.hour > 23 || f.minute > 59 || f.second > (syn.leap_second ? 60 : 59)) return fail("no such time");
  if (c.done()) return r;
  if (syn.space_before_offset) c.eat(' ');
  if (c.eat('Z') || c.eat('z')) {
    f.offset = civil_fields::offset_kind::utc;
  } else if (c.peek() == '+' || c.peek() == '-') {
    const int sign = c.peek() == '-' ? -1 : 1;
    ++c.i;
    int oh = 0, om = 0;
    if (!c.digits(2, 2, oh)) return fail("bad offset");
    const bool colon = c.eat(':');
    if (!c.done()) {
      if (!c.digits(2, 2, om)) return fail("bad offset");
    } else if (colon && !syn.bare_offset_colon) {
      return fail("bad offset");
    }
    if (oh > syn.max_offset_hours || om > 59) return fail("bad offset");
    f.offset = civil_fields::offset_kind::numeric;
    f.offset_minutes = sign * (oh * 60 + om);
  }
  if (!c.done()) return fail("bad offset");
  return r;
}

std::optional<date_time> parse_date_time(std::string_view text, int default_offset_minutes) {
  const civil_read r = read_civil(text, kSourceDates);
  if (r.error) return std::nullopt;
  const civil_fields& f = r.fields;
  date_time dt;
  dt.has_time = f.has_time;
  dt.utc_offset_minutes = default_offset_minutes;
  if (f.offset == civil_fields::offset_kind::utc) {
    dt.utc_offset_minutes = 0;
    dt.zone = "UTC";
  } else if (f.offset == civil_fields::offset_kind::numeric) {
    dt.utc_offset_minutes = f.offset_minutes;
    if (dt.utc_offset_minutes != 420) dt.zone.clear();
  }
  std::int64_t days = days_from_civil(f.year, static_cast<unsigned>(f.month), static_cast<unsigned>(f.day));
  dt.epoch_seconds = days * 86400 + f.hour * 3600 + f.minute * 60 + f.second - dt.utc_offset_minutes * 60;
  return dt;
}

}  // namespace baiviet::detail

namespace baiviet {

std::string date_time::iso() const {
  std::int64_t local = epoch_seconds + utc_offset_minutes * 60;
  std::int64_t days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
  std::int64_t secs = local - days * 86400;
  int y;
  unsigned m, d;
  detail::civil_from_days(days, y, m, d);
  char buf[40];
  if (!has_time) {
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
    return buf;
  }
  int off = utc_offset_minutes < 0 ? -utc_offset_minutes : utc_offset_minutes;
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d%c%02d:%02d", y, m, d, static_cast<int>(secs / 3600),
                static_cast<int>(secs / 60 % 60), static_cast<int>(secs % 60), utc_offset_minutes < 0 ? '-' : '+',
                off / 60, off % 60);
  return buf;
}

}  // namespace baiviet
