// Numbers, percentages, money and dates in article text marked up as
// <data value="…"> and <time datetime="…">, the visible text unchanged.
//
// What is marked (see docs/format.md for the full list):
//   2.617 → <data value="2617">2.617</data>       122,2% → <data value="1.222">122,2%</data>
//   1,5 tỷ đồng → <data value="1500000000">1,5 tỷ đồng</data>
//   17/5/2021, 17.5.2021 → <time datetime="2021-05-17">…</time>
//   "Ngày 29/2" → <time datetime="2024-02-29">29/2</time> with default_year 2024
//   "tháng 3/2024" → <time datetime="2024-03">3/2024</time>
// What is left alone: document codes (02-NQ/TU, 30/2020/NĐ-CP), ungrouped
// integers of four or more digits (years 2021, ids), numbers with a leading
// zero and phone numbers (0912 345 678, +84 …), ranges with '-' (2020-2025),
// times (08:30), ratios and counters (500/500, 2.063/2.247: two numbers whose
// relation is the meaning, and indistinguishable from codes), a day/month
// without "ngày" before it, numbers glued to letters (8h30, F0, COVID-19),
// and malformed or ambiguous groupings (1.5, 1.23).
//
// Values are computed by exact decimal string arithmetic (no doubles), so the
// attribute is the number as written: 99,15% → "0.9915".
#include "render/markup.hpp"

#include <cstdint>
#include <initializer_list>
#include <string>

#include <unicode/uchar.h>

#include "core/escape.hpp"
#include "core/utf8.hpp"

namespace baiviet::detail {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_sep(char c) { return c == '.' || c == ',' || c == '/' || c == ':' || c == '-'; }

// Code point before byte offset i (or -1 at the start / on invalid UTF-8).
UChar32 cp_before(std::string_view s, std::size_t i) {
  if (i == 0) return -1;
  return utf8_prev(s, i);
}

UChar32 cp_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return -1;
  return utf8_next(s, i);
}

bool is_wordish(UChar32 c) {
  return c >= 0 && (u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0 || c == '_');
}

// The word before a token, ignoring one space: "ngày 29/2", "tháng 3/2024".
bool preceded_by_word(std::string_view s, std::size_t p, std::initializer_list<std::string_view> words) {
  std::size_t i = p;
  if (i >= 1 && s[i - 1] == ' ') i -= 1;
  else if (i >= 2 && s.compare(i - 2, 2, "\xC2\xA0") == 0) i -= 2;
  else return false;
  for (std::string_view w : words) {
    if (i >= w.size() && s.compare(i - w.size(), w.size(), w) == 0) {
      UChar32 before = cp_before(s, i - w.size());
      return !is_wordish(before);
    }
  }
  return false;
}

bool preceded_by_ngay(std::string_view s, std::size_t p) {
  return preceded_by_word(s, p, {"ng\xC3\xA0y", "Ng\xC3\xA0y", "NG\xC3\x80Y"});
}

bool preceded_by_thang(std::string_view s, std::size_t p) {
  return preceded_by_word(s, p, {"th\xC3\xA1ng", "Th\xC3\xA1ng", "TH\xC3\x81NG"});
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!is_digit(c)) return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool valid_date(int y, int m, int d) {
  static constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > days[m - 1]) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

std::string iso_date(int y, int m, int d) {
  char buf[16];
  buf[0] = char('0' + y / 1000), buf[1] = char('0' + y / 100 % 10), buf[2] = char('0' + y / 10 % 10),
  buf[3] = char('0' + y % 10), buf[4] = '-', buf[5] = char('0' + m / 10), buf[6] = char('0' + m % 10), buf[7] = '-',
  buf[8] = char('0' + d / 10), buf[9] = char('0' + d % 10);
  return std::string(buf, 10);
}

// d/m/yyyy or d.m.yyyy (day and month of one or two digits).
bool parse_dmy(std::string_view t, char sep, int& y, int& m, int& d) {
  auto a = t.find(sep);
  if (a == std::string_view::npos) return false;
  auto b = t.find(sep, a + 1);
  if (b == std::string_view::npos || t.find(sep, b + 1) != std::string_view::npos) return false;
  auto ds = t.substr(0, a), ms = t.substr(a + 1, b - a - 1), ys = t.substr(b + 1);
  if (!all_digits(ds) || !all_digits(ms) || !all_digits(ys) || ds.size() > 2 || ms.size() > 2 || ys.size() != 4)
    return false;
  d = to_int(ds), m = to_int(ms), y = to_int(ys);
  return valid_date(y, m, d);
}

