// Unit symbols as written in Vietnamese text ↔ CLDR unit identifiers.
#pragma once
#include <string_view>

namespace baiviet::detail {

/// "ha" → "hectare", "°C" → "celsius"; a CLDR identifier maps to itself if it is
/// one ICU knows (checked by the formatter). Empty = not a unit.
std::string_view unit_id_for(std::string_view symbol_or_id);

/// The symbol → id table used by parse_number ("3.200 ha"); only exact symbols.
std::string_view unit_id_for_symbol(std::string_view symbol);

}  // namespace baiviet::detail
