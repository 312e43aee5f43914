// Cost estimates for cmark-gfm 0.29.0.gfm.6's quadratic paths (see the header).
#include "markdown/cmark_limits.hpp"

#include <cstring>

namespace baiviet::detail {

bool has_overwide_table_line(std::string_view md) {
  // Jump from pipe to pipe (memchr), resetting the count where a line ends
  // between two of them: most text has few pipes, so this reads little.
  const char* p = md.data();
  const char* const end = p + md.size();
  std::size_t pipes = 0;
  while (const char* q = static_cast<const char*>(std::memchr(p, '|', static_cast<std::size_t>(end - p)))) {
    if (std::memchr(p, '\n', static_cast<std::size_t>(q - p))) pipes = 0;
    if (++pipes > max_table_columns + 1) return true;
    p = q + 1;
  }
  return false;
}

std::uint64_t emphasis_scan_bound(std::string_view md, bool smart) {
  // Every ']' times every delimiter character of the document: at least the
  // per-paragraph sum of estimate_emphasis_scan (runs <= characters, and a
  // paragraph's ']' only meets that paragraph's delimiters). Counted with
  // memchr jumps: a document without ']' costs one fast scan.
  auto count = [md](char c) {
    std::uint64_t n = 0;
    const char* p = md.data();
    const char* const end = p + md.size();
    while ((p = static_cast<const char*>(std::memchr(p, c, static_cast<std::size_t>(end - p))))) ++n, ++p;
    return n;
  };
  const std::uint64_t closers = count(']');
  if (closers == 0) return 0;
  std::uint64_t delims = count('*') + count('_') + count('~');
  if (smart) delims += count('\'') + count('"');
  return closers * delims;
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
