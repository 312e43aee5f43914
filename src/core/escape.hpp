// HTML escaping shared by every HTML writer (renderer, excerpts, number markup).
#pragma once
#include <string>
#include <string_view>

namespace baiviet::detail {

/// Text content: escapes & < > (and " so the output is also safe in attributes).
void append_html_escaped(std::string& out, std::string_view text);
/// Attribute value (to be placed inside double quotes): escapes & < > " '.
void append_attr_escaped(std::string& out, std::string_view text);
std::string html_escape(std::string_view text);

}  // namespace baiviet::detail
