// Per-thread time-zone tools for the date formatters: a validated IANA zone
// and a proleptic Gregorian calendar in it, created once per zone and thread.
#pragma once
#include <cstdint>
#include <memory>
#include <string_view>

#include <unicode/gregocal.h>
#include <unicode/timezone.h>

#include "baiviet/result.hpp"

namespace baiviet::detail {

struct zone_tools {
  std::unique_ptr<icu::TimeZone> zone;
  std::unique_ptr<icu::GregorianCalendar> calendar;  ///< proleptic Gregorian, strict
};

/// The calling thread's tools for `iana_id`; errc::invalid_argument for an unknown zone.
/// The pointer stays valid until the next call on the same thread.
result<zone_tools*> zone_for(std::string_view iana_id);

/// The supported instant range: 0001-01-01T00:00:00Z … 9999-12-31T23:59:59.999Z.
constexpr std::int64_t kMinEpochMs = -62135596800000LL;
constexpr std::int64_t kMaxEpochMs = 253402300799999LL;

/// Days since 1970-01-01 of the local calendar date of `ms` in the zone.
std::int64_t local_day_number(const icu::TimeZone& zone, std::int64_t ms);

}  // namespace baiviet::detail
