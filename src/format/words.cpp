// Numbers in words ("đọc số") with ICU RuleBasedNumberFormat and our own rule
// text. It differs from CLDR's vi rules where common usage differs:
//   1000005 → "một triệu không trăm lẻ năm" (CLDR: "một triệu lẻ năm"),
//   1050000 → "một triệu không trăm năm mươi nghìn",
//   99,15   → "chín mươi chín phẩy mười lăm" (CLDR reads digit by digit).
// Variants: lẻ/linh, nghìn/ngàn, tỷ/tỉ. Because the rules are ours, no rbnf/*.res
// data item is needed at run time.
#include <cmath>
#include <cstdlib>
#include <memory>

#include <unicode/rbnf.h>

#include "baiviet/format.hpp"
#include "format/icu_support.hpp"

namespace baiviet {

namespace {

// $LE$, $NGHIN$, $TY$ are replaced per variant.
constexpr const char16_t* kRules =
    u"%spellout-cardinal:\n"
    u"-x: âm >>;\n"
    u"0: không;\n"
    u"1: một;\n"
    u"2: hai;\n"
    u"3: ba;\n"
    u"4: bốn;\n"
    u"5: năm;\n"
    u"6: sáu;\n"
    u"7: bảy;\n"
    u"8: tám;\n"
    u"9: chín;\n"
    u"10: mười[ >%%teen>];\n"
    u"20: << mươi[ >%%x-ty>];\n"
    u"100: << trăm[ >%%after-hundred>];\n"
    u"1000: << $NGHIN$[ >%%after-group>];\n"
    u"1000000: << triệu[ >%%after-million>];\n"
    u"1000000000: << $TY$[ >%%after-billion>];\n"
    u"%%teen:\n"
    u"0: =%spellout-cardinal=;\n"
    u"5: lăm;\n"
    u"6: =%spellout-cardinal=;\n"
    u"%%x-ty:\n"
    u"0: =%spellout-cardinal=;\n"
    u"1: mốt;\n"
    u"2: =%%teen=;\n"
    u"4: tư;\n"
    u"5: =%%teen=;\n"
    u"%%after-hundred:\n"
    u"0: $LE$ =%spellout-cardinal=;\n"
    u"10: =%spellout-cardinal=;\n"
    // A group of three digits after a larger unit: always read the hundreds.
    u"%%after-group:\n"
    u"0: không trăm $LE$ =%spellout-cardinal=;\n"
    u"10: không trăm =%spellout-cardinal=;\n"
    u"100: =%spellout-cardinal=;\n"
    u"%%after-million:\n"
    u"0: =%%after-group=;\n"
    u"1000: <%%after-group< $NGHIN$[ >%%after-group>];\n"
    u"%%after-billion:\n"
    u"0: =%%after-million=;\n"
    u"1000000: <%%after-group< triệu[ >%%after-million>];\n";

icu::UnicodeString rules_for(const words_options& o) {
  icu::UnicodeString r(kRules);
  r.findAndReplace(u"$LE$", o.linh ? u"linh" : u"lẻ");
  r.findAndReplace(u"$NGHIN$", o.ngan ? u"ngàn" : u"nghìn");
  r.findAndReplace(u"$TY$", o.ti ? u"tỉ" : u"tỷ");
  return r;
}

// One formatter per variant and thread, built on first use.
result<const icu::RuleBasedNumberFormat*> speller(const words_options& o) {
  thread_local std::unique_ptr<icu::RuleBasedNumberFormat> cache[8];
  int index = (o.linh ? 1 : 0) | (o.ngan ? 2 : 0) | (o.ti ? 4 : 0);
  if (!cache[index]) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError perr{};
    auto f = std::make_unique<icu::RuleBasedNumberFormat>(rules_for(o), detail::vi_locale(), perr, status);
    if (U_FAILURE(status)) return detail::icu_failure(status, "number-in-words rules");
    cache[index] = std::move(f);
  }
  return cache[index].get();
}

result<std::string> spell(std::int64_t v, const words_options& o) {
  auto f = speller(o);
  if (!f) return f.error();
  icu::UnicodeString out;
  UErrorCode status = U_ZERO_ERROR;
  (*f)->format(v, out, status);
  if (U_FAILURE(status)) return detail::icu_failure(status, "format_words");
  return detail::to_utf8(out);
}

std::string capitalized(std::string s, bool cap) {
  if (!cap || s.empty()) return s;
  icu::UnicodeString u = detail::from_utf8(s);
  UChar32 first = u.char32At(0);
  int32_t len = U16_LENGTH(first);
  icu::UnicodeString head = u.tempSubString(0, len);
  head.toUpper(detail::vi_locale());
  return detail::to_utf8(head + u.tempSubString(len));
}

constexpr std::int64_t kMaxInteger = 999'999'999'999'999'999;  // < 10^18

}  // namespace

