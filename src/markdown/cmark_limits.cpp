// Cost estimates for cmark-gfm 0.29.0.gfm.6's quadratic paths (see the header).
#include "markdown/cmark_limits.hpp"

#include <cstring>

#include "core/lines.hpp"

namespace baiviet::detail {

bool has_overwide_table_line(std::string_view md) {
  // Jump from pipe to pipe (memchr), resetting the count where a line ends
  // between two of them ("\n", "\r\n" or a lone "\r", as CommonMark ends
  // lines): most text has few pipes, so this reads little.
  const char* p = md.data();
  const char* const end = p + md.size();
  std::size_t pipes = 0;
  while (const char* q = static_cast<const char*>(std::memchr(p, '|', static_cast<std::size_t>(end - p)))) {
    const auto gap = static_cast<std::size_t>(q - p);
    if (std::memchr(p, '\n', gap) || std::memchr(p, '\r', gap)) pipes = 0;
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

// Whether md[i] ends a line: "\n", or a "\r" not followed by "\n" (a lone carriage return
// ends a line in CommonMark as "\r\n" does, whose "\n" is the one counted).
bool line_end_at(std::string_view md, std::size_t i) {
  return md[i] == '\n' || (md[i] == '\r' && (i + 1 == md.size() || md[i + 1] != '\n'));
}

bool blank(std::string_view line) {
  for (char c : line)
    if (c != ' ' && c != '\t') return false;
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
    const auto [line, next] = line_from(md, start);
    start = next;
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

namespace {

// True when the line after the line break at md[i] is blank (or there is none):
// the paragraph ends there.
bool paragraph_ends_after(std::string_view md, std::size_t i) {
  std::size_t j = i + 1;
  while (j < md.size() && (md[j] == ' ' || md[j] == '\t')) ++j;
  return j >= md.size() || md[j] == '\n' || md[j] == '\r';
}

// The start of the run of exactly `run` backticks that closes a code span opened
// just before `from`, or npos (none before a blank line). `no_closer` remembers
// where a search for each run length ended in vain, so that each stretch of the
// input is searched once per run length: linear, like cmark's own scan.
std::size_t code_span_end(std::string_view md, std::size_t from, std::size_t run, std::vector<std::size_t>& no_closer) {
  if (run < no_closer.size() && from < no_closer[run]) return std::string_view::npos;
  std::size_t i = from;
  while (i < md.size()) {
    const char c = md[i];
    if (c == '`') {
      std::size_t n = 1;
      while (i + n < md.size() && md[i + n] == '`') ++n;
      if (n == run) return i;
      i += n;
      continue;
    }
    if (line_end_at(md, i) && paragraph_ends_after(md, i)) break;
    ++i;
  }
  if (run >= no_closer.size()) no_closer.resize(run + 1, 0);
  no_closer[run] = i;
  return std::string_view::npos;
}

}  // namespace

footnote_line_breaks find_footnote_line_breaks(std::string_view md) {
  footnote_line_breaks out;
  if (md.find("[^") == std::string_view::npos) return out;  // the common case: one scan
  // One pass with a stack of open brackets, as cmark matches them (a blank line
  // ends the paragraph and every bracket in it; backslash escapes are text).
  struct opener {
    std::size_t line;
    bool footnote;  // "[^"
  };
  std::vector<opener> open;
  std::vector<std::size_t> no_closer;  // by backtick run length: no closing run before this offset
  std::size_t line = 1, footnotes_open = 0;
  for (std::size_t i = 0; i < md.size(); ++i) {
    switch (md[i]) {
      case '\\':
        if (i + 1 < md.size() && md[i + 1] != '\n' && md[i + 1] != '\r') ++i;
        break;
      case '[': {
        const bool footnote = i + 1 < md.size() && md[i + 1] == '^';
        open.push_back({line, footnote});
        footnotes_open += footnote;
        break;
      }
      case ']':
        if (!open.empty()) {
          const opener o = open.back();
          open.pop_back();
          if (o.footnote) {
            --footnotes_open;
            if (o.line != line) {
              ++out.count;
              if (out.lines.size() < footnote_line_breaks::max_lines &&
                  (out.lines.empty() || out.lines.back() != o.line))
                out.lines.push_back(o.line);
            }
          }
        }
        break;
      case '`': {  // a code span: its brackets are text
        std::size_t run = 1;
        while (i + run < md.size() && md[i + run] == '`') ++run;
        const std::size_t closer = code_span_end(md, i + run, run, no_closer);
        if (closer == std::string_view::npos) {
          i += run - 1;  // literal backticks
        } else {
          std::size_t breaks = 0;
          for (std::size_t k = i + run; k < closer; ++k) breaks += line_end_at(md, k);
          line += breaks;
          if (footnotes_open && breaks) out.suspect = true;
          // This scan ends a paragraph only at a blank line, but a block quote,
          // heading, list item or fence can end it too (and with it the code
          // span): then a "[^" inside the span is a footnote reference to cmark.
          // Such a span is suspect when it holds one (found by fuzz_render).
          if (breaks && md.substr(i + run, closer - i - run).find("[^") != std::string_view::npos) out.suspect = true;
          i = closer + run - 1;
        }
        break;
      }
      case '\r':
        if (!line_end_at(md, i)) break;  // "\r\n": its "\n" ends the line
        [[fallthrough]];
      case '\n':
        ++line;
        if (paragraph_ends_after(md, i)) {
          open.clear();
          footnotes_open = 0;
        } else if (footnotes_open) {
          out.suspect = true;
        }
        break;
      default:
        break;
    }
  }
  if (out.count) out.suspect = true;
  return out;
}

}  // namespace baiviet::detail
