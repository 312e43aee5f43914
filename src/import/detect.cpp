// detect_format(): Markdown or plain text copied from a page?
//
// Scores line-level evidence. Strong Markdown signs: YAML, TOML or JSON front
// matter, Hugo shortcodes "{{< … >}}", ATX
// headings ("# …"), setext underlines, whole-line **bold**, links/images
// "[x](y)", pipe-table delimiter rows, fenced code. List markers ("- ", "1. ")
// are weak: scraped Vietnamese text uses them for interview answers and
// numbered decisions, so they only count together with a strong sign. Plain-text
// signs: scraper image markers "[img]", dateline prefixes "(BĐ) -", interview
// bullets "• ".
#include <string_view>

#include "baiviet/parse.hpp"
#include "core/trim.hpp"
#include "text/unicode_util.hpp"

namespace baiviet {

namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string_view trim(std::string_view s) { return detail::trim(s, detail::kSpacesTabsCr); }

bool is_atx_heading(std::string_view t) {
  std::size_t n = 0;
  while (n < t.size() && t[n] == '#') ++n;
  return n >= 1 && n <= 6 && (n == t.size() || t[n] == ' ');
}

bool is_table_delimiter(std::string_view t) {
  // "|---|:---:|" or "--- | ---"
  if (t.find('|') == std::string_view::npos || t.find('-') == std::string_view::npos) return false;
  for (char c : t)
    if (c != '|' && c != '-' && c != ':' && c != ' ') return false;
  return true;
}

bool is_setext_underline(std::string_view t) {
  if (t.size() < 3 || (t[0] != '=' && t[0] != '-')) return false;
  for (char c : t)
    if (c != t[0]) return false;
  return true;
}

bool has_link(std::string_view t) {
  // "[text](target)" with no space right after "(".
  for (std::size_t p = t.find("]("); p != std::string_view::npos; p = t.find("](", p + 2)) {
    if (t.rfind('[', p) == std::string_view::npos) continue;
    if (p + 2 < t.size() && t[p + 2] != ' ' && t.find(')', p + 2) != std::string_view::npos) return true;
  }
  return false;
}

bool is_bold_line(std::string_view t) {
  // A line that opens with ** (or __) and closes a bold span on the same line.
  if (!(starts_with(t, "**") || starts_with(t, "__")) || t.size() < 5) return false;
  if (t.find_first_not_of(t[0]) == std::string_view::npos) return false;  // "*****" is a break
  return t.find(t.substr(0, 2), 2) != std::string_view::npos;
}

bool is_list_item(std::string_view t) {
  if (starts_with(t, "- ") || starts_with(t, "* ") || starts_with(t, "+ ")) return true;
  std::size_t i = 0;
  while (i < t.size() && i < 9 && t[i] >= '0' && t[i] <= '9') ++i;
  return i > 0 && i + 1 < t.size() && (t[i] == '.' || t[i] == ')') && t[i + 1] == ' ';
}

}  // namespace

input_format detect_format(std::string_view source) noexcept {
  int strong = 0, weak = 0, text = 0;
  bool front_matter = false;
  std::size_t lines = 0;
  std::string_view prev;
  std::size_t pos = 0;
  // Front matter: "---" on the first line and a closing "---" or "..." later
  // (YAML, with a ':'), "+++" … "+++" (TOML, with a '='), or a JSON object
  // opening the file ('{' then '"key":').
  {
    std::string_view s = source;
    if (starts_with(s, "\xEF\xBB\xBF")) s.remove_prefix(3);
    std::size_t nl = s.find('\n');
    std::string_view first = nl == std::string_view::npos ? s : trim(s.substr(0, nl));
    if (nl != std::string_view::npos && (first == "---" || first == "+++")) {
      bool yaml = first == "---";
      std::size_t close = s.find(yaml ? "\n---" : "\n+++", nl);
      if (close == std::string_view::npos && yaml) close = s.find("\n...", nl);
      if (close != std::string_view::npos && s.substr(nl + 1, close - nl - 1).find(yaml ? ':' : '=') != std::string_view::npos)
        strong += 3, front_matter = true;
    } else if (starts_with(s, "{")) {
      std::size_t q = s.find_first_not_of(" \t\r\n", 1);
      if (q != std::string_view::npos && s[q] == '"') {
        std::size_t colon = s.find("\":", q + 1);
        if (colon != std::string_view::npos && colon < q + 200) strong += 3, front_matter = true;
      }
    }
  }
  // Look at the first 2000 lines: enough to decide, bounded on huge input.
  while (pos <= source.size() && lines < 2000) {
    std::size_t end = source.find('\n', pos);
    if (end == std::string_view::npos) end = source.size();
    std::string_view raw = source.substr(pos, end - pos);
    std::string_view t = trim(raw);
    ++lines;
    if (!t.empty()) {
      if (is_atx_heading(t)) strong += 2;
      else if (starts_with(t, "```") || starts_with(t, "~~~")) strong += 2;
      else if (is_table_delimiter(t)) strong += 2;
      else if (is_setext_underline(t) && !trim(prev).empty() && !is_setext_underline(trim(prev))) {
        // "===" under a line is Markdown; "---" is also a plain-text separator.
        if (t[0] == '=') strong += 1;
        else weak += 1;
      } else if (is_bold_line(t)) {
        strong += 1;
      }
      else if (is_list_item(t)) weak += 1;
      if (has_link(t)) strong += 1;
      if (starts_with(t, "{{<") || starts_with(t, "{{%")) strong += 1;  // Hugo shortcode
      if (starts_with(t, "[img]") || starts_with(t, "[IMG]")) text += 2;
      if (starts_with(t, "\xE2\x80\xA2 ")) text += 1;  // "• "
      if (t.front() == '(' && t.find(") - ") != std::string_view::npos && t.find(") - ") < 24) text += 1;
      // A paragraph's line, long and closing a sentence, with the next paragraph on the very next
      // line: the writer's newline ends a paragraph, as in text copied from a page; Markdown would
      // join the two into one paragraph (a Markdown writer leaves a blank line; a hard-wrapped
      // line has at most 80 characters, so over 100 here). Not counted under front matter, which
      // decides. (Since stop 43: before, a text of one line per paragraph with a bold line or two,
      // "**Nguồn cung khan hiếm**", was read as Markdown and became one paragraph.)
      const std::string_view p = trim(prev);
      if (!front_matter && p.size() > 100 && detail::cp_length(p) > 100 && !is_list_item(p) && !is_bold_line(p) &&
          (p.back() == '.' || p.back() == '?' || p.back() == '!' || p.back() == ':' || p.back() == '"' ||
           p.ends_with("\xE2\x80\x9D")) &&  // (or a closing quote, ”)
          !is_list_item(t) && !is_table_delimiter(t) && !is_setext_underline(t))
        text += 1;
    }
    prev = raw;
    if (end == source.size()) break;
    pos = end + 1;
  }
  if (strong == 0) return input_format::text;
  int md = strong * 2 + (weak > 0 ? 1 : 0);
  return md > text ? input_format::markdown : input_format::text;
}

}  // namespace baiviet
