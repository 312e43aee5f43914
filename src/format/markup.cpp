// Placeholder: escapes only, until number/date markup lands (issue: formatting).
#include "format/markup.hpp"

#include "core/escape.hpp"

namespace baiviet::detail {
void append_marked_up_text(std::string& out, std::string_view text, int) { append_html_escaped(out, text); }
}  // namespace baiviet::detail
