// Named character references of HTML ("&Dstrok;", "&amp", "&CounterClockwiseContourIntegral;"):
// the WHATWG table, looked up in cmark-gfm's own copy (houdini_unescape_ent)
// rather than a second table. Numeric references are decoded by the caller.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace baiviet::detail {

/// Appends the text of the named reference "&name;" (1 or 2 code points, UTF-8)
/// and returns true; false (nothing appended) when `name` is not in the table.
/// `name` is without '&' and ';'.
bool append_named_reference(std::string& out, std::string_view name);

/// The length of the longest name that HTML decodes without ';' (the 106
/// "legacy" names: amp, lt, nbsp, the Latin-1 letters …) at the start of
/// `name`, or 0. "notin" → 3 ("not"), "amp" → 3, "Dstrok" → 0.
std::size_t legacy_reference_prefix(std::string_view name);

}  // namespace baiviet::detail
