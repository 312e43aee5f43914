// Parsing Vietnamese-written numbers back to values, strictly.
//
// Grammar (spaces are ASCII space or U+00A0/U+202F):
//   text    := sign? digits (',' digit+)? space? suffix?
//   digits  := digit{1,3} ('.' digit{3})+  |  digit+
//   suffix  := '%'  |  scale (space currency)?  |  currency  |  unit symbol
//   scale   := nghìn | ngàn | triệu | tỷ | tỉ | nghìn tỷ | ngàn tỷ | triệu tỷ
//   currency:= đồng | ₫ | đ | VND | VNĐ
// A '.' not followed by exactly three digits ("1.5", "1.23") is ambiguous
// (English decimal point or a typo) and rejected rather than guessed.
//
// The value is computed as an exact integer mantissa times a power of ten
// (both exact in binary64), so the result is the correctly rounded double on
// every platform, with no locale-dependent strtod.
#include <cstdint>
#include <string>

#include "baiviet/format.hpp"
#include "core/trim.hpp"
#include "format/units.hpp"

namespace baiviet {

namespace {

error bad(std::string_view text, std::string_view why) {
  return make_error(errc::invalid_input, "not a Vietnamese number: '" + std::string(text) + "' (" + std::string(why) + ")");
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Spaces inside a number: ASCII space, tab, NBSP (C2 A0) and NNBSP (E2 80 AF).
constexpr detail::blank_set kNumberSpaces{" \t", true};

// Skips the spaces of kNumberSpaces at s[i]. Returns how many bytes.
std::size_t skip_spaces(std::string_view s, std::size_t i) {
  std::string_view rest = s.substr(i);
  return rest.size() - detail::trim_left(rest, kNumberSpaces).size();
}

// Around the whole text, line ends are also blank.
std::string_view trim(std::string_view s) {
  return detail::trim_right(detail::trim_left(s, kNumberSpaces), {" \t\n\r", true});
}

struct scale_word {
  std::string_view word;
  int exponent;
};
// Longest first.
constexpr scale_word kScales[] = {
    {"ngh\xC3\xACn t\xE1\xBB\xB7", 12}, {"ng\xC3\xA0n t\xE1\xBB\xB7", 12}, {"ngh\xC3\xACn t\xE1\xBB\x89", 12},
    {"ng\xC3\xA0n t\xE1\xBB\x89", 12},  {"tri\xE1\xBB\x87u t\xE1\xBB\xB7", 15}, {"tri\xE1\xBB\x87u t\xE1\xBB\x89", 15},
    {"ngh\xC3\xACn", 3},                {"ng\xC3\xA0n", 3},                    {"tri\xE1\xBB\x87u", 6},
    {"t\xE1\xBB\xB7", 9},               {"t\xE1\xBB\x89", 9},
};
constexpr std::string_view kCurrencies[] = {"\xC4\x91\xE1\xBB\x93ng", "\xE2\x82\xAB", "\xC4\x91", "VND",
                                            "VN\xC4\x90"};

bool is_currency(std::string_view s) {
  for (auto c : kCurrencies)
    if (s == c) return true;
  return false;
}

constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

}  // namespace

result<parsed_number> parse_number(std::string_view input) {
  if (input.size() > 256) return make_error(errc::too_large, "parse_number: input longer than 256 bytes");
  std::string_view s = trim(input);
  if (s.empty()) return bad(input, "empty");
  std::size_t i = 0;
  bool negative = false;
  if (s[0] == '-' || s[0] == '+') {
    negative = s[0] == '-';
    i = 1;
  } else if (s.compare(0, 3, "\xE2\x88\x92") == 0) {  // U+2212 MINUS SIGN
    negative = true;
    i = 3;
  }
  // Integer part.
  std::string mantissa;
  std::size_t first_group = 0;
  while (i < s.size() && is_digit(s[i])) mantissa += s[i++], ++first_group;
  if (first_group == 0) return bad(input, "no digits");
  bool grouped = false;
  while (i < s.size() && s[i] == '.') {
    if (first_group > 3 && !grouped) return bad(input, "a group of thousands must have 1 to 3 leading digits");
    std::size_t n = 0;
    while (i + 1 + n < s.size() && is_digit(s[i + 1 + n])) ++n;
    if (n != 3)
      return bad(input, "ambiguous '.': in Vietnamese '.' groups thousands (write 1,5 for one and a half)");
    mantissa.append(s.substr(i + 1, 3));
    i += 4;
    grouped = true;
  }
  // Fraction.
  std::size_t frac_digits = 0;
  if (i < s.size() && s[i] == ',') {
    ++i;
    while (i < s.size() && is_digit(s[i])) mantissa += s[i++], ++frac_digits;
    if (frac_digits == 0) return bad(input, "no digits after ','");
    if (i < s.size() && (s[i] == ',' || s[i] == '.')) return bad(input, "more than one separator after ','");
  }
  // Suffix.
  parsed_number out;
  int exponent = -static_cast<int>(frac_digits);
  std::size_t spaces = skip_spaces(s, i);
  std::string_view rest = s.substr(i + spaces);
  if (!rest.empty()) {
    if (rest == "%") {
      out.kind = parsed_kind::percent;
      exponent -= 2;
    } else {
      bool matched = false;
      for (const auto& sc : kScales) {
        if (rest.substr(0, sc.word.size()) == sc.word &&
            (rest.size() == sc.word.size() || skip_spaces(rest, sc.word.size()) > 0)) {
          if (spaces == 0) return bad(input, "missing space before the scale word");
          exponent += sc.exponent;
          rest.remove_prefix(sc.word.size());
          rest.remove_prefix(skip_spaces(rest, 0));
          matched = true;
          break;
        }
      }
      if (!rest.empty()) {
        if (is_currency(rest)) {
          out.kind = parsed_kind::money;
          out.unit = "VND";
        } else if (auto id = detail::unit_id_for_symbol(rest); !id.empty() && !matched) {
          if (id == "percent") {
            out.kind = parsed_kind::percent;
            exponent -= 2;
          } else {
            out.kind = parsed_kind::measure;
            out.unit = std::string(id);
          }
        } else {
          return bad(input, "unexpected text after the number");
        }
      }
    }
  }
  // Value = mantissa × 10^exponent with an exact mantissa.
  std::size_t lead = mantissa.find_first_not_of('0');
  std::string_view digits = lead == std::string::npos ? std::string_view("0") : std::string_view(mantissa).substr(lead);
  while (digits.size() > 1 && digits.back() == '0' && exponent < 0) digits.remove_suffix(1), ++exponent;
  if (digits.size() > 15) return bad(input, "more than 15 significant digits");
  std::int64_t m = 0;
  for (char c : digits) m = m * 10 + (c - '0');
  double v = static_cast<double>(m);
  if (exponent > 22 || exponent < -22) return bad(input, "out of range");
  v = exponent >= 0 ? v * kPow10[exponent] : v / kPow10[-exponent];
  out.value = negative ? -v : v;
  return out;
}

}  // namespace baiviet
