// The one line splitter for text whose lines may end in "\n", "\r\n" or a
// lone "\r" (CommonMark ends lines so, and a paste from any system may use
// any of them). Internal.
#pragma once
#include <cstddef>
#include <string_view>

namespace baiviet::detail {

/// The line that starts at `start` (without its line ending), and where the
/// next one starts. After the last line `next` is text.size() + 1: a text that
/// ends in a line break has an empty last line, as splitting at each break gives.
///   for (std::size_t at = 0; at <= text.size();) { auto [line, next] = line_from(text, at); at = next; … }
struct line_span {
  std::string_view text;
  std::size_t next;
};
inline line_span line_from(std::string_view text, std::size_t start) {
  const std::size_t e = text.find_first_of("\r\n", start);
  if (e == std::string_view::npos) return {text.substr(start), text.size() + 1};
  const bool crlf = text[e] == '\r' && e + 1 < text.size() && text[e + 1] == '\n';
  return {text.substr(start, e - start), e + (crlf ? 2 : 1)};
}

}  // namespace baiviet::detail
