// Dates and times the Vietnamese way: datelines, the administrative style of
// Nghị định 30/2020/NĐ-CP, short body-text dates and ISO 8601, in any IANA
// zone (Asia/Ho_Chi_Minh by default). Explicit SimpleDateFormat patterns only:
// CLDR's dateStyle output differs between ICU versions (see docs/format.md).
#include <cstdio>
#include <memory>
#include <string>
#include <unordered_map>

#include <unicode/dtfmtsym.h>
#include <unicode/smpdtfmt.h>

#include "baiviet/format.hpp"
#include "core/date_time.hpp"
#include "format/icu_support.hpp"
#include "format/zone_cache.hpp"

namespace baiviet {

namespace {

// ---- strict ISO 8601 (core/date_time.hpp read_civil with kStrictIso) ---------

result<detail::civil_fields> parse_iso_parts(std::string_view s) {
  const detail::civil_read r = detail::read_civil(s, detail::kStrictIso);
  if (r.error)
    return make_error(errc::invalid_input,
                      "not an ISO 8601 date: '" + std::string(s.substr(0, 64)) + "' (" + r.error + ")");
  return r.fields;
}

// ---- formatting -------------------------------------------------------------

const char16_t* pattern_for(date_style style, bool padded_month) {
  switch (style) {
    case date_style::dateline: return u"EEEE, dd/MM/yyyy, HH:mm";
    case date_style::administrative:
      return padded_month ? u"'ngày' dd 'tháng' MM 'năm' y" : u"'ngày' dd 'tháng' M 'năm' y";
    case date_style::short_date: return u"d/M/y";
    case date_style::padded_date: return u"dd/MM/yyyy";
    case date_style::day_month: return u"d/M";
    case date_style::time: return u"HH:mm";
    case date_style::date_time: return u"HH:mm dd/MM/yyyy";
    case date_style::iso8601: return u"yyyy-MM-dd'T'HH:mm:ss";  // + iso_offset()
    case date_style::iso_date: return u"yyyy-MM-dd";
  }
  return u"yyyy-MM-dd";
}

// Weekday names as Vietnamese newsrooms write them: "Thứ Năm", "Chủ nhật"
// (CLDR vi: "Chủ Nhật"), or inside a sentence "thứ Năm", "chủ nhật".
void adjust_weekdays(icu::DateFormatSymbols& symbols, weekday_case wc) {
  int32_t count = 0;
  const icu::UnicodeString* names = symbols.getWeekdays(count);
  std::unique_ptr<icu::UnicodeString[]> fixed(new icu::UnicodeString[count]);
  for (int32_t k = 0; k < count; ++k) {
    icu::UnicodeString name = names[k];
    if (k == UCAL_SUNDAY) {
      int32_t space = name.indexOf(u' ');
      if (space > 0) {
        icu::UnicodeString tail = name.tempSubString(space);
        tail.toLower(detail::vi_locale());
        name = name.tempSubString(0, space) + tail;
      }
    }
    if (wc == weekday_case::lower && !name.isEmpty()) {
      icu::UnicodeString head = name.tempSubString(0, 1);
      head.toLower(detail::vi_locale());
      name = head + name.tempSubString(1);
    }
    fixed[k] = name;
  }
  symbols.setWeekdays(fixed.get(), count);
}

// "+07:00": the zone's offset at that instant, hours and minutes, as ICU's "xxx"
// writes it (seconds of old local-mean-time offsets truncated: 1900 in Sài Gòn is
// +07:06:30 → "+07:06"). Written here rather than with "xxx" so that no time-zone
// display data (zone/*.res, metaZones.res: ≈ 190 KB in the WASM data) is needed.
std::string iso_offset(const icu::TimeZone& zone, std::int64_t ms) {
  int32_t raw = 0, dst = 0;
  UErrorCode status = U_ZERO_ERROR;
  zone.getOffset(static_cast<UDate>(ms), false, raw, dst, status);
  std::int32_t total = U_SUCCESS(status) ? (raw + dst) / 1000 : 0;
  char sign = total < 0 ? '-' : '+';
  if (total < 0) total = -total;
  char buf[8];
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, static_cast<int>(total / 3600),
                static_cast<int>(total / 60 % 60));
  return buf;
}

result<const icu::SimpleDateFormat*> date_formatter(const detail::zone_tools& zt, std::string_view zone_id,
                                                    date_style style, bool padded_month, weekday_case wc) {
  thread_local std::unordered_map<std::string, std::unique_ptr<icu::SimpleDateFormat>> cache;
  std::string key(zone_id);
  key += '|';
  key += std::to_string(static_cast<int>(style) * 4 + (padded_month ? 2 : 0) + (wc == weekday_case::lower ? 1 : 0));
  auto it = cache.find(key);
  if (it != cache.end()) return it->second.get();
  UErrorCode status = U_ZERO_ERROR;
  auto f = std::make_unique<icu::SimpleDateFormat>(icu::UnicodeString(pattern_for(style, padded_month)),
                                                   detail::vi_locale(), status);
  if (U_FAILURE(status)) return detail::icu_failure(status, "date formatter");
  f->adoptCalendar(zt.calendar->clone());  // proleptic Gregorian in the zone
  if (style == date_style::dateline) {
    icu::DateFormatSymbols symbols(*f->getDateFormatSymbols());
    adjust_weekdays(symbols, wc);
    f->setDateFormatSymbols(symbols);
  }
  if (cache.size() >= 128) cache.clear();
  const icu::SimpleDateFormat* ptr = f.get();
  cache.emplace(std::move(key), std::move(f));
  return ptr;
}

}  // namespace

