// Number/date markup in article text (html_options::markup_numbers).
#pragma once
#include <string>
#include <string_view>

namespace baiviet::detail {

/// Appends `text` HTML-escaped to `out`, wrapping numbers, percentages, money
/// and dates in <data value="…">/<time datetime="…"> (the visible text is
/// unchanged byte for byte). `default_year` completes dates written without a
/// year ("Ngày 29/2"); 0 = leave such dates alone.
void append_marked_up_text(std::string& out, std::string_view text, int default_year);

}  // namespace baiviet::detail