result<std::string> format_words(std::int64_t value, const words_options& options) {
  if (value > kMaxInteger || value < -kMaxInteger)
    return make_error(errc::invalid_argument, "format_words: " + std::to_string(value) + " is outside ±(10^18 - 1)");
  auto text = spell(value, options);
  if (!text) return text;
  return capitalized(std::move(*text), options.capitalize);
}

result<std::string> format_words(double value, const words_options& options) {
  if (!detail::is_finite_value(value)) return detail::non_finite_error(value, "format_words");
  if (std::fabs(value) >= 1e15)
    return make_error(errc::invalid_argument, "format_words: value outside ±10^15 (use the integer overload)");
  if (options.max_fraction_digits < 0 || options.max_fraction_digits > 6)
    return make_error(errc::invalid_argument, "format_words: max_fraction_digits must be 0..6");
  // Round with ICU (half-up) and read back the digits: "-99,15".
  number_options n;
  n.grouping = false;
  n.min_fraction_digits = 0;
  n.max_fraction_digits = options.max_fraction_digits;
  auto digits = format_number(value, n);
  if (!digits) return digits;
  std::string_view s = *digits;
  bool negative = !s.empty() && (s[0] == '-' || s.substr(0, 3) == "\xE2\x88\x92");
  if (negative) s.remove_prefix(s[0] == '-' ? 1 : 3);
  auto comma = s.find(',');
  std::string_view int_part = s.substr(0, comma);
  std::string_view frac_part = comma == std::string_view::npos ? std::string_view{} : s.substr(comma + 1);
  std::int64_t whole = 0;
  for (char c : int_part) {
    if (c < '0' || c > '9') return make_error(errc::internal, "format_words: unexpected digits " + *digits);
    whole = whole * 10 + (c - '0');
  }
  std::string out;
  if (negative && (whole != 0 || !frac_part.empty())) out = "âm ";
  auto w = spell(whole, options);
  if (!w) return w;
  out += *w;
  if (!frac_part.empty()) {
    out += " phẩy";
    std::size_t i = 0;
    for (; i < frac_part.size() && frac_part[i] == '0'; ++i) out += " không";
    if (i < frac_part.size()) {
      std::int64_t rest = 0;
      for (; i < frac_part.size(); ++i) rest = rest * 10 + (frac_part[i] - '0');
      auto r = spell(rest, options);
      if (!r) return r;
      out += ' ';
      out += *r;
    }
  }
  return capitalized(std::move(out), options.capitalize);
}

result<std::string> format_money_words(double amount, const words_options& options) {
  if (!detail::is_finite_value(amount)) return detail::non_finite_error(amount, "format_money_words");
  if (std::fabs(amount) >= 1e15)
    return make_error(errc::invalid_argument, "format_money_words: amount outside ±10^15");
  words_options o = options;
  o.max_fraction_digits = 0;  // whole đồng, rounded half-up
  auto text = format_words(amount, o);
  if (!text) return text;
  return *text + " đồng";
}

}  // namespace baiviet