result<instant> parse_iso8601(std::string_view text, std::string_view time_zone) {
  if (text.size() > 64) return make_error(errc::invalid_input, "not an ISO 8601 date: longer than 64 bytes");
  auto p = parse_iso_parts(text);
  if (!p) return p.error();
  if (p->offset != detail::civil_fields::offset_kind::none) {
    std::int64_t days = detail::days_from_civil(p->year, static_cast<unsigned>(p->month), static_cast<unsigned>(p->day));
    std::int64_t ms = days * 86400000 + ((p->hour * 60 + p->minute) * 60 + p->second) * 1000LL + p->millis -
                      p->offset_minutes * 60000LL;
    return instant{ms};
  }
  auto zt = detail::zone_for(time_zone);
  if (!zt) return zt.error();
  icu::GregorianCalendar& cal = *(*zt)->calendar;
  UErrorCode status = U_ZERO_ERROR;
  cal.clear();
  cal.set(p->year, p->month - 1, p->day, p->hour, p->minute, p->second);
  cal.set(UCAL_MILLISECOND, p->millis);
  UDate t = cal.getTime(status);
  // A local time skipped by a DST change does not exist (non-lenient calendar).
  if (U_FAILURE(status))
    return make_error(errc::invalid_input, "no such local time in " + std::string(time_zone) + ": '" + std::string(text) + "'");
  return instant{static_cast<std::int64_t>(t)};
}

result<std::string> format_date(instant when, const date_options& options) {
  if (when.epoch_ms < detail::kMinEpochMs || when.epoch_ms > detail::kMaxEpochMs)
    return make_error(errc::invalid_argument, "format_date: instant outside years 1–9999");
  auto zt = detail::zone_for(options.time_zone);
  if (!zt) return zt.error();
  bool padded_month = false;
  if (options.style == date_style::administrative) {
    UErrorCode status = U_ZERO_ERROR;
    icu::GregorianCalendar& cal = *(*zt)->calendar;
    cal.setTime(static_cast<UDate>(when.epoch_ms), status);
    int32_t month = cal.get(UCAL_MONTH, status);
    if (U_FAILURE(status)) return detail::icu_failure(status, "format_date");
    padded_month = month == UCAL_JANUARY || month == UCAL_FEBRUARY;  // "tháng 01", "tháng 02"
  }
  auto f = date_formatter(**zt, options.time_zone, options.style, padded_month, options.weekday);
  if (!f) return f.error();
  icu::UnicodeString out;
  (*f)->format(static_cast<UDate>(when.epoch_ms), out);
  std::string text = detail::to_utf8(out);
  if (options.style == date_style::iso8601) text += iso_offset(*(*zt)->zone, when.epoch_ms);
  return text;
}

result<std::string> format_date(std::string_view iso8601, const date_options& options) {
  auto t = parse_iso8601(iso8601, options.time_zone);
  if (!t) return t.error();
  return format_date(*t, options);
}

}  // namespace baiviet