// A number as Vietnamese writes it: 2.617 | 1.234.567,891 | 122,2 | 114.
// Fills the plain digits and the count of fraction digits.
bool parse_vi_number(std::string_view t, std::string& digits, int& frac) {
  digits.clear();
  frac = 0;
  auto comma = t.find(',');
  std::string_view ip = t.substr(0, comma);
  std::string_view fp = comma == std::string_view::npos ? std::string_view{} : t.substr(comma + 1);
  if (comma != std::string_view::npos && !all_digits(fp)) return false;
  std::size_t start = 0;
  bool first = true;
  while (start <= ip.size()) {
    auto dot = ip.find('.', start);
    std::string_view g = ip.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (!all_digits(g)) return false;
    if (first ? (dot != std::string_view::npos && g.size() > 3) : g.size() != 3) return false;
    digits.append(g);
    first = false;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  digits.append(fp);
  frac = static_cast<int>(fp.size());
  return true;
}

// Decimal string of digits × 10^(exp − frac), canonical ("0.9915", "1500000000").
std::string decimal_value(const std::string& digits, int frac, int exp) {
  int point = static_cast<int>(digits.size()) - frac + exp;  // digits before the point
  std::string int_part, frac_part;
  if (point <= 0) {
    int_part = "0";
    frac_part = std::string(static_cast<std::size_t>(-point), '0') + digits;
  } else if (point >= static_cast<int>(digits.size())) {
    int_part = digits + std::string(static_cast<std::size_t>(point - static_cast<int>(digits.size())), '0');
  } else {
    int_part = digits.substr(0, static_cast<std::size_t>(point));
    frac_part = digits.substr(static_cast<std::size_t>(point));
  }
  auto nz = int_part.find_first_not_of('0');
  int_part = nz == std::string::npos ? "0" : int_part.substr(nz);
  while (!frac_part.empty() && frac_part.back() == '0') frac_part.pop_back();
  return frac_part.empty() ? int_part : int_part + "." + frac_part;
}

struct scale_word {
  std::string_view word;
  int exponent;
};
constexpr scale_word kScales[] = {
    {"ngh\xC3\xACn t\xE1\xBB\xB7", 12}, {"ng\xC3\xA0n t\xE1\xBB\xB7", 12}, {"tri\xE1\xBB\x87u t\xE1\xBB\xB7", 15},
    {"ngh\xC3\xACn", 3},                {"ng\xC3\xA0n", 3},                    {"tri\xE1\xBB\x87u", 6},
    {"t\xE1\xBB\xB7", 9},               {"t\xE1\xBB\x89", 9},
};

// Length of `word` at s[i] if it is followed by a non-letter.
bool word_at(std::string_view s, std::size_t i, std::string_view word) {
  if (s.compare(i, word.size(), word) != 0) return false;
  return !is_wordish(cp_at(s, i + word.size()));
}

// "đồng chí", "đồng bào", "đồng thời", "đồng ý" …: "đồng" starting a compound word.
bool followed_by_compound(std::string_view s, std::size_t i) {
  if (i >= s.size() || s[i] != ' ') return false;
  for (std::string_view w : {"ch\xC3\xAD", "b\xC3\xA0o", "th\xE1\xBB\x9Di", "\xC3\xBD",
                             "\xC4\x91\xE1\xBB\x99i", "nghi\xE1\xBB\x87p", "h\xC3\xA0nh", "t\xC3\xACnh",
                             "lo\xE1\xBA\xA1t", "b\xE1\xBB\x99"})
    if (word_at(s, i + 1, w)) return true;
  return false;
}

// Optional " <scale>" and " đồng"/" ₫"/"₫" after a number ending at q.
// Returns the new end and adds the scale exponent.
std::size_t money_suffix(std::string_view s, std::size_t q, bool grouped, int& exp) {
  std::size_t end = q;
  bool money_words = grouped;
  if (end < s.size() && s[end] == ' ') {
    for (const auto& sc : kScales) {
      if (word_at(s, end + 1, sc.word)) {
        exp += sc.exponent;
        end += 1 + sc.word.size();
        money_words = true;
        break;
      }
    }
  }
  static constexpr std::string_view dong = "\xC4\x91\xE1\xBB\x93ng", sign = "\xE2\x82\xAB";
  // "đồng" is money only after a scale or a grouped amount ("1,5 tỷ đồng",
  // "1.500 đồng") and not in "đồng chí", "đồng bào", "đồng thời" …
  if (money_words && end < s.size() && s[end] == ' ' && word_at(s, end + 1, dong) &&
      !followed_by_compound(s, end + 1 + dong.size()))
    return end + 1 + dong.size();
  if (s.compare(end, sign.size(), sign) == 0) return end + sign.size();
  if (s.compare(end, 1 + sign.size(), std::string(" ") + std::string(sign)) == 0) return end + 1 + sign.size();
  if (s.compare(end, 2 + sign.size(), std::string("\xC2\xA0") + std::string(sign)) == 0) return end + 2 + sign.size();
  return end;
}

// After a leading-zero or "+" number (phone numbers, codes): skips following
// " ddd" / ".ddd" digit groups while the digit count stays phone-like.
std::size_t skip_phone_tail(std::string_view s, std::size_t q, std::size_t digits) {
  while (q + 1 < s.size() && (s[q] == ' ' || s[q] == '.') && is_digit(s[q + 1]) && digits < 12) {
    std::size_t r = q + 1, n = 0;
    while (r < s.size() && is_digit(s[r])) ++r, ++n;
    if (digits + n > 12 || is_wordish(cp_at(s, r))) break;
    digits += n;
    q = r;
  }
  return q;
}

void emit(std::string& out, std::string_view open_tag, std::string_view attr, const std::string& value,
          std::string_view visible, std::string_view close_tag) {
  out += open_tag;
  out += ' ';
  out += attr;
  out += "=\"";
  append_attr_escaped(out, value);
  out += "\">";
  append_html_escaped(out, visible);
  out += close_tag;
}

}  // namespace

