// Unit symbols used in Vietnamese news text and their CLDR identifiers.
#include "format/units.hpp"

#include <array>
#include <utility>

namespace baiviet::detail {

namespace {
constexpr std::array<std::pair<std::string_view, std::string_view>, 22> kSymbols{{
    {"ha", "hectare"},
    {"km", "kilometer"},
    {"m", "meter"},
    {"cm", "centimeter"},
    {"mm", "millimeter"},
    {"km2", "square-kilometer"},
    {"km\xC2\xB2", "square-kilometer"},
    {"m2", "square-meter"},
    {"m\xC2\xB2", "square-meter"},
    {"m3", "cubic-meter"},
    {"m\xC2\xB3", "cubic-meter"},
    {"kg", "kilogram"},
    {"g", "gram"},
    {"t", "tonne"},
    {"l", "liter"},
    {"\xC2\xB0" "C", "celsius"},
    {"\xC2\xB0" "F", "fahrenheit"},
    {"%", "percent"},
    {"km/h", "kilometer-per-hour"},
    {"MW", "megawatt"},
    {"kWh", "kilowatt-hour"},
    {"GB", "gigabyte"},
}};
}  // namespace

std::string_view unit_id_for_symbol(std::string_view symbol) {
  for (const auto& [sym, id] : kSymbols)
    if (sym == symbol) return id;
  return {};
}

std::string_view unit_id_for(std::string_view s) {
  if (auto id = unit_id_for_symbol(s); !id.empty()) return id;
  // A CLDR identifier: lower-case ASCII letters and hyphens (validated by ICU).
  if (s.empty() || s.size() > 64) return {};
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || c == '-')) return {};
  return s;
}

}  // namespace baiviet::detail
