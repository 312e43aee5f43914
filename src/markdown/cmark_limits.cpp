// Cost estimates for cmark-gfm 0.29.0.gfm.6's quadratic paths (see the header).
#include "markdown/cmark_limits.hpp"

namespace baiviet::detail {

bool has_overwide_table_line(std::string_view md) {
  std::size_t pipes = 0;
  for (char c : md) {
    if (c == '\n') pipes = 0;
    else if (c == '|' && ++pipes > max_table_columns + 1) return true;
  }
  return false;
}

namespace {

bool blank(std::string_view line) {
  for (char c : line)
    if (c != ' ' && c != '\t' && c != '\r') return false;
  return true;
}

// "```" / "~~~" (three or more, after at most three spaces): the fence's
// character and length, or 0.
std::size_t fence(std::string_view line, char& ch) {
  std::size_t i = 0;
  while (i < line.size() && i < 3 && line[i] == ' ') ++i;
  if (i >= line.size() || (line[i] != '`' && line[i] != '~')) return 0;
  ch = line[i];
  std::size_t n = 0;
  while (i + n < line.size() && line[i + n] == ch) ++n;
  return n >= 3 ? n : 0;
}

}  // namespace

emphasis_scan estimate_emphasis_scan(std::string_view md, bool smart) {
  emphasis_scan out;
  std::uint64_t delims = 0, chunk = 0, worst = 0;  // chunk: scans in the current paragraph
  std::size_t line_no = 0, chunk_line = 0;
  auto end_chunk = [&] {
    if (chunk > worst) {
      worst = chunk;
      out.worst_line = chunk_line;
    }
    chunk = delims = 0;
    chunk_line = 0;
  };
  char fence_ch = 0;
  std::size_t fence_len = 0;  // inside fenced code when > 0
  std::size_t start = 0;
  while (start <= md.size()) {
    std::size_t nl = md.find('\n', start);
    if (nl == std::string_view::npos) nl = md.size();
    std::string_view line = md.substr(start, nl - start);
    start = nl + 1;
    ++line_no;
    char ch = 0;
    std::size_t f = fence(line, ch);
    if (fence_len > 0) {  // fenced code: no inlines
      if (f >= fence_len && ch == fence_ch) fence_len = 0;
      continue;
    }
    if (f > 0 || blank(line)) {  // a fence or a blank line ends the paragraph
      end_chunk();
      if (f > 0) {
        fence_len = f;
        fence_ch = ch;
      }
      continue;
    }
    if (chunk_line == 0) chunk_line = line_no;
    char prev = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
      char c = line[i];
      if (c == '\\') {  // an escaped character is never a delimiter
        ++i;
        prev = 0;
        continue;
      }
      bool delim = c == '*' || c == '_' || c == '~' || (smart && (c == '\'' || c == '"'));
      if (delim && c != prev) ++delims;  // one delimiter per run
      if (c == ']') {
        chunk += delims;
        out.total += delims;
      }
      prev = delim ? c : 0;
    }
  }
  end_chunk();
  return out;
}

}  // namespace baiviet::detail