void append_marked_up_text(std::string& out, std::string_view s, int default_year) {
  std::size_t plain = 0;  // start of text not yet written
  std::size_t i = 0;
  std::string digits;
  while (i < s.size()) {
    if (!is_digit(s[i])) {
      ++i;
      continue;
    }
    const std::size_t p = i;
    std::size_t q = p;
    while (q < s.size() && (is_digit(s[q]) || (is_sep(s[q]) && q + 1 < s.size() && is_digit(s[q + 1])))) ++q;
    std::string_view t = s.substr(p, q - p);
    i = q;
    UChar32 before = cp_before(s, p);
    UChar32 after = cp_at(s, q);
    // Glued to a word or part of a code: F0, v1.2, NQ-02, 02-NQ/TU, 30/2020/NĐ-CP, 8h30.
    bool code_before = is_wordish(before) || before == '/' || before == '-' || before == '.' || before == ',' ||
                       before == '#' || before == '@' || before == '&' || before == '=' || before == '_';
    bool code_after = is_wordish(after) ||
                      ((after == '-' || after == '/' || after == '.') && is_wordish(cp_at(s, q + 1)) &&
                       !(after == '.' && cp_at(s, q + 1) == ' '));
    if (before == '+') {  // +84 912 345 678
      i = skip_phone_tail(s, q, t.size());
      continue;
    }
    if (code_before || code_after) continue;
    if (t.find(':') != std::string_view::npos || t.find('-') != std::string_view::npos) continue;  // 08:30, 2020-2025

    int y = 0, m = 0, d = 0;
    std::string value;
    std::size_t end = q;
    bool is_time = false;
    if (t.find('/') != std::string_view::npos) {
      if (parse_dmy(t, '/', y, m, d)) {
        is_time = true;
      } else if (default_year > 0 && t.find('/') == t.rfind('/') && preceded_by_ngay(s, p)) {
        auto slash = t.find('/');
        auto ds = t.substr(0, slash), ms = t.substr(slash + 1);
        if (all_digits(ds) && all_digits(ms) && ds.size() <= 2 && ms.size() <= 2) {
          y = default_year, m = to_int(ms), d = to_int(ds);
          is_time = valid_date(y, m, d);
        }
      }
      // "tháng 3/2024" → <time datetime="2024-03">.
      if (!is_time && t.find('/') == t.rfind('/') && preceded_by_thang(s, p)) {
        auto slash = t.find('/');
        auto ms = t.substr(0, slash), ys = t.substr(slash + 1);
        if (all_digits(ms) && ms.size() <= 2 && all_digits(ys) && ys.size() == 4 && to_int(ms) >= 1 &&
            to_int(ms) <= 12 && to_int(ys) >= 1000) {
          append_html_escaped(out, s.substr(plain, p - plain));
          emit(out, "<time", "datetime", iso_date(to_int(ys), to_int(ms), 1).substr(0, 7), t, "</time>");
          plain = i = q;
          continue;
        }
      }
      if (!is_time) continue;  // ratios, counters, codes: 500/500, 2.063/2.247
    } else if (parse_dmy(t, '.', y, m, d)) {
      is_time = true;
    } else {
      int frac = 0;
      if (!parse_vi_number(t, digits, frac)) continue;  // 1.5, 1.23: ambiguous
      bool grouped = t.find('.') != std::string_view::npos;
      if (!grouped && frac == 0) {
        if (t.size() > 1 && t[0] == '0') {  // 02, 0912 345 678
          i = skip_phone_tail(s, q, t.size());
          continue;
        }
        if (t.size() >= 4) continue;  // years (2021) and identifiers
      }
      int exp = 0;
      if (q < s.size() && s[q] == '%') {
        exp = -2;
        end = q + 1;
      } else {
        end = money_suffix(s, q, grouped, exp);
      }
      value = decimal_value(digits, frac, exp);
    }
    append_html_escaped(out, s.substr(plain, p - plain));
    if (is_time) {
      emit(out, "<time", "datetime", iso_date(y, m, d), t, "</time>");
    } else {
      emit(out, "<data", "value", value, s.substr(p, end - p), "</data>");
    }
    plain = end;
    i = end;
  }
  append_html_escaped(out, s.substr(plain));
}

}  // namespace baiviet::detail
