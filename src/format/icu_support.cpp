// ICU plumbing shared by the formatters: conversions, errors, and the
// per-thread number-formatter cache.
//
// Thread safety: every cache here is thread_local, so a formatter is only
// ever used by the thread that built it; nothing is locked on the hot path.
// A cache holds at most kMaxCached formatters (distinct option combinations)
// and is emptied when full, so memory stays bounded whatever callers pass.
#include "format/icu_support.hpp"

#include <cmath>
#include <memory>
#include <unordered_map>

#include <unicode/currunit.h>
#include <unicode/ucurr.h>
#include <unicode/measunit.h>
#include <unicode/locid.h>

namespace baiviet::detail {

namespace nf = icu::number;

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

icu::UnicodeString from_utf8(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

error icu_failure(UErrorCode status, std::string_view what) {
  return make_error(errc::icu_error, std::string(what) + ": ICU error " + u_errorName(status));
}

bool is_finite_value(double v) { return std::isfinite(v); }

error non_finite_error(double v, std::string_view what) {
  const char* name = std::isnan(v) ? "NaN" : (v > 0 ? "infinity" : "-infinity");
  return make_error(errc::invalid_argument, std::string(what) + ": cannot format " + name);
}

UNumberFormatRoundingMode to_icu(rounding_mode mode) {
  switch (mode) {
    case rounding_mode::half_up: return UNUM_ROUND_HALFUP;  // ties away from zero
    case rounding_mode::half_even: return UNUM_ROUND_HALFEVEN;
    case rounding_mode::half_down: return UNUM_ROUND_HALFDOWN;
    case rounding_mode::up: return UNUM_ROUND_UP;
    case rounding_mode::down: return UNUM_ROUND_DOWN;
    case rounding_mode::ceiling: return UNUM_ROUND_CEILING;
    case rounding_mode::floor: return UNUM_ROUND_FLOOR;
  }
  return UNUM_ROUND_HALFUP;
}

const icu::Locale& vi_locale() {
  static const icu::Locale vi("vi");
  return vi;
}

namespace {

constexpr std::size_t kMaxCached = 128;

std::string cache_key(number_kind kind, std::string_view extra, const number_options& o) {
  std::string key;
  key.reserve(48);
  key += static_cast<char>('0' + static_cast<int>(kind));
  key += extra;
  for (int v : {o.min_fraction_digits, o.max_fraction_digits, o.min_significant_digits, o.max_significant_digits,
                static_cast<int>(o.grouping), static_cast<int>(o.rounding)}) {
    key += '|';
    key += std::to_string(v);
  }
  return key;
}

// Default fraction digits per kind (only used when the options leave them at -1).
int default_max_fraction(number_kind kind) {
  switch (kind) {
    case number_kind::percent: return 2;
    default: return 3;
  }
}

result<nf::Precision> precision_for(number_kind kind, const number_options& o, bool& use_default) {
  use_default = false;
  if (o.min_significant_digits != 0 || o.max_significant_digits != 0) {
    int mn = o.min_significant_digits == 0 ? 1 : o.min_significant_digits;
    int mx = o.max_significant_digits == 0 ? std::max(mn, 21) : o.max_significant_digits;
    if (mn < 1 || mx < 1 || mn > 999 || mx > 999 || mn > mx)
      return make_error(errc::invalid_argument, "significant digits must satisfy 1 <= min <= max <= 999");
    return nf::Precision::minMaxSignificantDigits(mn, mx);
  }
  if (o.min_fraction_digits == -1 && o.max_fraction_digits == -1) {
    if (kind == number_kind::decimal || kind == number_kind::percent || kind == number_kind::unit)
      return nf::Precision::minMaxFraction(0, default_max_fraction(kind));
    use_default = true;  // currency digits / compact rounding
    return nf::Precision::unlimited();
  }
  int mn = o.min_fraction_digits < 0 ? 0 : o.min_fraction_digits;
  int mx = o.max_fraction_digits < 0 ? std::max(mn, kind == number_kind::currency ? mn : default_max_fraction(kind))
                                     : o.max_fraction_digits;
  if (o.min_fraction_digits < -1 || o.max_fraction_digits < -1 || mn > 20 || mx > 20 || mn > mx)
    return make_error(errc::invalid_argument, "fraction digits must satisfy 0 <= min <= max <= 20");
  return nf::Precision::minMaxFraction(mn, mx);
}

}  // namespace

result<nf::UnlocalizedNumberFormatter> unlocalized_formatter(number_kind kind, std::string_view extra,
                                                             const number_options& o) {
  UErrorCode status = U_ZERO_ERROR;
  nf::UnlocalizedNumberFormatter f = nf::NumberFormatter::with()
                                       .roundingMode(to_icu(o.rounding))
                                       // No sign on zero: -0 and -0,001 rounded to 0 read "0",
                                       // not "-0" (and JS's JSON, which drops -0's sign, agrees).
                                       .sign(UNUM_SIGN_NEGATIVE)
                                       .grouping(!o.grouping ? UNUM_GROUPING_OFF
                                                 // Compact numbers group from five digits (CLDR,
                                                 // Intl's "min2"): "3200 nghìn tỷ".
                                                 : (kind == number_kind::compact_long ||
                                                    kind == number_kind::compact_short)
                                                     ? UNUM_GROUPING_MIN2
                                                     : UNUM_GROUPING_AUTO);
  switch (kind) {
    case number_kind::decimal: break;
    case number_kind::percent:
      f = f.unit(icu::NoUnit::percent()).scale(nf::Scale::powerOfTen(2));
      break;
    case number_kind::currency: {
      if (extra.size() != 3)
        return make_error(errc::invalid_argument, "not an ISO 4217 currency code: '" + std::string(extra) + "'");
      for (char c : extra)
        if (c < 'A' || c > 'Z')
          return make_error(errc::invalid_argument, "not an ISO 4217 currency code: '" + std::string(extra) + "'");
      char16_t code[4] = {char16_t(extra[0]), char16_t(extra[1]), char16_t(extra[2]), 0};
      // Known to CLDR at some date (ICU itself accepts any three letters).
      if (!ucurr_isAvailable(code, U_DATE_MIN, U_DATE_MAX, &status) || U_FAILURE(status))
        return make_error(errc::invalid_argument, "unknown ISO 4217 currency: '" + std::string(extra) + "'");
      icu::CurrencyUnit unit(code, status);
      if (U_FAILURE(status)) return icu_failure(status, "currency " + std::string(extra));
      f = f.unit(unit);
      break;
    }
    case number_kind::compact_long: f = f.notation(nf::Notation::compactLong()); break;
    case number_kind::compact_short: f = f.notation(nf::Notation::compactShort()); break;
    case number_kind::unit: {
      icu::MeasureUnit unit = icu::MeasureUnit::forIdentifier(std::string(extra).c_str(), status);
      if (U_FAILURE(status))
        return make_error(errc::invalid_argument, "unknown unit: '" + std::string(extra) + "'");
      f = f.unit(unit).unitWidth(UNUM_UNIT_WIDTH_SHORT);
      break;
    }
  }
  bool use_default = false;
  auto precision = precision_for(kind, o, use_default);
  if (!precision) return precision.error();
  if (!use_default) f = f.precision(*precision);
  return f;
}

error check_formatter(const nf::UnlocalizedNumberFormatter& settings) {
  // Surface option errors now rather than at the first format call.
  UErrorCode status = U_ZERO_ERROR;
  auto probe = settings.locale(vi_locale()).formatDouble(1.0, status);
  if (U_FAILURE(status)) return icu_failure(status, "number formatter");
  (void)probe;
  return error{errc::ok, {}, 0};
}

namespace {

result<nf::LocalizedNumberFormatter> build(number_kind kind, std::string_view extra, const number_options& o) {
  auto settings = unlocalized_formatter(kind, extra, o);
  if (!settings) return settings.error();
  if (error e = check_formatter(*settings); e.code != errc::ok) return e;
  return std::move(*settings).locale(vi_locale());
}

}  // namespace

result<const nf::LocalizedNumberFormatter*> number_formatter(number_kind kind, std::string_view extra,
                                                             const number_options& options) {
  thread_local std::unordered_map<std::string, std::unique_ptr<nf::LocalizedNumberFormatter>> cache;
  std::string key = cache_key(kind, extra, options);
  auto it = cache.find(key);
  if (it != cache.end()) return it->second.get();
  auto built = build(kind, extra, options);
  if (!built) return built.error();
  if (cache.size() >= kMaxCached) cache.clear();
  auto owned = std::make_unique<nf::LocalizedNumberFormatter>(std::move(*built));
  const nf::LocalizedNumberFormatter* ptr = owned.get();
  cache.emplace(std::move(key), std::move(owned));
  return ptr;
}

result<std::string> run_formatter(const nf::LocalizedNumberFormatter& f, double value) {
  UErrorCode status = U_ZERO_ERROR;
  nf::FormattedNumber out = f.formatDouble(value, status);
  icu::UnicodeString text = out.toString(status);
  if (U_FAILURE(status)) return icu_failure(status, "format");
  return to_utf8(text);
}

}  // namespace baiviet::detail
