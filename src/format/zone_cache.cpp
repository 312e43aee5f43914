// Per-thread cache of ICU time zones and calendars by IANA id.
#include "format/zone_cache.hpp"

#include <string>
#include <unordered_map>

#include "format/icu_support.hpp"

namespace baiviet::detail {

result<zone_tools*> zone_for(std::string_view iana_id) {
  thread_local std::unordered_map<std::string, std::unique_ptr<zone_tools>> cache;
  std::string key(iana_id);
  auto it = cache.find(key);
  if (it != cache.end()) return it->second.get();
  if (iana_id.empty() || iana_id.size() > 64)
    return make_error(errc::invalid_argument, "unknown time zone: '" + key + "'");
  icu::UnicodeString id = from_utf8(iana_id);
  auto tools = std::make_unique<zone_tools>();
  tools->zone.reset(icu::TimeZone::createTimeZone(id));
  icu::UnicodeString got;
  if (tools->zone) tools->zone->getID(got);
  if (!tools->zone || got == UNICODE_STRING_SIMPLE("Etc/Unknown"))
    return make_error(errc::invalid_argument, "unknown time zone: '" + key + "'");
  UErrorCode status = U_ZERO_ERROR;
  tools->calendar = std::make_unique<icu::GregorianCalendar>(*tools->zone, icu::Locale("vi", "", "", "calendar=gregorian"), status);
  if (U_FAILURE(status)) return icu_failure(status, "calendar for " + key);
  tools->calendar->setGregorianChange(-8.64e15, status);  // proleptic Gregorian (as ISO 8601)
  tools->calendar->setLenient(false);
  if (U_FAILURE(status)) return icu_failure(status, "calendar for " + key);
  if (cache.size() >= 64) cache.clear();
  zone_tools* ptr = tools.get();
  cache.emplace(std::move(key), std::move(tools));
  return ptr;
}

std::int64_t local_day_number(const icu::TimeZone& zone, std::int64_t ms) {
  int32_t raw = 0, dst = 0;
  UErrorCode status = U_ZERO_ERROR;
  zone.getOffset(static_cast<UDate>(ms), false, raw, dst, status);
  std::int64_t local = ms + raw + dst;
  std::int64_t day = local / 86400000;
  if (local % 86400000 < 0) --day;
  return day;
}

}  // namespace baiviet::detail
