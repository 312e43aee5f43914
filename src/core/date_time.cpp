#include "core/date_time.hpp"

#include <cstdio>
#include <string>

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

std::optional<date_time> parse_date_time(std::string_view text, int default_offset_minutes) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  cursor c{text};
  int y = 0, mo = 0, d = 0;
  int a = 0;
  if (!c.digits(1, 4, a)) return std::nullopt;
  const std::size_t first_len = c.i;
  if (first_len == 4 && c.eat('-')) {  // ISO: YYYY-MM-DD
    y = a;
    if (!c.digits(2, 2, mo) || !c.eat('-') || !c.digits(2, 2, d)) return std::nullopt;
  } else if (first_len <= 2 && (c.eat('/') || c.eat('.') || c.eat('-'))) {  // d/m/yyyy, d.m.yyyy, d-m-yyyy
    char sep = text[c.i - 1];
    d = a;
    if (!c.digits(1, 2, mo) || !c.eat(sep) || !c.digits(4, 4, y)) return std::nullopt;
  } else {
    return std::nullopt;
  }
  if (!valid_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d))) return std::nullopt;
  date_time dt;
  dt.utc_offset_minutes = default_offset_minutes;
  int hh = 0, mm = 0, ss = 0;
  if (c.done()) {
    dt.has_time = false;
  } else {
    if (!(c.eat('T') || c.eat('t') || c.eat(' '))) return std::nullopt;
    if (!c.digits(1, 2, hh) || !c.eat(':') || !c.digits(2, 2, mm)) return std::nullopt;
    if (c.eat(':')) {
      if (!c.digits(2, 2, ss)) return std::nullopt;
      if (c.eat('.'))  // fraction: ignored
        while (!c.done() && c.peek() >= '0' && c.peek() <= '9') ++c.i;
    }
    if (hh > 23 || mm > 59 || ss > 60) return std::nullopt;
    c.eat(' ');
    if (c.eat('Z') || c.eat('z')) {
      dt.utc_offset_minutes = 0;
      dt.zone = "UTC";
    } else if (c.peek() == '+' || c.peek() == '-') {
      int sign = c.peek() == '-' ? -1 : 1;
      ++c.i;
      int oh = 0, om = 0;
      if (!c.digits(2, 2, oh)) return std::nullopt;
      c.eat(':');
      if (!c.done() && !c.digits(2, 2, om)) return std::nullopt;
      if (oh > 14 || om > 59) return std::nullopt;
      dt.utc_offset_minutes = sign * (oh * 60 + om);
      if (dt.utc_offset_minutes != 420) dt.zone.clear();
    }
    if (!c.done()) return std::nullopt;
  }
  std::int64_t days = days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
  dt.epoch_seconds = days * 86400 + hh * 3600 + mm * 60 + ss - dt.utc_offset_minutes * 60;
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
